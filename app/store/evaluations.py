"""Signed checklist evaluations (inserted at sign-off, never changed) and the drafts that
precede them (marks in progress, replaced as they are made, removed at sign-off)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select

from app.domain.checklist import ChecklistDraft, Evaluation
from app.store.database import Database
from app.store.models import ChecklistDraftRecord, ChecklistEvaluationRecord


class EvaluationRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, e: Evaluation) -> None:
        with self.db.sessions.begin() as s:
            s.add(ChecklistEvaluationRecord(
                id=e.id, attempt_id=e.attempt_id, candidate_id=e.candidate_id, checklist_id=e.checklist_id,
                evaluator=e.evaluator, kind=e.kind, marks=json.dumps(e.marks, sort_keys=True),
                notes=json.dumps(e.notes, sort_keys=True), task_seconds=e.task_seconds, signed_at=e.signed_at))

    def get(self, evaluation_id: str) -> Evaluation | None:
        with self.db.sessions() as s:
            r = s.get(ChecklistEvaluationRecord, evaluation_id)
            return _evaluation(r) if r is not None else None

    def of_candidate(self, candidate_id: str, checklist_id: str | None = None) -> list[Evaluation]:
        query = select(ChecklistEvaluationRecord).where(ChecklistEvaluationRecord.candidate_id == candidate_id)
        if checklist_id:
            query = query.where(ChecklistEvaluationRecord.checklist_id == checklist_id)
        with self.db.sessions() as s:
            rows = s.scalars(query.order_by(ChecklistEvaluationRecord.signed_at)).all()
            return [_evaluation(r) for r in rows]


def _evaluation(r: ChecklistEvaluationRecord) -> Evaluation:
    return Evaluation(r.id, r.candidate_id, r.attempt_id, r.checklist_id, r.evaluator, r.kind,
                      json.loads(r.marks), json.loads(r.notes), r.task_seconds, r.signed_at)


class DraftRepository:
    """Marks in progress: one row per candidate, checklist and evaluator, replaced at each change."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, draft: ChecklistDraft, saved_at: datetime) -> None:
        with self.db.sessions.begin() as s:
            s.merge(ChecklistDraftRecord(
                candidate_id=draft.candidate_id, checklist_id=draft.checklist_id, evaluator=draft.evaluator,
                marks=json.dumps(draft.marks, sort_keys=True), notes=json.dumps(draft.notes, sort_keys=True),
                started=draft.started, saved_at=saved_at))

    def get(self, candidate_id: str, checklist_id: str, evaluator: str) -> ChecklistDraft | None:
        with self.db.sessions() as s:
            r = s.get(ChecklistDraftRecord, (candidate_id, checklist_id, evaluator))
            return ChecklistDraft(r.candidate_id, r.checklist_id, r.evaluator, json.loads(r.marks),
                                  json.loads(r.notes), r.started) if r is not None else None

    def drop(self, candidate_id: str, checklist_id: str, evaluator: str) -> None:
        with self.db.sessions.begin() as s:
            s.execute(delete(ChecklistDraftRecord).where(
                ChecklistDraftRecord.candidate_id == candidate_id, ChecklistDraftRecord.checklist_id == checklist_id,
                ChecklistDraftRecord.evaluator == evaluator))
