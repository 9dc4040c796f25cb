"""Updates resources/translations/*.ts from every screen's tr() strings and the errors' words,
and compiles the .qm files.

Usage (from the repository root, with the project's virtual environment):
    python build/tools/translations.py

pyside6-lupdate runs over all of app/ui (candidate and staff screens together: running it over
one part alone would drop the other part's strings from the file), together with
build/error_templates.py, the words of every error a screen shows (context "Errors"), which
build/tools/error_catalog.py writes first from the raise sites in app/. New strings come in
unfinished; translate them (Qt Linguist, or by hand in the .ts), then run this again so the
.qm files the app loads are compiled. tests/test_candidate_access.py fails while a string is
unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6)")
    return found


def main() -> int:
    subprocess.run([sys.executable, str(ROOT / "build" / "tools" / "error_catalog.py")], check=True, cwd=ROOT)
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "app" / "ui").rglob("*.py"))]
    sources.append("build/error_templates.py")
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True, cwd=ROOT)
        subprocess.run([tool("pyside6-lrelease"), str(ts)], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
