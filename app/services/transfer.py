"""Moving an attempt to another station of the same center, offline (USB): the attempt's
events travel sealed with the center's key; the first station closes its copy.

A file names the one station it is for (by station id: stations of one center share its
keys, so the key cannot tell them apart) and is refused anywhere else, and at that station
once the attempt is there: one move gives one sitting. Format: docs/formats.md, section 7.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.domain.format_versions import readable_version
from app.crypto import envelope
from app.crypto.identity import b64, unb64
from app.crypto import primitives as p
from app.domain.attempt import PAUSED, READY, Event
from app.domain.errors import ExamStationError, system_words, template
from app.domain.exam import Exam
from app.domain.records import Attempt
from app.domain.station_id import parse_station_id
from app.domain.strict_json import loads_strict
from app.formats.exam_content import canonical_json
from app.fsutil import atomic_write
from app.services.delivery import DeliveryService
from app.services.keys import KeyService

FORMAT = "examstation-attempt-transfer/2"
OLD_FORMATS = ("examstation-attempt-transfer/1",)
MAX_FILE = 64 * 1024 * 1024  # thousands of events; far beyond one sitting
HEADER_FIELDS = ("format", "center", "transfer_id", "from_station", "to_station", "attempt")
UNREADABLE = ("This is not a readable attempt-move file.", "Use the file `examstation attempt export` wrote.")


@dataclass(frozen=True)
class CheckedMove:
    header: dict    # the fields in the clear, signed
    bound: bytes    # the header as signed (and as the sealed part's associated data)
    sealed: bytes


class TransferService:
    def __init__(self, keys: KeyService, delivery: DeliveryService) -> None:
        self.keys, self.delivery = keys, delivery

    @property
    def station_id(self) -> str:
        return self.keys.home.station_id

    def export(self, attempt_id: str, exam: Exam, target: Path, by: str, to_station: str) -> Path:
        """Seal the attempt for station `to_station` of this center and close it here (it must be
        paused or not started)."""
        to_station = self._target(to_station)
        row = self.delivery.attempt(attempt_id)
        if row is None:
            raise ExamStationError("There is no attempt {attempt_id} on this station.", "Check the attempt id.",
                                   attempt_id=attempt_id)
        live = self.delivery.observe(attempt_id, exam)
        if live.state.state not in (READY, PAUSED):
            raise ExamStationError("Only a paused or not yet started attempt can be moved.",
                                   "Pause it from the console first.")
        document = {"format": FORMAT, **self.delivery.portable(attempt_id)}
        center = self.keys.load("center")
        header = {"format": FORMAT, "center": center.identity.fingerprint, "transfer_id": str(uuid.uuid4()),
                  "from_station": self.station_id, "to_station": to_station, "attempt": attempt_id}
        bound = canonical_json(header)  # sealed and signed with the file: no field can be swapped
        sealed = envelope.seal_for_self(center.encryption_private, canonical_json(document), bound)
        signature = p.sign(center.signing_private, _signed(bound, sealed))
        atomic_write(Path(target), json.dumps({**header, "sealed": b64(sealed), "signature": b64(signature)}).encode())
        live.transfer_out(by, to_station=to_station, transfer_id=header["transfer_id"])
        return Path(target)

    def check(self, source: Path) -> CheckedMove:
        """Everything about a move file that needs no package: made by this center, unaltered,
        for this station, not yet used here. A refusal otherwise."""
        header, bound, sealed, signature = _read(Path(source))
        center = self.keys.load("center")
        if header["center"] != center.identity.fingerprint or not p.signature_valid(
                center.identity.signing_key, signature, _signed(bound, sealed)):
            raise ExamStationError("The attempt-move file was not made by a station of this center, or was altered.",
                                   "Export it again from the first station.")
        if header["to_station"] != self.station_id:
            raise ExamStationError("This attempt-move file is for station {to_station}, not this station "
                                   "({station_id}).", "Import it on station {to_station}; a file "
                                   "moves an attempt to the one station it names.",
                                   to_station=header['to_station'], station_id=self.station_id)
        if self.delivery.attempt(header["attempt"]) is not None:
            raise ExamStationError("This attempt-move file was already imported here: attempt {attempt} "
                                   "is on this station.", "Continue it from the console; a file is used once.",
                                   attempt=header['attempt'])
        return CheckedMove(header, bound, sealed)

    def import_(self, source: Path, exam: Exam) -> str:
        """Continue a moved attempt on this station; returns its id (then `delivery.live` it)."""
        checked, center = self.check(source), self.keys.load("center")
        try:
            document = loads_strict(envelope.open_for_self(center.encryption_private, checked.sealed, checked.bound))
            row = Attempt(**document["attempt"])
            events = [Event(**e) for e in document["events"] if e["kind"] != "transferred"]
            if row.id != checked.header["attempt"]:
                raise ValueError("attempt")
        except p.DecryptionFailed:
            raise ExamStationError("The attempt-move file does not decrypt.", "Export it again.") from None
        except (ValueError, KeyError, TypeError, RecursionError):
            raise ExamStationError(*UNREADABLE) from None
        self.delivery.adopt(document["session"], document["candidate"], row, events, document["clock"], exam)
        return row.id

    def _target(self, text: str) -> str:
        try:
            target = parse_station_id(text)
        except ValueError:
            raise ExamStationError("'{text}' is not a station id (12 letters and digits such as "
                                   "{station_id}; a typing mistake is caught by its last two).",
                                   "Run `examstation keys show` on the station that will continue the attempt, "
                                   "and give its id with --to.", text=text, station_id=self.station_id) from None
        if target == self.station_id:
            raise ExamStationError("That is this station's own id.", "Give the id of the station that will continue "
                                   "the attempt (`examstation keys show` there).")
        return target


def _signed(bound: bytes, sealed: bytes) -> bytes:
    return bound + b"\0" + p.sha256(sealed)


def _read(source: Path) -> tuple[dict, bytes, bytes, bytes]:
    """The header (as fields and as signed bytes), sealed document and signature; one clear
    refusal for anything else."""
    try:
        with open(source, "rb") as handle:
            data = handle.read(MAX_FILE + 1)
        if len(data) > MAX_FILE:
            raise ValueError("too large")
        wrapper = loads_strict(data)
        if isinstance(wrapper, dict) and wrapper.get("format") in OLD_FORMATS:
            raise ExamStationError("This attempt-move file was made by an older ExamStation and names no target "
                                   "station.", "Import it with that version, or update both stations first.")
        readable_version(wrapper["format"], "attempt-transfer", 2, template("attempt-move file"))
        header = {k: wrapper[k] for k in HEADER_FIELDS}
        if header["format"] != FORMAT or not all(isinstance(v, str) for v in header.values()):
            raise ValueError("header")
        return header, canonical_json(header), unb64(wrapper["sealed"]), unb64(wrapper["signature"], 64)
    except OSError as error:
        raise ExamStationError("The attempt-move file {source} cannot be read ({why}).",
                               "Check the path and the USB stick.", source=source, why=system_words(error)) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ExamStationError(*UNREADABLE) from None
