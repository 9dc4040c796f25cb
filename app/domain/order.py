"""Seeded selection, item order and option order: the same seed always gives the same items in
the same order, so an attempt's questions are rebuilt from its recorded seed after a crash or
on the body's side (the seed is the record of which items a pool gave the candidate)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from app.domain.exam import Form, Item, Section
from app.domain.item_types import item_kind


@dataclass(frozen=True, slots=True)
class SectionOrder:
    section_id: str
    item_ids: tuple[str, ...]


def delivered_form(form: Form, seed: int) -> Form:
    """The form as one attempt gets it: in a section that selects from a pool, only the items its
    seed draws (kept in the form's order). Scoring counts these items, no others."""
    if not any(s.select is not None for s in form.sections):
        return form
    return replace(form, sections=tuple(replace(s, item_ids=_selected(s, seed)) for s in form.sections))


def _selected(section: Section, seed: int) -> tuple[str, ...]:
    if section.select is None or section.select >= len(section.item_ids):
        return section.item_ids
    drawn = set(random.Random(f"{seed}/select/{section.id}").sample(section.item_ids, section.select))
    return tuple(i for i in section.item_ids if i in drawn)


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
    """Display order of an item's options (its type's `shown_options`: the choices for matching).
    A type that is always shuffled (ordering) is shuffled even when the section does not say so,
    and never starts in key order: that would give the answer away."""
    kind = item_kind(item.type)
    ids = [c.id for c in kind.shown_options(item)] if kind.shown_options else []
    if shuffle or kind.always_shuffled:
        rng = random.Random(f"{seed}/options/{item.id}")
        rng.shuffle(ids)
        if kind.always_shuffled and len(ids) > 1 and tuple(ids) == tuple(item.key):
            ids = ids[1:] + ids[:1]  # never start already solved
    return tuple(ids)
