"""A real Cyrus IMAP CalDAV server (Fastmail's engine) on 127.0.0.1: its own config, one user."""

from __future__ import annotations

import contextlib
import imaplib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from tests.dav_server import DavServer, free_port, stop_process, wait_listening

BIN = Path("/usr/lib/cyrus/bin")
"""Where Debian's cyrus-common puts master, httpd and imapd."""
RUN_AS = "cyrus"
"""Cyrus refuses to run as root: started by root, its master becomes this user (Debian's)."""
USER = "student"
PASSWORD = "s3cret-Pa55word"  # a throwaway account on a throwaway server
SERVERNAME = "localhost"
"""The server's name, which is also the realm its SASL users are kept under."""


@dataclass
class Cyrus(DavServer):
    """A running Cyrus: it answers at its root without a login, naming no user; its master and
    services form a process group, stopped together, and its files go with it."""

    principal_path: ClassVar[str] = "/dav/principals/user/{user}/"
    home_path: ClassVar[str] = "/dav/calendars/user/{user}/"
    process_group: ClassVar[bool] = True

    user: str = USER
    password: str = PASSWORD

    def stop(self) -> None:
        """Stop the master and its services, wait for them, and remove the server's files."""
        super().stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cyrus(log_folder: Path, *, timeout: float = 20.0) -> Cyrus:
    """Start Cyrus's master with CalDAV over HTTP, and IMAP, which makes the user's mailbox.

    The server's files live in a folder of its own under the system's temporary folder (Cyrus
    runs as its own user, who cannot enter pytest's private one) and go when it stops; what
    Cyrus prints (it logs to syslog otherwise) is kept under `log_folder`.

    Raises:
        RuntimeError: not started as root or as the `cyrus` user, the master exited, did not
            listen within `timeout` seconds, or the user could not log in.
    """
    try:
        owner = pwd.getpwnam(RUN_AS)
    except KeyError:
        raise RuntimeError(f"no {RUN_AS!r} user: install cyrus-imapd and cyrus-caldav") from None
    if os.geteuid() not in (0, owner.pw_uid):
        raise RuntimeError(f"Cyrus must be started by root or by {RUN_AS!r}")
    log_folder.mkdir(parents=True, exist_ok=True)
    log = log_folder / "master.log"
    folder = Path(tempfile.mkdtemp(prefix="planexport-cyrus-"))
    try:
        # A port found free can be taken before Cyrus binds it: try a few.
        last: str | None = "no attempt"
        for _ in range(5):
            http, imap = free_port(), free_port()
            _configure(folder, http=http, imap=imap)
            if os.geteuid() == 0:
                for path in (folder, *folder.rglob("*")):
                    os.chown(path, owner.pw_uid, owner.pw_gid)
            command = [
                str(BIN / "master"),
                "-C",
                str(folder / "imapd.conf"),
                "-M",
                str(folder / "cyrus.conf"),
                "-p",
                str(folder / "master.pid"),
                # In the foreground, stdout and stderr kept: the log is all there is without syslog.
                "-D",
            ]
            with log.open("ab") as out:
                process = subprocess.Popen(
                    command,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=folder,
                    start_new_session=True,
                )
            last = wait_listening(process, http, name="Cyrus", timeout=timeout)
            if last is None:
                last = wait_listening(process, imap, name="Cyrus (IMAP)", timeout=timeout)
            if last is None:
                server = Cyrus(process=process, port=http, folder=folder, log=log)
                try:
                    _make_mailbox(imap)
                except (OSError, imaplib.IMAP4.error) as failure:
                    server.stop()
                    raise RuntimeError(f"{USER} cannot log in to Cyrus: {failure}") from None
                return server
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            stop_process(process)
        raise RuntimeError(f"{last}; see {log}")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _configure(folder: Path, *, http: int, imap: int) -> None:
    """imapd.conf, cyrus.conf, the SASL password database and the folders Cyrus expects."""
    config = folder / "config"
    for sub in ("db", "socket", "proc", "lock", "log"):
        (config / sub).mkdir(parents=True, exist_ok=True)
    (folder / "spool").mkdir(exist_ok=True)
    sasldb = folder / "sasldb2"
    settings = {
        "configdirectory": config,
        "proc_path": config / "proc",
        "mboxname_lockpath": config / "lock",
        "defaultpartition": "default",
        "partition-default": folder / "spool",
        "servername": SERVERNAME,
        "httpmodules": "caldav",
        # Basic authentication over plain HTTP, checked against the SASL database made here.
        "allowplaintext": "yes",
        "sasl_pwcheck_method": "auxprop",
        "sasl_auxprop_plugin": "sasldb",
        "sasl_sasldb_path": sasldb,
        "sasl_mech_list": "PLAIN",
        # A user's first IMAP login makes their mailbox, under which their calendars live.
        "autocreate_quota": "0",
        "lmtpsocket": config / "socket" / "lmtp",
        "idlesocket": config / "socket" / "idle",
        "notifysocket": config / "socket" / "notify",
        "syslog_prefix": "planexport-cyrus",
    }
    lines = [f"{key}: {value}" for key, value in settings.items()]
    (folder / "imapd.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")
    conf = folder / "imapd.conf"
    (folder / "cyrus.conf").write_text(
        "\n".join(
            [
                "START {",
                f'  recover cmd="ctl_cyrusdb -C {conf} -r"',
                "}",
                "SERVICES {",
                f'  http cmd="httpd -C {conf}" listen="127.0.0.1:{http}" prefork=0',
                f'  imap cmd="imapd -C {conf}" listen="127.0.0.1:{imap}" prefork=0',
                "}",
                "EVENTS {",
                "}",
                "",
            ]
        ),
        encoding="utf-8",
    )
    if not sasldb.exists():
        subprocess.run(
            ["/usr/sbin/saslpasswd2", "-p", "-c", "-f", str(sasldb), "-u", SERVERNAME, USER],
            input=PASSWORD.encode(),
            check=True,
            capture_output=True,
        )


def _make_mailbox(port: int) -> None:
    """Log the user in once over IMAP: Cyrus makes their mailbox, and CalDAV their calendars."""
    with imaplib.IMAP4("127.0.0.1", port, timeout=10) as imap:
        imap.login(USER, PASSWORD)
        imap.logout()
