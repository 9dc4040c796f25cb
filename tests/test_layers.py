"""The layers of DESIGN.md section 2: imports only point downward, and each outside
library is imported only by its own layer."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"

# Which app packages each layer may import (besides itself and the shared app.fsutil).
ALLOWED = {
    "domain": set(),
    "crypto": {"domain"},
    "formats": {"domain", "crypto"},
    "store": {"domain"},
    "room": {"domain", "crypto", "formats"},          # the testing room's network (TLS links, journal)
    "services": {"domain", "crypto", "formats", "store", "room"},
    "cli": {"services", "domain"},
    "ui": {"services", "domain"},
}
LIBRARY_OWNERS = {"PySide6": "ui", "shiboken6": "ui", "sqlalchemy": "store", "alembic": "store", "defusedxml": "formats",
                  "cryptography": "crypto", "keyring": "crypto"}


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _layer(path: Path) -> str | None:
    parts = path.relative_to(APP).parts
    return parts[0] if len(parts) > 1 else None


def test_every_layer_imports_only_downward() -> None:
    violations = []
    for path in APP.rglob("*.py"):
        layer = _layer(path)
        if layer not in ALLOWED:
            continue
        for name in _imports(path):
            top = name.split(".")
            if top[0] == "app" and len(top) > 1 and top[1] not in ("fsutil", layer, "__init__"):
                if top[1] not in ALLOWED[layer]:
                    violations.append(f"{path.relative_to(APP)} imports {name}")
            owner = LIBRARY_OWNERS.get(top[0])
            if owner and owner != layer:
                violations.append(f"{path.relative_to(APP)} imports {top[0]} (only app/{owner} may)")
    assert violations == []


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    # Guard against a checker that passes because it reads nothing.
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport app.store.models\n")
    assert "PySide6.QtWidgets" in _imports(bad) and "app.store.models" in _imports(bad)
    assert len(list(APP.rglob("*.py"))) > 30


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(APP)}: {n}" for p in APP.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert big == []
