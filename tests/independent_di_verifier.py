"""A test-only verifier of eddsa-jcs-2022 Data Integrity proofs, written from the W3C
specification and sharing no code with app/: it is how the tests show that the credentials
ExamStation issues verify for anyone, not only for ExamStation.

It follows *Data Integrity EdDSA Cryptosuites v1.0* (https://www.w3.org/TR/vc-di-eddsa/),
section 3.3 "eddsa-jcs-2022", step by step: 3.3.2 Verify Proof, 3.3.3 Transformation,
3.3.4 Hashing, 3.3.5 Proof Configuration, 3.3.6 Proof Verification. RFC 8785 comes from the
`rfc8785` package (ExamStation uses `jcs`), SHA-256 from hashlib, Ed25519 from `cryptography`,
and multibase base58btc from the few lines below (ExamStation uses `base58`).
"""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any, Callable

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

BASE58_BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# XML Schema dateTimeStamp: a date and time with a required zone.
DATE_TIME_STAMP = re.compile(r"^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


class VerificationError(Exception):
    """The spec's PROOF_VERIFICATION_ERROR / TRANSFORMATION_ERROR / PROOF_GENERATION_ERROR."""


def base58btc_decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + BASE58_BTC.index(char)  # ValueError on a character outside the alphabet
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    leading_zeros = len(text) - len(text.lstrip("1"))
    return b"\x00" * leading_zeros + body


def multibase_decode(value: str) -> bytes:
    if not value.startswith("z"):
        raise VerificationError("only the base58btc multibase header 'z' is defined for this suite")
    return base58btc_decode(value[1:])


def ed25519_multikey(public_key_multibase: str) -> bytes:
    """Section 2.1.1 Multikey: 0xed01 followed by the 32-byte public key, base58btc."""
    decoded = multibase_decode(public_key_multibase)
    if decoded[:2] != b"\xed\x01" or len(decoded) != 34:
        raise VerificationError("not an Ed25519 Multikey")
    return decoded[2:]


def resolve_did_key(verification_method: str) -> bytes:
    """did:key method: the key is the method-specific identifier itself."""
    did = verification_method.split("#")[0]
    if not did.startswith("did:key:"):
        raise VerificationError(f"cannot resolve {verification_method} offline")
    return ed25519_multikey(did[len("did:key:"):])


def transformation(unsecured_document: dict, options: dict) -> bytes:
    """3.3.3 Transformation (eddsa-jcs-2022)."""
    if options.get("type") != "DataIntegrityProof" or options.get("cryptosuite") != "eddsa-jcs-2022":
        raise VerificationError("TRANSFORMATION_ERROR")
    return rfc8785.dumps(unsecured_document)


def proof_configuration(options: dict) -> bytes:
    """3.3.5 Proof Configuration (eddsa-jcs-2022)."""
    proof_config = copy.deepcopy(options)
    if proof_config.get("type") != "DataIntegrityProof" or proof_config.get("cryptosuite") != "eddsa-jcs-2022":
        raise VerificationError("PROOF_GENERATION_ERROR")
    created = proof_config.get("created")
    if created is not None and not (isinstance(created, str) and DATE_TIME_STAMP.match(created)):
        raise VerificationError("PROOF_GENERATION_ERROR: created is not a dateTimeStamp")
    return rfc8785.dumps(proof_config)


def hashing(transformed_document: bytes, canonical_proof_config: bytes) -> bytes:
    """3.3.4 Hashing: SHA-256 of the proof configuration, then SHA-256 of the document."""
    return hashlib.sha256(canonical_proof_config).digest() + hashlib.sha256(transformed_document).digest()


def proof_verification(hash_data: bytes, proof_bytes: bytes, options: dict,
                       resolve: Callable[[str], bytes]) -> bool:
    """3.3.6 Proof Verification: Ed25519 (RFC 8032) over hashData with the method's key."""
    public_key = Ed25519PublicKey.from_public_bytes(resolve(options["verificationMethod"]))
    try:
        public_key.verify(proof_bytes, hash_data)
    except InvalidSignature:
        return False
    return True


def verify_proof(secured_document: dict, resolve: Callable[[str], bytes] = resolve_did_key,
                 expected_proof_purpose: str = "assertionMethod") -> dict[str, Any]:
    """3.3.2 Verify Proof (eddsa-jcs-2022). Returns {"verified", "verifiedDocument"}."""
    proof = secured_document["proof"]
    # Data Integrity's generic checks before the suite runs: type, method and purpose present, purpose expected.
    if any(k not in proof for k in ("type", "verificationMethod", "proofPurpose")):
        raise VerificationError("PROOF_VERIFICATION_ERROR: missing proof properties")
    if proof["proofPurpose"] != expected_proof_purpose:
        raise VerificationError("PROOF_VERIFICATION_ERROR: unexpected proof purpose")
    # 1. unsecuredDocument: a copy of securedDocument with the proof removed.
    unsecured_document = {k: copy.deepcopy(v) for k, v in secured_document.items() if k != "proof"}
    # 2. proofOptions: a copy of the proof with proofValue removed.
    proof_options = {k: copy.deepcopy(v) for k, v in proof.items() if k != "proofValue"}
    # 3. proofBytes: the multibase-decoded proofValue.
    proof_bytes = multibase_decode(proof["proofValue"])
    # 4. When the proof carries an @context, the document's @context must start with it, in order ...
    if "@context" in proof_options:
        proof_context = proof_options["@context"]
        proof_context = proof_context if isinstance(proof_context, list) else [proof_context]
        document_context = secured_document.get("@context")
        document_context = document_context if isinstance(document_context, list) else [document_context]
        if document_context[:len(proof_context)] != proof_context:
            return {"verified": False, "verifiedDocument": None}
        # ... and that @context is the unsecured document's.
        unsecured_document["@context"] = proof_options["@context"]
    # 5. transformedData; 6. proofConfig; 7. hashData.
    transformed_data = transformation(unsecured_document, proof_options)
    proof_config = proof_configuration(proof_options)
    hash_data = hashing(transformed_data, proof_config)
    # 8. verified: the signature check.
    verified = proof_verification(hash_data, proof_bytes, proof_options, resolve)
    # 9. The result.
    return {"verified": verified, "verifiedDocument": unsecured_document if verified else None}
