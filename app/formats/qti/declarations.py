"""Response declarations and response processing: what is correct, and how it is scored."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from app.formats.qti.xml import child, children

TEMPLATES = ("map_response_point", "map_response", "match_correct")  # longest name first


@dataclass(frozen=True)
class Area:
    shape: str
    coords: str
    value: float


@dataclass
class Declaration:
    identifier: str
    cardinality: str = "single"
    base_type: str = ""
    correct: list[str] = field(default_factory=list)
    entries: list[tuple[str, float, bool]] = field(default_factory=list)  # key, value, case-sensitive
    areas: list[Area] = field(default_factory=list)
    default: float = 0.0
    lower: float | None = None
    upper: float | None = None
    has_mapping: bool = False


def declarations(item: ET.Element) -> dict[str, Declaration]:
    found = {}
    for element in children(item, "responseDeclaration"):
        d = Declaration(element.get("identifier", ""), element.get("cardinality", "single"),
                        element.get("baseType", ""))
        correct = child(element, "correctResponse")
        if correct is not None:
            d.correct = [" ".join((v.text or "").split()) for v in children(correct, "value")]
        mapping = child(element, "mapping")
        if mapping is not None:
            d.has_mapping = True
            _bounds(d, mapping)
            d.entries = [(e.get("mapKey", ""), _number(e.get("mappedValue"), 0.0),
                          e.get("caseSensitive", "true").lower() != "false") for e in children(mapping, "mapEntry")]
        area_mapping = child(element, "areaMapping")
        if area_mapping is not None:
            d.has_mapping = True
            _bounds(d, area_mapping)
            d.areas = [Area(e.get("shape", ""), e.get("coords", ""), _number(e.get("mappedValue"), 0.0))
                       for e in children(area_mapping, "areaMapEntry")]
        found[d.identifier] = d
    return found


def _bounds(d: Declaration, mapping: ET.Element) -> None:
    d.default = _number(mapping.get("defaultValue"), 0.0)
    d.lower = _number(mapping.get("lowerBound"), None)
    d.upper = _number(mapping.get("upperBound"), None)


def _number(text: str | None, default):
    try:
        return float(text) if text is not None else default
    except ValueError:
        return default


def template_of(item: ET.Element) -> str | None:
    """'match_correct', 'map_response', 'map_response_point', 'custom', or None (no processing)."""
    processing = child(item, "responseProcessing")
    if processing is None:
        return None
    location = processing.get("template") or processing.get("templateLocation") or ""
    name = location.rstrip("/").rsplit("/", 1)[-1].removesuffix(".xml")
    for template in TEMPLATES:
        if name == template:
            return template
    return "custom"
