"""Issue 15, the import's second pass: each item scored once, one fold of the events for the
score and the rules, each event's data written once for its MAC and the payload's head, the
payload's digest from its bytes; then (fourth part) each event's data stored as that canonical
JSON, the event data written by a C encoder made once, the chain's HMAC keyed once. The rows
written are those of the old path (tests/import_reference.py), each event's data read as what it
says, on SQLite and PostgreSQL, for a seeded session and a supplement (also over rows the old path
wrote); and each shortcut gives what the long way gives, for any input."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

import app.services.results as results_service
from app.crypto.chain import data_verifier, event_mac
from app.domain.attempt import Event
from app.domain.errors import SourceInvalid
from app.domain.exam_reader import read_exam
from app.domain.history import canonical_data, event_content, event_content_with
from app.formats.qti.importer import import_qti
from app.formats.result_payload import (
    PayloadMalformed, _authenticated_events, _canonical_text, _data_text, _event, _head_from, next_head,
)
from app.services.context import create_services
from app.services.simulate import simulate
from tests.conftest import RELEASE_CODE, World, make_world, passphrase
from tests.import_reference import use_reference
from tests.postgres import fresh_postgres_database
from tests.test_properties import json_like

TABLES = ("body_exams", "imported_bundles", "result_attempts", "result_responses", "result_events",
          "result_evaluations", "manual_scores")
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)
QTI = Path(__file__).parent / "fixtures" / "qti"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory):
    """A seeded session of 15 exported, then late incidents on three attempts as a supplement."""
    root = tmp_path_factory.mktemp("same-rows")
    world = make_world(root)
    (root / "usb1").mkdir()
    (root / "usb2").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EXAMSTATION_KEY_PASSPHRASE", "unused")
        session = simulate(world.center, world.package, RELEASE_CODE, 15, seed=21).session_id
        first = world.center.results.export(session, root / "usb1")
        exam = world.center.packages.open(world.package, RELEASE_CODE).exam
        for attempt in world.center.delivery.attempts(session)[:3]:
            world.center.proctoring.incident(attempt.id, exam, "other", "power cut after the export", by="sim")
        supplement = world.center.results.export(session, root / "usb2")
    yield world, [first, supplement]
    world.close()


def _dump(world: World, url: str, paths: list[Path], old_path: list[bool] | None = None) -> dict[str, list[tuple]]:
    """The rows after importing `paths` in order, each by the old path where `old_path` says so."""
    services = create_services(world.body.home.root, passphrase, clock=lambda: NOW, database_url=url)
    try:
        reports = []
        for path, old in zip(paths, old_path or [False] * len(paths), strict=True):
            with pytest.MonkeyPatch.context() as patch:
                if old:
                    use_reference(patch, results_service)
                reports.append(services.results.import_bundle(path))
        assert reports[0].attempts == 15 and reports[1].extended == 3, reports
        with services.station.db.engine.connect() as c:
            return {table: sorted((tuple(row) for row in c.execute(text(f"SELECT * FROM {table}"))), key=repr)
                    for table in TABLES}
    finally:
        services.close()


EVENT_DATA = 5  # result_events: attempt_id, seq, kind, elapsed_ms, at, data, mac


def _events_read(rows: list[tuple]) -> list[tuple]:
    """result_events with each event's data as what it says (the text read as JSON)."""
    return [row[:EVENT_DATA] + (json.loads(row[EVENT_DATA]),) + row[EVENT_DATA + 1:] for row in rows]


def _urls(backend: str, request, tmp_path: Path, *names: str) -> list[str]:
    if backend == "postgresql":
        server = request.getfixturevalue("postgres_url")
        return [fresh_postgres_database(server, f"same_rows_{name}") for name in names]
    return [f"sqlite:///{tmp_path / f'{name}.db'}" for name in names]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_import_writes_the_rows_the_old_path_wrote(bundles, tmp_path: Path, backend: str, request) -> None:
    """Identical rows, but for each event's data: today the canonical JSON its MAC covers, before
    json.dumps(data, sort_keys=True); the same data once read, which is how every reader takes it."""
    world, paths = bundles
    now_url, old_url = _urls(backend, request, tmp_path, "now", "old")
    now = _dump(world, now_url, paths)
    old = _dump(world, old_url, paths, [True, True])
    assert len(now["result_events"]) > 15 * 10 and len(now["result_responses"]) > 15
    for table in TABLES:
        if table != "result_events":
            assert now[table] == old[table], table
    assert _events_read(now["result_events"]) == _events_read(old["result_events"])
    for row in now["result_events"]:
        assert row[EVENT_DATA] == canonical_data(json.loads(row[EVENT_DATA]))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_supplement_extends_events_stored_in_the_old_form(bundles, tmp_path: Path, backend: str, request) -> None:
    """A body that imported the first bundle before the stored form changed takes the supplement
    (its chain is checked from the old rows, read back as data) and ends with the same results."""
    world, paths = bundles
    now_url, mixed_url = _urls(backend, request, tmp_path, "all_now", "mixed")
    now = _dump(world, now_url, paths)
    mixed = _dump(world, mixed_url, paths, [True, False])
    for table in TABLES:
        if table != "result_events":
            assert now[table] == mixed[table], table
    assert _events_read(now["result_events"]) == _events_read(mixed["result_events"])
    assert any(row[EVENT_DATA] != canonical_data(json.loads(row[EVENT_DATA])) for row in mixed["result_events"])


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
hex64 = st.binary(min_size=32, max_size=32).map(bytes.hex)
events = st.builds(Event, st.integers(0, 10**12), texts, st.integers(0, 10**12), texts,
                   st.dictionaries(texts, json_like, max_size=4))


@settings(max_examples=150, deadline=None)
@given(attempt_id=texts, event=events)
def test_an_event_written_from_its_data_text_is_the_bytes_its_mac_covers(attempt_id: str, event: Event) -> None:
    assert event_content_with(attempt_id, event, canonical_data(event.data)) == event_content(attempt_id, event)


@settings(max_examples=150, deadline=None)
@given(key=st.binary(min_size=32, max_size=32), attempt_id=texts, previous=hex64, event=events)
def test_the_body_verifier_gives_the_mac_the_station_gave(key: bytes, attempt_id: str, previous: str,
                                                         event: Event) -> None:
    """The HMAC keyed once per attempt and copied per event is the station's one-shot HMAC."""
    event = Event(1, event.kind, event.elapsed_ms, event.at, event.data)
    verify = data_verifier(key, [canonical_data(event.data)])
    assert verify(attempt_id, previous, event) == event_mac(key, previous, attempt_id, event)
    assert verify(attempt_id, previous, event) == event_mac(key, previous, attempt_id, event)  # the key's state unchanged


@settings(max_examples=20, deadline=None)
@given(attempt_id=texts, event=events, odd=st.sampled_from([True, 1.0, None]))
def test_an_event_of_other_types_is_written_the_long_way(attempt_id: str, event: Event, odd) -> None:
    strange = Event(odd, event.kind, event.elapsed_ms, event.at, event.data)  # type: ignore[arg-type]
    assert event_content_with(attempt_id, strange, canonical_data(event.data)) == event_content(attempt_id, strange)


payload_events = st.lists(st.tuples(st.integers(1, 10**9), texts.filter(bool), st.integers(0, 10**9),
                                    texts.filter(bool), st.dictionaries(texts, json_like, max_size=4), hex64)
                          .map(list), max_size=6)


@settings(max_examples=150, deadline=None)
@given(previous=hex64, raw=payload_events, evaluations=st.lists(st.dictionaries(texts, json_like, max_size=3),
                                                               max_size=2))
def test_a_head_written_from_the_events_data_texts_is_the_head(previous: str, raw: list, evaluations: list) -> None:
    assert _outcome(lambda: _head_from(previous, raw, evaluations, tuple(_canonical_text(e[4]) for e in raw))) \
        == _outcome(lambda: next_head(previous, raw, evaluations))  # a number JSON cannot hold: ValueError both ways


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(json_like, st.dictionaries(texts, json_like, max_size=5),
                       st.floats(), st.lists(st.floats(), max_size=3)))
def test_parsed_data_is_written_as_the_canonical_encoder_writes_it(value) -> None:
    """The C encoder made once writes what JSONEncoder.encode writes (NaN and infinities: refused both ways)."""
    assert _data_text is not _canonical_text  # this Python has json's C encoder
    assert _outcome(lambda: _data_text(value)) == _outcome(lambda: _canonical_text(value))


odd_fields = st.sampled_from([True, False, None, 1.0, -1, 0, "", "x", "A" * 64, "g" * 64, [], {}, "0" * 63])
odd_events = st.one_of(
    payload_events.map(lambda events: [list(e) for e in events]),
    st.lists(st.lists(st.one_of(odd_fields, st.integers(0, 3), hex64, texts), min_size=4, max_size=7), max_size=4),
    payload_events.flatmap(lambda events: st.lists(st.tuples(st.integers(0, 5), odd_fields), max_size=3).map(
        lambda changes: [[c[1] if i == c[0] else f for i, f in enumerate(e)] for e in events for c in changes or [(9, 0)]])),
)


@settings(max_examples=400, deadline=None)
@given(raw=odd_events, after=st.integers(0, 2))
def test_the_events_fast_check_refuses_as_each_event_check_does(raw: list, after: int) -> None:
    """Events numbered from after + 1 (a first event or a supplement's), of every wrong shape:
    the same refusal, word for word, or the same events accepted. (Data holding NaN or an
    infinity never gets here: the strict JSON reader refused the payload.)"""
    assume("NaN" not in repr(raw) and "inf" not in repr(raw))
    def one_by_one() -> object:
        return [_event(e, after + i + 1, True) for i, e in enumerate(raw)]
    def fast() -> object:
        return _authenticated_events(raw, after)[0]
    assert _said(fast) == _said(one_by_one)


def _said(compute) -> object:
    try:
        return compute()
    except PayloadMalformed as error:
        return str(error)


def _outcome(compute) -> object:
    try:
        return compute()
    except ValueError as error:
        return type(error)


QTI_PACKAGES = ["v2", "v3", "cloze"] + sorted(f"shapes/{p.name}" for p in (QTI / "shapes").iterdir() if p.is_dir())


@pytest.mark.parametrize("package", QTI_PACKAGES)
def test_a_qti_exam_read_with_what_the_converter_read_is_the_exam_read_anew(package: str) -> None:
    folder = QTI / package
    companion = None if (folder / "examstation.yaml").exists() else QTI / "companion.yaml"
    try:
        result = import_qti(folder, companion, skip_unsupported=True)
    except SourceInvalid:
        pytest.skip("a package made to be refused")
    assert result.read_items  # the converter hands its items over
    anew = read_exam(result.main, result.items, result.checklists, result.media.__contains__)
    once = read_exam(result.main, result.items, result.checklists, result.media.__contains__, result.read_items)
    assert once == anew


def test_an_item_changed_after_the_converter_read_it_is_read_anew() -> None:
    result = import_qti(QTI / "v2", QTI / "companion.yaml", skip_unsupported=True)
    name, doc = result.items[0]
    changed = [(n, {"items": [dict(d["items"][0], stem="Changed after reading")]}) if n == name else (n, d)
               for n, d in result.items]
    exam = read_exam(result.main, changed, result.checklists, result.media.__contains__, result.read_items)
    assert exam.item(doc["items"][0]["id"]).stem == "Changed after reading"


def test_the_payload_digest_is_the_hash_of_the_sealed_canonical_bytes(bundles) -> None:
    from app.formats.exam_content import canonical_json
    from app.formats.result_bundle import open_payload_and_digest, payload_digest, verify_bundle
    world, paths = bundles
    payload, digest = open_payload_and_digest(verify_bundle(paths[0]), world.body.keys.load("body"))
    assert digest == payload_digest(payload) == __import__("hashlib").sha256(canonical_json(payload)).hexdigest()
    assert json.loads(canonical_json(payload)) == payload
