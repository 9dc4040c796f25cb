"""Evaluators score hands-on tasks on the exam's checklists: marks in progress kept as drafts
(each evaluator's own, resumed with their PIN), sign-off by PIN (a critical step not done needs
a reason), an optional independent second evaluator who sees nothing of the first until both
have signed, a reconciliation signed by both evaluators or a third, and the composite result."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Callable, Mapping

from app.domain import composite
from app.domain.checklist import (
    MARKS, PANEL, ChecklistDraft, ChecklistOutcome, Evaluation, differences, evaluation_digest, missing_reasons,
    score_checklist,
)
from app.domain.errors import ExamStationError
from app.domain.exam import Exam
from app.domain.order import delivered_form
from app.domain.reasons import (
    CHECKLIST_FAILED, CHECKLIST_NOT_DECIDED, SECOND_EVALUATION_PENDING, WRITTEN_NOT_SCORED, Reason,
)
from app.domain.scoring import WrittenResult, score_form
from app.services.accounts import AccountService, SignInRefused
from app.services.delivery import DeliveryService
from app.services.packages import Clock, utc_now
from app.store.database import Database
from app.store.evaluations import DraftRepository, EvaluationRepository


@dataclass(frozen=True)
class CompositeResult:
    passed: bool
    complete: bool                 # every component has a final result
    components: dict[str, bool]    # "written", "checklist:<id>" -> passed
    why: list[Reason]              # what is missing or failed: codes a screen words in its language

    @property
    def reasons(self) -> list[str]:
        """The reasons in English, for the command line and reports."""
        return [r.english() for r in self.why]


@dataclass(frozen=True)
class Disagreement:
    """Two independent evaluations and the steps they marked differently."""

    first: Evaluation
    second: Evaluation
    steps: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistStatus:
    """Where a candidate's checklist stands, as decided here; the evaluator's screen shows it."""

    signed: tuple[Evaluation, ...]     # the first and the second evaluation, in order
    reconciled: Evaluation | None      # the latest reconciliation, if any
    open_steps: tuple[str, ...]        # steps two evaluators marked differently, not yet reconciled
    outcome: ChecklistOutcome | None   # None when nothing is signed, a difference is open, or blind
    credential: CompositeResult        # the exam's composite rule over the written test and checklists
    blind: bool = False                # one evaluation signed: its result stays hidden from the next evaluator

    @property
    def reconciliation_due(self) -> bool:
        return bool(self.open_steps)


FINISHED = ("submitted", "timed_out")  # a written test with a result


class EvaluationService:
    def __init__(self, database: Callable[[], Database], accounts: AccountService, delivery: DeliveryService,
                 clock: Clock = utc_now) -> None:
        self._database, self.accounts, self.delivery, self.clock = database, accounts, delivery, clock

    @property
    def _repo(self) -> EvaluationRepository:
        return EvaluationRepository(self._database())

    def evaluations(self, candidate_id: str, checklist_id: str | None = None) -> list[Evaluation]:
        """Everything signed for a candidate (on one checklist, or all), oldest first."""
        return self._repo.of_candidate(candidate_id, checklist_id)

    def status(self, exam: Exam, session_id: str, candidate_id: str, checklist_id: str) -> ChecklistStatus:
        evaluations = self.evaluations(candidate_id, checklist_id)
        signed = tuple(e for e in evaluations if e.kind in ("first", "second"))
        reconciled = next((e for e in reversed(evaluations) if e.kind == "reconciled"), None)
        open_steps = tuple(differences(signed[0].marks, signed[1].marks)) \
            if len(signed) == 2 and reconciled is None else ()
        written = self.written_result(exam, session_id, candidate_id)
        status = ChecklistStatus(signed, reconciled, open_steps, self.outcome(exam, checklist_id, candidate_id),
                                 self.composite(exam, candidate_id, written))
        if len(signed) == 1 and reconciled is None:  # a second evaluator may be next: show them nothing of it
            blinded = CompositeResult(False, False, {}, [Reason(SECOND_EVALUATION_PENDING)])
            return replace(status, outcome=None, credential=blinded, blind=True)
        return status

    def revealed(self, exam: Exam, session_id: str, candidate_id: str, checklist_id: str, evaluator: str,
                 pin: str) -> ChecklistStatus:
        """The status with a single evaluation's result, for the evaluator who signed it (their PIN):
        a centre with one evaluator per candidate still sees results at the station."""
        signed = [e for e in self.evaluations(candidate_id, checklist_id) if e.kind in ("first", "second")]
        if not signed or signed[0].evaluator != evaluator:
            raise ExamStationError("Only the evaluator who signed the first evaluation can show its result.",
                                   "Choose that evaluator, or wait for the second evaluation.")
        self._check_pin(evaluator, pin)
        status = self.status(exam, session_id, candidate_id, checklist_id)
        written = self.written_result(exam, session_id, candidate_id)
        return replace(status, outcome=self.outcome(exam, checklist_id, candidate_id),
                       credential=self.composite(exam, candidate_id, written), blind=False)

    # -- drafts: marks in progress --------------------------------------------------------------
    def save_draft(self, draft: ChecklistDraft) -> None:
        """Keep an evaluator's marks as they are made (and the task timer's start)."""
        DraftRepository(self._database()).save(draft, self.clock())

    def has_draft(self, candidate_id: str, checklist_id: str, evaluator: str) -> bool:
        """Whether marks are in progress, without showing them (they are their evaluator's only)."""
        return DraftRepository(self._database()).get(candidate_id, checklist_id, evaluator) is not None

    def resume_draft(self, candidate_id: str, checklist_id: str, evaluator: str, pin: str) -> ChecklistDraft | None:
        """An evaluator's own marks in progress, once their PIN is right; None when there are none."""
        self._check_pin(evaluator, pin)
        return DraftRepository(self._database()).get(candidate_id, checklist_id, evaluator)

    def drop_draft(self, candidate_id: str, checklist_id: str, evaluator: str) -> None:
        DraftRepository(self._database()).drop(candidate_id, checklist_id, evaluator)

    def _check_pin(self, evaluator: str, pin: str) -> None:
        if not self.accounts.check_pin(evaluator, pin, role="evaluator"):
            raise SignInRefused("The evaluator PIN is wrong (or the account is locked).", "Enter your PIN again.")

    def written_result(self, exam: Exam, session_id: str, candidate_id: str) -> WrittenResult | None:
        """The candidate's written test in this session, scored; None until it is finished."""
        written = None
        for attempt in self.delivery.attempts(session_id):
            if attempt.candidate_id == candidate_id:
                state = self.delivery.observe(attempt.id, exam).state
                if state.state in FINISHED:
                    written = score_form(exam, delivered_form(exam.form(state.form_id), state.seed), state.responses)
        return written

    def disagreement(self, candidate_id: str, checklist_id: str) -> Disagreement:
        """The two signed evaluations to reconcile, and where they differ."""
        signed = [e for e in self.evaluations(candidate_id, checklist_id) if e.kind in ("first", "second")]
        if len(signed) != 2:
            raise ExamStationError("Reconciliation needs two signed evaluations.", "Ask a second evaluator.")
        first, second = signed
        return Disagreement(first, second, tuple(differences(first.marks, second.marks)))

    def sign_off(self, exam: Exam, checklist_id: str, candidate_id: str, evaluator: str, pin: str,
                 marks: dict[str, str], notes: dict[str, str], task_seconds: int,
                 attempt_id: str | None = None) -> Evaluation:
        """Store a completed evaluation once the evaluator's PIN is right. The first signed
        evaluation of a candidate is 'first', an independent one by someone else 'second'."""
        self.check_sign_off(exam, checklist_id, candidate_id, evaluator, pin, marks, notes)
        return self._signed(exam, checklist_id, candidate_id, evaluator, marks, notes, task_seconds, attempt_id,
                            str(uuid.uuid4()))

    def check_sign_off(self, exam: Exam, checklist_id: str, candidate_id: str, evaluator: str, pin: str,
                       marks: dict[str, str], notes: Mapping[str, str]) -> None:
        """Everything sign-off checks before storing: every step marked, a reason for each critical
        step not done, the evaluator's PIN
        (counted, and the account locked, as at sign-in), and that this evaluator may sign."""
        self._check_marks(exam, checklist_id, marks)
        unexplained = missing_reasons(self._checklist(exam, checklist_id), marks, notes)
        if unexplained:
            raise ExamStationError("A critical step marked Not done needs a short reason ({unexplained}).",
                                   "Say in the step's reason field why it was not done, then sign again.",
                                   unexplained=', '.join(unexplained))
        self._check_pin(evaluator, pin)
        self._check_may_sign(candidate_id, checklist_id, evaluator)

    def record_signed(self, exam: Exam, checklist_id: str, candidate_id: str, evaluator: str,
                      marks: dict[str, str], notes: dict[str, str], task_seconds: int, attempt_id: str | None,
                      evaluation_id: str) -> Evaluation:
        """An evaluation signed off on an evaluator's tablet (its PIN passed `check_sign_off`
        there), stored once under the id the tablet gave it: a resend returns what is stored."""
        stored = self._repo.get(evaluation_id)
        if stored is not None:
            return stored
        self._check_marks(exam, checklist_id, marks)
        self._check_may_sign(candidate_id, checklist_id, evaluator)
        return self._signed(exam, checklist_id, candidate_id, evaluator, marks, notes, task_seconds, attempt_id,
                            evaluation_id)

    @staticmethod
    def _checklist(exam: Exam, checklist_id: str):
        checklist = next((c for c in exam.checklists if c.id == checklist_id), None)
        if checklist is None:
            raise ExamStationError("The exam has no checklist '{checklist_id}'.", "Choose one of its checklists.",
                                   checklist_id=checklist_id)
        return checklist

    def _check_marks(self, exam: Exam, checklist_id: str, marks: dict[str, str]) -> None:
        checklist = self._checklist(exam, checklist_id)
        if any(m not in MARKS for m in marks.values()) or set(marks) != {s.id for s in checklist.steps}:
            raise ExamStationError("Every step needs a mark (Done, Not done or N/A) before sign-off.",
                                   "Mark the remaining steps.")

    def _check_may_sign(self, candidate_id: str, checklist_id: str, evaluator: str) -> None:
        earlier = [e for e in self.evaluations(candidate_id, checklist_id) if e.kind in ("first", "second")]
        if any(e.evaluator == evaluator for e in earlier):
            raise ExamStationError("You have already signed an evaluation for this candidate and checklist.",
                                   "A second evaluation must come from another evaluator.")
        if len(earlier) >= 2:
            raise ExamStationError("Two evaluations are already signed.", "Reconcile them instead.")

    def _signed(self, exam: Exam, checklist_id: str, candidate_id: str, evaluator: str, marks: dict[str, str],
                notes: dict[str, str], task_seconds: int, attempt_id: str | None, evaluation_id: str) -> Evaluation:
        earlier = [e for e in self.evaluations(candidate_id, checklist_id) if e.kind in ("first", "second")]
        evaluation = Evaluation(evaluation_id, candidate_id, attempt_id, checklist_id, evaluator,
                                "second" if earlier else "first", dict(marks), dict(notes), task_seconds,
                                self.clock())
        self._into_history(exam, evaluation)
        self._repo.add(evaluation)
        self.drop_draft(candidate_id, checklist_id, evaluator)
        outcome = score_checklist(next(c for c in exam.checklists if c.id == checklist_id), marks)
        self.accounts.record(evaluator, "checklist.signed", candidate_id,
                             {"checklist": checklist_id, "kind": evaluation.kind, "passed": outcome.passed,
                              "points": outcome.points})
        return evaluation

    def reconcile(self, exam: Exam, checklist_id: str, candidate_id: str, signers: Mapping[str, str],
                  resolved: dict[str, str], notes: dict[str, str]) -> Evaluation:
        """Settle the steps two evaluators marked differently. `signers` (user name -> PIN) is both
        evaluators together, or one third evaluator who did neither evaluation; every difference
        needs a decision and its reason, recorded with who decided it."""
        pair = self.disagreement(candidate_id, checklist_id)
        first, second, open_steps = pair.first, pair.second, list(pair.steps)
        panel = self._panel(first.evaluator, second.evaluator, list(signers))
        missing = [s for s in open_steps if s not in resolved or not notes.get(s, "").strip()]
        if missing:
            raise ExamStationError("{count} difference(s) need a decision and a reason.",
                                   "Settle each step the evaluators marked differently.", count=len(missing))
        for username in panel:
            self._check_pin(username, signers[username])
        marks = {**first.marks, **{s: resolved[s] for s in open_steps}}
        evaluation = Evaluation(str(uuid.uuid4()), candidate_id, first.attempt_id, checklist_id, PANEL.join(panel),
                                "reconciled", marks, {s: notes[s].strip() for s in open_steps},
                                max(first.task_seconds, second.task_seconds), self.clock())
        self._into_history(exam, evaluation)
        self._repo.add(evaluation)
        self.accounts.record(panel[0], "checklist.reconciled", candidate_id,
                             {"checklist": checklist_id, "steps": open_steps, "decided_by": panel,
                              "evaluators": [first.evaluator, second.evaluator],
                              "decisions": {s: {"mark": resolved[s], "reason": notes[s].strip(), "by": panel}
                                            for s in open_steps}})
        return evaluation

    @staticmethod
    def _panel(first: str, second: str, signers: list[str]) -> list[str]:
        """Who may decide: both evaluators (first, then second), or one evaluator who did neither."""
        if sorted(signers) == sorted([first, second]):
            return [first, second]
        if len(signers) == 1 and signers[0] not in (first, second):
            return signers
        raise ExamStationError("A reconciliation is decided by both evaluators together, or by a third "
                               "evaluator who did neither evaluation.",
                               "Both {first} and {second} enter their PINs, or a third evaluator enters theirs.",
                               first=first, second=second)

    def _into_history(self, exam: Exam, evaluation: Evaluation) -> None:
        """The evaluation's digest goes into its attempt's authenticated history first, so an
        evaluation changed later in the database no longer matches (the body checks)."""
        attempt_id = evaluation.attempt_id or self.delivery.first_attempt_of(evaluation.candidate_id)
        if attempt_id is not None and not self._in_history(attempt_id, evaluation.id):
            self.delivery.observe(attempt_id, exam).evaluated(
                evaluation.id, evaluation_digest(evaluation.record()), evaluation.evaluator)

    def _in_history(self, attempt_id: str, evaluation_id: str) -> bool:
        """Already there: a resent evaluation whose storing was cut short after its event."""
        return any(e.kind == "evaluated" and e.data.get("evaluation") == evaluation_id
                   for e in self.delivery.events(attempt_id))

    def outcome(self, exam: Exam, checklist_id: str, candidate_id: str) -> ChecklistOutcome | None:
        """The checklist's result for a candidate: reconciled if there is one, else the agreed
        evaluations; None when nothing is signed or two evaluators still disagree."""
        evaluations = self.evaluations(candidate_id, checklist_id)
        checklist = next(c for c in exam.checklists if c.id == checklist_id)
        reconciled = [e for e in evaluations if e.kind == "reconciled"]
        if reconciled:
            return score_checklist(checklist, reconciled[-1].marks)
        signed = [e for e in evaluations if e.kind in ("first", "second")]
        if not signed or (len(signed) == 2 and differences(signed[0].marks, signed[1].marks)):
            return None
        return score_checklist(checklist, signed[0].marks)

    def composite(self, exam: Exam, candidate_id: str, written: WrittenResult | None) -> CompositeResult:
        rule = composite.parse_rule(exam.scoring.composite)
        outcomes: dict[str, bool] = {}
        reasons: list[Reason] = []
        complete = True
        for name in sorted(composite.components(rule)):
            if name == "written":
                if written is None or written.pending_manual:
                    complete = False
                    reasons.append(Reason(WRITTEN_NOT_SCORED))
                else:
                    outcomes[name] = written.passed
            else:
                checklist_id = name.split(":", 1)[1]
                result = self.outcome(exam, checklist_id, candidate_id)
                if result is None:
                    complete = False
                    reasons.append(Reason(CHECKLIST_NOT_DECIDED, {"checklist": checklist_id}))
                else:
                    outcomes[name] = result.passed
                    reasons += [Reason(CHECKLIST_FAILED, {"checklist": checklist_id, "reason": r})
                                for r in result.why if not result.passed]
        passed = complete and composite.evaluate(rule, outcomes)
        return CompositeResult(passed, complete, outcomes, reasons)

