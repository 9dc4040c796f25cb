"""Marks given at the body to responses a person scores (blind double marking, adjudication)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models import Base


class MarkRecord(Base):
    """One mark: who gave which rubric point to which response, when, and as which mark.
    The constraints are the rules that must hold under concurrent markers: one mark of each
    kind per response, and one mark per marker per response (so nobody marks a response twice
    or adjudicates their own)."""

    __tablename__ = "marks"
    __table_args__ = (UniqueConstraint("attempt_id", "item_id", "kind", name="uq_marks_kind"),
                      UniqueConstraint("attempt_id", "item_id", "marker", name="uq_marks_marker"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("result_attempts.attempt_id"), index=True)
    item_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))          # first, second, adjudication
    marker: Mapped[str] = mapped_column(String(60))        # the account's user name
    points: Mapped[float] = mapped_column(Float)
    rubric_point: Mapped[str] = mapped_column(Text)        # the score point's wording, as the marker saw it
    marked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
