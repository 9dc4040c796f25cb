"""The candidate's screens: welcome, one question at a time, review, confirmations, the
paused and end screens, with the calculator, exhibits, text size and high contrast."""

from app.ui.candidate.window import CandidateWindow

__all__ = ["CandidateWindow"]
