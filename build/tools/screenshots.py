"""Renders every candidate screen offscreen to PNG: in English and Spanish, at 100 % and
200 % text, in the standard colours and in high contrast, for the docs
(docs/candidate-screens.md) and for looking at them.

Usage (from the repository root):
    python build/tools/screenshots.py OUT_DIR [--source exam_packages/ess-integration]
        [--size 1000x700] [--languages en es] [--scales 100 200] [--contrast no yes] [--full-colour]

The screens are driven through the real delivery engine on a throwaway station database,
with clocks the script moves, so the times shown are the same on every run. Files are named
NN-scene-VARIANT.png; the variant is the text size (100, 200), then "-contrast" for high
contrast and "-es" for Spanish, except that English high contrast at 100 % keeps its old name
"contrast". 200 % is rendered at 1280x800 at least (the smallest screen it is made for). They
are saved with a 256-colour palette to keep them small, unless --full-colour is given.
build/tools/screenshots_all.py renders these with the staff's and the body's screens.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.accommodations import Accommodations  # noqa: E402
from app.domain.annotations import Annotation  # noqa: E402
from app.domain.exam import Exam, Stimulus  # noqa: E402
from app.domain.records import KnownPackage  # noqa: E402
from app.domain.scoring import key_response, score_form  # noqa: E402
from app.domain.standing import PASSED, standing  # noqa: E402
from app.formats.exam_source import load_exam_source  # noqa: E402
from app.services.delivery import DeliveryService  # noqa: E402
from app.store.database import open_database, sqlite_url  # noqa: E402
from app.store.repositories import PackageRepository  # noqa: E402
from app.ui.candidate import CandidateWindow  # noqa: E402

LARGE_TEXT_SIZE = QSize(1280, 800)   # 200 % text needs at least this much screen (docs/candidate-screens.md)
CANDIDATE = "Maria Fernández"
WRITTEN_ANSWER = "Open the battery disconnect, lock it out and prove the DC bus dead before touching it."
# The sample exam has no shared stimulus: this one is added to its first two single-choice
# questions for the picture of passage highlights (26-passage-marks) only.
SITE_NOTES = Stimulus("site-notes", "Site notes: 14 Mill Lane", (
    "<p>The battery cabinet stands on the garage wall, 1.2 m from the consumer unit. The hybrid inverter "
    "is rated 5 kW and the battery stores 10 kWh.</p><p>The network operator has approved export of up to "
    "3.68 kW. The garage has no smoke alarm yet; the customer wants the battery to keep the fridge and the "
    "lights on during a power cut.</p>"
    "<table><tr><th>Circuit</th><th>Load</th></tr><tr><td>Fridge</td><td>150 W</td></tr>"
    "<tr><td>Lights</td><td>300 W</td></tr></table>"))


class Clocks:
    def __init__(self) -> None:
        self.mono, self.wall = 5000.0, 1_800_000_000.0

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


class Shooter:
    """Opens candidate windows on attempts and saves pictures of them."""

    def __init__(self, source: Path, out: Path, size: QSize, palette: bool, work: Path) -> None:
        self.exam = load_exam_source(source)
        self.source, self.out, self.size, self.palette = source, out, size, palette
        self.clocks = Clocks()
        self.db = open_database(sqlite_url(work / "station.db"))
        self.service = DeliveryService(lambda: self.db, monotonic=lambda: self.clocks.mono,
                                       wall=lambda: self.clocks.wall)
        now = datetime.now(timezone.utc)
        exam = self.exam
        PackageRepository(self.db).record_opened(
            KnownPackage("screens", exam.id, exam.title, exam.version, "F", "/screens", now, now))
        self.session = self.service.start_session("screens", exam)
        self.count = 0

    def media(self, path: str) -> bytes:
        return (self.source / path).read_bytes()

    language = "en"

    def window(self, accommodations: Accommodations, attempt_id: str | None = None,
               exam: Exam | None = None) -> CandidateWindow:
        exam = exam or self.exam
        if attempt_id is None:
            self.count += 1
            candidate = self.service.check_in(self.session, f"C-{self.count:03d}", CANDIDATE, accommodations)
            attempt_id = self.service.create_attempt(self.session, candidate, exam, accommodations,
                                                     form_id=exam.forms[0].id, seed=11)
        window = CandidateWindow(self.service.live(attempt_id, exam), self.media, CANDIDATE, accommodations,
                                 self.language)
        window.ticker.stop()  # the script ticks when it moves the clocks
        window.resize(self.size)
        window.show()
        settle()
        return window

    def save(self, window: CandidateWindow, name: str, tick: bool = True) -> None:
        if tick:  # as the window's own timer would
            window.tick()
        window.resize(self.size)  # back to the chosen size, or as near as the screen's content allows
        settle()
        image = window.grab().toImage()
        if self.palette:
            image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
        path = self.out / f"{name}.png"
        image.save(str(path))
        print(path)


def settle() -> None:
    """Let Qt finish laying out and painting before a picture is taken."""
    for _ in range(3):
        QApplication.processEvents()
        QTest.qWait(15)


def shoot_variant(shooter: Shooter, variant: str, scale: int, contrast: bool) -> None:
    accommodations = Accommodations(text_scale=scale, rest_breaks=2)
    window = shooter.window(accommodations)
    window.set_high_contrast(contrast)
    shot = lambda number, scene, tick=True: shooter.save(  # noqa: E731
        window, f"{number:02d}-{scene}-{variant}", tick)
    shot(1, "welcome")
    window.welcome.identity_box.setChecked(True)
    window.start()
    spend_time(shooter, window, 35 * 60)   # the times shown then look like an exam under way
    shoot_marks(window, shot)
    shoot_item_types(shooter, window, shot)
    go = window.navigation
    go.open_review()
    shot(13, "review")
    go.show_item(go.current_item)
    window.saver.report_failure()   # as when the database refuses a write
    shot(15, "save-failed", tick=False)
    window.saver.after_tick(0)
    shot(16, "saved-again")
    window.save_banner.clear_message()
    shoot_time(shooter, window, shot)
    go.ask_finish()
    shot(19, "confirm-finish")
    window.submit()
    window.close()
    pending = shooter.window(accommodations)   # a candidate whose result the examiner could still decide
    pending.set_high_contrast(contrast)
    pending.welcome.identity_box.setChecked(True)
    pending.start()
    answer_until_undecided(shooter, pending)
    pending.submit()
    shooter.save(pending, f"20-submitted-report-{variant}")
    pending.close()
    shoot_interrupted_and_ends(shooter, accommodations, contrast, variant)
    shoot_passage_marks(shooter, accommodations, contrast, variant)


def answer_until_undecided(shooter: Shooter, window: CandidateWindow) -> None:
    """Answer more questions with the key while the written result stays undecided (the
    examiner's points could still decide it): the report then shows what is pending and by whom."""
    live, plan = window.live, window.plan
    for item_id in plan.item_ids:
        item = shooter.exam.item(item_id)
        if item_id in live.state.responses or item.type == "matching" or \
                plan.section_of(item_id) in live.state.locked_sections:
            continue
        response = WRITTEN_ANSWER if item.manually_scored else key_response(item)
        trial = {**live.state.responses, item_id: response}
        if standing(shooter.exam, score_form(shooter.exam, plan.form, trial)).written == PASSED:
            continue   # one answer too many: the result would be decided
        window.navigation.go_to(item_id, confirmed=True)
        live.answer(item_id, response)


def shoot_item_types(shooter: Shooter, window: CandidateWindow, shot) -> None:
    """The first question of each type, most of them answered; the tools and the section
    confirmation on the way, while the first section is still open."""
    go, plan, live = window.navigation, window.plan, window.live
    shown: set[str] = set()
    for order in plan.sections:
        for item_id in order.item_ids:
            item = shooter.exam.item(item_id)
            if item.type in shown:
                continue
            shown.add(item.type)
            go.go_to(item_id, confirmed=True)
            if item.type not in ("numeric", "ordering"):   # two left unanswered, as they look at first
                response = key_response(item) or WRITTEN_ANSWER
                if item.type == "matching":   # two terms matched: the navigator shows it incomplete
                    response = dict(list(response.items())[:2])
                live.answer(item_id, response)
                go.show_item(item_id)
            window.item_page.body_scroll.verticalScrollBar().setValue(0)   # the question from its start
            shot(2 + len(shown), f"item-{item.type.replace('_', '-')}")
        if order is plan.sections[0]:
            shoot_tools(window, shot, order.item_ids)
            go.go_to(order.item_ids[-1])
            go.go_next()
            shot(14, "confirm-section")


def shoot_marks(window: CandidateWindow, shot) -> None:
    """The longest single-choice question of the first section with two stretches highlighted and
    two options struck out, one of them chosen all the same. The marks and the answer are taken
    away afterwards, so the other pictures show the questions as first seen."""
    exam, live, page = window.live.exam, window.live, window.item_page
    item_id = max((i for i in window.plan.sections[0].item_ids if exam.item(i).type == "single_choice"),
                  key=lambda i: len(exam.item(i).stem))
    window.navigation.go_to(item_id)
    words = list(re.finditer(r"\S+", exam.item(item_id).stem))
    for first, last in ((words[0], words[2]), (words[-4], words[-1])):
        page.stem.setSelection(first.start(), last.end() - first.start())
        page.highlight_selection()
    options = page.answer.option_ids
    for struck in (options[0], options[2]):
        page.answer.strikes.toggle(struck)
    live.answer(item_id, options[2])
    window.navigation.show_item(item_id)
    page.answer.strikes.rows[options[1]].strike.setFocus()
    shot(25, "marks")
    window.saver.save_marks(item_id, Annotation())
    live.answer(item_id, None)


def shoot_passage_marks(shooter: Shooter, accommodations: Accommodations, contrast: bool, variant: str) -> None:
    """A question beside the shared passage it cites, with two stretches of the passage and one
    of the question highlighted: the passage's marks show on every question citing it."""
    plan_exam = shooter.exam
    first = shooter.window(accommodations)   # the candidate's order, to pick the first section's questions
    citing = [i for i in first.plan.sections[0].item_ids if plan_exam.item(i).type == "single_choice"][:2]
    first.close()
    exam = replace(plan_exam, stimuli=(SITE_NOTES,), items=tuple(
        replace(i, stimulus=SITE_NOTES.id) if i.id in citing else i for i in plan_exam.items))
    window = shooter.window(accommodations, exam=exam)
    window.set_high_contrast(contrast)
    window.welcome.identity_box.setChecked(True)
    window.start()
    page = window.item_page
    window.navigation.go_to(citing[0])
    words = page.passage.text._document().toPlainText()
    for phrase in ("rated 5 kW", "no smoke alarm"):
        page.passage.text.setSelection(words.index(phrase), len(phrase))
        page.marking = page.passage.text
        page.highlight_selection()
    window.navigation.go_to(citing[1])   # the other question citing it: the same marks
    stem = exam.item(citing[1]).stem
    page.stem.setSelection(0, len(stem.split()[0]))
    page.marking = page.stem
    page.highlight_selection()
    page.passage.text.setFocus()
    shooter.save(window, f"26-passage-marks-{variant}")
    window.close()


def shoot_tools(window: CandidateWindow, shot, item_ids: tuple[str, ...]) -> None:
    window.navigation.go_to(item_ids[1])
    window.set_flag(item_ids[1], True)
    window.toolbar.calculator_button.setChecked(True)
    calculator = window.tool_panel.calculator
    keys = list("7*6=") if not window.live.exam.tools.scientific_calculator else [
        "4", "×", "5.12", "×", "0.9", "=", "clear", "2", "×", "sin(", "30", ")", "+", "√(", "16", ")", "="]
    for key in keys:
        calculator.press(key)
    shot(11, "tools-calculator")
    window.toolbar.calculator_button.setChecked(False)
    citing = next((i for i in item_ids if "Exhibit 2" in window.live.exam.item(i).stem), None)
    if citing:   # the exhibits open at the one this question cites
        window.navigation.go_to(citing)
    window.toolbar.exhibits_button.setChecked(True)
    shot(12, "tools-exhibit")
    window.toolbar.exhibits_button.setChecked(False)


def shoot_time(shooter: Shooter, window: CandidateWindow, shot) -> None:
    """The warning banner and the paused screen, driven by time and by a proctor."""
    use_time_until_warning(shooter, window, minutes=10)
    shot(17, "time-warning")
    proctor = shooter.service.observe(window.live.attempt_id, shooter.exam)
    proctor.pause("fire alarm", by="proctor")
    shot(18, "paused")
    proctor.refresh()
    proctor.resume(by="proctor")
    window.tick()
    window.warning_banner.clear_message()
    window.ask_rest_break()
    window.take_rest_break()
    shooter.clocks.advance(4 * 60 + 12)   # the candidate has been away a while
    shot(24, "rest-break")
    window.resume()


def use_time_until_warning(shooter: Shooter, window: CandidateWindow, minutes: int) -> None:
    """Go to the last section and spend exam time until `minutes` are left."""
    live = window.live
    window.navigation.go_to(window.plan.sections[-1].item_ids[0], confirmed=True)
    spend_time(shooter, window, (live.state.remaining_ms(live.timer.elapsed_ms()) - minutes * 60_000) / 1000)


def spend_time(shooter: Shooter, window: CandidateWindow, seconds: float) -> None:
    """Move the clocks on, never past the current section's own limit (it would close)."""
    room = window.live.section_remaining_ms()
    if room is not None:
        seconds = min(seconds, room / 1000 - 90)
    shooter.clocks.advance(max(0.0, seconds))
    window.tick()


def shoot_interrupted_and_ends(shooter: Shooter, accommodations: Accommodations, contrast: bool,
                               variant: str) -> None:
    first = shooter.window(accommodations)
    first.welcome.identity_box.setChecked(True)
    first.start()
    attempt_id = first.live.attempt_id
    first.close()
    again = shooter.window(accommodations, attempt_id)   # the app was killed and opened again
    again.set_high_contrast(contrast)
    shooter.save(again, f"21-interrupted-{variant}")
    again.resume()
    shooter.clocks.advance(2 * 60 * 60)
    shooter.save(again, f"22-time-up-{variant}")
    again.close()
    voided = shooter.window(accommodations)
    voided.set_high_contrast(contrast)
    voided.welcome.identity_box.setChecked(True)
    voided.start()
    shooter.service.observe(voided.live.attempt_id, shooter.exam).void("left the room", by="proctor")
    shooter.save(voided, f"23-voided-{variant}")
    voided.close()


def variant_name(language: str, scale: int, contrast: bool) -> str:
    if language == "en" and scale == 100 and contrast:
        return "contrast"   # the name the docs have always used
    return f"{scale}{'-contrast' if contrast else ''}{'' if language == 'en' else f'-{language}'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--source", type=Path, default=ROOT / "exam_packages" / "ess-integration")
    parser.add_argument("--size", default="1000x700", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--languages", nargs="+", default=["en", "es"], help="the candidate's languages")
    parser.add_argument("--scales", type=int, nargs="+", default=[100, 200], help="text sizes in percent")
    parser.add_argument("--contrast", nargs="+", choices=["no", "yes"], default=["no", "yes"],
                        help="standard colours (no), high contrast (yes) or both")
    parser.add_argument("--only", nargs="*", default=None,
                        help="only these variants (e.g. 100-es 200-contrast-es), of those the options make")
    parser.add_argument("--full-colour", action="store_true", help="save in full colour (larger files)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="examstation-screens-") as work:
        shooter = Shooter(args.source, args.out, QSize(width, height), not args.full_colour, Path(work))
        for language in args.languages:
            for scale in args.scales:
                for contrast in (c == "yes" for c in args.contrast):
                    variant = variant_name(language, scale, contrast)
                    if args.only is not None and variant not in args.only:
                        continue
                    shooter.language = language
                    shooter.size = LARGE_TEXT_SIZE.expandedTo(QSize(width, height)) if scale >= 200 \
                        else QSize(width, height)
                    shoot_variant(shooter, variant, scale, contrast)
        shooter.db.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
