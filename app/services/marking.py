"""Marking at the credential body: the queue of written answers a person scores, blind double
marking with adjudication, marker accounts, and rater agreement.

A marker sees the question, the rubric and the answer, never the candidate's name or center
and, as a second marker, never the first mark. The mark that decides a response writes its
final score through the same path as `results score` (ManualScoreRecord), in the same
transaction as the mark, so results, reports and credentials use it unchanged."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from app.domain import agreement as stats
from app.domain.errors import ExamStationError, known_exam
from app.domain.exam import Exam, Item, RubricPoint, Stimulus
from app.domain.marking import (
    ADJUDICATION, FIRST, KINDS, SECOND, Decision, Mark, decide, double_marked, may_mark, point_index, rubric_scale,
)
from app.services.accounts import Account, AccountService, SignInRefused
from app.services.packages import Clock, utc_now
from app.services.results import ResultsService
from app.store.database import Database
from app.store.marking import MarkingRepository, OpenResponse, StoredMark
from app.store.results import ResultsRepository

MARKER, ADJUDICATOR = "marker", "adjudicator"
MARKING_ROLES = (MARKER, ADJUDICATOR)   # an adjudicator also marks


@dataclass(frozen=True, slots=True)
class QueueCount:
    """How many responses of one item from one center wait for each kind of mark."""

    exam_id: str
    exam_title: str
    item_id: str
    question: str          # the item's stem (plain text), to name it on screen
    center: str
    first: int
    second: int
    adjudication: int


@dataclass(frozen=True, slots=True)
class ResponseToMark:
    """What a marker sees of one response: no candidate, no center; earlier marks only for an
    adjudicator (a second marker marks blind)."""

    attempt_id: str        # the key to mark it by; never shown
    item_id: str
    exam_title: str
    kind: str              # the mark asked for: first, second or adjudication
    question: str          # plain text
    question_html: str     # formatted, when the author gave it
    passage: Stimulus | None
    rubric: str
    scale: tuple[RubricPoint, ...]
    answer: str
    earlier: tuple[tuple[float, str], ...] = ()   # adjudication: the two marks (points, rubric point)


@dataclass(frozen=True, slots=True)
class MarkSaved:
    kind: str
    final: float | None    # the response's final score, when this mark decided it
    next: str | None       # else the mark it waits for now


@dataclass(frozen=True, slots=True)
class ItemAgreement:
    exam_id: str
    exam_title: str
    item_id: str
    question: str          # the item's stem, to name it on screen
    agreement: stats.Agreement


@dataclass(frozen=True, slots=True)
class AgreementReport:
    items: list[ItemAgreement]
    markers: list[tuple[str, stats.MarkerAgreement]]   # the marker's display name, their agreement


class MarkingService:
    def __init__(self, database: Callable[[], Database], results: ResultsService, accounts: AccountService,
                 clock: Clock = utc_now) -> None:
        self._database, self.results, self.accounts, self.clock = database, results, accounts, clock
        self._exams: dict[str, Exam | None] = {}

    @property
    def _repo(self) -> MarkingRepository:
        return MarkingRepository(self._database())

    # -- accounts ---------------------------------------------------------------------
    def add_marker(self, username: str, display_name: str, role: str, password: str,
                   by: str | None = None) -> Account:
        if role not in MARKING_ROLES:
            raise ExamStationError("'{role}' is not a marking role.", "Use marker or adjudicator.", role=role)
        return self.accounts.create(username, display_name, role, password, by=by)

    def sign_in(self, username: str, password: str) -> Account:
        account = self.accounts.sign_in(username, password)
        if account.role not in MARKING_ROLES:
            raise SignInRefused("'{username}' is not a marker.",
                                "Sign in with a marker's or an adjudicator's account.", username=account.username)
        return account

    def _marker(self, username: str) -> Account:
        account = self.accounts.get(username)
        if account is None or not account.active or account.role not in MARKING_ROLES:
            raise SignInRefused("Only a marker or an adjudicator can mark.", "Sign in with a marker's account.")
        return account

    # -- the queue ------------------------------------------------------------------
    def overview(self, exam_id: str | None = None) -> list[QueueCount]:
        """Responses waiting for each kind of mark, by exam, item and center."""
        counts: Counter = Counter()
        for response, decision, _marks in self._open(exam_id):
            counts[(response.exam_id, response.item_id, response.center, decision.next)] += 1
        keys = sorted({k[:3] for k in counts})
        return [QueueCount(exam, self._title(exam), item, self._stem(exam, item), center,
                           counts[(exam, item, center, FIRST)],
                           counts[(exam, item, center, SECOND)], counts[(exam, item, center, ADJUDICATION)])
                for exam, item, center in keys]

    def queue(self, marker: str, exam_id: str | None = None, item_id: str | None = None,
              adjudicating: bool = False) -> list[ResponseToMark]:
        """The responses this marker may mark now, in a fixed order that says nothing about the
        candidate or the center. `adjudicating`: the differences waiting for an adjudicator."""
        account = self._marker(marker)
        if adjudicating and account.role != ADJUDICATOR:
            raise SignInRefused("Only an adjudicator settles differences between markers.",
                                "Ask an adjudicator, or mark responses instead.")
        wanted = (ADJUDICATION,) if adjudicating else (FIRST, SECOND)
        return [self._view(response, decision.next, marks) for response, decision, marks in self._open(exam_id)
                if decision.next is not None and decision.next in wanted and may_mark(marks, account.username)
                and (item_id is None or response.item_id == item_id)]

    def _open(self, exam_id: str | None) -> list[tuple[OpenResponse, Decision, list[Mark]]]:
        repo = self._repo
        responses = [r for r in repo.open_responses(self._manual_items(repo), exam_id) if not _blank(r.answer)]
        marks: dict[tuple[str, str], list[Mark]] = {}
        for stored in repo.marks_of_open():
            marks.setdefault((stored.attempt_id, stored.item_id), []).append(stored.mark())
        found = []
        for response in responses:
            exam = self._known_package(response.package_id)
            its = marks.get((response.attempt_id, response.item_id), [])
            double = double_marked(exam.marking, response.attempt_id, response.item_id)
            found.append((response, decide(its, double, exam.marking.tolerance), its))
        return found

    def _view(self, response: OpenResponse, kind: str, marks: list[Mark]) -> ResponseToMark:
        exam = self._known_package(response.package_id)
        item = exam.item(response.item_id)
        passage = exam.stimulus(item.stimulus) if item.stimulus else None
        scale = rubric_scale(item)
        ordered = sorted(marks, key=lambda m: KINDS.index(m.kind))
        earlier = tuple((m.points, _point_text(scale, m.points)) for m in ordered) if kind == ADJUDICATION else ()
        return ResponseToMark(response.attempt_id, item.id, exam.title, kind, item.stem, item.stem_html, passage,
                              item.rubric, scale, json.loads(response.answer or "null"), earlier)

    # -- marking --------------------------------------------------------------------
    def mark(self, marker: str, attempt_id: str, item_id: str, points: float) -> MarkSaved:
        """Record one mark; the mark that decides the response also writes its final score."""
        account = self._marker(marker)
        exam, item = self._markable(attempt_id, item_id)
        scale = rubric_scale(item)
        if not any(abs(p.points - points) < 1e-9 for p in scale):
            raise ExamStationError("{points:g} is not one of this rubric's score points "
                                   "({scale}).", "Pick one of them.",
                                   points=points, scale=', '.join(f'{p.points:g}' for p in scale))
        marks = [m.mark() for m in self._repo.marks(attempt_id, item_id)]
        double = double_marked(exam.marking, attempt_id, item_id)
        needed = decide(marks, double, exam.marking.tolerance).next
        if needed is None:
            raise ExamStationError("This response already has its final score.", "Go on with the next response.")
        if not may_mark(marks, account.username):
            raise SignInRefused("You marked this response already; another marker must give the adjudicating mark."
                                if needed == ADJUDICATION else
                                "You marked this response already; another marker must give the next mark.",
                                "Go on with the next response.")
        if needed == ADJUDICATION and account.role != ADJUDICATOR:
            raise SignInRefused("This response waits for an adjudicator.", "Go on with the next response.")
        now = self.clock()
        new = StoredMark(attempt_id, item_id, needed, account.username, float(points),
                         _point_text(scale, points), now)
        after = decide(marks + [new.mark()], double, exam.marking.tolerance)
        final = None
        if after.final is not None:
            rescore = self.results.rescorer(attempt_id, item_id, after.final)
            final = (after.final, _rater(marks + [new.mark()]), lambda scores: rescore(scores, {}))
        self._repo.add_mark(new, final)
        self.accounts.record(account.username, "marking.marked", attempt_id,
                             {"item": item_id, "kind": needed, "points": float(points)})
        return MarkSaved(needed, after.final, after.next)

    def _markable(self, attempt_id: str, item_id: str) -> tuple[Exam, Item]:
        repo = ResultsRepository(self._database())
        attempt = repo.attempt(attempt_id)
        exam = self._exam(attempt.package_id) if attempt else None
        if attempt is None or exam is None:
            raise ExamStationError("No such imported response.", "Refresh the queue.")
        if attempt.state == "voided":
            raise ExamStationError("This attempt was voided at the testing center, so it is not marked.",
                                   "Go on with the next response.")
        item = exam.item(item_id) if item_id in {i.id for i in exam.items} else None
        if item is None or not item.manually_scored:
            raise ExamStationError("This question is scored automatically, not by a marker.", "Refresh the queue.")
        response = next((r for r in repo.responses([attempt_id]) if r.item_id == item_id), None)
        if response is None or _blank(response.response):
            raise ExamStationError("This answer is blank: it scores 0 without a marker.", "Refresh the queue.")
        if item_id in repo.manual_scores(attempt_id):   # e.g. scored with `results score` meanwhile
            raise ExamStationError("This response already has its final score.", "Go on with the next response.")
        return exam, item

    # -- agreement ------------------------------------------------------------------
    def agreement(self, exam_id: str | None = None) -> AgreementReport:
        """Agreement between first and second marks, per item and per marker."""
        by_response: dict[tuple[str, str], dict[str, StoredMark]] = {}
        for stored in self._repo.all_marks(exam_id):
            by_response.setdefault((stored.attempt_id, stored.item_id), {})[stored.kind] = stored
        results = ResultsRepository(self._database())
        pairs: list[tuple[str, stats.MarkPair]] = []
        for (attempt_id, item_id), kinds in by_response.items():
            if FIRST not in kinds or SECOND not in kinds:
                continue
            attempt = results.attempt(attempt_id)
            if attempt is None:  # marks kept of an attempt no longer imported: nothing to compare
                continue
            exam = self._known_package(attempt.package_id)
            scale = rubric_scale(exam.item(item_id))
            first, second = kinds[FIRST], kinds[SECOND]
            pairs.append((exam.id, stats.MarkPair(item_id, first.marker, second.marker, first.points, second.points,
                                                  point_index(scale, first.points), point_index(scale, second.points),
                                                  len(scale))))
        items = []
        for exam_id in sorted({e for e, _ in pairs}):
            for item, found in stats.by_item([p for e, p in pairs if e == exam_id]).items():
                items.append(ItemAgreement(exam_id, self._title(exam_id), item, self._stem(exam_id, item), found))
        markers = [(self._display_name(m.marker), m) for m in stats.by_marker([p for _, p in pairs])]
        return AgreementReport(items, markers)

    def _display_name(self, username: str) -> str:
        account = self.accounts.get(username)
        return account.display_name if account else username

    # -- exams ------------------------------------------------------------------------
    def _manual_items(self, repo: MarkingRepository) -> dict[str, list[str]]:
        """package id -> its items a person scores, for every package with imported attempts."""
        return {p: [i.id for i in exam.items if i.manually_scored]
                for p in repo.packages() if (exam := self._exam(p)) is not None}

    def _exam(self, package_id: str) -> Exam | None:
        if package_id not in self._exams:
            self._exams[package_id] = self.results.exam(package_id)
        return self._exams[package_id]

    def _known_package(self, package_id: str) -> Exam:
        return known_exam(self._exam(package_id), package_id)

    def _known(self, exam_id: str) -> Exam:
        return next(e for e in self._exams.values() if e is not None and e.id == exam_id)

    def _title(self, exam_id: str) -> str:
        return self._known(exam_id).title

    def _stem(self, exam_id: str, item_id: str) -> str:
        return self._known(exam_id).item(item_id).stem


def _blank(answer: str | None) -> bool:
    """No answer, an empty one, or only spaces (the JSON of what was stored)."""
    if answer is None:
        return True
    value = json.loads(answer)
    return value is None or (isinstance(value, str) and not value.strip())


def _point_text(scale: tuple[RubricPoint, ...], points: float) -> str:
    point = scale[point_index(scale, points)]
    return point.text or f"{point.points:g} points"


def _rater(marks: list[Mark]) -> str:
    """Who decided the response, as results and reports show it."""
    adjudicator = next((m.marker for m in marks if m.kind == ADJUDICATION), None)
    if adjudicator:
        return f"adjudicated by {adjudicator}"
    return " and ".join(m.marker for m in marks)
