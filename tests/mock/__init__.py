"""Tests of the embedded mock (contract_tests.mock)."""
