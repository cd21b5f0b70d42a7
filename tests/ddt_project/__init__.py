"""A demo project whose double dump test must fail: restoring a ticket
gives it a new random nonce (tests/test_ddt.py)."""
