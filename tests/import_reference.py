"""The body's import as it was before issue 15's second pass (commit addbfc4), kept as the
reference that tests/test_import_same_rows.py compares today's import with: the events folded
twice (for the score, then for the rules), every item scored twice (its row, the form's total),
each event's canonical JSON written anew for its MAC, the payload's digest from the payload
written again as canonical JSON, and each event's data stored as json.dumps(data, sort_keys=True)
(today: the canonical JSON its MAC covers). Only what changed is here; the rest is today's code."""

from __future__ import annotations

import json

from app.crypto.chain import verifier
from app.domain import composite
from app.domain.attempt import Event, replay
from app.domain.exam import Exam
from app.domain.history import chain_head, first_broken_link
from app.domain.history_rules import check_history
from app.domain.order import delivered_form
from app.domain.results import AttemptResult, _checklist_summary
from app.domain.scoring import score_form, score_item
from app.domain.strict_json import loads_strict
from app.formats import result_bundle
from app.services import result_import as today
from app.domain.results import blank_written_answers
from app.services.result_import import FINISHED, _add_blank_scores, _events, _result_values


def attempt_result(exam: Exam, events: list[Event], evaluations: list[dict],
                   manual_scores: dict[str, float] | None = None) -> AttemptResult:
    manual_scores = manual_scores or {}
    state = replay(events)
    form = delivered_form(exam.form(state.form_id), state.seed)
    responses = {i: state.responses[i] for i in form.item_ids if i in state.responses}
    scores = {i: (manual_scores[i] if i in manual_scores else score_item(exam.item(i), responses.get(i)),
                  exam.item(i).points) for i in form.item_ids}
    written = score_form(exam, form, responses, manual_scores)
    checklists = {c.id: _checklist_summary(c, [e for e in evaluations if e["checklist_id"] == c.id])
                  for c in exam.checklists}
    outcomes: dict[str, bool] = {}
    complete = state.state in ("submitted", "timed_out")
    if not written.pending_manual and complete:
        outcomes["written"] = written.passed
    for checklist_id, summary in checklists.items():
        if summary["passed"] is not None:
            outcomes[f"checklist:{checklist_id}"] = summary["passed"]
    rule = composite.parse_rule(exam.scoring.composite)
    complete = complete and all(name in outcomes for name in composite.components(rule))
    return AttemptResult(state.state, state.form_id, responses, scores, written, checklists,
                         complete and composite.evaluate(rule, outcomes), complete, state.elapsed_ms,
                         len(state.incidents))


def _check_chain(part, held, events, candidate_number: str) -> None:
    history = held + [(event, raw[5]) for event, raw in zip(events, part.events, strict=True)]
    problem = first_broken_link(part.id, history, verifier({part.id: part.chain.key}))
    if problem is None and chain_head(history) != part.chain.head:
        problem = "its last event is not the one the station signed as the end of its history"
    assert problem is None, problem  # the reference is only run on bundles that verify


def _score(rows, attempt_id: str, exam: Exam, events: list[Event], evaluations: list[dict], manual: dict):
    result = attempt_result(exam, events, evaluations, manual)
    blank = blank_written_answers(result, FINISHED)
    if blank:
        result = attempt_result(exam, events, evaluations, {**manual, **blank})
        _add_blank_scores(rows, attempt_id, blank)
    return result, check_history(events, exam)


def add_new(rows, exam, payload, bundle, part, _scores=None) -> None:  # scored plainly, no memo
    candidate = payload.candidates[part.candidate_id]
    events = _events(part.events)
    _check_chain(part, [], events, candidate["number"])
    result, findings = _score(rows, part.id, exam, events, part.evaluations, {})
    rows.attempts.append({
        "attempt_id": part.id, "bundle_id": bundle.bundle_id, "session_id": payload.session_id,
        "package_id": payload.package_id, "exam_id": exam.id, "center_fingerprint": bundle.station.fingerprint,
        "candidate_number": candidate["number"], "candidate_name": candidate["name"],
        "candidate": json.dumps(candidate["details"], sort_keys=True), "form_id": result.form_id,
        **_result_values(result, part.head, findings)})
    _add_contents(rows, part, result, events, 0)


def add_extension(rows, exam, repo, part, before, _scores=None) -> None:  # scored plainly, no memo
    held = [(Event(e.seq, e.kind, e.elapsed_ms, e.at, json.loads(e.data)), e.mac) for e in repo.events(part.id)]
    held_events, events = [e for e, _mac in held], _events(part.events)
    _check_chain(part, held, events, before.candidate_number)
    evaluations, manual = repo.evaluations(part.id) + part.evaluations, repo.manual_scores(part.id)
    result, findings = _score(rows, part.id, exam, held_events + events, evaluations, manual)
    rows.updates.append({"attempt_id": part.id, "expected_head": before.head,
                         "values": _result_values(result, part.head, findings)})
    _add_contents(rows, part, result, events, before.evaluations)


def _add_contents(rows, part, result, events: list[Event], evaluations_held: int) -> None:
    rows.responses += [{"attempt_id": part.id, "item_id": item_id,
                        "response": None if item_id not in result.responses else json.dumps(result.responses[item_id]),
                        "score": score, "max_score": maximum}
                       for item_id, (score, maximum) in result.item_scores.items()]
    rows.events += [{"attempt_id": part.id, "seq": e.seq, "kind": e.kind, "elapsed_ms": e.elapsed_ms, "at": e.at,
                     "data": json.dumps(e.data, sort_keys=True), "mac": raw[5]}
                    for e, raw in zip(events, part.events, strict=True)]
    rows.evaluations += [{"evaluation_id": e["id"], "attempt_id": part.id, "position": evaluations_held + i + 1,
                          "data": json.dumps(e, sort_keys=True)} for i, e in enumerate(part.evaluations)]


def open_payload_and_digest(bundle, body):
    """Decrypted as today, then read and digested the old way (the payload written again)."""
    payload, _digest = result_bundle.open_payload_and_digest(bundle, body)
    plain = json.dumps(payload)  # today's reader has checked the bytes; read them again as before
    payload = loads_strict(plain)
    return payload, result_bundle.payload_digest(payload)


def use_reference(monkeypatch, results_service) -> None:
    """Make the body's import take the old path."""
    monkeypatch.setattr(today, "_add_new", add_new)
    monkeypatch.setattr(today, "_add_extension", add_extension)
    monkeypatch.setattr(results_service, "open_payload_and_digest", open_payload_and_digest)
