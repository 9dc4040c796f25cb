"""An itemBody as ExamStation shows it: a formatted stem (the safe subset of
app/domain/rich_text.py), the images it shows, and the interactions inside it.

Prompts of block interactions stay where the interaction was; inline interactions become
numbered blanks. Anything that could run, fetch or hide something is removed and reported;
MathML, which Qt cannot lay out, becomes linear text (a/b, x^2) and is reported as converted.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from html import escape

from app.domain.errors import template
from app.domain.rich_text import ALLOWED_TAGS, attribute_allowed, plain_text
from app.formats.qti.mathml import linear_text
from app.formats.qti.package import resolve
from app.formats.qti.report import Notes

INTERACTIONS = frozenset({
    "choiceInteraction", "orderInteraction", "matchInteraction", "associateInteraction",
    "textEntryInteraction", "extendedTextInteraction", "hotspotInteraction", "selectPointInteraction",
    "inlineChoiceInteraction", "gapMatchInteraction", "drawingInteraction", "uploadInteraction",
    "sliderInteraction", "graphicOrderInteraction", "graphicAssociateInteraction",
    "graphicGapMatchInteraction", "mediaInteraction", "positionObjectStage", "positionObjectInteraction",
    "customInteraction", "endAttemptInteraction", "portableCustomInteraction", "hottextInteraction",
})
INLINE = frozenset({"textEntryInteraction", "inlineChoiceInteraction", "endAttemptInteraction"})
RENAMED = {"h1": "h3", "h2": "h4", "tfoot": "tbody", "dl": "div", "dt": "div", "dd": "div", "a": "span",
           "abbr": "span", "acronym": "span", "cite": "i", "dfn": "i", "kbd": "code", "samp": "code",
           "var": "i", "q": "span", "small": "span", "big": "span", "tt": "code", "address": "div",
           "label": "span", "figure": "div", "figcaption": "div", "section": "div", "article": "div",
           "aside": "div", "header": "div", "footer": "div", "nav": "div", "bdo": "span", "bdi": "span",
           "rb": "span", "rtc": "span", "mark": "span"}
UNSAFE = frozenset({"script", "style", "iframe", "embed", "applet", "link", "meta", "form", "input", "button",
                    "select", "textarea", "frame", "frameset", "noscript", "base", "audio", "video", "source",
                    "track", "canvas", "svg", "template"})
FEEDBACK = frozenset({"feedbackBlock", "feedbackInline", "modalFeedback", "templateBlock", "templateInline"})
SILENT = frozenset({"col", "colgroup", "stylesheet"})
CATALOG_NOT_SHOWN = template("the catalog's accessibility supports (glossary, keyword translations, sign "
                             "language, spoken text) are not shown; the content they support is")
IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml", "image/gif")


@dataclass
class Body:
    html: str = ""
    text: str = ""
    images: list[str] = field(default_factory=list)
    interactions: list[ET.Element] = field(default_factory=list)
    rubric: str = ""


class _Writer:
    def __init__(self, item_file: str, package: str, notes: Notes) -> None:
        self.item_file, self.package, self.notes = item_file, package, notes
        self.parts: list[str] = []
        self.body = Body()
        self.blanks = 0
        self.hottexts = 0
        self.rubric: list[str] = []

    def element(self, node: ET.Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in INTERACTIONS:
            self.interaction(node)
        elif tag in ALLOWED_TAGS or tag in RENAMED:
            self.html_element(node, RENAMED.get(tag, tag))
        elif tag == "img":
            self.image(node.get("src", ""), node)
        elif tag == "object":
            self.object(node)
        elif tag == "math:math":
            self.notes.converted("MathML", template("shown as linear text (Qt cannot lay out MathML)"))
            self.parts.append(f"<span>{escape(linear_text(node))}</span>")
        elif tag == "contentBody":  # QTI 3 wraps rubric and stimulus content in one
            self.contents(node)
        elif tag == "ruby":
            self.ruby(node)
        elif tag == "catalogInfo":
            self.notes.converted("catalogInfo", CATALOG_NOT_SHOWN)
        elif tag == "rubricBlock":
            self.rubric_block(node)
        elif tag in FEEDBACK:
            self.notes.converted(tag, template("feedback is not shown during an exam"))
        elif tag in UNSAFE:
            self.notes.removed(f"<{tag}>", template("removed: it could run code or load content"))
        elif tag in SILENT:
            pass
        elif tag == "gap":
            self.blank()
        elif tag == "hottext":
            self.hottext(node)
        else:
            self.notes.unsupported(f"<{tag.replace('math:', '')}>", template(
                "this element is not supported in item content"))
        self.tail(node)

    def tail(self, node: ET.Element) -> None:
        if node.tail:
            self.parts.append(escape(node.tail))

    def contents(self, node: ET.Element) -> None:
        if node.text:
            self.parts.append(escape(node.text))
        for sub in node:
            self.element(sub)

    def html_element(self, node: ET.Element, tag: str) -> None:
        attributes = self.attributes(node)
        self.parts.append(f"<{tag}{attributes}>")
        if tag not in ("br", "hr"):
            self.contents(node)
            self.parts.append(f"</{tag}>")

    def attributes(self, node: ET.Element) -> str:
        kept = []
        for name, value in node.attrib.items():
            if name.lower().startswith("on"):
                self.notes.removed(template("{name} attribute", name=name),
                                   template("removed: event handlers could run code"))
            elif name == "href" and ("://" in value or value.strip().lower().startswith(("javascript:", "data:"))):
                self.notes.removed(template("link"),
                                   template("removed the link to {link} (its text stays)", link=value))
            elif name in ("xml:lang", "lang") and attribute_allowed("lang", value):
                kept.append(f' lang="{value}"')
            elif attribute_allowed(name, value):
                kept.append(f' {name}="{value}"')
        return "".join(kept)

    def image(self, source: str, node: ET.Element) -> None:
        if not source or "://" in source or source.startswith(("//", "data:", "/")):
            self.notes.removed(template("external image"), template(
                "removed the image '{source}': only images inside the package are shown",
                source=source[:80]))
            return
        self.body.images.append(resolve(self.item_file, source, self.package))

    def object(self, node: ET.Element) -> None:
        if node.get("type", "") in IMAGE_TYPES:
            self.image(node.get("data", ""), node)
        else:
            self.notes.removed("<object>", template("removed an embedded object of type '{type}'",
                                                    type=node.get('type', '')))

    def ruby(self, node: ET.Element) -> None:
        """Qt has no ruby layout: each annotation follows its text in parentheses (漢字(かんじ));
        the fallback parentheses of <rp> are dropped, as a ruby-aware browser drops them."""
        self.notes.converted("ruby", template(
            "annotations (<rt>) are shown in parentheses after the text they annotate"))
        self.parts.append("<span>")
        if node.text:
            self.parts.append(escape(node.text))
        for sub in node:
            if sub.tag == "rt":
                self.parts.append("(")
                self.contents(sub)
                self.parts.append(")")
                self.tail(sub)
            elif sub.tag == "rp":
                self.tail(sub)
            else:
                self.element(sub)
        self.parts.append("</span>")

    def rubric_block(self, node: ET.Element) -> None:
        views = node.get("view", "").split()
        if "candidate" in views:
            self.contents(node)
        if "scorer" in views:
            self.rubric.append(" ".join("".join(node.itertext()).split()))
        if not {"candidate", "scorer"} & set(views):
            self.notes.converted("rubricBlock", template("a rubric for '{listed}' is not shown",
                                                         listed=' '.join(views)))

    def interaction(self, node: ET.Element) -> None:
        self.body.interactions.append(node)
        if node.tag in INLINE:
            self.blank()
            return
        prompt = next((c for c in node if c.tag == "prompt"), None)
        if prompt is not None:
            self.parts.append("<p>")
            self.contents(prompt)
            self.parts.append("</p>")
        if node.tag in ("gapMatchInteraction", "hottextInteraction"):  # its text, gaps or marked words in it
            for sub in node:
                if sub.tag not in ("prompt", "gapText", "gapImg"):
                    self.element(sub)

    def hottext(self, node: ET.Element) -> None:
        """A word to choose: underlined and numbered as the option that names it ([1] word)."""
        self.hottexts += 1
        self.parts.append("<u>")
        self.contents(node)
        self.parts.append(f"</u><sup>[{self.hottexts}]</sup>")

    def blank(self) -> None:
        self.blanks += 1
        self.parts.append(f"\x00{self.blanks}\x00")  # numbered once the count is known


def read_body(item_body: ET.Element, item_file: str, package: str, notes: Notes) -> Body:
    writer = _Writer(item_file, package, notes)
    writer.contents(item_body)
    body = writer.body
    html = "".join(writer.parts).strip()
    lone_inline = writer.blanks == 1 and body.interactions and body.interactions[0].tag in INLINE
    for number in range(1, writer.blanks + 1):  # one blank for a typed or chosen word reads as a line
        html = html.replace(f"\x00{number}\x00", "_____" if lone_inline else f"[{number}]")
    body.html = html
    body.text = plain_text(body.html)
    body.rubric = "\n".join(writer.rubric)
    return body
