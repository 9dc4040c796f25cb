"""Evaluator sign-off (a critical step not done needs a reason), drafts of marks in progress
(each evaluator's own, behind their PIN), a second independent evaluation blind to the first,
reconciliation by both evaluators or a third (recording who decided), composite result."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.checklist import ChecklistDraft, deciders
from app.domain.errors import ExamStationError
from app.domain.scoring import key_response, score_form
from app.services.accounts import AccountService, SignInRefused
from app.services.delivery import DeliveryService
from app.services.evaluation import EvaluationService
from tests.proctoring_helpers import EXAM

ALL_DONE = {"ppe": "done", "loto": "done", "label": "done"}


@pytest.fixture
def evaluators(proctored_session, station_db):
    proctor, session, screens, clocks = proctored_session
    accounts: AccountService = proctor.accounts
    accounts.create("admin", "Admin", "admin", "correct horse 1")
    accounts.create("eve", "Eve Evaluator", "evaluator", "password12", pin="2468", by="admin")
    accounts.create("sam", "Sam Second", "evaluator", "password12", pin="1357", by="admin")
    accounts.create("tia", "Tia Third", "evaluator", "password12", pin="8080", by="admin")
    delivery: DeliveryService = proctor.delivery
    candidate = delivery.attempt(screens[0].attempt_id).candidate_id
    return EvaluationService(lambda: station_db, accounts, delivery), candidate, screens[0]


def test_one_missed_critical_step_fails_the_candidate(evaluators) -> None:
    service, candidate, _ = evaluators
    marks = {**ALL_DONE, "ppe": "not_done"}
    service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", marks, {"ppe": "no gloves"}, 540)
    outcome = service.outcome(EXAM, "mini-check", candidate)
    assert not outcome.passed and outcome.points == 3 and "critical step not done: Wears PPE" in outcome.reasons


def test_sign_off_needs_every_step_and_the_right_pin(evaluators) -> None:
    service, candidate, _ = evaluators
    with pytest.raises(ExamStationError, match="Every step needs a mark"):
        service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", {"ppe": "done"}, {}, 60)
    with pytest.raises(SignInRefused, match="PIN is wrong"):
        service.sign_off(EXAM, "mini-check", candidate, "eve", "0000", ALL_DONE, {}, 60)
    assert service.evaluations(candidate) == []


def test_two_evaluators_disagree_then_reconcile(evaluators) -> None:
    service, candidate, _ = evaluators
    service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", ALL_DONE, {}, 600)
    with pytest.raises(ExamStationError, match="already signed"):
        service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", ALL_DONE, {}, 600)
    second = {**ALL_DONE, "loto": "not_done", "label": "na"}
    service.sign_off(EXAM, "mini-check", candidate, "sam", "1357", second, {"loto": "lock not tested"}, 610)
    assert service.outcome(EXAM, "mini-check", candidate) is None  # disagreement is not a result
    decided = {"loto": "not_done", "label": "done"}
    reasons = {"loto": "video shows no try-out", "label": "label was applied"}
    with pytest.raises(ExamStationError, match="2 difference"):
        service.reconcile(EXAM, "mini-check", candidate, {"eve": "2468", "sam": "1357"}, {"loto": "done"}, {})
    for alone in ({"eve": "2468"}, {"sam": "1357"}):  # one of the two evaluators cannot settle it alone
        with pytest.raises(ExamStationError, match="both evaluators together, or by a third"):
            service.reconcile(EXAM, "mini-check", candidate, alone, decided, reasons)
    with pytest.raises(SignInRefused, match="PIN is wrong"):  # each of the two enters their own PIN
        service.reconcile(EXAM, "mini-check", candidate, {"eve": "2468", "sam": "2468"}, decided, reasons)
    reconciled = service.reconcile(EXAM, "mini-check", candidate, {"sam": "1357", "eve": "2468"}, decided, reasons)
    assert reconciled.kind == "reconciled" and reconciled.marks["loto"] == "not_done"
    assert deciders(reconciled) == ["eve", "sam"] and reconciled.notes == reasons
    outcome = service.outcome(EXAM, "mini-check", candidate)
    assert not outcome.passed and "critical step not done: Applies lockout" in outcome.reasons
    logged = service.accounts.audit_entries(action_prefix="checklist.")
    assert [e.action for e in logged] == ["checklist.signed", "checklist.signed", "checklist.reconciled"]
    assert logged[-1].details["steps"] == ["label", "loto"] and logged[-1].details["decided_by"] == ["eve", "sam"]
    assert logged[-1].details["decisions"]["loto"] == {"mark": "not_done", "reason": "video shows no try-out",
                                                       "by": ["eve", "sam"]}


def test_a_third_evaluator_reconciles_alone_and_is_named(evaluators) -> None:
    service, candidate, _ = evaluators
    service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", ALL_DONE, {}, 600)
    service.sign_off(EXAM, "mini-check", candidate, "sam", "1357", {**ALL_DONE, "label": "na"}, {}, 610)
    with pytest.raises(ExamStationError, match="third"):  # a third with one of the two is neither rule
        service.reconcile(EXAM, "mini-check", candidate, {"tia": "8080", "eve": "2468"}, {"label": "na"},
                          {"label": "no label on the bench"})
    reconciled = service.reconcile(EXAM, "mini-check", candidate, {"tia": "8080"}, {"label": "na"},
                                   {"label": "no label on the bench"})
    assert deciders(reconciled) == ["tia"] and reconciled.evaluator == "tia"
    logged = service.accounts.audit_entries(action_prefix="checklist.reconciled")[-1]
    assert logged.actor == "tia" and logged.details["decisions"]["label"]["by"] == ["tia"]


def test_a_missed_critical_step_needs_a_reason(evaluators) -> None:
    service, candidate, _ = evaluators
    marks = {**ALL_DONE, "loto": "not_done"}
    for notes in ({}, {"loto": "   "}, {"label": "a note elsewhere"}):
        with pytest.raises(ExamStationError, match="critical step marked Not done needs a short reason"):
            service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", marks, notes, 60)
    assert service.evaluations(candidate) == []
    assert service.accounts.audit_entries(action_prefix="account.sign_in_failed") == []  # no PIN counted
    service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", {**ALL_DONE, "label": "not_done"}, {}, 60)
    assert len(service.evaluations(candidate)) == 1  # a step that is not critical needs no reason


def test_the_first_evaluation_is_hidden_until_the_second_is_signed(evaluators, proctored_session) -> None:
    service, candidate, _ = evaluators
    session = proctored_session[1]
    service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", {**ALL_DONE, "ppe": "not_done"},
                     {"ppe": "no gloves"}, 600)
    status = service.status(EXAM, session, candidate, "mini-check")
    assert status.blind and status.outcome is None and not status.credential.complete
    assert status.credential.components == {} and "waiting for a second evaluation" in str(status.credential.reasons[0])
    with pytest.raises(ExamStationError, match="Only the evaluator who signed"):
        service.revealed(EXAM, session, candidate, "mini-check", "sam", "1357")
    with pytest.raises(SignInRefused):
        service.revealed(EXAM, session, candidate, "mini-check", "eve", "1357")
    shown = service.revealed(EXAM, session, candidate, "mini-check", "eve", "2468")
    assert not shown.blind and not shown.outcome.passed
    service.sign_off(EXAM, "mini-check", candidate, "sam", "1357", {**ALL_DONE, "ppe": "not_done"},
                     {"ppe": "bare hands"}, 610)
    status = service.status(EXAM, session, candidate, "mini-check")
    assert not status.blind and not status.outcome.passed  # both signed and agree: the result shows


def test_drafts_are_each_evaluators_own_and_go_at_sign_off(evaluators) -> None:
    service, candidate, _ = evaluators
    draft = ChecklistDraft(candidate, "mini-check", "eve", {"ppe": "done"}, {"ppe": "gloves"}, 1_700_000_000.5)
    service.save_draft(draft)
    service.save_draft(replace(draft, marks={"ppe": "done", "loto": "not_done"}))  # replaced, not added
    assert service.has_draft(candidate, "mini-check", "eve") and not service.has_draft(candidate, "mini-check", "sam")
    with pytest.raises(SignInRefused):  # another evaluator's PIN does not open eve's marks
        service.resume_draft(candidate, "mini-check", "eve", "1357")
    assert service.resume_draft(candidate, "mini-check", "sam", "1357") is None
    resumed = service.resume_draft(candidate, "mini-check", "eve", "2468")
    assert resumed == replace(draft, marks={"ppe": "done", "loto": "not_done"})
    service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", ALL_DONE, {}, 60)
    assert not service.has_draft(candidate, "mini-check", "eve")


def test_composite_needs_written_and_checklist(evaluators) -> None:
    service, candidate, screen = evaluators
    auto_only = replace(EXAM, items=tuple(i for i in EXAM.items if not i.manually_scored),
                        forms=(replace(EXAM.forms[0], sections=tuple(
                            replace(s, item_ids=tuple(x for x in s.item_ids if x != "q-manual"))
                            for s in EXAM.forms[0].sections)),))
    responses = {i.id: key_response(i) for i in auto_only.items}
    written = score_form(auto_only, auto_only.forms[0], responses)
    pending = service.composite(auto_only, candidate, written)
    assert not pending.passed and not pending.complete and "not evaluated" in pending.reasons[0]
    service.sign_off(auto_only, "mini-check", candidate, "eve", "2468", ALL_DONE, {}, 500)
    done = service.composite(auto_only, candidate, written)
    assert done.passed and done.complete and done.components == {"written": True, "checklist:mini-check": True}
    failed = service.composite(auto_only, candidate, score_form(auto_only, auto_only.forms[0], {}))
    assert not failed.passed and failed.complete and failed.components["written"] is False


def test_the_status_says_what_is_due_and_the_written_result_is_the_sessions(evaluators, proctored_session) -> None:
    service, candidate, screen = evaluators
    session = proctored_session[1]
    status = service.status(EXAM, session, candidate, "mini-check")
    assert status.signed == () and status.outcome is None and not status.reconciliation_due
    assert not status.credential.complete and service.written_result(EXAM, session, candidate) is None
    service.sign_off(EXAM, "mini-check", candidate, "eve", "2468", ALL_DONE, {}, 600)
    service.sign_off(EXAM, "mini-check", candidate, "sam", "1357", {**ALL_DONE, "loto": "not_done"},
                     {"loto": "no lock"}, 610)
    status = service.status(EXAM, session, candidate, "mini-check")
    assert [e.evaluator for e in status.signed] == ["eve", "sam"]
    assert status.open_steps == ("loto",) and status.reconciliation_due and status.outcome is None
    service.reconcile(EXAM, "mini-check", candidate, {"tia": "8080"}, {"loto": "done"}, {"loto": "video"})
    screen.submit()
    status = service.status(EXAM, session, candidate, "mini-check")
    assert status.reconciled.evaluator == "tia" and not status.reconciliation_due and status.outcome.passed
    assert service.written_result(EXAM, session, candidate) is not None
    assert status.credential.components == {"checklist:mini-check": True}  # the written part awaits a rater
