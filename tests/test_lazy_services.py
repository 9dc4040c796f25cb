"""Services made on first use: a station's first screen asks only cheap questions (its settings,
a glance at the database file), and those answer as the database itself does."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.services.context import create_services
from app.store.first_look import has_account_with_role
from tests.conftest import PASSPHRASE, ROOT

HEAVY = ("sqlalchemy", "cryptography", "alembic", "app.services.room", "app.store.database")


def _passphrase(_creating: bool) -> str:
    return PASSPHRASE


def test_the_first_screen_questions_load_nothing_heavy_and_make_no_service() -> None:
    # Its own process: this one has loaded everything already.
    code = ("import sys, tempfile\n"
            "from pathlib import Path\n"
            "from app.services.context import create_services\n"
            "services = create_services(Path(tempfile.mkdtemp()) / 'home', lambda creating: 'x')\n"
            "answers = (services.is_seat(), services.has_role('body'), services.accounts.first_run_needed(),\n"
            "           services.keys.has('center'), services.keys.trusted('body'))\n"
            "services.close()\n"
            f"print(answers, [name for name in {HEAVY!r} if name in sys.modules],\n"
            "      sorted(name for name in vars(services) if not name.startswith('_')))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == "(False, False, True, False, []) [] ['accounts', 'clock', 'home', 'keys']".split()


def test_the_glance_at_the_database_answers_as_the_database_does(tmp_path: Path) -> None:
    services = create_services(tmp_path / "station", _passphrase)
    try:
        assert services.accounts.first_run_needed()              # no file yet: answered by the glance
        assert not (tmp_path / "station" / "station.db").exists()  # ... which made none
        services.accounts.create("root", "Rita Admin", "admin", "password12")
        assert not services.accounts.first_run_needed()          # the database is open now: it answers
    finally:
        services.close()
    again = create_services(tmp_path / "station", _passphrase)
    try:
        assert not again.accounts.first_run_needed()              # the glance, as the new process's first screen
        assert "station" not in vars(again)
    finally:
        again.close()


def test_a_glance_that_cannot_tell_says_so(tmp_path: Path) -> None:
    assert has_account_with_role(tmp_path / "none.db", "admin") is False   # no database: no accounts
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()                                           # a file without the accounts table
    assert has_account_with_role(other, "admin") is None
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert has_account_with_role(garbage, "admin") is None
    assert garbage.read_bytes() == b"not a database at all" * 100           # read-only: left as it was


def test_a_station_whose_glance_cannot_tell_asks_its_database(tmp_path: Path) -> None:
    home = tmp_path / "station"
    services = create_services(home, _passphrase)
    services.close()
    sqlite3.connect(home / "station.db").close()  # an empty file: no tables for the glance to read
    services = create_services(home, _passphrase)
    try:
        assert services.accounts.first_run_needed()  # the proper open migrates it and answers
        assert services.station.is_open()
    finally:
        services.close()
