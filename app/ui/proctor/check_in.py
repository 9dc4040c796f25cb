"""Check-in: a candidate from the roster (or typed in) has their ID checked, their eligibility
for a stackable add-on recorded, their accommodations and seat set, and is admitted: the
service records them and creates their attempt, which then starts in lockdown."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QScrollArea,
    QSpinBox, QVBoxLayout, QWidget,
)

from app.domain.accommodations import TEXT_SCALES, Accommodations
from app.domain.exam import Exam
from app.services.context import Services
from app.ui.proctor.common import TARGET, add_row, button, error_text, hint, message_label, say
from app.ui.proctor.roster import ROSTER_COLUMNS, RosterEntry, parse_roster
from app.ui.proctor.roster_table import CheckedInTable, RosterTable
from app.ui.widgets.error_words import os_error_detail, os_error_words
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.translation import QT_TRANSLATE_NOOP

ID_TYPES = (QT_TRANSLATE_NOOP("CheckInPanel", "passport"), QT_TRANSLATE_NOOP("CheckInPanel", "national identity card"),
            QT_TRANSLATE_NOOP("CheckInPanel", "driving licence"), QT_TRANSLATE_NOOP("CheckInPanel", "residence permit"),
            QT_TRANSLATE_NOOP("CheckInPanel", "other photo ID"))  # recorded in English, shown translated


class CheckInPanel(QWidget):
    admitted = Signal(str)  # attempt id

    def __init__(self, services: Services, exam: Exam, session_id: str, proctor: str, proctor_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.exam, self.session_id = services, exam, session_id
        self.proctor, self.proctor_name = proctor, proctor_name
        self.prerequisite_edits: list[QLineEdit] = []
        columns = QHBoxLayout(self)
        columns.addWidget(self._roster_scroll(), 2)
        columns.addWidget(self._form_column(), 3)
        self.refresh_checked_in()

    # -- roster -------------------------------------------------------------------------
    def _roster_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.roster = RosterTable()
        self.roster.entry_chosen.connect(self.fill_from_roster)
        self.import_button = button(self.tr("&Import roster (CSV)…"), self.tr("Import roster CSV"),
                                    self._choose_roster)
        self.template_button = button(self.tr("Save a roster tem&plate…"), self.tr("Save a roster template"),
                                      self._choose_template)
        column.addWidget(hint(self.tr("A roster is a CSV file with one candidate a line: number and name, and if "
                                      "needed the seat, extra time, rest breaks, text size and prerequisite "
                                      "credential numbers. Start from the template: its first line names the "
                                      "columns. Choose a waiting candidate to fill the form, check their ID, "
                                      "then admit them.")))
        buttons = QWidget()
        row = FlowLayout(buttons)   # the two buttons wrap onto two lines in a narrow column (200 % text)
        row.addWidget(self.import_button)
        row.addWidget(self.template_button)
        column.addWidget(buttons)
        self.roster_message = message_label(self.tr("Roster import result"))
        column.addWidget(self.roster_message)
        column.addWidget(self.roster, 2)
        column.addWidget(hint(self.tr("Checked in:")))
        self.checked_in = CheckedInTable()
        column.addWidget(self.checked_in, 1)
        return column

    def _roster_scroll(self) -> QScrollArea:
        """The roster column scrolls at 200 % text, so that each list keeps three whole rows in view
        (squeezed, they showed less than one)."""
        page = QWidget()
        column = self._roster_column()
        column.setContentsMargins(0, 0, 0, 0)
        page.setLayout(column)
        for table in (self.roster, self.checked_in):
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 3 * TARGET + 2 * table.frameWidth())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # the text wraps instead
        scroll.setWidget(page)
        return scroll

    def _choose_roster(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster"), str(Path.home()),
                                              self.tr("CSV files (*.csv)"))
        if name:
            self.import_roster(Path(name))

    def _choose_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roster template"),
                                              str(Path.home() / "roster.csv"), self.tr("CSV files (*.csv)"))
        if name:
            self.save_template(Path(name))

    def save_template(self, path: Path) -> bool:
        """A CSV file with the header line and one example row, to fill in a spreadsheet."""
        example = ["C-001", "Ana Baker", "4", "1.0", "0", "100"] + [""] * (len(ROSTER_COLUMNS) - 6)
        try:
            path.write_text(",".join(ROSTER_COLUMNS) + "\n" + ",".join(example) + "\n", encoding="utf-8")
        except OSError as error:
            say(self.roster_message, self.tr("The template was not saved ({why}). Choose another folder and try "
                                             "again.").format(why=os_error_words(error)), ok=False)
            self.roster_message.setToolTip(os_error_detail(error))   # the system's own words, for a technician
            return False
        self.roster_message.setToolTip("")
        say(self.roster_message, self.tr("Saved the roster template as {file}. Replace the example line with "
                                         "your candidates, then import it.").format(file=path))
        return True

    def import_roster(self, path: Path) -> bool:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            why = os_error_words(error) if isinstance(error, OSError) else self.tr("it is not UTF-8 text")
            say(self.roster_message, self.tr("The roster {file} cannot be read ({why}). Save it as UTF-8 CSV and import "
                                      "it again.").format(file=path.name, why=why), ok=False)
            return False
        taken = {c.number for c in self.services.delivery.candidates(self.session_id)}
        entries, problems = parse_roster(text, len(self.exam.prerequisites), taken)
        if problems:
            say(self.roster_message, self.tr("The roster was not imported: {n} problem(s). Fix them all in the file and "
                                      "import it again:\n• {list}").format(n=len(problems),
                                                                           list="\n• ".join(problems)), ok=False)
            return False
        self.roster.show_entries(entries)
        say(self.roster_message, self.tr("Imported {n} candidate(s). Choose one as they arrive, check their ID and "
                                  "admit them.").format(n=len(entries)))
        return True

    def fill_from_roster(self, entry: RosterEntry) -> None:
        self.number_edit.setText(entry.number)
        self.name_edit.setText(entry.name)
        self.seat_edit.setText(entry.seat)
        self.multiplier_spin.setValue(entry.accommodations.time_multiplier)
        self.breaks_spin.setValue(entry.accommodations.rest_breaks)
        self.scale_combo.setCurrentIndex(TEXT_SCALES.index(entry.accommodations.text_scale))
        for edit, number in zip(self.prerequisite_edits, entry.prerequisite_numbers):
            edit.setText(number)
        self.id_type_combo.setCurrentIndex(0)
        self.id_digits_edit.clear()
        self.id_type_combo.setFocus()  # the ID check is what remains to do

    # -- the form -------------------------------------------------------------------------
    def _form_column(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._candidate_box())
        layout.addWidget(self._id_box())
        if self.exam.prerequisites:
            layout.addWidget(self._eligibility_box())
        layout.addWidget(self._accommodations_box())
        layout.addStretch(1)
        scroll = QScrollArea()  # the fields scroll at 200 % text; Admit and the result stay in view
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.admit_button = button(self.tr("&Admit and create the attempt"), self.tr("Admit candidate"), self.admit)
        self.message = message_label(self.tr("Check-in result"))
        column = QWidget()
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.admit_button)
        outer.addWidget(self.message)
        return column

    def _candidate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Candidate"))
        form = QFormLayout(box)
        self.number_edit, self.name_edit, self.seat_edit = QLineEdit(), QLineEdit(), QLineEdit()
        add_row(form, self.tr("Candidate num&ber:"), self.number_edit, self.tr("Candidate number"))
        add_row(form, self.tr("&Full name:"), self.name_edit, self.tr("Full name"))
        add_row(form, self.tr("&Seat:"), self.seat_edit, self.tr("Seat"))
        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("assigned at random"), None)
        for exam_form in self.exam.forms:
            self.form_combo.addItem(exam_form.title, exam_form.id)
        add_row(form, self.tr("For&m:"), self.form_combo, self.tr("Exam form"))
        return box

    def _id_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("ID verification"))
        form = QFormLayout(box)
        self.id_type_combo = QComboBox()
        self.id_type_combo.addItem(self.tr("choose the ID shown…"), "")
        for kind in ID_TYPES:
            self.id_type_combo.addItem(self.tr(kind), kind)
        self.id_digits_edit = QLineEdit()
        self.id_digits_edit.setMaxLength(6)
        self.verified_by_edit = QLineEdit(self.proctor_name)
        add_row(form, self.tr("I&D type:"), self.id_type_combo, self.tr("ID type"))
        self.id_digits_edit.setPlaceholderText(self.tr("2 to 6 letters or digits"))
        add_row(form, self.tr("&Last digits of the ID:"), self.id_digits_edit, self.tr("Last digits of the ID number"))
        add_row(form, self.tr("&Verified by:"), self.verified_by_edit, self.tr("ID verified by"))
        return box

    def _eligibility_box(self) -> QGroupBox:
        names = ", ".join(p.name for p in self.exam.prerequisites)
        box = QGroupBox(self.tr("Eligibility"))
        form = QFormLayout(box)
        form.addRow(hint(self.tr("This exam is an add-on to {names}. Check the candidate's certificate and record "
                                 "its number.").format(names=names)))
        for prerequisite in self.exam.prerequisites:
            edit = QLineEdit()
            add_row(form, self.tr("{name} n&umber:").format(name=prerequisite.name), edit,
                    self.tr("{name} credential number").format(name=prerequisite.name))
            self.prerequisite_edits.append(edit)
        return box

    def _accommodations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accommodations"))
        form = QFormLayout(box)
        self.multiplier_spin = QDoubleSpinBox()
        self.multiplier_spin.setRange(1.0, 4.0)
        self.multiplier_spin.setSingleStep(0.25)
        self.multiplier_spin.setSuffix(self.tr(" × time"))
        self.breaks_spin = QSpinBox()
        self.breaks_spin.setRange(0, 10)
        self.scale_combo = QComboBox()
        for scale in TEXT_SCALES:
            self.scale_combo.addItem(f"{scale} %", scale)
        add_row(form, self.tr("&Time multiplier:"), self.multiplier_spin, self.tr("Time multiplier"))
        add_row(form, self.tr("&Rest breaks:"), self.breaks_spin, self.tr("Rest breaks"))
        add_row(form, self.tr("Text si&ze:"), self.scale_combo, self.tr("Text size"))
        return box

    # -- admitting -------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """Everything missing or wrong in the form, all at once."""
        problems = []
        number = self.number_edit.text().strip()
        if not number:
            problems.append(self.tr("enter the candidate number"))
        elif number in {c.number for c in self.services.delivery.candidates(self.session_id)}:
            problems.append(self.tr("candidate {n} is already checked in").format(n=number))
        if not self.name_edit.text().strip():
            problems.append(self.tr("enter the candidate's full name"))
        if not self.id_type_combo.currentData():
            problems.append(self.tr("choose the type of ID the candidate showed"))
        digits = self.id_digits_edit.text().strip()
        if not (2 <= len(digits) <= 6 and digits.isalnum()):
            problems.append(self.tr("enter the last 2 to 6 letters or digits of the ID number"))
        if not self.verified_by_edit.text().strip():
            problems.append(self.tr("enter who verified the ID"))
        for prerequisite, edit in zip(self.exam.prerequisites, self.prerequisite_edits):
            if not edit.text().strip():
                problems.append(self.tr("enter the {name} credential number").format(name=prerequisite.name))
        return problems

    def admit(self) -> str | None:
        problems = self.problems()
        if problems:
            say(self.message, self.tr("Not admitted yet: {list}.").format(list="; ".join(problems)), ok=False)
            return None
        accommodations = Accommodations(self.multiplier_spin.value(), self.breaks_spin.value(),
                                        self.scale_combo.currentData())
        number, name = self.number_edit.text().strip(), self.name_edit.text().strip()
        try:
            candidate_id = self.services.delivery.check_in(self.session_id, number, name, accommodations,
                                                           self._details())
            attempt_id = self.services.delivery.create_attempt(self.session_id, candidate_id, self.exam,
                                                               accommodations, self.form_combo.currentData())
        except Exception as error:  # a refusal or a failed write: say it; the form keeps what was typed
            say(self.message, error_text(error), ok=False)
            return None
        self.services.accounts.record(self.proctor, "candidate.admitted", candidate_id,
                                      {"number": number, "attempt": attempt_id, "seat": self.seat_edit.text().strip(),
                                       "accommodations": accommodations.to_data()})
        self._after_admit(number, name, accommodations)
        self.admitted.emit(attempt_id)
        return attempt_id

    def _details(self) -> dict:
        prerequisites = [{"id": p.id, "name": p.name, "number": e.text().strip()}
                         for p, e in zip(self.exam.prerequisites, self.prerequisite_edits)]
        return {"seat": self.seat_edit.text().strip(), "id_type": self.id_type_combo.currentData(),
                "id_last_digits": self.id_digits_edit.text().strip(),
                "verified_by": self.verified_by_edit.text().strip(),
                "verified_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "prerequisites": prerequisites,
                "prerequisite_number": ";".join(p["number"] for p in prerequisites)}

    def _after_admit(self, number: str, name: str, accommodations: Accommodations) -> None:
        minutes = self.exam.timing.exam_minutes
        limit = (self.tr("{m:g} minutes").format(m=minutes * accommodations.time_multiplier) if minutes
                 else self.tr("no time limit"))
        say(self.message, self.tr("Admitted {name} ({number}): {limit}, text {scale} %, {breaks} rest break(s). "
                                  "Their attempt is ready; it starts on their screen. Next: the next candidate, "
                                  "or watch the console.").format(
            name=name, number=number, limit=limit, scale=accommodations.text_scale, breaks=accommodations.rest_breaks))
        self.roster.mark_admitted(number)
        for field in (self.number_edit, self.name_edit, self.seat_edit, self.id_digits_edit,
                      *self.prerequisite_edits):
            field.clear()
        self.id_type_combo.setCurrentIndex(0)
        self.multiplier_spin.setValue(1.0)
        self.breaks_spin.setValue(0)
        self.scale_combo.setCurrentIndex(0)
        self.refresh_checked_in()
        self.number_edit.setFocus()

    def refresh_checked_in(self) -> None:
        self.checked_in.show_candidates(self.services.delivery.candidates(self.session_id))
