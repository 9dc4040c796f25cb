"""`examstation simulate`: simulated candidates sit an exam through the same services the
GUI uses, answering from a simple ability model so item statistics look like real ones.
Also the proctor's dry run before exam day. Deterministic for a given seed."""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.accommodations import Accommodations
from app.domain.exam import Exam, Item
from app.domain.incidents import DISRUPTION
from app.domain.item_types import item_kind, simulated_answer
from app.services.context import Services
from app.services.delivery import DeliveryService

FIRST = ("Ana", "Ben", "Chidi", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena")
LAST = ("Alvarez", "Baker", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen")
SIM_PIN = {"sim-eval-1": "7391", "sim-eval-2": "8264"}
SIM_PASSWORD = "simulation-only-1"


class SimulatedTablet:
    """Simulated evaluators sign as on a tablet: the PIN is checked there (here, the first time
    each one signs in a run: a PIN check is a deliberately slow key derivation, and one per
    candidate would be most of a run's time), and the station stores the signed evaluation."""

    def __init__(self, services: Services) -> None:
        self.evaluation = services.evaluation
        self._checked: set[str] = set()

    def sign(self, exam: Exam, checklist_id: str, candidate: str, evaluator: str, marks: dict[str, str],
             task_seconds: int, attempt_id: str) -> None:
        if evaluator not in self._checked:
            self.evaluation.sign_off(exam, checklist_id, candidate, evaluator, SIM_PIN[evaluator], marks,
                                     _reasons(exam, checklist_id, marks), task_seconds, attempt_id)
            self._checked.add(evaluator)
            return
        self.evaluation.record_signed(exam, checklist_id, candidate, evaluator, marks,
                                      _reasons(exam, checklist_id, marks), task_seconds,
                                      attempt_id, str(uuid.uuid4()))


def _reasons(exam: Exam, checklist_id: str, marks: dict[str, str]) -> dict[str, str]:
    """A simulated evaluator's reason for each critical step not done, as sign-off requires."""
    checklist = next(c for c in exam.checklists if c.id == checklist_id)
    return {s.id: "simulated: not seen" for s in checklist.steps if s.critical and marks.get(s.id) == "not_done"}


class SimClock:
    """Simulated time: candidates 'spend' minutes without the run taking them."""

    def __init__(self, start_wall: float) -> None:
        self.mono, self.wall = 1000.0, start_wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


@dataclass(frozen=True)
class SimulationResult:
    session_id: str
    candidates: int
    package_id: str


def simulate(services: Services, package: Path, release_code: str | None, candidates: int,
             seed: int = 1) -> SimulationResult:
    opened = services.packages.open(Path(package), release_code)
    services.station.remember(opened)
    exam = opened.exam
    rng = random.Random(seed)
    _ensure_accounts(services)
    clock = SimClock(services.delivery.clock().timestamp())
    delivery = services.delivery.with_clocks(lambda: clock.mono, lambda: clock.wall)  # same DB, simulated time
    session = delivery.start_session(opened.package_id, exam)
    difficulty = {i.id: rng.gauss(-0.6, 1.0) for i in exam.items}  # mostly passable items
    tablet = SimulatedTablet(services)
    for number in range(1, candidates + 1):
        _sit(tablet, delivery, clock, exam, session, number, rng, difficulty)
    services.accounts.record("sim-proctor", "session.simulated", session, {"candidates": candidates, "seed": seed})
    return SimulationResult(session, candidates, opened.package_id)


def _ensure_accounts(services: Services) -> None:
    """Simulated evaluators (PINs published above: a dry run holds no real results)."""
    accounts = services.accounts
    if accounts.first_run_needed():
        accounts.create("sim-admin", "Simulation administrator", "admin", SIM_PASSWORD)
    admin = accounts.list_accounts(role="admin")[0].username
    existing = {a.username for a in accounts.list_accounts()}
    for name, pin in SIM_PIN.items():
        if name not in existing:
            accounts.create(name, f"Simulated evaluator {name[-1]}", "evaluator", SIM_PASSWORD, pin, by=admin)


def _sit(tablet: SimulatedTablet, delivery: DeliveryService, clock: SimClock, exam: Exam, session: str, number: int,
         rng: random.Random, difficulty: dict[str, float]) -> None:
    ability = rng.gauss(0.9, 1.0)
    accommodations = Accommodations(time_multiplier=1.5, rest_breaks=1) if rng.random() < 0.08 else Accommodations()
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    details = {"seat": str(number), "id_type": "national ID", "id_last_digits": f"{rng.randrange(10000):04d}",
               "verified_by": "sim-proctor",
               "prerequisites": {c.id: f"{c.id.upper()}-{rng.randrange(10**6):06d}" for c in exam.prerequisites}}
    candidate = delivery.check_in(session, f"C{number:04d}", name, accommodations, details)
    attempt_id = delivery.create_attempt(session, candidate, exam, accommodations, seed=rng.randrange(2**31))
    live = delivery.live(attempt_id, exam)
    live.start()
    # Candidates granted a break take it halfway; their own generator keeps everyone else's draws as before.
    breaks = random.Random(f"break/{number}/{ability}")
    break_at = len(live.plan.item_ids) // 2 if accommodations.rest_breaks and breaks.random() < 0.7 else -1
    for position, item_id in enumerate(live.plan.item_ids):
        if live.status != "in_progress":
            break
        if position == break_at:
            live.take_rest_break(accommodations.rest_breaks)
            clock.advance(breaks.uniform(300, 600))
            live.resume(by="candidate")
        live.visit(item_id)
        clock.advance(rng.uniform(15, 70) * accommodations.time_multiplier)
        omitted = rng.random() < 0.03  # drawn every time: the same seed gives the same sitting
        if omitted and not live.plan.section(live.plan.section_of(item_id)).answer_required:
            continue
        item = exam.item(item_id)
        correct = rng.random() < 1 / (1 + math.exp(-(ability - difficulty[item_id])))
        live.answer(item_id, simulated_answer(item, rng, correct))
        if rng.random() < 0.004:
            live.incident(DISRUPTION, "noise from the corridor", by="sim-proctor")
        if rng.random() < 0.003:
            live.pause("candidate asked for a break", by="sim-proctor")
            clock.advance(120)
            live.resume(by="sim-proctor")
        live.tick()
    if live.status == "in_progress":
        live.submit()
    for checklist in exam.checklists:
        _evaluate(tablet, exam, checklist, candidate, attempt_id, ability, rng)


def _wrong(item: Item, rng: random.Random) -> Any:
    """A simulated candidate's mistake on this item (its type's `wrong_answer`)."""
    return item_kind(item.type).wrong_answer(item, rng)


def _evaluate(tablet: SimulatedTablet, exam: Exam, checklist, candidate: str, attempt_id: str, ability: float,
              rng: random.Random) -> None:
    def marks() -> dict[str, str]:
        result = {}
        for step in checklist.steps:
            if step.allow_na and rng.random() < 0.1:
                result[step.id] = "na"
            else:
                done = rng.random() < 1 / (1 + math.exp(-(ability + (2.5 if step.critical else 1.2))))
                result[step.id] = "done" if done else "not_done"
        return result
    evaluation = tablet.evaluation
    first = marks()
    tablet.sign(exam, checklist.id, candidate, "sim-eval-1", first, rng.randrange(900, 2400), attempt_id)
    if rng.random() < 0.05:  # a second, independent evaluation for quality control
        second = {s: (m if rng.random() < 0.9 else "done") for s, m in first.items()}
        tablet.sign(exam, checklist.id, candidate, "sim-eval-2", second, rng.randrange(900, 2400), attempt_id)
        open_steps = [s for s in first if first[s] != second[s]]
        if open_steps:
            evaluation.reconcile(exam, checklist.id, candidate, SIM_PIN,
                                 {s: first[s] for s in open_steps}, {s: "video review" for s in open_steps})
