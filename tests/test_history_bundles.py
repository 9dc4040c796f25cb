"""The attempt's authenticated history travels to the body (issue 12, item 1), through the
real command with real files:

- at export the station refuses, in one line naming the candidate, a session whose stored
  history does not verify: a weak candidate's answers replaced by a strong candidate's with
  plain SQL and no key (the issue's attack), an answer inserted without its MAC, an event
  deleted and the rest renumbered;
- at import the body verifies every attempt's chain under the key the bundle hands over and
  the head the station signed: a payload rebuilt and signed with the station's own key but
  without the chain (a changed answer, made-up MACs, another head; in a first bundle or in a
  supplement) is refused in one line naming the candidate and the break, and nothing of it
  is stored;
- a results/2 bundle (events without MACs) is still read, and refused for saying nothing
  about its history."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.formats.result_bundle import build_bundle, open_payload, verify_bundle
from app.formats.result_payload import Chain, Position, attempt_part, next_head
from app.store.results import ResultsRepository
from tests.cli_helpers import Cli, assert_one_line_refusal, rehash_audit_log
from tests.conftest import PASSPHRASE, RELEASE_CODE, World, copy_world


@pytest.fixture(scope="module")
def sat_template(tmp_path_factory: pytest.TempPathFactory, world_template: Path) -> tuple[Path, str]:
    """Built once: a center that sat a session of four (not exported yet). Tests work on copies."""
    root = tmp_path_factory.mktemp("sat")
    world = copy_world(world_template, root / "world")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXAMSTATION_KEY_PASSPHRASE", PASSPHRASE)
        session = Cli(None).simulate(world, candidates=4, seed=7)
    world.close()
    return root / "world", session


@pytest.fixture
def sat(sat_template, tmp_path: Path) -> tuple[World, str]:
    template, session = sat_template
    world = copy_world(template, tmp_path / "world")
    yield world, session
    world.close()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture) -> Cli:
    return Cli(capsys)


def _weak_and_strong(world: World, session: str) -> tuple[tuple[str, str], str, dict]:
    """The weakest candidate's (attempt id, number), and the attempt id and final responses of
    the strongest candidate who sat the same form."""
    center = world.center
    exam = center.packages.open(world.package, RELEASE_CODE).exam
    numbers = {c.id: c.number for c in center.delivery.candidates(session)}
    sat = [(center.evaluation.written_result(exam, session, a.candidate_id).percent, a)
           for a in center.delivery.attempts(session)]
    pairs = [(strong[0] - weak[0], weak[1], strong[1]) for weak in sat for strong in sat
             if weak[1].form_id == strong[1].form_id and strong[0] > weak[0]]
    _gap, weak, strong = max(pairs, key=lambda pair: pair[0])
    return (weak.id, numbers[weak.candidate_id]), strong.id, center.delivery.observe(strong.id, exam).state.responses


def _station_sql(world: World, *statements: tuple[str, tuple]) -> None:
    connection = sqlite3.connect(world.center.home.root / "station.db")
    with connection:
        for statement, values in statements:
            connection.execute(statement, values)
    connection.close()


def _swap_answers(world: World, attempt: str, strong: str) -> int:
    """The issue's attack: the weak candidate's answers become the strong one's, with plain
    SQL; the answers are sealed, so the attacker copies the strong candidate's stored answer
    rows over the weak one's, in order (same form). Returns the first changed seq."""
    connection = sqlite3.connect(world.center.home.root / "station.db")
    rows = {a: connection.execute("SELECT seq, data FROM attempt_events WHERE attempt_id = ? AND kind = 'answered' "
                                  "ORDER BY seq", (a,)).fetchall() for a in (attempt, strong)}
    connection.close()
    changes = [(weak_seq, data) for (weak_seq, _), (_, data) in zip(rows[attempt], rows[strong], strict=True)]
    assert changes, "the weak candidate answered nothing"
    _station_sql(world, *(("UPDATE attempt_events SET data = ? WHERE attempt_id = ? AND seq = ?",
                           (data, attempt, seq)) for seq, data in changes))
    return changes[0][0]


def _insert_without_mac(world: World, attempt: str, _strong: str) -> int:
    """An answer appended, in clear, by a program that does not have the center's key."""
    connection = sqlite3.connect(world.center.home.root / "station.db")
    seq, at, elapsed = connection.execute("SELECT max(seq), max(at), max(elapsed_ms) FROM attempt_events "
                                          "WHERE attempt_id = ?", (attempt,)).fetchone()
    connection.close()
    _station_sql(world, ("INSERT INTO attempt_events (attempt_id, seq, kind, elapsed_ms, at, data) "
                         "VALUES (?, ?, 'answered', ?, ?, ?)",
                         (attempt, seq + 1, elapsed, at, json.dumps({"item_id": "q1", "response": "B"}))))
    return seq + 1


def _delete_and_renumber(world: World, attempt: str, _strong: str) -> int:
    """A wrong answer removed, and the events after it moved up so that no seq is missing."""
    _station_sql(world, ("DELETE FROM attempt_events WHERE attempt_id = ? AND seq = 3", (attempt,)),
                 ("UPDATE attempt_events SET seq = seq - 1 WHERE attempt_id = ? AND seq > 3", (attempt,)))
    return 3


STATION_EDITS = {
    "answers swapped": (_swap_answers, "event {seq} cannot be opened"),
    "answer inserted without its MAC": (_insert_without_mac, "event {seq} was stored without its authentication"),
    "event deleted and the rest renumbered": (_delete_and_renumber, "event {seq} cannot be opened"),
}


@pytest.mark.parametrize("edit", STATION_EDITS)
def test_a_station_database_edited_without_the_key_is_not_exported(sat, tmp_path: Path, cli, edit: str) -> None:
    world, session = sat
    (attempt, number), strong, _responses = _weak_and_strong(world, session)
    change, broken = STATION_EDITS[edit]
    seq = change(world, attempt, strong)
    usb = tmp_path / "usb"
    usb.mkdir()
    status, _, err = cli("--home", world.center.home.root, "results", "export", "--session", session, "-o", usb)
    assert_one_line_refusal(status, err, "The station database was changed outside ExamStation",
                            f"candidate {number}'s attempt {attempt}", broken.format(seq=seq))
    assert list(usb.iterdir()) == []  # no bundle left behind


# -- the bundle and the body ---------------------------------------------------------------

def test_the_payload_hands_over_the_documented_key_head_and_stored_macs(sat) -> None:
    world, session = sat
    payload = world.center.results.session_payload(session)
    signing = world.center.keys.load("center").signing_private
    for part in payload["attempts"]:  # formats.md 5.1a, computed here independently
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                   info=b"examstation attempt chain v1|" + part["id"].encode()).derive(signing)
        assert part["chain"] == {"key": base64.urlsafe_b64encode(key).decode().rstrip("="),
                                 "head": part["events"][-1][5]}
        assert [e[5] for e in part["events"]] == [mac for _event, mac in world.center.delivery.history(part["id"])]


def _forge(world: World, payload: dict, target: Path, extends: str | None = None) -> Path:
    """What someone holding the station's signing key can build: any payload, signed."""
    info = {"ExamStation-Extends": extends} if extends else {}
    target.write_bytes(build_bundle(payload, world.center.keys.load("center"), world.body.keys.identity("body"), info))
    return target


def _reseal(part: dict, events: list, chain: dict | None = None) -> dict:
    """The part again with these events, its content head recomputed (the forger can)."""
    after = part["after"]
    start = Position(after["events"], after["evaluations"], after["head"])
    return attempt_part(part, start, events, part["evaluations"], Chain.from_json(chain or part["chain"]))


def _changed_answer(part: dict, responses: dict) -> tuple[dict, int]:
    events = [list(e) for e in part["events"]]
    index = next(i for i, e in enumerate(events) if e[1] == "answered" and e[4]["item_id"] in responses
                 and e[4]["response"] != responses[e[4]["item_id"]])
    events[index][4] = {**events[index][4], "response": responses[events[index][4]["item_id"]]}
    return _reseal(part, events), events[index][0]


def _made_up_macs(part: dict, _responses: dict) -> tuple[dict, int]:
    """A chain rebuilt without the key: every MAC from the third event on is a plain hash."""
    events = [list(e) for e in part["events"]]
    for event in events[2:]:
        event[5] = hashlib.sha256(json.dumps(event[:5]).encode()).hexdigest()
    return _reseal(part, events, {**part["chain"], "head": events[-1][5]}), events[2][0]


def _other_head(part: dict, _responses: dict) -> tuple[dict, int]:
    """The events as they were, but a chain head that ends the history one event earlier."""
    events = part["events"]
    return _reseal(part, events, {**part["chain"], "head": events[-2][5]}), 0


BODY_FORGERIES = {
    "an answer changed, its MAC kept": (_changed_answer, "event {seq} (answered) was changed or inserted"),
    "MACs made up": (_made_up_macs, "event {seq} ("),
    "another chain head": (_other_head, "is not the one the station signed"),
}


@pytest.mark.parametrize("forgery", BODY_FORGERIES)
def test_a_payload_signed_with_the_station_key_but_without_the_chain_is_refused(sat, tmp_path: Path, cli,
                                                                                forgery: str) -> None:
    world, session = sat
    (attempt, number), _strong, strong = _weak_and_strong(world, session)
    payload = world.center.results.session_payload(session)  # the genuine payload, chain and all
    index = next(i for i, part in enumerate(payload["attempts"]) if part["id"] == attempt)
    change, broken = BODY_FORGERIES[forgery]
    payload["attempts"][index], seq = change(payload["attempts"][index], strong)
    forged = _forge(world, payload, tmp_path / "forged.examresult")
    status, _, err = cli.import_(world, forged)
    assert_one_line_refusal(status, err, f"candidate {number}'s attempt {attempt} does not verify",
                            broken.format(seq=seq))
    assert ResultsRepository(world.body.station.db).counts() == dict.fromkeys(
        ("bundles", "attempts", "responses", "events"), 0)  # nothing of a refused bundle is stored


def test_a_supplement_continues_the_chain_and_a_forged_one_is_refused(sat, tmp_path: Path, cli) -> None:
    world, session = sat
    (first,) = cli.export(world, session, tmp_path / "usb1")
    status, out, err = cli.import_(world, first)
    assert status == 0 and "imported 4 attempts" in out, err
    attempt = world.center.delivery.attempts(session)[0].id
    exam = world.center.packages.open(world.package, RELEASE_CODE).exam
    world.center.proctoring.incident(attempt, exam, "other", "smoke alarm after the export", by="sim-proctor")
    (supplement,) = cli.export(world, session, tmp_path / "usb2")

    payload = open_payload(verify_bundle(supplement), world.body.keys.load("body"))
    (part,) = payload["attempts"]
    assert part["after"]["events"] > 0 and len(part["events"]) == 1
    events = [list(e) for e in part["events"]]
    events[0][4] = {**events[0][4], "description": "nothing happened"}  # MAC kept: no key to redo it
    payload["attempts"] = [_reseal(part, events)]
    forged = _forge(world, payload, tmp_path / "forged.examresult", payload["extends"]["bundle_id"])
    body = ResultsRepository(world.body.station.db)
    before = body.counts()
    status, _, err = cli.import_(world, forged)
    assert_one_line_refusal(status, err, f"attempt {attempt} does not verify",
                            f"event {events[0][0]} (incident) was changed or inserted")
    assert body.counts() == before

    status, out, err = cli.import_(world, supplement)  # the genuine one continues the same chain
    assert status == 0 and "added what is new to 1 attempt" in out, err
    stored = body.events(attempt)  # the body keeps each MAC: the next supplement continues from them
    assert all(e.mac for e in stored) and stored[-1].mac == part["events"][0][5]


def test_a_results_2_bundle_is_read_and_refused_for_its_unauthenticated_history(sat, tmp_path: Path, cli) -> None:
    world, session = sat
    payload = world.center.results.session_payload(session)
    payload["format"] = "examstation-results/2"
    for part in payload["attempts"]:  # the form results/2 had: events without a MAC, no chain
        del part["chain"]
        part["events"] = [event[:5] for event in part["events"]]
        part["head"] = next_head(part["after"]["head"], part["events"], part["evaluations"])
    status, _, err = cli.import_(world, _forge(world, payload, tmp_path / "old.examresult"))
    assert_one_line_refusal(status, err, "did not authenticate attempt histories (results/2)")
    assert ResultsRepository(world.body.station.db).counts()["bundles"] == 0


# -- the session's audit entries (issue 12: "every ... audit entry goes into a chain") -------

def _first_session_entry(world: World, session: str) -> tuple[int, str]:
    connection = sqlite3.connect(world.center.home.root / "station.db")
    row = connection.execute("SELECT seq, action FROM audit_log WHERE session_id = ? ORDER BY session_seq LIMIT 1",
                             (session,)).fetchone()
    connection.close()
    return row


def test_a_session_audit_entry_deleted_and_the_hash_chain_redone_is_not_exported(sat, tmp_path: Path, cli) -> None:
    world, session = sat
    seq, action = _first_session_entry(world, session)
    assert action == "checklist.signed"
    _station_sql(world, ("DELETE FROM audit_log WHERE seq = ?", (seq,)))
    rehash_audit_log(world.center.home.root / "station.db")
    assert world.center.accounts.audit_problem() is None  # the plain hash chain is fooled ...
    assert world.center.accounts.session_audit_problem(session) == (  # ... the keyed one is not
        "audit entry 1 of the session is missing (deleted or reordered)")
    usb = tmp_path / "usb"
    usb.mkdir()
    status, _, err = cli("--home", world.center.home.root, "results", "export", "--session", session, "-o", usb)
    assert_one_line_refusal(status, err, "The audit log of this session was changed on this station",
                            "audit entry 1 of the session is missing")
    assert list(usb.iterdir()) == []


def test_a_session_audit_entry_changed_with_sql_is_not_exported(sat, tmp_path: Path, cli) -> None:
    world, session = sat
    seq, _action = _first_session_entry(world, session)
    _station_sql(world, ("UPDATE audit_log SET actor = 'somebody-else' WHERE seq = ?", (seq,)))
    usb = tmp_path / "usb"
    usb.mkdir()
    status, _, err = cli("--home", world.center.home.root, "results", "export", "--session", session, "-o", usb)
    assert_one_line_refusal(status, err, "audit entry 1 of the session (checklist.signed) was changed or inserted")


def test_the_payload_hands_over_the_documented_session_audit_key_and_macs(sat) -> None:
    import hmac
    world, session = sat
    audit = world.center.results.session_payload(session)["audit"]
    signing = world.center.keys.load("center").signing_private
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,  # formats.md, computed here independently
               info=b"examstation session audit v1|" + session.encode()).derive(signing)
    assert audit["key"] == base64.urlsafe_b64encode(key).decode().rstrip("=")
    previous = "0" * 64
    for number, entry in enumerate(audit["entries"], start=1):
        content = json.dumps({"session": session, "n": number, "at": entry["at"], "actor": entry["actor"],
                              "action": entry["action"], "subject": entry["subject"], "details": entry["details"]},
                             sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        previous = hmac.new(key, bytes.fromhex(previous) + content, hashlib.sha256).hexdigest()
        assert entry["session_seq"] == number and entry["mac"] == previous
    assert audit["after"] == {"count": 0, "head": "0" * 64} and audit["head"] == previous and audit["entries"]


def test_a_payload_with_an_altered_audit_entry_is_refused_by_the_body(sat, tmp_path: Path, cli) -> None:
    world, session = sat
    payload = world.center.results.session_payload(session)
    payload["audit"]["entries"][0]["details"] = {"note": "nothing to see"}
    status, _, err = cli.import_(world, _forge(world, payload, tmp_path / "forged.examresult"))
    assert_one_line_refusal(status, err, "The session's audit log in this bundle was altered",
                            "audit entry 1 of the session (checklist.signed) was changed or inserted")
    assert ResultsRepository(world.body.station.db).counts()["bundles"] == 0


def test_a_supplement_whose_audit_entries_do_not_continue_is_refused(sat, tmp_path: Path, cli) -> None:
    world, session = sat
    (first,) = cli.export(world, session, tmp_path / "usb1")
    assert cli.import_(world, first)[0] == 0
    attempt = world.center.delivery.attempts(session)[0].id
    exam = world.center.packages.open(world.package, RELEASE_CODE).exam
    world.center.proctoring.incident(attempt, exam, "other", "fire drill", by="sim-proctor")
    (supplement,) = cli.export(world, session, tmp_path / "usb2")
    payload = open_payload(verify_bundle(supplement), world.body.keys.load("body"))
    assert [e["action"] for e in payload["audit"]["entries"]] == ["attempt.incident"]
    payload["audit"]["after"]["head"] = "1" * 64  # claims to follow another history
    forged = _forge(world, payload, tmp_path / "forged.examresult", payload["extends"]["bundle_id"])
    status, _, err = cli.import_(world, forged)
    assert_one_line_refusal(status, err, "do not continue those its center sent before")
    status, out, err = cli.import_(world, supplement)  # the genuine one does
    assert status == 0 and "added what is new to 1 attempt" in out, err


def test_a_results_3_bundle_is_refused_for_its_unauthenticated_audit_entries(sat, tmp_path: Path, cli) -> None:
    world, session = sat
    payload = world.center.results.session_payload(session)
    payload["format"] = "examstation-results/3"
    payload["audit"] = {"entries": [{k: v for k, v in e.items() if k not in ("session_seq", "mac")}
                                    for e in payload["audit"]["entries"]]}
    status, _, err = cli.import_(world, _forge(world, payload, tmp_path / "old.examresult"))
    assert_one_line_refusal(status, err, "did not authenticate the session's audit entries (results/3)")
