"""Reads one item from its source mapping: the fields every item has, then its type's own fields
and rules (app/domain/item_types), then an optional scoring mapping."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.errors import template
from app.domain.exam import Item
from app.domain.fields import Fields
from app.domain.item_types import is_registered, item_kind, type_names
from app.domain.mapped import check_mapping_keys, read_mapping
from app.domain.problems import Problems
from app.domain.rich_text import rich_text_problems

COMMON = ("id", "type", "domain", "stem", "stem_html", "points", "media", "stimulus")


def source_fields(item_type: str) -> tuple[str, ...]:
    """Every source field an item of this type may have, common ones first."""
    kind = item_kind(item_type)
    return COMMON + kind.fields + (("mapping",) if kind.mapped else ())


def read_item(problems: Problems, data: Any, domains: set[str]) -> Item | None:
    kind = data.get("type") if isinstance(data, dict) else None
    if is_registered(kind):
        allowed: tuple = source_fields(kind)
    else:  # an unknown type is reported once; its other fields are not guessed at
        allowed = tuple(data) if isinstance(data, dict) else ()
    f = Fields(problems, data, allowed)
    if not f.ok:
        return None
    before = len(problems.lines)
    item_id = f.ident("id")
    item_type = f.choice("type", type_names())
    domain = _domain(f, domains)
    values: dict[str, Any] = dict(
        id=item_id, type=item_type, domain=domain, stem=f.text("stem"),
        points=f.number("points", 1.0, positive=True), media=f.text("media", None),
        stimulus=f.ident("stimulus", None),
    )
    values["stem_html"] = _stem_html(f)
    if item_type:
        _read_type_fields(f, item_type, values)
    if len(problems.lines) != before or None in (item_id, item_type, domain, values["stem"], values["points"]):
        return None
    return Item(**values)


# What a converter may settle after reading an item (app.formats.qti: the domain from the
# companion file, the formatted stem it made safe itself, a mapped item's price).
SETTLED_LATER = ("domain", "stem_html", "points")


def read_item_again(problems: Problems, data: Any, domains: set[str], earlier: tuple[dict, Item] | None) -> Item | None:
    """read_item(problems, data, domains), without reading again what `earlier` read: a mapping
    read_item made that Item from, without problems. When `data` differs from it only in
    SETTLED_LATER, those fields are read here as read_item reads them (the same checks, the same
    problems in the same order) and the rest is the earlier Item's; a changed `points` is kept only
    for a type whose rules never look at it. Anything else is read in full."""
    if earlier is None or not isinstance(data, dict):
        return read_item(problems, data, domains)
    before, item = earlier
    same = {k: v for k, v in data.items() if k not in SETTLED_LATER} == {
        k: v for k, v in before.items() if k not in SETTLED_LATER}
    if not same or (data.get("points") != before.get("points") and item_kind(item.type).check is not None):
        return read_item(problems, data, domains)
    f = Fields(problems, data, source_fields(item.type))
    count = len(problems.lines)
    domain, points = _domain(f, domains), f.number("points", 1.0, positive=True)
    stem_html = _stem_html(f)
    if len(problems.lines) != count or domain is None or points is None:
        return None
    return replace(item, domain=domain, points=points, stem_html=stem_html)


def _domain(f: Fields, domains: set[str]) -> str | None:
    domain = f.ident("domain")
    if domain and domains and domain not in domains:
        with f.problems.at("domain"):
            f.problems.add(template("'{domain}' is not one of the exam's domains ({listed})",
                                    domain=domain, listed=', '.join(sorted(domains))))
    return domain


def _read_type_fields(f: Fields, item_type: str, values: dict[str, Any]) -> None:
    kind = item_kind(item_type)
    values.update(kind.read(f))
    values["mapping"] = read_mapping(f)
    if values["mapping"]:
        valid = kind.mapped.answerable(values) if kind.mapped else bool
        check_mapping_keys(f, item_type, values["mapping"], valid)
    if kind.check:
        kind.check(f, values)


def _stem_html(f: Fields) -> str:
    html = f.text("stem_html", "") or ""
    with f.problems.at("stem_html"):
        for problem in rich_text_problems(html):
            f.problems.add(problem)
    return html
