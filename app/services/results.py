"""Result bundles: export on the station, verify anywhere, import at the body."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from app.crypto import envelope
from app.crypto import primitives as p
from app.crypto.identity import b64, unb64
from app.domain.attempt import Event
from app.domain.errors import ExamStationError
from app.domain.exam import Exam
from app.domain.history_rules import Finding, check_history
from app.domain.results import AttemptResult, attempt_result
from app.formats.exam_content import canonical_json, document_media_paths, exam_from_document, exam_to_document
from app.formats.result_bundle import BundleRefused, build_bundle, bundle_id_of, open_payload, verify_bundle
from app.fsutil import atomic_write
from app.services.keys import KeyService
from app.services.packages import Clock, utc_now
from app.store.attempts import AttemptRepository
from app.store.audit import AuditRepository
from app.store.database import Database
from app.store.evaluations import EvaluationRepository
from app.store.repositories import PackageRepository
from app.store.results import AlreadyImported, ResultsRepository

PAYLOAD_FORMAT = "examstation-results/1"
KEPT_FINDINGS = 50  # per attempt; a crafted history could break a rule at every event


@dataclass(frozen=True)
class HeldAttempt:
    """An imported attempt whose history breaks the attempt rules: stored, never a pass, until
    a person decides."""

    attempt_id: str
    candidate_number: str
    reasons: tuple[str, ...]

    def line(self) -> str:
        more = f" (and {len(self.reasons) - 1} more)" if len(self.reasons) > 1 else ""
        return (f"attempt {self.attempt_id} (candidate {self.candidate_number}) held for review: "
                f"{self.reasons[0]}{more}")


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    center: str
    attempts: int
    responses: int
    already_imported: bool
    held: tuple[HeldAttempt, ...] = ()


class ResultsService:
    def __init__(self, keys: KeyService, database: Callable[[], Database], clock: Clock = utc_now,
                 home_database: Callable[[], Database] | None = None) -> None:
        """`home_database`: where `package build` recorded exams, when results go to another
        database (--db); exams found there are copied along with the first import."""
        self.keys, self._database, self.clock = keys, database, clock
        self._home_database = home_database

    # -- station ---------------------------------------------------------------
    def export(self, session_id: str, folder: Path) -> Path:
        """Write the session's signed, encrypted bundle into `folder` atomically, read it back and
        verify it; only then is it safe to remove the USB stick."""
        payload = self.session_payload(session_id)
        bodies = self.keys.trusted("body")
        signer = payload["package"]["signer_fingerprint"]
        body = next((b for b in bodies if b.fingerprint == signer), None)
        if body is None:
            raise ExamStationError("The body that signed this exam is not trusted here any more.",
                                   "Trust its identity again with `examstation keys trust BODY.json`.")
        station = self.keys.load("center")
        data = build_bundle(payload, station, body, {
            "Source-Organization": station.name, "ExamStation-Session": session_id,
            "ExamStation-Exam": payload["session"]["exam_id"],
            "ExamStation-Station-Fingerprint": station.identity.fingerprint,
            "Bagging-Date": self.clock().date().isoformat()})
        target = Path(folder) / f"{payload['session']['exam_id']}-{session_id[:8]}.examresult"
        atomic_write(target, data)
        verified = verify_bundle(target)  # read back from the medium before saying it is done
        if verified.bundle_id != bundle_id_of(payload):
            raise ExamStationError("The bundle read back from the disk differs from what was written.",
                                   "Try another USB stick.")
        return target

    def session_payload(self, session_id: str) -> dict:
        db = self._database()
        attempts_repo = AttemptRepository(db)
        session = attempts_repo.session(session_id)
        if session is None:
            raise ExamStationError(f"No session {session_id} on this station.", "Check the session id.")
        known = {k.package_id: k for k in PackageRepository(db).all()}
        package = known[session["package_id"]]
        candidates = attempts_repo.candidates(session_id)
        evaluations = [asdict(e) | {"signed_at": e.signed_at.isoformat()}
                       for c in candidates for e in EvaluationRepository(db).of_candidate(c.id)]
        audit = AuditRepository(db).entries()
        return {
            "format": PAYLOAD_FORMAT,
            "station": self.keys.identity("center").to_json(),
            "package": {"package_id": package.package_id, "exam_id": package.exam_id,
                        "exam_version": package.exam_version, "signer_fingerprint": package.signer_fingerprint},
            "session": session,
            "candidates": [asdict(c) for c in candidates],
            "attempts": [{"id": a.id, "candidate_id": a.candidate_id, "form_id": a.form_id,
                          "events": [[e.seq, e.kind, e.elapsed_ms, e.at, e.data] for e in events]}
                         for a in attempts_repo.attempts_of_session(session_id)
                         # a moved attempt is exported by the station it moved to
                         if (events := attempts_repo.events(a.id))[-1].kind != "transferred"],
            "evaluations": evaluations,
            "audit": {"entries": [asdict(e) for e in audit], "head": audit[-1].hash if audit else None},
        }

    # -- anyone ----------------------------------------------------------------
    def verify(self, path: Path) -> dict:
        bundle = verify_bundle(Path(path))
        return {"bundle_id": bundle.bundle_id, "station": bundle.station.name,
                "station_fingerprint": bundle.station.fingerprint,
                "session": bundle.bag_info.get("ExamStation-Session"),
                "exam": bundle.bag_info.get("ExamStation-Exam")}

    # -- body ------------------------------------------------------------------
    def record_built(self, exam: Exam, package_id: str) -> None:
        """The body keeps the compiled exam of each package it builds, sealed for itself,
        to score what comes back."""
        body = self.keys.load("body")
        sealed = envelope.seal_for_self(body.encryption_private, canonical_json(exam_to_document(exam)),
                                        package_id.encode())
        ResultsRepository(self._database()).record_exam(package_id, exam.id, exam.version, b64(sealed),
                                                        self.clock())

    def exam(self, package_id: str) -> Exam | None:
        """The exam a package was built from, as the body recorded it (None if not built here)."""
        found = ResultsRepository(self._database()).sealed_exam(package_id)
        if found is None and self._home_database is not None:
            found = ResultsRepository(self._home_database()).sealed_exam(package_id)
            if found is not None:  # results go to another database: keep the exam with them
                ResultsRepository(self._database()).record_exam(package_id, *found, self.clock())
        if found is None:
            return None
        plain = envelope.open_for_self(self.keys.load("body").encryption_private, unb64(found[2]),
                                       package_id.encode())
        document = json.loads(plain)
        return exam_from_document(document, document_media_paths(document))

    def import_bundle(self, path: Path) -> ImportReport:
        bundle = verify_bundle(Path(path))
        centers = {c.fingerprint for c in self.keys.trusted("center")}
        if bundle.station.fingerprint not in centers:
            raise BundleRefused(f"The bundle is signed by center '{bundle.station.name}' "
                                f"({bundle.station.fingerprint}), which is not registered with this body.",
                                "Confirm the fingerprint with the center, then `examstation keys trust CENTER.json`.")
        payload = open_payload(bundle, self.keys.load("body"))
        repo = ResultsRepository(self._database())
        if repo.bundle_exists(bundle.bundle_id):
            return ImportReport(bundle.bundle_id, bundle.station.name, 0, 0, True)
        rows = self._rows(payload, bundle, repo)
        try:
            repo.write_bundle(*rows)
        except AlreadyImported:
            return ImportReport(bundle.bundle_id, bundle.station.name, 0, 0, True)
        held = tuple(HeldAttempt(a["attempt_id"], a["candidate_number"],
                                 tuple(Finding(**f).line() for f in json.loads(a["findings"])))
                     for a in rows[1] if a["findings"] != "[]")
        return ImportReport(bundle.bundle_id, bundle.station.name, len(rows[1]), len(rows[2]), False, held)

    # -- manual scoring --------------------------------------------------------------
    def pending_manual(self, exam_id: str | None = None) -> list[dict]:
        """Responses to manually scored items still waiting for a person, with what was written."""
        repo = ResultsRepository(self._database())
        pending = []
        for attempt in repo.attempts(exam_id):
            for item_id in json.loads(attempt.details).get("pending_manual", []):
                response = next((r for r in repo.responses([attempt.attempt_id]) if r.item_id == item_id), None)
                text = json.loads(response.response) if response and response.response else ""
                pending.append({"attempt_id": attempt.attempt_id, "candidate_number": attempt.candidate_number,
                                "item_id": item_id, "max_points": response.max_score if response else None,
                                "response": text, "package_id": attempt.package_id})
        return pending

    def score_manual(self, attempt_id: str, item_id: str, points: float, rater: str) -> dict:
        """Record a person's score for one response and re-score the attempt with it."""
        repo = ResultsRepository(self._database())
        attempt = repo.attempt(attempt_id)
        if attempt is None:
            raise ExamStationError(f"No imported attempt {attempt_id}.", "Check the id (results pending lists them).")
        exam = self.exam(attempt.package_id)
        item = exam.item(item_id) if item_id in {i.id for i in exam.items} else None
        if item is None or not item.manually_scored:
            raise ExamStationError(f"'{item_id}' is not a manually scored item of this exam.", "Check the item id.")
        if not 0 <= points <= item.points:
            raise ExamStationError(f"Points must be between 0 and {item.points:g}.", "Enter a score in that range.")
        scores = {**repo.manual_scores(attempt_id), item_id: points}
        events = [Event(e.seq, e.kind, e.elapsed_ms, e.at, json.loads(e.data)) for e in repo.events(attempt_id)]
        details = json.loads(attempt.details)
        result = attempt_result(exam, events, [], scores, details["checklists"])
        held = attempt.findings != "[]"
        details.update(pending_manual=list(result.written.pending_manual), composite_complete=result.composite_complete,
                       domains=result.written.domain_percent, **_outcome(result, held))
        passed = result.written.passed and not held
        repo.save_manual_score(attempt_id, item_id, points, rater.strip() or "rater", self.clock(), {
            "raw": result.written.raw, "percent": result.written.percent, "written_passed": passed,
            "scaled": result.written.scaled, "details": json.dumps(details, sort_keys=True)})
        return {"raw": result.written.raw, "percent": result.written.percent, "passed": passed,
                "pending": len(result.written.pending_manual), "composite_passed": details["composite_passed"],
                "held": held}

    def _rows(self, payload: dict, bundle, repo: ResultsRepository) -> tuple[dict, list, list, list]:
        try:
            package_id = payload["package"]["package_id"]
            if payload["format"] != PAYLOAD_FORMAT or payload["station"]["fingerprint"] != bundle.station.fingerprint:
                raise ValueError("format or station")
            exam = self.exam(package_id)
            if exam is None:
                raise BundleRefused("The bundle's exam package was not built by this body's database.",
                                    "Import into the database of the body that built the package (--db).")
            candidates = {c["id"]: c for c in payload["candidates"]}
            attempts, responses, events = [], [], []
            hashes = repo.attempt_hashes([a["id"] for a in payload["attempts"]])
            for attempt in payload["attempts"]:
                a_rows = self._attempt_rows(exam, payload, bundle, attempt, candidates[attempt["candidate_id"]])
                if attempt["id"] in hashes and hashes[attempt["id"]] != a_rows[0]["content_hash"]:
                    raise BundleRefused(f"Attempt {attempt['id']} was already imported with different content.",
                                        "Nothing was imported; check with the center which export is right.")
                attempts.append(a_rows[0])
                responses += a_rows[1]
                events += a_rows[2]
        except BundleRefused:
            raise
        except (KeyError, TypeError, ValueError, ExamStationError) as error:
            raise BundleRefused(f"The bundle's results are malformed ({type(error).__name__}).",
                                "Ask the center to export it again.") from None
        bundle_row = {"bundle_id": bundle.bundle_id, "center_fingerprint": bundle.station.fingerprint,
                      "center_name": bundle.station.name, "session_id": payload["session"]["id"],
                      "package_id": package_id, "imported_at": self.clock(),
                      "audit_head": payload["audit"]["head"] or ""}
        return bundle_row, attempts, responses, events

    def _attempt_rows(self, exam: Exam, payload: dict, bundle, attempt: dict, candidate: dict):
        events = [Event(seq, kind, elapsed, at, data) for seq, kind, elapsed, at, data in attempt["events"]]
        evaluations = [e for e in payload["evaluations"] if e["candidate_id"] == candidate["id"]]
        findings = check_history(events, exam)  # the body's replay of the attempt rules
        result = attempt_result(exam, events, evaluations)
        held = bool(findings)
        content_hash = p.sha256(canonical_json({"attempt": attempt, "evaluations": evaluations})).hex()
        row = {"attempt_id": attempt["id"], "bundle_id": bundle.bundle_id, "content_hash": content_hash,
               "session_id": payload["session"]["id"], "package_id": payload["package"]["package_id"],
               "exam_id": exam.id, "form_id": result.form_id, "center_fingerprint": bundle.station.fingerprint,
               "candidate_number": candidate["number"], "candidate_name": candidate["name"],
               "candidate": json.dumps(candidate["details"], sort_keys=True), "state": result.state,
               "raw": result.written.raw, "maximum": result.written.maximum, "percent": result.written.percent,
               "written_passed": result.written.passed and not held, "scaled": result.written.scaled,
               "elapsed_ms": result.elapsed_ms, "incidents": result.incidents,
               "details": json.dumps({"domains": result.written.domain_percent, "checklists": result.checklists,
                                      "composite_complete": result.composite_complete,
                                      "pending_manual": list(result.written.pending_manual),
                                      **_outcome(result, held)}, sort_keys=True),
               "findings": _findings_json(findings)}
        responses = [{"attempt_id": attempt["id"], "item_id": item_id,
                      "response": None if item_id not in result.responses else json.dumps(result.responses[item_id]),
                      "score": score, "max_score": maximum}
                     for item_id, (score, maximum) in result.item_scores.items()]
        event_rows = [{"attempt_id": attempt["id"], "seq": e.seq, "kind": e.kind, "elapsed_ms": e.elapsed_ms,
                       "at": e.at, "data": json.dumps(e.data, sort_keys=True)} for e in events]
        return row, responses, event_rows


def _outcome(result: AttemptResult, held: bool) -> dict:
    """The composite decision as stored: a held attempt never passes; what its scores would
    give is kept beside it for the person who decides."""
    if not held:
        return {"composite_passed": result.composite_passed}
    return {"composite_passed": False,
            "held": {"written_passed": result.written.passed, "composite_passed": result.composite_passed}}


def _findings_json(findings: list[Finding]) -> str:
    kept = [f.to_data() for f in findings[:KEPT_FINDINGS]]
    if len(findings) > KEPT_FINDINGS:
        kept.append({"seq": 0, "rule": "more", "reason": f"{len(findings) - KEPT_FINDINGS} more findings."})
    return json.dumps(kept, sort_keys=True)
