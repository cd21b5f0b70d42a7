"""A small web shop whose schema holds every shape a dump must carry."""
