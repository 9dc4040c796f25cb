"""The release step at the body: per imported session, what needs a person (held attempts with
their findings, incidents, voided attempts, checklist reconciliations, answers still to mark),
the decisions taken about it (who, when, why), and the release itself. Only released results
produce credentials (app.services.credentials) and score letters (app.services.letters)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from app.domain.checklist import differences
from app.domain.errors import ExamStationError, template
from app.domain.exam import Exam
from app.domain.history_rules import Finding
from app.domain.incidents import incident_note, kind_words
from app.domain.release import (
    DECISIONS, AttemptFacts, Decision, blockers, earns_credential, final_outcome, needs_decision,
)
from app.services.home import Home
from app.services.packages import Clock, utc_now
from app.store.database import Database
from app.store.release import ReleaseRepository, SessionRow
from app.store.results import ResultsRepository
from app.store.results_models import ResultAttemptRecord

NOT_RELEASED, RELEASED, CHANGED = "not released", "released", "changed since its release"


@dataclass(frozen=True)
class SessionStatus:
    session_id: str
    exam_id: str
    center_name: str
    imported_at: datetime
    candidates: int
    state: str                      # NOT_RELEASED, RELEASED or CHANGED
    released_by: str | None = None
    released_at: datetime | None = None


@dataclass(frozen=True)
class AttemptReview:
    facts: AttemptFacts
    candidate_name: str
    outcome: str                    # app.domain.release: passed, not passed, held for review, ...
    percent: float
    incidents: list[str] = field(default_factory=list)     # in words, with the proctor's description
    voided: str | None = None                             # the proctor's reason, when voided at the center
    reconciled: list[str] = field(default_factory=list)    # checklists settled by a reconciliation, with notes
    history: list[Decision] = field(default_factory=list)  # every decision, oldest first

    @property
    def flagged(self) -> bool:
        """Something a person should look at before releasing."""
        f = self.facts
        return bool(f.held or f.pending_marks or f.open_checklists or self.incidents or self.voided
                    or self.reconciled or f.decision)


@dataclass(frozen=True)
class SessionReview:
    status: SessionStatus
    attempts: list[AttemptReview]
    blockers: list[str]

    @property
    def flagged(self) -> list[AttemptReview]:
        return [a for a in self.attempts if a.flagged]


class ReleaseService:
    def __init__(self, database: Callable[[], Database], exams: Callable[[str], Exam | None], home: Home,
                 clock: Clock = utc_now) -> None:
        """`exams`: the exam of a package id, as the body recorded it when building."""
        self._database, self._exams, self.home, self.clock = database, exams, home, clock

    def _repo(self) -> ReleaseRepository:
        return ReleaseRepository(self._database())

    # -- looking ------------------------------------------------------------------------
    def sessions(self) -> list[SessionStatus]:
        repo = self._repo()
        releases = repo.releases()
        return [self._status(repo, row, releases) for row in repo.sessions()]

    def _status(self, repo: ReleaseRepository, row: SessionRow, releases: dict) -> SessionStatus:
        released = releases.get(row.session_id)
        if released is None:
            return SessionStatus(row.session_id, row.exam_id, row.center_name, row.imported_at, row.attempts,
                                 NOT_RELEASED)
        state = RELEASED if released.content_digest == repo.digest(row.session_id) else CHANGED
        return SessionStatus(row.session_id, row.exam_id, row.center_name, row.imported_at, row.attempts, state,
                             released.released_by, released.released_at)

    def status(self, session_id: str) -> SessionStatus:
        found = next((s for s in self.sessions() if s.session_id == session_id), None)
        if found is None:
            raise ExamStationError("No imported session {session_id}.",
                                   "Check the session id (the Release tab or `results sessions` lists them).",
                                   session_id=session_id)
        return found

    def review(self, session_id: str) -> SessionReview:
        status = self.status(session_id)
        repo = self._repo()
        decisions = repo.decisions(session_id)
        incidents, voided = _incidents(repo.events(session_id, ("incident", "voided")))
        open_checklists, reconciled = _checklists(repo.evaluations(session_id))
        reviews = []
        for a in repo.attempts(session_id):
            history = decisions.get(a.attempt_id, [])
            facts = _facts(a, history[-1] if history else None, open_checklists.get(a.attempt_id, []))
            reviews.append(AttemptReview(facts, a.candidate_name, final_outcome(facts), a.percent,
                                         incidents.get(a.attempt_id, []), voided.get(a.attempt_id),
                                         reconciled.get(a.attempt_id, []), history))
        return SessionReview(status, reviews, blockers([r.facts for r in reviews]))

    # -- deciding and releasing ---------------------------------------------------------
    def decide(self, attempt_id: str, decision: str, reason: str, by: str) -> Decision:
        """Record what a person decided about an attempt, and why; refused once released."""
        if decision not in DECISIONS:
            raise ExamStationError("'{decision}' is not a decision.", "Choose count, exclude or void.",
                                   decision=decision)
        if not reason.strip():
            raise ExamStationError("A decision needs a reason.", "Write why, in a sentence the candidate may read.")
        if not by.strip():
            raise ExamStationError("A decision needs the name of who takes it.", "Give your name.")
        repo = self._repo()
        attempt = ResultsRepository(self._database()).attempt(attempt_id)
        if attempt is None:
            raise ExamStationError("No imported attempt {attempt_id}.", "Check the attempt id.",
                                   attempt_id=attempt_id)
        taken = Decision(attempt_id, decision, reason.strip(), by.strip()[:120], self.clock())
        repo.add_decision(attempt.session_id, taken)
        return taken

    def release(self, session_id: str, by: str) -> SessionStatus:
        """Release a session whose every held attempt is decided and every counted answer marked."""
        if not by.strip():
            raise ExamStationError("A release needs the name of who releases.", "Give your name.")
        review = self.review(session_id)
        if review.blockers:
            raise ExamStationError("The session cannot be released yet: {blocker}" if len(review.blockers) == 1 else
                                   "The session cannot be released yet: {blocker} (and {more} more)",
                                   "Settle what is listed, then release.", blocker=review.blockers[0],
                                   more=len(review.blockers) - 1)
        repo = self._repo()
        repo.release(session_id, by.strip()[:120], self.clock(), repo.digest(session_id))
        return self.status(session_id)

    # -- for credentials and letters ----------------------------------------------------
    def released_passes(self, attempts: list[ResultAttemptRecord]) -> tuple[set[str], int]:
        """Of these attempts, the ids that earn a credential now, and how many would once their
        session is released (or released again after a change)."""
        repo = self._repo()
        current = {s.session_id: s.state == RELEASED for s in self.sessions()}
        decisions = repo.decisions()
        earned, waiting = set(), 0
        for a in attempts:
            history = decisions.get(a.attempt_id, [])
            facts = _facts(a, history[-1] if history else None, [])
            if earns_credential(facts, current.get(a.session_id, False)):
                earned.add(a.attempt_id)
            elif earns_credential(facts, True):
                waiting += 1
        return earned, waiting

    def center_names(self, attempt_ids: list[str] | None = None) -> dict[str, str]:
        return self._repo().center_names(attempt_ids)

    def attempt(self, attempt_id: str) -> ResultAttemptRecord | None:
        return ResultsRepository(self._database()).attempt(attempt_id)

    def exam(self, package_id: str) -> Exam | None:
        return self._exams(package_id)

    # -- letterhead ---------------------------------------------------------------------
    def letterhead(self) -> tuple[str, str]:
        """The body's name and postal address for its letters (home settings; the name defaults
        to the body's identity)."""
        saved = self.home.config().get("letterhead") or {}
        return str(saved.get("name") or ""), str(saved.get("address") or "")

    def set_letterhead(self, name: str, address: str) -> None:
        config = self.home.config()
        config["letterhead"] = {"name": name.strip()[:200], "address": address.strip()[:1000]}
        self.home.save_config(config)


def _facts(a: ResultAttemptRecord, decision: Decision | None, open_checklists: list[str]) -> AttemptFacts:
    findings = [Finding.from_data(f).line() for f in json.loads(a.findings)]
    return AttemptFacts(a.attempt_id, a.candidate_number, a.state, json.loads(a.details), findings,
                        open_checklists, decision)


def _incidents(rows: list[tuple[str, str, str, str]]) -> tuple[dict[str, list[str]], dict[str, str]]:
    incidents: dict[str, list[str]] = {}
    voided: dict[str, str] = {}
    for attempt_id, kind, at, raw in rows:
        data = json.loads(raw)
        if kind == "voided":
            voided[attempt_id] = str(data.get("reason") or "") or template("no reason recorded")
            continue
        what, note, time = kind_words(data.get("type")), incident_note(data.get("type"), data), at[11:16]
        incidents.setdefault(attempt_id, []).append(
            template("{what} at {time}: {note}", what=what, time=time, note=note) if note else
            template("{what} at {time}", what=what, time=time))
    return incidents, voided


def _checklists(rows: list[tuple[str, str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Per attempt: checklists two evaluators marked differently with no reconciliation yet, and
    the reconciliations made (with the notes that explain them)."""
    by_checklist: dict[tuple[str, str], list[dict]] = {}
    for attempt_id, raw in rows:
        evaluation = json.loads(raw)
        by_checklist.setdefault((attempt_id, evaluation["checklist_id"]), []).append(evaluation)
    open_ones: dict[str, list[str]] = {}
    reconciled: dict[str, list[str]] = {}
    for (attempt_id, checklist), evaluations in by_checklist.items():
        settled = [e for e in evaluations if e["kind"] == "reconciled"]
        signed = [e for e in evaluations if e["kind"] in ("first", "second")]
        if settled:
            notes = "; ".join(str(n) for n in settled[-1].get("notes", {}).values())
            who = str(settled[-1].get("evaluator", "?"))
            reconciled.setdefault(attempt_id, []).append(
                template("{checklist}: reconciled by {who} ({notes})", checklist=checklist, who=who, notes=notes)
                if notes else template("{checklist}: reconciled by {who}", checklist=checklist, who=who))
        elif len(signed) == 2 and differences(signed[0]["marks"], signed[1]["marks"]):
            open_ones.setdefault(attempt_id, []).append(checklist)
    return open_ones, reconciled


__all__ = ["AttemptReview", "ReleaseService", "SessionReview", "SessionStatus", "needs_decision"]
