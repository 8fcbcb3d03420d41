"""A real Dovecot IMAP server for the integration tests, configured from scratch in a temp dir.

No system configuration is read (``dovecot -c OUR.conf``). Two flavours:

* ``modern``: STARTTLS on the plain port, implicit TLS on a second port, CONDSTORE, QRESYNC,
  IDLE, SPECIAL-USE (``Sent`` is ``\\Sent``), XOAUTH2/OAUTHBEARER through Dovecot's oauth2
  passdb pointed at a loopback token-introspection endpoint, and the quota plugin (no limit,
  except for the users ``add_user(small_quota=True)`` makes: 64 KB, for [OVERQUOTA]);
* ``plain``: no TLS at all, no CONDSTORE/QRESYNC/SPECIAL-USE, the sent folder is only
  recognisable by its name ("Sent Items"). It drives the UID-SEARCH fallback path.

Running as root (CI containers) every Dovecot process that drops privileges runs as ``nobody``,
and the mail files belong to ``nobody``. Running as an ordinary user, everything runs as that
user: ``default_internal_user``/``default_login_user`` are set to it, chroots are off, ports are
above 1024, and users' mail uid/gid are the current ones. Nothing else is needed.
"""

from __future__ import annotations

import atexit
import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.integration.certs import TestCertificates, make_certificates
from tests.integration.mailbox import MailUser
from tests.integration.oauth_server import TokenServer

USER_BLOCK = 200
INSTALL_HINT = "dovecot-imapd is needed: apt-get install dovecot-imapd"
MODERN_CAPS = (
    "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT THREAD=REFERENCES MULTIAPPEND "
    "UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH "
    "SEARCHRES WITHIN LIST-STATUS BINARY MOVE LITERAL+ SPECIAL-USE"
)
PLAIN_CAPS = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE UNSELECT NAMESPACE UIDPLUS LITERAL+"


def find_dovecot() -> str:
    """The dovecot binary, installed on the spot when we are root and it is missing."""
    found = shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)),
        None,
    )
    if found:
        return found
    if os.geteuid() != 0:
        raise RuntimeError(INSTALL_HINT)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    apt = ["apt-get", "install", "-y", "--no-install-recommends", "dovecot-imapd"]
    if subprocess.run(apt, env=env, capture_output=True).returncode != 0:
        subprocess.run(["apt-get", "update"], env=env, capture_output=True)
        done = subprocess.run(apt, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{INSTALL_HINT} (apt-get failed: {done.stderr[-500:]})")
    found = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not os.access(found, os.X_OK):
        raise RuntimeError(INSTALL_HINT)
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True, slots=True)
class RunAs:
    user: str
    group: str
    uid: int
    gid: int

    @classmethod
    def detect(cls) -> RunAs:
        root = os.geteuid() == 0  # Dovecot refuses mail access as uid 0
        pw = pwd.getpwnam("nobody") if root else pwd.getpwuid(os.geteuid())
        return cls(pw.pw_name, grp.getgrgid(pw.pw_gid).gr_name, pw.pw_uid, pw.pw_gid)


class Dovecot:
    """One Dovecot instance. ``start()``/``stop()``; users are added while it runs."""

    host = "127.0.0.1"

    def __init__(self, root: Path, *, modern: bool = True) -> None:
        self.root = root
        self.modern = modern
        self.binary = find_dovecot()
        self.doveadm = shutil.which("doveadm") or str(Path(self.binary).with_name("doveadm"))
        self.run_as = RunAs.detect()
        self.conf = root / "dovecot.conf"
        self.log = root / "dovecot.log"
        self.passwd = root / "passwd"
        self.mail = root / "mail"
        self.imap_port = free_port()
        self.imaps_port = free_port() if modern else None
        self.sent_folder = "Sent" if modern else "Sent Items"
        self.certs: TestCertificates | None = None
        self.tokens: TokenServer | None = None
        self.process: subprocess.Popen[bytes] | None = None
        self._users = 0
        self._written = 0

    # --- life cycle --------------------------------------------------------------------------

    def start(self) -> None:
        self.root.chmod(0o755)
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(exist_ok=True)
        self._write_users()
        self.passwd.chmod(0o644)
        os.chown(self.mail, self.run_as.uid, self.run_as.gid)
        if self.modern:
            self.certs = make_certificates(self.root / "tls")
            self.tokens = TokenServer()
            oauth = self.root / "oauth2.conf.ext"
            oauth.write_text(
                f"introspection_mode = post\nintrospection_url = {self.tokens.url}\n"
                "username_attribute = username\nactive_attribute = active\n"
                "active_value = true\nforce_introspection = yes\n"
            )
            oauth.chmod(0o644)
        self.conf.write_text(self._config())
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "dovecot.stderr", "wb"),  # noqa: SIM115
        )
        self._await_greeting()

    def _await_greeting(self) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                break
            try:
                with socket.create_connection((self.host, self.imap_port), timeout=1) as s:
                    if s.recv(200).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"Dovecot did not start.\n{self.diagnostics()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.tokens is not None:
            self.tokens.close()
            self.tokens = None

    def close(self) -> None:
        """Stop and remove the server's directory (kept when OMNIINBOX_KEEP_DOVECOT is set)."""
        self.stop()
        if not os.environ.get("OMNIINBOX_KEEP_DOVECOT"):
            shutil.rmtree(self.root, ignore_errors=True)

    def diagnostics(self) -> str:
        """The tail of Dovecot's log and stderr, shown when a test fails."""
        parts = []
        for path in (self.root / "dovecot.stderr", self.log):
            if path.exists():
                text = path.read_text(errors="replace")[-6000:]
                parts.append(f"--- {path.name} ---\n{text}")
        return "\n".join(parts) or "(no Dovecot log)"

    def _config(self) -> str:
        r = self.run_as
        ssl = (
            f"ssl = yes\nssl_cert = <{self.certs.server_cert}\nssl_key = <{self.certs.server_key}\n"
            "ssl_min_protocol = TLSv1.2\n"
            if self.certs
            else "ssl = no\n"
        )
        imaps = (
            f"  inet_listener imaps {{\n    address = {self.host}\n    port = {self.imaps_port}\n"
            "    ssl = yes\n  }\n"
            if self.imaps_port
            else ""
        )
        oauth = (
            "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {self.root / 'oauth2.conf.ext'}\n}}\n"
            if self.tokens
            else ""
        )
        mechanisms = "plain login xoauth2 oauthbearer" if self.tokens else "plain login"
        special = "special_use = \\Sent" if self.modern else ""
        quota = (
            "mail_plugins = $mail_plugins quota\n"
            "plugin {\n  quota = count:User quota\n  quota_vsizes = yes\n}\n"
            if self.modern
            else ""
        )
        return f"""# written by tests/integration/dovecot.py; no system configuration is read
base_dir = {self.root / "run"}
state_dir = {self.root / "state"}
instance_name = omniinbox-test-{os.getpid()}-{self.imap_port}
protocols = imap
listen = {self.host}
log_path = {self.log}
info_log_path = {self.log}
auth_verbose = yes
auth_failure_delay = 0
{ssl}disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
default_internal_user = {r.user}
default_internal_group = {r.group}
default_login_user = {r.user}
first_valid_uid = {min(r.uid, 500)}
first_valid_gid = {min(r.gid, 500)}
{quota}mail_location = maildir:{self.mail}/%u
mailbox_idle_check_interval = 1 secs
mail_max_userip_connections = 200
namespace inbox {{
  inbox = yes
  separator = /
  mailbox "{self.sent_folder}" {{
    {special}
    auto = subscribe
  }}
}}
{oauth}passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {self.passwd}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd}
  default_fields = uid={r.uid} gid={r.gid} home={self.mail}/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {self.host}
    port = {self.imap_port}
  }}
{imaps}}}
service anvil {{
  chroot =
  # No auth penalty: tests sign in wrongly on purpose, and Dovecot would make every later
  # sign-in from 127.0.0.1 wait 2, 4, 8... seconds. Nobody may open this socket.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service auth-worker {{
  user = $default_internal_user
}}
service stats {{
  unix_listener stats-reader {{
    user = {r.user}
  }}
  unix_listener stats-writer {{
    user = {r.user}
  }}
}}
protocol imap {{
  imap_capability = {MODERN_CAPS if self.modern else PLAIN_CAPS}
  imap_idle_notify_interval = 10 mins
}}
"""

    # --- users and mailboxes -----------------------------------------------------------------

    def add_user(self, *, non_ascii_password: bool = False, small_quota: bool = False) -> MailUser:
        """A brand-new mailbox: every test gets its own user, so nothing needs cleaning.

        ``non_ascii_password``: a Cyrillic password (only AUTHENTICATE PLAIN can carry it).
        ``small_quota``: a mailbox that holds 64 KB (the modern server answers [OVERQUOTA]).
        Users are written to the passwd-file in blocks ahead of use, because Dovecot looks
        at a changed passwd-file at most once a second."""
        self._users += 1
        if self._users > self._written:
            self._write_users()
            time.sleep(1.1)
        kind = "quota" if small_quota else "non-ascii" if non_ascii_password else ""
        return MailUser(self, *self._account(self._users, kind))

    @staticmethod
    def _account(n: int, kind: str) -> tuple[str, str]:
        if kind == "non-ascii":
            return f"agent{n}@shop.kz", f"пароль-{n}"
        if kind == "quota":
            return f"full{n}@shop.kz", f"secret-{n}"
        return f"support{n}@shop.kz", f"secret-{n}"

    def _write_users(self) -> None:
        with self.passwd.open("a", encoding="utf-8") as fh:
            for n in range(self._written + 1, self._written + USER_BLOCK + 1):
                for kind in ("", "non-ascii", "quota"):
                    address, password = self._account(n, kind)
                    extra = "userdb_quota_rule=*:storage=64K" if kind == "quota" else ""
                    fh.write(f"{address}:{{PLAIN}}{password}::::::{extra}\n")
        self._written += USER_BLOCK

    def run_doveadm(self, *args: str) -> str:
        done = subprocess.run(
            [self.doveadm, "-c", str(self.conf), *args], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)} failed: {done.stderr}")
        return done.stdout


_SHARED: dict[str, Dovecot] = {}


def shared_dovecot(flavour: str = "modern") -> Dovecot:
    """The process-wide instance of a flavour ("modern" or "plain"), started on first use.

    Shared by the pytest fixtures and the connector-kit harness; stopped by
    :func:`stop_shared` at the end of the session (and at exit, as a safety net)."""
    server = _SHARED.get(flavour)
    if server is None:
        server = Dovecot(make_root(flavour), modern=flavour == "modern")
        try:
            server.start()
        except BaseException:
            server.close()
            raise
        _SHARED[flavour] = server
        if len(_SHARED) == 1:
            atexit.register(stop_shared)
    return server


def stop_shared() -> None:
    servers = list(_SHARED.values())
    _SHARED.clear()
    for server in servers:  # Dovecot takes a second to shut down: let them do it together
        if server.process is not None and server.process.poll() is None:
            server.process.terminate()
    for server in servers:
        server.close()


def running() -> list[Dovecot]:
    return list(_SHARED.values())


def make_root(name: str) -> Path:
    """A fresh directory under the system temp dir, traversable by Dovecot's mail user.

    pytest's tmp_path is 0700 below a 0700 parent, which ``nobody`` cannot enter when we
    run as root, so the server lives in its own directory next to it.
    """
    return Path(tempfile.mkdtemp(prefix=f"omniinbox-dovecot-{name}-"))
