"""Every kind of incident an attempt can record, in one place: what lockdown detects on a
candidate's screen, and what a proctor records by hand. Lockdown reports its kinds through
`on_incident(kind, details)`; the proctor's console counts focus losses by the same name, and
the proctor's incident dialog offers the kinds a person records."""

from __future__ import annotations

from app.domain.errors import template

# -- detected by lockdown (app/ui/lockdown/controller.py) -------------------------------------
FOCUS_LOST = "focus_lost"              # also one a proctor may record by hand
FOCUS_RETURNED = "focus_returned"      # details carry away_ms: how long the exam was left
CLIPBOARD_BLOCKED = "clipboard_blocked"
KEY_BLOCKED = "key_blocked"            # only for keys worth telling (screenshot, print, app switch)
SCREEN_ADDED = "screen_added"
SCREEN_REMOVED = "screen_removed"
EXTRA_SCREENS = "extra_screens"        # at start, when extra screens are allowed and covered
FORBIDDEN_PROCESS = "forbidden_process"
PROCESS_CHECK_UNAVAILABLE = "process_check_unavailable"
KEYBOARD_NOT_GRABBED = "keyboard_not_grabbed"  # X11: desktop shortcuts are not held back
EXIT_PIN_WRONG = "exit_pin_wrong"
EXIT_UNLOCKED = "exit_unlocked"
LOCKDOWN_KINDS = (FOCUS_LOST, FOCUS_RETURNED, CLIPBOARD_BLOCKED, KEY_BLOCKED, SCREEN_ADDED,
                  SCREEN_REMOVED, EXTRA_SCREENS, FORBIDDEN_PROCESS, PROCESS_CHECK_UNAVAILABLE,
                  KEYBOARD_NOT_GRABBED, EXIT_PIN_WRONG, EXIT_UNLOCKED)

# -- recorded by a proctor, or by a seat about itself -----------------------------------------
DISRUPTION = "disruption"
TECHNICAL = "technical"                # also a seat's own (a full disk, lockdown that could not start)
MISCONDUCT = "misconduct"
ILLNESS = "illness"
OTHER = "other"
PROCTOR_KINDS = (FOCUS_LOST, DISRUPTION, TECHNICAL, MISCONDUCT, ILLNESS, OTHER)

# -- what staff did, recorded on the attempt but not the candidate's doing -----------------------
# The proctor leaving a screen's lockdown with their PIN is kept with the attempt (it explains the
# gap), but it is counted apart: in the console and in the reports it is a staff action, never one
# of the candidate's incidents.
STAFF_KINDS = (EXIT_UNLOCKED,)


def is_staff_action(kind: object) -> bool:
    return kind in STAFF_KINDS


def kind_words(kind: object) -> str:
    """An incident's kind in words (Words: a screen shows them in the staff's language); an
    unknown kind (a newer station's) as its name with spaces."""
    words = {FOCUS_LOST: template("left the exam window"), FOCUS_RETURNED: template("came back to the exam window"),
             CLIPBOARD_BLOCKED: template("clipboard emptied"), KEY_BLOCKED: template("a blocked key was pressed"),
             SCREEN_ADDED: template("a screen was connected"), SCREEN_REMOVED: template("a screen was disconnected"),
             EXTRA_SCREENS: template("extra screens were covered"),
             FORBIDDEN_PROCESS: template("a forbidden program was running"),
             PROCESS_CHECK_UNAVAILABLE: template("running programs could not be checked"),
             KEYBOARD_NOT_GRABBED: template("desktop shortcuts were not held back"),
             EXIT_PIN_WRONG: template("a wrong exit PIN was entered"),
             EXIT_UNLOCKED: template("the proctor unlocked the screen with the PIN"),
             DISRUPTION: template("disruption in the room"), TECHNICAL: template("technical problem"),
             MISCONDUCT: template("suspected misconduct"), ILLNESS: template("illness"), OTHER: template("other")}
    return words.get(str(kind), str(kind or "incident").replace("_", " "))


OTHER_PROGRAM = "application_inactive"   # a focus loss's reason when another program took the screen
_CHECK_NOTES = {"no forbidden programs listed": template("no forbidden programs are listed for this exam"),
                "not checked on this OS (no /proc and no psutil)": template("this computer cannot list its running "
                                                                            "programs")}


def incident_note(kind: object, data: dict) -> str:
    """What an incident says after its kind, as a screen shows it. Lockdown's own records carry an
    English description for the record; the note is worded again from the details they keep (a
    key, a screen, a program), so a proctor reads it in the staff's language. A person's
    description is their own text, shown as written."""
    if kind == TECHNICAL and (worded := _technical_note(data)) is not None:
        return worded
    if kind not in LOCKDOWN_KINDS:
        return str(data.get("description") or "").strip()
    if kind == FOCUS_LOST:
        return template("another program became active") if data.get("reason") == OTHER_PROGRAM else \
            template("another window became active")
    if kind == FOCUS_RETURNED and isinstance(data.get("away_ms"), (int, float)):
        return template("away for {seconds} s", seconds=max(1, -(-int(data["away_ms"]) // 1000)))
    if kind in (SCREEN_ADDED, SCREEN_REMOVED) and data.get("screen"):
        return template("screen {screen}", screen=str(data["screen"]))
    if kind == EXTRA_SCREENS:
        count = len(data.get("covered") or []) + len(data.get("mirrored") or [])
        return template("{count} extra screen(s) at the start", count=count)
    if kind == FORBIDDEN_PROCESS:
        return ", ".join(str(p) for p in data.get("programs") or [])   # program names, as written
    if kind == KEY_BLOCKED and data.get("key"):
        return template("the key {key}", key=str(data["key"]))
    if kind in (EXIT_PIN_WRONG, EXIT_UNLOCKED) and data.get("proctor"):
        return template("user name {proctor}", proctor=str(data["proctor"]))
    return {CLIPBOARD_BLOCKED: template("something was put on the clipboard and removed"),
            KEYBOARD_NOT_GRABBED: template("another program holds the keyboard; desktop shortcuts are not "
                                           "held back"),
            PROCESS_CHECK_UNAVAILABLE: _CHECK_NOTES.get(str(data.get("description")), "")}.get(str(kind), "")


# A seat's or the station's own technical incident keeps an English description for the record
# and, beside it, a note naming which one it is with its plain details (a seat's name, a count, a
# reason): a screen words it again from those, in the staff's language. Plain values only, so a
# station of an older release still takes the report (it refuses nested details).
LOCKDOWN_REFUSED = "lockdown_refused"          # reason: what lockdown said
SEAT_DISK = "seat_disk"                        # reason: what the disk said
CAME_BACK_AFTER_MOVE = "came_back_after_move"  # seat, count: actions it held that were not taken
ACTION_NOT_TAKEN = "action_not_taken"          # seat, reason: why the station refused it


MAX_REASON = 600   # the other side's message, cut so the incident stays well inside a seat's report size


def technical_incident(note: str, by: str, **values: object) -> dict:
    """A seat's or the station's own technical incident: its note and plain values, and the
    English description for the record, written from the same sentence a screen translates."""
    values = {k: v[:MAX_REASON] if isinstance(v, str) else v for k, v in values.items()}
    data = {"type": TECHNICAL, "by": by, "note": note, **values}
    worded = _technical_note(data)
    assert worded is not None, f"{note} needs its values"
    return {**data, "description": str(worded)}


def _technical_note(data: dict) -> str | None:
    """None when the incident carries no note this release knows (a person's own words, an
    older seat's record, a newer seat's note): its description is shown as written."""
    note, seat, reason, count = data.get("note"), data.get("seat"), data.get("reason"), data.get("count")
    if note == LOCKDOWN_REFUSED and isinstance(reason, str):
        return template("Lockdown could not start on this workstation: {reason}", reason=reason)
    if note == SEAT_DISK and isinstance(reason, str):
        return template("This workstation cannot save on its own disk ({reason}); the candidate's answers are "
                        "kept on the station only.", reason=reason)
    if note == CAME_BACK_AFTER_MOVE and isinstance(seat, str) and isinstance(count, int):
        return template("Seat {seat} came back after its candidate moved; {count} action(s) it held were not "
                        "taken.", seat=seat, count=count)
    if note == ACTION_NOT_TAKEN and isinstance(seat, str) and isinstance(reason, str):
        return template("An action from seat {seat} was not taken: {reason}", seat=seat, reason=reason)
    return None
