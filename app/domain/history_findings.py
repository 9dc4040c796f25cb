"""What the body's replay of the attempt rules (app.domain.history_rules) finds, in words: a
Finding (the event, the rule, why), and the words for states, kinds of event and spans of time
that its reasons are made of. Plain Python."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.annotations import ANNOTATED
from app.domain.attempt import Event, TimeLimits
from app.domain.errors import template, words_data, words_from_data

# Words, not text: a finding is stored with its template and values and read in the staff's language.
STATE_WORDS = {"ready": template("not started"), "in_progress": template("running"), "paused": template("paused"),
               "submitted": template("submitted"), "timed_out": template("timed out"), "voided": template("voided"),
               "transferred": template("moved to another station")}
EVENT_WORDS = {"started": template("A start"), "resumed": template("A resume"), "paused": template("A pause"),
               "interrupted": template("An interruption"), "answered": template("An answer"),
               "visited": template("A move to an item"), "flagged": template("A flag"),
               ANNOTATED: template("A highlight or struck-out option"), "section_left": template("Leaving a section"),
               "submitted": template("A submission"), "timed_out": template("A time-out"), "voided": template("A void"),
               "transferred": template("A move to another station"), "extended": template("An extension"),
               "incident": template("An incident"), "evaluated": template("A checklist evaluation")}


@dataclass(frozen=True, slots=True)
class Finding:
    """One broken rule: the event (its seq; 0 for the attempt as a whole), the rule's name and why
    (Words: English as a str, in the staff's language on a screen)."""

    seq: int
    rule: str
    reason: str

    def line(self) -> str:
        return template("event {seq}: {reason}", seq=self.seq, reason=self.reason) if self.seq else self.reason

    def to_data(self) -> dict[str, Any]:
        """As stored: the English reason, and its words to translate (absent in older records)."""
        words = words_data(self.reason)
        return {"seq": self.seq, "rule": self.rule, "reason": str(self.reason),
                **({"words": words} if isinstance(words, dict) else {})}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Finding:
        """A stored finding; an older one (no words) reads as its English reason."""
        reason = str(data.get("reason", ""))
        return cls(int(data.get("seq", 0)), str(data.get("rule", "")), words_from_data(data.get("words"), reason))


def span(ms: float) -> str:
    return f"{ms / 1000:.1f} s" if abs(ms) < 120_000 else f"{ms / 60_000:.1f} min"   # the same in Spanish


def limits_words(limits: TimeLimits) -> str:
    """A TimeLimits in words: ids and spans only."""
    exam = template("untimed") if limits.exam_ms is None else span(limits.exam_ms)
    if not limits.section_ms:
        return template("exam {exam}", exam=exam)
    sections = ", ".join(f"{s} {span(ms)}" for s, ms in sorted(limits.section_ms.items()))   # ids and times only
    return template("exam {exam}, sections {sections}", exam=exam, sections=sections)


def not_a_time(event: Event) -> str:
    """For an event whose time cannot be read."""
    return template("The event's time '{at}' is not a date and time.", at=str(event.at))


def incomplete(kind: str) -> str:
    return template("The {kind} event's details are incomplete or of the wrong type.", kind=kind)
