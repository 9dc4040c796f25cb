"""The quick way through the XML parser, for documents that provably carry no DTD.

defusedxml guards expat by subclassing the pure-Python XMLParser, so every start tag, end tag
and piece of text of a document it reads passes through Python callbacks on its way to the tree
builder: about twice the work of xml.etree's C parser, and the largest part of a QTI import.
What it guards against (entities that expand a billion times, external entities and DTDs that
read files or the network) can only be declared in a document type declaration. So here the
bytes are decoded first, the text is searched for "<!DOCTYPE" (and "<!ENTITY"), and the text,
not the bytes, is handed to the C parser, which then reads it as UTF-8 whatever the document's
own declaration says. One thing overrides that: expat still guesses UTF-16 or UTF-32 from the
first bytes, and it does so only when they hold a zero byte (or FE / FF, which UTF-8 never
writes). So a text with U+0000 in it (never allowed in XML) is not handed over either. Expat
thus sees exactly the characters that were searched, whatever encoding tricks the bytes play: a
wrong guess of the encoding can only make the parse fail or differ, never let a DTD through.

To give the same tree as the safe parser, the text is decoded as expat itself would decode the
bytes, and only in the plain cases where that is certain: UTF-8 (with or without its byte order
mark), or a declaration of UTF-8, US-ASCII or ISO-8859-1, the encodings expat knows without
Python's help. Anything else (UTF-16 or UTF-32, another declared encoding, a declaration this
module cannot read, bytes that do not decode, a zero byte, "<!DOCTYPE" anywhere, even in a
comment) returns None, and so does a document the C parser finds malformed: the caller then
reads the bytes with the safe parser, which gives the tree or the refusal it always gave.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

UTF8_BOM = b"\xef\xbb\xbf"
# The names expat decodes itself (it compares them ignoring ASCII case), with Python's codec for
# each. Any other name goes through Python's codecs inside pyexpat, with its own rules: not here.
EXPAT_OWN = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1"}
_DECLARATION_END = 200   # an XML declaration is a few dozen characters; a longer one is not read here
_NAME = rb"[A-Za-z][A-Za-z0-9._-]*"   # an encoding name as XML spells it
_ENCODING = re.compile(rb"[ \t\r\n]encoding[ \t\r\n]*=[ \t\r\n]*(?:\"(" + _NAME + rb")\"|'(" + _NAME + rb")')")


def parse_plain(data: bytes) -> tuple[ET.Element, int] | None:
    """The tree built by the C parser and an upper bound of its depth (the number of '<' in the
    text: each level opens with one), or None when the safe parser must read the bytes."""
    text = text_without_dtd(data)
    if text is None:
        return None
    try:
        return ET.fromstring(text), text.count("<")
    except ET.ParseError:
        return None


def text_without_dtd(data: bytes) -> str | None:
    """The document as expat would decode it, if that is certain and it has no DOCTYPE (and no
    U+0000, from which expat would guess UTF-16 even when told UTF-8), else None."""
    codec = plain_encoding(data)
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if "<!DOCTYPE" in text or "<!ENTITY" in text or "\x00" in text:
        return None
    return text


def plain_encoding(data: bytes) -> str | None:
    """Python's codec for the bytes when expat would surely read them in one it knows itself:
    'utf-8-sig' after a UTF-8 byte order mark, else what an XML declaration names, else UTF-8."""
    bom = data.startswith(UTF8_BOM)
    head = data[len(UTF8_BOM):] if bom else data
    if not head.startswith(b"<?xml") or head[5:6] not in (b" ", b"\t", b"\r", b"\n"):
        return "utf-8-sig" if bom else "utf-8"   # no declaration (a PI named xml-... is not one)
    end = head.find(b"?>", 0, _DECLARATION_END)
    if end < 0:
        return None
    declaration = head[:end]
    if b"encoding" not in declaration:
        return "utf-8-sig" if bom else "utf-8"
    named = _ENCODING.search(declaration)
    if named is None:
        return None
    codec = EXPAT_OWN.get((named.group(1) or named.group(2)).decode("ascii").lower())
    if bom and codec != "utf-8":
        return None   # a UTF-8 mark with another encoding declared: leave the verdict to the safe parser
    return "utf-8-sig" if bom else codec
