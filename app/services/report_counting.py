"""What the board's statistics count: which attempts stay out and why, passes of attempts a
person let count, pass rates with their 95 % Wilson interval, and item flags past a minimum n."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.domain.board_statistics import wilson_interval
from app.domain.release import EXCLUDE, VOID

FINISHED = ("submitted", "timed_out")


@dataclass(frozen=True)
class Attempts:
    """The attempts a report reads, with the center names and why some stay out of statistics."""

    all: list
    names: dict[str, str]           # attempt id -> the center's name (from its imported bundle)
    left_out: dict[str, str]        # attempt id -> why it is kept out of statistics, in words

    @property
    def counted(self) -> list:
        return [a for a in self.all if a.attempt_id not in self.left_out]

    def center(self, attempt) -> str:
        return self.names.get(attempt.attempt_id) or attempt.center_fingerprint


def left_out_because(a, decision: str | None) -> str | None:
    """Why an attempt stays out of statistics, or None when it counts. An attempt with written
    answers still waiting for a marker counts once they are marked (a blank one was given 0 at
    import). A held attempt (its history broke the rules: app.domain.history_rules) counts only
    once a person decided so."""
    if decision == VOID:
        return "voided at the release step"
    if a.state == "voided":
        return "voided at the center"
    if decision == EXCLUDE:
        return "not counted at the release step"
    if a.state not in FINISHED:
        return f"incomplete ({a.state.replace('_', ' ')})"
    waiting = len(json.loads(a.details).get("pending_manual") or ())
    if waiting:  # its score is not final: counting the answer as 0 would bias p, totals and pass rates
        return f"waiting for a marker ({waiting} written answer{'s' if waiting > 1 else ''})"
    if a.findings != "[]" and decision is None:
        return "held for review"
    return None


def counts_as_passed(a) -> bool:
    """Whether the written part passed; a held attempt that a person let count is stored as not
    passed, with what its scores give kept beside it."""
    if a.findings != "[]":
        return bool((json.loads(a.details).get("held") or {}).get("written_passed", a.written_passed))
    return bool(a.written_passed)


def pass_rate_row(group: list) -> dict:
    passed = sum(1 for a in group if counts_as_passed(a))
    interval = wilson_interval(passed, len(group))
    return {"passed": passed, "pass_rate": round(passed / len(group), 4) if group else None,
            "pass_rate_ci_low": round(interval[0], 4) if interval else None,
            "pass_rate_ci_high": round(interval[1], 4) if interval else None}


def flag_text(flags: tuple[str, ...], n: int, minimum: int) -> str:
    """Flags with the n they rest on; none below the minimum, where they would be noise."""
    if n < minimum:
        return f"not flagged: {n} of the {minimum} attempts needed"
    return f"{', '.join(flags)} (n = {n})" if flags else ""
