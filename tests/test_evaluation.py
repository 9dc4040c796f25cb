"""Evaluator sign-off, a second independent evaluation, reconciliation, composite result."""

from __future__ import annotations

from dataclasses import replace

import pytest

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
    with pytest.raises(ExamStationError, match="2 difference"):
        service.reconcile(EXAM, "mini-check", candidate, "eve", "2468", {"loto": "done"}, {})
    reconciled = service.reconcile(EXAM, "mini-check", candidate, "eve", "2468",
                                   {"loto": "not_done", "label": "done"},
                                   {"loto": "video shows no try-out", "label": "label was applied"})
    assert reconciled.kind == "reconciled" and reconciled.marks["loto"] == "not_done"
    outcome = service.outcome(EXAM, "mini-check", candidate)
    assert not outcome.passed and "critical step not done: Applies lockout" in outcome.reasons
    logged = service.accounts.audit_entries(action_prefix="checklist.")
    assert [e.action for e in logged] == ["checklist.signed", "checklist.signed", "checklist.reconciled"]
    assert logged[-1].details["steps"] == ["label", "loto"]


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
    service.sign_off(EXAM, "mini-check", candidate, "sam", "1357", {**ALL_DONE, "loto": "not_done"}, {}, 610)
    status = service.status(EXAM, session, candidate, "mini-check")
    assert [e.evaluator for e in status.signed] == ["eve", "sam"]
    assert status.open_steps == ("loto",) and status.reconciliation_due and status.outcome is None
    service.reconcile(EXAM, "mini-check", candidate, "eve", "2468", {"loto": "done"}, {"loto": "video"})
    screen.submit()
    status = service.status(EXAM, session, candidate, "mini-check")
    assert status.reconciled.evaluator == "eve" and not status.reconciliation_due and status.outcome.passed
    assert service.written_result(EXAM, session, candidate) is not None
    assert status.credential.components == {"checklist:mini-check": True}  # the written part awaits a rater
