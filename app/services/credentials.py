"""Issuing Open Badges 3.0 credentials to candidates who met the credential's rule,
revoking them through the status list, and verifying a credential file offline."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from app.domain.errors import ExamStationError
from app.formats.credential import Award, build_credential, build_status_list, verify_credential
from app.fsutil import atomic_write
from app.services.keys import KeyService
from app.services.packages import Clock, utc_now
from app.services.results import ResultsService
from app.store.credentials import CredentialRepository
from app.store.database import Database
from app.store.results import ResultsRepository

STATUS_FILE = "status-list.json"


@dataclass(frozen=True)
class IssueReport:
    issued: list[Path]
    already: int
    not_eligible: int
    status_list: Path


class CredentialService:
    def __init__(self, keys: KeyService, results: ResultsService, database: Callable[[], Database],
                 clock: Clock = utc_now) -> None:
        self.keys, self.results, self._database, self.clock = keys, results, database, clock

    def status_list_url(self) -> str:
        """Where the body publishes its list; the identifier the credentials point to."""
        return f"urn:examstation:status:{self.keys.identity('body').fingerprint}"

    def issue(self, folder: Path, exam_id: str | None = None) -> IssueReport:
        body = self.keys.load("body")
        db = self._database()
        repo = CredentialRepository(db)
        done = repo.issued_attempts()
        written, already, not_eligible = [], 0, 0
        folder.mkdir(parents=True, exist_ok=True)
        for attempt in ResultsRepository(db).attempts(exam_id):
            details = json.loads(attempt.details)
            if attempt.attempt_id in done:
                already += 1
                continue
            if not (details["composite_complete"] and details["composite_passed"]):
                not_eligible += 1
                continue
            exam = self.results.exam(attempt.package_id)
            credential_id, index = f"urn:uuid:{uuid.uuid4()}", repo.next_index()
            award = Award(credential_id, attempt.candidate_name, attempt.candidate_number,
                          attempt.center_fingerprint, self.clock(), index, self.status_list_url())
            document = build_credential(exam, award, body)
            target = folder / f"{exam.credential.id}-{attempt.candidate_number}.json"
            repo.add(credential_id, attempt.attempt_id, exam.id, index, self.clock())
            atomic_write(target, json.dumps(document, indent=2, ensure_ascii=False).encode())
            written.append(target)
        return IssueReport(written, already, not_eligible, self.publish_status(folder))

    def revoke(self, credential_id: str, reason: str, folder: Path) -> Path:
        if not reason.strip():
            raise ExamStationError("A reason is required to revoke a credential.", "Give --reason.")
        if not CredentialRepository(self._database()).revoke(credential_id, reason.strip(), self.clock()):
            raise ExamStationError(f"No issued credential {credential_id}.", "Check the credential's id.")
        return self.publish_status(folder)

    def publish_status(self, folder: Path) -> Path:
        """Write the signed status list for the body to publish (e.g. on its web site)."""
        status = build_status_list(self.status_list_url(), CredentialRepository(self._database()).revoked_indexes(),
                                   self.keys.load("body"), self.clock())
        target = Path(folder) / STATUS_FILE
        atomic_write(target, json.dumps(status, indent=2).encode())
        return target


def verify_file(path: Path, status_list: Path | None, clock: Clock = utc_now) -> str:
    """Check a credential offline; the status list defaults to status-list.json beside it."""
    try:
        credential = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        raise ExamStationError(f"{path} is not a readable credential file.", "Check the file.") from None
    status_path = status_list or Path(path).with_name(STATUS_FILE)
    status = None
    if status_path.is_file():
        try:
            status = json.loads(status_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise ExamStationError(f"The status list {status_path} is not readable.", "Get it again from the body.") \
                from None
    valid, reason = verify_credential(credential, status, clock())
    if not valid:
        raise ExamStationError(f"The credential is NOT valid: {reason}.",
                               "Do not accept it; ask the holder or the issuing body.")
    return reason
