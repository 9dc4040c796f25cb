"""The audit log in sentences a proctor would say: "Proctor Dana voided Ana Baker's attempt
(seat 4): candidate left the room." The log stores a code (`attempt.voided`) and the facts as
data; this module words each kind of entry in the staff's language. An entry of a kind not
known here still reads as a sentence, never as a code or JSON."""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication

from app.domain.audit import AuditEntry

CONTEXT = "AuditWords"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _sentences() -> dict[str, str]:
    """Each action's sentence; {who} did it, {about} is what it was done to. Spelled out one by
    one so pyside6-lupdate finds each text."""
    t = _t
    return {
        "account.created": t("{who} created the account of {about} ({role})."),
        "account.sign_in_failed": t("Someone tried to sign in as {about} with a wrong {secret} "
                                    "({failures} wrong tries in a row)."),
        "account.signed_in": t("{who} signed in."),
        "account.signed_out": t("{who} signed out."),
        "account.unlocked": t("{who} unlocked the account of {about}."),
        "account.pin_reset": t("{who} gave {about} a new PIN."),
        "account.enabled": t("{who} enabled the account of {about}."),
        "account.disabled": t("{who} disabled the account of {about}."),
        "attempt.paused": t("{who} paused {about}: {reason}"),
        "attempt.resumed": t("{who} resumed {about}."),
        "attempt.extended": t("{who} gave {about} {minutes} more minute(s): {reason}"),
        "attempt.voided": t("{who} voided {about}: {reason}"),
        "attempt.incident": t("{who} recorded an incident for {about} ({kind}): {description}"),
        "candidate.admitted": t("{who} admitted {about}{at_seat}."),
        "checklist.signed": t("{who} signed the {kind} of {about} on the checklist “{checklist}”: {verdict}, "
                              "{points} point(s)."),
        "checklist.reconciled": t("{who} reconciled the two evaluations of {about} on the checklist "
                                  "“{checklist}” ({steps} step(s) marked differently)."),
        "marking.marked": t("{who} marked an answer of {about}: {points} point(s)."),
        "keys.created": t("{who} created this center's keys for “{name}”."),
        "keys.restored": t("{who} restored this center's keys for “{name}” from a backup."),
        "keys.trusted": t("{who} trusted the credential body “{name}”."),
        "session.started": t("{who} started {about} (exam version {version})."),
        "session.ended": t("{who} ended {about} with {attempts} attempt(s)."),
        "session.closed": t("{who} closed the screen of {about}."),
        "session.exported": t("{who} exported the results of {about} to the file {file}."),
        "session.simulated": t("{who} ran a practice simulation with {candidates} candidate(s)."),
        "room.opened": t("{who} opened the testing room for {about}."),
        "room.paired": t("{who} accepted the {device} “{seat}” into the room."),
        "room.pairing_refused": t("{who} turned away the {device} “{seat}”."),
        "room.refused": t("{who} refused a connection from {about} that did not follow the room's rules."),
        "room.assigned": t("{who} seated {about} at “{seat}”."),
        "room.moved": t("{who} moved {about} from “{from}” to “{to}”."),
        "room.seat_removed": t("{who} removed the seat “{seat}” from the room."),
        "room.claim_refused": t("{who} refused the seat “{seat}”: it asked for an attempt it was not given."),
        "room.tablet_signed_in": t("{who} signed in on the tablet “{tablet}”."),
        "room.tablet_sign_in_refused": t("{who} could not sign in on the tablet “{tablet}”: the account is "
                                         "not an evaluator's."),
        "room.tablet_refused": t("{who} refused an evaluation from the tablet “{tablet}”: it was not signed "
                                 "off on this station."),
        "room.local_seat_exit": t("{who} closed the candidate's screen of {about} with the proctor's PIN."),
        "room.local_seat_closed": t("{who} closed the candidate's screen of {about} as the room closed."),
        "room.local_seat_ended": t("{who} closed the candidate's screen of {about}: {why}."),
        "room.local_seat_restarted": t("{who} opened the candidate's screen of {about} again after it closed "
                                       "unexpectedly."),
        "room.local_seat_failed": t("{who} stopped reopening the candidate's screen of {about}: it closed "
                                    "unexpectedly {restarts} times. Check this computer."),
    }


def _actors() -> dict[str, str]:
    """Who did it when no account did: the station itself, lockdown, a simulation."""
    t = _t
    return {"station": t("The station"), "lockdown": t("Lockdown on the candidate's screen"),
            "proctor": t("The proctor"), "simulation": t("A simulation"), "sim-proctor": t("A simulation")}


def _roles() -> dict[str, str]:
    t = _t
    return {"admin": t("Administrator {name}"), "proctor": t("Proctor {name}"), "evaluator": t("Evaluator {name}")}


def _role_words() -> dict[str, str]:
    t = _t
    return {"admin": t("station administrator"), "proctor": t("proctor"), "evaluator": t("evaluator"),
            "seat": t("candidate workstation"), "tablet": t("evaluator tablet")}


def _incident_kinds() -> dict[str, str]:
    t = _t
    return {"focus_lost": t("left the exam window"), "disruption": t("disruption in the room"),
            "technical": t("technical problem"), "misconduct": t("suspected misconduct"),
            "illness": t("illness"), "other": t("other")}


def _why_ended() -> dict[str, str]:
    """Why the station closed a candidate's screen (the services record these English phrases)."""
    t = _t
    return {"the candidate sits elsewhere": t("the candidate now sits at another seat"),
            "the attempt ended and is on the station": t("the attempt ended and is saved on the station")}


def attempt_phrase(name: str, seat: str = "") -> str:
    """An attempt as a noun: "Ana Baker's attempt (seat 4)"."""
    if seat:
        return _t("{name}'s attempt (seat {seat})").format(name=name, seat=seat)
    return _t("{name}'s attempt").format(name=name)


def session_phrase() -> str:
    return _t("this session")


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
        return _t("{who} did something this version does not describe, to {about}.").format(**values)
    text = template.format_map(_Blank(values))
    return text[:1].upper() + text[1:]


def _detail_words(details: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, Any]:
    """The entry's stored facts as words to put in its sentence."""
    words: dict[str, Any] = {key: value for key, value in details.items() if isinstance(value, (str, int, float))}
    reason = str(details.get("reason", "")).strip()
    words["reason"] = reason or _t("no reason given")
    words["description"] = str(details.get("description", "")).strip() or _t("no description")
    words["kind"] = _incident_kinds().get(str(details.get("type", "")), str(details.get("type", "")))
    if "kind" in details and "type" not in details:  # a signed evaluation: first or second
        words["kind"] = _t("second evaluation") if details["kind"] == "second" else _t("first evaluation")
    words["verdict"] = _t("passed") if details.get("passed") else _t("not passed")
    words["secret"] = _t("PIN") if details.get("kind") == "pin" else _t("password")
    words["role"] = _role_words().get(str(details.get("role", "")), str(details.get("role", "")))
    words["device"] = _role_words().get(str(details.get("role", "")), _t("device"))
    words["checklist"] = names.get(str(details.get("checklist", "")), str(details.get("checklist", "")))
    words["why"] = _why_ended().get(str(details.get("why", "")), str(details.get("why", "")))
    seat = str(details.get("seat", "")).strip()
    words["at_seat"] = _t(" at seat {seat}").format(seat=seat) if seat else ""
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
