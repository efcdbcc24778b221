"""Test doubles shared by several test packages (tests/ is on the path of every test run)."""
