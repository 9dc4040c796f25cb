"""Each supported QTI interaction as an ExamStation item type (docs/qti-import.md has the table).

A converter returns the item's type-specific source fields, or None after reporting why the
interaction cannot be carried over. Keys and mappings use ExamStation's response shapes: an
option id, a list of ids, a {premise: choice} map, a text, a number, a point.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from typing import Any, Callable

from app.domain.errors import template
from app.formats.qti.declarations import Declaration
from app.formats.qti.graphics import Picture, regions_for_areas, regions_for_choices
from app.formats.qti.report import Notes
from app.formats.qti.scoring_rules import ClozeRule, Rule
from app.formats.qti.xml import children, text_of

Converted = dict | None


def _choices(node: ET.Element, tag: str, notes: Notes) -> list[dict]:
    """Options as {id, text} and, for a picture, "media": its reference as written in the item
    (items.py makes it a package path). A picture without words is named by its alt text."""
    found = []
    for number, choice in enumerate(node.iter(tag), 1):
        entry = {"id": choice.get("identifier", ""), "text": text_of(choice)}
        pictures = [*choice.iter("img"), *choice.iter("object")]   # one, or too many: the order is not used
        if len(pictures) > 1:
            notes.unsupported(tag, template("option '{id}' shows more than one picture", id=entry['id']))
        elif pictures:
            entry["media"] = pictures[0].get("src") or pictures[0].get("data") or ""
            named = (pictures[0].get("alt") or choice.get("objectLabel") or "").strip()
            entry["text"] = entry["text"] or named or f"Picture {number}"
        if not entry["text"]:
            notes.unsupported(tag, template("option '{id}' has no text", id=entry['id']))
        found.append(entry)
    return found


def _mapped(decl: Declaration, rule: Rule, notes: Notes, orient: Callable[[str], str | None] = lambda k: k) -> Converted:
    """The mapping field, with each key turned into ExamStation's spelling by `orient`."""
    if rule.kind != "map_response":
        return None
    if not decl.has_mapping:
        notes.unsupported("map_response", template("the response declaration has no mapping"))
        return None
    entries = []
    for key, value, case_sensitive in decl.entries:
        oriented = orient(key)
        if oriented is None:
            notes.converted("mapEntry", template(
                "'{key}' cannot be answered in ExamStation's form of this item; left out",
                key=key))
            continue
        entries.append({"key": oriented, "value": value, "case_sensitive": case_sensitive})
    mapping: dict = {"entries": entries, "default": decl.default}
    if decl.lower is not None:
        mapping["lower"] = decl.lower
    if decl.upper is not None:
        mapping["upper"] = decl.upper
    return mapping


def _scoring(rule: Rule, notes: Notes, allowed: tuple[str, ...]) -> bool:
    if rule.kind in allowed:
        return True
    what = template("custom response processing") if rule.kind == "custom" else rule.kind
    notes.unsupported("responseProcessing", template("{what} is not supported for this interaction", what=what))
    return False


def choice(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    return _chosen(node.tag, _choices(node, "simpleChoice", notes), decl, rule, notes)


def hottext(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    """The marked words, numbered in the text as body.py numbers them, become the options."""
    notes.converted("hottextInteraction", template("the marked words are numbered in the text and chosen from a list "
                                                   "below it"))
    options = [{"id": h.get("identifier", ""), "text": f"[{n}] {text_of(h)}"}
               for n, h in enumerate(node.iter("hottext"), 1)]
    return _chosen(node.tag, options, decl, rule, notes)


def _chosen(name: str, options: list[dict], decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    if not _scoring(rule, notes, ("match_correct", "map_response")):
        return None
    mapping = _mapped(decl, rule, notes)
    if decl.cardinality == "single":
        key = decl.correct[0] if decl.correct else _best_keys(mapping, 1)[0]
        return {"type": "single_choice", "options": options, "key": key, **_with(mapping)}
    if len(options) < 3:
        notes.unsupported(name, template("a multiple-response question needs at least 3 options"))
        return None
    keys = decl.correct or _best_keys(mapping, len(options))
    return {"type": "multiple_response", "options": options, "key": keys, **_with(mapping)}


def order(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    options = _choices(node, "simpleChoice", notes)
    if not _scoring(rule, notes, ("match_correct",)):
        return None
    if sorted(decl.correct) != sorted(o["id"] for o in options):
        notes.unsupported("orderInteraction", template("the correct order must place every option"))
        return None
    return {"type": "ordering", "options": options, "key": decl.correct, "scoring": "all_or_nothing"}


def match(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    sets = children(node, "simpleMatchSet")
    if len(sets) != 2:
        notes.unsupported("matchInteraction", template("needs exactly two match sets"))
        return None
    premises = _choices(sets[0], "simpleAssociableChoice", notes)
    targets = _choices(sets[1], "simpleAssociableChoice", notes)
    return _paired("matchInteraction", premises, targets, decl.correct, decl, rule, notes)


def associate(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    everything = _choices(node, "simpleAssociableChoice", notes)
    pairs = [p.split() for p in decl.correct]
    firsts = [p[0] for p in pairs if len(p) == 2]
    seconds = {p[1] for p in pairs if len(p) == 2}
    if len(set(firsts) | seconds) != 2 * len(pairs) or not pairs:
        notes.unsupported("associateInteraction", template("only associations whose correct pairs share no option "
                                                           "can be shown as matching"))
        return None
    notes.converted("associateInteraction", template("shown as matching: the first option of each correct pair is "
                                                     "matched to one of the others"))
    premises = [c for c in everything if c["id"] in firsts]
    targets = [c for c in everything if c["id"] not in firsts]
    return _paired("associateInteraction", premises, targets, decl.correct, decl, rule, notes, unordered=True)


def gap_match(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    words = _choices(node, "gapText", notes) + _choices(node, "gapImg", notes)   # words and pictures
    gaps = [{"id": g.get("identifier", ""), "text": f"Blank {n}"} for n, g in enumerate(node.iter("gap"), 1)]
    flipped = [" ".join(reversed(p.split())) for p in decl.correct]  # QTI writes "word gap"
    notes.converted("gapMatchInteraction", template("each numbered blank is answered by choosing its word (or picture) "
                                                    "from a list (no dragging)"))
    converted = _paired("gapMatchInteraction", gaps, words, flipped, decl, rule, notes, flip=True)
    return converted


def graphic_order(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes,
                  picture: Picture | None) -> Converted:
    """Areas of a picture put in order: an ordering of "Area 1", "Area 2", ... with the areas
    numbered on the picture shown (the "_areas" field; items.py draws them)."""
    if picture is None or not _scoring(rule, notes, ("match_correct",)):
        return None
    regions = regions_for_choices(node, picture, notes)
    if regions is None:
        return None
    if sorted(decl.correct) != sorted(r["id"] for r in regions):
        notes.unsupported(node.tag, template("the correct order must place every area"))
        return None
    notes.converted(node.tag, template("the areas are numbered on the picture and put in order as a list "
                                       "(Area 1, Area 2, ...)"))
    return {"type": "ordering", "options": _areas(regions), "key": decl.correct, "scoring": "all_or_nothing",
            "_areas": (picture, regions)}


def graphic_gap_match(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes,
                      picture: Picture | None) -> Converted:
    """Pictures (or words) placed on areas of a picture: matching each numbered area to its piece."""
    if picture is None:
        return None
    regions = regions_for_choices(node, picture, notes, "associableHotspot")
    if regions is None:
        return None
    pieces = _choices(node, "gapImg", notes) + _choices(node, "gapText", notes)
    notes.converted(node.tag, template("the areas are numbered on the picture; for each area the candidate chooses "
                                       "its piece from a list (no dragging)"))
    flipped = [" ".join(reversed(p.split())) for p in decl.correct]  # QTI writes "piece area"
    converted = _paired(node.tag, _areas(regions), pieces, flipped, decl, rule, notes, flip=True)
    return {**converted, "_areas": (picture, regions)} if converted else None


def _areas(regions: list[dict]) -> list[dict]:
    return [{"id": region["id"], "text": f"Area {number}"} for number, region in enumerate(regions, 1)]


def _paired(name: str, premises: list[dict], targets: list[dict], correct: list[str], decl: Declaration,
            rule: Rule, notes: Notes, unordered: bool = False, flip: bool = False) -> Converted:
    if not _scoring(rule, notes, ("match_correct", "map_response")):
        return None
    premise_ids, target_ids = {p["id"] for p in premises}, {t["id"] for t in targets}
    key: dict[str, str] = {}
    for pair in (p.split() for p in correct):
        first, second = (pair + ["", ""])[:2]
        if unordered and first in target_ids and second in premise_ids:
            first, second = second, first
        if first in key or first not in premise_ids or second not in target_ids:
            notes.unsupported(name, template("each premise needs exactly one correct match"))
            return None
        key[first] = second
    if set(key) != premise_ids:
        notes.unsupported(name, template("every premise needs a correct match"))
        return None

    def orient(text: str) -> str | None:
        a, b = (text.split() + ["", ""])[:2]
        if flip:
            a, b = b, a
        if unordered and a in target_ids and b in premise_ids:
            a, b = b, a
        return f"{a} {b}" if a in premise_ids and b in target_ids else None

    mapping = _mapped(decl, rule, notes, orient)
    return {"type": "matching", "premises": premises, "choices": targets, "key": key,
            "scoring": "all_or_nothing", **_with(mapping)}


def text_entry(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    if not _scoring(rule, notes, ("match_correct", "map_response")):
        return None
    mapping = _mapped(decl, rule, notes)
    if decl.base_type in ("float", "integer"):
        key = _number(decl.correct[0] if decl.correct else _best_keys(mapping, 1)[0], notes)
        return {"type": "numeric", "key": key, **_with(mapping)} if key is not None else None
    answers = decl.correct or _best_keys(mapping, 1)
    sensitive = mapping is None  # QTI's match compares strings exactly; a mapping says per entry
    return {"type": "short_text", "scoring": "exact", "answers": answers, "case_sensitive": sensitive,
            **_with(mapping)}


def extended_text(node: ET.Element, rubric: str, notes: Notes) -> Converted:
    return {"type": "short_text", "scoring": "manual",
            "rubric": rubric or "Scored by a person; the package carried no scoring rubric."}


def inline_choice(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes) -> Converted:
    options = _choices(node, "inlineChoice", notes)
    if not _scoring(rule, notes, ("match_correct", "map_response")):
        return None
    mapping = _mapped(decl, rule, notes)
    key = decl.correct[0] if decl.correct else _best_keys(mapping, 1)[0]
    notes.converted("inlineChoiceInteraction", template("the blank in the text is answered from a list below it"))
    return {"type": "single_choice", "options": options, "key": key, **_with(mapping)}


def hotspot(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes, picture: Picture | None) -> Converted:
    if picture is None or not _scoring(rule, notes, ("match_correct", "map_response")):
        return None
    if node.get("maxChoices", "1") != "1":
        notes.unsupported("hotspotInteraction", template("choosing more than one hotspot is not supported"))
        return None
    regions = regions_for_choices(node, picture, notes)
    if regions is None:
        return None
    mapping = _mapped(decl, rule, notes)
    key = decl.correct or _best_keys(mapping, 1)
    return {"type": "hotspot", "image": picture.path, "regions": regions, "key": key, **_with(mapping)}


def select_point(node: ET.Element, decl: Declaration, rule: Rule, notes: Notes,
                 picture: Picture | None) -> Converted:
    if picture is None or not _scoring(rule, notes, ("map_response_point",)):
        return None
    if node.get("maxChoices", "1") != "1" or not decl.areas:
        notes.unsupported("selectPointInteraction", template("needs one point and an area mapping"))
        return None
    regions = regions_for_areas(decl.areas, picture, notes)
    if regions is None:
        return None
    entries = [{"key": r["id"], "value": a.value} for r, a in zip(regions, decl.areas, strict=True)]
    mapping: dict = {"entries": entries, "default": decl.default}
    mapping.update({k: v for k, v in (("lower", decl.lower), ("upper", decl.upper)) if v is not None})
    best = max(zip(regions, decl.areas, strict=True), key=lambda pair: pair[1].value)
    return {"type": "hotspot", "image": picture.path, "regions": regions, "key": [best[0]["id"]],
            "mapping": mapping}


def _number(text: str, notes: Notes) -> float | None:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        notes.unsupported("correctResponse", template("'{text}' is not a number, but the response is numeric",
                                                      text=text))
        return None
    return value


def _with(mapping: dict | None) -> dict:
    return {"mapping": mapping} if mapping else {}


def _best_keys(mapping: dict | None, count: int) -> list[str]:
    """Without a correct response: the highest-valued mapped answers stand for the key."""
    if not mapping or not mapping["entries"]:
        return [""]
    ranked = sorted(mapping["entries"], key=lambda e: -e["value"])
    return [e["key"] for e in ranked[:count] if e["value"] > 0] or [ranked[0]["key"]]


def cloze(nodes: list[ET.Element], declared: dict[str, Declaration], rule: ClozeRule | None,
          notes: Notes) -> Converted:
    """Several text entries and inline choices in one text: a cloze item, a blank each."""
    if rule is None:
        notes.unsupported("responseProcessing", template("several blanks need processing that adds a value for each "
                                                         "correct blank, or gives the score only when all are correct"))
        return None
    blanks: list[dict[str, Any]] = []
    for node in nodes:
        decl = declared.get(node.get("responseIdentifier", ""))
        if decl is None or not decl.correct:
            notes.unsupported(node.tag, template("each blank needs a declared correct response"))
            return None
        ident = decl.identifier
        if node.tag == "inlineChoiceInteraction":
            blanks.append({"id": ident, "options": _choices(node, "inlineChoice", notes), "key": decl.correct[0]})
        elif decl.base_type in ("float", "integer"):
            key = _number(decl.correct[0], notes)
            if key is None:
                return None
            blanks.append({"id": ident, "key": key})
        else:
            blanks.append({"id": ident, "answers": decl.correct[:1], "case_sensitive": True})
    if rule.weights:
        for blank in blanks:
            blank["weight"] = rule.weights[blank["id"]]
    return {"type": "cloze", "blanks": blanks, "scoring": rule.scoring, "points": rule.points}
