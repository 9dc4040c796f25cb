"""Certificates for the testing room's TLS 1.3 links.

Each machine of a room (the proctor station, every seat) has an Ed25519 key and a
self-signed certificate. Nobody trusts a certificate authority: each side pins the
other's certificate, exchanged and confirmed by a person at pairing. Python's `ssl`
(OpenSSL) does the protocol; this module only makes and reads the certificates.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

# Far-apart validity dates: a seat whose clock is wrong by hours (or years) must still
# accept the station it paired with. Trust comes from pinning, not from dates.
_NOT_BEFORE = datetime(2000, 1, 1, tzinfo=timezone.utc)
_NOT_AFTER = datetime(9999, 12, 31, tzinfo=timezone.utc)


@dataclass(frozen=True)
class TlsIdentity:
    """A certificate (PEM) and its private key (PEM, encrypted under `password`)."""

    certificate_pem: bytes
    key_pem: bytes
    password: bytes

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate_pem)


def new_tls_identity(common_name: str, seed: bytes | None = None, password: bytes = b"") -> TlsIdentity:
    """A fresh identity, or a reproducible one from a 32-byte `seed` (a station derives its
    seed from the center's keys, so its room certificate never needs to be stored in clear)."""
    key = Ed25519PrivateKey.from_private_bytes(seed) if seed is not None else Ed25519PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64] or "ExamStation")])
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(public)
        # A serial from the key: the same seed always gives byte-identical certificates.
        .serial_number(int.from_bytes(hashlib.sha256(public.public_bytes_raw()).digest()[:16], "big") >> 1)
        .not_valid_before(_NOT_BEFORE).not_valid_after(_NOT_AFTER)
        # A pinned self-signed certificate is its own trust anchor, so OpenSSL wants it marked as a CA.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .sign(key, None)
    )
    encryption = (serialization.BestAvailableEncryption(password) if password
                  else serialization.NoEncryption())
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    return TlsIdentity(certificate.public_bytes(serialization.Encoding.PEM), key_pem, password)


def certificate_fingerprint(certificate: bytes) -> str:
    """SHA-256 of the certificate's DER form, hex; accepts PEM or DER."""
    der = certificate
    if certificate.lstrip().startswith(b"-----BEGIN"):
        der = x509.load_pem_x509_certificate(certificate).public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def certificate_pem_from_der(der: bytes) -> bytes:
    """The PEM form of a certificate a peer presented (refuses anything that is not one)."""
    try:
        return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)
    except ValueError as error:
        raise ValueError("not a certificate") from error


def certificate_name(certificate_pem: bytes) -> str:
    names = x509.load_pem_x509_certificate(certificate_pem).subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""
