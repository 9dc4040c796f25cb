"""The `examstation` command line: argument parsing and printing only; work is in app.services."""
