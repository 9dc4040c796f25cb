"""Plain-Python core: exam model, scoring and rules. No Qt, SQL, crypto or I/O."""
