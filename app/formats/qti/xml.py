"""Safe XML reading, and one set of names for QTI 2.0, 2.1, 2.2 and 3.0.

QTI 3.0 spells elements and attributes in kebab case with a `qti-` prefix
(`qti-choice-interaction response-identifier=...`); QTI 2.x in camel case
(`choiceInteraction responseIdentifier=...`). Everything after this module sees the 2.x
spelling, so one mapping serves both. XHTML elements keep their names; MathML elements are
prefixed `math:`; anything in another namespace keeps its `{namespace}name` so it is reported.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from app.domain.errors import SourceInvalid, template
from app.formats.qti.plain_xml import parse_plain

QTI_NAMESPACES = {
    # QTI 2.0 (items only; 2.1 added tests) uses the same names for everything the importer reads.
    # Some exporters wrote the item schema's name as the namespace: it is the same language.
    "http://www.imsglobal.org/xsd/imsqti_v2p0": "2.0",
    "http://www.imsglobal.org/xsd/imsqti_item_v2p0": "2.0",
    "http://www.imsglobal.org/xsd/imsqti_v2p1": "2.1",
    "http://www.imsglobal.org/xsd/imsqti_v2p2": "2.2",
    "http://www.imsglobal.org/xsd/imsqtiasi_v3p0": "3.0",
}
MATHML = "http://www.w3.org/1998/Math/MathML"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_SPLIT = re.compile(r"^\{([^}]*)\}(.*)$")


MAX_XML_DEPTH = 200  # QTI nests a few dozen levels at most; the readers after this one recurse


def parse_xml(data: bytes, name: str) -> ET.Element:
    """Parse bytes; a DTD, an entity, malformed XML, an encoding Python cannot read or nesting
    deeper than MAX_XML_DEPTH is one clear refusal naming the file. A document that provably
    carries no DTD is built by the C parser (plain_xml.py), any other by `parse_guarded`: the
    same tree or the same refusal either way."""
    plain = parse_plain(data)
    if plain is None:
        return parse_guarded(data, name)
    root, most_depth = plain
    if most_depth > MAX_XML_DEPTH:   # else it cannot be too deep: each level opens with a '<'
        _check_depth(root, name)
    return root


def parse_guarded(data: bytes, name: str) -> ET.Element:
    """defusedxml's parser, which reads any document and refuses a DTD or an entity declared."""
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise SourceInvalid([template(
            "{name}: declares a DTD or entities, which are refused for safety; export the content again without a "
            "DOCTYPE",
            name=name)]) from None
    except ET.ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise SourceInvalid([template(
            "{name}: is not well-formed XML (line {line}, column {column})",
            name=name, line=line, column=column + 1)]) from None
    except (LookupError, ValueError) as error:  # unknown or unsupported encoding in the declaration
        raise SourceInvalid([template(
            "{name}: declares a character encoding that cannot be read ({why}); export it again as UTF-8",
            name=name, why=str(error)[:80])]) from None
    _check_depth(root, name)
    return root


def _check_depth(root: ET.Element, name: str) -> None:
    if _too_deep(root):
        raise SourceInvalid([template(
            "{name}: nests elements more than {levels} levels deep",
            name=name, levels=MAX_XML_DEPTH)])


def _too_deep(root: ET.Element) -> bool:
    """Level by level: True if any element sits deeper than MAX_XML_DEPTH (the root is level 1)."""
    level = [root]
    for _ in range(MAX_XML_DEPTH):
        level = [sub for element in level for sub in element]
        if not level:
            return False
    return True


def read_qti_document(data: bytes, path: str, kind: str) -> ET.Element:
    """A QTI item or test file (`kind` in its 2.x spelling, e.g. 'assessmentItem'), canonical names."""
    root = parse_xml(data, path)
    if qti_version(root) is None or split(root.tag)[1] not in (kind, _v3_name(kind)):
        raise SourceInvalid([template("{path}: is not a QTI 2.0, 2.1, 2.2 or 3.0 {kind}", path=path, kind=kind)])
    return canonical_tree(root)


@lru_cache(maxsize=16)
def _v3_name(kind: str) -> str:
    """'assessmentItem' as QTI 3.0 spells it: 'qti-assessment-item'."""
    return "qti-" + re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), kind)


@lru_cache(maxsize=4096)   # a manifest asks about the same few names for every resource
def split(tag: str) -> tuple[str, str]:
    found = _SPLIT.match(tag)
    return (found.group(1), found.group(2)) if found else ("", tag)


def qti_version(root: ET.Element) -> str | None:
    return QTI_NAMESPACES.get(split(root.tag)[0])


def canonical_tree(root: ET.Element) -> ET.Element:
    """Rename every element and attribute in place to the QTI 2.x spelling (see module doc)."""
    tag_of, names_of = _canonical_tag, _attribute_names   # locals: this runs for every element
    for element in root.iter():
        tag = element.tag
        if type(tag) is not str:   # a comment or processing instruction (its tag is a function)
            continue
        element.tag = tag_of(tag)
        names = element.keys()   # unlike .attrib, makes no dict for an element without attributes
        if names:
            renamed = names_of(tuple(names))
            if renamed is not None:
                element.attrib = dict(zip(renamed, element.attrib.values(), strict=True))
    return root


@lru_cache(maxsize=4096)   # an element type comes with the same few attributes every time
def _attribute_names(names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The names in the 2.x spelling, or None when that is how they are already spelled (QTI 2.x:
    the element's attributes are left as the parser made them)."""
    renamed = tuple(_attribute(name) for name in names)
    return None if renamed == names else renamed


@lru_cache(maxsize=4096)   # a package repeats a few hundred names many thousand times
def _canonical_tag(tag: str) -> str:
    namespace, local = split(tag)
    if namespace in QTI_NAMESPACES or namespace == "":
        return _camel(local[4:]) if local.startswith("qti-") else local
    if namespace == MATHML:
        return f"math:{local}"
    return tag


@lru_cache(maxsize=4096)
def _attribute(name: str) -> str:
    namespace, local = split(name)
    if namespace == XML_NS:
        return f"xml:{local}"
    if namespace:
        return name
    return local if local.startswith("data-") else _camel(local)


def _camel(kebab: str) -> str:
    head, *rest = kebab.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


RUBY_PARTS = ("rt", "rp")


def text_of(element: ET.Element | None) -> str:
    """All the text inside an element, spaces collapsed; a ruby annotation follows its text in
    parentheses, as in item bodies (body.py)."""
    if element is None:
        return ""
    ruby = any(part is not element for tag in RUBY_PARTS for part in element.iter(tag))  # inside, not itself
    return " ".join("".join(_texts(element) if ruby else element.itertext()).split())


def _texts(element: ET.Element):
    if element.tag == "rp":
        return
    if element.tag == "rt":
        yield "("
    if element.text:
        yield element.text
    for sub in element:
        yield from _texts(sub)
        if sub.tail:
            yield sub.tail
    if element.tag == "rt":
        yield ")"


def children(element: ET.Element, tag: str) -> list[ET.Element]:
    """The element's children named `tag` (findall does it in C for a plain name)."""
    return element.findall(tag) if _plain_name(tag) else [c for c in element if c.tag == tag]


def child(element: ET.Element, tag: str) -> ET.Element | None:
    """The element's first child named `tag`, or None."""
    return element.find(tag) if _plain_name(tag) else next((c for c in element if c.tag == tag), None)


@lru_cache(maxsize=1024)
def _plain_name(tag: str) -> bool:
    """A name that find() and findall() take as a name, not as a path ('.', '*', '//', '[@...]')."""
    return not any(mark in tag for mark in "/*.[@{}")
