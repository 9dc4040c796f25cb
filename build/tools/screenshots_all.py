"""Renders every screen the docs show, in one command: the candidate's (screenshots.py), the
staff's (screenshots_staff.py), the evaluator tablet's and the candidate workstation's over a
loopback room (screenshots_room.py) and the body's (screenshots_release.py), each run in a
process of its own (a run changes the application's font, palette and language).

Usage (from the repository root):
    python build/tools/screenshots_all.py OUT_DIR [--everything] [--only candidate staff release]

By default it renders what docs/screens keeps (the rule, in docs/candidate-screens.md):
  English: 100 % and 200 % text, each in the standard colours and in high contrast; 200 % at
  the default size and, for the staff's and the body's windows, at 1280x800 too.
  Spanish: 100 % in the standard colours and 200 % in high contrast.
  The room's windows (tablet, workstation): every variant, English and Spanish, 100 % and
  200 % (at 1280x800), standard and high contrast.
--everything renders the whole cross product (Spanish in every variant as well).
OUT_DIR gets candidate/, staff/, room/ and release/ folders; copy them over docs/screens/ to update
the docs. All pictures are 256-colour PNGs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
SMALL_LAPTOP = "1280x800"
FOLDERS = ["candidate", "staff", "room", "release"]


def runs(everything: bool) -> list[tuple[str, list[str]]]:
    """(folder, arguments of one script run) for each run."""
    spanish_candidate = [] if everything else ["--only", "100-es", "200-contrast-es"]
    found = [("candidate", ["screenshots.py", "--languages", "en"]),
             ("candidate", ["screenshots.py", "--languages", "es", *spanish_candidate])]
    for script, folder in (("screenshots_staff.py", "staff"), ("screenshots_release.py", "release")):
        for language in ("en", "es"):
            for contrast in (False, True):
                scales = ["100", "200"] if language == "en" or everything else (["200"] if contrast else ["100"])
                mode = ["--contrast"] if contrast else []
                found.append((folder, [script, "--scales", *scales, "--language", language, *mode]))
                if "200" in scales and (language == "en" or everything):
                    found.append((folder, [script, "--scales", "200", "--language", language, *mode,
                                           "--size", SMALL_LAPTOP]))
    for language in ("en", "es"):
        for contrast in ((), ("--contrast",)):
            found.append(("room", ["screenshots_room.py", "--scales", "100", "200", "--language", language, *contrast]))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--everything", action="store_true", help="Spanish in every variant too")
    parser.add_argument("--only", nargs="+", choices=FOLDERS, default=FOLDERS, help="render only these folders")
    args = parser.parse_args()
    for folder, arguments in (run for run in runs(args.everything) if run[0] in args.only):
        out = args.out / folder
        out.mkdir(parents=True, exist_ok=True)
        script, *options = arguments
        print(f"{script} {' '.join(options)}", flush=True)
        subprocess.run([sys.executable, str(TOOLS / script), str(out), *options], check=True,
                       stdout=subprocess.DEVNULL)
    pictures = sorted(args.out.rglob("*.png"))
    size = sum(p.stat().st_size for p in pictures)
    print(f"{len(pictures)} pictures, {size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
