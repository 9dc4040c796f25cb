"""Open Badges 3.0 credentials: issued to those who met the rule, verified offline;
altered, expired and revoked ones fail with the reason."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from app.crypto.data_integrity import check_proof, did_key, public_key_of
from app.services.credentials import verify_file
from app.services.simulate import simulate
from tests.cli_helpers import assert_one_line_refusal, run_inline
from tests.conftest import MINI_EXAM, RELEASE_CODE, World


def _auto_scored_exam(folder: Path) -> Path:
    """The mini exam without its manually scored item, so results are final at import."""
    shutil.copytree(MINI_EXAM, folder)
    items = folder / "items" / "all-types.yaml"
    data = yaml.safe_load(items.read_text())
    data["items"] = [i for i in data["items"] if i["id"] != "q-manual"]
    items.write_text(yaml.safe_dump(data, allow_unicode=True))
    exam = yaml.safe_load((folder / "exam.yaml").read_text())
    exam["forms"][0]["sections"][1]["items"].remove("q-manual")
    (folder / "exam.yaml").write_text(yaml.safe_dump(exam, allow_unicode=True))
    return folder


@pytest.fixture(scope="module")
def issued(tmp_path_factory):
    from tests.conftest import make_world
    world: World = make_world(tmp_path_factory.mktemp("credentials"))
    package = world.root / "auto.exampkg"
    world.body.packages.build(_auto_scored_exam(world.root / "auto-exam"), [world.center_file], package, RELEASE_CODE)
    session = simulate(world.center, package, RELEASE_CODE, 30, seed=8).session_id
    world.body.results.import_bundle(world.center.results.export(session, world.root))
    service = world.body.credentials
    out = world.root / "credentials"
    report = service.issue(out)
    yield world, service, report, out
    world.close()


def test_credentials_go_to_those_who_passed_and_verify_offline(issued, capsys) -> None:
    world, service, report, out = issued
    assert report.issued and report.not_eligible and len(report.issued) + report.not_eligible == 30
    credential = json.loads(report.issued[0].read_text())
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["credentialSubject"]["achievement"]["name"] == "Mini Credential"
    assert credential["credentialSubject"]["achievement"]["related"][0]["name"] == "Base Credential"
    assert credential["issuer"]["id"] == did_key(world.body.keys.identity("body").signing_key)
    assert check_proof(credential)[0]
    status, out_text, err = run_inline(capsys, "credential", "verify", report.issued[0])
    assert status == 0 and "signature, dates and status are valid" in out_text, err
    again = service.issue(out)  # issuing again adds nothing
    assert again.issued == [] and again.already == len(report.issued)


def test_an_altered_credential_fails(issued, tmp_path: Path, capsys) -> None:
    world, service, report, out = issued
    credential = json.loads(report.issued[0].read_text())
    credential["credentialSubject"]["achievement"]["name"] = "Master Electrician"
    target = out / "altered.json"
    target.write_text(json.dumps(credential))
    status, _, err = run_inline(capsys, "credential", "verify", target)
    assert_one_line_refusal(status, err, "NOT valid", "signature does not match")
    target.unlink()


def test_expired_and_not_yet_valid(issued) -> None:
    world, service, report, out = issued
    later = lambda: datetime.now(timezone.utc) + timedelta(days=1)  # noqa: E731
    assert "valid" in verify_file(report.issued[0], None, later)
    with pytest.raises(Exception, match="not valid until"):
        verify_file(report.issued[0], None, lambda: datetime(2020, 1, 1, tzinfo=timezone.utc))
    from app.formats.credential import Award, build_credential
    exam = world.body.results.exam(_package_id(world))
    body = world.body.keys.load("body")
    past = datetime(2020, 1, 1, tzinfo=timezone.utc)
    expired = build_credential(exam, Award("urn:uuid:1", "A", "C1", "X", past, 99, service.status_list_url(),
                                           valid_until=past + timedelta(days=365)), body)
    target = out / "expired.json"
    target.write_text(json.dumps(expired))
    with pytest.raises(Exception, match="expired on 2020-12-31"):
        verify_file(target, None)
    target.unlink()


def _package_id(world: World) -> str:
    from app.store.results import ResultsRepository
    return ResultsRepository(world.body.station.db).attempts()[0].package_id


def test_revoked_credentials_fail_once_the_new_list_is_published(issued, capsys) -> None:
    world, service, report, out = issued
    credential = json.loads(report.issued[-1].read_text())
    status, _, err = run_inline(capsys, "--home", world.body.home.root, "credential", "revoke", credential["id"],
                                "--reason", "exam misconduct found later", "-o", out)
    assert status == 0, err
    status, _, err = run_inline(capsys, "credential", "verify", report.issued[-1])
    assert_one_line_refusal(status, err, "revoked")
    assert "valid" in verify_file(report.issued[0], None)  # the others stay valid


def test_did_key_round_trip_and_refusals() -> None:
    key = bytes(range(32))
    assert public_key_of(did_key(key)) == key
    for bad in ("did:web:example.org", "did:key:zabc", "key"):
        with pytest.raises(ValueError):
            public_key_of(bad)


OB3_SCHEMA = Path(__file__).parent / "data" / "ob_v3p0_achievementcredential_schema.json"


def test_issued_credentials_validate_against_the_official_ob3_schema(issued) -> None:
    """The 1EdTech AchievementCredential schema, vendored unmodified (see its NOTICE)."""
    import jsonschema
    schema = json.loads(OB3_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft201909Validator(schema, format_checker=jsonschema.FormatChecker())
    for path in issued[2].issued:
        credential = json.loads(path.read_text())
        problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(credential)]
        assert problems == [], path.name
    broken = json.loads(issued[2].issued[0].read_text())
    del broken["credentialSubject"]["achievement"]["criteria"]
    broken["issuer"] = {"name": "no id"}
    found = {e.json_path for e in validator.iter_errors(broken)}
    assert {"$.credentialSubject.achievement", "$.issuer"} <= found  # the schema really checks these
