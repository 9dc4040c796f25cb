"""Result bundles: export on the station, verify anywhere, import at the body."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Callable, Iterator

from app.crypto import envelope
from app.crypto.chain import AttemptChain, SessionAuditChain
from app.crypto.identity import b64, unb64
from app.domain.attempt import Event
from app.domain.audit import first_broken_session_link
from app.domain.errors import ExamStationError, known_exam, template
from app.domain.exam import Exam
from app.domain.history import EventUnreadable, first_broken_link
from app.domain.results import attempt_result
from app.domain.attempt import VOIDED
from app.formats.exam_content import canonical_json, document_media_paths, exam_from_document, exam_to_document
from app.formats.result_bundle import BundleRefused, build_bundle, open_payload_and_digest, verify_bundle
from app.formats.result_payload import FORMAT as PAYLOAD_FORMAT
from app.fsutil import atomic_write
from app.services.keys import KeyService
from app.services.packages import Clock, utc_now
from app.services.result_export import ExportPlan, SessionRecordings, bundle_name, first_payload, plan_export
from app.services.collector import collector_paused
from app.services.result_import import ImportReport, SupplementTooEarly, outcome, plan_import
from app.store.attempts import AttemptRepository
from app.store.audit import AuditRepository
from app.store.database import Database
from app.store.evaluations import EvaluationRepository
from app.store.exports import ExportRepository, ExportRow
from app.store.repositories import PackageRepository
from app.store.results import AlreadyImported, BuiltPackage, ResultsRepository

__all__ = ["ImportReport", "ResultsService"]


class ResultsService:
    def __init__(self, keys: KeyService, database: Callable[[], Database], clock: Clock = utc_now,
                 home_database: Callable[[], Database] | None = None) -> None:
        """`home_database`: where `package build` recorded exams, when results go to another
        database (--db); exams found there are copied along with the first import."""
        self.keys, self._database, self.clock = keys, database, clock
        self._home_database = home_database

    # -- station ---------------------------------------------------------------
    def export(self, session_id: str, folder: Path) -> Path:
        """Write the session's next bundle into `folder` atomically, read it back and verify
        it; only then is it safe to remove the USB stick. The first export carries the whole
        session; later ones a supplement with what is new, or the latest bundle again."""
        plan = self._plan(session_id)
        path = self._write(*plan.latest, Path(folder))
        if plan.new is not None:
            ExportRepository(self._database()).add(session_id, plan.new, self.clock())
        return path

    def export_all(self, session_id: str, folder: Path) -> list[Path]:
        """Every bundle of the session, the first and each supplement (for a body that lost one)."""
        plan = self._plan(session_id)
        paths = [self._write(row, payload, Path(folder)) for row, payload in plan.bundles]
        if plan.new is not None:
            ExportRepository(self._database()).add(session_id, plan.new, self.clock())
        return paths

    def _plan(self, session_id: str) -> ExportPlan:
        return plan_export(self._recordings(session_id), ExportRepository(self._database()).of_session(session_id))

    def _write(self, row: ExportRow, payload: dict, folder: Path) -> Path:
        bodies = self.keys.trusted("body")
        signer = payload["package"]["signer_fingerprint"]
        body = next((b for b in bodies if b.fingerprint == signer), None)
        if body is None:
            raise ExamStationError("The body that signed this exam is not trusted here any more.",
                                   "Trust its identity again with `examstation keys trust BODY.json`.")
        station = self.keys.load("center")
        session_id = payload["session"]["id"]
        info = {"Source-Organization": station.name, "ExamStation-Session": session_id,
                "ExamStation-Exam": payload["session"]["exam_id"],
                "ExamStation-Station-Fingerprint": station.identity.fingerprint,
                "Bagging-Date": self.clock().date().isoformat()}
        if row.extends:
            info["ExamStation-Extends"] = row.extends
        target = folder / bundle_name(payload["session"]["exam_id"], session_id, row.number)
        atomic_write(target, build_bundle(payload, station, body, info))
        verified = verify_bundle(target)  # read back from the medium before saying it is done
        if verified.bundle_id != row.bundle_id:
            raise ExamStationError("The bundle read back from the disk differs from what was written.",
                                   "Try another USB stick.")
        return target

    def session_payload(self, session_id: str) -> dict:
        """What the session's first bundle carries (everything the station holds of it)."""
        return first_payload(self._recordings(session_id))

    def _recordings(self, session_id: str) -> SessionRecordings:
        db = self._database()
        chain = self._attempt_chain()
        attempts_repo = AttemptRepository(db, chain)
        session = attempts_repo.session(session_id)
        if session is None:
            raise ExamStationError("No session {session_id} on this station.", "Check the session id.",
                                   session_id=session_id)
        known = {k.package_id: k for k in PackageRepository(db).all()}
        package = known[session["package_id"]]
        candidates = attempts_repo.candidates(session_id)
        attempts = attempts_repo.attempts_of_session(session_id)
        evaluations = {c.id: [e.record()
                              for e in EvaluationRepository(db).of_candidate(c.id)] for c in candidates}
        first_of: dict[str, str] = {}
        for a in attempts:
            first_of.setdefault(a.candidate_id, a.id)
        numbers = {c.id: c.number for c in candidates}
        recorded = []
        for a in attempts:
            try:
                history = attempts_repo.events_with_macs(a.id)
            except EventUnreadable as unreadable:
                _refuse_broken_history(a.id, numbers[a.candidate_id], template(
                    "event {seq} cannot be opened: its sealed content was changed or moved", seq=unreadable.seq))
            problem = first_broken_link(a.id, history, chain) if history else template("all its events are gone")
            _refuse_broken_history(a.id, numbers[a.candidate_id], problem)
            recorded.append({
                "id": a.id, "candidate_id": a.candidate_id, "form_id": a.form_id,
                "events": [[e.seq, e.kind, e.elapsed_ms, e.at, e.data, mac] for e, mac in history],
                # an evaluation not tied to an attempt goes with the candidate's first one
                "evaluations": [e for e in evaluations.get(a.candidate_id, [])
                                if e["attempt_id"] == a.id or (e["attempt_id"] is None and first_of[a.candidate_id] == a.id)],
                "chain_key": chain.key(a.id), "moved": history[-1][0].kind == "transferred"})
        audit_chain = self._session_audit_chain()
        chained = AuditRepository(db).of_session(session_id)
        problem = first_broken_session_link(session_id, chained, audit_chain)
        if problem:
            raise ExamStationError("The audit log of this session was changed on this station: {problem}.",
                                   "Nothing was exported. Do not edit or restore the station's database; "
                                   "tell the credential body, which must review it.", problem=problem)
        audit = [{**asdict(e), "session_seq": n, "mac": mac} for n, e, mac in chained]
        common = {"format": PAYLOAD_FORMAT, "station": self.keys.identity("center").to_json(),
                  "package": {"package_id": package.package_id, "exam_id": package.exam_id,
                              "exam_version": package.exam_version, "signer_fingerprint": package.signer_fingerprint}}
        return SessionRecordings(common, session, [asdict(c) for c in candidates], recorded, audit,
                                 audit_chain.key(session_id))

    def _session_audit_chain(self) -> SessionAuditChain:
        chain = self.keys.session_audit_chain()
        if chain is None:
            raise ExamStationError("This home has no center key, so it holds no results to export.",
                                   "Export on the station that ran the session.")
        return chain

    def _attempt_chain(self) -> AttemptChain:
        chain = self.keys.attempt_chain()
        if chain is None:
            raise ExamStationError("This home has no center key, so it holds no results to export.",
                                   "Export on the station that ran the session.")
        return chain

    # -- anyone ----------------------------------------------------------------
    def verify(self, path: Path) -> dict:
        bundle = verify_bundle(Path(path))
        return {"bundle_id": bundle.bundle_id, "station": bundle.station.name,
                "station_fingerprint": bundle.station.fingerprint,
                "session": bundle.bag_info.get("ExamStation-Session"),
                "exam": bundle.bag_info.get("ExamStation-Exam"),
                "extends": bundle.bag_info.get("ExamStation-Extends")}

    # -- body ------------------------------------------------------------------
    def record_built(self, exam: Exam, manifest: dict) -> None:
        """The body keeps, for each package it builds, the compiled exam (sealed for itself, to
        score what comes back) and the centers and window it was built for (to refuse results
        from elsewhere or from another time)."""
        body = self.keys.load("body")
        package_id = manifest["package_id"]
        sealed = envelope.seal_for_self(body.encryption_private, canonical_json(exam_to_document(exam)),
                                        package_id.encode())
        valid = manifest.get("valid") or {}
        built = BuiltPackage(exam.id, exam.version, b64(sealed), [r["fingerprint"] for r in manifest["recipients"]],
                             valid.get("not_before"), valid.get("not_after"))
        ResultsRepository(self._database()).record_exam(package_id, built, self.clock())

    def exam(self, package_id: str) -> Exam | None:
        """The exam a package was built from, as the body recorded it (None if not built here)."""
        found = self._built(package_id)
        return found[0] if found else None

    def _built(self, package_id: str) -> tuple[Exam, BuiltPackage] | None:
        built = ResultsRepository(self._database()).built_package(package_id)
        if built is None and self._home_database is not None:
            built = ResultsRepository(self._home_database()).built_package(package_id)
            if built is not None:  # results go to another database: keep the exam with them
                ResultsRepository(self._database()).record_exam(package_id, built, self.clock())
        if built is None:
            return None
        plain = envelope.open_for_self(self.keys.load("body").encryption_private, unb64(built.sealed_content),
                                       package_id.encode())
        document = json.loads(plain)
        return exam_from_document(document, document_media_paths(document)), built

    def import_bundle(self, path: Path) -> ImportReport:
        with collector_paused():
            return self._import_bundle(path)

    def _import_bundle(self, path: Path) -> ImportReport:
        bundle = verify_bundle(Path(path))
        centers = {c.fingerprint for c in self.keys.trusted("center")}
        if bundle.station.fingerprint not in centers:
            raise BundleRefused("The bundle is signed by center '{station}' "
                                "({station_fingerprint}), which is not registered with this body.",
                                "Confirm the fingerprint with the center, then `examstation keys trust CENTER.json`.",
                                station=bundle.station.name, station_fingerprint=bundle.station.fingerprint)
        payload, digest = open_payload_and_digest(bundle, self.keys.load("body"))
        repo = ResultsRepository(self._database())
        if repo.bundle_exists(bundle.bundle_id):
            return ImportReport(bundle.bundle_id, bundle.station.name, 0, 0, True)
        plan = plan_import(payload, bundle, repo, self._built, self.clock(), digest)
        try:
            repo.write_import(plan.rows)
        except AlreadyImported:
            return ImportReport(bundle.bundle_id, bundle.station.name, 0, 0, True)
        return plan.report

    def import_bundles(self, paths: list[Path]) -> Iterator[tuple[Path, ImportReport]]:
        """Import several bundles in any order: a supplement given before the bundle it
        extends waits until that one is in. Stops at the first other refusal."""
        waiting = [Path(p) for p in paths]
        while waiting:
            deferred: list[Path] = []
            early: SupplementTooEarly | None = None
            for path in waiting:
                try:
                    yield path, self.import_bundle(path)
                except SupplementTooEarly as error:
                    deferred.append(path)
                    early = error
            if early is not None and len(deferred) == len(waiting):
                raise early
            waiting = deferred

    # -- manual scoring --------------------------------------------------------------
    def pending_manual(self, exam_id: str | None = None) -> list[dict]:
        """Responses to manually scored items still waiting for a person, with what was written:
        never those of a voided attempt. Reading writes nothing: a blank answer was given 0 when
        its bundle was imported (app.services.result_import), so it is not waiting."""
        repo = ResultsRepository(self._database())
        pending = []
        for attempt in repo.attempts(exam_id):
            waiting = json.loads(attempt.details).get("pending_manual", [])
            if attempt.state == VOIDED or not waiting:
                continue
            responses = {r.item_id: r for r in repo.responses([attempt.attempt_id])}
            for item_id in waiting:
                response = responses.get(item_id)
                text = json.loads(response.response) if response and response.response else ""
                pending.append({"attempt_id": attempt.attempt_id, "candidate_number": attempt.candidate_number,
                                "item_id": item_id, "max_points": response.max_score if response else 0.0,
                                "response": text, "package_id": attempt.package_id})
        return pending

    def score_manual(self, attempt_id: str, item_id: str, points: float, rater: str) -> dict:
        """Record a person's score for one response and re-score the attempt with it."""
        rescore = self.rescorer(attempt_id, item_id, points)
        summary: dict = {}
        ResultsRepository(self._database()).save_manual_score(attempt_id, item_id, points, rater.strip() or "rater",
                                                              self.clock(), lambda scores: rescore(scores, summary))
        return summary

    def rescorer(self, attempt_id: str, item_id: str, points: float) -> Callable[[dict, dict], dict]:
        """Check that this response can be given `points` (ExamStationError if not), and return
        what re-scores its attempt: given every manual score of the attempt (read inside the
        transaction that writes the new one, so two scores saved at once both count), the values
        to store; it fills `summary` with what the command line prints."""
        repo = ResultsRepository(self._database())
        attempt = repo.attempt(attempt_id)
        if attempt is None:
            raise ExamStationError("No imported attempt {attempt_id}.", "Check the id (results pending lists them).",
                                   attempt_id=attempt_id)
        if attempt.state == VOIDED:
            raise ExamStationError("This attempt was voided at the testing center, so it is not scored.",
                                   "Score another response; a voided attempt never counts.")
        exam = known_exam(self.exam(attempt.package_id), attempt.package_id)
        item = exam.item(item_id) if item_id in {i.id for i in exam.items} else None
        if item is None or not item.manually_scored:
            raise ExamStationError("'{item_id}' is not a manually scored item of this exam.", "Check the item id.",
                                   item_id=item_id)
        if not 0 <= points <= item.points:
            raise ExamStationError("Points must be between 0 and {points:g}.", "Enter a score in that range.",
                                   points=item.points)
        events = [Event(e.seq, e.kind, e.elapsed_ms, e.at, json.loads(e.data)) for e in repo.events(attempt_id)]
        details = json.loads(attempt.details)
        held = attempt.findings != "[]"

        def rescore(scores: dict[str, float], summary: dict) -> dict:
            result = attempt_result(exam, events, [], scores, details["checklists"])
            details.update(pending_manual=list(result.written.pending_manual),
                           composite_complete=result.composite_complete, domains=result.written.domain_percent,
                           **outcome(result, held))
            passed = result.written.passed and not held
            summary.update(raw=result.written.raw, percent=result.written.percent, passed=passed,
                           pending=len(result.written.pending_manual), composite_passed=details["composite_passed"],
                           held=held)
            return {"raw": result.written.raw, "percent": result.written.percent, "written_passed": passed,
                    "scaled": result.written.scaled, "details": json.dumps(details, sort_keys=True)}
        return rescore


def _refuse_broken_history(attempt_id: str, candidate_number: str, problem: str | None) -> None:
    """An attempt whose stored history does not verify is never exported: what the station
    would sign is not what ExamStation recorded."""
    if problem is not None:
        raise ExamStationError(
            "The station database was changed outside ExamStation: the history of candidate {candidate_number}'s "
            "attempt {attempt_id} does not verify ({problem}).",
            "Nothing was exported. Do not edit or restore the station's database; tell the credential body, "
            "which must review this session.",
            candidate_number=candidate_number, attempt_id=attempt_id, problem=problem)
