"""The contract checks' logic, free of HTTP and pytest: responses in, problems out."""
