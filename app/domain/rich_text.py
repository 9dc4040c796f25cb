"""Formatted stems: a small, safe subset of HTML that Qt's rich-text engine lays out.

Imported content (QTI XHTML) keeps its paragraphs, emphasis, lists and tables. Nothing that can
fetch, run or hide anything is allowed: no scripts, links, images (images travel as the item's
media), styles or event attributes. The package reader checks the subset again, so a stem that
reaches a candidate's screen has passed this check whoever wrote it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from app.domain.errors import template

ALLOWED_TAGS = frozenset({
    "p", "br", "em", "strong", "b", "i", "u", "sub", "sup", "ul", "ol", "li", "table", "thead", "tbody",
    "tr", "th", "td", "span", "div", "blockquote", "pre", "code", "h3", "h4", "h5", "h6", "caption", "hr",
})
ALLOWED_ATTRIBUTES = frozenset({"colspan", "rowspan", "lang", "dir", "start", "type"})
_ATTRIBUTE_VALUES = {
    "colspan": re.compile(r"[1-9][0-9]?"), "rowspan": re.compile(r"[1-9][0-9]?"),
    "start": re.compile(r"-?[0-9]{1,6}"), "lang": re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"),
    "dir": re.compile(r"ltr|rtl|auto"), "type": re.compile(r"[1aAiI]"),
}
VOID_TAGS = frozenset({"br", "hr"})
_BLOCKS = frozenset({"p", "div", "li", "tr", "h3", "h4", "h5", "h6", "blockquote", "pre", "caption"})


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(template("<{tag}> is not allowed in a formatted stem", tag=tag))
        for name, value in attrs:
            if not attribute_allowed(name, value or ""):
                self.problems.append(template("the attribute '{name}' on <{tag}> is not allowed with that value",
                                              name=name, tag=tag))
        if tag in _BLOCKS or tag == "br":
            self.text.append("\n")
        elif tag in ("td", "th"):
            self.text.append(" ")

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.problems.append(template("comments are not allowed in a formatted stem"))

    def handle_decl(self, decl: str) -> None:
        self.problems.append(template("declarations are not allowed in a formatted stem"))

    def handle_pi(self, data: str) -> None:
        self.problems.append(template("processing instructions are not allowed in a formatted stem"))

    def unknown_decl(self, data: str) -> None:
        self.problems.append(template("declarations are not allowed in a formatted stem"))


def attribute_allowed(name: str, value: str) -> bool:
    """Only a few layout attributes, each with a value of its own narrow form."""
    pattern = _ATTRIBUTE_VALUES.get(name)
    return pattern is not None and pattern.fullmatch(value) is not None


def rich_text_problems(html: str) -> list[str]:
    """Every reason this text is not in the allowed subset (empty when it is)."""
    return list(_checked(html)[0])


def plain_text(html: str) -> str:
    """The words of a formatted stem, one line per block, for reports and screen readers."""
    return _checked(html)[1]


@lru_cache(maxsize=4096)  # an import converts a stem, then the exam reader checks the same text
def _checked(html: str) -> tuple[tuple[str, ...], str]:
    """One parse: the problems (each once) and the plain text."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    lines = (" ".join(line.split()) for line in "".join(checker.text).splitlines())
    return tuple(dict.fromkeys(checker.problems)), "\n".join(line for line in lines if line)
