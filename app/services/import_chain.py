"""Whether an imported attempt's whole history verifies as the station's authenticated chain
(app.domain.history): the events the body holds, then those the bundle adds, under the key the
bundle hands over, ending at the head the station signed, with every checklist evaluation the
bundle brings signed into it. In words, the first thing wrong; None when all holds."""

from __future__ import annotations

from app.crypto.chain import data_verifier, first_unmatched_mac
from app.domain.attempt import Event
from app.domain.checklist import evaluation_digest
from app.domain.errors import template
from app.domain.history import canonical_data, chain_head, first_broken_link, kind_words
from app.formats.result_payload import AttemptPart, Chain


def history_problem(part: AttemptPart, chain: Chain, held: list[tuple[Event, str | None]],
                    events: list[Event]) -> str | None:
    """`events`: part.events as Events; `chain`: part.chain."""
    problem = first_broken_link_of(part, chain.key, held, events)
    if problem is None and (part.events[-1][5] if part.events else chain_head(held)) != chain.head:
        problem = template("its last event is not the one the station signed as the end of its history")
    if problem is None:
        problem = unchained_evaluation(part, [e for e, _mac in held] + events)
    return problem


def first_broken_link_of(part: AttemptPart, key: bytes, held: list[tuple[Event, str | None]],
                         events: list[Event]) -> str | None:
    """first_broken_link of the whole history (held, then the bundle's events), in its words.
    The events the body holds go through it as they are; the bundle's were read numbered on
    from part.after, each with a 64-hex MAC and the bytes that MAC covers (part.mac_contents),
    so what is left to find in them is where their numbering meets the held events and the
    first MAC that does not verify under `key`: one loop (a test compares the two ways on
    tampered histories)."""
    problem = first_broken_link(part.id, held, data_verifier(key, [canonical_data(e.data) for e, _m in held]))
    if problem is not None or not events:
        return problem
    expected = len(held) + 1
    if events[0].seq != expected:
        return template("event {seq} is missing (deleted or reordered)", seq=expected)
    broken = first_unmatched_mac(key, chain_head(held), part.mac_contents, [e[5] for e in part.events])
    if broken is None:
        return None
    event = events[broken]
    return template("event {seq} ({kind}) was changed or inserted", seq=event.seq, kind=kind_words(event.kind))


def unchained_evaluation(part: AttemptPart, history: list[Event]) -> str | None:
    """Every checklist evaluation the bundle brings must match the digest its attempt's
    authenticated history recorded when it was signed."""
    chained = {e.data.get("evaluation"): e.data.get("digest") for e in history if e.kind == "evaluated"}
    for evaluation in part.evaluations:
        if chained.get(evaluation.get("id")) != evaluation_digest(evaluation):
            return template("checklist evaluation {id} is not the one signed at the station",
                            id=str(evaluation.get("id"))[:36])
    return None
