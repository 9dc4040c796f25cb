"""Tables of the station (and, later, the body's central) database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
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
