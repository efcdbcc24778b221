"""The contract suite (pytest + Schemathesis); run it with `python -m contract_tests`."""
