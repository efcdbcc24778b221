"""The report folder: the run ledger, the drift report, the cassette, reproducing commands."""
