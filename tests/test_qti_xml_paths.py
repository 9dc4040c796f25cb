"""The two ways through the QTI XML reader give the same answer.

A document that provably carries no DTD is built by the C parser (app/formats/qti/plain_xml.py),
any other by defusedxml's (`parse_guarded`). Whatever the bytes (any encoding, byte order mark
and declaration, agreeing or not; a DTD, an entity or an external reference; "<!DOCTYPE" hidden
in a comment, a processing instruction or a CDATA section; damaged bytes), `parse_xml` gives the
tree `parse_guarded` gives, or the same refusal, and the C parser never sees a DTD.
"""

from __future__ import annotations

import codecs
import pyexpat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from app.domain.errors import SourceInvalid
from app.formats.qti import xml as qti_xml
from app.formats.qti.importer import import_qti
from app.formats.qti.plain_xml import parse_plain, text_without_dtd
from app.formats.qti.xml import MAX_XML_DEPTH, parse_guarded, parse_xml

QTI2 = "http://www.imsglobal.org/xsd/imsqti_v2p2"
MATHML = "http://www.w3.org/1998/Math/MathML"
FIXTURES = Path(__file__).parent / "fixtures" / "qti"
DTD_REFUSED = "declares a DTD or entities"

# Raw markup spliced between elements: some harmless, some that look like a DTD but are not one
# (inside a comment, a PI, CDATA), some that are malformed where they stand.
SPLICES = [
    "<!-- <!DOCTYPE a [<!ENTITY x 'y'>]> -->", "<![CDATA[<!DOCTYPE a SYSTEM 'file:///etc/passwd'>]]>",
    "<?pi <!DOCTYPE a>?>", "<![CDATA[<!ENTITY x 'y'> & < ]]]]>", "&amp;&lt;&gt;&quot;&apos;", "&#60;!DOCTYPE a&#62;",
    "&#x1F600;", "&undefined;", "<!ENTITY x 'y'>", "<!DOCTYPE a>", "]]>", "\r\n", "\r", "\x00", "\ufeff", "\x85",
    "\u2028", "é", "\U0001d518", "\ufffe", "<?xml version='1.0'?>", "<!-- -- -->", "<!---->", "",
]
DTDS = [
    "", "<!DOCTYPE assessmentItem>", '<!DOCTYPE a [<!ENTITY kwh "kWh">]>',
    '<!DOCTYPE a SYSTEM "file:///etc/passwd">', '<!DOCTYPE a PUBLIC "-//x//y" "http://example.org/a.dtd">',
    '<!DOCTYPE a [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>',
    '<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    "<!doctype a>", "<!-- x --><!DOCTYPE a>",
]
ENCODING_NAMES = ["utf-8", "UTF-8", "utf8", "us-ascii", "US-ASCII", "ascii", "iso-8859-1", "ISO-8859-1",
                  "latin-1", "utf-16", "UTF-16LE", "utf-16be", "utf-32", "windows-1252", "cp037", "x-klingon",
                  "", "utf-8 "]
DECLARATIONS = ["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="{}"?>',
                "<?xml version='1.0' encoding='{}' standalone='yes'?>", '<?xml  version="1.0"\n encoding = "{}" ?>',
                '<?xml version="1.0" encoding="{}"', '<?xml version="encoding"?>', "<?xml-stylesheet href='a'?>",
                ' <?xml version="1.0"?>', '<?xml version="1.1" encoding="{}"?>']
BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]
CODECS = ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "latin-1", "cp1252", "cp037", "ascii"]

TAGS = st.sampled_from(["assessmentItem", "qti-choice-interaction", "p", "m:math", "m:mi", "simpleChoice", "x:y"])
ATTRIBUTE_NAMES = st.sampled_from(["identifier", "max-choices", "xml:lang", "data-x", "m:a", "responseIdentifier"])
TEXT = st.text(st.characters(blacklist_categories=("Cs",), max_codepoint=0x1FFFF), max_size=12)


def _escaped(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


@st.composite
def _element(draw, depth: int = 0) -> str:
    tag = draw(TAGS)
    attributes = draw(st.dictionaries(ATTRIBUTE_NAMES, TEXT, max_size=3))
    shown = "".join(f' {name}="{_escaped(value, quote=True)}"' for name, value in attributes.items())
    inside = draw(st.lists(st.one_of(TEXT.map(_escaped), st.sampled_from(SPLICES),
                                     *([_element(depth + 1)] if depth < 3 else [])), max_size=4))
    return f"<{tag}{shown}>{''.join(inside)}</{tag}>"


@st.composite
def documents(draw) -> bytes:
    """Bytes of an XML document built to disagree with itself: any mark, declaration and encoding."""
    body = draw(_element())
    body = body.replace(">", f' xmlns="{QTI2}" xmlns:m="{MATHML}" xmlns:x="urn:x">', 1)  # ends the start tag
    declaration = draw(st.sampled_from(["", *DECLARATIONS])).format(draw(st.sampled_from(ENCODING_NAMES)))
    dtd = draw(st.one_of(st.sampled_from(DTDS), st.just("")))   # as often none as any one
    text = declaration + draw(st.sampled_from(["", "\n", "<!-- c -->"])) + dtd + body
    data = draw(st.sampled_from([b"", *BOMS])) + text.encode(draw(st.sampled_from(CODECS)), errors="xmlcharrefreplace")
    damage = draw(st.sampled_from(["none", "none", "flip", "cut"]))
    if damage != "none" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + (bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:] if damage == "flip" else b"")
    return data


def shape(element: ET.Element) -> tuple:
    return (element.tag, list(element.attrib.items()), element.text, element.tail, [shape(c) for c in element])


def outcome(reader, data: bytes) -> tuple:
    try:
        return ("tree", shape(reader(data, "item.xml")))
    except SourceInvalid as refused:
        return ("refused", refused.problems)


def _utf16(text: str, bom: bool = True) -> bytes:
    return (codecs.BOM_UTF16_LE if bom else b"") + text.encode("utf-16-le")


LAUGHS = (FIXTURES / "broken" / "billion-laughs" / "items" / "laughs.xml").read_text()
ADVERSARIAL = [
    _utf16('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'),
    _utf16('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', bom=False),
    LAUGHS.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
    LAUGHS.encode("utf-8"),
    codecs.BOM_UTF8 + b'<?xml version="1.0" encoding="UTF-16"?><a/>',
    codecs.BOM_UTF8 + b'<?xml version="1.0" encoding="ISO-8859-1"?><a>\xc3\xa9</a>',
    '<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'.encode("utf-8"),
    '<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'.encode("latin-1"),
    '<?xml version="1.0" encoding="us-ascii"?><a>é</a>'.encode("utf-8"),
    '<?xml version="1.0" encoding="utf8"?><a>é</a>'.encode("utf-8"),
    '<?xml version="1.0" encoding="cp037"?><a/>'.encode("cp037"),
    b"<a><!-- <!DOCTYPE a [<!ENTITY x 'y'>]> --></a>",
    b"<a><![CDATA[<!DOCTYPE a SYSTEM 'file:///etc/passwd'>]]></a>",
    b"<a><?pi <!DOCTYPE a>?></a>",
    b"<a>&x;</a>",
    b'<?xml version="1.0" encoding="UTF-32"?><a/>',
    "<a>é</a>".encode("utf-32"),
    # UTF-16 without a mark decodes as UTF-8 to "<\x00!\x00D..." (no "<!DOCTYPE" in it), and expat,
    # even when told the text is UTF-8, guesses UTF-16 from "<\x00": it must not reach the C parser
    '<!DOCTYPE a [<!ENTITY x "expanded">]><a>&x;</a>'.encode("utf-16-le"),
    '<!DOCTYPE a [<!ENTITY x "expanded">]><a>&x;</a>'.encode("utf-16-be"),
    codecs.BOM_UTF8 + '<a xmlns="urn:q"></a>'.encode("utf-16-le"),
]


@given(documents())
@example(ADVERSARIAL[0])
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_the_quick_and_the_guarded_parser_agree_on_any_document(data: bytes) -> None:
    quick = outcome(parse_xml, data)
    assert quick == outcome(parse_guarded, data)
    text = text_without_dtd(data)
    if text is not None:   # what goes to the C parser: expat finds no DTD in it, whatever the bytes were
        assert _declarations_expat_sees(text) == []


@pytest.mark.parametrize("data", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_documents_get_the_same_answer_both_ways(data: bytes) -> None:
    assert outcome(parse_xml, data) == outcome(parse_guarded, data)


@pytest.mark.parametrize("data", [
    ADVERSARIAL[0], ADVERSARIAL[1], ADVERSARIAL[2], ADVERSARIAL[3], ADVERSARIAL[-3], ADVERSARIAL[-2],
    b"\x00<\x00!\x00D\x00O\x00C\x00T\x00Y\x00P\x00E\x00 \x00a\x00>\x00<\x00a\x00/\x00>",
])
def test_a_dtd_in_any_encoding_never_reaches_the_c_parser_and_is_refused(data: bytes) -> None:
    assert parse_plain(data) is None
    with pytest.raises(SourceInvalid) as refused:
        parse_xml(data, "item.xml")
    assert DTD_REFUSED in refused.value.problems[0]


def _declarations_expat_sees(text: str) -> list[str]:
    """What expat reports of a DTD when handed `text` as the C parser is (a str, read as UTF-8)."""
    seen: list[str] = []
    parser = pyexpat.ParserCreate()
    parser.StartDoctypeDeclHandler = lambda *args: seen.append("doctype")
    parser.EntityDeclHandler = lambda *args: seen.append("entity")
    parser.ExternalEntityRefHandler = lambda *args: seen.append("external") or 1
    try:
        parser.Parse(text, True)
    except pyexpat.ExpatError:
        pass
    return seen


@pytest.mark.parametrize("data", [ADVERSARIAL[11], ADVERSARIAL[12], ADVERSARIAL[13]])
def test_doctype_words_in_a_comment_pi_or_cdata_go_the_guarded_way_and_parse(data: bytes) -> None:
    assert parse_plain(data) is None
    assert parse_xml(data, "item.xml").tag == "a"


def test_plain_utf8_and_the_encodings_expat_knows_go_the_quick_way() -> None:
    for data in (b"<a>x</a>", codecs.BOM_UTF8 + b'<?xml version="1.0" encoding="utf-8"?><a/>',
                 '<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'.encode("latin-1"),
                 b"<?xml version='1.0' encoding='US-ASCII'?><a/>"):
        assert parse_plain(data) is not None, data
    assert parse_xml('<?xml version="1.0" encoding="ISO-8859-1"?><a>é</a>'.encode("latin-1"), "a").text == "é"


def _nested(levels: int, extra: str = "") -> bytes:
    return ("<a>" * levels + extra + "</a>" * levels).encode()


@pytest.mark.parametrize("encode", [lambda t: t, lambda t: _utf16(t.decode())], ids=["quick", "guarded"])
def test_nesting_up_to_the_limit_is_read_and_past_it_refused_either_way(encode) -> None:
    assert parse_xml(encode(_nested(MAX_XML_DEPTH)), "deep.xml") is not None
    assert parse_xml(encode(_nested(3, "<b/>" * 500)), "wide.xml") is not None   # many '<', shallow
    with pytest.raises(SourceInvalid) as refused:
        parse_xml(encode(_nested(MAX_XML_DEPTH + 1)), "deep.xml")
    assert refused.value.problems == [f"deep.xml: nests elements more than {MAX_XML_DEPTH} levels deep"]


@pytest.mark.parametrize("package", ["v2", "v3", "cloze"] + [f"shapes/{p.name}" for p in
                                                            sorted((FIXTURES / "shapes").iterdir()) if p.is_dir()])
def test_every_sample_package_imports_the_same_with_the_guarded_parser_alone(package: str, monkeypatch) -> None:
    quick = _imported(FIXTURES / package)
    monkeypatch.setattr(qti_xml, "parse_plain", lambda data: None)
    assert _imported(FIXTURES / package) == quick


def _imported(package: Path) -> tuple:
    try:
        result = import_qti(package, FIXTURES / "companion.yaml", skip_unsupported=True)
    except SourceInvalid as refused:
        return ("refused", refused.problems)
    return (result.main, result.items, result.media, result.notes, result.report, result.read_items)


NAMES = ["a", "b", "a.b", "*", "b[1]", "@x", "a/b", "{urn:x}a", ".", "..", "//a"]


@given(st.recursive(st.sampled_from(NAMES).map(lambda name: (name, [])),
                    lambda inner: st.tuples(st.sampled_from(NAMES), st.lists(inner, max_size=4)), max_leaves=15),
       st.sampled_from(NAMES))
@settings(max_examples=200, deadline=None)
def test_child_and_children_are_the_children_named_so_whatever_the_name(tree, name: str) -> None:
    def built(node) -> ET.Element:
        element = ET.Element(node[0])
        element.extend(built(sub) for sub in node[1])
        return element

    root = built(tree)
    named = [sub for sub in root if sub.tag == name]
    assert qti_xml.children(root, name) == named
    assert qti_xml.child(root, name) is (named[0] if named else None)
