"""An attempt's authenticated history: each event's MAC covers the MAC before it and the
event's own content, under a key only the center's identity can produce (app.crypto.chain).
Changing, removing, inserting or reordering an event breaks the chain from there on."""

from __future__ import annotations

import json
from typing import Callable, Iterable

from app.domain.attempt import Event
from app.domain.errors import ExamStationError, template

GENESIS = "0" * 64
# (attempt id, previous event's MAC, event) -> this event's MAC, hex
ChainMac = Callable[[str, str, Event], str]


# How an event's data is stored at rest when the center's key is at hand: this prefix, then
# base64url(nonce || AES-256-GCM(canonical data JSON) || tag) under a per-attempt key with the
# attempt id and seq as associated data (app.crypto.chain.AttemptChain.seal). Data without the
# prefix is plain JSON (written by an earlier version, or where there is no center key).
SEALED_PREFIX = "sealed/1:"


class EventUnreadable(ExamStationError):
    """A stored event whose sealed data does not open: changed, moved from another event, or the
    center's key is not the one it was sealed under."""

    def __init__(self, attempt_id: str, seq: int, why: str) -> None:
        self.attempt_id, self.seq = attempt_id, seq
        super().__init__("The station database was changed outside ExamStation: event {seq} of attempt "
                         "{attempt_id} cannot be opened ({why}).",
                         "Do not edit or restore the station's database; tell the credential body, "
                         "which must review it.", seq=seq, attempt_id=attempt_id, why=why)


# json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False), with one encoder
# for every event instead of a new one per call (an import checks tens of thousands)
_canonical_json = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def event_content(attempt_id: str, event: Event) -> bytes:
    """The bytes an event's MAC covers: canonical JSON of everything the event says."""
    return _canonical_json({"attempt": attempt_id, "seq": event.seq, "kind": event.kind,
                            "elapsed_ms": event.elapsed_ms, "at": event.at, "data": event.data}).encode("utf-8")


# a str as _canonical_json writes it (ensure_ascii=False)
_json_string = json.encoder.encode_basestring


def canonical_data(data: dict) -> str:
    """An event's data as event_content writes it inside the MAC's bytes."""
    return _canonical_json(data)


def event_content_with(attempt_id: str, event: Event, data_json: str) -> bytes:
    """event_content, from the event's data already written by canonical_data (`data_json`): the
    body's import writes each event's data once, for the chain and for the payload's head. The
    same bytes, the keys in their sorted order (a hypothesis test compares the two)."""
    if not (type(event.seq) is int and type(event.elapsed_ms) is int and type(event.kind) is str
            and type(event.at) is str and type(attempt_id) is str):
        return event_content(attempt_id, event)  # whatever else json writes its own way
    return (f'{{"at":{_json_string(event.at)},"attempt":{_json_string(attempt_id)},"data":{data_json},'
            f'"elapsed_ms":{event.elapsed_ms},"kind":{_json_string(event.kind)},"seq":{event.seq}}}').encode("utf-8")


def first_broken_link(attempt_id: str, events: Iterable[tuple[Event, str | None]], chain: ChainMac) -> str | None:
    """None if every event carries the MAC the chain gives it, else what is wrong, in words."""
    previous, expected_seq = GENESIS, 1
    for event, mac in events:
        if event.seq != expected_seq:
            return template("event {seq} is missing (deleted or reordered)", seq=expected_seq)
        if mac is None:
            return template("event {seq} was stored without its authentication", seq=event.seq)
        if chain(attempt_id, previous, event) != mac:
            return template("event {seq} ({kind}) was changed or inserted", seq=event.seq, kind=kind_words(event.kind))
        previous, expected_seq = mac, expected_seq + 1
    return None


def kind_words(kind: str) -> str:
    """An event's kind inside a sentence: the stored name in English (the command line and the
    logs have always said "(answered)"), words a screen translates."""
    return {"created": template("created"), "started": template("started"), "resumed": template("resumed"),
            "paused": template("paused"), "interrupted": template("interrupted"), "answered": template("answered"),
            "visited": template("visited"), "flagged": template("flagged"), "annotated": template("annotated"),
            "section_left": template("section_left"), "submitted": template("submitted"),
            "timed_out": template("timed_out"), "voided": template("voided"), "transferred": template("transferred"),
            "extended": template("extended"), "incident": template("incident"),
            "evaluated": template("evaluated")}.get(kind, kind)


def chain_head(events: list[tuple[Event, str | None]]) -> str:
    return (events[-1][1] or "") if events else GENESIS
