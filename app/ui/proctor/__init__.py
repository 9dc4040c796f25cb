"""The proctor's screens."""
