"""A typed answer: scored against accepted texts (exact), a regular expression (pattern), or by
a person (manual, with optional rubric score points). The response is the text typed."""

from __future__ import annotations

import random
import re
from typing import Any

from app.domain.errors import template
from app.domain.exam import Item, MapEntry, RubricPoint
from app.domain.fields import Fields
from app.domain.item_types.common import one_text
from app.domain.item_types.kind import ItemKind, Mapped, ParseNumber

MAX_RUBRIC_POINTS = 10  # one digit key each on the marking screen


def _read(f: Fields) -> dict[str, Any]:
    scoring = f.choice("scoring", ("exact", "pattern", "manual"), "exact") or "exact"
    answers = tuple(a.strip() for a in f.sequence("answers", []) if isinstance(a, str) and a.strip())
    pattern = f.text("pattern", "") or ""
    if scoring == "exact" and not answers:
        f.problems.add(template("an exact short-text item needs 'answers' (one or more accepted texts)"))
    if scoring == "pattern":
        _check_pattern(f, pattern, answers)
    return {"scoring": scoring, "answers": answers, "pattern": pattern,
            "case_sensitive": f.boolean("case_sensitive", False), "rubric": f.text("rubric", "") or "",
            "rubric_points": _rubric_points(f, scoring)}


def _check_pattern(f: Fields, pattern: str, answers: tuple[str, ...]) -> None:
    try:
        re.compile(pattern or "")
    except re.error as error:
        with f.problems.at("pattern"):
            f.problems.add(_regex_words(error))
    if not pattern:
        f.problems.add(template("a pattern short-text item needs 'pattern'"))
    if not answers:
        f.problems.add(template("a pattern short-text item needs 'answers': example answers the pattern accepts"))
    elif pattern and _compiles(pattern):
        for answer in answers:
            if not re.fullmatch(pattern, answer):
                with f.problems.at("answers"):
                    f.problems.add(template("the example '{answer}' does not match the pattern", answer=answer))


def _regex_words(error: re.error) -> str:
    """Python's own English for a bad pattern ("missing ), unterminated subpattern") said again as
    what to change, with the character where it went wrong (counted from 1)."""
    message = error.msg or ""
    what = next((words for clue, words in (
        ("unterminated subpattern", template("a bracket ( is not closed")),
        ("unbalanced parenthesis", template("a bracket ) has no ( before it")),
        ("unterminated character set", template("a bracket [ is not closed")),
        ("nothing to repeat", template("*, + or ? has nothing to repeat")),
        ("multiple repeat", template("*, + or ? has nothing to repeat")),
        ("greater than max", template("a repeat count has its larger number first")),
        ("bad escape", template("a backslash is followed by a letter that means nothing")),
        ("bad character range", template("a range in [ ] runs backwards")),
        ("group name", template("a group's name is not a valid name"))) if clue in message),
        template("it cannot be read"))
    if error.pos is None:
        return template("is not a valid regular expression: {what}", what=what)
    return template("is not a valid regular expression: {what} (at character {position})", what=what,
                    position=error.pos + 1)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _rubric_points(f: Fields, scoring: str) -> tuple[RubricPoint, ...]:
    """The score points a marker picks from, lowest first."""
    entries = f.sequence("rubric_points", [])
    if entries and scoring != "manual":
        with f.problems.at("rubric_points"):
            f.problems.add(template("only a manually scored item (scoring: manual) has rubric points"))
        return ()
    points = []
    with f.problems.at("rubric_points"):
        if len(entries) > MAX_RUBRIC_POINTS:
            f.problems.add(template("give at most {most} score points", most=MAX_RUBRIC_POINTS))
        for index, entry in enumerate(entries):
            with f.problems.at(index):
                p = Fields(f.problems, entry, ("points", "text"))
                value, text = (p.number("points", minimum=0), p.text("text", "")) if p.ok else (None, None)
                if value is not None and text is not None:
                    points.append(RubricPoint(value, text))
        if len({p.points for p in points}) != len(points):
            f.problems.add(template("each score point must give a different number of points"))
    return tuple(sorted(points, key=lambda p: p.points))


def _check_rubric_points(f: Fields, values: dict[str, Any]) -> None:
    """The rubric's score points against the item's points (a common field)."""
    if not values.get("rubric_points") or values["points"] is None:
        return
    with f.problems.at("rubric_points"):
        if any(p.points > values["points"] for p in values["rubric_points"]):
            f.problems.add(template("a score point is above the item's {points:g} points", points=values['points']))
        if values["rubric_points"][-1].points != values["points"]:
            f.problems.add(template("the highest score point must give the item's {points:g} points",
                                    points=values['points']))


def _score(item: Item, response: Any) -> float:
    if not isinstance(response, str):
        return 0.0
    text = " ".join(response.split())
    if item.scoring == "pattern":
        return 1.0 if re.fullmatch(item.pattern, text) else 0.0
    if item.case_sensitive:
        return 1.0 if text in item.answers else 0.0
    return 1.0 if text.casefold() in {a.casefold() for a in item.answers} else 0.0


def _wrong(_item: Item, rng: random.Random) -> Any:
    return rng.choice(("not sure", "I would check the manual", "battery"))


def _same_text(entry: MapEntry, part: Any, _parse: ParseNumber) -> bool:
    typed, listed = " ".join(part.split()), entry.key
    return typed == listed if entry.case_sensitive else typed.casefold() == listed.casefold()


SHORT_TEXT = ItemKind(
    name="short_text", label="Short text",
    fields=("scoring", "answers", "case_sensitive", "pattern", "rubric", "rubric_points"), read=_read,
    check=_check_rubric_points, score=_score, key_response=lambda item: item.answers[0], wrong_answer=_wrong,
    mapped=Mapped(lambda _values: bool, one_text, _same_text))
