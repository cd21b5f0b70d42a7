"""Demo Django projects shipped with lino_dumpy, used by the tests and the
documentation."""
