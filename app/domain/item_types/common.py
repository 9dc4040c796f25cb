"""Helpers several item types share: reading a list of options, checking an id against them,
the all-or-nothing / partial rule, a typed number, a list of ids."""

from __future__ import annotations

import math
from typing import Any

from app.domain.errors import template
from app.domain.exam import Choice
from app.domain.fields import ID_PATTERN, Fields, all_plain, shortcuts, unique_ids

CHOICE_FIELDS = ("id", "text", "media")
_CHOICE_FIELD_SET = frozenset(CHOICE_FIELDS)


def read_choices(f: Fields, name: str, minimum: int) -> tuple[Choice, ...]:
    entries = f.sequence(name)
    if len(entries) >= minimum and shortcuts():
        whole = _plain_choices(entries)
        if whole is not None:
            return whole
    result = []
    with f.problems.at(name):
        if len(entries) < minimum:
            f.problems.add(template("needs at least {minimum} entries, found {count}",
                                    minimum=minimum, count=len(entries)))
        plain = _plain_choice if shortcuts() else _not_plain
        for index, entry in enumerate(entries):
            choice = plain(entry)
            if choice is None:
                with f.problems.at(index):
                    choice = _choice(Fields(f.problems, entry, CHOICE_FIELDS))
            if choice is not None:
                result.append(choice)
        unique_ids(f.problems, template("option"), [c.id for c in result])
    return tuple(result)


def _choice(c: Fields) -> Choice | None:
    ident, text = (c.ident("id"), c.text("text")) if c.ok else (None, None)
    return Choice(ident, text, c.text("media", None)) if ident and text else None


def _not_plain(_entry: Any) -> None:
    return None


def _plain_choice(entry: Any) -> Choice | None:
    """The Choice `_choice` reads from an option that has nothing to report, without its Fields:
    an exam has thousands of options. Anything else (None) goes the long way, which words its
    problems."""
    if type(entry) is not dict or not entry.keys() <= _CHOICE_FIELD_SET:
        return None
    ident, text, media = entry.get("id"), entry.get("text"), entry.get("media", "-")
    if type(ident) is not str or type(text) is not str or type(media) is not str:
        return None
    ident, text, media = ident.strip(), text.strip(), media.strip()
    if not (text and media and ID_PATTERN.match(ident)):
        return None
    return Choice(ident, text, None if "media" not in entry else media)


def _plain_choices(entries: list) -> tuple[Choice, ...] | None:
    """What read_choices reads from a list whose options all have nothing to report and ids of
    their own, in one loop; None when any has something to report (the long way words it)."""
    choices = all_plain(entries, _plain_choice)
    if choices is None or len({c.id for c in choices}) != len(choices):
        return None
    return tuple(choices)


def known(f: Fields, where: str, value: Any, ids: list[str]) -> bool:
    if isinstance(value, str) and value in ids:
        return True
    with f.problems.at(where):
        f.problems.add(template("{found} is not one of the options ({listed})",
                                found=shown(value), listed=', '.join(ids)))
    return False


def shown(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)


def scoring_rule(f: Fields) -> dict[str, Any]:
    return {"scoring": f.choice("scoring", ("all_or_nothing", "partial"), "all_or_nothing") or "all_or_nothing"}


def parse_number(text: Any) -> float:
    """A candidate's typed number; accepts a decimal comma and spaces between digits."""
    if isinstance(text, bool):
        raise ValueError("not a number")
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        cleaned = str(text).strip().replace(" ", "").replace("\u00a0", "")
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def strings(response: Any) -> list[str]:
    if isinstance(response, (str, bytes)) or not isinstance(response, (list, tuple)):
        raise TypeError("expected a list of ids")
    return [r for r in response if isinstance(r, str)]


def option_ids(values: dict[str, Any]) -> Any:
    """Mapping keys of a choice item: its option ids."""
    return {o.id for o in values["options"]}.__contains__


def one_text(item: Any, response: Any, _parse_number: Any) -> list[Any]:
    """The part a mapping values in a one-text response (an option id, a typed text)."""
    if not isinstance(response, str):
        raise TypeError("expected a text")
    return [response]
