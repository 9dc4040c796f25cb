"""The room's message decoder and the seat's journal take any bytes without crashing:
every bad input is one BadMessage (or an unreadable tail), never another exception."""

from __future__ import annotations

import json
import os

from hypothesis import given, settings, strategies as st

from app.room import wire
from app.room.journal import Journal
from app.room.pairing import pairing_code
from app.crypto.tls_identity import new_tls_identity

JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                       max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused_in_one_line(body: bytes) -> None:
    try:
        message = wire.decode(body)
    except wire.BadMessage as error:
        assert "\n" not in str(error) and str(error)
    else:
        assert message["type"] in wire.SCHEMAS


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(wire.SCHEMAS)), st.dictionaries(st.text(max_size=12), JSONISH, max_size=6))
def test_messages_of_every_type_with_any_fields_are_checked(kind: str, fields: dict) -> None:
    body = json.dumps({**fields, "type": kind}).encode()
    try:
        message = wire.decode(body)
    except wire.BadMessage:
        return
    for name, types in wire.SCHEMAS[kind].items():
        if name.endswith("?") and name[:-1] not in message:
            continue  # an optional field left out
        assert isinstance(message[name.rstrip("?")], types)


def test_a_valid_message_round_trips_and_limits_hold() -> None:
    message = {"type": "beat", "attempt": "a", "lease": "l", "elapsed_ms": 5}
    frame = wire.encode(message)
    assert wire.frame_length(frame[:4]) == len(frame) - 4
    assert wire.decode(frame[4:]) == message
    for bad, words in [(b'{"type":"beat","type":"beat"}', "appears twice"),
                       (b"[" * 100 + b"]" * 100, "nested more than"),
                       (b'{"type":"beat","attempt":"a","lease":"l","elapsed_ms":NaN}', "NaN"),
                       (b'{"type":"beat","attempt":"a","lease":"l","elapsed_ms":1e999}', "too large")]:
        try:
            wire.decode(bad)
        except wire.BadMessage as error:
            assert words in str(error)
        else:
            raise AssertionError(f"accepted {bad!r}")
    try:
        wire.frame_length((wire.MAX_FRAME + 1).to_bytes(4, "big"))
    except wire.BadMessage as error:
        assert "limit" in str(error)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=5), st.integers(), max_size=3), min_size=1, max_size=6),
       st.integers(min_value=0, max_value=400), st.binary(max_size=30))
def test_a_journal_keeps_its_whole_records_whatever_happens_to_its_tail(tmp_path_factory, records, cut, garbage):
    folder = tmp_path_factory.mktemp("journal")
    key = os.urandom(32)
    journal = Journal(folder, "lease-1", key)
    for record in records:
        journal.append(record)
    journal.close()
    data = journal.path.read_bytes()
    journal.path.write_bytes(data[:max(0, len(data) - cut)] + garbage)
    again = Journal(folder, "lease-1", key)
    assert again.records == records[:len(again.records)]  # a prefix: nothing altered, nothing invented
    again.append({"after": 1})                              # and it keeps working after a torn tail
    again.close()
    assert Journal(folder, "lease-1", key).records[-1] == {"after": 1}


def test_a_journal_is_unreadable_without_its_key_and_cannot_be_spliced(tmp_path) -> None:
    key = os.urandom(32)
    journal = Journal(tmp_path, "lease-a", key)
    journal.append({"item": "q1", "response": "secret answer"})
    journal.close()
    assert b"secret answer" not in journal.path.read_bytes()
    assert Journal(tmp_path, "lease-a", os.urandom(32)).records == []
    (tmp_path / "lease-b.journal").write_bytes(journal.path.read_bytes())  # moved to another lease
    assert Journal(tmp_path, "lease-b", key).records == []


def test_the_pairing_code_changes_with_either_certificate() -> None:
    station, seat, other = (new_tls_identity(n).certificate_pem for n in ("s", "seat", "mitm"))
    code = pairing_code(station, seat, "n1", "n2")
    assert len(code) == 6 and code.isdigit()
    assert pairing_code(station, seat, "n1", "n2") == code
    assert pairing_code(other, seat, "n1", "n2") != code
    assert pairing_code(station, other, "n1", "n2") != code


def test_a_journal_that_cannot_be_written_acknowledges_nothing_and_works_again_later(tmp_path) -> None:
    from app.room.journal import JournalFailed
    key = os.urandom(32)
    journal = Journal(tmp_path, "lease-f", key)
    journal.append({"n": 1})
    journal.close()
    journal.path.rename(tmp_path / "moved")
    journal.path.mkdir()  # the file cannot be opened for writing (as a full or failing disk refuses)
    try:
        journal.append({"n": 2})
    except JournalFailed:
        pass
    else:
        raise AssertionError("a failed write was acknowledged")
    assert journal.records == [{"n": 1}]  # nothing counted that is not on disk
    journal.path.rmdir()
    (tmp_path / "moved").rename(journal.path)
    journal.append({"n": 2})  # writing works again: the record goes after the last good one
    journal.close()
    assert Journal(tmp_path, "lease-f", key).records == [{"n": 1}, {"n": 2}]
