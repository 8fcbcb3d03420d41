"""A throw-away certificate authority and a server certificate for 127.0.0.1 / localhost.

Uses the ``cryptography`` package when it is importable, else the ``openssl`` command line.
"""

from __future__ import annotations

import hashlib
import shutil
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class TestCertificates:
    ca_cert: Path  # PEM; point SSL_CERT_FILE here to make the server trusted
    server_cert: Path  # PEM, the certificate Dovecot presents
    server_key: Path

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the server certificate (DER), as lower-case hex."""
        der = ssl.PEM_cert_to_DER_cert(self.server_cert.read_text())
        return hashlib.sha256(der).hexdigest()


def make_certificates(folder: Path) -> TestCertificates:
    folder.mkdir(parents=True, exist_ok=True)
    certs = TestCertificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    try:
        import cryptography  # noqa: F401
    except ModuleNotFoundError:
        _with_openssl(certs)
    else:
        _with_cryptography(certs)
    certs.server_key.chmod(0o644)  # read by Dovecot's unprivileged processes (tests only)
    return certs


def _with_cryptography(certs: TestCertificates) -> None:
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "OmniInbox test CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    certs.ca_cert.write_bytes(ca.public_bytes(pem))
    certs.server_cert.write_bytes(cert.public_bytes(pem))
    certs.server_key.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )


def _with_openssl(certs: TestCertificates) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError(
            "the Dovecot fixture needs the Python package 'cryptography' or the openssl command"
        )
    folder = certs.ca_cert.parent
    ca_key, csr, ext = folder / "ca.key", folder / "server.csr", folder / "server.ext"
    ext.write_text(
        "basicConstraints=critical,CA:FALSE\n"
        "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
        "extendedKeyUsage=serverAuth\n"
        "authorityKeyIdentifier=keyid\n"
        "subjectKeyIdentifier=hash\n"
    )

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], check=True, capture_output=True)

    run("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", str(ca_key))
    run(
        "req", "-x509", "-new", "-key", str(ca_key), "-sha256", "-days", "30",
        "-subj", "/CN=OmniInbox test CA", "-out", str(certs.ca_cert),
        "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign,digitalSignature",
    )  # fmt: skip
    run("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", str(certs.server_key))
    run("req", "-new", "-key", str(certs.server_key), "-subj", "/CN=localhost", "-out", str(csr))
    run(
        "x509", "-req", "-in", str(csr), "-CA", str(certs.ca_cert), "-CAkey", str(ca_key),
        "-CAcreateserial", "-days", "30", "-sha256", "-extfile", str(ext),
        "-out", str(certs.server_cert),
    )  # fmt: skip
