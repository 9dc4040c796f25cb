"""One assessmentItem file as an ExamStation item (source fields), with its notes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from app.domain.errors import joined_words, template
from app.domain.exam import Item
from app.domain.item_reader import read_item
from app.domain.problems import Problems
from app.domain.scoring import key_response, score_item
from app.formats.qti import interactions as convert
from app.formats.qti.annotate import annotated_svg
from app.formats.qti.body import CATALOG_NOT_SHOWN, read_body
from app.formats.qti.declarations import Declaration, declarations
from app.formats.qti.graphics import picture_of
from app.formats.qti.ids import exam_id
from app.formats.qti.image_size import unusable_image
from app.formats.qti.package import QtiPackage, media_path, resolve
from app.formats.qti.report import Notes
from app.formats.qti.scoring_rules import Rule, cloze_rule, scoring_rule
from app.formats.qti.stimuli import stimulus_refs
from app.formats.qti.xml import child, read_qti_document

SUPPORTED = ("choiceInteraction", "orderInteraction", "matchInteraction", "associateInteraction",
             "textEntryInteraction", "extendedTextInteraction", "hotspotInteraction", "selectPointInteraction",
             "inlineChoiceInteraction", "gapMatchInteraction", "hottextInteraction", "graphicOrderInteraction",
             "graphicGapMatchInteraction")
GRAPHIC = {"hotspotInteraction": convert.hotspot, "selectPointInteraction": convert.select_point,
           "graphicOrderInteraction": convert.graphic_order, "graphicGapMatchInteraction": convert.graphic_gap_match}
CLOZE_PARTS = ("textEntryInteraction", "inlineChoiceInteraction")  # several of these make a cloze item


@dataclass
class ImportedItem:
    qti_id: str
    item_id: str
    # ExamStation item fields (no domain yet); None when unsupported. After `checked` only its own
    # keys are set anew (id, stimulus), never a nested value: `read` is compared with it key by key
    source: dict | None
    notes: Notes
    media: list[str] = field(default_factory=list)   # package paths of the images it shows
    interaction: str = ""
    stimulus: tuple[str, str] | None = None          # (package path, title) of its shared stimulus
    generated: dict[str, bytes] = field(default_factory=dict)   # media made here (numbered pictures)
    read: tuple[dict, Item] | None = None   # what `checked` read, for the exam reader (read_item_again)


def read_item_file(package: QtiPackage, path: str) -> ImportedItem:
    """Parse one item file; malformed or non-QTI files raise SourceInvalid naming the file."""
    root = read_qti_document(package.read(path), path, "assessmentItem")
    qti_id = root.get("identifier", "")
    notes = Notes(qti_id or path)
    imported = ImportedItem(qti_id, exam_id(qti_id, notes), None, notes)
    refs = stimulus_refs(root, path, package.name)
    if len(refs) > 1:
        notes.unsupported("assessmentStimulusRef", template(
            "an item can show one shared stimulus; it refers to {count}",
            count=len(refs)))
    imported.stimulus = refs[0] if refs else None
    imported.source = _convert(root, path, package, imported)
    if notes.blocking:
        imported.source = None
    return imported


def _convert(root: ET.Element, path: str, package: QtiPackage, imported: ImportedItem) -> dict | None:
    notes = imported.notes
    if root.get("adaptive", "false") == "true":
        notes.unsupported("adaptive", template("adaptive items are not supported"))
    body_element = child(root, "itemBody")
    if body_element is None:
        notes.unsupported("itemBody", template("the item has no body"))
        return None
    body = read_body(body_element, path, package.name, notes)
    if child(root, "modalFeedback") is not None:
        notes.converted("modalFeedback", template("feedback is not shown during an exam"))
    if child(root, "catalogInfo") is not None:
        notes.converted("catalogInfo", CATALOG_NOT_SHOWN)
    if len(body.interactions) > 1 and all(n.tag in CLOZE_PARTS for n in body.interactions):
        imported.interaction = "cloze"
        responses = [n.get("responseIdentifier", "") for n in body.interactions]
        fields = convert.cloze(body.interactions, declarations(root), cloze_rule(root, responses), notes)
        return _assemble(root, body, fields, imported, package, path) if fields else None
    if len(body.interactions) != 1:
        notes.unsupported(template("interactions"), template(
            "an item needs one interaction, or several text entries and inline choices (blanks); found {count}",
            count=len(body.interactions)))
        return None
    node = body.interactions[0]
    imported.interaction = node.tag
    if node.tag not in SUPPORTED:
        notes.unsupported(node.tag, template("this interaction is not supported"))
        return None
    declared = declarations(root)
    decl = declared.get(node.get("responseIdentifier", ""))
    if decl is None:
        notes.unsupported(node.tag, template("its response is not declared"))
        return None
    rule = scoring_rule(root)
    fields = _interaction(node, decl, rule, body.rubric, path, package, notes)
    if fields is None:
        return None
    if "_areas" in fields:
        _numbered_picture(fields, path, package, imported)
    fields.setdefault("points", rule.points)
    return _assemble(root, body, fields, imported, package, path)


def _assemble(root: ET.Element, body, fields: dict, imported: ImportedItem, package: QtiPackage,
              path: str) -> dict | None:
    """The item's source fields: stem, formatted stem, media, type fields and points."""
    notes = imported.notes
    shown = _images(body.images, fields, package, notes)
    imported.media = shown + _option_pictures(fields, path, package, notes)
    source = {"id": imported.item_id, "stem": body.text or root.get("title", "") or imported.item_id, **fields}
    if body.html:
        source["stem_html"] = body.html
    if shown and "image" not in fields and "media" not in fields:
        source["media"] = media_path(shown[0])
    if "image" in source:
        source["image"] = media_path(source["image"])
    return checked(source, notes, imported)


def checked(source: dict, notes: Notes, imported: ImportedItem | None = None) -> dict | None:
    """The item as the exam reader reads it. Whatever the reader would refuse is reported and the
    item left out, so one item the conversion cannot express never stops a whole build. A mapped
    item is worth what its correct response earns under the mapping and its bounds. What was read
    is kept on `imported`, so that the exam reader need not read the item again."""
    problems = Problems()
    mapped = "mapping" in source
    read_from = dict(source, domain="qti")
    read_from.pop("stem_html", None)   # safe by construction (read_body)
    if mapped:
        read_from["points"] = 1e9
    item = read_item(problems, read_from, set())
    if item is not None and imported is not None:
        imported.read = (read_from, item)
    if item is None:
        notes.unsupported(template("item"), template("cannot be expressed as an ExamStation item: {problems}",
                                                     problems=joined_words(problems.lines[:3])))
        return None
    if mapped:
        source["points"] = score_item(item, key_response(item))
        if source["points"] <= 0:
            notes.unsupported("mapping", template("the correct response earns no points under the mapping"))
            return None
    return source


def _interaction(node: ET.Element, decl: Declaration, rule: Rule, rubric: str, path: str,
                 package: QtiPackage, notes: Notes) -> dict | None:
    tag = node.tag
    if tag == "extendedTextInteraction":
        return convert.extended_text(node, rubric, notes)
    if rule.kind == "manual":
        notes.unsupported(tag, template("the item has no response processing, so it cannot be scored"))
        return None
    if tag in GRAPHIC:
        return GRAPHIC[tag](node, decl, rule, notes, picture_of(node, path, package, notes))
    handler = {"choiceInteraction": convert.choice, "orderInteraction": convert.order,
               "matchInteraction": convert.match, "associateInteraction": convert.associate,
               "textEntryInteraction": convert.text_entry, "inlineChoiceInteraction": convert.inline_choice,
               "gapMatchInteraction": convert.gap_match, "hottextInteraction": convert.hottext}[tag]
    return handler(node, decl, rule, notes)


def _numbered_picture(fields: dict, item_file: str, package: QtiPackage, imported: ImportedItem) -> None:
    """Graphic order and gap match: the picture shown is one made with the areas numbered on it."""
    picture, regions = fields.pop("_areas")
    made = media_path(f"{item_file}.areas.svg")
    imported.generated[made] = annotated_svg(package.read(picture.path), picture.path, picture.width or 1,
                                             picture.height or 1, regions)
    fields["media"] = made


def _option_pictures(fields: dict, item_file: str, package: QtiPackage, notes: Notes) -> list[str]:
    """Options that are pictures: each picture's package path, and its media path in the option."""
    found = []
    for option in (o for key in ("options", "premises", "choices") for o in fields.get(key, [])):
        if "media" not in option:
            continue
        source = option["media"]
        if not source or "://" in source or source.startswith(("//", "data:", "/")):
            notes.unsupported(template("option picture"), template(
                "option '{id}' shows '{source}', which is not an image inside the package",
                id=option['id'], source=source[:80]))
            continue
        path = resolve(item_file, source, package.name)
        problem = unusable_image(path, package.exists)
        if problem:
            notes.unsupported(template("option picture"), problem)
            continue
        option["media"] = media_path(path)
        found.append(path)
    return found


def _images(images: list[str], fields: dict, package: QtiPackage, notes: Notes) -> list[str]:
    used = [fields["image"]] if "image" in fields else []
    if len(images) > 1 or (images and (used or "media" in fields)):
        notes.unsupported("img", template("an item can show one image with its question (and a hotspot its picture)"))
    for problem in filter(None, (unusable_image(path, package.exists) for path in images + used)):
        notes.unsupported("img", problem)
    return (images + used)[:1] if not used else used
