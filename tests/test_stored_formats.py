"""Every file format, as an earlier program stored it, is read by this one
(tests/fixtures/formats, written by make_samples.py there); and a file of a later version
says it was made by a newer ExamStation instead of calling itself damaged (issue 16)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.crypto.identity import Identity
from app.crypto.key_backup import open_backup
from app.crypto.keystore import EncryptedFileProvider
from app.domain.errors import ExamStationError
from app.domain.format_versions import NewerFormat, readable_version, upgraded
from app.formats.exam_source import load_exam_source
from app.formats.result_bundle import BundleRefused, build_bundle, open_payload, verify_bundle
from app.formats.result_payload import parse_payload
from app.services.context import create_services
from app.services.home import Home
from tests.conftest import MINI_EXAM, passphrase

SAMPLES = Path(__file__).parent / "fixtures" / "formats"
BACKUP_PASSPHRASE = "sample backup passphrase"  # as make_samples.py wrote them
NEWER = "made by a newer version of ExamStation"


@pytest.fixture(scope="module")
def restored(tmp_path_factory: pytest.TempPathFactory):
    """The sample center's and body's keys, restored from their stored key backups."""
    root = tmp_path_factory.mktemp("restored")
    center, body = create_services(root / "center", passphrase), create_services(root / "body", passphrase)
    center.keys.restore(SAMPLES / "key-backup-1.center.json", BACKUP_PASSPHRASE, store="file")
    body.keys.restore(SAMPLES / "key-backup-1.body.json", BACKUP_PASSPHRASE, store="file")
    yield center, body
    center.close()
    body.close()


def test_the_stored_identity_home_and_key_backups_are_read(restored, tmp_path: Path) -> None:
    center, body = restored
    identity = Identity.from_json(json.loads((SAMPLES / "identity-1.json").read_text()))
    assert center.keys.identity("center") == identity and body.keys.identity("body").role == "body"
    assert center.keys.trusted("body") == [body.keys.identity("body")]  # the backup carried the trust list
    home = Home.open(tmp_path / "home")
    shutil.copyfile(SAMPLES / "home-1.json", home.config_path)
    assert home.config()["format"] == "examstation-home/1" and home.config()["home_id"]


def test_the_stored_result_bundle_verifies_and_its_payload_reads(restored) -> None:
    center, body = restored
    bundle = verify_bundle(SAMPLES / "result-1.results-4.examresult")
    assert bundle.station == center.keys.identity("center")
    payload = parse_payload(open_payload(bundle, body.keys.load("body")))
    assert payload.format == "examstation-results/4" and len(payload.attempts) == 2
    assert payload.audit.entries and payload.audit.key is not None


def test_the_stored_attempt_move_file_is_read_up_to_its_target_station(restored) -> None:
    center, _body = restored
    with pytest.raises(ExamStationError, match="This attempt-move file is for station .*, not this station"):
        center.transfer.check(SAMPLES / "attempt-transfer-2.json")  # signature and format were read first


def _bumped(path: Path, target: Path, version: str) -> Path:
    document = json.loads(path.read_text())
    family = document["format"].rsplit("/", 1)[0]
    target.write_text(json.dumps({**document, "format": f"{family}/{version}"}))
    return target


def test_files_of_later_versions_name_the_newer_program(restored, tmp_path: Path) -> None:
    center, body = restored
    with pytest.raises(NewerFormat, match=NEWER):
        Identity.from_json(json.loads(_bumped(SAMPLES / "identity-1.json", tmp_path / "i.json", "2").read_text()))
    with pytest.raises(NewerFormat, match=NEWER):
        open_backup(_bumped(SAMPLES / "key-backup-1.center.json", tmp_path / "b.json", "2").read_bytes(),
                    BACKUP_PASSPHRASE)
    home = Home.open(tmp_path / "home")
    _bumped(SAMPLES / "home-1.json", home.config_path, "2")
    with pytest.raises(NewerFormat, match="home settings file was " + NEWER):
        home.config()
    with pytest.raises(NewerFormat, match="attempt-move file was " + NEWER):
        center.transfer.check(_bumped(SAMPLES / "attempt-transfer-2.json", tmp_path / "t.json", "3"))
    keys = EncryptedFileProvider(tmp_path / "keys", passphrase)
    keys.folder.mkdir()
    _bumped(center.keys._provider("file").path("center"), keys.path("center"), "2")
    with pytest.raises(NewerFormat, match="key file was " + NEWER):
        keys.load("center")


def test_a_bundle_of_a_later_results_version_is_refused_as_newer(restored, tmp_path: Path) -> None:
    center, body = restored
    payload = open_payload(verify_bundle(SAMPLES / "result-1.results-4.examresult"), body.keys.load("body"))
    later = tmp_path / "later.examresult"  # signed by the sample center itself: only the version is new
    later.write_bytes(build_bundle({**payload, "format": "examstation-results/5"}, center.keys.load("center"),
                                   body.keys.identity("body"), {}))
    with pytest.raises(BundleRefused, match="bundle's results was " + NEWER):
        body.results.import_bundle(later)


def test_an_exam_source_of_a_later_version_names_the_newer_program(tmp_path: Path) -> None:
    source = tmp_path / "exam"
    shutil.copytree(MINI_EXAM, source)
    main = source / "exam.yaml"
    main.write_text(main.read_text().replace("examstation-source/1", "examstation-source/2"))
    with pytest.raises(ExamStationError, match="written for a newer version of ExamStation"):
        load_exam_source(source)


def test_upgrades_run_one_version_at_a_time_and_never_change_the_callers_document() -> None:
    steps = {1: lambda d: {"format": d["format"], "names": [d["name"]]}, 2: lambda d: {**d, "count": len(d["names"])}}
    first = {"format": "examstation-sample/1", "name": "Ada"}
    assert upgraded(first, "sample", 3, steps, "sample") == {
        "format": "examstation-sample/3", "names": ["Ada"], "count": 1}
    assert first == {"format": "examstation-sample/1", "name": "Ada"}
    assert upgraded({"format": "examstation-sample/3", "count": 0}, "sample", 3, steps, "sample")["count"] == 0
    with pytest.raises(ValueError, match="cannot be read any more"):
        upgraded({"format": "examstation-sample/1"}, "sample", 3, {2: steps[2]}, "sample")
    with pytest.raises(NewerFormat):
        upgraded({"format": "examstation-sample/4"}, "sample", 3, steps, "sample")
    for other in ("examstation-other/1", "examstation-sample/0", "examstation-sample/x", None, 7):
        with pytest.raises(ValueError):
            readable_version(other, "sample", 3, "sample")
