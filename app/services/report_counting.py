"""What the board's statistics count, in words: why an attempt stays out (the rules themselves
run in SQL, app.store.report_queries._standing), pass rates with their 95 % Wilson interval,
quantiles of time used, and item flags past a minimum n."""

from __future__ import annotations

from app.domain.board_statistics import wilson_interval
from app.domain.errors import Words, template
from app.store.report_queries import EXCLUDED, HELD, INCOMPLETE, VOID_DECIDED, VOIDED_AT_CENTER, WAITING


def left_out_words(code: str | None, state: str, waiting: int) -> Words | str:
    """Why an attempt stays out of statistics, from the database's code ("" when it counts).
    In order of precedence: voided at the release step, voided at the center, not counted at the
    release step, incomplete (not submitted or timed out), waiting for a marker (a written answer
    has no final score: counting it as 0 would bias p, totals and pass rates; a blank one was given
    0 at import), held for review (its history broke the attempt rules: app.domain.history_rules)
    with no one's decision yet; a held attempt a person let count counts. The words are English
    (the CSV's) marked with template() so that the window and its PDF say them translated."""
    if code is None:
        return ""
    if code == WAITING:
        return template("waiting for a marker (1 written answer)") if waiting == 1 else \
            template("waiting for a marker ({count} written answers)", count=waiting)
    if code == INCOMPLETE:
        return template("incomplete (in progress)") if state == "in_progress" else \
            template("incomplete ({state})", state=state.replace("_", " "))
    return {VOID_DECIDED: template("voided at the release step"), VOIDED_AT_CENTER: template("voided at the center"),
            EXCLUDED: template("not counted at the release step"), HELD: template("held for review")}[code]


def pass_rate_figures(passed: int, n: int) -> dict:
    """The pass rate of n attempts with its 95 % Wilson interval (None for each without attempts)."""
    interval = wilson_interval(passed, n)
    return {"passed": passed, "pass_rate": round(passed / n, 4) if n else None,
            "pass_rate_ci_low": round(interval[0], 4) if interval else None,
            "pass_rate_ci_high": round(interval[1], 4) if interval else None}


def quantile(ordered: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (the common 'type 7' definition)."""
    if not ordered:
        return None
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return round(ordered[low] + (ordered[high] - ordered[low]) * (position - low), 1)


def flag_text(flags: tuple[str, ...], n: int, minimum: int) -> Words | str:
    """Flags with the n they rest on; none below the minimum, where they would be noise. The
    flags (template() words of app.domain.psychometrics) stay words a screen translates."""
    if n < minimum:
        return template("not flagged: {n} of the {minimum} attempts needed", n=n, minimum=minimum)
    if not flags:
        return ""
    listed = flags[0]
    for flag in flags[1:]:
        listed = template("{first}, {then}", first=listed, then=flag)
    return template("{flags} (n = {n})", flags=listed, n=n)
