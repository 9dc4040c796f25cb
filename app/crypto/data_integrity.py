"""W3C Data Integrity proofs with the eddsa-jcs-2022 cryptosuite, and did:key identifiers
for Ed25519 keys: how the body signs credentials so anyone can check them offline."""

from __future__ import annotations

from typing import Any

import base58
import jcs

from app.crypto import primitives as p

ED25519_MULTICODEC = b"\xed\x01"
CRYPTOSUITE = "eddsa-jcs-2022"


def did_key(public_key: bytes) -> str:
    """did:key for an Ed25519 public key (multicodec 0xed01, base58btc multibase)."""
    return "did:key:z" + base58.b58encode(ED25519_MULTICODEC + public_key).decode("ascii")


def public_key_of(did: str) -> bytes:
    """The Ed25519 public key inside a did:key (or did:key#fragment); ValueError otherwise."""
    core = did.split("#", 1)[0]
    if not core.startswith("did:key:z"):
        raise ValueError("not a did:key")
    raw = base58.b58decode(core[len("did:key:z"):])
    if raw[:2] != ED25519_MULTICODEC or len(raw) != 34:
        raise ValueError("not an Ed25519 did:key")
    return raw[2:]


def verification_method(public_key: bytes) -> str:
    did = did_key(public_key)
    return f"{did}#{did[len('did:key:'):]}"


def _hash_data(document: dict, proof_options: dict) -> bytes:
    return p.sha256(jcs.canonicalize(proof_options)) + p.sha256(jcs.canonicalize(document))


def add_proof(document: dict, signing_private: bytes, created: str) -> dict:
    """A copy of `document` with a DataIntegrityProof over its JCS form."""
    public = p.signing_public(signing_private)
    options = {"type": "DataIntegrityProof", "cryptosuite": CRYPTOSUITE, "created": created,
               "verificationMethod": verification_method(public), "proofPurpose": "assertionMethod",
               "@context": document["@context"]}
    signature = p.sign(signing_private, _hash_data(document, options))
    proof = {k: v for k, v in options.items() if k != "@context"}
    proof["proofValue"] = "z" + base58.b58encode(signature).decode("ascii")
    return {**document, "proof": proof}


def check_proof(signed: dict) -> tuple[bool, str]:
    """(valid, the signer's did:key). Invalid for any change to the document or the proof."""
    try:
        proof = dict(signed["proof"])
        value = proof.pop("proofValue")
        if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE \
                or not value.startswith("z"):
            return False, ""
        public = public_key_of(proof["verificationMethod"])
        document = {k: v for k, v in signed.items() if k != "proof"}
        options = {**proof, "@context": document["@context"]}
        signature = base58.b58decode(value[1:])
    except (KeyError, TypeError, ValueError, AttributeError):
        return False, ""
    did = did_key(public)
    return p.signature_valid(public, signature, _hash_data(document, options)), did


def canonical(document: Any) -> bytes:
    return jcs.canonicalize(document)
