"""Where the app's run-time files are: resources/ beside the app package in a checkout, or
inside the built program (PyInstaller unpacks them under sys._MEIPASS)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return root / "resources"
