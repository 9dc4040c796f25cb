"""Issue 15, sixth part: the payload reader writes the bytes each new event's MAC covers in the
pass that checks it, and the importer verifies a part's new events in one loop
(app.crypto.chain.first_unmatched_mac, app.services.import_chain) after the events the body held went through
first_broken_link as before. Each shortcut says what the long way says, word for word, for
histories tampered with in every way the chain is there to catch: a changed event, a changed MAC,
events swapped, dropped or stored without their MAC, on the held side or the new one. The rows
themselves are compared with the old path's in tests/test_import_same_rows.py."""

from __future__ import annotations

import json
import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.crypto.chain import event_mac, first_unmatched_mac, verifier
from app.domain.attempt import Event
from app.domain.history import GENESIS, event_content, first_broken_link
from app.formats.result_payload import AttemptPart, Chain, Position, _authenticated_events
from app.services.import_chain import first_broken_link_of
from app.services.result_import import _response_json
from tests.test_properties import json_like

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=10)


def _finite(value) -> bool:
    """No NaN or infinity anywhere in it (the strict JSON reader refuses a payload holding one)."""
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(map(_finite, value.values()))
    if isinstance(value, list):
        return all(map(_finite, value))
    return True


datas = st.dictionaries(texts, json_like, max_size=3).filter(_finite)
bodies = st.lists(st.tuples(texts.filter(bool), st.integers(0, 10**9), texts.filter(bool), datas), min_size=1,
                  max_size=8)
keys = st.binary(min_size=32, max_size=32)


def _signed(key: bytes, attempt_id: str, bodies: list) -> list[tuple[Event, str]]:
    """A history as a station writes it: events 1..n, each with its MAC in the chain."""
    history, previous = [], GENESIS
    for seq, (kind, elapsed, at, data) in enumerate(bodies, start=1):
        event = Event(seq, kind, elapsed, at, data)
        previous = event_mac(key, previous, attempt_id, event)
        history.append((event, previous))
    return history


TAMPERINGS = ("none", "data", "mac", "swap", "drop", "unsigned", "renumber")


def _tamper(history: list[tuple[Event, str | None]], how: str, where: int) -> list[tuple[Event, str | None]]:
    history = list(history)
    where %= len(history)
    event, mac = history[where]
    if how == "data":
        history[where] = (Event(event.seq, event.kind, event.elapsed_ms, event.at, {**event.data, "forged": 1}), mac)
    elif how == "mac":
        history[where] = (event, "f" * 64 if mac != "f" * 64 else "0" * 64)
    elif how == "swap" and len(history) > 1:  # two events' contents exchanged, numbers kept
        other = (where + 1) % len(history)
        (a, a_mac), (b, b_mac) = history[where], history[other]
        history[where] = (Event(a.seq, b.kind, b.elapsed_ms, b.at, b.data), a_mac)
        history[other] = (Event(b.seq, a.kind, a.elapsed_ms, a.at, a.data), b_mac)
    elif how == "drop":
        del history[where]
    elif how == "unsigned":
        history[where] = (event, None)
    elif how == "renumber":
        history[where] = (Event(event.seq + 1, event.kind, event.elapsed_ms, event.at, event.data), mac)
    return history


def _part(attempt_id: str, key: bytes, after: int, new: list[tuple[Event, str]]) -> AttemptPart:
    """A part carrying `new` as the payload reader reads it (numbered on from `after`)."""
    raw = [[after + i + 1, e.kind, e.elapsed_ms, e.at, e.data, mac] for i, (e, mac) in enumerate(new)]
    events, data_json, _written, contents = _authenticated_events(raw, after, attempt_id)
    return AttemptPart(attempt_id, "candidate", "A", Position(after, 0, GENESIS), events, [], GENESIS,
                       Chain(key, new[-1][1] if new else GENESIS), data_json, contents)


@settings(max_examples=300, deadline=None)
@given(key=keys, attempt_id=texts, bodies=bodies, split=st.integers(0, 8),
       held_tampering=st.sampled_from(TAMPERINGS), new_tampering=st.sampled_from(TAMPERINGS),
       held_where=st.integers(0, 7), new_where=st.integers(0, 7))
def test_the_history_breaks_where_the_long_way_says_in_its_words(key: bytes, attempt_id: str, bodies: list,
                                                                  split: int, held_tampering: str, new_tampering: str,
                                                                  held_where: int, new_where: int) -> None:
    """The body holds the first `split` events (read back from its rows, so tampered there in
    any way) and the bundle brings the rest (the reader numbers them on from what the body
    holds, each with a 64-hex MAC, so their tampering is with content and MACs)."""
    history = _signed(key, attempt_id, bodies)
    split = min(split, len(history))
    held, new = history[:split], history[split:]
    if held:
        held = _tamper(held, held_tampering, held_where)
    if new and new_tampering in ("data", "mac", "swap"):
        new = _tamper(new, new_tampering, new_where)
    events = [e for e, _mac in new]
    part = _part(attempt_id, key, split, new)
    long_way = first_broken_link(attempt_id, held + [(e, raw[5]) for e, raw in zip(events, part.events, strict=True)],
                                 verifier({attempt_id: key}))
    fast = first_broken_link_of(part, key, held, [Event(*raw[:5]) for raw in part.events])
    assert fast == long_way
    if held_tampering == "none" and new_tampering == "none":
        assert fast is None


@settings(max_examples=200, deadline=None)
@given(key=keys, attempt_id=texts, bodies=bodies, previous=st.binary(min_size=32, max_size=32).map(bytes.hex))
def test_one_loop_gives_each_mac_the_station_gave(key: bytes, attempt_id: str, bodies: list, previous: str) -> None:
    """first_unmatched_mac over the reader's bytes accepts exactly the station's MACs, from any
    MAC before them, and names the first event whose MAC is not its own."""
    events = [Event(seq, *body) for seq, body in enumerate(bodies, start=1)]
    macs, before = [], previous
    for event in events:
        before = event_mac(key, before, attempt_id, event)
        macs.append(before)
    contents = [event_content(attempt_id, e) for e in events]
    assert first_unmatched_mac(key, previous, contents, macs) is None
    for wrong in range(len(events)):
        changed = macs[:wrong] + ["0" * 64 if macs[wrong] != "0" * 64 else "1" * 64] + macs[wrong + 1:]
        assert first_unmatched_mac(key, previous, contents, changed) == wrong
    if len(events) > 1:
        assert first_unmatched_mac(key, GENESIS if previous != GENESIS else "1" * 64, contents, macs) == 0


@settings(max_examples=300, deadline=None)
@given(attempt_id=texts, after=st.integers(0, 5), bodies=bodies, macs=st.lists(
    st.binary(min_size=32, max_size=32).map(bytes.hex), min_size=8, max_size=8))
def test_the_reader_writes_the_bytes_each_mac_covers(attempt_id: str, after: int, bodies: list, macs: list) -> None:
    raw = [[after + i + 1, kind, elapsed, at, data, macs[i]] for i, (kind, elapsed, at, data) in enumerate(bodies)]
    contents = _authenticated_events(raw, after, attempt_id)[3]
    assert list(contents) == [event_content(attempt_id, Event(*e[:5])) for e in raw]


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(json_like, st.dictionaries(texts, json_like, max_size=4), texts))
def test_a_response_is_stored_as_json_dumps_writes_it(value) -> None:
    """result_responses.response: the encoder made once writes json.dumps's text (responses
    come from the strict reader, so never NaN or an infinity)."""
    assume(_finite(value))
    assert _response_json is not json.dumps  # this Python has json's C encoder
    assert _response_json(value) == json.dumps(value)
