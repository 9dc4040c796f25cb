"""File formats: exam source folders, `.exampkg` packages, identity files. Each is versioned."""
