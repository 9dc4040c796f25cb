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
                  "cryptography": "crypto", "keyring": "crypto", "zeroconf": "room", "ifaddr": "room"}


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


# -- screens and commands stop at the services -------------------------------------------------
# A repository, a database handle or another object's private part reached from app/ui or
# app/cli means a screen makes a decision the services should make (DESIGN.md section 2).
REPOSITORY_HANDLES = {"repo", "audit_log", "db"}
# Files that still reach a repository while their rewrite is under way: each must still need its
# exemption (so the list empties as they are fixed), and DeliveryService.repo goes with the last.
TRANSITIONAL: dict[str, set[str]] = {}


def _reaches_past_services(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            private = node.attr.startswith("_") and not node.attr.startswith("__") and not (
                isinstance(owner, ast.Name) and owner.id in ("self", "cls"))
            if private or node.attr in REPOSITORY_HANDLES:
                found.append(f".{node.attr}")
            elif node.attr == "accounts" and isinstance(owner, ast.Attribute) and owner.attr == "accounts":
                found.append(".accounts.accounts")
        elif isinstance(node, ast.Call):
            called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if called.endswith("Service"):
                found.append(f"{called}(...) (services are built in app/services/context.py)")
    found += [f"import {name}" for name in _imports(path) if name == "app.store" or name.startswith("app.store.")]
    return found


def _screens_and_commands() -> dict[str, list[str]]:
    return {str(p.relative_to(APP)): hits for layer in ("ui", "cli") for p in (APP / layer).rglob("*.py")
            if (hits := _reaches_past_services(p))}


def test_screens_and_commands_use_service_queries_only() -> None:
    found = _screens_and_commands()
    unexpected = {path: hits for path, hits in found.items() if set(hits) - TRANSITIONAL.get(path, set())}
    assert unexpected == {}
    still_needed = {path for path, allowed in TRANSITIONAL.items() if set(found.get(path, [])) & allowed}
    assert still_needed == set(TRANSITIONAL), "remove the fixed files from TRANSITIONAL"


def test_the_transitional_repository_goes_with_its_last_user() -> None:
    from app.services.delivery import DeliveryService
    assert hasattr(DeliveryService, "repo") == bool(TRANSITIONAL)


def test_services_are_built_only_in_the_wiring_module() -> None:
    # A service may copy itself (DeliveryService.with_clocks); no other module builds one.
    stray = []
    for path in (APP / "services").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.endswith("Service") \
                    and node.func.id not in own and path.name != "context.py":
                stray.append(f"{path.relative_to(APP)}: {node.func.id}(...)")
    assert stray == []


def test_the_reach_checker_sees_each_way_past_the_services(tmp_path: Path) -> None:
    bad = tmp_path / "screen.py"
    bad.write_text("import app.store.models\n"
                   "rows = services.delivery.repo.candidates(s)\n"
                   "names = services.accounts.accounts.all()\n"
                   "db = services.delivery._database()\n"
                   "station = services.station.db\n"
                   "reports = ReportService(db, exams)\n"
                   "self._mine = 1\n")
    assert sorted(_reaches_past_services(bad)) == sorted([
        "import app.store.models", ".repo", ".accounts.accounts", "._database", ".db",
        "ReportService(...) (services are built in app/services/context.py)"])
