"""The layers of docs/architecture.md: imports only point downward, each outside library is
imported only by its own layer (import-linter's contracts in pyproject.toml), and screens and
commands stop at the services."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"

ROOT = APP.parent
# The layer contracts themselves live in pyproject.toml ([tool.importlinter]); import-linter
# follows indirect imports too. What it cannot express (a screen reaching a repository through
# an attribute, services built outside the wiring module) is checked by the tests further down.


def _lint_imports(folder: Path) -> subprocess.CompletedProcess:
    """import-linter on the `app` package found in `folder`, with the contracts of pyproject.toml."""
    command = [str(Path(sys.executable).with_name("lint-imports")), "--config", str(ROOT / "pyproject.toml"),
               "--no-cache"]
    return subprocess.run(command, cwd=folder, env={**os.environ, "PYTHONPATH": str(folder)},
                          capture_output=True, text=True, timeout=300)


def _broken(output: str) -> set[str]:
    return {line.removesuffix(" BROKEN") for line in output.splitlines() if line.endswith(" BROKEN")}


def test_the_import_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0 and _broken(result.stdout) == set(), result.stdout + result.stderr
    assert "Contracts: 9 kept, 0 broken." in result.stdout


def test_the_contracts_see_each_kind_of_violation(tmp_path: Path) -> None:
    # Guard against contracts that pass because they name nothing: a small tree breaking them.
    for package in ("", "domain", "crypto", "formats", "store", "room", "services", "cli", "ui",
                    "ui/candidate", "ui/proctor", "ui/admin", "ui/evaluator"):
        (tmp_path / "app" / package).mkdir(parents=True, exist_ok=True)
        (tmp_path / "app" / package / "__init__.py").write_text("")
    bad = {"domain/upward.py": "import app.services\n",
           "ui/candidate/console.py": "import app.ui.proctor\n",
           "ui/rows.py": "import app.store\n",
           "store/sealed.py": "import app.crypto\n",
           "services/window.py": "import PySide6\n",
           "formats/table.py": "import sqlalchemy\n",
           "room/sign.py": "import cryptography\n",
           "crypto/xml.py": "import defusedxml\n",
           "services/find.py": "import zeroconf\n"}
    for name, text in bad.items():
        (tmp_path / "app" / name).write_text(text)
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert _broken(result.stdout) == {
        "Imports point only downward", "Candidate screens are independent of proctor, admin and evaluator screens",
        "Screens and commands reach only the services and the domain", "The store builds on the domain alone",
        "Only the screens use Qt", "Only the store uses the database libraries",
        "Only app.crypto uses the cryptography and keyring libraries", "Only app.formats parses XML (defusedxml)",
        "Only app.room uses the network discovery libraries"}


def test_modules_stay_small() -> None:
    big = [f"{p.relative_to(APP)}: {n}" for p in APP.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert big == [] and len(list(APP.rglob("*.py"))) > 30  # and it read the tree


# -- screens and commands stop at the services -------------------------------------------------
# A repository, a database handle or another object's private part reached from app/ui or
# app/cli means a screen makes a decision the services should make (docs/architecture.md).
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
    bad.write_text("rows = services.delivery.repo.candidates(s)\n"
                   "names = services.accounts.accounts.all()\n"
                   "db = services.delivery._database()\n"
                   "station = services.station.db\n"
                   "reports = ReportService(db, exams)\n"
                   "self._mine = 1\n")
    assert sorted(_reaches_past_services(bad)) == sorted([
        ".repo", ".accounts.accounts", "._database", ".db",
        "ReportService(...) (services are built in app/services/context.py)"])
