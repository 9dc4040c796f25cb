"""Reads one item from its source mapping: the fields every item has, then its type's own fields
and rules (app/domain/item_types), then an optional scoring mapping."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields, replace
from operator import attrgetter, itemgetter
from typing import Any, Callable

from app.domain.errors import template
from app.domain.exam import Item
from app.domain.fields import Fields, all_plain, plain_positive, plain_text, plain_word, shortcuts
from app.domain.item_types import ItemKind, is_registered, item_kind, type_names
from app.domain.mapped import check_mapping_keys, read_mapping
from app.domain.problems import Problems
from app.domain.rich_text import rich_text_problems

COMMON = ("id", "type", "domain", "stem", "stem_html", "points", "media", "stimulus")


def source_fields(item_type: str) -> tuple[str, ...]:
    """Every source field an item of this type may have, common ones first."""
    kind = item_kind(item_type)
    return COMMON + kind.fields + (("mapping",) if kind.mapped else ())


def field_set(item_type: str) -> frozenset[str]:
    """source_fields as a set, made once per registered type (a type registered anew is new)."""
    kind = item_kind(item_type)
    made = _FIELD_SETS.get(item_type)
    if made is None or made[0] is not kind:
        made = _FIELD_SETS[item_type] = (kind, frozenset(source_fields(item_type)))
    return made[1]


_FIELD_SETS: dict[str, tuple[ItemKind, frozenset[str]]] = {}
REQUIRED = ("id", "type", "domain", "stem", "points")
_REQUIRED_VALUES = itemgetter(*REQUIRED)


def read_item(problems: Problems, data: Any, domains: set[str]) -> Item | None:
    kind = data.get("type") if isinstance(data, dict) else None
    registered = is_registered(kind)
    if is_registered(kind):
        allowed: frozenset | tuple = field_set(kind)
    else:  # an unknown type is reported once; its other fields are not guessed at
        allowed = tuple(data) if isinstance(data, dict) else ()
    f = Fields(problems, data, allowed)
    if not f.ok:
        return None
    before = len(problems.lines)
    values = _plain_common(f.data, domains) if registered and shortcuts() else None
    if values is None:
        values = _common(f, domains)
    if values["type"]:
        _read_type_fields(f, values["type"], values)
    if len(problems.lines) != before or None in _REQUIRED_VALUES(values):
        return None
    return Item(**values)


def _common(f: Fields, domains: set[str]) -> dict[str, Any]:
    """The fields every item has, each read through `f` (which words every problem)."""
    values: dict[str, Any] = dict(
        id=f.ident("id"), type=f.choice("type", type_names()), domain=_domain(f, domains), stem=f.text("stem"),
        points=f.number("points", 1.0, positive=True), media=f.text("media", None),
        stimulus=f.ident("stimulus", None),
    )
    values["stem_html"] = _stem_html(f)
    return values


def _plain_common(data: dict, domains: set[str]) -> dict[str, Any] | None:
    """What `_common` reads from an item whose common fields have nothing to report, without a
    Fields read each (an import reads thousands of items); None: `_common` reads and words them.
    The type is registered (read_item checked it)."""
    get = data.get
    item_id, domain, stem = plain_word(get("id")), plain_word(get("domain")), plain_text(get("stem"))
    points = plain_positive(get("points", 1.0))
    if item_id is None or domain is None or stem is None or points is None or (domains and domain not in domains):
        return None
    media, stimulus, stem_html = get("media"), get("stimulus"), _plain_stem_html(get("stem_html"))
    if media is not None:
        media = plain_text(media)
        if media is None:
            return None
    if stimulus is not None:
        stimulus = plain_word(stimulus)
        if stimulus is None:
            return None
    if stem_html is None:
        return None
    return dict(id=item_id, type=data["type"], domain=domain, stem=stem, points=points, media=media,
                stimulus=stimulus, stem_html=stem_html)


def _plain_stem_html(value: Any) -> str | None:
    """What `_stem_html` gives for a missing or safe formatted stem; None for anything to report."""
    if value is None:
        return ""
    html = plain_text(value)
    return html if html is not None and not rich_text_problems(html) else None


# What a converter may settle after reading an item (app.formats.qti: the domain from the
# companion file, the formatted stem it made safe itself, a mapped item's price).
SETTLED_LATER = ("domain", "stem_html", "points")


def read_item_again(problems: Problems, data: Any, domains: set[str], earlier: tuple[dict, Item] | None) -> Item | None:
    """read_item(problems, data, domains), without reading again what `earlier` read: a mapping
    read_item made that Item from, without problems. When `data` differs from it only in
    SETTLED_LATER, those fields are read here as read_item reads them (the same checks, the same
    problems in the same order) and the rest is the earlier Item's; a changed `points` is kept only
    for a type whose rules never look at it. Anything else is read in full."""
    settled = settled_plainly(data, domains, earlier)
    if settled is not None:
        return settled
    if earlier is None or not isinstance(data, dict):
        return read_item(problems, data, domains)
    before, item = earlier
    if not _reusable(data, before, item):
        return read_item(problems, data, domains)
    f = Fields(problems, data, source_fields(item.type))
    count = len(problems.lines)
    domain, points = _domain(f, domains), f.number("points", 1.0, positive=True)
    stem_html = _stem_html(f)
    if len(problems.lines) != count or domain is None or points is None:
        return None
    return replace(item, domain=domain, points=points, stem_html=stem_html)


def settled_plainly(data: Any, domains: set[str], earlier: tuple[dict, Item] | None) -> Item | None:
    """What read_item_again gives when `data` is `earlier`'s mapping with only SETTLED_LATER
    changed and those have nothing to report: the earlier Item with them settled. None for
    anything else, which read_item_again reads (and words) the long way."""
    if earlier is None or type(data) is not dict or not shortcuts():
        return None
    before, item = earlier
    if not _reusable(data, before, item):
        return None
    settled = _plain_settled(data, domains, item.type)
    return _settled(item, *settled) if settled is not None else None


def items_reader(domains: set[str], earlier: list[tuple[dict, Item]]) -> Callable[[Problems, Any], Item | None]:
    """Reads a document's items in order, each with what a converter read of it, if anything."""
    known = iter(earlier)
    return lambda problems, data: read_item_again(problems, data, domains, next(known, None))


def settled_document(content: Any, domains: set[str], earlier: list[tuple[dict, Item]]) -> list[Item] | None:
    """The items of an item document {items: [...]} whose every item a converter read and that
    has nothing to report, each as settled_plainly settles it, without the document's Fields and
    locations; None: the exam reader reads the document the long way (which words it)."""
    if type(content) is not dict or len(content) != 1 or not shortcuts():
        return None
    listed = content.get("items")
    if type(listed) is not list or not listed or len(listed) > len(earlier):
        return None
    pairs = list(zip(listed, earlier[:len(listed)], strict=True))
    return all_plain(pairs, lambda pair: settled_plainly(pair[0], domains, pair[1]))


def _reusable(data: dict, before: dict, item: Item) -> bool:
    """Whether the Item read from `before` holds for `data` but for what SETTLED_LATER settles."""
    return _same_but_settled(data, before) and (
        data.get("points") == before.get("points") or item_kind(item.type).check is None)


def _same_but_settled(data: dict, before: dict) -> bool:
    """Whether the two mappings hold the same fields with equal values, SETTLED_LATER aside
    (copies compared in C: cheaper than a loop over the fields)."""
    data, before = dict(data), dict(before)
    for name in SETTLED_LATER:
        data.pop(name, None)
        before.pop(name, None)
    return data == before


def _plain_settled(data: dict, domains: set[str], item_type: str) -> tuple[str, float, str] | None:
    """The domain, points and formatted stem read_item_again reads when none has anything to
    report (and the item no unknown field); None: they are read the long way, which words them."""
    if not data.keys() <= field_set(item_type):
        return None
    domain, points = plain_word(data.get("domain")), plain_positive(data.get("points", 1.0))
    stem_html = _plain_stem_html(data.get("stem_html"))
    if domain is None or points is None or stem_html is None or (domains and domain not in domains):
        return None
    return domain, points, stem_html


_ITEM_FIELDS = tuple(field.name for field in dataclass_fields(Item))
_ITEM_VALUES = attrgetter(*_ITEM_FIELDS)
_DOMAIN, _POINTS, _STEM_HTML = (_ITEM_FIELDS.index(name) for name in ("domain", "points", "stem_html"))


def _settled(item: Item, domain: str, points: float, stem_html: str) -> Item:
    """dataclasses.replace(item, domain=..., points=..., stem_html=...) at half its cost: every
    field is taken in one C call and given to Item in order."""
    values = list(_ITEM_VALUES(item))
    values[_DOMAIN], values[_POINTS], values[_STEM_HTML] = domain, points, stem_html
    return Item(*values)


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
