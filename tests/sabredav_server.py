"""A real SabreDAV CalDAV server on 127.0.0.1 under PHP's own web server: SQLite, Basic auth."""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from tests.dav_server import DavServer, free_port, wait_listening
from tests.paths import ROOT

SCRIPT = ROOT / "tests" / "sabredav_server.php"
USER = "student"
PASSWORD = "s3cret-Pa55word"  # a throwaway account on a throwaway server
REALM = "SabreDAV"
WORKERS = 4
"""PHP's server answers one request at a time unless told to fork workers: writes in flight
need several, as behind Nextcloud's web server."""

SCHEMA = """
CREATE TABLE principals (
    id INTEGER PRIMARY KEY ASC, uri TEXT, email TEXT, displayname TEXT, vcardurl TEXT,
    UNIQUE(uri)
);
CREATE TABLE groupmembers (
    id INTEGER PRIMARY KEY ASC, principal_id INTEGER, member_id INTEGER,
    UNIQUE(principal_id, member_id)
);
CREATE TABLE users (id INTEGER PRIMARY KEY ASC, username TEXT, digesta1 TEXT, UNIQUE(username));
CREATE TABLE calendars (
    id INTEGER PRIMARY KEY ASC, principaluri TEXT, displayname TEXT, uri TEXT, ctag INTEGER,
    description TEXT, calendarorder INTEGER, calendarcolor TEXT, timezone TEXT,
    components TEXT, transparent BOOL
);
CREATE TABLE calendarobjects (
    id INTEGER PRIMARY KEY ASC, calendardata BLOB, uri TEXT, calendarid INTEGER,
    lastmodified INTEGER, etag TEXT, size INTEGER, componenttype TEXT,
    firstoccurence INTEGER, lastoccurence INTEGER
);
"""
"""SabreDAV 1.8's SQLite tables for principals, users and calendars (its PDO backends' layout)."""


@dataclass
class SabreDav(DavServer):
    """A running SabreDAV: PHP's server and its forked workers form a process group."""

    principal_path: ClassVar[str] = "/principals/{user}/"
    home_path: ClassVar[str] = "/calendars/{user}/"
    process_group: ClassVar[bool] = True

    user: str = USER
    password: str = PASSWORD

    @property
    def database(self) -> Path:
        return self.folder / "dav.sqlite"


def make_database(path: Path) -> None:
    """SabreDAV's tables, with the one user, its principal and its proxy principals."""
    # SabreDAV keeps md5("user:realm:password"), the HTTP Digest hash, whichever login it runs.
    digest = hashlib.md5(f"{USER}:{REALM}:{PASSWORD}".encode()).hexdigest()
    principal = f"principals/{USER}"
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)
        db.execute("INSERT INTO users (username, digesta1) VALUES (?, ?)", (USER, digest))
        db.executemany(
            "INSERT INTO principals (uri, email, displayname) VALUES (?, ?, ?)",
            [
                (principal, f"{USER}@example.org", "Student"),
                (f"{principal}/calendar-proxy-read", None, None),
                (f"{principal}/calendar-proxy-write", None, None),
            ],
        )
    db.close()  # the context manager commits; it does not close


def start_sabredav(folder: Path, *, timeout: float = 20.0) -> SabreDav:
    """Start SabreDAV under `php -S` with its database and log under `folder`.

    Raises:
        RuntimeError: PHP exited or did not listen within `timeout` seconds.
    """
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "dav.sqlite"
    make_database(database)
    log = folder / "php.log"
    env = {
        **os.environ,
        "PLANEXPORT_SABRE_DB": str(database),
        "PHP_CLI_SERVER_WORKERS": str(WORKERS),
    }
    # A port found free can be taken before PHP binds it: try a few.
    last: str | None = "no attempt"
    for _ in range(5):
        port = free_port()
        # The router script answers every path; PHP's errors go to the log, never into a response.
        command = [
            "php",
            "-d",
            "display_errors=0",
            "-d",
            "log_errors=On",
            "-S",
            f"127.0.0.1:{port}",
            str(SCRIPT),
        ]
        with log.open("ab") as out:
            process = subprocess.Popen(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=folder,
                # A group of its own: PHP's workers are stopped with it.
                start_new_session=True,
            )
        last = wait_listening(process, port, name="PHP (SabreDAV)", timeout=timeout)
        if last is None:
            return SabreDav(process=process, port=port, folder=folder, log=log)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    raise RuntimeError(f"{last}; see {log}")
