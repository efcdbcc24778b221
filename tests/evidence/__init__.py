"""The evidence fixtures (contract_tests/evidence) against the spec and the client, and the
quirk records they reproduce (quirks.py)."""
