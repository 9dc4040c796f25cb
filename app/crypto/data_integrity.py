"""W3C Data Integrity proofs with the eddsa-jcs-2022 cryptosuite (Data Integrity EdDSA
Cryptosuites v1.0), and did:key identifiers for Ed25519 keys: how the body signs credentials
so anyone can check them offline, with any conforming verifier."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import base58
import jcs

from app.crypto import primitives as p

ED25519_MULTICODEC = b"\xed\x01"
PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-jcs-2022"
PURPOSE = "assertionMethod"


class ProofInvalid(ValueError):
    """The proof cannot be checked or does not hold; `str()` says why (a sentence fragment)."""


class UnsupportedProof(ProofInvalid):
    """A proof type or cryptosuite this program does not implement: not evidence of tampering."""


@dataclass(frozen=True)
class VerifiedProof:
    signer: str    # did:key of the Ed25519 key whose signature holds
    legacy: bool   # ExamStation's earlier shape: the proof did not carry the @context it was made with


def did_key(public_key: bytes) -> str:
    """did:key for an Ed25519 public key (multicodec 0xed01, base58btc multibase)."""
    return "did:key:" + multikey(public_key)


def multikey(public_key: bytes) -> str:
    """The Multikey `publicKeyMultibase` form of an Ed25519 public key: z + base58btc(0xed01 || key)."""
    return "z" + base58.b58encode(ED25519_MULTICODEC + public_key).decode("ascii")


def multikey_public(text: str) -> bytes:
    """The Ed25519 key inside a `publicKeyMultibase` value; ValueError for anything else."""
    if not isinstance(text, str) or not text.startswith("z"):
        raise ValueError("not a base58btc multibase key")
    raw = base58.b58decode(text[1:])
    if raw[:2] != ED25519_MULTICODEC or len(raw) != 34:
        raise ValueError("not an Ed25519 multikey")
    return raw[2:]


def public_key_of(did: str) -> bytes:
    """The Ed25519 public key inside a did:key (or did:key#fragment); ValueError otherwise."""
    if not isinstance(did, str):
        raise ValueError("not a did:key")
    core = did.split("#", 1)[0]
    if not core.startswith("did:key:z"):
        raise ValueError("not a did:key")
    return multikey_public(core[len("did:key:"):])


def verification_method(public_key: bytes) -> str:
    did = did_key(public_key)
    return f"{did}#{did[len('did:key:'):]}"


def _hash_data(document: dict, proof_config: dict) -> bytes:
    """vc-di-eddsa 3.3.4: SHA-256 of the canonical proof configuration, then of the document."""
    return p.sha256(jcs.canonicalize(proof_config)) + p.sha256(jcs.canonicalize(document))


def add_proof(document: dict, signing_private: bytes, created: str) -> dict:
    """A copy of `document` with an eddsa-jcs-2022 proof (vc-di-eddsa v1.0, 3.3.1 Create Proof):
    the proof carries the document's @context, and that proof (less proofValue) is what is hashed."""
    proof: dict[str, Any] = {"type": PROOF_TYPE, "cryptosuite": CRYPTOSUITE, "created": created,
                             "verificationMethod": verification_method(p.signing_public(signing_private)),
                             "proofPurpose": PURPOSE}
    if "@context" in document:
        proof["@context"] = document["@context"]
    signature = p.sign(signing_private, _hash_data(document, proof))
    return {**document, "proof": {**proof, "proofValue": "z" + base58.b58encode(signature).decode("ascii")}}


def verify_proof(secured: Any, key_of: Callable[[str], bytes] = public_key_of) -> VerifiedProof:
    """vc-di-eddsa v1.0, 3.3.2 Verify Proof for eddsa-jcs-2022; ProofInvalid says what fails.

    `key_of` retrieves the Ed25519 key of a verification method (default: did:key only).
    A proof without @context over a document with one is ExamStation's earlier shape, made
    before the proof carried its @context: its proof configuration was hashed with the
    document's @context added, so that is how it is checked (docs/formats.md, section 6)."""
    if not isinstance(secured, dict):
        raise ProofInvalid("it is not a JSON object")
    proof = secured.get("proof")
    if isinstance(proof, list):
        raise UnsupportedProof("it carries a set of several proofs, which ExamStation does not check")
    if not isinstance(proof, dict):
        raise ProofInvalid("it carries no proof")
    _check_suite(proof)
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    unsecured = {k: v for k, v in secured.items() if k != "proof"}
    legacy = "@context" not in options and "@context" in unsecured
    if legacy:
        options["@context"] = unsecured["@context"]
    elif "@context" in options:
        if not _starts_with(unsecured.get("@context"), options["@context"]):
            raise ProofInvalid("the proof's @context is not the start of the document's @context")
        unsecured["@context"] = options["@context"]
    signature = _signature(proof.get("proofValue"))
    method = options.get("verificationMethod")
    try:
        if not isinstance(method, str):
            raise TypeError("a verification method is a string")
        public = key_of(method)
    except (ValueError, TypeError):
        raise UnsupportedProof(f"its verification method {str(options.get('verificationMethod'))[:80]!r} is not a "
                               "did:key ExamStation can resolve offline") from None
    try:
        hashed = _hash_data(unsecured, options)
    except (TypeError, ValueError):  # e.g. a number JCS cannot write
        raise ProofInvalid("it holds a value that has no canonical JSON form") from None
    if not p.signature_valid(public, signature, hashed):
        raise ProofInvalid("the signature does not match: it was altered or not signed by the key it names")
    return VerifiedProof(did_key(public), legacy)


def _check_suite(proof: dict) -> None:
    kind, suite = proof.get("type"), proof.get("cryptosuite")
    if kind != PROOF_TYPE:
        raise UnsupportedProof(f"its proof type {str(kind)[:60]!r} is not supported (only {PROOF_TYPE} "
                               f"with {CRYPTOSUITE})")
    if suite != CRYPTOSUITE:
        raise UnsupportedProof(f"it is signed with the cryptosuite {str(suite)[:60]!r}, which ExamStation does not "
                               f"support (it checks {CRYPTOSUITE} only)")
    if proof.get("proofPurpose") != PURPOSE:
        raise ProofInvalid(f"its proof purpose is {str(proof.get('proofPurpose'))[:60]!r}, not {PURPOSE}")


def _signature(value: Any) -> bytes:
    try:
        if not isinstance(value, str) or not value.startswith("z"):
            raise ValueError("not base58btc")
        signature = base58.b58decode(value[1:])
    except ValueError:
        raise ProofInvalid("its proofValue is not a base58btc multibase value") from None
    if len(signature) != 64:
        raise ProofInvalid("its proofValue is not an Ed25519 signature (64 bytes)")
    return signature


def _starts_with(document_context: Any, proof_context: Any) -> bool:
    """vc-di-eddsa 3.3.2 step 4.1: the document's @context begins with the proof's, in order."""
    as_list = lambda c: c if isinstance(c, list) else [c]  # noqa: E731 - a single context is a list of one
    whole, start = as_list(document_context), as_list(proof_context)
    return document_context is not None and whole[:len(start)] == start
