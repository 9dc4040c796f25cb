"""Property tests of the QTI reader: any bytes give a tree or one clear refusal; any body,
however hostile, comes out as the safe subset; generated choice items keep their options and
their correct response earns the full mark."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain.errors import SourceInvalid
from app.domain.rich_text import ALLOWED_TAGS, plain_text, rich_text_problems
from app.domain.scoring import score_item
from app.formats.qti.body import read_body
from app.formats.qti.items import read_item_file
from app.formats.qti.package import QtiPackage
from app.formats.qti.report import Notes
from app.formats.qti.xml import canonical_tree, parse_xml

QTI2 = "http://www.imsglobal.org/xsd/imsqti_v2p2"
HOSTILE_TAGS = ["p", "em", "strong", "table", "tr", "td", "ul", "li", "h1", "a", "span", "div", "script",
                "iframe", "style", "object", "img", "feedbackInline", "rubricBlock", "blink", "svg", "form",
                "ruby", "rb", "rt", "rp", "catalogInfo", "hottext", "gap"]
ATTRIBUTES = st.dictionaries(st.sampled_from(["onclick", "onload", "style", "class", "href", "src", "colspan",
                                              "id", "data", "type", "view"]),
                             st.sampled_from(["javascript:alert(1)", "https://example.org/x", "2", "x.png",
                                              "candidate", "scorer", "image/png", "<b>&amp;"]), max_size=3)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


def _tree(tags: list[str]) -> st.SearchStrategy[ET.Element]:
    def build(children):
        return st.builds(_element, st.sampled_from(tags), ATTRIBUTES, TEXT, st.just(children), TEXT)
    leaves = st.builds(_element, st.sampled_from(tags), ATTRIBUTES, TEXT, st.just([]), TEXT)
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4).flatmap(build), max_leaves=12)


def _element(tag: str, attributes: dict, text: str, children: list, tail: str) -> ET.Element:
    element = ET.Element(tag, attributes)
    element.text, element.tail = text, tail
    element.extend(children)
    return element


@given(st.binary(max_size=400))
@settings(max_examples=300)
def test_any_bytes_parse_or_are_refused_in_one_clear_error(data: bytes) -> None:
    try:
        parse_xml(data, "item.xml")
    except SourceInvalid as error:
        assert error.problems[0].startswith("item.xml: ")


@given(_tree(HOSTILE_TAGS))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_any_body_comes_out_as_the_safe_subset(tree: ET.Element) -> None:
    body = ET.Element("itemBody")
    body.append(tree)
    result = read_body(body, "items/a.xml", "pkg", Notes("a"))
    assert rich_text_problems(result.html) == []
    for banned in ("<script", "<iframe", "<style", "javascript:", "onclick", "https://"):
        assert banned not in result.html.lower()


@given(_tree(sorted(ALLOWED_TAGS - {"br", "hr"})))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_allowed_content_keeps_every_word(tree: ET.Element) -> None:
    body = ET.Element("itemBody")
    body.append(tree)
    result = read_body(body, "items/a.xml", "pkg", Notes("a"))
    assert "".join(plain_text(result.html).split()) == "".join("".join(tree.itertext()).split()) + "".join(
        (tree.tail or "").split())


IDENT = st.from_regex(r"\A[A-Za-z][A-Za-z0-9_]{0,10}\Z")
OPTION_TEXT = st.text(alphabet=st.characters(whitelist_categories=("L", "N", "P", "Zs")), min_size=1,
                      max_size=40).filter(str.strip)


@given(st.lists(st.tuples(IDENT, OPTION_TEXT), min_size=3, max_size=6, unique_by=lambda o: o[0]), st.data())
@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_generated_choice_items_keep_their_options_and_score_the_key(tmp_path_factory, options, data) -> None:
    correct = data.draw(st.lists(st.sampled_from([o[0] for o in options]), min_size=1, unique=True))
    folder: Path = tmp_path_factory.mktemp("gen")
    item = ET.Element(f"{{{QTI2}}}assessmentItem", identifier="gen-1", title="Generated", adaptive="false",
                      timeDependent="false")
    declaration = ET.SubElement(item, f"{{{QTI2}}}responseDeclaration", identifier="RESPONSE",
                                cardinality="multiple", baseType="identifier")
    values = ET.SubElement(declaration, f"{{{QTI2}}}correctResponse")
    for ident in correct:
        ET.SubElement(values, f"{{{QTI2}}}value").text = ident
    body = ET.SubElement(item, f"{{{QTI2}}}itemBody")
    interaction = ET.SubElement(body, f"{{{QTI2}}}choiceInteraction", responseIdentifier="RESPONSE",
                                maxChoices="0")
    ET.SubElement(interaction, f"{{{QTI2}}}prompt").text = "Pick every right one."
    for ident, text in options:
        ET.SubElement(interaction, f"{{{QTI2}}}simpleChoice", identifier=ident).text = text
    ET.SubElement(item, f"{{{QTI2}}}responseProcessing",
                  template="http://www.imsglobal.org/question/qti_v2p2/rptemplates/match_correct")
    (folder / "item.xml").write_bytes(ET.tostring(item, encoding="utf-8", xml_declaration=True))
    imported = read_item_file(QtiPackage(folder), "item.xml")
    source = imported.source
    assert source is not None, imported.notes.found
    assert [(o["id"], o["text"]) for o in source["options"]] == [(i, " ".join(t.split())) for i, t in options]
    assert source["key"] == correct
    from app.domain.item_reader import read_item
    from app.domain.problems import Problems
    problems = Problems()
    parsed = read_item(problems, {**source, "domain": "d"}, set())
    assert parsed is not None, problems.lines
    assert score_item(parsed, correct) == 1.0 and score_item(parsed, []) == 0.0


def test_canonical_names_are_the_same_for_qti2_and_qti3() -> None:
    two = canonical_tree(parse_xml(b'<choiceInteraction xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" '
                                   b'responseIdentifier="R" maxChoices="1"/>', "a"))
    three = canonical_tree(parse_xml(b'<qti-choice-interaction xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" '
                                     b'response-identifier="R" max-choices="1"/>', "b"))
    assert (two.tag, two.attrib) == (three.tag, three.attrib) == ("choiceInteraction",
                                                                   {"responseIdentifier": "R", "maxChoices": "1"})


JUNK = ["", " ", "x", "-1", "1e999", "nan", "0", "a b", "../x", "http://e/x", "999999", "1,2", "rect", "poly"]
SAMPLES = Path(__file__).parent / "fixtures" / "qti"
DAMAGEABLE = ["v2", "v3", "cloze"] + [f"shapes/{p.name}" for p in sorted((SAMPLES / "shapes").iterdir()) if p.is_dir()]


@given(st.data())
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
def test_damaged_sample_packages_import_or_are_refused_cleanly(tmp_path_factory, data) -> None:
    """Well-formed but wrong QTI (attributes dropped or nonsense, text replaced, elements removed):
    an exam that passes every check, or SourceInvalid, never another error."""
    import shutil
    from app.domain.exam_reader import read_exam
    from app.domain.key_check import key_check
    from app.formats.qti.importer import import_qti
    work = tmp_path_factory.mktemp("damaged") / "p"
    shutil.copytree(SAMPLES / data.draw(st.sampled_from(DAMAGEABLE)), work)
    target = data.draw(st.sampled_from(sorted(work.rglob("*.xml")) + sorted(work.rglob("*.svg"))))
    tree = ET.parse(target)
    elements = list(tree.getroot().iter())
    for _ in range(data.draw(st.integers(1, 3))):
        element = data.draw(st.sampled_from(elements))
        action = data.draw(st.sampled_from(["drop", "junk", "text", "remove"]))
        if action in ("drop", "junk") and element.attrib:
            name = data.draw(st.sampled_from(sorted(element.attrib)))
            if action == "drop":
                del element.attrib[name]
            else:
                element.attrib[name] = data.draw(st.sampled_from(JUNK))
        elif action == "text":
            element.text = data.draw(st.sampled_from(JUNK))
        else:
            for parent in elements:
                if element in list(parent):
                    parent.remove(element)
                    break
    tree.write(target)
    try:
        result = import_qti(work, SAMPLES / "companion.yaml", skip_unsupported=data.draw(st.booleans()))
        exam = read_exam(result.main, result.items, result.checklists, result.media.__contains__)
    except SourceInvalid as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        return
    key_check(exam)


@given(st.one_of(st.binary(max_size=300), st.builds(lambda head, tail: head + tail, st.sampled_from(
    [b"\x89PNG\r\n\x1a\n", b"GIF89a", b"\xff\xd8", b"\xff\xd8\xff\xc0\x00\x11\x08", b"<svg ", b"<?xml "]),
    st.binary(max_size=200))))
@settings(max_examples=300, deadline=None)
def test_any_image_bytes_give_a_size_or_a_reason(data: bytes) -> None:
    from app.formats.qti.image_size import RasterSize, SvgBox, image_size
    size = image_size(data)
    assert isinstance(size, (RasterSize, SvgBox)) or (isinstance(size, str) and size)
    if not isinstance(size, str):
        assert size.width > 0 and size.height > 0


NUMBER = st.floats(min_value=1, max_value=5000, allow_nan=False).map(lambda v: round(v, 2))


@given(NUMBER, NUMBER, st.one_of(st.none(), st.tuples(NUMBER, NUMBER)), st.sampled_from(["", "px"]))
@settings(max_examples=60, deadline=None)
def test_an_svg_is_measured_in_the_units_the_hotspot_screen_uses(width, height, view, unit) -> None:
    """The importer's reading of an SVG's size agrees with the candidate screen's (QtSvg)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer
    from app.formats.qti.image_size import image_size
    box = f' viewBox="0 0 {view[0]} {view[1]}"' if view else ""
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}{unit}" height="{height}{unit}"{box}/>'.encode()
    size = image_size(svg)
    shown = QSvgRenderer(QByteArray(svg)).viewBoxF()
    assert (size.width, size.height) == pytest.approx((shown.width(), shown.height()), rel=1e-4)


SHAPE = st.one_of(
    st.tuples(st.just("rect"), st.lists(st.integers(-50, 900), min_size=4, max_size=4)),
    st.tuples(st.just("circle"), st.lists(st.integers(-50, 900), min_size=3, max_size=3)),
    st.tuples(st.just("ellipse"), st.lists(st.integers(-50, 900), min_size=4, max_size=4)),
    st.tuples(st.just("poly"), st.lists(st.integers(-50, 900), min_size=6, max_size=12)),
    st.tuples(st.sampled_from(["default", "star", ""]), st.lists(st.integers(0, 900), max_size=5)))


@given(NUMBER, NUMBER, st.one_of(st.none(), st.tuples(NUMBER, NUMBER)),
       st.sampled_from(["", ' preserveAspectRatio="none"', ' preserveAspectRatio="xMinYMax slice"']),
       st.lists(SHAPE, min_size=1, max_size=5))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_areas_on_any_svg_become_finite_regions_and_a_numbered_picture(qapp, width, height, shown, aspect,
                                                                          shapes):
    """However an SVG is sized and fitted, the areas on it become finite regions in its own units
    (or are reported), and the numbered picture made from them is a well-formed SVG Qt can draw."""
    import math
    from PySide6.QtGui import QImage
    from app.formats.qti.annotate import annotated_svg
    from app.formats.qti.graphics import _fitted_svg, _regions
    from app.formats.qti.image_size import image_size
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"{aspect}>'
           '<rect width="10" height="10"/></svg>').encode()
    box = image_size(svg)
    picture = _fitted_svg("p.svg", box, shown or box.natural)
    notes = Notes("a")
    regions = _regions([(f"h{n}", shape, ",".join(map(str, coords))) for n, (shape, coords) in enumerate(shapes)],
                       picture, notes)
    if regions is None:
        assert notes.blocking
        return
    assert all(math.isfinite(c) for r in regions for c in r["coords"])
    made = annotated_svg(svg, "p.svg", picture.width, picture.height, regions)
    parse_xml(made, "made.svg")
    assert not QImage.fromData(made).isNull()
