"""Package use cases: build (body), inspect (anyone), verify and open (station)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from app.crypto.envelope import normalize_release_code
from app.crypto.identity import Identity
from app.domain.errors import ExamStationError, SourceInvalid, TrustError, role_words, template
from app.domain.exam import Exam
from app.domain.key_check import key_check
from app.domain.release_code import MIN_RELEASE_CODE_BITS, estimated_bits
from app.domain.strict_json import loads_strict
from app.domain.exam_reader import read_exam
from app.formats.exam_source import load_exam_source, media_file
from app.formats.package_layout import parse_iso
from app.formats.package_reader import OpenedPackage, open_package, precheck, read_signed
from app.formats.package_writer import PackageSpec, build_package_bytes
from app.fsutil import atomic_write
from app.services.collector import collector_paused
from app.services.clock import Clock, utc_now  # noqa: F401 - named here by the other services too
from app.services.keys import KeyService



@dataclass(frozen=True)
class BuildResult:
    path: Path
    package_id: str
    items: int
    forms: int
    centers: list[str]
    import_report: str = ""   # for a QTI content package: what was converted, removed or left out


class PackageService:
    def __init__(self, keys: KeyService, clock: Clock = utc_now,
                 on_built: Callable[[Exam, dict], None] | None = None) -> None:
        self.keys = keys
        self.clock = clock
        self.on_built = on_built  # the body records each built exam and its manifest, to check results later

    def build(self, source: Path, centers: list[Path], output: Path, release_code: str | None = None,
              not_before: str | None = None, not_after: str | None = None, companion: Path | None = None,
              skip_unsupported: bool = False) -> BuildResult:
        """Build from an exam source folder, or from a QTI content package (folder or zip) with
        its companion file; the QTI import report comes back with the result."""
        return self.build_for(source, [self._registered_center(path) for path in centers], output, release_code,
                              not_before, not_after, companion, skip_unsupported)

    def validate(self, source: Path, companion: Path | None = None, skip_unsupported: bool = False) -> BuildResult:
        """Everything a build checks (reading, QTI conversion, key check) without keys, centers or
        writing anything: for authors, before they build."""
        exam, _media, report = _load_source(Path(source), companion, skip_unsupported)
        problems = key_check(exam)
        if problems:
            raise SourceInvalid([template("key check: {problem}", problem=p) for p in problems])
        return BuildResult(Path(source), "", len(exam.items), len(exam.forms), [], report)

    def build_for(self, source: Path, recipients: list[Identity], output: Path, release_code: str | None = None,
                  not_before: str | None = None, not_after: str | None = None, companion: Path | None = None,
                  skip_unsupported: bool = False) -> BuildResult:
        """The same, for centers chosen among those registered (the body's window lists them)."""
        registered = {c.fingerprint for c in self.keys.trusted("center")}
        for center in recipients:
            if center.fingerprint not in registered:
                raise TrustError("Center '{center}' ({center_fingerprint}) is not registered with this body.",
                                 "Register it first (keys trust), after confirming its fingerprint.",
                                 center=center.name, center_fingerprint=center.fingerprint)
        exam, media, report = _load_source(Path(source), companion, skip_unsupported)
        problems = key_check(exam)
        if problems:
            raise SourceInvalid([template("key check: {problem}", problem=p) for p in problems])
        if not recipients:
            raise ExamStationError("No center given.", "Add --to CENTER.json for each testing center.")
        if release_code is not None:
            _check_release_code(release_code)
        start, end = _moment(not_before, "--not-before"), _moment(not_after, "--not-after")
        if start and end and end <= start:
            raise ExamStationError("--not-after must be later than --not-before.", "Fix the dates.")
        spec = PackageSpec(exam=exam, media=media, signer=self.keys.load("body"), recipients=recipients,
                           created=self.clock(), release_code=release_code or None,
                           not_before=start, not_after=end)
        data = build_package_bytes(spec)
        output = Path(output)
        atomic_write(output, data)
        signed = read_signed(output)  # read back what reached the disk before saying it is done
        if self.on_built:
            self.on_built(exam, signed.manifest)
        return BuildResult(output, signed.manifest["package_id"], len(exam.items), len(exam.forms),
                           [r.name for r in recipients], report)

    def _registered_center(self, path: Path) -> Identity:
        center = _read_center(path)
        if center.fingerprint not in {c.fingerprint for c in self.keys.trusted("center")}:
            raise TrustError("Center '{center}' ({center_fingerprint}) is not registered with this body.",
                             "Confirm the fingerprint with the center, then run `examstation keys trust {path}`.",
                             center=center.name, center_fingerprint=center.fingerprint, path=path)
        return center

    def inspect(self, path: Path) -> dict:
        """The public manifest, checked against the key it names; no private key needed."""
        signed = read_signed(path)
        first = ("format", "format_version", "package_id", "created", "exam", "valid", "signer",
                 "recipients", "release_code")
        manifest = {k: signed.manifest[k] for k in first if k in signed.manifest}
        manifest.update({k: v for k, v in signed.manifest.items() if k not in manifest})
        manifest["signature"] = "valid for the signer named above (trust is checked by verify)"
        return manifest

    def open(self, path: Path, release_code: str | None) -> OpenedPackage:
        signed = read_signed(path)
        return open_package(signed, self.keys.load("center"), self.keys.trusted("body"),
                            release_code, self.clock())

    def precheck(self, path: Path) -> list[str]:
        """Everything but decryption (no release code needed): for the day before the exam."""
        signed = read_signed(path)
        return precheck(signed, self.keys.identity("center"), self.keys.trusted("body"), self.clock())

    def verify(self, path: Path, release_code: str | None) -> dict:
        opened = self.open(path, release_code)
        for media_path in opened.media_index:
            opened.media(media_path)  # every media file must decrypt too
        exam = opened.exam
        return {"package_id": opened.package_id, "exam": exam.id, "title": exam.title,
                "version": exam.version, "forms": len(exam.forms), "items": len(exam.items),
                "checklists": len(exam.checklists), "media": len(opened.media_index),
                "forbidden_programs": list(exam.lockdown.forbidden_programs)}


def _load_source(source: Path, companion: Path | None, skip_unsupported: bool) -> tuple[Exam, dict, str]:
    from app.formats.qti.importer import import_qti, is_qti_package  # only builds need the XML stack
    if is_qti_package(source):
        with collector_paused():   # a thousand items' trees, sources and Items, and no cycle among them
            imported = import_qti(source, companion, skip_unsupported)
            exam = read_exam(imported.main, imported.items, imported.checklists, imported.media.__contains__,
                             imported.read_items)
        return exam, {path: imported.media[path] for path in exam.media_paths()}, imported.report
    if companion is not None or skip_unsupported:
        raise ExamStationError("--companion and --skip-unsupported apply to QTI content packages only.",
                               "Leave them out when building from an exam source folder.")
    exam = load_exam_source(source)
    return exam, {path: _media_bytes(source, path) for path in exam.media_paths()}, ""


def _media_bytes(source: Path, path: str) -> bytes:
    found = media_file(source, path)
    if found is None:  # checked when the source was read; gone since
        raise ExamStationError("The media file '{path}' is no longer in the exam source.",
                               "Put it back in the source's media folder and build again.", path=path)
    return found.read_bytes()


def _check_release_code(code: str) -> None:
    bits = estimated_bits(normalize_release_code(code).decode("utf-8"))
    if bits < MIN_RELEASE_CODE_BITS:
        raise ExamStationError("The release code is too easy to guess (about {bits:.0f} bits; at least "
                               "{needed} are needed, e.g. 8 random letters and digits or 13 "
                               "random digits; repeats and runs like 000000 or 123456 count for nothing).",
                               "Choose a random code, such as the one the build window suggests.",
                               bits=bits, needed=MIN_RELEASE_CODE_BITS)


def _read_center(path: Path) -> Identity:
    try:
        identity = Identity.from_json(loads_strict(Path(path).read_bytes()))
    except (OSError, ValueError, UnicodeDecodeError):
        raise TrustError("The center identity {path} cannot be read.",
                         "Give the file made by `examstation keys export --role center`.", path=path) from None
    if identity.role != "center":
        raise TrustError("{name} is a {role} identity, not a center.",
                         "Give the center's identity file with --to.", name=Path(path).name,
                         role=role_words(identity.role))
    return identity


def _moment(text: str | None, flag: str) -> datetime | None:
    if not text:
        return None
    try:
        return parse_iso(text)
    except ValueError:
        raise ExamStationError("{flag} '{text}' is not a date and time.",
                               "Use ISO 8601, e.g. 2026-12-01T08:00:00Z.", flag=flag, text=text) from None

