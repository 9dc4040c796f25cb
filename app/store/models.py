"""Tables of the station (and, later, the body's central) database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Station-wide settings: a key and a JSON-encoded value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PackageRecord(Base):
    """A package this station has opened: public details only, never decrypted content."""

    __tablename__ = "packages"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exam_id: Mapped[str] = mapped_column(String(80), index=True)
    exam_title: Mapped[str] = mapped_column(String(300))
    exam_version: Mapped[str] = mapped_column(String(40))
    signer_fingerprint: Mapped[str] = mapped_column(String(19))
    path: Mapped[str] = mapped_column(Text)
    first_opened: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_opened: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SessionRecord(Base):
    """An exam session run by a proctor on this station."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    package_id: Mapped[str] = mapped_column(ForeignKey("packages.package_id"))
    exam_id: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CandidateRecord(Base):
    __tablename__ = "candidates"
    __table_args__ = (UniqueConstraint("session_id", "candidate_number", name="uq_candidate_number_per_session"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    candidate_number: Mapped[str] = mapped_column(String(60))
    full_name: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text)
    checked_in_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AttemptRecord(Base):
    __tablename__ = "attempts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidates.id"), index=True)
    form_id: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AttemptEventRecord(Base):
    """Append-only: rows are inserted, never updated or deleted."""

    __tablename__ = "attempt_events"
    __table_args__ = (UniqueConstraint("attempt_id", "origin", name="uq_event_origin"),)

    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(30))
    elapsed_ms: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text)
    # "<lease>:<n>" for an event a seat sent (its n-th on that lease), so a resend is stored once.
    origin: Mapped[str | None] = mapped_column(String(60))
    # HMAC over the previous event's MAC and this event (app.domain.history); None if written
    # by a program without the center's key (then the station's own check reports it).
    mac: Mapped[str | None] = mapped_column(String(64))


class AttemptClockRecord(Base):
    """The latest checkpoint of an attempt's exam time (updated in place, several times a second)."""

    __tablename__ = "attempt_clocks"

    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id"), primary_key=True)
    elapsed_ms: Mapped[int] = mapped_column(BigInteger)
    wall: Mapped[float] = mapped_column(Float)


class AccountRecord(Base):
    __tablename__ = "accounts"

    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[float | None] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRecord(Base):
    """Append-only; each row's hash chains to the row before it."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_session", "session_id", "session_seq", unique=True),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(80))
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The session the entry is about (None for accounts, sign-ins ...), its place in that
    # session's own chain, and its HMAC there (app.crypto.chain.SessionAuditChain).
    session_id: Mapped[str | None] = mapped_column(String(36))
    session_seq: Mapped[int | None] = mapped_column(Integer)
    mac: Mapped[str | None] = mapped_column(String(64))


class ChecklistEvaluationRecord(Base):
    __tablename__ = "checklist_evaluations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_id: Mapped[str | None] = mapped_column(ForeignKey("attempts.id"), index=True)
    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidates.id"), index=True)
    checklist_id: Mapped[str] = mapped_column(String(80))
    evaluator: Mapped[str] = mapped_column(String(130))  # a reconciliation by both: "eve+sam"
    kind: Mapped[str] = mapped_column(String(20))
    marks: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    task_seconds: Mapped[int] = mapped_column(Integer)
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ChecklistDraftRecord(Base):
    """An evaluator's marks in progress on one candidate's checklist; replaced as marks are made,
    removed once the evaluation is signed. The task timer's start (seconds since the epoch) is in it."""

    __tablename__ = "checklist_drafts"

    candidate_id: Mapped[str] = mapped_column(ForeignKey("candidates.id"), primary_key=True)
    checklist_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    evaluator: Mapped[str] = mapped_column(String(60), primary_key=True)
    marks: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    started: Mapped[float] = mapped_column(Float)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RoomSeatRecord(Base):
    """A candidate workstation paired with this station (its pinned TLS certificate)."""

    __tablename__ = "room_seats"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    certificate: Mapped[str] = mapped_column(Text)
    paired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    paired_by: Mapped[str] = mapped_column(String(60))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    role: Mapped[str] = mapped_column(String(20), default="seat", server_default="seat")  # seat | tablet


class RoomLeaseRecord(Base):
    """An attempt given to a seat. Revoked when the candidate moves: the old seat is refused."""

    __tablename__ = "room_leases"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id"), index=True)
    seat_fingerprint: Mapped[str] = mapped_column(ForeignKey("room_seats.fingerprint"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_reason: Mapped[str | None] = mapped_column(Text)


class ResultExportRecord(Base):
    """One result bundle this station exported for a session: what it carried, so that the
    next export sends only what is new (a supplement naming this one) or, when nothing is
    new, the same bundle again. Inserted once, never changed."""

    __tablename__ = "result_exports"
    __table_args__ = (UniqueConstraint("session_id", "number", name="uq_result_export_number"),)

    bundle_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)              # 1 = the first bundle, 2 = its first supplement ...
    extends: Mapped[str | None] = mapped_column(String(32))  # the bundle id this one extends
    payload_digest: Mapped[str] = mapped_column(String(64))
    contents: Mapped[str] = mapped_column(Text)               # JSON: which rows it carried (ids and counts only)
    exported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
