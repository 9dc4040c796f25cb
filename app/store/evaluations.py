"""Signed checklist evaluations: inserted at sign-off, never changed."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.domain.checklist import Evaluation
from app.store.database import Database
from app.store.models import ChecklistEvaluationRecord


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
