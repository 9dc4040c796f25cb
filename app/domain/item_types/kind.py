"""What an item type is: one `ItemKind` holds every part of a type the program needs (how its
source fields are read and checked, how a response is scored, what answering with the key gives,
a simulated wrong answer, how its options are ordered, which parts a complete answer fills, how
mapped scoring sees a response, and its name in reports). The answer widget and the translated
name are the screens' part: app/ui/candidate/responses registers them for each type.

The stored response (what a candidate's answer is, as saved and scored) is plain data: a text,
a number typed as text, a bool, a list of ids, a {part id: value} map or an [x, y] point."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Callable

from app.domain.exam import Choice, Item, MapEntry
from app.domain.fields import Fields

ParseNumber = Callable[[Any], float]


def no_parts(_item: Item) -> frozenset[str]:
    return frozenset()


def same_key(entry: MapEntry, part: Any, _parse_number: ParseNumber) -> bool:
    return entry.key == part


@dataclass(frozen=True, slots=True)
class Mapped:
    """How mapped scoring (a `mapping` of values, app/domain/mapped.py) sees this type.

    `answerable(values)`: which mapping keys name something a candidate can answer with, given the
    item's read values; `parts(item, response, parse_number)`: the distinct parts of a response
    the mapping values (raises on a malformed response); `matches(entry, part, parse_number)`:
    whether a mapping entry values that part (plain equality unless the type says otherwise)."""

    answerable: Callable[[dict[str, Any]], Callable[[str], bool]]
    parts: Callable[[Item, Any, ParseNumber], list[Any]]
    matches: Callable[[MapEntry, Any, ParseNumber], bool] = same_key


@dataclass(frozen=True, slots=True)
class ItemKind:
    """One item type. `read` returns the `Item` field values of its own source `fields` (the
    common fields are read for every type); `score` returns the fraction 0..1 of the points a
    response earns and may raise TypeError, ValueError, AttributeError or KeyError on a malformed
    response (scored 0)."""

    name: str                                           # as written in a source: "single_choice"
    label: str                                          # plain words in reports: "Single choice"
    fields: tuple[str, ...]                             # its source fields besides the common ones
    read: Callable[[Fields], dict[str, Any]]
    score: Callable[[Item, Any], float]
    key_response: Callable[[Item], Any]                 # the response that answers with the key
    wrong_answer: Callable[[Item, random.Random], Any]  # a simulated candidate's plausible mistake
    check: Callable[[Fields, dict[str, Any]], None] | None = None  # rules across the common fields
    mapped: Mapped | None = None                        # None: a mapping cannot score it
    shown_options: Callable[[Item], tuple[Choice, ...]] | None = None  # options put in a per-seed order
    always_shuffled: bool = False                       # shuffled even when the section does not say so
    parts: Callable[[Item], frozenset[str]] = no_parts  # ids a complete answer fills (empty: one part)
    counts_choices: bool = False                        # reports count how often each option was chosen

    @property
    def has_options(self) -> bool:
        return self.shown_options is not None
