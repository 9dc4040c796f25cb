"""Cloze items: a text with numbered blanks, each chosen from a list or typed.

Source form (items/*.yaml):

    type: cloze
    stem: "A LiFePO4 cell is nominally [1] V; cells in series add their [2]."
    scoring: partial            # or all_or_nothing (default)
    blanks:
      - {id: b1, options: [{id: a, text: "3.2"}, {id: b, text: "3.7"}], key: a}
      - {id: b2, answers: [voltage, voltages]}          # typed text; case_sensitive: false
      - {id: b3, key: 48, tolerance: 0.5, weight: 2}    # typed number, counts twice

The response is a {blank id: option id or typed text} map; partial scoring gives
points × weight of the blanks right / weight of all blanks (every weight is 1 unless given).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Mapping

from app.domain.errors import template
from app.domain.exam import BLANK_KINDS, Blank, Choice, Item
from app.domain.fields import Fields, unique_ids

BLANK_FIELDS = ("id", "kind", "options", "key", "answers", "case_sensitive", "tolerance", "weight")


def read_blanks(f: Fields, read_choices: Callable[[Fields, str, int], tuple[Choice, ...]]) -> tuple[Blank, ...]:
    entries = f.sequence("blanks")
    blanks = []
    with f.problems.at("blanks"):
        if not entries and f.has("blanks"):
            f.problems.add(template("needs at least one blank"))
        for index, entry in enumerate(entries):
            with f.problems.at(index):
                blank = _blank(Fields(f.problems, entry, BLANK_FIELDS), read_choices)
                if blank:
                    blanks.append(blank)
        unique_ids(f.problems, template("blank"), [b.id for b in blanks])
    return tuple(blanks)


def _blank(b: Fields, read_choices: Callable[[Fields, str, int], tuple[Choice, ...]]) -> Blank | None:
    blank = _blank_of_kind(b, read_choices) if b.ok else None
    weight = b.number("weight", 1.0, positive=True) if b.ok else None
    if blank is None or weight is None:
        return None
    return replace(blank, weight=weight) if weight != 1.0 else blank


def _blank_of_kind(b: Fields, read_choices: Callable[[Fields, str, int], tuple[Choice, ...]]) -> Blank | None:
    ident = b.ident("id")
    kind = b.choice("kind", BLANK_KINDS, _inferred(b))
    if kind == "choice":
        options = read_choices(b, "options", 2)
        key = b.raw("key")
        if options and key not in [o.id for o in options]:
            with b.problems.at("key"):
                b.problems.add(template("{key} is not one of the options ({listed})",
                                        key=repr(key), listed=', '.join((o.id for o in options))))
        return Blank(ident, kind, options=options, key=key) if ident else None
    if kind == "text":
        answers = tuple(a.strip() for a in b.sequence("answers") if isinstance(a, str) and a.strip())
        if not answers:
            b.problems.add(template("a typed blank needs 'answers' (one or more accepted texts)"))
        return Blank(ident, kind, answers=answers, case_sensitive=b.boolean("case_sensitive", False)) if ident else None
    if kind == "number":
        key, tolerance = b.number("key"), b.number("tolerance", 0.0, minimum=0)
        return Blank(ident, kind, key=key, tolerance=tolerance or 0.0) if ident and key is not None else None
    return None


def _inferred(b: Fields) -> str:
    if b.has("options"):
        return "choice"
    return "text" if b.has("answers") else "number"


def blank_right(blank: Blank, value: Any, parse_number: Callable[[Any], float]) -> bool:
    if value is None:
        return False
    if blank.kind == "choice":
        return value == blank.key
    if blank.kind == "number":
        try:
            return abs(parse_number(value) - float(blank.key)) <= blank.tolerance + 1e-9
        except (TypeError, ValueError):
            return False
    if not isinstance(value, str):
        return False
    typed = " ".join(value.split())
    if blank.case_sensitive:
        return typed in blank.answers
    return typed.casefold() in {a.casefold() for a in blank.answers}


def cloze_fraction(item: Item, response: Any, parse_number: Callable[[Any], float]) -> float:
    if not isinstance(response, Mapping):
        return 0.0
    right = [b for b in item.blanks if blank_right(b, response.get(b.id), parse_number)]
    if item.scoring == "all_or_nothing":
        return 1.0 if len(right) == len(item.blanks) else 0.0
    return sum(b.weight for b in right) / sum(b.weight for b in item.blanks)


def cloze_key(item: Item) -> dict[str, Any]:
    """The response that fills every blank with its key."""
    return {b.id: b.key if b.kind == "choice" else b.answers[0] if b.kind == "text" else repr(float(b.key))
            for b in item.blanks}


def blank_to_document(blank: Blank) -> dict:
    doc: dict[str, Any] = {"id": blank.id, "kind": blank.kind}
    if blank.kind == "choice":
        doc.update(options=[{"id": o.id, "text": o.text} for o in blank.options], key=blank.key)
    elif blank.kind == "text":
        doc.update(answers=list(blank.answers), case_sensitive=blank.case_sensitive)
    else:
        doc.update(key=blank.key, tolerance=blank.tolerance)
    if blank.weight != 1.0:   # left out when 1: documents of unweighted items stay as they were
        doc["weight"] = blank.weight
    return doc
