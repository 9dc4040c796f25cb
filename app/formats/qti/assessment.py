"""An assessmentTest as an ExamStation form: its leaf sections in order, their time limits
and shuffling, and the test's overall limit. Settings ExamStation cannot honour are reported."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from app.domain.errors import SourceInvalid
from app.formats.qti.items import exam_id
from app.formats.qti.package import QtiPackage, resolve
from app.formats.qti.report import Notes
from app.formats.qti.xml import child, children, read_qti_document


@dataclass
class ImportedTest:
    qti_id: str
    form: dict                      # ExamStation form fields; sections list item *paths* until resolved
    exam_minutes: float | None
    notes: Notes
    section_titles: dict[str, str] = field(default_factory=dict)   # top-level section id -> title
    top_section_of: dict[str, str] = field(default_factory=dict)   # item path -> top-level section id


def read_test_file(package: QtiPackage, path: str) -> ImportedTest:
    root = read_qti_document(package.read(path), path, "assessmentTest")
    qti_id = root.get("identifier", "")
    notes = Notes(qti_id or path)
    test = ImportedTest(qti_id, {"id": exam_id(qti_id, notes), "title": root.get("title") or qti_id,
                                 "sections": []}, _minutes(root, notes, "assessmentTest"), notes)
    parts = children(root, "testPart")
    if not parts:
        raise SourceInvalid([f"{path}: the test has no testPart"])
    for part in parts:
        _part(part, path, test, single=len(parts) == 1)
    return test


def _part(part: ET.Element, path: str, test: ImportedTest, single: bool) -> None:
    notes = test.notes
    if part.get("navigationMode", "linear") == "linear":
        notes.unsupported("navigationMode linear", "candidates can move freely within a section; "
                                                   "with --skip-unsupported each section locks when left")
    part_minutes = _minutes(part, notes, "testPart")
    if part_minutes is not None:
        if single and test.exam_minutes is None:
            test.exam_minutes = part_minutes
        else:
            notes.unsupported("testPart timeLimits", "a time limit per test part is not supported")
    _session_control(part, notes)
    for condition in ("preCondition", "branchRule"):
        if part.find(f".//{condition}") is not None:
            notes.unsupported(condition, "conditional routing through a test is not supported")
    linear = part.get("navigationMode", "linear") == "linear"
    for section in children(part, "assessmentSection"):
        _section(section, path, test, section.get("identifier", ""), None, linear)


def _section(section: ET.Element, path: str, test: ImportedTest, top: str, inherited: float | None,
             linear: bool) -> None:
    notes = test.notes
    ident = section.get("identifier", "")
    test.section_titles.setdefault(top, section.get("title") or top)
    minutes = _minutes(section, notes, f"section {ident}")
    if minutes is not None and inherited is not None:
        notes.unsupported("nested timeLimits", f"section '{ident}' has a limit inside a timed section")
    _session_control(section, notes)
    selection = child(section, "selection")
    if selection is not None:
        notes.unsupported("selection", f"section '{ident}' picks {selection.get('select')} items at random; "
                                       "with --skip-unsupported every item is given")
    ordering = child(section, "ordering")
    refs = []
    for element in section:
        if element.tag == "assessmentItemRef":
            refs.append(resolve(path, element.get("href", ""), "test"))
            test.top_section_of.setdefault(refs[-1], top)
            if children(element, "weight"):
                notes.converted("weight", f"the weight of '{element.get('identifier')}' is not applied")
        elif element.tag == "assessmentSection":
            _section(element, path, test, top, minutes if minutes is not None else inherited, linear)
    if refs:
        test.form["sections"].append({
            "id": exam_id(ident, notes), "title": section.get("title") or ident, "items": refs,
            "shuffle_items": ordering is not None and ordering.get("shuffle") == "true",
            "lock_on_exit": linear, **({"minutes": minutes} if minutes is not None else {})})


def _minutes(element: ET.Element, notes: Notes, where: str) -> float | None:
    limits = child(element, "timeLimits")
    if limits is None:
        return None
    if limits.get("minTime"):
        notes.converted("minTime", f"{where}: a minimum time is not enforced")
    if limits.get("allowLateSubmission") == "true":
        notes.converted("allowLateSubmission", f"{where}: answers are submitted when time runs out")
    try:
        seconds = float(limits.get("maxTime", ""))
    except ValueError:
        return None
    return round(seconds / 60, 3) if seconds > 0 else None


def _session_control(element: ET.Element, notes: Notes) -> None:
    control = child(element, "itemSessionControl")
    if control is None:
        return
    if control.get("allowSkipping") == "false":
        notes.unsupported("allowSkipping false", "candidates can always leave a question unanswered")
    if control.get("validateResponses") == "true":
        notes.unsupported("validateResponses", "responses are not checked for validity before moving on")
    if control.get("allowReview") == "false":
        notes.converted("allowReview false", "candidates can review their answers until they submit")
    for setting in ("showFeedback", "showSolution"):
        if control.get(setting) == "true":
            notes.converted(setting, "feedback and solutions are not shown during an exam")
