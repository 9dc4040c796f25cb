"""Shared stimuli (QTI 3): a passage, table or figure in its own file that items refer to with
`assessmentStimulusRef`. Each becomes one of the exam's stimuli, shown beside every item that
refers to it; the item keeps a reference by id. A stimulus that cannot be shown makes the items
that need it unsupported (reported), never the whole build.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain.errors import SourceInvalid, template
from app.formats.qti.body import CATALOG_NOT_SHOWN, read_body
from app.formats.qti.ids import exam_id, unique_id
from app.formats.qti.image_size import unusable_image
from app.formats.qti.package import QtiPackage, Resource, media_path, read_listed, resolve
from app.formats.qti.report import Notes
from app.formats.qti.xml import child, read_qti_document

if TYPE_CHECKING:  # items.py imports this module
    from app.formats.qti.items import ImportedItem


@dataclass
class ImportedStimulus:
    qti_id: str
    stimulus_id: str
    notes: Notes
    source: dict | None = None                         # id, title, html (and media); None when unusable
    media: list[str] = field(default_factory=list)     # package paths of the image it shows


def read_stimulus_file(package: QtiPackage, path: str, title: str = "") -> ImportedStimulus:
    """Parse one stimulus file; malformed or non-QTI files raise SourceInvalid naming the file."""
    root = read_qti_document(package.read(path), path, "assessmentStimulus")
    qti_id = root.get("identifier", "")
    notes = Notes(qti_id or path)
    stimulus = ImportedStimulus(qti_id, exam_id(qti_id or "stimulus", notes), notes)
    body_element = child(root, "stimulusBody")
    if body_element is None:
        notes.unsupported("stimulusBody", template("the stimulus has no body"))
        return stimulus
    body = read_body(body_element, path, package.name, notes)
    if child(root, "catalogInfo") is not None:
        notes.converted("catalogInfo", CATALOG_NOT_SHOWN)
    if body.interactions:
        notes.unsupported(body.interactions[0].tag, template("a shared stimulus cannot hold interactions"))
    if len(body.images) > 1:
        notes.unsupported("img", template("a shared stimulus can show one image"))
    for problem in filter(None, (unusable_image(image, package.exists) for image in body.images)):
        notes.unsupported("img", problem)
    if not body.html.strip() and not body.images:
        notes.unsupported("stimulusBody", template("the stimulus shows nothing"))
    if notes.blocking:
        return stimulus
    stimulus.media = body.images[:1]
    stimulus.source = {"id": stimulus.stimulus_id, "title": root.get("title") or title or qti_id or "Stimulus",
                       "html": body.html or f"<p>{stimulus.stimulus_id}</p>"}
    return stimulus


def stimulus_refs(item_root: ET.Element, item_file: str, package: str) -> list[tuple[str, str]]:
    """(package path, title) of each stimulus an item refers to."""
    return [(resolve(item_file, ref.get("href", ""), package), ref.get("title", ""))
            for ref in item_root if ref.tag == "assessmentStimulusRef" and ref.get("href")]


def read_stimuli(package: QtiPackage, resources: list[Resource], by_path: dict[str, ImportedItem],
                  problems: list[str]) -> dict[str, ImportedStimulus]:
    """The stimuli the manifest lists, and those items refer to (when they are in the package)."""
    found = dict(read_listed(resources, "stimulus", lambda r: read_stimulus_file(package, r.href), problems))
    for item in by_path.values():
        if item.stimulus is None or item.stimulus[0] in found:
            continue
        path, title = item.stimulus
        if not package.exists(path):
            item.notes.unsupported("assessmentStimulusRef", template(
                "its shared stimulus '{path}' is not in the package",
                path=path))
            continue
        try:
            found[path] = read_stimulus_file(package, path, title)
        except SourceInvalid as error:
            problems.extend(error.problems)
            continue
        found[path].notes.converted(template("resource"), template(
            "'{path}' is not listed in the manifest; it was taken from the package",
            path=path))
    taken: set[str] = set()
    for path, stimulus in found.items():
        stimulus.stimulus_id = unique_id(stimulus.stimulus_id, taken, stimulus.notes, template("stimulus"), path)
        if stimulus.source is not None:
            stimulus.source["id"] = stimulus.stimulus_id
    return found


def attach_stimuli(by_path: dict[str, ImportedItem], stimuli: dict[str, ImportedStimulus]) -> None:
    """Each item names the stimulus shown beside it; one that cannot be shown leaves the item out."""
    for item in by_path.values():
        stimulus = stimuli.get(item.stimulus[0]) if item.stimulus else None
        if stimulus is None or item.source is None:
            if item.stimulus and item.source is not None:
                item.source = None  # its stimulus is missing (reported when it was looked for)
            continue
        if stimulus.source is None:
            item.notes.unsupported("assessmentStimulusRef", template(
                "its shared stimulus '{qti_id}' cannot be shown (the report says why)",
                qti_id=stimulus.qti_id))
            item.source = None
        else:
            item.source["stimulus"] = stimulus.stimulus_id


def shown_stimuli(by_path: dict[str, ImportedItem], stimuli: dict[str, ImportedStimulus]) -> list[ImportedStimulus]:
    """The stimuli of delivered items, each once, with their image as exam media."""
    used = {i.stimulus[0] for i in by_path.values() if i.source is not None and i.stimulus}
    shown = [st for path, st in stimuli.items() if path in used and st.source is not None]
    for stimulus in shown:
        if stimulus.media and stimulus.source is not None:
            stimulus.source["media"] = media_path(stimulus.media[0])
    return shown
