"""Open Badges 3.0 `OpenBadgeCredential`s and the W3C Bitstring Status List that revokes them.
Proof: Data Integrity, eddsa-jcs-2022, issuer and key as did:key (docs/formats.md, "Credentials")."""

from __future__ import annotations

import base64
import gzip
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, overload

from app.crypto.data_integrity import ProofInvalid, UnsupportedProof, add_proof, did_key, verify_proof
from app.crypto.identity import RoleKeys
from app.domain.exam import Exam

CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
STATUS_CONTEXT = ["https://www.w3.org/ns/credentials/v2"]
STATUS_BITS = 131_072  # the spec's minimum list size (16 KiB), so one entry does not single anyone out
MAX_STATUS_BYTES = 2 * 1024 * 1024  # a list read back may be larger than ours, never a decompression bomb
STATUS_LIFETIME = timedelta(days=30)  # how long a published list counts as current (validUntil)


@dataclass(frozen=True)
class Award:
    credential_id: str        # urn:uuid:...
    candidate_name: str
    candidate_number: str
    center_name: str
    awarded: datetime
    status_index: int
    status_list_url: str
    valid_until: datetime | None = None


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def achievement(exam: Exam, issuer: dict) -> dict:
    """The micro-credential itself; an add-on names the credentials it builds on."""
    criteria = (f"Passed the {exam.title} assessment (version {exam.version}) under the rule "
                f"'{exam.scoring.composite}'.")
    if exam.prerequisites:
        criteria += " Requires: " + ", ".join(c.name for c in exam.prerequisites) + "."
    result: dict[str, Any] = {"id": f"urn:examstation:achievement:{exam.credential.id}", "type": ["Achievement"],
              "name": exam.credential.name,
              "description": exam.credential.description or exam.credential.name,
              "criteria": {"narrative": criteria}, "achievementType": "Certificate", "creator": issuer}
    if exam.prerequisites:
        result["related"] = [{"id": f"urn:examstation:achievement:{c.id}", "type": ["Related"],
                              "name": c.name} for c in exam.prerequisites]
    return result


def build_credential(exam: Exam, award: Award, body: RoleKeys) -> dict:
    issuer = {"id": did_key(body.identity.signing_key), "type": ["Profile"], "name": body.name}
    document = {
        "@context": CONTEXTS,
        "id": award.credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": exam.credential.name,
        "issuer": issuer,
        "validFrom": _iso(award.awarded),
        "issuanceDate": _iso(award.awarded),  # OB 3.0 schema field, kept beside VC 2.0's validFrom
        "awardedDate": _iso(award.awarded),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "hashed": False, "identityHash": award.candidate_number,
                            "identityType": "identifier"}],
            "achievement": achievement(exam, issuer),
        },
        "credentialStatus": {
            "id": f"{award.status_list_url}#{award.status_index}", "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation", "statusListIndex": str(award.status_index),
            "statusListCredential": award.status_list_url,
        },
        "evidence": [{"type": ["Evidence"], "name": f"Assessed at {award.center_name}",
                      "narrative": f"Candidate {award.candidate_name} ({award.candidate_number})."}],
    }
    if award.valid_until:
        document["validUntil"] = _iso(award.valid_until)
        document["expirationDate"] = _iso(award.valid_until)
    return add_proof(document, body.signing_private, _iso(award.awarded))


def build_status_list(url: str, revoked: set[int], body: RoleKeys, now: datetime,
                      lifetime: timedelta = STATUS_LIFETIME) -> dict:
    """The signed list, current from `now` for `lifetime`: a verifier refuses it after that, so a
    revocation reaches every verifier within one lifetime even if an older list is shown to them."""
    bits = bytearray(STATUS_BITS // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)  # the first index is the left-most bit
    encoded = "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode().rstrip("=")
    document = {"@context": STATUS_CONTEXT, "id": url, "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                "issuer": did_key(body.identity.signing_key), "validFrom": _iso(now),
                "validUntil": _iso(now + lifetime),
                "credentialSubject": {"id": f"{url}#list", "type": "BitstringStatusList",
                                      "statusPurpose": "revocation", "encodedList": encoded}}
    return add_proof(document, body.signing_private, _iso(now))


class CredentialInvalid(ValueError):
    """A credential or status list that must not be accepted; `str()` says why (a sentence fragment)."""


class CredentialUnsupported(CredentialInvalid):
    """Signed in a way ExamStation cannot check (another cryptosuite): unknown, not shown altered."""


@dataclass(frozen=True)
class StatusEntry:
    list_id: str
    index: int


@dataclass(frozen=True)
class CheckedCredential:
    """What a credential says about itself once its proof, issuer and dates hold."""
    credential_id: str
    issuer_did: str
    issuer_name: str
    legacy_proof: bool
    status: StatusEntry | None


@dataclass(frozen=True)
class CheckedStatusList:
    list_id: str
    valid_from: datetime
    valid_until: datetime
    revoked: bool  # the bit of the credential it was checked for


def check_credential(credential: Any, now: datetime) -> CheckedCredential:
    """Proof, signer = named issuer, and dates; CredentialInvalid says what does not hold
    (CredentialUnsupported: a proof ExamStation cannot check). Whether the issuer is
    trusted is the caller's question."""
    try:
        proof = verify_proof(credential)
    except UnsupportedProof as problem:
        raise CredentialUnsupported(str(problem)) from None
    except ProofInvalid as problem:
        raise CredentialInvalid(str(problem)) from None
    issuer = credential.get("issuer")
    if _issuer_id(issuer) != proof.signer:
        raise CredentialInvalid("the signer is not the issuer named in the credential")
    start, end = (date_field(credential, "validFrom", "credential", True),
                  date_field(credential, "validUntil", "credential", False))
    if now < start:
        raise CredentialInvalid(f"the credential is not valid until {credential['validFrom']}")
    if end and now > end:
        raise CredentialInvalid(f"the credential expired on {credential['validUntil']}")
    name = issuer.get("name") if isinstance(issuer, dict) else None
    return CheckedCredential(str(credential.get("id", "")), proof.signer, name if isinstance(name, str) else "",
                             proof.legacy, _status_entry(credential.get("credentialStatus")))


def _status_entry(status: Any) -> StatusEntry | None:
    if status is None:
        return None
    try:
        if status["type"] != "BitstringStatusListEntry" or status["statusPurpose"] != "revocation":
            raise ValueError("kind")
        index, list_id = status["statusListIndex"], status["statusListCredential"]
        if not (isinstance(index, str) and index.isascii() and index.isdigit()) or not isinstance(list_id, str):
            raise ValueError("index")
        return StatusEntry(list_id, int(index))  # ValueError past Python's digit limit too
    except (KeyError, TypeError, ValueError):
        raise CredentialInvalid("its credentialStatus is not a revocation BitstringStatusListEntry") from None


def _issuer_id(issuer: Any) -> Any:
    """VC 2.0: the issuer is its id, or an object with an id."""
    return issuer.get("id") if isinstance(issuer, dict) else issuer


def check_status_list(status_list: Any, entry: StatusEntry, issuer_did: str) -> CheckedStatusList:
    """The list's proof, that `issuer_did` signed it, that it is the list the entry names, and
    the entry's bit. Whether the list is current is for the caller (it may know a newer one)."""
    try:
        signer = verify_proof(status_list).signer
    except ProofInvalid as problem:
        raise CredentialInvalid(f"the status list cannot be trusted: {problem}") from None
    if signer != issuer_did or _issuer_id(status_list.get("issuer")) != issuer_did:
        raise CredentialInvalid(f"the status list is signed by {signer}, not by the credential's issuer")
    if status_list.get("id") != entry.list_id:
        raise CredentialInvalid("the status list is not the one the credential points to")
    subject = status_list.get("credentialSubject")
    if not isinstance(subject, dict) or subject.get("statusPurpose") != "revocation":
        raise CredentialInvalid("the status list is not a revocation list")
    if "validUntil" not in status_list:
        raise CredentialInvalid("the status list has no validUntil (it was published before lists expired)")
    return CheckedStatusList(entry.list_id, date_field(status_list, "validFrom", "status list", True),
                             date_field(status_list, "validUntil", "status list", True), _bit(subject, entry.index))


def _bit(subject: dict, index: int) -> bool:
    encoded = subject.get("encodedList")
    try:
        if not isinstance(encoded, str) or not encoded.startswith("u"):
            raise ValueError("not base64url multibase")
        packed = base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4))
        inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)  # GZIP, bounded: never more than the cap
        bits = inflate.decompress(packed, MAX_STATUS_BYTES + 1)
    except (ValueError, zlib.error):
        raise CredentialInvalid("the status list's encodedList is not GZIP in base64url") from None
    if len(bits) > MAX_STATUS_BYTES:
        raise CredentialInvalid(f"the status list is larger than {MAX_STATUS_BYTES // 1024 // 1024} MiB")
    if index >= len(bits) * 8:
        raise CredentialInvalid("the credential's index lies outside the status list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


@overload
def date_field(document: dict, field: str, what: str, required: Literal[True]) -> datetime: ...


@overload
def date_field(document: dict, field: str, what: str, required: bool) -> datetime | None: ...


def date_field(document: dict, field: str, what: str, required: bool) -> datetime | None:
    """An XML Schema dateTimeStamp (a time zone is required, so times compare across zones);
    CredentialInvalid names the field of the `what` ("credential", "status list") otherwise."""
    text = document.get(field)
    if text is None and not required:
        return None
    try:
        if not isinstance(text, str):
            raise ValueError("missing, or not text")
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            raise ValueError("no zone")
    except ValueError:
        raise CredentialInvalid(f"the {what}'s {field} is missing or not a date with a time zone") from None
    return moment
