"""Station administration: first-run set-up and accounts."""
