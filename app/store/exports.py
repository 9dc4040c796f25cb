"""The station's record of the result bundles it exported, per session, in order."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.domain.errors import Conflict
from app.store.database import Database
from app.store.models import ResultExportRecord


@dataclass(frozen=True)
class ExportRow:
    bundle_id: str
    number: int
    extends: str | None
    payload_digest: str
    contents: dict   # what the bundle carried: see app.services.result_export


class ExportRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def of_session(self, session_id: str) -> list[ExportRow]:
        with self.db.sessions() as s:
            rows = s.scalars(select(ResultExportRecord).where(ResultExportRecord.session_id == session_id)
                             .order_by(ResultExportRecord.number)).all()
            return [ExportRow(r.bundle_id, r.number, r.extends, r.payload_digest, json.loads(r.contents))
                    for r in rows]

    def add(self, session_id: str, row: ExportRow, now: datetime) -> None:
        """Record an export once; the same bundle exported again (or by a second click at the
        same moment) is already there."""
        try:
            with self.db.sessions.begin() as s:
                if s.get(ResultExportRecord, row.bundle_id) is None:
                    s.add(ResultExportRecord(bundle_id=row.bundle_id, session_id=session_id, number=row.number,
                                             extends=row.extends, payload_digest=row.payload_digest,
                                             contents=json.dumps(row.contents, sort_keys=True), exported_at=now))
        except IntegrityError:
            if not self.exists(row.bundle_id):  # another export took this number with other content
                raise Conflict("Another export of this session ran at the same moment.",
                               "Export again; the body needs the bundle of the export that counts.") from None

    def exists(self, bundle_id: str) -> bool:
        with self.db.sessions() as s:
            return s.get(ResultExportRecord, bundle_id) is not None
