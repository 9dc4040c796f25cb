"""An attempt's authenticated history: each event's MAC covers the MAC before it and the
event's own content, under a key only the center's identity can produce (app.crypto.chain).
Changing, removing, inserting or reordering an event breaks the chain from there on."""

from __future__ import annotations

import json
from typing import Callable, Iterable

from app.domain.attempt import Event

GENESIS = "0" * 64
# (attempt id, previous event's MAC, event) -> this event's MAC, hex
ChainMac = Callable[[str, str, Event], str]


def event_content(attempt_id: str, event: Event) -> bytes:
    """The bytes an event's MAC covers: canonical JSON of everything the event says."""
    return json.dumps({"attempt": attempt_id, "seq": event.seq, "kind": event.kind,
                       "elapsed_ms": event.elapsed_ms, "at": event.at, "data": event.data},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def first_broken_link(attempt_id: str, events: Iterable[tuple[Event, str | None]], chain: ChainMac) -> str | None:
    """None if every event carries the MAC the chain gives it, else what is wrong, in words."""
    previous, expected_seq = GENESIS, 1
    for event, mac in events:
        if event.seq != expected_seq:
            return f"event {expected_seq} is missing (deleted or reordered)"
        if mac is None:
            return f"event {event.seq} was stored without its authentication"
        if chain(attempt_id, previous, event) != mac:
            return f"event {event.seq} ({event.kind}) was changed or inserted"
        previous, expected_seq = mac, expected_seq + 1
    return None


def chain_head(events: list[tuple[Event, str | None]]) -> str:
    return (events[-1][1] or "") if events else GENESIS
