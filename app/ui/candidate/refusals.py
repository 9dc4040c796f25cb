"""What the engine refused, in the candidate's language (by the refusal's stable code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.attempt import AttemptRefused


def _texts() -> dict[str, str]:
    translate = QCoreApplication.translate  # spelled out below so pyside6-lupdate finds each text
    return {
        "not_on_form": translate("Refusals", "That question is not on your exam."),
        "section_closed": translate("Refusals", "That section is closed: once left, it cannot be opened again."),
        "answer_required": translate("Refusals", "Answer this question before you move on."),
        "forward_only": translate("Refusals", "Questions here come one after another: only the next question can be opened."),
        "break_not_running": translate("Refusals", "A rest break can start only while the exam is running."),
        "no_breaks_granted": translate("Refusals", "No rest breaks were granted for this exam."),
        "no_breaks_left": translate("Refusals", "No rest breaks are left: {granted} were granted and all have been taken."),
        "proctor_confirms_return": translate("Refusals", "The proctor confirms your return from the rest break: "
                                                          "tell the proctor you are back."),
        "exists": translate("Refusals", "This attempt already exists. Ask the proctor."),
        "state_ready": translate("Refusals", "The exam has not started yet. Ask the proctor."),
        "state_paused": translate("Refusals", "The exam is paused. Ask the proctor."),
        "state_submitted": translate("Refusals", "The exam has already been submitted."),
        "state_timed_out": translate("Refusals", "The exam time is over."),
        "state_voided": translate("Refusals", "This attempt was voided by the proctor."),
        "state_transferred": translate("Refusals", "This attempt was moved to another station."),
    }


def translated_codes() -> frozenset[str]:
    return frozenset(_texts())


def refusal_text(refusal: AttemptRefused) -> str:
    """The translated sentence for a refusal; its English line when the code is unknown."""
    text = _texts().get(refusal.code)
    return text.format(**refusal.values) if text else refusal.line()

