"""Open Badges 3.0 `OpenBadgeCredential`s and the W3C Bitstring Status List that revokes them.
Proof: Data Integrity, eddsa-jcs-2022, issuer and key as did:key (docs/formats.md, "Credentials")."""

from __future__ import annotations

import base64
import gzip
from dataclasses import dataclass
from datetime import datetime

from app.crypto.data_integrity import add_proof, check_proof, did_key
from app.crypto.identity import RoleKeys
from app.domain.exam import Exam

CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
STATUS_CONTEXT = ["https://www.w3.org/ns/credentials/v2"]
STATUS_BITS = 131_072  # the spec's minimum list size (16 KiB), so one entry does not single anyone out


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
    result = {"id": f"urn:examstation:achievement:{exam.credential.id}", "type": ["Achievement"],
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


def build_status_list(url: str, revoked: set[int], body: RoleKeys, now: datetime) -> dict:
    bits = bytearray(STATUS_BITS // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)  # the first index is the left-most bit
    encoded = "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).decode().rstrip("=")
    document = {"@context": STATUS_CONTEXT, "id": url, "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                "issuer": did_key(body.identity.signing_key), "validFrom": _iso(now),
                "credentialSubject": {"id": f"{url}#list", "type": "BitstringStatusList",
                                      "statusPurpose": "revocation", "encodedList": encoded}}
    return add_proof(document, body.signing_private, _iso(now))


def is_revoked(status_list: dict, index: int) -> bool:
    encoded = status_list["credentialSubject"]["encodedList"]
    if not encoded.startswith("u"):
        raise ValueError("encodedList is not base64url multibase")
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    if index >= len(bits) * 8:
        raise ValueError("index outside the list")
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def verify_credential(credential: dict, status_list: dict | None, now: datetime) -> tuple[bool, str]:
    """(valid, reason): signature, dates, and revocation status when the list is given."""
    valid, signer = check_proof(credential)
    if not valid:
        return False, "the signature does not match: the credential was altered or not signed by its issuer"
    issuer = credential.get("issuer", {})
    if (issuer.get("id") if isinstance(issuer, dict) else issuer) != signer:
        return False, "the signer is not the issuer named in the credential"
    try:
        start = datetime.fromisoformat(credential["validFrom"].replace("Z", "+00:00"))
        end = credential.get("validUntil")
        end = datetime.fromisoformat(end.replace("Z", "+00:00")) if end else None
    except (KeyError, AttributeError, ValueError):
        return False, "the credential's dates are malformed"
    if now < start:
        return False, f"the credential is not valid until {credential['validFrom']}"
    if end and now > end:
        return False, f"the credential expired on {credential['validUntil']}"
    status = credential.get("credentialStatus")
    if status and status_list is not None:
        list_valid, list_signer = check_proof(status_list)
        if not list_valid or list_signer != signer or status_list.get("id") != status.get("statusListCredential"):
            return False, "the status list is not the issuer's, or was altered"
        try:
            if is_revoked(status_list, int(status["statusListIndex"])):
                return False, "the credential has been revoked by its issuer"
        except (KeyError, ValueError, OSError, EOFError):
            return False, "the status list is malformed"
    return True, "signature, dates and status are valid" if status_list is not None else \
        "signature and dates are valid (status not checked: no status list given)"
