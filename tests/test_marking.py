"""Marking at the body through the real services and database: the queue, blind double marking,
adjudication, roles, and the final score reaching results (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from app.domain.errors import ExamStationError, SourceInvalid
from app.domain.marking import ADJUDICATION, FIRST, SECOND, double_marked
from app.domain.exam import Marking
from app.formats.exam_source import load_exam_source
from app.services.accounts import SignInRefused
from app.services.context import create_services
from app.store.marking import MarkConflict, MarkingRepository, StoredMark
from app.store.results import ResultsRepository
from tests.conftest import World, passphrase
from tests.marking_helpers import Sitting, import_sittings, marking_source
from tests.postgres import fresh_postgres_database

PASSWORD = "marking-password-1"
ANSWERS = ["Reverse current can damage the inverter.", "Sparks", "Wrong polarity heats the cables.",
           "It matters for safety and warranty."]


def _accounts(services, *people: tuple[str, str]) -> None:
    for username, role in people:
        services.marking.add_marker(username, username.title(), role, PASSWORD)


def _attempt(services, attempt_id: str):
    return ResultsRepository(services.station.db).attempt(attempt_id)


def test_the_queue_leaves_out_voided_attempts_and_blank_answers(world: World) -> None:
    sittings = [Sitting(ANSWERS[0]), Sitting(None), Sitting("   "), Sitting(""), Sitting(ANSWERS[1], voided=True),
                Sitting(ANSWERS[2])]
    import_sittings(world, sittings, None)
    body = world.body
    _accounts(body, ("ann", "marker"))
    queue = body.marking.queue("ann")
    assert sorted(r.answer for r in queue) == sorted([ANSWERS[0], ANSWERS[2]])
    assert {r.kind for r in queue} == {FIRST}
    assert sorted(p["response"] for p in body.results.pending_manual()) == sorted([ANSWERS[0], ANSWERS[2]])
    overview = body.marking.overview()
    assert [(c.item_id, c.center, c.first, c.second, c.adjudication) for c in overview] == \
        [("q-manual", "Center One", 2, 0, 0)]

    voided = next(a for a in ResultsRepository(body.station.db).attempts() if a.state == "voided")
    with pytest.raises(ExamStationError, match="voided"):
        body.results.score_manual(voided.attempt_id, "q-manual", 1, "rita")
    with pytest.raises(ExamStationError, match="voided"):
        body.marking.mark("ann", voided.attempt_id, "q-manual", 1)

    # blank answers got 0 at import, without a marker, so their attempts do not wait forever; voided ones
    # stay unscored
    attempts = ResultsRepository(body.station.db).attempts()
    blank = [a for a in attempts if a.state != "voided" and a.attempt_id not in {r.attempt_id for r in queue}]
    assert len(blank) == 3
    for attempt in blank:
        assert json.loads(attempt.details)["pending_manual"] == []
        assert ResultsRepository(body.station.db).manual_scores(attempt.attempt_id) == {"q-manual": 0.0}
    assert ResultsRepository(body.station.db).manual_scores(voided.attempt_id) == {}


def test_the_marker_sees_question_rubric_and_answer_but_not_the_candidate(world: World) -> None:
    import_sittings(world, [Sitting(ANSWERS[0])], None)
    _accounts(world.body, ("ann", "marker"))
    [response] = world.body.marking.queue("ann")
    assert "explain why polarity matters" in response.question and response.rubric.startswith("Mentions")
    assert [p.points for p in response.scale] == [0, 1, 2, 3] and response.scale[2].text.startswith("Names the risk")
    shown = repr(response)
    for secret in ("Secret Name", "M001", "Center One", world.center.keys.identity("center").fingerprint):
        assert secret not in shown


def test_single_marking_scores_at_once_and_reaches_results(world: World) -> None:
    import_sittings(world, [Sitting(ANSWERS[0]), Sitting(ANSWERS[1])], None)
    body = world.body
    _accounts(body, ("ann", "marker"))
    first = body.marking.queue("ann")[0]
    before = _attempt(body, first.attempt_id)
    with pytest.raises(ExamStationError, match="not one of this rubric's score points"):
        body.marking.mark("ann", first.attempt_id, "q-manual", 1.5)
    saved = body.marking.mark("ann", first.attempt_id, "q-manual", 2)
    assert saved.kind == FIRST and saved.final == 2
    after = _attempt(body, first.attempt_id)
    assert after.raw == pytest.approx(before.raw + 2)
    assert json.loads(after.details)["pending_manual"] == []
    reported = next(r for r in body.reports.results() if r["candidate_number"] == after.candidate_number)
    assert reported["raw"] == pytest.approx(after.raw)   # the report reads the same final score
    [other] = body.marking.queue("ann")
    body.results.score_manual(other.attempt_id, "q-manual", 1, "rita")   # the command line, meanwhile
    with pytest.raises(ExamStationError, match="already has its final score"):
        body.marking.mark("ann", other.attempt_id, "q-manual", 3)
    assert body.marking.queue("ann") == []
    assert ResultsRepository(body.station.db).manual_scores(other.attempt_id) == {"q-manual": 1}
    [mark] = MarkingRepository(body.station.db).marks(first.attempt_id, "q-manual")
    assert (mark.marker, mark.kind, mark.points, mark.rubric_point) == ("ann", FIRST, 2, "Names the risk and its cause")
    assert mark.marked_at is not None
    assert [e.action for e in body.accounts.audit_entries(actor="ann")][-1] == "marking.marked"


def test_blind_double_marking_with_an_adjudicated_difference(world: World) -> None:
    import_sittings(world, [Sitting(a) for a in ANSWERS[:3]], {"double_marking": "all", "tolerance": 0})
    body = world.body
    _accounts(body, ("ann", "marker"), ("bo", "marker"), ("cy", "adjudicator"))
    marking = body.marking
    responses = marking.queue("ann")
    assert len(responses) == 3 and all(r.kind == FIRST for r in responses)
    agreed, differ, close = responses
    for response, points in ((agreed, 2), (differ, 3), (close, 1)):
        saved = marking.mark("ann", response.attempt_id, "q-manual", points)
        assert saved.final is None and saved.next == SECOND
    assert marking.queue("ann") == []  # never the same response twice
    with pytest.raises(SignInRefused, match="marked this response already"):
        marking.mark("ann", agreed.attempt_id, "q-manual", 2)

    second_view = marking.queue("bo")
    assert {r.kind for r in second_view} == {SECOND}
    assert all(r.earlier == () for r in second_view)  # blind: nothing of the first mark
    assert all("ann" not in repr(r) for r in second_view)

    assert marking.mark("bo", agreed.attempt_id, "q-manual", 2).final == 2
    assert _attempt(body, agreed.attempt_id).details and \
        ResultsRepository(body.station.db).manual_scores(agreed.attempt_id) == {"q-manual": 2}
    assert marking.mark("bo", differ.attempt_id, "q-manual", 1).next == ADJUDICATION
    assert marking.mark("bo", close.attempt_id, "q-manual", 2).next == ADJUDICATION  # 1 point apart > 0
    assert ResultsRepository(body.station.db).manual_scores(differ.attempt_id) == {}

    with pytest.raises(SignInRefused, match="Only an adjudicator"):
        marking.queue("bo", adjudicating=True)
    with pytest.raises(SignInRefused):
        marking.mark("bo", differ.attempt_id, "q-manual", 2)
    waiting = marking.queue("cy", adjudicating=True)
    assert {r.attempt_id for r in waiting} == {differ.attempt_id, close.attempt_id}
    shown = next(r for r in waiting if r.attempt_id == differ.attempt_id)
    assert shown.kind == ADJUDICATION and [p for p, _ in shown.earlier] == [3, 1]
    saved = marking.mark("cy", differ.attempt_id, "q-manual", 2)
    assert saved.kind == ADJUDICATION and saved.final == 2
    scores = ResultsRepository(body.station.db)
    assert scores.manual_scores(differ.attempt_id) == {"q-manual": 2}
    assert json.loads(_attempt(body, differ.attempt_id).details)["pending_manual"] == []
    assert [c.adjudication for c in marking.overview()] == [1]

    report = marking.agreement()
    [row] = report.items
    item, found = row.item_id, row.agreement
    assert row.exam_title == "Mini Exam for Tests" and "polarity" in row.question
    assert (item, found.n, found.exact, found.adjacent) == ("q-manual", 3, pytest.approx(1 / 3), pytest.approx(2 / 3))
    assert found.weighted and found.mean_difference == pytest.approx((0 + 2 - 1) / 3)
    by_marker = {m.marker: m.agreement for _name, m in report.markers}
    assert sorted(name for name, _m in report.markers) == ["Ann", "Bo"]
    assert by_marker["ann"].mean_difference == pytest.approx(1 / 3) and by_marker["bo"].mean_difference == \
        pytest.approx(-1 / 3)


def test_an_adjudicator_never_adjudicates_a_response_they_marked(world: World) -> None:
    import_sittings(world, [Sitting(ANSWERS[0])], {"double_marking": "all"})
    body = world.body
    _accounts(body, ("cy", "adjudicator"), ("bo", "marker"))
    [response] = body.marking.queue("cy")
    body.marking.mark("cy", response.attempt_id, "q-manual", 0)
    body.marking.mark("bo", response.attempt_id, "q-manual", 3)
    assert body.marking.queue("cy", adjudicating=True) == []
    with pytest.raises(SignInRefused, match="marked this response already"):
        body.marking.mark("cy", response.attempt_id, "q-manual", 1)


def test_only_marking_roles_mark_and_a_race_for_the_same_mark_loses_cleanly(world: World) -> None:
    import_sittings(world, [Sitting(ANSWERS[0])], None)
    body = world.body
    with pytest.raises(ExamStationError, match="not a marking role"):
        body.marking.add_marker("pat", "Pat", "proctor", PASSWORD)
    body.accounts.create("pat", "Pat", "proctor", PASSWORD)
    _accounts(body, ("ann", "marker"), ("bo", "marker"))
    with pytest.raises(SignInRefused, match="not a marker"):
        body.marking.sign_in("pat", PASSWORD)
    with pytest.raises(SignInRefused):
        body.marking.sign_in("ann", "wrong password")
    assert body.marking.sign_in("ann", PASSWORD).role == "marker"
    with pytest.raises(SignInRefused, match="Only a marker"):
        body.marking.queue("pat")
    [response] = body.marking.queue("ann")
    with pytest.raises(SignInRefused, match="Only a marker"):
        body.marking.mark("pat", response.attempt_id, "q-manual", 1)

    repo = MarkingRepository(body.station.db)
    now = datetime.now(timezone.utc)
    repo.add_mark(StoredMark(response.attempt_id, "q-manual", FIRST, "ann", 1, "one", now))
    with pytest.raises(MarkConflict):   # bo's screen still offered it as a first mark
        repo.add_mark(StoredMark(response.attempt_id, "q-manual", FIRST, "bo", 2, "two", now))
    with pytest.raises(MarkConflict):   # ann again, as any kind of mark
        repo.add_mark(StoredMark(response.attempt_id, "q-manual", SECOND, "ann", 2, "two", now))
    assert [m.marker for m in repo.marks(response.attempt_id, "q-manual")] == ["ann"]


def test_a_sample_is_double_marked_and_the_rest_once(world: World) -> None:
    marking = {"double_marking": "sample", "sample_percent": 50}
    import_sittings(world, [Sitting(f"{ANSWERS[k % 4]} ({k})") for k in range(10)], marking)
    body = world.body
    _accounts(body, ("ann", "marker"), ("bo", "marker"))
    responses = body.marking.queue("ann")
    for response in responses:
        body.marking.mark("ann", response.attempt_id, "q-manual", 1)
    setting = Marking("sample", 50.0)
    expected = {r.attempt_id for r in responses if double_marked(setting, r.attempt_id, "q-manual")}
    assert {r.attempt_id for r in body.marking.queue("bo")} == expected
    assert 0 < len(expected) < 10
    scored = {r.attempt_id for r in responses if ResultsRepository(body.station.db).manual_scores(r.attempt_id)}
    assert scored == {r.attempt_id for r in responses} - expected


def test_the_queue_query_runs_on_postgresql(world: World, postgres_url: str) -> None:
    url = fresh_postgres_database(postgres_url, "marking_queue")
    central = create_services(world.body.home.root, passphrase, database_url=url)
    try:
        import_sittings(world, [Sitting(ANSWERS[0]), Sitting(""), Sitting(ANSWERS[1], voided=True),
                                Sitting(ANSWERS[2])], {"double_marking": "all", "tolerance": 1}, body=central)
        _accounts(central, ("ann", "marker"), ("bo", "adjudicator"))
        queue = central.marking.queue("ann")
        assert sorted(r.answer for r in queue) == sorted([ANSWERS[0], ANSWERS[2]])
        blank = [a for a in ResultsRepository(central.station.db).attempts() if a.state != "voided"
                 and a.attempt_id not in {r.attempt_id for r in queue}]
        assert [ResultsRepository(central.station.db).manual_scores(a.attempt_id) for a in blank] == \
            [{"q-manual": 0.0}]   # given at import, on PostgreSQL too
        for response in queue:
            central.marking.mark("ann", response.attempt_id, "q-manual", 2)
        for response in central.marking.queue("bo"):
            assert central.marking.mark("bo", response.attempt_id, "q-manual", 3).final == 2.5  # within 1
        assert central.marking.overview() == []
        assert central.marking.agreement().items[0].agreement.n == 2
        assert world.body.marking.overview() == []  # the home's own database holds none of it
    finally:
        central.close()


def test_the_marking_setting_and_rubric_points_are_checked_when_read(tmp_path) -> None:
    source = marking_source(tmp_path, {"double_marking": "sample", "sample_percent": 20, "tolerance": 1})
    exam = load_exam_source(source)
    assert exam.marking == Marking("sample", 20.0, 1.0)
    assert [p.points for p in exam.item("q-manual").rubric_points] == [0, 1, 2, 3]
    bad = marking_source(tmp_path / "bad", {"double_marking": "sample", "tolerance": -1})
    text = (bad / "items" / "all-types.yaml").read_text().replace("points: 3\n", "points: 2\n", 1)
    (bad / "items" / "all-types.yaml").write_text(text)
    with pytest.raises(SourceInvalid) as problems:
        load_exam_source(bad)
    found = "\n".join(problems.value.problems)
    assert "sample_percent" in found and "tolerance" in found and "above the item's 2 points" in found


def test_the_command_line_adds_markers_shows_the_queue_and_agreement(world: World, capsys, monkeypatch) -> None:
    from tests.cli_helpers import assert_one_line_refusal, run_inline
    import_sittings(world, [Sitting(ANSWERS[0]), Sitting("  "), Sitting(ANSWERS[1])], {"double_marking": "all"})
    home = world.body.home.root
    monkeypatch.delenv("EXAMSTATION_MARKER_PASSWORD", raising=False)
    status, _out, err = run_inline(capsys, "--home", home, "marking", "add-marker", "ann", "--name", "Ann")
    assert_one_line_refusal(status, err, "EXAMSTATION_MARKER_PASSWORD")
    monkeypatch.setenv("EXAMSTATION_MARKER_PASSWORD", PASSWORD)
    for user, role in (("ann", "marker"), ("bo", "adjudicator")):
        status, out, err = run_inline(capsys, "--home", home, "marking", "add-marker", user, "--name", user.title(),
                                      "--role", role)
        assert status == 0 and f"as {role}" in out, err
    status, out, err = run_inline(capsys, "--home", home, "results", "pending")
    assert status == 0 and "blank" not in err and out.count("q-manual") == 2
    status, out, err = run_inline(capsys, "--home", home, "marking", "queue")
    assert status == 0 and "q-manual\tCenter One\t2\t0\t0" in out, out + err
    other = create_services(home, passphrase)   # another process's view: the same database
    marking = other.marking
    try:
        for response in marking.queue("ann"):
            marking.mark("ann", response.attempt_id, "q-manual", 1)
        for response in marking.queue("bo"):
            marking.mark("bo", response.attempt_id, "q-manual", 1)
    finally:
        other.close()
    status, out, err = run_inline(capsys, "--home", home, "marking", "agreement")
    assert status == 0 and "mini-exam\tq-manual\t2\t1.000\t1.000\t\t+0.000" in out, out   # kappa undefined: one level
    assert "ann\tAnn\t2\t1.000" in out and "\tno" in out
    status, out, err = run_inline(capsys, "--home", home, "results", "pending")
    assert status == 0 and out == "" and "0 responses waiting" in err


def test_two_scores_of_one_attempt_saved_at_once_both_count(world: World) -> None:
    """The attempt is re-scored from the manual scores read inside the transaction that writes
    the new one: a score committed after this one was checked still counts."""
    import_sittings(world, [Sitting(ANSWERS[0])], None, second_manual=True)
    body = world.body
    [attempt] = ResultsRepository(body.station.db).attempts()
    before = attempt.raw
    first = body.results.rescorer(attempt.attempt_id, "q-manual", 2)   # checked, not yet written
    body.results.score_manual(attempt.attempt_id, "q-manual-2", 3, "rita")   # meanwhile, another person
    summary: dict = {}
    ResultsRepository(body.station.db).save_manual_score(attempt.attempt_id, "q-manual", 2, "sam",
                                                         datetime.now(timezone.utc),
                                                         lambda scores: first(scores, summary))
    after = _attempt(body, attempt.attempt_id)
    assert after.raw == pytest.approx(before + 5) and summary["pending"] == 0
    assert json.loads(after.details)["pending_manual"] == []
