"""Reads one item from its source mapping: the fields every item has, then its type's own fields
and rules (app/domain/item_types), then an optional scoring mapping."""

from __future__ import annotations

from typing import Any

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
    domain = f.ident("domain")
    if domain and domains and domain not in domains:
        with problems.at("domain"):
            problems.add(f"'{domain}' is not one of the exam's domains ({', '.join(sorted(domains))})")
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
