"""A QTI content package plus a companion file, as an exam source ready for the usual checks.

The result has the same shape as a source folder read from disk (exam.yaml, item and checklist
documents, media files), so the exam reader, the key check and the package writer treat it
exactly like hand-written content. What QTI does not carry (credential, cut score, checklists,
timer policy, domains) comes from the companion file, `examstation.yaml` by default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.domain.format_versions import format_version
from app.domain.errors import SourceInvalid, template
from app.domain.exam import Item
from app.formats.qti.assessment import ImportedTest, read_test_file
from app.formats.qti.items import ImportedItem, read_item_file
from app.formats.qti.ids import unique_id
from app.formats.qti.package import QtiPackage, Resource, media_path, read_listed
from app.formats.qti.report import UNSUPPORTED, Note, Notes, report_text
from app.formats.qti.stimuli import attach_stimuli, read_stimuli, shown_stimuli

COMPANION = "examstation.yaml"
COMPANION_FORMAT = "examstation-qti/1"
COMPANION_FIELDS = ("format", "id", "title", "version", "language", "credential", "prerequisites", "domains",
                    "timing", "tools", "lockdown", "scoring", "checklists")


@dataclass
class QtiImport:
    main: tuple[str, dict]
    items: list[tuple[str, Any]]
    checklists: list[tuple[str, Any]]
    media: dict[str, bytes]
    notes: list[Note]
    skipped: list[str] = field(default_factory=list)
    report: str = ""
    # per item document, what the converter read of its item: read_exam(..., read_items) reads it once
    read_items: dict[str, list[tuple[dict, Item]]] = field(default_factory=dict)


def is_qti_package(path: Path) -> bool:
    return (path.is_dir() and (path / "imsmanifest.xml").is_file()) or (
        path.is_file() and path.suffix.lower() == ".zip")


def import_qti(path: Path, companion: Path | None = None, skip_unsupported: bool = False) -> QtiImport:
    """Read and convert; SourceInvalid lists every problem (with the report when something is unsupported)."""
    package = QtiPackage(path)
    resources = package.resources()
    problems: list[str] = []
    package_notes = Notes("manifest")
    _note_resources(package, resources, package_notes)
    by_path: dict[str, ImportedItem] = dict(read_listed(
        resources, "item", lambda r: read_item_file(package, r.href), problems))
    tests = [t for _, t in read_listed(resources, "test", lambda r: read_test_file(package, r.href), problems)]
    if problems:
        raise SourceInvalid(problems)
    _read_unlisted(package, tests, by_path, package_notes, problems)
    if problems:
        raise SourceInvalid(problems)
    if not by_path:
        raise SourceInvalid([template("{name}: the manifest lists no QTI items", name=package.name)])
    stimuli = read_stimuli(package, resources, by_path, problems)
    if problems:
        raise SourceInvalid(problems)
    _give_unique_ids(by_path, tests)
    attach_stimuli(by_path, stimuli)
    tests = tests or [_single_form(list(by_path))]
    _note_items_on_no_test(by_path, tests)
    forms = [_form(t, by_path) for t in tests]
    notes = package_notes.found + [n for i in by_path.values() for n in i.notes.found] + [
        n for t in tests for n in t.notes.found] + [n for st in stimuli.values() for n in st.notes.found]
    skipped = sorted(i.item_id for i in by_path.values() if i.source is None)
    blocking = [n for n in notes if n.kind == UNSUPPORTED]
    report = report_text(notes, skipped if skip_unsupported else [], len(by_path) - len(skipped), len(forms))
    if blocking and not skip_unsupported:
        raise SourceInvalid([n.line() for n in blocking] + [template(
            "Nothing was built. Change the content, or build with --skip-unsupported to leave these items "
            "out and ignore these settings (the report lists what was left out).")])
    if len(skipped) == len(by_path) or not any(f["sections"] for f in forms):
        raise SourceInvalid([template("{name}: nothing importable is left: every item was left out (or no test "
                                      "gives any item that is left). Why:", name=package.name)]
                            + [n.line() for n in blocking])
    settings = _companion(package, path, companion)
    item_docs = [(f"qti:{p}", {"items": [dict(i.source, domain=_domain_of(i, p, settings, tests))]})
                 for p, i in by_path.items() if i.source is not None]
    main = _main(settings, tests, [f for f in forms if f["sections"]],
                 {doc["items"][0]["domain"] for _, doc in item_docs})
    shown = shown_stimuli(by_path, stimuli)
    if shown:
        main["stimuli"] = [st.source for st in shown]
    media = {media_path(m): package.read(m) for i in by_path.values() if i.source is not None for m in i.media}
    media.update({media_path(m): package.read(m) for st in shown for m in st.media})
    media.update({made: data for i in by_path.values() if i.source is not None for made, data in i.generated.items()})
    checklists = [(f"{COMPANION}: checklists[{n}]", c) for n, c in enumerate(settings.get("checklists") or [])]
    read_items = {f"qti:{p}": [i.read] for p, i in by_path.items() if i.source is not None and i.read is not None}
    return QtiImport((settings.get("_name", COMPANION), main), item_docs, checklists, media, notes,
                     skipped if skip_unsupported else [], report, read_items)


def _note_resources(package: QtiPackage, resources: list[Resource], notes: Notes) -> None:
    """Resources of kinds that are not delivered, and listed files the package does not hold."""
    for resource in resources:
        if resource.kind == "other":
            notes.ignored(template("resource"), template("'{identifier}' of type '{type}' is not delivered",
                                                         identifier=resource.identifier, type=resource.type))
        for listed in resource.files:
            if listed != resource.href and not package.exists(listed):
                notes.ignored(template("file"), template(
                    "'{listed}' is listed in the manifest but is not in the package (an item that shows it is "
                    "reported)",
                    listed=listed))


def _read_unlisted(package: QtiPackage, tests: list[ImportedTest], by_path: dict[str, ImportedItem],
                   notes: Notes, problems: list[str]) -> None:
    """Items a test refers to that the manifest does not list: taken from the package when there."""
    for test in tests:
        for section in test.form["sections"]:
            for path in section["items"]:
                if path in by_path:
                    continue
                if not package.exists(path):
                    test.notes.unsupported("assessmentItemRef", template(
                        "refers to '{path}', which is not in the package",
                        path=path))
                    continue
                try:
                    by_path[path] = read_item_file(package, path)
                except SourceInvalid as error:
                    problems.extend(error.problems)
                    continue
                notes.converted(template("resource"), template(
                    "'{path}' is given by test '{qti_id}' but not listed in the manifest; it was taken from the "
                    "package",
                    path=path, qti_id=test.qti_id))


def _give_unique_ids(by_path: dict[str, ImportedItem], tests: list[ImportedTest]) -> None:
    """QTI identifiers belong to their file: items and tests that share one are told apart."""
    taken: set[str] = set()
    for path, item in by_path.items():
        wanted = item.item_id
        item.item_id = unique_id(wanted, taken, item.notes, template("item"), path)
        if item.item_id != wanted and item.source is not None:
            item.source["id"] = item.item_id
    forms: set[str] = set()
    for test in tests:
        test.form["id"] = unique_id(test.form["id"], forms, test.notes, template("test"), test.path)


def _note_items_on_no_test(by_path: dict[str, ImportedItem], tests: list[ImportedTest]) -> None:
    referenced = {path for t in tests for section in t.form["sections"] for path in section["items"]}
    for path, item in by_path.items():
        if path not in referenced:
            item.notes.converted("assessmentItemRef", template(
                "no test gives this item: it is in the package but on no form"))


def _single_form(paths: list[str]) -> ImportedTest:
    notes = Notes("package")
    notes.converted("assessmentTest", template("the package has no test; every item is given in one section, form A"))
    return ImportedTest("A", {"id": "A", "title": "Form A", "sections": [
        {"id": "all", "title": "Questions", "items": paths}]}, None, notes, {"all": "Questions"},
        {p: "all" for p in paths})


def _form(test: ImportedTest, by_path: dict[str, ImportedItem]) -> dict:
    """The form with item ids; an item given twice is delivered once, where it first appears."""
    sections: list[dict] = []
    seen: set[str] = set()
    section_ids: set[str] = set()
    for section in test.form["sections"]:
        ids = []
        for path in section["items"]:
            item = by_path.get(path)
            if item is None or item.source is None:
                continue
            if path in seen:
                test.notes.converted("assessmentItemRef", template(
                    "'{qti_id}' ({path}) is given more than once; it is delivered once, where it first appears",
                    qti_id=item.qti_id, path=path))
                continue
            seen.add(path)
            ids.append(item.item_id)
        if ids:
            ident = unique_id(section["id"], section_ids, test.notes, template("section"),
                              template("in test '{test}'", test=test.qti_id))
            chosen = {**section, "id": ident, "items": ids}
            if chosen.get("select", len(ids)) >= len(ids):   # items left out leave nothing to choose among
                chosen.pop("select", None)
            sections.append(chosen)
    return {**test.form, "sections": sections}


def _companion(package: QtiPackage, path: Path, given: Path | None) -> dict:
    if given is not None:
        name, text = given.name, _read_text(given)
    elif package.exists(COMPANION):
        name, text = COMPANION, package.read(COMPANION).decode("utf-8", errors="replace")
    else:
        raise SourceInvalid([template(
            "{name}: no companion file. Put {companion} in the package or pass --companion FILE with: format, id, "
            "version, credential, scoring (cut score); see docs/qti-import.md",
            name=path.name, companion=COMPANION)])
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SourceInvalid([template(
            "{name}: cannot be read: {why}",
            name=name, why=str(error).splitlines()[0])]) from None
    if not isinstance(data, dict):
        raise SourceInvalid([template("{name}: expected a mapping of fields", name=name)])
    unknown = [k for k in data if k not in COMPANION_FIELDS]
    problems: list[str] = [template("{name}: unknown field '{field}'", name=name, field=k) for k in unknown]
    if data.get("format") != COMPANION_FORMAT:
        newer = (format_version(data.get("format"), "qti") or 0) > 1
        problems.append(template("{name}: format: {found} was written for a newer version of ExamStation; this "
                                 "one reads '{expected}'", name=name, found=data.get("format"),
                                 expected=COMPANION_FORMAT)
                        if newer else template("{name}: format: expected '{expected}'", name=name,
                                               expected=COMPANION_FORMAT))
    if problems:
        raise SourceInvalid(problems)
    return {**data, "_name": name}


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceInvalid([template("{path}: cannot be read ({error})", path=path, error=error)]) from None


def _main(settings: dict, tests: list[ImportedTest], forms: list[dict], used_domains: set[str]) -> dict:
    main = {k: v for k, v in settings.items() if k not in ("checklists", "_name")}
    main["format"] = "examstation-source/1"
    main.setdefault("title", tests[0].form["title"])
    given = settings.get("domains")
    main["domains"] = [{k: v for k, v in d.items() if k not in ("items", "sections")} if isinstance(d, dict)
                       else d for d in given] if given else [
        d for d in _section_domains(tests) if d["id"] in used_domains]
    timing = dict(settings.get("timing") or {})
    limits = {t.exam_minutes for t in tests if t.exam_minutes is not None}
    if "exam_minutes" not in timing and limits:
        timing["exam_minutes"] = max(limits)
    if timing:
        main["timing"] = timing
    main["forms"] = forms
    return main


def _section_domains(tests: list[ImportedTest]) -> list[dict]:
    """Without domains in the companion, each top-level section of the tests is a domain."""
    seen: dict[str, str] = {}
    for test in tests:
        for ident, title in test.section_titles.items():
            seen.setdefault(ident, title)
    return [{"id": ident, "title": title} for ident, title in seen.items()]


def _domain_of(item: ImportedItem, path: str, settings: dict, tests: list[ImportedTest]) -> str:
    for domain in settings.get("domains") or []:
        if isinstance(domain, dict) and (item.qti_id in (domain.get("items") or [])
                                         or any(path in t.top_section_of and t.top_section_of[path] in
                                                (domain.get("sections") or []) for t in tests)):
            return str(domain.get("id"))
    for test in tests:
        if path in test.top_section_of:
            return test.top_section_of[path]
    listed = [d.get("id") for d in settings.get("domains") or [] if isinstance(d, dict)]
    return str(listed[0]) if listed else next(iter(tests[0].section_titles), "")
