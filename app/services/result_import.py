"""The body's side of result bundles: a bundle must come from a center the package was
built for, be sat inside the package's window, and extend (never rewrite) what that center
sent before; then what is new is scored and written in one transaction.

What the body has seen of each attempt is its head (see app.formats.result_payload) with
the counts of events and evaluations, kept per attempt with the center that sent it.

Each attempt's whole history (what the body held before and what is new) must verify as
the station's authenticated chain (app.domain.history) under the key the bundle hands over,
and end at the chain head the station signed: anything else refuses the bundle. The history
is then replayed against the attempt rules (app.domain.history_rules): one that breaks them
is stored held for review, never a pass, until a person decides.

A written answer left blank in a finished attempt is scored 0 here, once, with the rater
NO_ANSWER: nobody needs to read it, and reading the marking queue never writes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from app.crypto.chain import session_audit_verifier
from app.domain.attempt import Event
from app.domain.audit import GENESIS, first_broken_session_link
from app.domain.errors import ExamStationError, message_words, template
from app.domain.format_versions import NewerFormat
from app.domain.exam import Exam
from app.domain.history_rules import Finding, check_history_and_fold
from app.domain.results import AttemptResult, attempt_result, blank_written_answers
from app.domain.scoring import ScoreMemo
from app.formats.result_bundle import BundleRefused, VerifiedBundle, payload_digest
from app.formats.result_payload import (
    OLD_FORMATS, UNAUTHENTICATED_FORMAT, UNCHAINED_AUDIT_FORMAT, AttemptPart, PayloadMalformed, Position, ResultPayload,
    parse_payload,
)
from app.formats.json_text import parsed_data_encoder
from app.services.import_chain import history_problem
from app.store.results import BuiltPackage, ImportRows, KnownAttempt, ResultsRepository

WINDOW_START_KINDS = ("created", "started")  # an attempt begun after the window closed was sat outside it
KEPT_FINDINGS = 50  # per attempt; a crafted history could break a rule at every event
NO_ANSWER = "no answer (scored 0)"  # the rater recorded for a blank answer nobody needs to read
FINISHED = ("submitted", "timed_out")  # an attempt still open may yet get its answer; a voided one is not scored


class SupplementTooEarly(BundleRefused):
    """A supplement whose earlier bundle is not imported yet (import that one first)."""


@dataclass(frozen=True)
class HeldAttempt:
    """An imported attempt whose history breaks the attempt rules: stored, never a pass, until
    a person decides."""

    attempt_id: str
    candidate_number: str
    reasons: tuple[str, ...]

    def line(self) -> str:
        """Words: the English line as a str, in the staff's language on the import log."""
        if len(self.reasons) > 1:
            return template("attempt {attempt} (candidate {number}) held for review: {reason} (and {more} more)",
                            attempt=self.attempt_id, number=self.candidate_number, reason=self.reasons[0],
                            more=len(self.reasons) - 1)
        return template("attempt {attempt} (candidate {number}) held for review: {reason}",
                        attempt=self.attempt_id, number=self.candidate_number, reason=self.reasons[0])


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    center: str
    attempts: int              # new attempts
    responses: int             # their responses
    already_imported: bool     # the very same bundle: nothing done
    extended: int = 0          # attempts held before that this bundle added to
    unchanged: int = 0         # attempts held before, identical in this bundle: nothing done
    extends: str | None = None
    held: tuple[HeldAttempt, ...] = ()  # new or extended attempts whose history breaks the rules
    blank_scored: int = 0      # written answers left blank, given 0 points (nothing for a marker to read)


@dataclass(frozen=True)
class ImportPlan:
    rows: ImportRows
    report: ImportReport


def plan_import(raw: dict, bundle: VerifiedBundle, repo: ResultsRepository,
                exam_of: Callable[[str], tuple[Exam, BuiltPackage] | None], now: datetime,
                digest: str | None = None) -> ImportPlan:
    """Every check, and the rows to write; BundleRefused with the first reason not to.
    `digest`: the payload's digest if open_payload_and_digest computed it already."""
    payload, digest = _parse(raw, bundle, digest)
    found = exam_of(payload.package_id)
    if found is None:
        raise BundleRefused("The bundle's exam package was not built by this body's database.",
                            "Import into the database of the body that built the package (--db).")
    exam, built = found
    center = bundle.station
    if built.recipients is not None and center.fingerprint not in built.recipients:
        raise BundleRefused("Center '{center}' ({center_fingerprint}) was not among the recipients of "
                            "package {package_id}; its results for it are not accepted.",
                            "Nothing was imported. Ask the center which package it used.",
                            center=center.name, center_fingerprint=center.fingerprint, package_id=payload.package_id)
    if payload.extends is not None:
        _check_extends(payload, center.fingerprint, repo)
    _check_audit(payload, repo)
    rows = ImportRows({"bundle_id": bundle.bundle_id, "center_fingerprint": center.fingerprint,
                       "center_name": center.name, "session_id": payload.session_id,
                       "package_id": payload.package_id, "imported_at": now,
                       "audit_head": payload.audit.head,
                       "payload_digest": digest,
                       "extends": payload.extends.bundle_id if payload.extends else None})
    held = repo.known_attempts([a.id for a in payload.attempts])
    extended = unchanged = 0
    scores = ScoreMemo()  # one exam: each (item, response) scored once across the bundle's attempts
    try:
        for part in payload.attempts:
            before = held.get(part.id)
            if before is not None:
                _check_sender(before, part, center.fingerprint)
                if part.reached == Position(before.events, before.evaluations, before.head):
                    unchanged += 1  # exactly what the body holds: nothing to do
                    continue
            _check_window(part, built, payload)
            if before is None:
                _add_new(rows, exam, payload, bundle, part, scores)
            else:
                _add_extension(rows, exam, repo, part, before, scores)
                extended += 1
    except BundleRefused:
        raise
    except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError,
            ExamStationError) as error:  # contents a scorer cannot read: refused, never half-imported
        raise _malformed(message_words(error) if isinstance(error, ExamStationError)  # never a library's text
                         else template("values are missing or of the wrong kind")) from None
    new_ids = {a["attempt_id"] for a in rows.attempts}
    return ImportPlan(rows, ImportReport(bundle.bundle_id, center.name, len(new_ids),
                                         sum(r["attempt_id"] in new_ids for r in rows.responses), False,
                                         extended, unchanged, payload.extends.bundle_id if payload.extends else None,
                                         _held(rows, payload, held), len(rows.manual_scores)))


def _held(rows: ImportRows, payload: ResultPayload, before: dict[str, KnownAttempt]) -> tuple[HeldAttempt, ...]:
    numbers = {a: k.candidate_number for a, k in before.items()}
    numbers.update((a.id, payload.candidates[a.candidate_id]["number"]) for a in payload.attempts
                   if a.candidate_id in payload.candidates)
    changed = [(a["attempt_id"], a["findings"]) for a in rows.attempts]
    changed += [(u["attempt_id"], u["values"]["findings"]) for u in rows.updates]
    return tuple(HeldAttempt(attempt_id, numbers[attempt_id], tuple(Finding.from_data(f).line() for f in json.loads(found)))
                 for attempt_id, found in changed if found != "[]")


def _parse(raw: dict, bundle: VerifiedBundle, digest: str | None) -> tuple[ResultPayload, str]:
    """The payload read, and its digest (what a later supplement names)."""
    if isinstance(raw, dict) and raw.get("format") in OLD_FORMATS:
        raise BundleRefused("The bundle was exported by an older ExamStation (results/1), which the body no "
                            "longer accepts.", "Update ExamStation at the center and export the session again.")
    try:
        payload = parse_payload(raw)
        digest = digest or payload_digest(raw)
    except NewerFormat as newer:
        raise BundleRefused.like(newer) from None
    except (PayloadMalformed, ValueError) as problem:  # ValueError: not UTF-8, or a number JSON cannot hold
        words = problem if isinstance(problem, PayloadMalformed) else template("its text is not UTF-8 JSON")
        raise _malformed(words if len(str(words)) <= 80 else str(words)[:80]) from None  # never the decoder's English
    if payload.format == UNCHAINED_AUDIT_FORMAT:
        raise BundleRefused("The bundle was exported by an ExamStation that did not authenticate the session's "
                            "audit entries (results/3), which the body no longer accepts.",
                            "Update ExamStation at the center and export the session again.")
    if payload.format == UNAUTHENTICATED_FORMAT:
        raise BundleRefused("The bundle was exported by an ExamStation that did not authenticate attempt histories "
                            "(results/2), which the body no longer accepts.",
                            "Update ExamStation at the center and export the session again.")
    if payload.station_fingerprint != bundle.station.fingerprint:
        raise _malformed(template("signed by another station than the one it names"))
    if bundle.bag_info.get("ExamStation-Extends") != (payload.extends.bundle_id if payload.extends else None):
        raise _malformed(template("bag-info and payload disagree on the bundle it extends"))
    return payload, digest


def _check_audit(payload: ResultPayload, repo: ResultsRepository) -> None:
    """The session's audit entries must verify as its authenticated chain, continuing exactly where
    the bundle it extends left it (a first bundle: from the start)."""
    audit = payload.audit
    before = (0, GENESIS)
    if payload.extends is not None:
        earlier = repo.bundle(payload.extends.bundle_id)
        before = (audit.after[0], earlier.audit_head) if earlier is not None else audit.after
    if audit.key is None:  # before results/4: such payloads are read, never imported
        raise _malformed(template("the session's audit entries carry no key"))
    if audit.after != before:
        raise BundleRefused("The session's audit entries in this bundle do not continue those its center "
                            "sent before.", "Nothing was imported; check with the center which export is right.")
    problem = first_broken_session_link(payload.session_id, audit.entries, session_audit_verifier(audit.key),
                                        audit.after[1], audit.after[0] + 1)
    if problem:
        raise BundleRefused("The session's audit log in this bundle was altered: {problem}.",
                            "Nothing was imported. Ask the center for the bundle its station exported; "
                            "if it says the same, the station's database was edited.", problem=problem)


def _malformed(detail: object) -> BundleRefused:
    return BundleRefused("The bundle's results are malformed ({detail}).", "Ask the center to export it again.",
                         detail=detail)


def _check_extends(payload: ResultPayload, center: str, repo: ResultsRepository) -> None:
    extends = payload.extends
    if extends is None:  # a first bundle extends nothing
        return
    earlier = repo.bundle(extends.bundle_id)
    if earlier is None:
        raise SupplementTooEarly("This bundle is a supplement to bundle {bundle_id}, which is not "
                                 "imported here yet.", "Import that bundle first (the center exported it "
                                 "before this one), then this one.", bundle_id=extends.bundle_id)
    if (earlier.center_fingerprint, earlier.session_id, earlier.package_id) != (
            center, payload.session_id, payload.package_id) or earlier.payload_digest != extends.payload_digest:
        raise BundleRefused("This supplement names bundle {bundle_id}, but not the one imported here "
                            "(another center, session or content).",
                            "Nothing was imported; check with the center which exports are right.",
                            bundle_id=extends.bundle_id)


def _check_sender(before: KnownAttempt, part: AttemptPart, center: str) -> None:
    if before.center_fingerprint != center:
        raise BundleRefused("Attempt {part_id} was imported from another center.",
                            "Nothing was imported; check with both centers where the attempt was sat.",
                            part_id=part.id)


def _check_window(part: AttemptPart, built: BuiltPackage, payload: ResultPayload) -> None:
    """Refused, not flagged: a sitting outside the window used the exam when the body had not
    released it, so its result cannot count (docs/security.md says more)."""
    start, end = _moment(built.not_before), _moment(built.not_after)
    last_at, moment = None, None
    for event in part.events:  # [seq, kind, elapsed_ms, at, data, mac]; indexed, not unpacked: thousands
        seq, kind, at = event[0], event[1], event[3]
        if at != last_at:  # events come in runs with one time (an answer and the next visit): read it once
            moment, last_at = _moment(at), at
        if moment is None:  # every event the engine records has its time; none to place here
            continue
        if start and moment < start:
            problem = f"event {seq} ({kind}) at {at} is before the package's window opened ({built.not_before})"
        elif end and kind in WINDOW_START_KINDS and moment > end:
            problem = f"it was {kind} at {at}, after the package's window closed ({built.not_after})"
        else:
            continue
        who = payload.candidates.get(part.candidate_id, {}).get("number", part.id)
        raise BundleRefused("The attempt of candidate {who} was sat outside the package's validity window: "
                            "{problem}.", "Nothing was imported. Check the station's clock with the center.",
                            who=who, problem=problem)


def _moment(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _add_new(rows: ImportRows, exam: Exam, payload: ResultPayload, bundle: VerifiedBundle,
             part: AttemptPart, scores: ScoreMemo) -> None:
    if part.after != Position.start(part.id):
        raise BundleRefused("The bundle adds to attempt {part_id}, which this body does not hold.",
                            "Import the center's earlier bundles of this session first.", part_id=part.id)
    candidate = payload.candidates[part.candidate_id]
    events = _events(part.events)
    _check_chain(part, [], events, candidate["number"])
    result, findings = _judge(rows, part.id, exam, events, part.evaluations, {}, scores)
    rows.attempts.append({
        "attempt_id": part.id, "bundle_id": bundle.bundle_id, "session_id": payload.session_id,
        "package_id": payload.package_id, "exam_id": exam.id,
        "center_fingerprint": rows.bundle["center_fingerprint"],  # the station's, hashed once per bundle
        "candidate_number": candidate["number"], "candidate_name": candidate["name"],
        "candidate": json.dumps(candidate["details"], sort_keys=True), "form_id": result.form_id,
        **_result_values(result, part.head, findings)})
    _add_contents(rows, part, result, events, 0)


def _add_extension(rows: ImportRows, exam: Exam, repo: ResultsRepository, part: AttemptPart,
                   before: KnownAttempt, scores: ScoreMemo) -> None:
    if part.after != Position(before.events, before.evaluations, before.head):
        raise BundleRefused("Attempt {part_id} in this bundle does not extend what its center sent before "
                            "(it was already imported with different content).",
                            "Nothing was imported; check with the center which export is right.", part_id=part.id)
    held = [(Event(e.seq, e.kind, e.elapsed_ms, e.at, json.loads(e.data)), e.mac) for e in repo.events(part.id)]
    held_events, events = [e for e, _mac in held], _events(part.events)
    _check_chain(part, held, events, before.candidate_number)
    evaluations, manual = repo.evaluations(part.id) + part.evaluations, repo.manual_scores(part.id)
    # the whole history, not only what is new
    result, findings = _judge(rows, part.id, exam, held_events + events, evaluations, manual, scores)
    rows.updates.append({"attempt_id": part.id, "expected_head": before.head,
                         "values": _result_values(result, part.head, findings)})
    _add_contents(rows, part, result, events, before.evaluations)


def _judge(rows: ImportRows, attempt_id: str, exam: Exam, events: list[Event], evaluations: list[dict],
           manual: dict[str, float], scores: ScoreMemo) -> tuple[AttemptResult, list[Finding]]:
    """The attempt scored (blank written answers given 0) and its history replayed against the
    rules, the events folded once for both."""
    try:
        findings, state = check_history_and_fold(events, exam)  # the body's replay of the attempt rules
    except Exception:
        attempt_result(exam, events, evaluations, manual)  # the scorer's error first, as it always came
        raise
    result = attempt_result(exam, events, evaluations, manual, state=state, score=scores.score)
    blank = blank_written_answers(result, FINISHED)
    if blank:
        result = attempt_result(exam, events, evaluations, {**manual, **blank}, state=state, score=scores.score)
        _add_blank_scores(rows, attempt_id, blank)
    return result, findings


def _add_blank_scores(rows: ImportRows, attempt_id: str, blank: dict[str, float]) -> None:
    rows.manual_scores += [{"attempt_id": attempt_id, "item_id": item_id, "points": points, "rater": NO_ANSWER,
                            "scored_at": rows.bundle["imported_at"]} for item_id, points in blank.items()]


def _events(raw: list[list]) -> list[Event]:
    return [Event(seq, kind, elapsed, at, data) for seq, kind, elapsed, at, data, _mac in raw]


def _check_chain(part: AttemptPart, held: list[tuple[Event, str | None]], events: list[Event],
                 candidate_number: str) -> None:
    """The attempt's history, what the body holds and what this bundle adds (`events`, read
    from part.events), verifies as one chain under the key the station handed over, and ends
    at the head it signed (app.services.import_chain)."""
    if part.chain is None:  # results/2 carries no MACs: read, never imported
        raise _malformed(template("attempt {attempt} carries no chain of MACs", attempt=part.id))
    problem = history_problem(part, part.chain, held, events)
    if problem is not None:
        raise BundleRefused("The history of candidate {candidate_number}'s attempt {part_id} does not verify: "
                            "{problem}; it was changed after ExamStation recorded it.",
                            "Nothing was imported. Ask the center to export the session again from ExamStation; "
                            "if the same happens, its results must be reviewed.",
                            candidate_number=candidate_number, part_id=part.id, problem=problem)


def _result_values(result: AttemptResult, head: str, findings: list[Finding]) -> dict:
    held = bool(findings)
    return {"content_hash": head, "state": result.state, "raw": result.written.raw,
            "maximum": result.written.maximum, "percent": result.written.percent,
            "written_passed": result.written.passed and not held, "scaled": result.written.scaled,
            "elapsed_ms": result.elapsed_ms, "incidents": result.incidents,
            "details": json.dumps({"domains": result.written.domain_percent, "checklists": result.checklists,
                                   "composite_complete": result.composite_complete,
                                   "pending_manual": list(result.written.pending_manual),
                                   **outcome(result, held)}, sort_keys=True),
            "findings": _findings_json(findings)}


def outcome(result: AttemptResult, held: bool) -> dict:
    """The composite decision as stored: a held attempt never passes; what its scores would
    give is kept beside it for the person who decides."""
    if not held:
        return {"composite_passed": result.composite_passed}
    return {"composite_passed": False,
            "held": {"written_passed": result.written.passed, "composite_passed": result.composite_passed}}


def _findings_json(findings: list[Finding]) -> str:
    kept = [f.to_data() for f in findings[:KEPT_FINDINGS]]
    if len(findings) > KEPT_FINDINGS:
        more = template("{count} more findings.", count=len(findings) - KEPT_FINDINGS)
        kept.append(Finding(0, "more", more).to_data())
    return json.dumps(kept, sort_keys=True)


# json.dumps(value, sort_keys=True), without building an encoder for every one of thousands of events
_sorted_json = json.JSONEncoder(sort_keys=True).encode
# json.dumps(response) for each of thousands of responses (data the strict reader gave), its C
# encoder made once instead of at every call
_response_json = parsed_data_encoder(json.dumps, (", ", ": "), sort_keys=False, ensure_ascii=True)


def _add_contents(rows: ImportRows, part: AttemptPart, result: AttemptResult, events: list[Event],
                  evaluations_held: int) -> None:
    rows.responses += [{"attempt_id": part.id, "item_id": item_id,
                        "response": None if item_id not in result.responses else _response_json(result.responses[item_id]),
                        "score": score, "max_score": maximum}
                       for item_id, (score, maximum) in result.item_scores.items()]
    # each event's data stored as the canonical JSON its MAC covers (written once, in the payload
    # reader); rows imported before hold json.dumps(data, sort_keys=True): every reader parses
    # the text (json.loads, SQL's JSON functions), so both forms read as the same data
    rows.events += [{"attempt_id": part.id, "seq": e.seq, "kind": e.kind, "elapsed_ms": e.elapsed_ms, "at": e.at,
                     "data": data, "mac": raw[5]}
                    for e, raw, data in zip(events, part.events, part.data_json, strict=True)]
    rows.evaluations += [{"evaluation_id": e["id"], "attempt_id": part.id, "position": evaluations_held + i + 1,
                          "data": _sorted_json(e)} for i, e in enumerate(part.evaluations)]
