"""At rest: a home folder and everything ExamStation writes into it is readable by its own OS
user only (folders 0700, files 0600), and a home made by an older version is tightened when
it is opened. Other users on the station (a candidate's kiosk account) cannot read answers,
keys or results."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.services.context import create_services
from tests.cli_helpers import run_inline
from tests.conftest import World, passphrase

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _modes(root: Path) -> dict[str, str]:
    """Every entry under root (and root itself) with its permission bits, as '0o700' text."""
    found = {".": oct(stat.S_IMODE(root.stat().st_mode))}
    for path in root.rglob("*"):
        if not path.is_symlink():
            found[path.relative_to(root).as_posix()] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def _not_private(root: Path) -> dict[str, str]:
    return {name: mode for name, mode in _modes(root).items()
            if mode != ("0o700" if (root / name).is_dir() else "0o600")}


def test_homes_made_through_the_services_are_private(shared_world: World) -> None:
    # keys, identities, trust entries, settings, the database (the body records built exams)
    for home in (shared_world.body.home.root, shared_world.center.home.root):
        modes = _modes(home)
        assert "station.db" in modes or home == shared_world.center.home.root
        assert {"keys/center.key.json", "home.json"} & set(modes)
        assert _not_private(home) == {}, home


def test_a_home_made_on_the_command_line_is_private(tmp_path: Path, capsys) -> None:
    home = tmp_path / "station"
    previous = os.umask(0o022)  # the usual default, which used to give 0755 folders and 0644 files
    try:
        _make_home_on_the_command_line(home, tmp_path, capsys)
    finally:
        os.umask(previous)
    assert (home / "station.db").exists() and (home / "center-copy.json").exists()
    assert _not_private(home) == {}


def _make_home_on_the_command_line(home: Path, tmp_path: Path, capsys) -> None:
    for args in (("keys", "init", "--role", "center", "--name", "Center P", "--store", "file"),
                 ("keys", "export", "--role", "center", "-o", tmp_path / "center.json"),
                 ("keys", "export", "--role", "center", "-o", home / "center-copy.json"),  # an export into the home
                 ("results", "pending")):  # opens (creates) the database
        status, _, err = run_inline(capsys, "--home", home, *args)
        assert status == 0, err


def test_the_database_and_its_wal_and_shm_files_are_private_while_open(tmp_path: Path) -> None:
    services = create_services(tmp_path / "home", passphrase)
    try:
        services.accounts.create("admin", "Admin", "admin", "long password 1")
        database = tmp_path / "home" / "station.db"
        wal, shm = database.with_name("station.db-wal"), database.with_name("station.db-shm")
        assert wal.exists() and shm.exists()  # the engine is still open: WAL mode keeps them
        assert {oct(stat.S_IMODE(f.stat().st_mode)) for f in (database, wal, shm)} == {"0o600"}
    finally:
        services.close()


def test_a_home_made_by_an_older_version_is_tightened_when_opened(tmp_path: Path, capsys) -> None:
    home = tmp_path / "old"
    services = create_services(home, passphrase)
    services.keys.init("center", "Center Old", store="file")
    services.accounts.create("admin", "Admin", "admin", "long password 1")
    services.close()
    (home / "packages" / "copied by hand.exampkg").write_bytes(b"x")
    for path in [home, *home.rglob("*")]:  # what an older ExamStation left: world-readable
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert _not_private(home) != {}
    status, out, err = run_inline(capsys, "--home", home, "keys", "show")
    assert status == 0 and "Center Old" in out, err
    assert _not_private(home) == {}


def test_exports_outside_a_home_stay_readable_for_sharing(shared_world: World, tmp_path: Path, capsys) -> None:
    shared = tmp_path / "usb"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    status, _, err = run_inline(capsys, "--home", shared_world.body.home.root, "keys", "export", "--role", "body",
                                "-o", shared / "body.json")
    assert status == 0, err
    assert oct(stat.S_IMODE((shared / "body.json").stat().st_mode)) == "0o644"
