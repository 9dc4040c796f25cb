"""The audit log in sentences a proctor would say: "Proctor Dana voided Ana Baker's attempt
(seat 4): candidate left the room." The log stores a code (`attempt.voided`) and the facts as
data; this module words each kind of entry in the staff's language. An entry of a kind not
known here still reads as a sentence, never as a code or JSON."""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication

from app.domain.audit import AuditEntry

CONTEXT = "AuditWords"


def _sentences() -> dict[str, str]:
    """Each action's sentence; {who} did it, {about} is what it was done to. Spelled out one by
    one so pyside6-lupdate finds each text."""
    translate = QCoreApplication.translate
    return {
        "account.created": translate("AuditWords", "{who} created the account of {about} ({role})."),
        "account.sign_in_failed": translate("AuditWords", "Someone tried to sign in as {about} with a wrong {secret} "
                                    "({failures} wrong tries in a row)."),
        "account.signed_in": translate("AuditWords", "{who} signed in."),
        "account.signed_out": translate("AuditWords", "{who} signed out."),
        "account.unlocked": translate("AuditWords", "{who} unlocked the account of {about}."),
        "account.pin_reset": translate("AuditWords", "{who} gave {about} a new PIN."),
        "account.enabled": translate("AuditWords", "{who} enabled the account of {about}."),
        "account.disabled": translate("AuditWords", "{who} disabled the account of {about}."),
        "attempt.paused": translate("AuditWords", "{who} paused {about}: {reason}"),
        "attempt.resumed": translate("AuditWords", "{who} resumed {about}."),
        "attempt.extended": translate("AuditWords", "{who} gave {about} {minutes} more minute(s): {reason}"),
        "attempt.voided": translate("AuditWords", "{who} voided {about}: {reason}"),
        # the kind after a colon, not in brackets: the attempt already ends in "(seat 5)"
        "attempt.incident": translate("AuditWords", "{who} recorded an incident for {about}: {kind} — {description}"),
        "candidate.admitted": translate("AuditWords", "{who} admitted {about}{at_seat}."),
        "checklist.signed": translate("AuditWords", "{who} signed the {kind} of {about} on the checklist “{checklist}”: {verdict}, "
                              "{points} point(s)."),
        "checklist.reconciled": translate("AuditWords", "{who} reconciled the two evaluations of {about} on the checklist "
                                  "“{checklist}” ({steps} step(s) marked differently)."),
        "marking.marked": translate("AuditWords", "{who} marked an answer of {about}: {points} point(s)."),
        "keys.created": translate("AuditWords", "{who} created this center's keys for “{name}”."),
        "keys.restored": translate("AuditWords", "{who} restored this center's keys for “{name}” from a backup."),
        "keys.trusted": translate("AuditWords", "{who} trusted the credential body “{name}”."),
        "session.started": translate("AuditWords", "{who} started {about} (exam version {version})."),
        "session.ended": translate("AuditWords", "{who} ended {about} with {attempts} attempt(s)."),
        "session.closed": translate("AuditWords", "{who} closed the screen of {about}."),
        "session.exported": translate("AuditWords", "{who} exported the results of {about} to the file {file}."),
        "session.simulated": translate("AuditWords", "{who} ran a practice simulation with {candidates} candidate(s)."),
        "room.opened": translate("AuditWords", "{who} opened the testing room for {about}."),
        "room.paired": translate("AuditWords", "{who} accepted the {device} “{seat}” into the room."),
        "room.pairing_refused": translate("AuditWords", "{who} turned away the {device} “{seat}”."),
        "room.refused": translate("AuditWords", "{who} refused a connection from {about} that did not follow the room's rules."),
        "room.assigned": translate("AuditWords", "{who} seated {about} at “{seat}”."),
        "room.moved": translate("AuditWords", "{who} moved {about} from “{from}” to “{to}”."),
        "room.seat_removed": translate("AuditWords", "{who} removed the seat “{seat}” from the room."),
        "room.claim_refused": translate("AuditWords", "{who} refused the seat “{seat}”: it asked for an attempt it was not given."),
        "room.tablet_signed_in": translate("AuditWords", "{who} signed in on the tablet “{tablet}”."),
        "room.tablet_sign_in_refused": translate("AuditWords", "{who} could not sign in on the tablet “{tablet}”: the account is "
                                         "not an evaluator's."),
        "room.tablet_refused": translate("AuditWords", "{who} refused an evaluation from the tablet “{tablet}”: it was not signed "
                                 "off on this station."),
        "room.local_seat_exit": translate("AuditWords", "{who} closed the candidate's screen of {about} with the proctor's PIN."),
        "room.local_seat_closed": translate("AuditWords", "{who} closed the candidate's screen of {about} as the room closed."),
        "room.local_seat_ended": translate("AuditWords", "{who} closed the candidate's screen of {about}: {why}."),
        "room.local_seat_restarted": translate("AuditWords", "{who} opened the candidate's screen of {about} again after it closed "
                                       "unexpectedly."),
        "room.local_seat_failed": translate("AuditWords", "{who} stopped reopening the candidate's screen of {about}: it closed "
                                    "unexpectedly {restarts} times. Check this computer."),
    }


def _actors() -> dict[str, str]:
    """Who did it when no account did: the station itself, lockdown, a simulation."""
    translate = QCoreApplication.translate
    return {"station": translate("AuditWords", "The station"), "lockdown": translate("AuditWords", "Lockdown on the candidate's screen"),
            "proctor": translate("AuditWords", "The proctor"), "simulation": translate("AuditWords", "A simulation"), "sim-proctor": translate("AuditWords", "A simulation")}


def _roles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"admin": translate("AuditWords", "Administrator {name}"), "proctor": translate("AuditWords", "Proctor {name}"), "evaluator": translate("AuditWords", "Evaluator {name}")}


def _role_words() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"admin": translate("AuditWords", "station administrator"), "proctor": translate("AuditWords", "proctor"), "evaluator": translate("AuditWords", "evaluator"),
            "seat": translate("AuditWords", "candidate workstation"), "tablet": translate("AuditWords", "evaluator tablet")}


def _incident_kinds() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"focus_lost": translate("AuditWords", "left the exam window"), "disruption": translate("AuditWords", "disruption in the room"),
            "technical": translate("AuditWords", "technical problem"), "misconduct": translate("AuditWords", "suspected misconduct"),
            "illness": translate("AuditWords", "illness"), "other": translate("AuditWords", "other")}


def _why_ended() -> dict[str, str]:
    """Why the station closed a candidate's screen (the services record these English phrases)."""
    translate = QCoreApplication.translate
    return {"the candidate sits elsewhere": translate("AuditWords", "the candidate now sits at another seat"),
            "the attempt ended and is on the station": translate("AuditWords", "the attempt ended and is saved on the station")}


def attempt_phrase(name: str, seat: str = "") -> str:
    """An attempt as a noun: "Ana Baker's attempt (seat 4)"."""
    if seat:
        return QCoreApplication.translate("AuditWords", "{name}'s attempt (seat {seat})").format(name=name, seat=seat)
    return QCoreApplication.translate("AuditWords", "{name}'s attempt").format(name=name)


def session_phrase() -> str:
    return QCoreApplication.translate("AuditWords", "this session")


class People:
    """Staff accounts by user name: (display name, role)."""

    def __init__(self, accounts: Mapping[str, tuple[str, str]]) -> None:
        self.accounts = dict(accounts)

    def who(self, username: str) -> str:
        if username in self.accounts:
            name, role = self.accounts[username]
            return _roles().get(role, "{name}").format(name=name)
        return _actors().get(username, username)

    def name(self, username: str) -> str:
        return self.accounts.get(username, (username, ""))[0]


def sentence(entry: AuditEntry, people: People, names: Mapping[str, str]) -> str:
    """The entry as one sentence. `names`: readable names for subjects and checklists by id."""
    details = entry.details or {}
    about = names.get(entry.subject) or (people.name(entry.subject) if entry.action.startswith("account.")
                                         else entry.subject)
    values: dict[str, Any] = {"who": people.who(entry.actor), "about": about, **_detail_words(details, names)}
    template = _sentences().get(entry.action)
    if template is None:
        return QCoreApplication.translate("AuditWords", "{who} did something this version does not describe, to {about}.").format(**values)
    text = template.format_map(_Blank(values))
    return text[:1].upper() + text[1:]


def _detail_words(details: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """The entry's stored facts as words to put in its sentence."""
    words: dict[str, Any] = {key: value for key, value in details.items() if isinstance(value, (str, int, float))}
    reason = str(details.get("reason", "")).strip()
    words["reason"] = reason or QCoreApplication.translate("AuditWords", "no reason given")
    words["description"] = str(details.get("description", "")).strip() or QCoreApplication.translate("AuditWords", "no description")
    words["kind"] = _incident_kinds().get(str(details.get("type", "")), str(details.get("type", "")))
    if "kind" in details and "type" not in details:  # a signed evaluation: first or second
        words["kind"] = QCoreApplication.translate("AuditWords", "second evaluation") if details["kind"] == "second" else QCoreApplication.translate("AuditWords", "first evaluation")
    words["verdict"] = QCoreApplication.translate("AuditWords", "passed") if details.get("passed") else QCoreApplication.translate("AuditWords", "not passed")
    words["secret"] = QCoreApplication.translate("AuditWords", "PIN") if details.get("kind") == "pin" else QCoreApplication.translate("AuditWords", "password")
    words["role"] = _role_words().get(str(details.get("role", "")), str(details.get("role", "")))
    words["device"] = _role_words().get(str(details.get("role", "")), QCoreApplication.translate("AuditWords", "device"))
    words["checklist"] = names.get(str(details.get("checklist", "")), str(details.get("checklist", "")))
    words["why"] = _why_ended().get(str(details.get("why", "")), str(details.get("why", "")))
    seat = str(details.get("seat", "")).strip()
    words["at_seat"] = QCoreApplication.translate("AuditWords", " at seat {seat}").format(seat=seat) if seat else ""
    if isinstance(details.get("steps"), list):
        words["steps"] = len(details["steps"])
    if isinstance(details.get("minutes"), (int, float)):
        words["minutes"] = f"{details['minutes']:g}"
    if isinstance(details.get("points"), (int, float)):
        words["points"] = f"{details['points']:g}"
    return words


class _Blank(dict):
    """A missing fact (an older entry recorded fewer) reads as nothing, never as {name}."""

    def __missing__(self, key: str) -> str:
        return "…"
