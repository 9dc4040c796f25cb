#!/usr/bin/env bash
# Build the desktop app into dist/examstation/ with PyInstaller (installer.spec).
# PyInstaller's work folder goes to a temp folder, never into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash build/setup.sh test
.venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
work="$(mktemp -d "${TMPDIR:-/tmp}/examstation-pyinstaller.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# PYTHONPATH: the spec lists app packages by importing them; this checkout's, whatever is installed.
LANG=C.UTF-8 PYTHONPATH="$PWD" .venv/bin/pyinstaller --noconfirm --log-level WARN --workpath "$work" \
    --distpath dist installer.spec
# Linux has no console-less kind of program: the windowed entry is the same program under its name.
[ -e dist/examstation/examstation-gui ] || ln -s examstation dist/examstation/examstation-gui
echo "Built dist/examstation/ ($(du -sh dist/examstation | cut -f1))"
