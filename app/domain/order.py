"""Seeded item and option order: the same seed always gives the same order, so an
attempt's order is rebuilt from its recorded seed after a crash or on the body's side."""

from __future__ import annotations

import random
from dataclasses import dataclass

from app.domain.exam import Form, Item


@dataclass(frozen=True, slots=True)
class SectionOrder:
    section_id: str
    item_ids: tuple[str, ...]


def form_order(form: Form, seed: int) -> tuple[SectionOrder, ...]:
    """Items per section, shuffled within a section when the section says so."""
    sections = []
    for section in form.sections:
        ids = list(section.item_ids)
        if section.shuffle_items:
            random.Random(f"{seed}/items/{section.id}").shuffle(ids)
        sections.append(SectionOrder(section.id, tuple(ids)))
    return tuple(sections)


def option_order(item: Item, seed: int, shuffle: bool) -> tuple[str, ...]:
    """Display order of an item's options (choices for matching). Ordering items are always
    shuffled: showing them in key order would give the answer away."""
    choices = item.choices if item.type == "matching" else item.options
    ids = [c.id for c in choices]
    if shuffle or item.type == "ordering":
        rng = random.Random(f"{seed}/options/{item.id}")
        rng.shuffle(ids)
        if item.type == "ordering" and len(ids) > 1 and tuple(ids) == tuple(item.key):
            ids = ids[1:] + ids[:1]  # never start an ordering item already solved
    return tuple(ids)
