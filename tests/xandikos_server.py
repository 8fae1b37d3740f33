"""A real Xandikos CalDAV server on 127.0.0.1: random port, temporary storage, no authentication."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.radicale_server import free_port, stop_process, wait_listening

PRINCIPAL = "/user/"
"""Where Xandikos puts the one principal it serves (its default)."""
HOME = "/user/calendars/"
"""The principal's calendar home, as `--defaults` lays it out."""


@dataclass
class Xandikos:
    """A running server: where it listens. It asks for no login, so there is no user or password.

    Xandikos only offers HTTP Basic authentication over TLS (behind its own self-signed
    certificate); a plain-HTTP test server has none, which is how the push without `--user`
    (and without a password) is tested.
    """

    process: subprocess.Popen[bytes]
    port: int
    folder: Path
    log: Path
    user: str | None = None
    password: str | None = None

    @property
    def url(self) -> str:
        """The server's root URL; the caldav client finds the principal from there."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def principal_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PRINCIPAL}"

    @property
    def home_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{HOME}"

    def calendar_folder(self, calendar_url: str) -> Path:
        """Where the calendar at `calendar_url` keeps its resources on disk (a git work tree)."""
        return self.folder / "data" / unquote(urlsplit(calendar_url).path).strip("/")

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        stop_process(self.process)


def start_xandikos(folder: Path, *, timeout: float = 20.0) -> Xandikos:
    """Start Xandikos with its storage and log under `folder`.

    `--defaults` makes the principal `/user/`, its calendar home `/user/calendars/`, a calendar
    called `calendar` and an address book, as a fresh install has.

    Raises:
        RuntimeError: the server exited or did not listen within `timeout` seconds.
    """
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    log = folder / "xandikos.log"
    # A port found free can be taken before Xandikos binds it: try a few.
    last: str | None = "no attempt"
    for _ in range(5):
        port = free_port()
        command = [
            sys.executable,
            "-m",
            "xandikos",
            "serve",
            "--directory",
            str(data),
            "--defaults",
            "--state-dir",
            str(folder / "state"),
            "--no-detect-systemd",
            "--listen-address",
            "127.0.0.1",
            "--port",
            str(port),
        ]
        with log.open("ab") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        last = wait_listening(process, port, name="Xandikos", timeout=timeout)
        if last is None:
            return Xandikos(process=process, port=port, folder=folder, log=log)
    raise RuntimeError(f"{last}; see {log}")
