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

from app.domain.errors import SourceInvalid
from app.formats.qti.assessment import ImportedTest, read_test_file
from app.formats.qti.items import ImportedItem, media_path, read_item_file
from app.formats.qti.package import QtiPackage
from app.formats.qti.report import UNSUPPORTED, Note, Notes, report_text

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


def is_qti_package(path: Path) -> bool:
    return (path.is_dir() and (path / "imsmanifest.xml").is_file()) or (
        path.is_file() and path.suffix.lower() == ".zip")


def import_qti(path: Path, companion: Path | None = None, skip_unsupported: bool = False) -> QtiImport:
    """Read and convert; SourceInvalid lists every problem (with the report when something is unsupported)."""
    package = QtiPackage(path)
    resources = package.resources()
    problems: list[str] = []
    items = _read_all(resources, "item", lambda r: read_item_file(package, r.href), problems)
    tests = _read_all(resources, "test", lambda r: read_test_file(package, r.href), problems)
    if problems:
        raise SourceInvalid(problems)
    if not items:
        raise SourceInvalid([f"{package.name}: the manifest lists no QTI items"])
    by_path: dict[str, ImportedItem] = dict(items)
    tests_found = [t for _, t in tests] or [_single_form(list(by_path))]
    _note_items_on_no_test(by_path, tests_found)
    notes = [n for i in by_path.values() for n in i.notes.found] + [n for t in tests_found for n in t.notes.found]
    skipped = sorted(i.item_id for i in by_path.values() if i.source is None)
    blocking = [n for n in notes if n.kind == UNSUPPORTED]
    forms = [_form(t, by_path, problems) for t in tests_found]
    if problems:
        raise SourceInvalid(problems)
    report = report_text(notes, skipped if skip_unsupported else [], len(by_path) - len(skipped), len(forms))
    if blocking and not skip_unsupported:
        raise SourceInvalid([n.line() for n in blocking] + [
            "Nothing was built. Change the content, or build with --skip-unsupported to leave these items "
            "out and ignore these settings (the report lists what was left out)."])
    settings = _companion(package, path, companion)
    item_docs = [(f"qti:{p}", {"items": [dict(i.source, domain=_domain_of(i, p, settings, tests_found))]})
                 for p, i in by_path.items() if i.source is not None]
    main = _main(settings, tests_found, forms, {doc["items"][0]["domain"] for _, doc in item_docs})
    media = {media_path(m): package.read(m) for i in by_path.values() if i.source is not None for m in i.media}
    checklists = [(f"{COMPANION}: checklists[{n}]", c) for n, c in enumerate(settings.get("checklists") or [])]
    return QtiImport((settings.get("_name", COMPANION), main), item_docs, checklists, media, notes,
                     skipped if skip_unsupported else [], report)


def _read_all(resources, kind: str, reader, problems: list[str]) -> list[tuple[str, Any]]:
    found = []
    for resource in (r for r in resources if r.kind == kind):
        try:
            found.append((resource.href, reader(resource)))
        except SourceInvalid as error:
            problems.extend(error.problems)
    return found


def _note_items_on_no_test(by_path: dict[str, ImportedItem], tests: list[ImportedTest]) -> None:
    referenced = {path for t in tests for section in t.form["sections"] for path in section["items"]}
    for path, item in by_path.items():
        if path not in referenced:
            item.notes.converted("assessmentItemRef", "no test gives this item: it is in the package but on no form")


def _single_form(paths: list[str]) -> ImportedTest:
    notes = Notes("package")
    notes.converted("assessmentTest", "the package has no test; every item is given in one section, form A")
    return ImportedTest("A", {"id": "A", "title": "Form A", "sections": [
        {"id": "all", "title": "Questions", "items": paths}]}, None, notes, {"all": "Questions"},
        {p: "all" for p in paths})


def _form(test: ImportedTest, by_path: dict[str, ImportedItem], problems: list[str]) -> dict:
    sections = []
    for section in test.form["sections"]:
        ids = []
        for path in section["items"]:
            item = by_path.get(path)
            if item is None:
                problems.append(f"{test.qti_id}: refers to '{path}', which the manifest does not list as an item")
            elif item.source is not None:
                ids.append(item.item_id)
        if ids:
            sections.append({**section, "items": ids})
    return {**test.form, "sections": sections}


def _companion(package: QtiPackage, path: Path, given: Path | None) -> dict:
    if given is not None:
        name, text = given.name, _read_text(given)
    elif package.exists(COMPANION):
        name, text = COMPANION, package.read(COMPANION).decode("utf-8", errors="replace")
    else:
        raise SourceInvalid([f"{path.name}: no companion file. Put {COMPANION} in the package or pass "
                             "--companion FILE with: format, id, version, credential, scoring (cut score); "
                             "see docs/qti-import.md"])
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SourceInvalid([f"{name}: cannot be read: {str(error).splitlines()[0]}"]) from None
    if not isinstance(data, dict):
        raise SourceInvalid([f"{name}: expected a mapping of fields"])
    unknown = [k for k in data if k not in COMPANION_FIELDS]
    problems = [f"{name}: unknown field '{k}'" for k in unknown]
    if data.get("format") != COMPANION_FORMAT:
        problems.append(f"{name}: format: expected '{COMPANION_FORMAT}'")
    if problems:
        raise SourceInvalid(problems)
    return {**data, "_name": name}


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceInvalid([f"{path}: cannot be read ({error})"]) from None


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
