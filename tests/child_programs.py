"""Real programs started for a test and killed at its end (the forbidden-program tests)."""

from __future__ import annotations

import subprocess
from pathlib import Path


class ChildPrograms:
    """`start(...)` a program and wait for its line "ready": only then do its name, command
    line and exe in /proc belong to the new program. A program that runs straight from its
    file (`says_ready=False`) has them once Popen returns. `with` kills them all at the end."""

    def __init__(self) -> None:
        self.children: list[subprocess.Popen] = []

    def start(self, *args: str | Path, says_ready: bool = True) -> subprocess.Popen:
        child = subprocess.Popen([str(a) for a in args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.children.append(child)
        assert not says_ready or child.stdout.readline().strip() == "ready"
        return child

    def __enter__(self) -> ChildPrograms:
        return self

    def __exit__(self, *_: object) -> None:
        for child in self.children:
            child.kill()
            child.wait()
