"""app.domain must run with PySide6, SQLAlchemy and cryptography unavailable (docs/architecture.md, section 1)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT

BLOCKER = """
import importlib.abc, sys
BLOCKED = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "cryptography", "keyring", "yaml")
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked in this test")
sys.meta_path.insert(0, Block())
"""


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCKER + textwrap.dedent(code)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_domain_imports_and_scores_without_outer_libraries() -> None:
    result = _run("""
        import pkgutil, importlib, app.domain
        for module in pkgutil.iter_modules(app.domain.__path__):
            importlib.import_module("app.domain." + module.name)
        from app.domain.exam_reader import read_exam
        from app.domain.key_check import key_check
        from app.domain.scoring import score_form
        main = {"format": "examstation-source/1", "id": "x", "title": "X", "version": "1",
                "credential": {"id": "c", "name": "C"}, "domains": [{"id": "d", "title": "D"}],
                "scoring": {"cut_score_percent": 50},
                "forms": [{"id": "A", "title": "A", "sections": [{"id": "s", "title": "S", "items": ["q"]}]}]}
        items = {"items": [{"id": "q", "type": "true_false", "domain": "d", "stem": "S?", "key": True}]}
        exam = read_exam(("exam.yaml", main), [("items/a.yaml", items)], [], lambda p: False)
        assert key_check(exam) == []
        result = score_form(exam, exam.forms[0], {"q": True})
        print(result.percent, result.passed, "cryptography" in sys.modules, "PySide6" in sys.modules)
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["100.0", "True", "False", "False"]


def test_the_blocker_really_blocks() -> None:
    result = _run("import cryptography")
    assert result.returncode != 0 and "blocked in this test" in result.stderr
