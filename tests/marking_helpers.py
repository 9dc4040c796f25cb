"""A body with imported results ready to mark: the mini exam with a 3-point written question
(its own rubric points) and a marking setting, sat by candidates whose written answers the test
chooses (None: left blank; voided: the proctor voids the attempt)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from app.domain.accommodations import Accommodations
from app.domain.scoring import key_response
from app.services.context import Services
from tests.conftest import MINI_EXAM, RELEASE_CODE, World

RUBRIC = [{"points": 0, "text": "Nothing relevant"}, {"points": 1, "text": "Names one risk"},
          {"points": 2, "text": "Names the risk and its cause"}, {"points": 3, "text": "Risk, cause and prevention"}]


@dataclass
class Sitting:
    answer: str | None
    voided: bool = False


def marking_source(root: Path, marking: dict | None, second_manual: bool = False) -> Path:
    """The mini exam with q-manual worth 3 points on a 4-point rubric, and `marking` settings
    (`second_manual`: and a second such question, q-manual-2, on the form)."""
    source = root / "marking-exam"
    shutil.copytree(MINI_EXAM, source)
    exam = yaml.safe_load((source / "exam.yaml").read_text())
    if marking is not None:
        exam["marking"] = marking
    if second_manual:
        exam["forms"][0]["sections"][-1]["items"].append("q-manual-2")
    (source / "exam.yaml").write_text(yaml.safe_dump(exam, sort_keys=False))
    items_file = source / "items" / "all-types.yaml"
    items = yaml.safe_load(items_file.read_text())
    for item in items["items"]:
        if item["id"] == "q-manual":
            item.update(points=3, rubric_points=RUBRIC)
            if second_manual:
                items["items"].append({**item, "id": "q-manual-2", "stem": "Zebra-stem-manual-2: why fuse it?"})
                break
    items_file.write_text(yaml.safe_dump(items, sort_keys=False, allow_unicode=True))
    return source


def import_sittings(world: World, sittings: list[Sitting], marking: dict | None,
                    body: Services | None = None, second_manual: bool = False) -> str:
    """Build the package, sit it at the center, export and import at the body; the exam id."""
    exam_id, bundle = export_sittings(world, sittings, marking, second_manual)
    (body or world.body).results.import_bundle(bundle)
    return exam_id


def export_sittings(world: World, sittings: list[Sitting], marking: dict | None,
                    second_manual: bool = False) -> tuple[str, Path]:
    """Build the package, sit it at the center and export the session: the exam id and the bundle."""
    package = world.root / "marking.exampkg"
    world.body.packages.build(marking_source(world.root, marking, second_manual), [world.center_file], package,
                              RELEASE_CODE)
    return sit_and_export(world.center, package, sittings, world.root)


def sit_and_export(center: Services, package: Path, sittings: list[Sitting], folder: Path,
                   prefix: str = "M") -> tuple[str, Path]:
    """One session of `sittings` at `center` (the manual items answered as told, the others with
    the key by every odd candidate), exported to `folder`: the exam id and the bundle."""
    opened = center.packages.open(package, RELEASE_CODE)
    center.station.remember(opened)
    exam = opened.exam
    session = center.delivery.start_session(opened.package_id, exam)
    for number, sitting in enumerate(sittings, 1):
        candidate = center.delivery.check_in(session, f"{prefix}{number:03d}", f"Secret Name {number}",
                                             Accommodations())
        attempt = center.delivery.create_attempt(session, candidate, exam, Accommodations(), seed=number)
        live = center.delivery.live(attempt, exam)
        live.start()
        for item_id in live.plan.item_ids:
            live.visit(item_id)
            item = exam.item(item_id)
            if item.manually_scored:
                if sitting.answer is not None:
                    live.answer(item_id, sitting.answer)
            elif number % 2:
                live.answer(item_id, key_response(item))
        if sitting.voided:
            live.void("left the room", by="proctor")
        else:
            live.submit()
    return exam.id, center.results.export(session, folder)


def mark_every_written_answer(body: Services, rater: str = "R. Diaz") -> int:
    """Give every written answer waiting for a person a score (0 to the item's points, varied by
    answer, so the item has variance), as `results score` would; how many were scored."""
    pending = body.results.pending_manual()
    for number, row in enumerate(pending):
        body.results.score_manual(row["attempt_id"], row["item_id"], float(number % (int(row["max_points"]) + 1)),
                                  rater)
    return len(pending)
