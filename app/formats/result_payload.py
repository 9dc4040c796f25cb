"""What a result bundle's payload holds (`examstation-results/4`), and the per-attempt head
that lets a later bundle extend an earlier one.

A bundle carries, for each attempt, the part the receiver does not hold yet: where it
starts (`after`: events and evaluations already sent, and the head they reached) and the
new events and evaluations. The head is a hash chain over the parts in the order they were
sent: head = SHA-256(canonical {previous head, events, evaluations}), starting from a head
derived from the attempt id. A first bundle starts every attempt at zero; a supplement
names the bundle it extends and starts each attempt where the station left it.

Each event carries the MAC of the attempt's authenticated history (app.domain.history), and
each attempt part the history's key and its head (the MAC of the attempt's last event so
far): the payload is encrypted to the body, so only the body learns the key, and the head
is inside what the station signs. The session's audit entries come the same way: each
with its MAC in the session's own chain (app.crypto.chain.SessionAuditChain), the chain's
key, and where it stood before and after (results/3 carried them without). results/2 had
neither MACs nor keys; it is still read (its events
without a MAC, its parts without a chain) so that the importer can say why it refuses it.

Parsing here checks the shape only; whether the receiver holds the `after` state, and
whether the MACs are right, is the importer's business. Unknown keys are ignored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.domain.format_versions import readable_version
from app.crypto import primitives as p
from app.crypto.identity import b64, unb64
from app.domain.audit import AuditEntry
from app.domain.errors import WordedError, template
from app.domain.history import GENESIS
from app.formats.exam_content import canonical_json
from app.formats.json_text import canonical_text, data_text, json_string

FORMAT = "examstation-results/4"
UNCHAINED_AUDIT_FORMAT = "examstation-results/3"  # audit entries without their session chain: read, never imported
UNAUTHENTICATED_FORMAT = "examstation-results/2"  # events without their MACs: read, never imported
OLD_FORMATS = ("examstation-results/1",)
CHAIN_KEY_BYTES = 32
HEAD_LABEL = b"examstation-attempt-head/1\0"
EVALUATION_KINDS = ("first", "second", "reconciled")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_BUNDLE_ID = re.compile(r"[0-9a-f]{32}")


def genesis_head(attempt_id: str) -> str:
    return p.sha256(HEAD_LABEL + attempt_id.encode("utf-8")).hex()


def next_head(previous: str, events: list, evaluations: list) -> str:
    return p.sha256(canonical_json({"previous": previous, "events": events, "evaluations": evaluations})).hex()


@dataclass(frozen=True)
class Position:
    """How much of one attempt a receiver holds: counts sent so far and the head they reached."""

    events: int
    evaluations: int
    head: str

    @classmethod
    def start(cls, attempt_id: str) -> "Position":
        return cls(0, 0, genesis_head(attempt_id))

    def to_json(self) -> dict:
        return {"events": self.events, "evaluations": self.evaluations, "head": self.head}


@dataclass(frozen=True)
class Chain:
    """An attempt's authenticated history as a bundle hands it to the body: the key its MACs
    are made with, and the MAC of its last event so far (GENESIS before any)."""

    key: bytes
    head: str

    def to_json(self) -> dict:
        return {"key": b64(self.key), "head": self.head}

    @classmethod
    def from_json(cls, raw: Any) -> "Chain":
        """PayloadMalformed unless a 32-byte key in base64url and a 64-hex head."""
        chain = _object(raw, "chain")
        try:
            key = unb64(chain.get("key"), CHAIN_KEY_BYTES)
        except ValueError:
            raise PayloadMalformed("chain key") from None
        if not _is_hex64(chain.get("head")):
            raise PayloadMalformed("chain head")
        return cls(key, chain["head"])


def chain_head(events: list[list]) -> str:
    """The MAC of the last of these payload events ([..., mac]), GENESIS if there are none."""
    return events[-1][5] if events else GENESIS


def attempt_part(attempt: dict, after: Position, events: list, evaluations: list, chain: Chain) -> dict:
    """One attempt's entry in a payload: what is new since `after`, and where its history's
    chain stands after it."""
    return {"id": attempt["id"], "candidate_id": attempt["candidate_id"], "form_id": attempt["form_id"],
            "after": after.to_json(), "events": events, "evaluations": evaluations,
            "head": next_head(after.head, events, evaluations), "chain": chain.to_json()}


def reached(part: dict, after: Position) -> Position:
    return Position(after.events + len(part["events"]), after.evaluations + len(part["evaluations"]),
                    part["head"])


# -- reading (the body) -----------------------------------------------------------------

class PayloadMalformed(WordedError, ValueError):
    """The payload does not have the shape of examstation-results/2 (what, in a few words)."""


@dataclass(frozen=True)
class AttemptPart:
    id: str
    candidate_id: str
    form_id: str
    after: Position
    events: list[list]      # [seq, kind, elapsed_ms, at, data, mac], seq continuing after.events
    evaluations: list[dict]
    head: str
    chain: Chain | None     # None only in results/2, whose events carry no MAC
    # each event's data as canonical JSON (app.domain.history.canonical_data), written once for the
    # head here, the chain's MACs and the rows at the import; empty in results/2
    data_json: tuple[str, ...] = ()
    # each event's bytes its MAC covers (app.domain.history.event_content), written in the same
    # pass from the same pieces; empty in results/2
    mac_contents: tuple[bytes, ...] = ()

    @property
    def reached(self) -> Position:
        return Position(self.after.events + len(self.events), self.after.evaluations + len(self.evaluations),
                        self.head)


@dataclass(frozen=True)
class Extends:
    bundle_id: str
    payload_digest: str


@dataclass(frozen=True)
class AuditPart:
    """The session's audit entries a bundle carries (results/4): each with its place in the
    session's authenticated chain and its MAC, the chain's key, and where the chain stood
    before them (what earlier bundles carried) and after them."""

    key: bytes | None                       # None before results/4
    after: tuple[int, str]                  # (entries sent before, the MAC of the last of them)
    entries: list[tuple[int, AuditEntry, str | None]]
    head: str

    @classmethod
    def unchained(cls, entries: list[AuditEntry]) -> "AuditPart":
        return cls(None, (0, GENESIS), [(0, e, None) for e in entries], GENESIS)


@dataclass(frozen=True)
class ResultPayload:
    format: str
    station_fingerprint: str
    package_id: str
    session_id: str
    extends: Extends | None
    candidates: dict[str, dict]
    attempts: list[AttemptPart]
    audit: AuditPart


def parse_payload(payload: Any) -> ResultPayload:
    """The payload's contents, or PayloadMalformed naming the first thing wrong."""
    payload = _object(payload, "payload")
    form = payload.get("format")
    readable_version(form, "results", 4, template("bundle's results"))  # ValueError if not results at all
    if form not in (FORMAT, UNCHAINED_AUDIT_FORMAT, UNAUTHENTICATED_FORMAT):
        raise PayloadMalformed("format {form!r}", form=str(form)[:40])
    station, package, session = (_object(payload.get(k), k) for k in ("station", "package", "session"))
    candidates = {}
    for raw in _list(payload.get("candidates"), "candidates"):
        candidate = _object(raw, "candidate")
        _text(candidate.get("number"), "candidate number"), _text(candidate.get("name"), "candidate name")
        _object(candidate.get("details"), "candidate details")
        candidates[_text(candidate.get("id"), "candidate id")] = candidate
    attempts = [_attempt(raw, form != UNAUTHENTICATED_FORMAT) for raw in _list(payload.get("attempts"), "attempts")]
    if len({a.id for a in attempts}) != len(attempts):
        raise PayloadMalformed("an attempt appears twice")
    audit = _audit_part(_object(payload.get("audit"), "audit"), form == FORMAT)
    return ResultPayload(form, _text(station.get("fingerprint"), "station"), _text(package.get("package_id"), "package"),
                         _text(session.get("id"), "session"), _extends(payload.get("extends")), candidates,
                         attempts, audit)


def audit_section(key: bytes, after: tuple[int, str], entries: list[dict]) -> dict:
    """The payload's audit part (the station's side): entries are the station's rows as dicts,
    each with its `session_seq` and `mac`."""
    head = entries[-1]["mac"] if entries else after[1]
    return {"key": b64(key), "after": {"count": after[0], "head": after[1]}, "entries": entries, "head": head}


def _audit_part(audit: dict, chained: bool) -> AuditPart:
    raw_entries = _list(audit.get("entries"), "audit entries")
    if not chained:
        return AuditPart.unchained([_audit_entry(_object(e, "audit entry")) for e in raw_entries])
    try:
        key = unb64(audit.get("key"), CHAIN_KEY_BYTES)
    except ValueError:
        raise PayloadMalformed("audit key") from None
    after = _object(audit.get("after"), "audit after")
    count, previous = _count(after.get("count")), _head(after.get("head"))
    entries = []
    for number, raw in enumerate(raw_entries, start=count + 1):
        entry = _object(raw, "audit entry")
        if entry.get("session_seq") != number or type(entry.get("session_seq")) is not int:
            raise PayloadMalformed("audit entry {number} is missing or out of order", number=number)
        if not _is_hex64(entry.get("mac")):
            raise PayloadMalformed("audit entry {number}: its MAC", number=number)
        entries.append((number, _audit_entry(entry), entry["mac"]))
    head = _head(audit.get("head"))
    if head != (entries[-1][2] if entries else previous):
        raise PayloadMalformed("the audit head does not match its entries")
    return AuditPart(key, (count, previous), entries, head)


def _audit_entry(entry: dict) -> AuditEntry:
    seq = entry.get("seq")
    subject = entry.get("subject")
    if not isinstance(subject, str):
        raise PayloadMalformed("audit subject")
    return AuditEntry(seq if type(seq) is int else 0, _text(entry.get("at"), "audit time"),
                      _text(entry.get("actor"), "audit actor"), _text(entry.get("action"), "audit action"),
                      subject, _object(entry.get("details"), "audit details"))


def _extends(raw: Any) -> Extends | None:
    if raw is None:
        return None
    raw = _object(raw, "extends")
    bundle_id, digest = _text(raw.get("bundle_id"), "extends"), _text(raw.get("payload_digest"), "extends")
    if not _BUNDLE_ID.fullmatch(bundle_id) or not _HEX64.fullmatch(digest):
        raise PayloadMalformed("extends")
    return Extends(bundle_id, digest)


def _attempt(raw: Any, authenticated: bool) -> AttemptPart:
    attempt = _object(raw, "attempt")
    attempt_id = _text(attempt.get("id"), "attempt id")
    after_raw = _object(attempt.get("after"), "after")
    after = Position(_count(after_raw.get("events")), _count(after_raw.get("evaluations")),
                     _head(after_raw.get("head")))
    raw_events = _list(attempt.get("events"), "events")
    contents: tuple[bytes, ...] = ()
    if authenticated:
        events, data_json, written, contents = _authenticated_events(raw_events, after.events, attempt_id)
    else:
        events, data_json, written = [_event(e, after.events + i + 1, False) for i, e in enumerate(raw_events)], (), []
    candidate_id = _text(attempt.get("candidate_id"), "candidate id")
    evaluations = [_evaluation(e, candidate_id) for e in _list(attempt.get("evaluations"), "evaluations")]
    head = _head(attempt.get("head"))
    computed = _head_of(after.head, written, evaluations) if authenticated else \
        next_head(after.head, events, evaluations)
    if computed != head:
        raise PayloadMalformed("attempt {attempt_id}: the head does not match its contents",
                               attempt_id=attempt_id[:36])
    chain = Chain.from_json(attempt.get("chain")) if authenticated else None
    return AttemptPart(attempt_id, candidate_id, _text(attempt.get("form_id"), "form id"), after, events,
                       evaluations, head, chain, data_json, contents)


# canonical_json's text before encoding, a str as it writes one, and the C encoder's form of it
_canonical_text, _json_string, _data_text = canonical_text, json_string, data_text


def _authenticated_events(raw: list, after: int, attempt_id: str = "") -> tuple[list[list], tuple[str, ...], list[str],
                                                                              tuple[bytes, ...]]:
    """The events, each checked by _event; each one's data as canonical JSON (for its row), each
    event as the attempt's head writes it, and the bytes its MAC covers (event_content, for
    `attempt_id`): one pass, each event's text fields escaped once for both."""
    data_json, written, contents = [], [], []
    hex64 = _HEX64.fullmatch
    attempt = _json_string(attempt_id)
    for seq, event in enumerate(raw, start=after + 1):
        # what _event checks, as a JSON reader's exact types; anything else is _event's to judge
        if not (type(event) is list and len(event) == 6 and type(event[0]) is int and event[0] == seq
                and type(event[1]) is str and event[1] and type(event[2]) is int and event[2] >= 0
                and type(event[3]) is str and event[3] and type(event[4]) is dict
                and type(event[5]) is str and hex64(event[5])):
            _event(event, seq, True)  # PayloadMalformed naming the first thing wrong
        _seq, kind, elapsed, at, data, mac = event
        data, kind, at = _data_text(data), _json_string(kind), _json_string(at)
        data_json.append(data)
        # as canonical_json writes the event (its MAC is 64 hex digits: nothing in it to escape)
        written.append(f'[{seq},{kind},{elapsed},{at},{data},"{mac}"]')
        # as app.domain.history.event_content writes it: the keys in their sorted order
        contents.append(f'{{"at":{at},"attempt":{attempt},"data":{data},"elapsed_ms":{elapsed},"kind":{kind},'
                        f'"seq":{seq}}}'.encode("utf-8"))
    return list(raw), tuple(data_json), written, tuple(contents)


def _head_from(previous: str, events: list, evaluations: list, data_json: tuple[str, ...]) -> str:
    """next_head of events checked by _event (6 fields: int, str, int, str, dict, str), from their
    data already in canonical JSON: the same bytes, each event's keys in canonical_json's sorted
    order (a hypothesis test compares the two)."""
    return _head_of(previous, [_event_text(e, data) for e, data in zip(events, data_json, strict=True)], evaluations)


def _event_text(event: list, data_json: str) -> str:
    """An event checked by _event as canonical_json writes it, its data already written (its MAC
    is 64 hex digits: nothing in it to escape)."""
    return f'[{event[0]},{_json_string(event[1])},{event[2]},{_json_string(event[3])},{data_json},"{event[5]}"]'


def _head_of(previous: str, written: list[str], evaluations: list) -> str:
    """next_head from its events already written as canonical JSON."""
    text = f'{{"evaluations":{_canonical_text(evaluations)},"events":[{",".join(written)}],"previous":{_json_string(previous)}}}'
    return p.sha256(text.encode("utf-8")).hex()


def _event(raw: Any, seq: int, authenticated: bool) -> list:
    """[seq, kind, elapsed_ms, at, data, mac] (results/2: no mac) with seq where it must be
    (no gap, no rewrite)."""
    event = _list(raw, "event")
    if len(event) != (6 if authenticated else 5) or event[0] != seq or type(event[0]) is not int:
        raise PayloadMalformed("event {seq} is missing or out of order", seq=seq)
    _text(event[1], "event kind"), _text(event[3], "event time"), _object(event[4], "event data")
    if type(event[2]) is not int or event[2] < 0:
        raise PayloadMalformed("event elapsed time")
    if authenticated and not _is_hex64(event[5]):
        raise PayloadMalformed("event {seq}: its MAC", seq=seq)
    return event


def _evaluation(raw: Any, candidate_id: str) -> dict:
    evaluation = _object(raw, "evaluation")
    _text(evaluation.get("id"), "evaluation id"), _text(evaluation.get("checklist_id"), "checklist id")
    _object(evaluation.get("marks"), "evaluation marks")
    if evaluation.get("candidate_id") != candidate_id or evaluation.get("kind") not in EVALUATION_KINDS:
        raise PayloadMalformed("an evaluation of another candidate, or of an unknown kind")
    return evaluation


def _object(value: Any, what: str) -> dict:
    if not isinstance(value, dict):
        raise PayloadMalformed(what)
    return value


def _list(value: Any, what: str) -> list:
    if not isinstance(value, list):
        raise PayloadMalformed(what)
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise PayloadMalformed(what)
    return value


def _count(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise PayloadMalformed("after")
    return value


def _head(value: Any) -> str:
    if not _is_hex64(value):
        raise PayloadMalformed("head")
    return value


def _is_hex64(value: Any) -> bool:
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None
