"""Constants and small helpers shared by the package writer and reader."""

from __future__ import annotations

import struct
from datetime import datetime, timezone

from app.domain.exam import Exam

MAGIC = b"\x89EXPKG\r\n"          # like PNG's: a text-mode transfer visibly breaks it
FORMAT_VERSION = 1
HEADER = struct.Struct(">8sHI")    # magic, format version, manifest length
SIGNATURE_BYTES = 64
MAX_MANIFEST_BYTES = 1024 * 1024


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    """An ISO 8601 time; a value with no zone is taken as UTC."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def public_exam_summary(exam: Exam) -> dict:
    """What anyone may read before decrypting: enough for a proctor to pick the right package."""
    return {
        "id": exam.id, "title": exam.title, "version": exam.version, "language": exam.language,
        "credential": {"id": exam.credential.id, "name": exam.credential.name},
        "prerequisites": [{"id": c.id, "name": c.name} for c in exam.prerequisites],
        "exam_minutes": exam.timing.exam_minutes,
        "forms": [{"id": f.id, "title": f.title, "items": len(f.item_ids)} for f in exam.forms],
        "checklists": len(exam.checklists),
    }
