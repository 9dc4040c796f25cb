"""Exam time: counted on a monotonic clock while the attempt runs, checkpointed to disk,
and recovered after a crash according to the exam's interruption policy.

Wall-clock changes while the app runs never change the time left: only monotonic
deltas count. Across a restart the monotonic clock is gone, so the "continue"
policy (time runs while the app is down) must use the wall clock for the gap.
"""

from __future__ import annotations

from typing import Callable

Monotonic = Callable[[], float]


class AttemptTimer:
    """Exam time used by one attempt in this process."""

    def __init__(self, elapsed_ms: int, monotonic: Monotonic) -> None:
        self._base_ms = elapsed_ms
        self._monotonic = monotonic
        self._started_at: float | None = None

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._monotonic()

    def stop(self) -> int:
        self._base_ms = self.elapsed_ms()
        self._started_at = None
        return self._base_ms

    def elapsed_ms(self) -> int:
        if self._started_at is None:
            return self._base_ms
        return self._base_ms + max(0, round((self._monotonic() - self._started_at) * 1000))


def recovered_elapsed_ms(checkpoint_ms: int, checkpoint_wall: float, now_wall: float, policy: str) -> int:
    """Exam time used when an interrupted attempt comes back.

    pause (default): the time the app was down is not charged.
    continue: it is, measured on the wall clock (never negative, if the clock went back).
    """
    if policy == "continue":
        return checkpoint_ms + max(0, round((now_wall - checkpoint_wall) * 1000))
    return checkpoint_ms


def due_warnings(remaining_ms: int | None, marks_minutes: tuple[float, ...], given: set[float]) -> list[float]:
    """Warning marks (in minutes) reached and not yet given, largest first."""
    if remaining_ms is None:
        return []
    return [m for m in sorted(marks_minutes, reverse=True) if remaining_ms <= m * 60_000 and m not in given]
