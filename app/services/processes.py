"""How ExamStation starts another copy of itself (a seat process for the demo or a simulation)."""

from __future__ import annotations

import sys


def own_command() -> list[str]:
    """The built program runs itself; from source it is `python -m app`."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app"]
