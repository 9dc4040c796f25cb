"""Results end to end with real processes: build, simulate, export, verify, import into
SQLite and PostgreSQL; re-import changes nothing; every tampering is refused with the
database unchanged; the bag passes the reference BagIt validator."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.services.context import create_services
from tests.cli_helpers import assert_one_line_refusal, run_inline, run_process
from tests.conftest import RELEASE_CODE, World, passphrase
from tests.postgres import fresh_postgres_database


@pytest.fixture(scope="module")
def exported(tmp_path_factory, world_template: Path) -> tuple[World, Path]:
    from tests.conftest import copy_world
    world = copy_world(world_template, tmp_path_factory.mktemp("results"))
    simulated = run_process("--home", str(world.center.home.root), "simulate", "--package", str(world.package),
                            "--release-code", RELEASE_CODE, "--candidates", "200", "--seed", "11", timeout=600)
    assert simulated.returncode == 0, simulated.stderr
    session = simulated.stdout.strip()
    usb = world.root / "usb"
    usb.mkdir()
    exported = run_process("--home", str(world.center.home.root), "results", "export", "--session", session,
                           "-o", str(usb))
    assert exported.returncode == 0, exported.stderr
    yield world, Path(exported.stdout.strip())
    world.close()


def _counts(world: World, url: str | None = None) -> dict[str, int]:
    services = create_services(world.body.home.root, passphrase, database_url=url)
    from app.store.results import ResultsRepository
    counts = ResultsRepository(services.station.db).counts()
    services.close()
    return counts


def test_verify_needs_no_keys_and_the_reference_validator_accepts_the_bag(exported, tmp_path: Path) -> None:
    world, bundle = exported
    verified = run_process("--home", str(tmp_path / "nobody"), "results", "verify", str(bundle))
    assert verified.returncode == 0 and "signed by 'Center One'" in verified.stdout, verified.stderr
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "unzipped")
    reference = subprocess.run([sys.executable, "-m", "bagit", "--validate", str(tmp_path / "unzipped" / "bag")],
                               capture_output=True, text=True)
    assert reference.returncode == 0 and "is valid" in reference.stderr, reference.stderr


def _import(world: World, bundle: Path, url: str | None) -> subprocess.CompletedProcess:
    return run_process("--home", str(world.body.home.root), "results", "import", str(bundle),
                       *(["--db", url] if url else []))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_import_is_idempotent_and_refuses_tampering(exported, tmp_path: Path, backend: str, request) -> None:
    world, bundle = exported
    url = None
    if backend == "postgresql":
        # an empty central database: the exam comes from the body's home database
        url = fresh_postgres_database(request.getfixturevalue("postgres_url"), "body_results")
    first = _import(world, bundle, url)
    assert first.returncode == 0 and "imported 200 attempts" in first.stdout, first.stderr
    counts = _counts(world, url)
    assert counts["attempts"] == 200 and counts["responses"] == 2000
    again = _import(world, bundle, url)
    assert again.returncode == 0 and "already imported" in again.stdout
    assert _counts(world, url) == counts

    for name, damaged in _tampered_copies(bundle, tmp_path):
        refused = _import(world, damaged, url)
        assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1, (name, refused.stderr)
        assert "Traceback" not in refused.stderr
        assert _counts(world, url) == counts, name


def _tampered_copies(bundle: Path, tmp_path: Path):
    data = bundle.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x40
    yield "flipped byte", _write(tmp_path / "flipped.examresult", bytes(flipped))
    # swap a file inside the bag for another of the same name
    swapped = tmp_path / "swapped.examresult"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(swapped, "w") as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename.endswith("envelope.json"):
                content = content.replace(b'"recipient"', b'"recipient" ')
            target.writestr(member, content)
    yield "file swapped in the bag", swapped


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unregistered_center_and_other_body_are_refused(exported, tmp_path: Path, capsys) -> None:
    world, bundle = exported
    stranger = create_services(tmp_path / "other-body", passphrase)
    stranger.keys.init("body", "Other Board", store="file")
    status, _, err = run_inline(capsys, "--home", stranger.home.root, "results", "import", bundle)
    assert_one_line_refusal(status, err, "not registered with this body")
    stranger.keys.trust(world.center_file)
    status, _, err = run_inline(capsys, "--home", stranger.home.root, "results", "import", bundle)
    assert_one_line_refusal(status, err, "another credential body")
    stranger.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_importers_create_no_duplicates(exported, tmp_path: Path, backend: str, request) -> None:
    import os
    world, bundle = exported
    copies = [shutil.copy(bundle, tmp_path / f"copy{i}.examresult") for i in range(4)]
    url = f"sqlite:///{tmp_path / 'central.db'}"
    if backend == "postgresql":
        url = fresh_postgres_database(request.getfixturevalue("postgres_url"), "concurrent_import")
    if backend == "sqlite":  # the first importers may also race to create the schema: migrate first here
        first = create_services(world.body.home.root, passphrase, database_url=url)
        _ = first.station.db  # opening the database creates its schema
        first.close()
    env = {**os.environ, "EXAMSTATION_KEY_PASSPHRASE": "test passphrase 1"}
    processes = [subprocess.Popen([sys.executable, "-m", "app", "--home", str(world.body.home.root), "results",
                                   "import", str(copy), "--db", url], cwd=Path(__file__).parents[1], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for copy in copies]
    outputs = [p.communicate(timeout=300) for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], outputs
    assert sum("imported 200 attempts" in out for out, _ in outputs) == 1
    assert sum("already imported" in out for out, _ in outputs) == 3
    counts = _counts(world, url)
    assert counts["bundles"] == 1 and counts["attempts"] == 200 and counts["responses"] == 2000
