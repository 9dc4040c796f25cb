"""Tables of the credential body's side (imported results). Same Base and migrations as the station."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base


class BodyExamRecord(Base):
    __tablename__ = "body_exams"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exam_id: Mapped[str] = mapped_column(String(80), index=True)
    exam_version: Mapped[str] = mapped_column(String(40))
    content: Mapped[str] = mapped_column(Text)
    built_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # What results must match (None for packages built before version 0008 recorded them):
    recipients: Mapped[str | None] = mapped_column(Text)         # JSON list of center fingerprints
    not_before: Mapped[str | None] = mapped_column(String(40))   # ISO 8601, as in the manifest
    not_after: Mapped[str | None] = mapped_column(String(40))


class ImportedBundleRecord(Base):
    __tablename__ = "imported_bundles"

    bundle_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    center_fingerprint: Mapped[str] = mapped_column(String(19))
    center_name: Mapped[str] = mapped_column(String(200))
    session_id: Mapped[str] = mapped_column(String(36))
    package_id: Mapped[str] = mapped_column(ForeignKey("body_exams.package_id"))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    audit_head: Mapped[str] = mapped_column(String(64))
    payload_digest: Mapped[str | None] = mapped_column(String(64))  # SHA-256 of the payload (None before 0008)
    extends: Mapped[str | None] = mapped_column(String(32))         # a supplement: the bundle it extends


class ResultAttemptRecord(Base):
    __tablename__ = "result_attempts"

    attempt_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(ForeignKey("imported_bundles.bundle_id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))  # the attempt's head (results/2), see result_payload
    session_id: Mapped[str] = mapped_column(String(36))
    package_id: Mapped[str] = mapped_column(String(36))
    exam_id: Mapped[str] = mapped_column(String(80), index=True)
    form_id: Mapped[str] = mapped_column(String(80))
    center_fingerprint: Mapped[str] = mapped_column(String(19))
    candidate_number: Mapped[str] = mapped_column(String(60))
    candidate_name: Mapped[str] = mapped_column(String(200))
    candidate: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))
    raw: Mapped[float] = mapped_column(Float)
    maximum: Mapped[float] = mapped_column(Float)
    percent: Mapped[float] = mapped_column(Float)
    written_passed: Mapped[bool] = mapped_column(Boolean)
    scaled: Mapped[float | None] = mapped_column(Float)
    elapsed_ms: Mapped[int] = mapped_column(BigInteger)
    incidents: Mapped[int] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text)
    # JSON list of what the replay of the attempt rules found ({seq, rule, reason}); not empty:
    # held for a person to decide, never a pass meanwhile.
    findings: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class ResultResponseRecord(Base):
    __tablename__ = "result_responses"

    attempt_id: Mapped[str] = mapped_column(ForeignKey("result_attempts.attempt_id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    response: Mapped[str | None] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float)


class ResultEventRecord(Base):
    __tablename__ = "result_events"

    attempt_id: Mapped[str] = mapped_column(ForeignKey("result_attempts.attempt_id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(30))
    elapsed_ms: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text)
    # the MAC the station's authenticated history gave the event (checked on import): a later
    # supplement's events continue the chain from here
    mac: Mapped[str | None] = mapped_column(String(64))


class ResultEvaluationRecord(Base):
    """A signed checklist evaluation as the station sent it, kept to re-score the attempt when
    a supplement brings another one."""

    __tablename__ = "result_evaluations"

    evaluation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("result_attempts.attempt_id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order received, from 1
    data: Mapped[str] = mapped_column(Text)         # canonical JSON of the evaluation


class IssuedCredentialRecord(Base):
    __tablename__ = "issued_credentials"

    credential_id: Mapped[str] = mapped_column(String(60), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("result_attempts.attempt_id"), unique=True)
    exam_id: Mapped[str] = mapped_column(String(80))
    status_index: Mapped[int] = mapped_column(Integer, unique=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_reason: Mapped[str | None] = mapped_column(Text)


class ManualScoreRecord(Base):
    __tablename__ = "manual_scores"

    attempt_id: Mapped[str] = mapped_column(ForeignKey("result_attempts.attempt_id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    points: Mapped[float] = mapped_column(Float)
    rater: Mapped[str] = mapped_column(String(60))
    scored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
