"""Moving an attempt to another station of the same center, offline (USB): the attempt's
events travel sealed with the center's key; the first station closes its copy."""

from __future__ import annotations

import json
from pathlib import Path

from app.crypto import envelope
from app.crypto.identity import b64, unb64
from app.crypto import primitives as p
from app.domain.attempt import PAUSED, READY, Event
from app.domain.errors import ExamStationError
from app.domain.exam import Exam
from app.domain.records import Attempt
from app.formats.exam_content import canonical_json
from app.fsutil import atomic_write
from app.services.delivery import DeliveryService
from app.services.keys import KeyService

FORMAT = "examstation-attempt-transfer/1"


class TransferService:
    def __init__(self, keys: KeyService, delivery: DeliveryService) -> None:
        self.keys, self.delivery = keys, delivery

    def export(self, attempt_id: str, exam: Exam, target: Path, by: str) -> Path:
        """Seal the attempt for this center's stations and close it here (it must be paused or not started)."""
        live = self.delivery.observe(attempt_id, exam)
        if live.state.state not in (READY, PAUSED):
            raise ExamStationError("Only a paused or not yet started attempt can be moved.",
                                   "Pause it from the console first.")
        document = {"format": FORMAT, **self.delivery.portable(attempt_id)}
        center = self.keys.load("center")
        sealed = envelope.seal_for_self(center.encryption_private, canonical_json(document), FORMAT.encode())
        signature = p.sign(center.signing_private, FORMAT.encode() + b"\0" + p.sha256(sealed))
        atomic_write(Path(target), json.dumps({"format": FORMAT, "center": center.identity.fingerprint,
                                               "sealed": b64(sealed), "signature": b64(signature)}).encode())
        live.transfer_out(by)
        return Path(target)

    def import_(self, source: Path, exam: Exam) -> str:
        """Continue a moved attempt on this station; returns its id (then `delivery.live` it)."""
        center = self.keys.load("center")
        try:
            wrapper = json.loads(Path(source).read_text(encoding="utf-8"))
            sealed, signature = unb64(wrapper["sealed"]), unb64(wrapper["signature"], 64)
            if wrapper["format"] != FORMAT:
                raise ValueError("format")
        except (OSError, ValueError, KeyError, TypeError):
            raise ExamStationError("This is not a readable attempt transfer file.", "Export it again.") from None
        if wrapper.get("center") != center.identity.fingerprint or not p.signature_valid(
                center.identity.signing_key, signature, FORMAT.encode() + b"\0" + p.sha256(sealed)):
            raise ExamStationError("The transfer file was not made by a station of this center, or was altered.",
                                   "Export it again from the first station.")
        try:
            document = json.loads(envelope.open_for_self(center.encryption_private, sealed, FORMAT.encode()))
        except p.DecryptionFailed:
            raise ExamStationError("The transfer file does not decrypt.", "Export it again.") from None
        events = [Event(**e) for e in document["events"] if e["kind"] != "transferred"]
        self.delivery.adopt(document["session"], document["candidate"], Attempt(**document["attempt"]),
                            events, document["clock"], exam)
        return document["attempt"]["id"]
