"""Data Integrity proofs (eddsa-jcs-2022) as the W3C specifies them: the W3C test vector
passes both ExamStation's verifier and an independent one written from the specification;
the proofs ExamStation makes pass the independent one; strict JSON for signed documents."""

from __future__ import annotations

import base64
import copy
import gzip
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import primitives as p
from app.crypto.data_integrity import (ProofInvalid, UnsupportedProof, add_proof, did_key, multikey_public,
                                       public_key_of, verify_proof)
from app.domain.errors import ExamStationError
from app.domain.strict_json import StrictJsonError, loads_strict
from app.services.credential_check import Anchor, verify_file
from tests import independent_di_verifier as independent

DATA = Path(__file__).parent / "data"
VECTOR = json.loads((DATA / "w3c_eddsa_jcs_2022_signedJCS.json").read_text(encoding="utf-8"))
VECTOR_KEY = independent.ed25519_multikey(
    json.loads((DATA / "w3c_eddsa_keyPair.json").read_text(encoding="utf-8"))["publicKeyMultibase"])
# Published beside the vector (TestVectors/eddsa-jcs-2022/sigHexJCS.txt and docHashJCS.txt).
VECTOR_SIGNATURE_HEX = ("fc91dec6565f35fbe185a77352e7fc512f95d1904da305cfef32ab8135469301"
                        "f5a72d4e7a58368fc6ffc497b44633993bac054e3bc1436e3c846db8f1544503")
VECTOR_DOCUMENT_HASH_HEX = "59b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19"
SIGNING_KEY = p.sha256(b"examstation test credential signer")


def _vector_key(method: str) -> bytes:
    """The vector's verification method is an https URL whose fragment is the Multikey."""
    assert method == "https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
    return multikey_public(method.split("#", 1)[1])


def test_the_w3c_vector_verifies_under_both_verifiers() -> None:
    assert multikey_public(VECTOR["proof"]["verificationMethod"].split("#")[1]) == VECTOR_KEY
    result = independent.verify_proof(VECTOR, lambda _method: VECTOR_KEY)
    assert result["verified"] and "proof" not in result["verifiedDocument"]
    assert not verify_proof(VECTOR, _vector_key).legacy
    # The intermediate values the vector publishes, recomputed step by step.
    unsecured = {k: v for k, v in VECTOR.items() if k != "proof"}
    options = {k: v for k, v in VECTOR["proof"].items() if k != "proofValue"}
    transformed = independent.transformation(unsecured, options)
    assert independent.hashing(transformed, b"")[32:].hex() == VECTOR_DOCUMENT_HASH_HEX
    assert independent.multibase_decode(VECTOR["proof"]["proofValue"]).hex() == VECTOR_SIGNATURE_HEX


@pytest.mark.parametrize("change", ["document", "proof context", "document context", "created"])
def test_the_w3c_vector_altered_fails_under_both_verifiers(change: str) -> None:
    altered = copy.deepcopy(VECTOR)
    if change == "document":
        altered["credentialSubject"]["alumniOf"] = "The School of Forgery"
    elif change == "proof context":
        altered["proof"]["@context"] = altered["proof"]["@context"][:1]
    elif change == "document context":
        altered["@context"] = altered["@context"][::-1]
    else:
        altered["proof"]["created"] = "2023-02-24T23:36:39Z"
    assert not independent.verify_proof(altered, lambda _method: VECTOR_KEY)["verified"]
    with pytest.raises(ProofInvalid):
        verify_proof(altered, _vector_key)


def test_the_earlier_shape_is_exactly_a_proof_without_its_context() -> None:
    """Our earlier proofs hashed the document's @context into the options but did not write it
    out. Checking that shape therefore accepts nothing the W3C algorithm would refuse: it is
    the W3C check of the same document with the proof's @context put back."""
    stripped = copy.deepcopy(VECTOR)
    del stripped["proof"]["@context"]
    assert verify_proof(stripped, _vector_key).legacy
    assert not independent.verify_proof(stripped, lambda _method: VECTOR_KEY)["verified"]


def _signed(document: dict | None = None) -> dict:
    document = document or {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:1",
                            "type": ["VerifiableCredential"], "issuer": did_key(p.signing_public(SIGNING_KEY)),
                            "validFrom": "2025-01-01T00:00:00Z", "credentialSubject": {"name": "Ana Ñúñez 🙂"}}
    return add_proof(document, SIGNING_KEY, "2025-01-01T00:00:00Z")


def test_our_proofs_carry_their_context_and_pass_the_independent_verifier() -> None:
    signed = _signed()
    assert signed["proof"]["@context"] == signed["@context"]  # vc-di-eddsa 3.3.1: failed before
    assert independent.verify_proof(signed)["verified"]
    assert verify_proof(signed).signer == signed["issuer"] and not verify_proof(signed).legacy
    signed["credentialSubject"]["name"] = "Someone Else"
    assert not independent.verify_proof(signed)["verified"]


def _old_shape(document: dict) -> dict:
    """How ExamStation signed before: @context hashed into the proof options, then left out."""
    signed = _signed(document)
    proof = {k: v for k, v in signed["proof"].items() if k != "@context"}
    return {**signed, "proof": proof}


def test_credentials_in_the_earlier_shape_still_verify_and_say_so() -> None:
    old = _old_shape({"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:uuid:2",
                      "issuer": did_key(p.signing_public(SIGNING_KEY))})
    assert verify_proof(old).legacy
    assert not independent.verify_proof(old)["verified"]  # why the shape had to change
    old["id"] = "urn:uuid:3"
    with pytest.raises(ProofInvalid, match="signature does not match"):
        verify_proof(old)


@pytest.mark.parametrize("field, value, phrase", [
    ("cryptosuite", "eddsa-rdfc-2022", "cryptosuite 'eddsa-rdfc-2022'"),
    ("type", "Ed25519Signature2020", "proof type 'Ed25519Signature2020'"),
    ("verificationMethod", "https://issuer.example/keys/1", "verification method"),
])
def test_unsupported_proofs_are_named_not_called_altered(field: str, value: str, phrase: str) -> None:
    signed = _signed()
    signed["proof"][field] = value
    with pytest.raises(UnsupportedProof, match=phrase) as refused:
        verify_proof(signed)
    assert "altered" not in str(refused.value)


def test_proof_sets_and_bad_proof_values_are_refused_with_the_reason() -> None:
    signed = _signed()
    with pytest.raises(UnsupportedProof, match="set of several proofs"):
        verify_proof({**signed, "proof": [signed["proof"], signed["proof"]]})
    for value, phrase in (("u" + "A" * 86, "base58btc"), ("z0OIl", "base58btc"), ("z2", "64 bytes")):
        with pytest.raises(ProofInvalid, match=phrase):
            verify_proof({**signed, "proof": {**signed["proof"], "proofValue": value}})
    with pytest.raises(ProofInvalid, match="proof purpose"):
        verify_proof({**signed, "proof": {**signed["proof"], "proofPurpose": "authentication"}})


def test_did_key_round_trip_and_refusals() -> None:
    key = bytes(range(32))
    assert public_key_of(did_key(key)) == key
    assert independent.resolve_did_key(did_key(key)) == key
    for bad in ("did:web:example.org", "did:key:zabc", "key", None):
        with pytest.raises(ValueError):
            public_key_of(bad)


# -- strict JSON ---------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ('{"name": "Forged", "name": "Genuine"}', "'name' appears twice"),
    ('{"a": {"b": 1, "b": 1}}', "'b' appears twice"),
    ('{"a": 1e400}', "too large"),
    ('{"a": NaN}', "NaN is not a JSON value"),
    ('{"a": "\\ud800"}', "lone surrogate"),
    (b'{"a": "\xff"}', "not UTF-8"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"a": 1,}', "not JSON"),
])
def test_strict_json_refuses_what_has_no_single_meaning(text: str | bytes, phrase: str) -> None:
    with pytest.raises(StrictJsonError, match=phrase):
        loads_strict(text)
    assert json.loads('{"a": 1, "a": 2}') == {"a": 2}  # what the standard reader does instead


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_strict_json_never_fails_other_than_with_its_own_error(data: bytes) -> None:
    try:
        loads_strict(data)
    except StrictJsonError as error:
        assert str(error)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_changed_signed_document_is_refused_not_crashed(data: st.DataObject) -> None:
    """Any single change to any value of a signed credential: ProofInvalid, never another error."""
    signed = _signed()
    paths = [("proof", k) for k in signed["proof"]] + [(k,) for k in signed if k != "proof"]
    path = data.draw(st.sampled_from(paths))
    replacement = data.draw(st.none() | st.booleans() | st.integers() | st.text(max_size=30) |
                            st.lists(st.text(max_size=5), max_size=3) | st.floats(allow_nan=False))
    target = signed
    for key in path[:-1]:
        target = target[key]
    if target[path[-1]] == replacement:
        return
    target[path[-1]] = replacement
    with pytest.raises(ProofInvalid):
        verify_proof(signed)


# -- the whole verification, fuzzed ----------------------------------------------

FUZZ_NOW = lambda: datetime(2025, 6, 1, tzinfo=timezone.utc)  # noqa: E731


def _files(folder: Path) -> tuple[Path, Anchor]:
    """A credential and its status list signed by a test key (no home needed)."""
    did = did_key(p.signing_public(SIGNING_KEY))
    now = "2025-01-01T00:00:00Z"  # fixed: the same bytes every time, for hypothesis
    bits = "u" + base64.urlsafe_b64encode(gzip.compress(bytes(16), mtime=0)).decode()
    status = {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "urn:test:list", "issuer": did,
              "type": ["VerifiableCredential", "BitstringStatusListCredential"], "validFrom": now,
              "validUntil": "2025-12-31T00:00:00Z",
              "credentialSubject": {"type": "BitstringStatusList", "statusPurpose": "revocation",
                                    "encodedList": bits}}
    credential = _signed() | {"credentialStatus": {
        "type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": "3",
        "statusListCredential": "urn:test:list"}}
    credential = add_proof({k: v for k, v in credential.items() if k != "proof"}, SIGNING_KEY, now)
    (folder / "status-list.json").write_text(json.dumps(add_proof(status, SIGNING_KEY, now), indent=1))
    (folder / "credential.json").write_text(json.dumps(credential, indent=1))
    return folder / "credential.json", Anchor(did, "Test signer", None, "given with --issuer")


def test_the_fuzzing_files_verify_as_made(tmp_path: Path) -> None:
    credential, anchor = _files(tmp_path)
    assert "not revoked" in verify_file(credential, [anchor], clock=FUZZ_NOW).status


@settings(max_examples=150, deadline=None)
@given(which=st.sampled_from(["credential.json", "status-list.json"]), data=st.data())
def test_damaged_credential_files_are_refused_in_one_sentence(tmp_path_factory, which: str,
                                                              data: st.DataObject) -> None:
    """Flipped, cut or inserted bytes in either file: an ExamStationError naming the problem,
    never another exception, and never a pass."""
    folder = tmp_path_factory.mktemp("fuzz")
    credential, anchor = _files(folder)
    original = (folder / which).read_bytes()
    position = data.draw(st.integers(0, len(original) - 1))
    action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    if action == "flip":
        damaged = original[:position] + bytes([original[position] ^ data.draw(st.integers(1, 255))]) + \
            original[position + 1:]
    elif action == "cut":
        damaged = original[:position]
    else:
        damaged = original[:position] + data.draw(st.binary(min_size=1, max_size=8)) + original[position:]
    (folder / which).write_bytes(damaged)
    try:
        verify_file(credential, [anchor], clock=FUZZ_NOW)
    except ExamStationError as refusal:
        assert "\n" not in refusal.line() and refusal.line().endswith(".")
        return
    # A few changes keep the meaning (whitespace between tokens): then it must still be the same document.
    assert json.loads(damaged) == json.loads(original)
