"""Open Badges 3.0 credentials: issued to those who met the rule, one file per credential;
verified offline against a trust anchor and the issuer's current status list; forged,
altered, expired and revoked ones fail with the reason. Through the CLI, with real files."""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import io
import json
import shutil
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import base58
import jcs
import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.crypto.data_integrity import add_proof, did_key
from app.crypto.identity import RoleKeys
from app.formats.credential import Award, build_credential, build_status_list
from app.main import main
from app.services.credential_check import trust_anchors, verify_file
from app.services.credentials import CredentialService
from app.services.simulate import simulate
from tests import independent_di_verifier as independent
from tests.cli_helpers import assert_one_line_refusal, run_inline
from tests.conftest import MINI_EXAM, PASSPHRASE, RELEASE_CODE, World

ODD_NUMBER, BAD_NUMBER = "2024/0001", "C\x070002"
PER_SESSION = 12


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


def _cli(*args: str | Path) -> tuple[int, str, str]:
    """The real entry point, for module fixtures (capsys is per test)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
    return status, out.getvalue(), err.getvalue()


def _passing_attempts(world: World) -> list[str]:
    with contextlib.closing(sqlite3.connect(world.body.home.database_path)) as db:
        rows = db.execute("SELECT attempt_id, details FROM result_attempts ORDER BY attempt_id").fetchall()
    return [a for a, d in rows if json.loads(d)["composite_complete"] and json.loads(d)["composite_passed"]]


def _set_number(world: World, attempt_id: str, number: str) -> None:
    """As a station could send it: the body stores what the bundle said."""
    with contextlib.closing(sqlite3.connect(world.body.home.database_path)) as db:
        db.execute("UPDATE result_attempts SET candidate_number = ? WHERE attempt_id = ?", (number, attempt_id))
        db.commit()


@dataclass
class Issued:
    world: World
    service: CredentialService
    out: Path
    files: list[Path]       # the credential files, sorted
    stdout: str
    stderr: str
    bad_attempt: str        # its candidate number has a control character: not issued

    def credential(self, index: int) -> dict:
        return json.loads(self.files[index].read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def issued(tmp_path_factory, world_template):
    from tests.conftest import copy_world
    world: World = copy_world(world_template, tmp_path_factory.mktemp("credentials"))
    package = world.root / "auto.exampkg"
    world.body.packages.build(_auto_scored_exam(world.root / "auto-exam"), [world.center_file], package, RELEASE_CODE)
    for seed in (8, 9):  # two sessions: both number their candidates C0001, C0002, ...
        session = simulate(world.center, package, RELEASE_CODE, PER_SESSION, seed=seed).session_id
        world.body.results.import_bundle(world.center.results.export(session, world.root))
    for session in world.body.release.sessions():  # only released results produce credentials
        world.body.release.release(session.session_id, "A. Admin")
    passing = _passing_attempts(world)
    _set_number(world, passing[0], ODD_NUMBER)
    _set_number(world, passing[1], BAD_NUMBER)
    out = world.root / "credentials"
    with pytest.MonkeyPatch.context() as env:  # the per-test passphrase fixture does not reach module fixtures
        env.setenv("EXAMSTATION_KEY_PASSPHRASE", PASSPHRASE)
        status, stdout, stderr = _cli("--home", world.body.home.root, "credential", "issue", "-o", out)
    assert status == 0, stderr
    files = sorted(path for path in out.glob("*.json") if path.name != "status-list.json")
    service = CredentialService(world.body.keys, world.body.results, lambda: world.body.station.db,
                                world.body.release)
    yield Issued(world, service, out, files, stdout, stderr, passing[1])
    world.close()


def _issued_rows(world: World) -> list[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(world.body.home.database_path)) as db:
        return db.execute("SELECT credential_id, attempt_id FROM issued_credentials").fetchall()


def test_credentials_go_to_those_who_passed_and_verify_against_the_body(issued: Issued, capsys) -> None:
    world = issued.world
    credential = issued.credential(0)
    assert len(issued.files) >= 8, "too few passed for this test to mean much"
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["credentialSubject"]["achievement"]["name"] == "Mini Credential"
    assert credential["credentialSubject"]["achievement"]["related"][0]["name"] == "Base Credential"
    body = world.body.keys.identity("body")
    assert credential["issuer"]["id"] == did_key(body.signing_key)
    for home, source in ((world.body.home.root, "this home's own body key"),
                         (world.center.home.root, "a body this home trusts")):
        status, out, err = run_inline(capsys, "--home", home, "credential", "verify", issued.files[0])
        assert status == 0, err
        assert f"Issuer: Test Credential Body ({did_key(body.signing_key)}), fingerprint {body.fingerprint}" in out
        assert source in out and "OK: the credential is valid" in out and "not revoked" in out
    again = issued.service.issue(issued.out)  # issuing again adds nothing
    assert again.issued == [] and again.already == len(issued.files)


def test_every_credential_has_its_own_file_across_sessions_with_the_same_numbers(issued: Issued, capsys) -> None:
    """12 candidates per session numbered alike: one file per credential, named by its id
    (candidate-number names overwrote each other). A `/` in a number is fine; a control
    character is refused for that candidate alone, before anything is written or recorded."""
    rows = _issued_rows(issued.world)
    assert len(issued.files) == len(rows) and len(rows) >= 8
    credentials = [json.loads(path.read_text(encoding="utf-8")) for path in issued.files]
    assert {path.name for path in issued.files} == {f"{c['id'].removeprefix('urn:uuid:')}.json" for c in credentials}
    numbers = Counter(c["credentialSubject"]["identifier"][0]["identityHash"] for c in credentials)
    assert max(numbers.values()) == 2, numbers  # the same number in both sessions, two credentials
    odd = next(path for path, c in zip(issued.files, credentials, strict=True)
               if c["credentialSubject"]["identifier"][0]["identityHash"] == ODD_NUMBER)
    status, _, err = run_inline(capsys, "--home", issued.world.body.home.root, "credential", "verify", odd)
    assert status == 0, err
    assert issued.bad_attempt not in {attempt for _, attempt in rows}
    assert f"Not issued: attempt {issued.bad_attempt}, candidate number 'C\\x070002': it contains a control" \
           in issued.stderr
    assert "1 not issued: invalid candidate number" in issued.stdout


def test_a_credential_is_never_recorded_without_its_file_nor_left_unrecorded(issued: Issued, capsys, tmp_path) -> None:
    world = issued.world
    _set_number(world, issued.bad_attempt, "C2-0002")  # now issuable
    with contextlib.closing(sqlite3.connect(world.body.home.database_path)) as db:
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON issued_credentials "
                   "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        db.commit()
    out = tmp_path / "late"
    try:
        status, _, err = run_inline(capsys, "--home", world.body.home.root, "credential", "issue", "-o", out)
        assert_one_line_refusal(status, err, f"attempt {issued.bad_attempt} could not be recorded",
                                "file was removed")
        assert [p.name for p in out.iterdir()] == []
    finally:
        with contextlib.closing(sqlite3.connect(world.body.home.database_path)) as db:
            db.execute("DROP TRIGGER refuse")
            db.commit()
    # A run killed between writing a file and recording it: that file must go before the next run.
    leftover = out / "leftover.json"
    award = Award("urn:uuid:00000000-0000-4000-8000-00000000000f", "A", "C1", "X", datetime.now(timezone.utc),
                  10_000, issued.service.status_list_url())
    leftover.write_text(json.dumps(build_credential(world.body.results.exam(_package_id(world)), award,
                                                    world.body.keys.load("body"))))
    status, _, err = run_inline(capsys, "--home", world.body.home.root, "credential", "issue", "-o", out)
    assert_one_line_refusal(status, err, "1 credential file(s)", "not recorded as issued", "leftover.json")
    leftover.unlink()
    status, out_text, err = run_inline(capsys, "--home", world.body.home.root, "credential", "issue", "-o", out)
    assert status == 0 and "Issued 1 credential" in out_text, err
    assert len([p for p in out.iterdir() if p.name != "status-list.json"]) == 1


def _forge(issued: Issued, folder: Path) -> Path:
    """A brand-new key naming the real body, with its own status list beside the credential."""
    world, forger = issued.world, RoleKeys.generate("body", "Test Credential Body")
    exam = world.body.results.exam(_package_id(world))
    now = datetime.now(timezone.utc) - timedelta(minutes=1)
    award = Award("urn:uuid:00000000-0000-4000-8000-000000000001", "Mallory Forger", "C9999", "X", now, 5,
                  issued.service.status_list_url())
    folder.mkdir()
    (folder / "forged.json").write_text(json.dumps(build_credential(exam, award, forger)))
    (folder / "status-list.json").write_text(json.dumps(build_status_list(award.status_list_url, set(), forger, now)))
    return folder / "forged.json"


def test_a_forged_credential_with_its_own_status_list_is_refused_against_an_anchor(issued: Issued, capsys,
                                                                                   tmp_path: Path) -> None:
    world = issued.world
    forged = _forge(issued, tmp_path / "forged")
    verifier = tmp_path / "verifier"  # a home with no keys: an employer's computer
    body_did = did_key(world.body.keys.identity("body").signing_key)
    for home, *anchor in ([world.body.home.root], [world.center.home.root], [verifier, "--issuer", world.body_file],
                          [verifier, "--issuer", body_did]):
        status, out, err = run_inline(capsys, "--home", home, "credential", "verify", forged, *anchor)
        assert_one_line_refusal(status, err, "NOT valid", "Test Credential Body'",
                                "forged" if len(anchor) < 2 or anchor[1] != body_did else "not a body this home trusts")
        assert "OK" not in out
    # The genuine one passes for that employer, given the body's identity file.
    status, out, err = run_inline(capsys, "--home", verifier, "credential", "verify", issued.files[0],
                                  "--issuer", world.body_file)
    assert status == 0 and "trusted, given with --issuer" in out, err
    # With no anchor at all only integrity can be checked, the output says so, and the exit status is 1.
    status, out, err = run_inline(capsys, "--home", verifier, "credential", "verify", forged)
    assert_one_line_refusal(status, err, "issuer was not checked: no trust anchor", "--issuer")
    assert "Issuer NOT checked: 'Test Credential Body'" in out and "Integrity only" in out and "OK" not in out


def test_a_status_list_signed_by_another_key_is_refused(issued: Issued, capsys, tmp_path: Path) -> None:
    other = RoleKeys.generate("body", "Test Credential Body")
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(issued.files[1], folder / "credential.json")
    fake = build_status_list(issued.service.status_list_url(), set(), other, datetime.now(timezone.utc))
    (folder / "status-list.json").write_text(json.dumps(fake))
    status, _, err = run_inline(capsys, "--home", tmp_path / "verifier", "credential", "verify",
                                folder / "credential.json", "--issuer", issued.world.body_file)
    assert_one_line_refusal(status, err, "NOT valid", f"status list is signed by {did_key(other.identity.signing_key)}"
                            ", not by the credential's issuer")


def test_a_stale_status_list_is_refused(issued: Issued, capsys, tmp_path: Path) -> None:
    """Lists carry validUntil (30 days unless told); after it a list proves nothing. A list
    from before lists expired (no validUntil) is refused too."""
    world = issued.world
    long_ago = datetime.now(timezone.utc) - timedelta(days=31)
    old_service = CredentialService(world.body.keys, world.body.results, lambda: world.body.station.db,
                                    world.body.release, clock=lambda: long_ago)
    folder = tmp_path / "stale"
    old_service.publish_status(folder)
    stale = json.loads((folder / "status-list.json").read_text())
    assert stale["validUntil"] == (long_ago + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    shutil.copy(issued.files[1], folder / "credential.json")
    verifier = ["--home", tmp_path / "verifier", "credential", "verify", "--issuer", world.body_file]
    status, _, err = run_inline(capsys, *verifier, folder / "credential.json")
    assert_one_line_refusal(status, err, "status list expired on", "Get the current status list")
    body = world.body.keys.load("body")
    no_end = build_status_list(issued.service.status_list_url(), set(), body, datetime.now(timezone.utc))
    del no_end["validUntil"], no_end["proof"]
    (folder / "status-list.json").write_text(json.dumps(add_proof(no_end, body.signing_private, no_end["validFrom"])))
    status, _, err = run_inline(capsys, *verifier, folder / "credential.json")
    assert_one_line_refusal(status, err, "has no validUntil")
    # The body republishes a current list (`credential status`), with the lifetime it chooses.
    status, out, err = run_inline(capsys, "--home", world.body.home.root, "credential", "status", "--status-days",
                                  "7", "-o", folder)
    assert status == 0 and "current for 7 days" in out, err
    status, out, err = run_inline(capsys, *verifier, folder / "credential.json")
    assert status == 0 and "not revoked" in out, err
    status, _, err = run_inline(capsys, "--home", world.body.home.root, "credential", "status", "--status-days",
                                "0", "-o", folder)
    assert_one_line_refusal(status, err, "lifetime must be 1 to 366 days")


def test_a_missing_status_list_is_refused_unless_the_check_is_skipped(issued: Issued, capsys, tmp_path: Path) -> None:
    lone = tmp_path / "lone.json"
    shutil.copy(issued.files[2], lone)
    verifier = ["--home", tmp_path / "verifier", "credential", "verify", lone, "--issuer", issued.world.body_file]
    status, _, err = run_inline(capsys, *verifier)
    assert_one_line_refusal(status, err, "No status list", "--no-status")
    status, out, err = run_inline(capsys, *verifier, "--no-status")
    assert status == 0 and "revocation NOT checked" in out and "Status: NOT checked (--no-status)" in out, err
    status, _, err = run_inline(capsys, *verifier, "--status-list", tmp_path / "nowhere.json")
    assert_one_line_refusal(status, err, "cannot be read")


def test_a_revoked_credential_fails_even_against_an_earlier_list(issued: Issued, capsys, tmp_path: Path) -> None:
    """Revocation is permanent: once a verifier's home has seen the list that revokes a
    credential, an earlier (validly signed) list shown later cannot hide it. A verifier that
    never saw the newer list is told which list's date it relied on; the list's lifetime
    bounds that window, and once stale the earlier list is refused (test above)."""
    world = issued.world
    target = issued.files[-1]
    credential = json.loads(target.read_text())
    earlier = tmp_path / "earlier-status-list.json"
    shutil.copy(issued.out / "status-list.json", earlier)
    employer, stranger = tmp_path / "employer", tmp_path / "stranger"
    check = lambda home, path, *extra: run_inline(capsys, "--home", home, "credential", "verify", path,  # noqa: E731
                                                  "--issuer", world.body_file, *extra)
    status, _, err = check(employer, target, "--status-list", earlier)
    assert status == 0, err
    _a_second_after(json.loads(earlier.read_text())["validFrom"])  # lists are dated to the second
    status, _, err = run_inline(capsys, "--home", world.body.home.root, "credential", "revoke", credential["id"],
                                "--reason", "exam misconduct found later", "-o", issued.out)
    assert status == 0, err
    status, _, err = check(employer, target)  # the new list, beside the file
    assert_one_line_refusal(status, err, "revoked")
    for home in (employer, world.body.home.root):  # both have now seen the new list
        status, _, err = check(home, target, "--status-list", earlier)
        assert_one_line_refusal(status, err, "has been revoked by its issuer")
    status, out, err = check(stranger, target, "--status-list", earlier)
    assert status == 0 and "per the issuer's status list of " in out and "current until" in out, err
    status, out, err = check(employer, issued.files[1], "--status-list", earlier)  # the others stay valid
    assert status == 0 and "superseded by a newer one this home has seen" in out, err


def _a_second_after(valid_from: str) -> None:
    """Wait until a list issued now is dated later than `valid_from` (a list's date has whole
    seconds: issued in the same second, the newer list would not read as newer)."""
    dated = datetime.fromisoformat(valid_from.replace("Z", "+00:00"))
    while datetime.now(timezone.utc).replace(microsecond=0) <= dated:
        time.sleep(0.02)


def test_an_altered_credential_fails(issued: Issued, capsys, tmp_path: Path) -> None:
    credential = issued.credential(0)
    credential["credentialSubject"]["achievement"]["name"] = "Master Electrician"
    target = tmp_path / "altered.json"
    target.write_text(json.dumps(credential))
    status, _, err = run_inline(capsys, "--home", issued.world.body.home.root, "credential", "verify", target)
    assert_one_line_refusal(status, err, "NOT valid", "signature does not match")


def test_duplicate_keys_are_refused_so_no_signed_value_hides_behind_another(issued: Issued, capsys,
                                                                            tmp_path: Path) -> None:
    """Before: Python kept the last 'name' (the signed one), so the file verified while a reader
    that keeps the first saw another name."""
    text = issued.files[0].read_text(encoding="utf-8")
    genuine = '  "name": "Mini Credential",'
    doubled = text.replace(genuine, '  "name": "Master Electrician",\n' + genuine, 1)
    assert doubled != text
    target = tmp_path / "doubled.json"
    target.write_text(doubled, encoding="utf-8")
    shutil.copy(issued.out / "status-list.json", tmp_path / "status-list.json")
    home = ["--home", issued.world.body.home.root, "credential", "verify"]
    status, _, err = run_inline(capsys, *home, target)
    assert_one_line_refusal(status, err, "is not a credential file", "the key 'name' appears twice")
    shutil.copy(issued.files[0], target)
    listed = (tmp_path / "status-list.json").read_text().replace('"statusPurpose": "revocation",',
                                                                 '"statusPurpose": "revocation", '
                                                                 '"statusPurpose": "revocation",', 1)
    (tmp_path / "status-list.json").write_text(listed)
    status, _, err = run_inline(capsys, *home, target)
    assert_one_line_refusal(status, err, "status list", "'statusPurpose' appears twice")


def _old_shape(credential: dict, body: RoleKeys) -> dict:
    """How ExamStation wrote proofs before: @context hashed into the options, then left out."""
    document = {k: v for k, v in credential.items() if k != "proof"}
    options = {k: v for k, v in credential["proof"].items() if k not in ("proofValue", "@context")}
    hashed = hashlib.sha256(jcs.canonicalize({**options, "@context": document["@context"]})).digest() + \
        hashlib.sha256(jcs.canonicalize(document)).digest()
    signature = Ed25519PrivateKey.from_private_bytes(body.signing_private).sign(hashed)
    return {**document, "proof": {**options, "proofValue": "z" + base58.b58encode(signature).decode()}}


def test_credentials_issued_before_keep_verifying(issued: Issued, capsys, tmp_path: Path) -> None:
    old = _old_shape(issued.credential(3), issued.world.body.keys.load("body"))
    target = tmp_path / "old.json"
    target.write_text(json.dumps(old, indent=2))
    shutil.copy(issued.out / "status-list.json", tmp_path / "status-list.json")
    status, out, err = run_inline(capsys, "--home", issued.world.body.home.root, "credential", "verify", target)
    assert status == 0 and "earlier proof shape" in out, err


def test_an_unsupported_cryptosuite_is_named_not_called_altered(issued: Issued, capsys, tmp_path: Path) -> None:
    credential = issued.credential(0)
    credential["proof"]["cryptosuite"] = "eddsa-rdfc-2022"
    target = tmp_path / "rdfc.json"
    target.write_text(json.dumps(credential))
    status, _, err = run_inline(capsys, "--home", issued.world.body.home.root, "credential", "verify", target)
    assert_one_line_refusal(status, err, "cannot be checked here", "cryptosuite 'eddsa-rdfc-2022'")
    assert "altered" not in err


def test_issued_credentials_and_lists_pass_an_independent_w3c_verifier(issued: Issued) -> None:
    """Verify Proof of vc-di-eddsa v1.0 step by step (tests/independent_di_verifier.py): on
    today's main every issued credential failed it (the proof did not carry its @context)."""
    for path in [*issued.files, issued.out / "status-list.json"]:
        document = json.loads(path.read_text(encoding="utf-8"))
        result = independent.verify_proof(document)
        assert result["verified"], path.name
        assert result["verifiedDocument"]["@context"] == document["@context"]
    altered = issued.credential(0)
    altered["validFrom"] = "2020-01-01T00:00:00Z"
    assert not independent.verify_proof(altered)["verified"]


def test_expired_and_not_yet_valid(issued: Issued, tmp_path: Path) -> None:
    world = issued.world
    anchors = trust_anchors(world.body.keys, None)
    later = lambda: datetime.now(timezone.utc) + timedelta(days=1)  # noqa: E731
    assert "not revoked" in verify_file(issued.files[0], anchors, clock=later).status
    with pytest.raises(Exception, match="not valid until"):
        verify_file(issued.files[0], anchors, clock=lambda: datetime(2020, 1, 1, tzinfo=timezone.utc))
    exam = world.body.results.exam(_package_id(world))
    body = world.body.keys.load("body")
    past = datetime(2020, 1, 1, tzinfo=timezone.utc)
    expired = build_credential(exam, Award("urn:uuid:1", "A", "C1", "X", past, 99, issued.service.status_list_url(),
                                           valid_until=past + timedelta(days=365)), body)
    target = tmp_path / "expired.json"
    target.write_text(json.dumps(expired))
    with pytest.raises(Exception, match="expired on 2020-12-31"):
        verify_file(target, anchors, check_status=False)
    unzoned = {k: v for k, v in expired.items() if k != "proof"} | {"validFrom": "2020-01-01T00:00:00"}
    target.write_text(json.dumps(add_proof(unzoned, body.signing_private, "2020-01-01T00:00:00Z")))
    with pytest.raises(Exception, match="validFrom is missing or not a date with a time zone"):
        verify_file(target, anchors, check_status=False)


def _package_id(world: World) -> str:
    from app.store.results import ResultsRepository
    return ResultsRepository(world.body.station.db).attempts()[0].package_id


OB3_SCHEMA = Path(__file__).parent / "data" / "ob_v3p0_achievementcredential_schema.json"


def test_issued_credentials_validate_against_the_official_ob3_schema(issued: Issued) -> None:
    """The 1EdTech AchievementCredential schema, vendored unmodified (see its NOTICE)."""
    import jsonschema
    schema = json.loads(OB3_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft201909Validator(schema, format_checker=jsonschema.FormatChecker())
    for path in issued.files:
        credential = json.loads(path.read_text())
        problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(credential)]
        assert problems == [], path.name
    broken = issued.credential(0)
    del broken["credentialSubject"]["achievement"]["criteria"]
    broken["issuer"] = {"name": "no id"}
    found = {e.json_path for e in validator.iter_errors(broken)}
    assert {"$.credentialSubject.achievement", "$.issuer"} <= found  # the schema really checks these


def test_status_list_bits_are_bounded(issued: Issued, tmp_path: Path) -> None:
    """A list whose encodedList inflates past 2 MiB is refused before it is inflated further."""
    body = issued.world.body.keys.load("body")
    document = build_status_list(issued.service.status_list_url(), set(), body, datetime.now(timezone.utc))
    bomb = gzip.compress(bytes(3 * 1024 * 1024), mtime=0)
    document["credentialSubject"]["encodedList"] = "u" + base64.urlsafe_b64encode(bomb).decode().rstrip("=")
    document = add_proof({k: v for k, v in document.items() if k != "proof"}, body.signing_private,
                         document["validFrom"])
    folder = tmp_path / "bomb"
    folder.mkdir()
    (folder / "status-list.json").write_text(json.dumps(document))
    shutil.copy(issued.files[0], folder / "credential.json")
    with pytest.raises(Exception, match="larger than 2 MiB"):
        verify_file(folder / "credential.json", trust_anchors(issued.world.body.keys, None))
