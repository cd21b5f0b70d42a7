"""The demo shop app (label ``shop``)."""
