"""The station's side of result bundles: what the next export of a session carries.

The first export carries everything. The station records what each export carried (ids and
counts, never content); the next export rebuilds every earlier bundle from the database,
checks each still has the digest it had, and then carries only what is new, as a
supplement naming the bundle before it. When nothing is new, it is the latest bundle
again, byte for byte the same payload."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.errors import ExamStationError
from app.formats.result_bundle import bundle_id_of, payload_digest
from app.domain.audit import GENESIS
from app.formats.result_payload import Chain, Position, attempt_part, audit_section, chain_head, reached
from app.store.exports import ExportRow


@dataclass(frozen=True)
class SessionRecordings:
    """Everything the station holds for one session, as the payload's JSON values."""

    common: dict              # format, station, package
    session: dict
    candidates: list[dict]    # in candidate-number order
    attempts: list[dict]      # id, candidate_id, form_id, events (with MACs), evaluations, chain_key,
                              # moved (to another station)
    audit: list[dict]         # the session's own audit entries, in their chain's order, with MACs
    audit_key: bytes          # the key of the session's audit chain (the body checks it)


@dataclass(frozen=True)
class ExportPlan:
    bundles: list[tuple[ExportRow, dict]]   # every bundle of the session, oldest first, with its payload
    new: ExportRow | None                   # the one to record, when this export carries something new

    @property
    def latest(self) -> tuple[ExportRow, dict]:
        return self.bundles[-1]


class ExportChanged(ExamStationError):
    """Results the station already exported are no longer what its database holds."""


@dataclass
class _Sent:
    """What the bundles so far carried, replayed from the station's records."""

    positions: dict[str, Position] = field(default_factory=dict)
    evaluations: dict[str, set[str]] = field(default_factory=dict)
    candidates: set[str] = field(default_factory=set)
    audit: set[int] = field(default_factory=set)
    audit_reached: tuple[int, str] = (0, GENESIS)  # entries sent so far, and the last one's MAC
    session: dict | None = None


def plan_export(recordings: SessionRecordings, history: list[ExportRow]) -> ExportPlan:
    sent, extends, bundles = _Sent(), None, []
    for row in history:
        try:
            payload = _payload(recordings, sent, row.contents, extends)
        except (KeyError, IndexError, ValueError):
            payload = None
        if payload is None or payload_digest(payload) != row.payload_digest:
            raise ExportChanged("Results of this session that left this station in bundle {number} "
                                "({bundle_id}) have since been changed or removed in its database.",
                                "Nothing was exported. Do not edit or restore the station's database; "
                                "tell the credential body, which must review it.",
                                number=row.number, bundle_id=row.bundle_id)
        bundles.append((row, payload))
        extends = {"bundle_id": row.bundle_id, "payload_digest": row.payload_digest}
    contents = _new_contents(recordings, sent)
    if contents is None:
        return ExportPlan(bundles, None)
    payload = _payload(recordings, sent, contents, extends)
    row = ExportRow(bundle_id_of(payload), len(history) + 1, extends["bundle_id"] if extends else None,
                    payload_digest(payload), contents)
    return ExportPlan([*bundles, (row, payload)], row)


def first_payload(recordings: SessionRecordings) -> dict:
    """What a session's first bundle carries: everything."""
    sent = _Sent()
    contents = _new_contents(recordings, sent)
    assert contents is not None, "nothing was sent before, so everything is new"
    return _payload(recordings, sent, contents, None)


def _new_contents(recordings: SessionRecordings, sent: _Sent) -> dict | None:
    attempts = []
    for attempt in recordings.attempts:
        if attempt["moved"]:
            continue  # exported by the station it moved to
        after = sent.positions.get(attempt["id"])
        known = sent.evaluations.get(attempt["id"], set())
        evaluations = [e["id"] for e in attempt["evaluations"] if e["id"] not in known]
        if after is None or len(attempt["events"]) > after.events or evaluations:
            attempts.append([attempt["id"], len(attempt["events"]), evaluations])
    # the candidates not sent yet, and those of attempts sent for the first time (the body
    # keeps a candidate only with an attempt)
    starting = {a["candidate_id"] for a in recordings.attempts if not a["moved"] and a["id"] not in sent.positions}
    candidates = [c["id"] for c in recordings.candidates if c["id"] not in sent.candidates or c["id"] in starting]
    audit = [e["seq"] for e in recordings.audit if e["seq"] not in sent.audit]
    if sent.session is not None and not (attempts or candidates or audit) and recordings.session == sent.session:
        return None
    return {"session": recordings.session, "candidates": candidates, "attempts": attempts, "audit": audit}


def _payload(recordings: SessionRecordings, sent: _Sent, contents: dict, extends: dict | None) -> dict:
    """The payload of one bundle from what it carried, advancing `sent` past it."""
    attempts = {a["id"]: a for a in recordings.attempts}
    parts = []
    for attempt_id, upto, evaluation_ids in contents["attempts"]:
        attempt = attempts[attempt_id]
        after = sent.positions.get(attempt_id) or Position.start(attempt_id)
        events = attempt["events"][after.events:upto]
        if len(events) != upto - after.events:
            raise ValueError("events missing")
        by_id = {e["id"]: e for e in attempt["evaluations"]}
        chain = Chain(attempt["chain_key"], chain_head(attempt["events"][:upto]))
        part = attempt_part(attempt, after, events, [by_id[i] for i in evaluation_ids], chain)
        parts.append(part)
        sent.positions[attempt_id] = reached(part, after)
        sent.evaluations.setdefault(attempt_id, set()).update(evaluation_ids)
    candidates = {c["id"]: c for c in recordings.candidates}
    audit = {e["seq"]: e for e in recordings.audit}
    entries = [audit[s] for s in contents["audit"]]
    section = audit_section(recordings.audit_key, sent.audit_reached, entries)
    sent.candidates.update(contents["candidates"])
    sent.audit.update(contents["audit"])
    sent.audit_reached = (sent.audit_reached[0] + len(entries), section["head"])
    sent.session = contents["session"]
    return {**recordings.common, "session": contents["session"], "extends": extends,
            "candidates": [candidates[i] for i in contents["candidates"]], "attempts": parts, "audit": section}


def bundle_name(exam_id: str, session_id: str, number: int) -> str:
    """The first bundle keeps the name it always had; supplements sort after it."""
    base = f"{exam_id}-{session_id[:8]}"
    return f"{base}.examresult" if number == 1 else f"{base}.supplement-{number - 1:03d}.examresult"
