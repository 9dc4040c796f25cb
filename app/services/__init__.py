"""Use cases shared by the GUI and the CLI; nothing is reachable only through the GUI."""
