"""`examstation simulate`: the same seed gives the same sitting; candidates granted a rest break
take it through the engine, within what was granted."""

from __future__ import annotations

from app.domain.attempt import replay
from app.services.simulate import simulate
from tests.conftest import RELEASE_CODE, World


def _sitting(world: World, session_id: str) -> dict[str, tuple]:
    delivery = world.center.delivery
    numbers = {c.id: c.number for c in delivery.candidates(session_id)}
    found = {}
    for attempt in delivery.attempts(session_id):
        state = replay(delivery.events(attempt.id))
        granted = delivery.accommodations(attempt.id).rest_breaks
        found[numbers[attempt.candidate_id]] = (state.state, state.responses, state.breaks_taken, granted)
    return found


def test_a_seed_gives_the_same_sitting_and_breaks_stay_within_the_grant(world: World) -> None:
    first = _sitting(world, simulate(world.center, world.package, RELEASE_CODE, 30, seed=2).session_id)
    again = _sitting(world, simulate(world.center, world.package, RELEASE_CODE, 30, seed=2).session_id)
    assert first == again
    assert all(taken <= granted for _, _, taken, granted in first.values())
    assert any(taken for _, _, taken, _ in first.values()), "some granted candidates take their break"
    assert all(state in ("submitted", "timed_out") for state, *_ in first.values())
