"""Issuing Open Badges 3.0 credentials to candidates who met the credential's rule, and
revoking them through the signed status list (verifying them: app.services.credential_check)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Callable

from app.domain.candidate_number import candidate_number_problem
from app.domain.errors import ExamStationError, SaveFailed, known_exam
from app.formats.credential import STATUS_LIFETIME, Award, build_credential, build_status_list
from app.domain.strict_json import StrictJsonError, loads_strict
from app.fsutil import atomic_write
from app.services.credential_check import STATUS_FILE, StatusListMemory
from app.services.keys import KeyService
from app.services.packages import Clock, utc_now
from app.services.release import ReleaseService
from app.services.results import ResultsService
from app.store.credentials import CredentialRepository, IssuedRow
from app.store.database import Database
from app.store.results import ResultsRepository

MAX_LIFETIME_DAYS = 366


@dataclass(frozen=True)
class Skipped:
    attempt_id: str
    candidate_number: str
    reason: str


@dataclass(frozen=True)
class IssueReport:
    issued: list[Path]
    already: int
    not_eligible: int
    status_list: Path
    skipped: list[Skipped]  # eligible, but a candidate number no credential can carry
    unreleased: int = 0     # passes whose session is not released (or changed since): not issued yet


class CredentialService:
    def __init__(self, keys: KeyService, results: ResultsService, database: Callable[[], Database],
                 release: ReleaseService, clock: Clock = utc_now) -> None:
        """`release`: which results are released (only those produce credentials)."""
        self.keys, self.results, self._database, self.clock = keys, results, database, clock
        self.release = release

    def status_list_url(self) -> str:
        """Where the body publishes its list; the identifier the credentials point to."""
        return f"urn:examstation:status:{self.keys.identity('body').fingerprint}"

    def issue(self, folder: Path, exam_id: str | None = None, lifetime: timedelta = STATUS_LIFETIME) -> IssueReport:
        body = self.keys.load("body")
        check_lifetime(lifetime)
        db = self._database()
        repo = CredentialRepository(db)
        folder.mkdir(parents=True, exist_ok=True)
        self._refuse_unrecorded(folder, repo)
        done = repo.issued_attempts()
        attempts = ResultsRepository(db).attempts(exam_id)
        # only released results count; those issued before are neither earned again nor waiting
        earned, unreleased = self.release.released_passes([a for a in attempts if a.attempt_id not in done])
        if unreleased and not earned:
            raise ExamStationError("No credential was issued: {unreleased} passing result(s) are in sessions whose "
                                   "results are not released (or changed since their release).",
                                   "Release the session first (`results release --session ID`, or the window's "
                                   "Release tab), then issue again.", unreleased=unreleased)
        centers = self.release.center_names()
        written, skipped, already, not_eligible = [], [], 0, 0
        for attempt in attempts:
            if attempt.attempt_id in done:
                already += 1
                continue
            if attempt.attempt_id not in earned:
                not_eligible += 1
                continue
            problem = candidate_number_problem(attempt.candidate_number)
            if problem:
                skipped.append(Skipped(attempt.attempt_id, repr(attempt.candidate_number)[1:-1][:60], problem))
                continue
            exam = known_exam(self.results.exam(attempt.package_id), attempt.package_id)
            uid, index = uuid.uuid4(), repo.next_index()
            # the evidence names the center as people know it, from the bundle it signed
            award = Award(f"urn:uuid:{uid}", attempt.candidate_name, attempt.candidate_number,
                          centers[attempt.attempt_id], self.clock(), index, self.status_list_url())
            written.append(self._write_then_record(folder / f"{uid}.json", build_credential(exam, award, body),
                                                   repo, attempt.attempt_id, exam.id, index))
        return IssueReport(written, already, not_eligible - unreleased, self.publish_status(folder, lifetime), skipped,
                           unreleased)

    def _refuse_unrecorded(self, folder: Path, repo: CredentialRepository) -> None:
        """A run stopped between writing a file and recording it leaves a credential the database
        does not know, whose status index the next one would reuse: it must go first."""
        ours = {}
        for path in folder.glob("*.json"):
            try:
                document = loads_strict(path.read_bytes())
                if document["credentialStatus"]["statusListCredential"] == self.status_list_url():
                    ours[document["id"]] = path
            except (OSError, StrictJsonError, KeyError, TypeError):
                continue  # not one of this body's credentials
        recorded = repo.recorded(list(ours)) if ours else set()
        unrecorded = sorted(str(path) for cid, path in ours.items() if cid not in recorded)
        if unrecorded:
            raise ExamStationError("{count} credential file(s) in {folder} are not recorded as issued "
                                   "(left by an interrupted run), e.g. {unrecorded}.",
                                   "Delete them (they were never issued), then run `credential issue` again.",
                                   count=len(unrecorded), folder=folder, unrecorded=unrecorded[0])

    def _write_then_record(self, target: Path, document: dict, repo: CredentialRepository, attempt_id: str,
                           exam_id: str, index: int) -> Path:
        """The file is durable before the row says the credential exists, so a recorded credential
        always has its file; when the row cannot be written the file goes too."""
        atomic_write(target, json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"))
        try:
            repo.add(document["id"], attempt_id, exam_id, index, self.clock())
        except SaveFailed as error:
            target.unlink(missing_ok=True)
            raise SaveFailed.like(error, next_step="Its file was removed, so nothing was issued for it; fix the "
                                                   "database problem and run `credential issue` again.") from None
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target

    def issued(self) -> list[IssuedRow]:
        """The credentials issued so far, newest first, with whether and why each was revoked."""
        return CredentialRepository(self._database()).listing()

    def revoke(self, credential_id: str, reason: str, folder: Path, lifetime: timedelta = STATUS_LIFETIME) -> Path:
        if not reason.strip():
            raise ExamStationError("A reason is required to revoke a credential.", "Give --reason.")
        check_lifetime(lifetime)
        if not CredentialRepository(self._database()).revoke(credential_id, reason.strip(), self.clock()):
            raise ExamStationError("No issued credential {credential_id}.", "Check the credential's id.",
                                   credential_id=credential_id)
        return self.publish_status(folder, lifetime)

    def publish_status(self, folder: Path, lifetime: timedelta = STATUS_LIFETIME) -> Path:
        """Write the signed status list for the body to publish (e.g. on its web site); it is
        current for `lifetime`, so publish a new one (`credential status`) before it runs out."""
        check_lifetime(lifetime)
        body = self.keys.load("body")
        status = build_status_list(self.status_list_url(), CredentialRepository(self._database()).revoked_indexes(),
                                   body, self.clock(), lifetime)
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / STATUS_FILE
        atomic_write(target, json.dumps(status, indent=2).encode())
        # The body's own `credential verify` knows its newest list, whatever older one it is shown.
        StatusListMemory(self.keys.home.root).remember(status["issuer"], status)
        return target


def check_lifetime(lifetime: timedelta) -> None:
    if not timedelta(days=1) <= lifetime <= timedelta(days=MAX_LIFETIME_DAYS):
        raise ExamStationError("A status list lifetime must be 1 to {days} days.",
                               "Give --status-days within that range.", days=MAX_LIFETIME_DAYS)
