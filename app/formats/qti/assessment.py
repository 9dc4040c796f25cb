"""An assessmentTest as an ExamStation form: its leaf sections in order, their time limits
and shuffling, and the test's overall limit. Settings ExamStation cannot honour are reported.

Sections kept in their own files (`assessmentSectionRef`) are read where they are referred to;
the item references inside such a file are relative to that file.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from app.domain.errors import SourceInvalid, template
from app.formats.qti.ids import exam_id
from app.formats.qti.package import QtiPackage, resolve
from app.formats.qti.report import Notes
from app.formats.qti.xml import child, children, read_qti_document

MAX_SECTION_DEPTH = 20   # sections inside sections (also through section files): deeper is refused


@dataclass
class ImportedTest:
    qti_id: str
    form: dict                      # ExamStation form fields; sections list item *paths* until resolved
    exam_minutes: float | None
    notes: Notes
    section_titles: dict[str, str] = field(default_factory=dict)   # top-level section id -> title
    top_section_of: dict[str, str] = field(default_factory=dict)   # item path -> top-level section id
    path: str = ""


@dataclass
class _Reading:
    """One test being read: where its parts are, and what has been found so far."""

    package: QtiPackage
    test: ImportedTest
    linear: bool = False


def read_test_file(package: QtiPackage, path: str) -> ImportedTest:
    root = read_qti_document(package.read(path), path, "assessmentTest")
    qti_id = root.get("identifier", "")
    notes = Notes(qti_id or path)
    test = ImportedTest(qti_id, {"id": exam_id(qti_id, notes), "title": root.get("title") or qti_id,
                                 "sections": []}, _minutes(root, notes, "assessmentTest"), notes, path=path)
    parts = children(root, "testPart")
    if not parts:
        raise SourceInvalid([template("{path}: the test has no testPart", path=path)])
    for part in parts:
        _part(part, path, _Reading(package, test), single=len(parts) == 1)
    return test


def _part(part: ET.Element, path: str, reading: _Reading, single: bool) -> None:
    test = reading.test
    notes = test.notes
    part_minutes = _minutes(part, notes, "testPart")
    if part_minutes is not None:
        if single and test.exam_minutes is None:
            test.exam_minutes = part_minutes
        else:
            notes.unsupported(template("testPart timeLimits"), template("a time limit per test part is not supported"))
    required = bool(_session_control(part, notes))
    for condition in ("preCondition", "branchRule"):
        if part.find(f".//{condition}") is not None:
            notes.unsupported(condition, template("conditional routing through a test is not supported"))
    reading.linear = part.get("navigationMode", "linear") == "linear"
    for element in part:
        if element.tag in ("assessmentSection", "assessmentSectionRef"):
            top = _followed(element, path, reading)
            if top is not None:
                _section(top[0], top[1], reading, top[0].get("identifier", ""), _Inherited(None, required), 1)


@dataclass(frozen=True)
class _Inherited:
    """What a section takes from the sections (and test part) around it."""

    minutes: float | None
    answer_required: bool


def _followed(element: ET.Element, path: str, reading: _Reading) -> tuple[ET.Element, str] | None:
    """A section and the file it is in: itself, or the section file a section reference names."""
    if element.tag == "assessmentSection":
        return element, path
    href = element.get("href", "")
    target = resolve(path, href, reading.package.name) if href else ""
    if not target or not reading.package.exists(target):
        reading.test.notes.unsupported("assessmentSectionRef", template(
            "section '{section}' refers to '{target}', which is not in the package",
            section=element.get('identifier', ''), target=target or href))
        return None
    section = read_qti_document(reading.package.read(target), target, "assessmentSection")
    if element.get("identifier") and section.get("identifier") != element.get("identifier"):
        section.set("identifier", element.get("identifier", ""))  # the test's name for it is the one used
    return section, target


def _section(section: ET.Element, path: str, reading: _Reading, top: str, inherited: _Inherited,
             depth: int) -> None:
    test = reading.test
    notes = test.notes
    ident = section.get("identifier", "")
    if depth > MAX_SECTION_DEPTH:
        raise SourceInvalid([template(
            "{path}: sections are nested more than {depth} deep (at '{ident}'); a section file may refer to itself",
            path=path, depth=MAX_SECTION_DEPTH, ident=ident)])
    test.section_titles.setdefault(top, section.get("title") or top)
    minutes = _minutes(section, notes, template("section {ident}", ident=ident))
    if minutes is not None and inherited.minutes is not None:
        notes.unsupported(template("nested timeLimits"),
                          template("section '{ident}' has a limit inside a timed section", ident=ident))
    control = _session_control(section, notes)
    here = _Inherited(minutes if minutes is not None else inherited.minutes,
                      inherited.answer_required if control is None else control)
    ordering = child(section, "ordering")
    shape = {"shuffle_items": ordering is not None and ordering.get("shuffle") == "true",
             "lock_on_exit": reading.linear, **({"minutes": minutes} if minutes is not None else {}),
             **({"forward_only": True} if reading.linear else {}),
             **({"answer_required": True} if here.answer_required else {}),
             **_selection(section, ident, notes)}
    chunks: list[list[str]] = [[]]   # the items before, between and after nested sections
    for element in section:
        if element.tag == "assessmentItemRef":
            chunks[-1].append(resolve(path, element.get("href", ""), "test"))
            test.top_section_of.setdefault(chunks[-1][-1], top)
            if children(element, "weight"):
                notes.converted("weight", template("the weight of '{identifier}' is not applied",
                                                   identifier=element.get('identifier')))
        elif element.tag in ("assessmentSection", "assessmentSectionRef"):
            _add_section(test, section, chunks[-1], shape)
            chunks.append([])
            found = _followed(element, path, reading)
            if found is not None:
                _section(found[0], found[1], reading, top, here, depth + 1)
    _add_section(test, section, chunks[-1], shape)


def _selection(section: ET.Element, ident: str, notes: Notes) -> dict:
    """{"select": n} when each candidate gets n of the section's items (drawn with the attempt's
    recorded seed); only a plain selection among items is delivered."""
    selection = child(section, "selection")
    if selection is None:
        return {}
    refs = children(section, "assessmentItemRef")
    try:
        count = int(selection.get("select", ""))
    except ValueError:
        count = 0
    plain = not any(e.tag in ("assessmentSection", "assessmentSectionRef") for e in section) and \
        selection.get("withReplacement", "false") != "true" and not any(r.get("required") == "true" for r in refs)
    if not plain or count < 1:
        notes.unsupported("selection", template(
            "section '{ident}' picks {select} of its parts at random in a way not delivered (only a selection among "
            "items, without sub-sections, replacement or required items); with --skip-unsupported every item is "
            "given",
            ident=ident, select=selection.get('select')))
        return {}
    return {"select": count} if count < len(refs) else {}


def _add_section(test: ImportedTest, section: ET.Element, refs: list[str], shape: dict) -> None:
    """The items of a section met so far, as an ExamStation section (nested sections are flattened
    in reading order, so the items after a nested section form a section of their own)."""
    if not refs:
        return
    ident = section.get("identifier", "")
    test.form["sections"].append({"id": exam_id(ident, test.notes), "title": section.get("title") or ident,
                                  "items": refs, **shape})


def _minutes(element: ET.Element, notes: Notes, where: str) -> float | None:
    limits = child(element, "timeLimits")
    if limits is None:
        return None
    if limits.get("minTime"):
        notes.converted("minTime", template("{where}: a minimum time is not enforced", where=where))
    if limits.get("allowLateSubmission") == "true":
        notes.converted("allowLateSubmission", template("{where}: answers are submitted when time runs out",
                                                        where=where))
    try:
        seconds = float(limits.get("maxTime", ""))
    except ValueError:
        return None
    return round(seconds / 60, 3) if 0 < seconds < math.inf else None


def _session_control(element: ET.Element, notes: Notes) -> bool | None:
    """Whether questions must be answered before moving on (allowSkipping false), None when the
    element does not say (it then inherits); the other settings are reported."""
    control = child(element, "itemSessionControl")
    if control is None:
        return None
    if control.get("validateResponses") == "true":
        notes.unsupported("validateResponses", template("responses are not checked for validity before moving on"))
    if control.get("allowReview") == "false":
        notes.converted("allowReview false", template("candidates can review their answers until they submit"))
    for setting in ("showFeedback", "showSolution"):
        if control.get(setting) == "true":
            notes.converted(setting, template("feedback and solutions are not shown during an exam"))
    skipping = control.get("allowSkipping")
    return None if skipping is None else skipping == "false"
