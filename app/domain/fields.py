"""Typed reads from parsed YAML/JSON mappings that record problems instead of raising."""

from __future__ import annotations

import difflib
import math
import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Callable, Iterable, Iterator, TypeVar

from app.domain.errors import template
from app.domain.problems import Problems

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
_MISSING = object()
Word = TypeVar("Word", bound=str)  # the type of a choice's options (often a Literal)
Read = TypeVar("Read")
# Readers of many small mappings (items, options, mapping entries) first try a shortcut: the
# value a mapping with nothing to report gives, read without a Fields for each part. Anything
# else goes the long way, which words every problem. Tests turn the shortcuts off to show that
# both ways give the same values and the same problems (read_in_full).
_SHORTCUTS: ContextVar[bool] = ContextVar("reading_shortcuts", default=True)


def shortcuts() -> bool:
    """Whether a reader may take its shortcut for a plain value (see _SHORTCUTS)."""
    return _SHORTCUTS.get()


@contextmanager
def read_in_full() -> Iterator[None]:
    """Inside it every value is read the long way, through Fields (tests compare the two ways)."""
    token = _SHORTCUTS.set(False)
    try:
        yield
    finally:
        _SHORTCUTS.reset(token)


def all_plain(entries: list, plain: Callable[[Any], Read | None]) -> list[Read] | None:
    """Each entry as `plain` reads it, or None as soon as one has something to report."""
    found = []
    for entry in entries:
        value = plain(entry)
        if value is None:
            return None
        found.append(value)
    return found


def plain_word(value: Any) -> str | None:
    """The id Fields.ident gives for a text that is one, with nothing to report; else None."""
    if type(value) is not str:
        return None
    value = value.strip()
    return value if ID_PATTERN.match(value) else None


def plain_text(value: Any) -> str | None:
    """The text Fields.text gives for a text with words in it, with nothing to report; else None."""
    if type(value) is not str:
        return None
    value = value.strip()
    return value or None


def plain_positive(value: Any) -> float | None:
    """The number Fields.number(positive=True) gives for a number above 0; else None."""
    if type(value) is not float and type(value) is not int:
        return None
    return float(value) if math.isfinite(value) and value > 0 else None


class Fields:
    """Reads the fields of one mapping; every bad or missing field becomes a problem."""

    def __init__(self, problems: Problems, data: Any, allowed: Iterable[str]) -> None:
        self.problems = problems
        self.ok = isinstance(data, dict)
        self.data: dict = data if self.ok else {}
        if not self.ok:
            problems.add(template("expected a mapping of fields, found {found}", found=_kind(data)))
            return
        allowed = allowed if isinstance(allowed, frozenset) else set(allowed)
        if self.data.keys() <= allowed:
            return
        for name in self.data:
            if name not in allowed:
                hint = difflib.get_close_matches(str(name), allowed, n=1)
                problems.add(template("unknown field '{name}' (did you mean '{hint}'?)", name=name, hint=hint[0])
                             if hint else template("unknown field '{name}'", name=name))

    def has(self, name: str) -> bool:
        return name in self.data

    def raw(self, name: str, default: Any = _MISSING) -> Any:
        if name in self.data:
            return self.data[name]
        if default is _MISSING:
            self.problems.add(template("'{name}' is required", name=name))
            return None
        return default

    def text(self, name: str, default: Any = _MISSING) -> str | None:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            if value is not None:
                self._bad(name, template("a non-empty text"), value)
            return None if default is _MISSING else default
        return value.strip()

    def ident(self, name: str, default: Any = _MISSING) -> str | None:
        value = self.text(name, default)
        if value is not None and value is not default and not ID_PATTERN.match(value):
            self._bad(name, template("an id of letters, digits, '-', '_' or '.' (up to 80)"), value)
            return None
        return value

    def number(self, name: str, default: Any = _MISSING, *, minimum: float | None = None,
               positive: bool = False) -> float | None:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            if value is not None or (default is _MISSING and self.has(name)):  # a required number left empty
                self._bad(name, template("a number"), value)
            return None
        value = float(value)
        if positive and value <= 0:
            self._bad(name, template("a number above 0"), value)
            return None
        if minimum is not None and value < minimum:
            self._bad(name, template("a number of at least {minimum:g}", minimum=minimum), value)
            return None
        return value

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw(name, default)
        if not isinstance(value, bool):
            self._bad(name, template("true or false"), value)
            return default
        return value

    def choice(self, name: str, options: tuple[Word, ...], default: Any = _MISSING) -> Word | None:
        """One of `options`; typed as they are (a tuple of Literal words gives that Literal)."""
        value = self.raw(name, default)
        if value not in options:
            if value is not None:
                self._bad(name, template("one of {options}", options=", ".join(options)), value)
            return None
        return value

    def sequence(self, name: str, default: Any = _MISSING) -> list:
        value = self.raw(name, default)
        if value is None:
            return []
        if not isinstance(value, list):
            self._bad(name, template("a list"), value)
            return []
        return value

    def _bad(self, name: str, expected: str, value: Any) -> None:
        with self.problems.at(name):
            self.problems.add(template("expected {expected}, found {found}", expected=expected, found=_show(value)))


def _kind(value: Any) -> str:
    if value is None:
        return template("nothing")
    kinds = {dict: template("a mapping"), list: template("a list"), str: template("a text"),
             bool: template("true/false")}
    return kinds.get(type(value), template("a number") if isinstance(value, (int, float)) else type(value).__name__)


def _show(value: Any) -> str:
    if isinstance(value, (dict, list)) or value is None:
        return _kind(value)
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def unique_ids(problems: Problems, what: str, ids: list[str | None]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident is None:
            continue
        if ident in seen:
            problems.add(template("{what} id '{ident}' is used more than once", what=what, ident=ident))
        seen.add(ident)
