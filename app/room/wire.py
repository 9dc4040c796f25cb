"""Messages on the room's links: length-prefixed JSON objects inside TLS 1.3.

A frame is a 4-byte big-endian length and that many bytes of UTF-8 JSON. Every
decoded message is checked against its schema before anyone acts on it, so a
damaged or hostile message is one `BadMessage` naming the problem, never a crash.
"""

from __future__ import annotations

import json
import struct
from typing import Any, Mapping

from app.domain.strict_json import StrictJsonError, loads_strict

MAX_FRAME = 24 * 1024 * 1024   # the largest media file a package may carry, base64 encoded
MAX_DEPTH = 24
HEADER = struct.Struct(">I")

# Field -> allowed types, per message type; "?" suffix marks an optional field. A station's
# reason for a tablet comes as English text ("reason", what older tablets show) and, from newer
# stations, as its words ("words?": app.domain.errors.words_data) for the tablet to translate.
SCHEMAS: dict[str, dict[str, tuple[type, ...]]] = {
    # seat -> station
    "hello": {"seat_name": (str,), "boot": (str,), "leases": (dict,)},
    "events": {"attempt": (str,), "lease": (str,), "events": (list,)},
    "beat": {"attempt": (str,), "lease": (str,), "elapsed_ms": (int,)},
    "media": {"attempt": (str,), "lease": (str,), "path": (str,), "request": (int,)},
    "pair": {"seat_name": (str,), "certificate": (str,), "nonce": (str,), "role?": (str,)},
    # station -> seat
    "welcome": {"station_name": (str,), "center_name": (str,)},
    "wait": {"reason": (str,)},
    "assign": {"attempt": (str,), "lease": (str,), "candidate": (dict,), "exam": (dict,), "journal_key": (str,),
               "events": (list,), "acked": (int,), "elapsed_ms": (int,), "running": (bool,),
               "accommodations": (dict,)},
    "log": {"attempt": (str,), "events": (list,), "acked": (int,), "elapsed_ms": (int,), "running": (bool,)},
    "refused": {"attempt": (str,), "lease": (str,), "n": (int,), "reason": (str,)},
    "revoked": {"attempt": (str,), "lease": (str,), "reason": (str,)},
    "media_data": {"request": (int,), "data": (str,), "error": (str,)},
    "paired": {"station_name": (str,), "center_name": (str,), "certificate": (str,), "nonce": (str,),
               "accepted": (bool,)},
    "pair_offer": {"station_name": (str,), "center_name": (str,), "certificate": (str,), "nonce": (str,)},
    # evaluator tablet -> station (the nested parts are checked by app.room.tablet_wire)
    "sign_in": {"request": (int,), "username": (str,), "pin": (str,)},
    "roster_please": {"token": (str,)},
    "sign_off": {"request": (int,), "pin": (str,), "evaluation": (dict,)},
    "evaluation": {"evaluation": (dict,), "signature": (str,)},
    # station -> evaluator tablet
    "tablet_ready": {"session": (str,), "exam_title": (str,), "journal": (str,), "journal_key": (str,)},
    "signed_in": {"request": (int,), "ok": (bool,), "reason": (str,), "username": (str,), "display_name": (str,),
                  "token": (str,), "words?": (dict,)},
    "signed_out": {"reason": (str,), "words?": (dict,)},
    "roster": {"candidates": (list,), "checklists": (list,)},
    "signature": {"request": (int,), "ok": (bool,), "reason": (str,), "id": (str,), "signature": (str,),
                  "words?": (dict,)},
    "saved": {"id": (str,), "ok": (bool,), "reason": (str,), "words?": (dict,)},
}
EVENT_FIELDS = {"n": (int,), "kind": (str,), "data": (dict,), "elapsed_ms": (int,), "basis": (int,)}


class BadMessage(ValueError):
    """A frame or message that does not follow the protocol; the text names what is wrong."""


def encode(message: dict[str, Any]) -> bytes:
    body = json.dumps(message, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")
    if len(body) > MAX_FRAME:
        raise BadMessage(f"message of {len(body)} bytes is larger than the {MAX_FRAME}-byte limit")
    return HEADER.pack(len(body)) + body


def frame_length(header: bytes) -> int:
    (length,) = HEADER.unpack(header)
    if length > MAX_FRAME:
        raise BadMessage(f"frame of {length} bytes announced; the limit is {MAX_FRAME}")
    return length


def decode(body: bytes) -> dict[str, Any]:
    """One frame's body -> a checked message."""
    try:
        message = loads_strict(body, MAX_DEPTH)  # the project's one strict reader
    except StrictJsonError as error:
        raise BadMessage(f"message refused: {error}") from None
    if not isinstance(message, dict):
        raise BadMessage("message is not a JSON object")
    kind = message.get("type")
    if not isinstance(kind, str) or kind not in SCHEMAS:
        raise BadMessage(f"unknown message type {str(kind)[:40]!r}")
    check_fields(message, SCHEMAS[kind], kind)
    if kind == "events":
        for event in message["events"]:
            if not isinstance(event, dict):
                raise BadMessage("an event is not a JSON object")
            check_fields(event, EVENT_FIELDS, "event")
    return message


def check_fields(message: dict, schema: Mapping[str, tuple[type, ...]], what: str) -> None:
    for field_name, types in schema.items():
        name = field_name.rstrip("?")
        if name not in message:
            if field_name.endswith("?"):
                continue
            raise BadMessage(f"{what} message lacks '{name}'")
        value = message[name]
        if isinstance(value, bool) and bool not in types:
            raise BadMessage(f"{what} message field '{name}' has the wrong type")
        if not isinstance(value, types):
            raise BadMessage(f"{what} message field '{name}' has the wrong type")
