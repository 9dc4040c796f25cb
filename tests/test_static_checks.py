"""Static checks that run with the suite, so `./build/test` (and CI) fails on them: Ruff's
pyflakes and bugbear rules over app/ and tests/, and mypy over the screens, the services and the
layers below them (both configured in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "app", "tests"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_sees_a_finding(tmp_path: Path) -> None:
    # Guard against a check that passes because it reads nothing or selects no rule.
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\n\ndef f(x=[]):\n    return zip(x, x)\n")
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"),
                             "--output-format", "concise", str(bad)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert {code for code in ("F401", "B006", "B905") if code in result.stdout} == {"F401", "B006", "B905"}


@pytest.mark.slow
def test_mypy_finds_nothing_in_the_screens_the_services_and_below() -> None:
    # The packages are listed in pyproject.toml ([tool.mypy] files); its cache makes reruns quick.
    result = subprocess.run([_tool("mypy"), "--cache-dir", str(ROOT / ".mypy_cache")], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_mypy_sees_a_finding(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(x: int) -> str:\n    return x\n")
    result = subprocess.run([_tool("mypy"), "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental",
                             str(bad)], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1 and "Incompatible return value type" in result.stdout, result.stdout
