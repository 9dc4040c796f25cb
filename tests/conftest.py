"""Shared fixtures: real homes with real keys, a real package, offscreen Qt."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

# Set before any Qt import (pytest-qt imports Qt when its plugin loads a test that uses qtbot).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Property and fuzz tests draw the same examples every run, so CI is green every time; explore
# new inputs with HYPOTHESIS_PROFILE=explore (a failure found there becomes a test, as bugs do).
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False, max_examples=500)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

from app.services.context import Services, create_services  # noqa: E402
from tests import key_stretching, leaks  # noqa: E402

# Fixtures shared by several test files, each name meaning one thing across the suite:
# `delivery_station` (a delivery service on its own database, for the candidate screens),
# `station_db` and `proctored_session` (the proctor's service over two started attempts),
# `open_room`, `open_room_with_staff` and `tablet` (a testing room on loopback).
pytest_plugins = ("tests.candidate_helpers", "tests.proctoring_helpers", "tests.room_helpers")

ROOT = Path(__file__).resolve().parents[1]
MINI_EXAM = ROOT / "tests" / "fixtures" / "mini-exam"
PASSPHRASE = "test passphrase 1"
RELEASE_CODE = "RC7Q-4M2K"
ITEM_STEM_MARK = "Zebra-stem"  # every mini-exam stem contains it; plaintext searches look for it


def passphrase(_creating: bool) -> str:
    return PASSPHRASE


@dataclass
class World:
    """A body home and a center home that trust each other, and a package for the center."""

    root: Path
    body: Services
    center: Services
    body_file: Path
    center_file: Path
    package: Path

    def home(self, name: str) -> Services:
        services = create_services(self.root / name, passphrase)
        self._extra.append(services)
        return services

    def close(self) -> None:
        for services in [self.body, self.center, *self._extra]:
            services.close()

    def __post_init__(self) -> None:
        self._extra: list[Services] = []


def make_world(root: Path) -> World:
    body = create_services(root / "body", passphrase)
    center = create_services(root / "center", passphrase)
    body.keys.init("body", "Test Credential Body", store="file")
    center.keys.init("center", "Center One", store="file")
    body_file, center_file = root / "body.json", root / "center.json"
    body.keys.export("body", body_file)
    center.keys.export("center", center_file)
    body.keys.trust(center_file)
    center.keys.trust(body_file)
    package = root / "mini.exampkg"
    body.packages.build(MINI_EXAM, [center_file], package, RELEASE_CODE)
    return World(root, body, center, body_file, center_file, package)


@pytest.fixture(scope="session")
def shared_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """Built once per run: key stretching makes homes cost about a second each. Read-only use."""
    world = make_world(tmp_path_factory.mktemp("world"))
    yield world
    world.close()


def copy_world(template: Path, root: Path) -> World:
    """A world made by make_world (and closed) at `template`, copied to `root` (which may exist,
    empty or not) with services of its own: the same keys and package, in homes of its own."""
    shutil.copytree(template, root, dirs_exist_ok=True)
    return World(root, create_services(root / "body", passphrase), create_services(root / "center", passphrase),
                 root / "body.json", root / "center.json", root / "mini.exampkg")


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A world made once per run (per worker), closed: `world` copies it, since making its keys
    and its package costs six key stretches (several seconds on a loaded machine) every time."""
    root = tmp_path_factory.mktemp("world-template") / "world"
    make_world(root).close()
    return root


@pytest.fixture
def world(request: pytest.FixtureRequest, world_template: Path, tmp_path: Path) -> World:
    """A world a test may change, in tmp_path: a copy of `world_template`, so each test starts from
    the same body and center homes (their keys, trust and package) and changes only its own copy.
    A test marked `staffed` gets the copy whose center has the staff of tests/staff_ui.py already."""
    staffed = request.node.get_closest_marker("staffed") is not None
    created = copy_world(request.getfixturevalue("staffed_world_template") if staffed else world_template, tmp_path)
    yield created
    created.close()


@pytest.fixture(scope="session")
def staffed_world_template(world_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """world_template with the station's staff of tests/staff_ui.py at its center, closed: `world`
    copies it for the tests marked `staffed`, rather than hash eight passwords and PINs each time."""
    from tests.staff_ui import add_staff  # Qt: loaded only by the tests that sign in
    root = tmp_path_factory.mktemp("staffed-world-template") / "world"
    staffed = copy_world(world_template, root)
    add_staff(staffed.center)
    staffed.close()
    return root


@pytest.fixture(scope="session")
def migrated_station_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty station database migrated to the newest schema once per run (per worker), closed:
    `station_database` copies it, as running every migration again costs more than the test."""
    from app.store.database import open_database, sqlite_url
    path = tmp_path_factory.mktemp("migrated") / "station.db"
    open_database(sqlite_url(path)).close()
    return path


def station_database(template: Path, path: Path):
    """A copy of `template` (migrated_station_db) at `path`, opened as the station opens its own."""
    from app.store.database import open_database, sqlite_url
    shutil.copyfile(template, path)
    return open_database(sqlite_url(path))


@pytest.fixture
def package_copy(shared_world: World, tmp_path: Path) -> Path:
    target = tmp_path / "copy.exampkg"
    shutil.copyfile(shared_world.package, target)
    return target


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow run first, in their usual order, and then the rest in theirs: on two
    workers, a test of a minute that starts near the end keeps the whole run waiting for it."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session", autouse=True)
def cheap_key_stretching() -> None:
    """Keys, packages and PINs made in the tests' own process at the cheapest cost a file may
    carry (tests/key_stretching.py): set before any other fixture, so the worlds are made so."""
    patch = pytest.MonkeyPatch()
    key_stretching.cheapen(patch)
    yield
    patch.undo()


@pytest.fixture
def real_key_stretching(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the tests of the stretching itself: what this test writes is written at the app's cost."""
    key_stretching.restore(monkeypatch)


@pytest.fixture(autouse=True)
def nothing_left_behind() -> None:
    """Fails a test that leaves threads, background work, running timers or open windows behind.

    Autouse, so it is set up before and torn down after the test's other function fixtures, and
    after pytest-qt has closed the widgets given to `qtbot.addWidget`.
    """
    before = leaks.snapshot()
    yield
    found = leaks.left_behind(before)
    if found:
        pytest.fail("the test left behind: " + "; ".join(found), pytrace=False)


@pytest.fixture(autouse=True)
def _passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMSTATION_KEY_PASSPHRASE", PASSPHRASE)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    import tempfile
    from tests.postgres import postgres_server
    # Not under pytest's temp folder: that is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="examstation-pg-"))
    folder.chmod(0o755)
    try:
        yield from postgres_server(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def spanish_staff(qapp):
    """The staff screens in Spanish for one test (the translator is taken off after it)."""
    from app.ui.language import install_staff_translator, remove_staff_translator
    translator = install_staff_translator(qapp, "es")
    assert translator is not None
    yield translator
    remove_staff_translator(translator)


@pytest.fixture(params=["en", "es"])
def staff_language(request, qapp):
    """The staff screens in this language, installed before any window is made (English, then
    Spanish); the application's font, palette and style sheet are put back afterwards."""
    from PySide6.QtGui import QFont, QPalette
    from app.ui.language import install_staff_translator, remove_staff_translator
    font, palette = QFont(qapp.font()), QPalette(qapp.palette())
    translator = install_staff_translator(qapp, request.param)
    yield request.param
    remove_staff_translator(translator)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setFont(font)
