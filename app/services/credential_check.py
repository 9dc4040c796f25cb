"""`credential verify`: check a credential file offline against a trust anchor (the body's
identity) and against the body's current, signed status list.

Revocation is permanent (W3C Bitstring Status List, purpose "revocation"), so a credential
is refused as revoked when any validly signed list of its issuer that this home has seen
says so; a list that says "not revoked" counts only while it is current (validUntil). The
newest list seen per issuer is kept in the home, so an older list shown later cannot hide a
revocation this home already knows of. A list shown to a verifier that never saw the newer
one can hide a revocation only until it expires: that window is the list's lifetime."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from app.crypto.data_integrity import did_key, public_key_of
from app.crypto.identity import Identity
from app.domain.errors import ExamStationError, TrustError, role_words, system_words, template
from app.formats.credential import (CheckedCredential, CheckedStatusList, CredentialInvalid, CredentialUnsupported,
                                    StatusEntry, check_credential, check_status_list, date_field)
from app.domain.strict_json import StrictJsonError, loads_strict
from app.fsutil import atomic_write
from app.services.keys import KeyService
from app.services.packages import Clock, utc_now

STATUS_FILE = "status-list.json"
MAX_CREDENTIAL_BYTES = 1024 * 1024
MAX_STATUS_FILE_BYTES = 8 * 1024 * 1024
REFUSE = "Do not accept it; ask the holder or the issuing body."
HOW_ISSUER = "Give the body's identity file (from `keys export`) or its did:key."
CLOCK_SKEW = timedelta(minutes=5)  # a list fetched just after it was made, on a clock a little behind the body's


@dataclass(frozen=True)
class Anchor:
    """An issuer this verifier was told to trust."""
    did: str
    name: str
    fingerprint: str | None  # None when given only as a DID
    source: str              # why it is trusted, for the output


@dataclass(frozen=True)
class Verification:
    credential: CheckedCredential
    anchor: Anchor | None   # None: no anchor was given, so only integrity was checked
    status: str             # what the status check found, a sentence fragment


def trust_anchors(keys: KeyService, issuer_option: str | None) -> list[Anchor]:
    """`--issuer FILE|DID` when given (and then only that), else this home's body identity and
    the bodies it trusts (`keys trust`)."""
    if issuer_option:
        return [_anchor_from_option(issuer_option)]
    identities = ([(keys.identity("body"), "this home's own body key")] if keys.has("body") else []) + \
        [(other, "a body this home trusts") for other in keys.trusted("body")]
    return [Anchor(did_key(i.signing_key), i.name, i.fingerprint, source) for i, source in identities]


def _anchor_from_option(option: str) -> Anchor:
    if option.startswith("did:"):
        try:
            public_key_of(option)
        except ValueError:
            raise TrustError("--issuer {option} is not an Ed25519 did:key.",
                             "Give the body's did:key, or its identity file.", option=option[:80]) from None
        return Anchor(option.split("#", 1)[0], "", None, "given with --issuer")
    try:
        identity = Identity.from_json(loads_strict(_read(Path(option), MAX_CREDENTIAL_BYTES, template("issuer file"))))
    except StrictJsonError as problem:
        raise TrustError("The issuer file {option} is not a JSON identity file: {problem}.", HOW_ISSUER,
                         option=option, problem=problem) from None
    if identity.role != "body":
        raise TrustError("{option} is the identity of a {role}, not of a credential body.",
                         "Give the identity file of the body that issues the credentials.",
                         option=option, role=role_words(identity.role))
    return Anchor(did_key(identity.signing_key), identity.name, identity.fingerprint, "given with --issuer")


class StatusListMemory:
    """The newest validly signed status list seen per issuer and list, kept in the home."""

    def __init__(self, home_root: Path) -> None:
        self.folder = Path(home_root) / "status-lists"

    def _path(self, issuer_did: str, list_id: str) -> Path:
        return self.folder / (hashlib.sha256(f"{issuer_did}\n{list_id}".encode()).hexdigest()[:32] + ".json")

    def recall(self, issuer_did: str, list_id: str) -> dict | None:
        try:
            return loads_strict(self._path(issuer_did, list_id).read_bytes())
        except (OSError, StrictJsonError):
            return None  # nothing remembered, or a damaged copy: it is checked again anyway

    def remember(self, issuer: str, status_list: dict) -> None:
        """Keep `status_list` (already known to be `issuer`'s) unless a later one is kept."""
        list_id = str(status_list.get("id"))
        kept = self.recall(issuer, list_id)
        try:
            if kept and _issued(kept) > _issued(status_list):
                return
        except CredentialInvalid:
            pass  # a damaged copy is replaced
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self._path(issuer, list_id), json.dumps(status_list, indent=2).encode(), mode=0o600)


def verify_file(path: Path, anchors: list[Anchor], status_path: Path | None = None, check_status: bool = True,
                memory: StatusListMemory | None = None, clock: Clock = utc_now) -> Verification:
    """Check a credential offline. With anchors, its issuer must be one of them; without,
    only its integrity is checked (the caller says so). The status list defaults to
    status-list.json beside the file; a missing list is refused unless `check_status` is off."""
    now = clock()
    try:
        credential = check_credential(loads_strict(_read(Path(path), MAX_CREDENTIAL_BYTES, template("credential"))), now)
    except StrictJsonError as problem:
        raise ExamStationError("{path} is not a credential file: {problem}.", "Check the file.",
                               path=path, problem=problem) from None
    except CredentialUnsupported as problem:
        raise ExamStationError("The credential cannot be checked here: {problem}.",
                               "Use a verifier that supports it, or ask the issuer for an eddsa-jcs-2022 copy.",
                               problem=problem) \
            from None
    except CredentialInvalid as problem:
        raise ExamStationError("The credential is NOT valid: {problem}.", REFUSE, problem=problem) from None
    anchor = _trusted(credential, anchors)
    if not check_status:
        return Verification(credential, anchor, "NOT checked (--no-status)")
    if credential.status is None:
        return Verification(credential, anchor, "no status entry (the issuer cannot revoke it)")
    memory = memory if anchor else None  # only lists of a trusted issuer are worth remembering
    return Verification(credential, anchor, _status(credential, credential.status, Path(path), status_path,
                                                     memory, now))


def _trusted(credential: CheckedCredential, anchors: list[Anchor]) -> Anchor | None:
    if not anchors:
        return None
    for anchor in anchors:
        if anchor.did == credential.issuer_did:
            return anchor
    claimed = credential.issuer_name or "no name"
    same_name = [a for a in anchors if a.name and a.name == credential.issuer_name]
    if same_name:
        reason = (f"it names '{claimed}' as issuer but is not signed by the key of the '{claimed}' this home trusts "
                  f"({same_name[0].fingerprint or same_name[0].did}): it is forged, or from another body of that name")
    else:
        reason = (f"its issuer {credential.issuer_did} ('{claimed}') is not a body this home trusts "
                  f"({', '.join(repr(a.name or a.did) for a in anchors)})")
    raise ExamStationError("The credential is NOT valid: {reason}.",
                           "Do not accept it; if the issuer is genuine, get its identity file, confirm its "
                           "fingerprint by phone and give --issuer FILE.", reason=reason)


def _status(credential: CheckedCredential, entry: StatusEntry, path: Path, status_path: Path | None,
            memory: StatusListMemory | None, now: datetime) -> str:
    given_doc = _given_list(path, status_path)
    remembered_doc = memory.recall(credential.issuer_did, entry.list_id) if memory else None
    if given_doc is None and remembered_doc is None:
        raise ExamStationError("No status list for the credential (looked for {file}).",
                               "Give --status-list FILE (the issuer publishes it), or --no-status to skip the "
                               "revocation check.", file=path.with_name(STATUS_FILE))
    try:
        given = check_status_list(given_doc, entry, credential.issuer_did) if given_doc is not None else None
    except CredentialInvalid as problem:
        raise ExamStationError("The credential is NOT valid: {problem}.", REFUSE, problem=problem) from None
    remembered = _still_valid(remembered_doc, entry, credential.issuer_did)
    if memory and given and given_doc is not None:
        memory.remember(credential.issuer_did, given_doc)  # before any refusal: a revoking list matters most
    seen = [checked for checked in (given, remembered) if checked is not None]
    revoked = [checked for checked in seen if checked.revoked]
    if revoked:
        raise ExamStationError("The credential is NOT valid: it has been revoked by its issuer (status list of "
                               "{day}).", REFUSE, day=_day(revoked[0].valid_from))
    newest = max(seen, key=lambda checked: checked.valid_from)
    if now > newest.valid_until:
        raise ExamStationError("The issuer's status list expired on {day}, so it cannot show "
                               "that the credential is still unrevoked.",
                               "Get the current status list from the issuer (the body publishes it with "
                               "`examstation credential status`).", day=_day(newest.valid_until))
    if now + CLOCK_SKEW < newest.valid_from:
        raise ExamStationError("The status list is dated {day}, later than this computer's "
                               "clock.", "Check the clock, then verify again.", day=_day(newest.valid_from))
    text = f"not revoked, per the issuer's status list of {_day(newest.valid_from)} (current until " \
           f"{_day(newest.valid_until)})"
    if given and newest is not given and given.valid_from < newest.valid_from:
        text += f"; the list given, of {_day(given.valid_from)}, is superseded by a newer one this home has seen"
    return text


def _given_list(path: Path, status_path: Path | None) -> dict | None:
    target = status_path or path.with_name(STATUS_FILE)
    if status_path is None and not target.is_file():
        return None
    try:
        return loads_strict(_read(target, MAX_STATUS_FILE_BYTES, template("status list")))
    except StrictJsonError as problem:
        raise ExamStationError("The status list {target} is not readable JSON: {problem}.",
                               "Get it again from the issuer.", target=target, problem=problem) from None


def _still_valid(document: dict | None, entry: StatusEntry, issuer_did: str) -> CheckedStatusList | None:
    if document is None:
        return None
    try:
        return check_status_list(document, entry, issuer_did)
    except CredentialInvalid:
        return None  # a damaged copy in the home proves nothing either way


def _issued(status_list: dict) -> datetime:
    return date_field(status_list, "validFrom", "status list", True)


def _read(path: Path, limit: int, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise ExamStationError("The {what} {path} cannot be read ({why}).", "Check the path.",
                               what=what, path=path, why=system_words(error)) from None
    if len(data) > limit:
        raise ExamStationError("The {what} {path} is larger than {limit} KiB: it is not one.",
                               "Check the file.", what=what, path=path, limit=limit // 1024)
    return data


def _day(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
