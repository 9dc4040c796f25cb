"""Evaluator tablets over real TLS on loopback: pairing as a tablet, sign-in with the PIN
checked (and counted) by the station, scoring and sign-off stored through the evaluation
service with its chained event, an acknowledgement lost on the way stored once after the
resend, and machines that are not paired tablets getting nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.room import wire
from app.room.tablet_wire import evaluation_from_wire, roster_from_wire
from app.services.home import Home
from app.services.room import show_code
from app.services.room_station import RoomRefused
from app.services.tablet import NOT_STORED, REFUSED, SAVED, WAITING, Evaluator, TabletService, TabletSession
from tests.fault_proxy import FaultProxy
from tests.room_helpers import pair_seat, wait_for
from tests.conftest import ROOT
from tests.test_room_wire import JSONISH

ALL_DONE = {"ppe": "done", "loto": "done", "label": "done"}


def _until(session: TabletSession, condition, what: str) -> None:
    wait_for(lambda: (session.poll(), condition())[1], what=what)


@pytest.fixture
def session(tablet):
    """The paired tablet connected to the station (through the tablet's own engine)."""
    connected = _connect(tablet[0])
    yield connected
    connected.stop()


def _signed_in(session: TabletSession, username: str = "eve", pin: str = "2468") -> None:
    _until(session, lambda: session.connected, "the station's welcome")
    session.sign_in(username, pin)
    _until(session, lambda: not session.signing_in, "the sign-in answer")


def _ready_to_score(session: TabletSession, index: int = 0):
    """Eve signed in and the station's list arrived: (the index-th candidate, the checklist)."""
    _signed_in(session)
    _until(session, lambda: session.roster, "the candidates")
    return session.roster[index], session.checklists[0]


def _connect(machine: TabletService, address: str | None = None) -> TabletSession:
    session = machine.connect(address=address)
    session.start()
    return session


def test_a_tablet_pairs_as_an_evaluator_tablet_and_never_holds_a_candidate(open_room_with_staff, tablet):
    station, attempts, world = open_room_with_staff
    machine, pairing = tablet
    assert pairing["accepted"] and pairing["role"] == "tablet"
    row = next(r for r in station.status() if r.fingerprint == pairing["fingerprint"])
    assert row.role == "tablet" and row.seat_name == "Bench tablet"
    with pytest.raises(RoomRefused, match="evaluator tablet"):
        station.assign(attempts[0], pairing["fingerprint"], "proctor")
    paired = [e for e in world.center.accounts.audit_entries(action_prefix="room.paired")]
    assert paired[-1].details["role"] == "tablet"


def test_an_evaluator_signs_in_scores_and_the_station_stores_it_with_its_chained_event(open_room_with_staff, tablet,
                                                                                       session):
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    _signed_in(session, "eve", "0000")                        # a wrong PIN: refused, counted, audited
    assert session.evaluator is None and "PIN is wrong" in session.sign_in_problem
    failed = world.center.accounts.audit_entries(action_prefix="account.sign_in_failed")
    assert failed[-1].subject == "eve" and failed[-1].details["failures"] == 1
    _signed_in(session, "pat", "1111")                        # a proctor is not an evaluator
    assert session.evaluator is None and "not an evaluator" in session.sign_in_problem
    _signed_in(session)
    assert session.evaluator.display_name == "Eve Evaluator"
    _until(session, lambda: len(session.roster) == 2, "the candidates to score")
    assert [c.title for c in session.checklists] == ["Mini checklist"]
    first = session.roster[0]
    assert (first.name, first.number, first.checklists) == ("Candidate 1", "C001", {"mini-check": "open"})
    checklist = session.checklists[0]
    wrong = session.sign_off(first, checklist, ALL_DONE, {"label": "neat"}, 420, "9999")
    _until(session, lambda: session.signed[wrong].state == REFUSED, "the refused sign-off")
    assert "PIN is wrong" in session.signed[wrong].reason
    assert world.center.evaluation.evaluations(first.candidate_id) == []
    signed = session.sign_off(first, checklist, ALL_DONE, {"label": "neat"}, 420, "2468")
    _until(session, lambda: session.signed[signed].state == SAVED, "the station's acknowledgement")
    stored = world.center.evaluation.evaluations(first.candidate_id)
    assert [(e.id, e.evaluator, e.kind, e.marks, e.notes, e.task_seconds) for e in stored] == \
        [(signed, "eve", "first", ALL_DONE, {"label": "neat"}, 420)]
    events = [e for e in world.center.delivery.events(attempts[0]) if e.kind == "evaluated"]
    assert [e.data["evaluation"] for e in events] == [signed]
    assert world.center.delivery.history_problem(attempts[0]) is None   # the chain holds, event included
    signed_audit = world.center.accounts.audit_entries(action_prefix="checklist.signed")
    assert signed_audit[-1].actor == "eve" and signed_audit[-1].subject == first.candidate_id
    assert world.center.accounts.audit_entries(action_prefix="room.tablet_signed_in")[-1].actor == "eve"
    # The candidate no longer needs eve: the roster the station sent after the save says so.
    _until(session, lambda: all(c.candidate_id != first.candidate_id for c in session.roster), "a new roster")
    # Nothing of the exam, the candidates or the PIN is on the tablet's disk in clear.
    files = [p for p in machine.home.root.rglob("*") if p.is_file()]
    on_disk = b"".join(p.read_bytes() for p in files)
    for secret in (b"Wears PPE", b"Mini checklist", b"Candidate 1", b"C001", b"neat"):
        assert secret not in on_disk, secret
    # (the PIN's four digits are looked for outside the PEM files, whose base64 text could hold them by chance)
    assert all(b"2468" not in p.read_bytes() for p in files if p.suffix != ".pem")


def test_wrong_pins_lock_the_account_as_at_the_station(open_room_with_staff, tablet, session):
    station, attempts, world = open_room_with_staff
    for _ in range(5):
        _signed_in(session, "eve", "1234")
    assert "locked" in session.sign_in_problem
    _signed_in(session)                                        # even the right PIN, while locked
    assert session.evaluator is None and "locked" in session.sign_in_problem
    assert world.center.accounts.get("eve").locked_minutes


def test_a_sign_in_ends_after_a_working_day_but_marks_made_meanwhile_are_signed_with_the_pin(open_room_with_staff,
                                                                                               tablet, session):
    station, attempts, world = open_room_with_staff
    candidate, checklist = _ready_to_score(session, 0)
    station.tablets.wall = lambda: time.time() + 13 * 3600   # the station's clock, a long day later
    signed = session.sign_off(candidate, checklist, ALL_DONE, {}, 60, "2468")
    _until(session, lambda: session.signed[signed].state == SAVED, "saved with the PIN alone")
    session.refresh()                                        # the list, though, needs a new sign-in
    _until(session, lambda: session.evaluator is None, "signed out")
    assert "Sign in again" in session.sign_in_problem
    station.tablets.wall = time.time
    session.evaluator = Evaluator("eve", "Eve", f"{int(time.time())}.eve.{'0' * 64}")  # a made-up token
    session.refresh()
    _until(session, lambda: session.evaluator is None, "the made-up token refused")
    assert session.roster == []


def test_an_acknowledgement_lost_on_the_way_is_resent_and_stored_once(open_room_with_staff, tablet):
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    proxy = FaultProxy(station.port)
    proxy.start()
    session = _connect(machine, f"127.0.0.1:{proxy.port}")
    try:
        candidate, checklist = _ready_to_score(session, 1)
        marks = {**ALL_DONE, "label": "na"}

        # The signature reaches the tablet, which journals and sends; the station's replies are lost.
        def lose_the_first_acknowledgement(message: dict) -> None:
            if message["type"] == "evaluation":
                proxy.drop_replies, session.link.send = True, send
            send(message)
        send, session.link.send = session.link.send, lose_the_first_acknowledgement
        signed = session.sign_off(candidate, checklist, marks, {}, 300, "2468")
        _until(session, lambda: world.center.evaluation.evaluations(candidate.candidate_id), "stored on the station")
        assert session.signed[signed].state == WAITING       # stored, but the tablet does not know it
        proxy.cut()
        proxy.drop_replies = False
        _until(session, lambda: session.signed[signed].state == SAVED, "the acknowledgement after the resend")
        stored = world.center.evaluation.evaluations(candidate.candidate_id)
        assert [e.id for e in stored] == [signed]
        events = [e for e in world.center.delivery.events(attempts[1]) if e.kind == "evaluated"]
        assert [e.data["evaluation"] for e in events] == [signed]
    finally:
        session.stop()
        proxy.stop()


def test_a_restarted_tablet_resends_from_its_sealed_journal(open_room_with_staff, tablet):
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    session = _connect(machine)
    try:
        candidate, checklist = _ready_to_score(session, 0)
        send = session.link.send  # the evaluation itself never leaves: the tablet dies first
        session.link.send = lambda message: None if message["type"] == "evaluation" else send(message)
        signed = session.sign_off(candidate, checklist, ALL_DONE, {"ppe": "gloves on"}, 200, "2468")
        _until(session, lambda: session.signed[signed].state == WAITING, "journaled")
    finally:
        session.stop()
    journal = next((machine.folder / "journals").glob("*.journal")).read_bytes()
    assert b"gloves on" not in journal and b"Candidate" not in journal and b"ppe" not in journal
    assert world.center.evaluation.evaluations(candidate.candidate_id) == []
    again = _connect(machine)
    try:
        _until(again, lambda: signed in again.signed and again.signed[signed].state == SAVED, "resent from the journal")
        assert [e.id for e in world.center.evaluation.evaluations(candidate.candidate_id)] == [signed]
    finally:
        again.stop()


def _driver(home, port: int, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.room_tablet_driver", str(home), f"127.0.0.1:{port}", *args],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_tablet_process_killed_after_sign_off_loses_nothing(open_room_with_staff, tablet):
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    process = _driver(machine.home.root, station.port, "sign", "eve", "2468")
    try:
        line = process.stdout.readline().split()
        assert line[0] == "journaled", line
        signed = line[1]
    finally:
        process.kill()  # SIGKILL: the evaluation is only in the tablet's sealed journal
        process.wait(10)
        process.stdout.close()
    assert all(not world.center.evaluation.evaluations(c.id) for c in world.center.delivery.candidates(station.session_id))
    restarted = _driver(machine.home.root, station.port, "resume")
    out, _ = restarted.communicate(timeout=60)
    assert restarted.returncode == 0 and out.split() == ["resent", "1", "saved", signed], out
    stored = [e for c in world.center.delivery.candidates(station.session_id)
              for e in world.center.evaluation.evaluations(c.id)]
    assert [e.id for e in stored] == [signed]
    events = [e for a in attempts for e in world.center.delivery.events(a) if e.kind == "evaluated"]
    assert [e.data["evaluation"] for e in events] == [signed]
    again = _driver(machine.home.root, station.port, "resume")  # the acknowledgement was journaled too
    out, _ = again.communicate(timeout=60)
    assert out.split() == ["resent", "0"], out


def test_examstation_tablet_pair_pairs_from_the_terminal(open_room_with_staff, tmp_path):
    station, attempts, world = open_room_with_staff
    process = subprocess.Popen([sys.executable, "-m", "app", "--home", str(tmp_path / "cli-tablet"), "tablet",
                                "--pair", f"127.0.0.1:{station.port}", "--name", "Bench 2"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        shown = process.stdout.readline()
        wait_for(lambda: station.pairing_asks(), what="the pairing request")
        ask = station.pairing_asks()[0]
        assert (ask.seat_name, ask.role) == ("Bench 2", "tablet") and show_code(ask.code) in shown
        station.decide_pairing(ask.fingerprint, True)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait(10)
    assert process.returncode == 0 and "Paired with Station A" in out, err
    assert next(r for r in station.status() if r.seat_name == "Bench 2").role == "tablet"


def test_a_tablet_whose_disk_refuses_the_journal_sends_nothing_and_says_so(open_room_with_staff, tablet, session):
    station, attempts, world = open_room_with_staff
    candidate, checklist = _ready_to_score(session, 0)
    session.journal.path.mkdir(parents=True)  # the journal cannot be written (as a full or failing disk)
    refused = session.sign_off(candidate, checklist, ALL_DONE, {}, 60, "2468")
    _until(session, lambda: session.signed[refused].state == REFUSED, "the refusal")
    assert "could not keep the evaluation" in session.signed[refused].reason
    assert world.center.evaluation.evaluations(candidate.candidate_id) == []
    session.journal.path.rmdir()  # space again: the evaluator signs off again
    signed = session.sign_off(candidate, checklist, ALL_DONE, {}, 60, "2468")
    _until(session, lambda: session.signed[signed].state == SAVED, "saved after the disk came back")
    assert [e.id for e in world.center.evaluation.evaluations(candidate.candidate_id)] == [signed]


def test_a_forged_signature_is_not_stored_and_is_recorded(open_room_with_staff, tablet, session):
    station, attempts, world = open_room_with_staff
    candidate, checklist = _ready_to_score(session, 0)
    entry_id = session.sign_off(candidate, checklist, ALL_DONE, {}, 10, "2468")
    _until(session, lambda: session.signed[entry_id].state == SAVED, "the first evaluation saved")
    forged = dict(session.signed[entry_id].evaluation, id="0" * 8 + "-0000-0000-0000-" + "0" * 12,
                  candidate=session.roster[0].candidate_id)
    session.signed[forged["id"]] = type(session.signed[entry_id])(forged, {}, WAITING, "", "ab" * 32)
    _until(session, lambda: session.signed[forged["id"]].state == NOT_STORED, "the refusal")
    assert "not signed off on this station" in session.signed[forged["id"]].reason
    assert world.center.accounts.audit_entries(action_prefix="room.tablet_refused")
    assert len(world.center.evaluation.evaluations(candidate.candidate_id)) == 1


def test_an_unpaired_tablet_and_a_candidate_seat_get_nothing(open_room_with_staff, tablet, tmp_path):
    station, attempts, world = open_room_with_staff
    machine, _ = tablet
    # A machine that copies the tablet's pairing file but not its key is refused at the handshake.
    intruder = TabletService(Home.open(tmp_path / "intruder"))
    intruder.folder.mkdir(parents=True)
    shutil.copy(machine.folder / "station.json", intruder.folder / "station.json")
    session = _connect(intruder)
    try:
        wait_for(lambda: any("certificate" in reason for _, _, reason in station.refusals), what="refusal")
        session.poll()
        assert not session.connected and session.roster == [] and session.checklists == ()
    finally:
        session.stop()
    # A paired candidate seat asking as a tablet would: it is a seat, so it gets a seat's answer only.
    seat, _ = pair_seat(station, tmp_path / "seat", "Seat 1")
    pretender = TabletSession(seat.seat, *seat.seat.station(), lambda: None)
    pretender.start()
    try:
        wait_for(lambda: pretender.link.connected, what="the seat connected")
        pretender.link.send({"type": "sign_in", "request": 1, "username": "eve", "pin": "2468"})
        pretender.link.send({"type": "roster_please", "token": "1.eve.00"})
        deadline = time.monotonic() + 1.5
        seen = []
        while time.monotonic() < deadline:
            while not pretender.link.inbox.empty():
                seen.append(pretender.link.inbox.get()["type"])
            time.sleep(0.05)
        assert "wait" in seen and not {"tablet_ready", "signed_in", "roster"} & set(seen)
        assert not world.center.accounts.audit_entries(action_prefix="room.tablet_signed_in")
    finally:
        pretender.stop()
        seat.close()


# -- the decoders, fuzzed ---------------------------------------------------------------------------
GOOD_EVALUATION = {"id": "12345678-1234-1234-1234-123456789abc", "candidate": "c", "checklist": "k",
                   "evaluator": "eve", "marks": {"a": "done"}, "notes": {}, "task_seconds": 5}


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(GOOD_EVALUATION)) | st.text(max_size=8), JSONISH, max_size=9),
       st.booleans())
def test_any_evaluation_is_read_or_refused_in_one_line(fields: dict, on_top_of_a_good_one: bool) -> None:
    data = {**GOOD_EVALUATION, **fields} if on_top_of_a_good_one else fields
    try:
        read = evaluation_from_wire(json.loads(json.dumps(data)))
    except wire.BadMessage as error:
        assert "\n" not in str(error) and str(error)
    else:
        assert set(read) == set(GOOD_EVALUATION) and all(m in ("done", "not_done", "na") for m in read["marks"].values())


@settings(max_examples=300, deadline=None)
@given(st.lists(JSONISH, max_size=4), st.lists(JSONISH, max_size=3))
def test_any_roster_is_read_or_refused_in_one_line(candidates: list, checklists: list) -> None:
    message = {"type": "roster", "candidates": candidates, "checklists": checklists}
    try:
        entries, read = roster_from_wire(message)
    except wire.BadMessage as error:
        assert "\n" not in str(error) and str(error)
    else:
        assert all(set(e.checklists) <= {c.id for c in read} for e in entries)


def test_a_good_roster_round_trips(open_room_with_staff):
    station, attempts, world = open_room_with_staff
    from app.formats.exam_content import checklists_document
    entries, checklists = roster_from_wire({"candidates": [{"candidate": "c1", "name": "A", "number": "1",
                                                            "seat": "", "checklists": {"mini-check": "second"}}],
                                            "checklists": checklists_document(station.exam)})
    assert checklists == station.exam.checklists and entries[0].scoreable() == ["mini-check"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(token=st.text(max_size=80) | st.from_regex(r"[0-9]{1,20}\.[a-z.]{0,8}\.[0-9a-f]{0,70}", fullmatch=True))
def test_any_sign_in_token_is_accepted_only_when_the_station_made_it(open_room_with_staff, token: str) -> None:
    station, attempts, world = open_room_with_staff
    assert station.tablets._who("f" * 64, token) is None
