"""A real Xandikos CalDAV server on 127.0.0.1: random port, temporary storage, no authentication."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote, urlsplit

from tests.dav_server import DavServer, free_port, wait_listening

PRINCIPAL = "/user/"
"""Where Xandikos puts the one principal it serves (its default)."""
HOME = "/user/calendars/"
"""The principal's calendar home, as `--defaults` lays it out."""


@dataclass
class Xandikos(DavServer):
    """A running Xandikos. It asks for no login, so there is no user or password.

    Xandikos only offers HTTP Basic authentication over TLS (behind its own self-signed
    certificate); a plain-HTTP test server has none, which is how the push without `--user`
    (and without a password) is tested.
    """

    principal_path: ClassVar[str] = PRINCIPAL
    home_path: ClassVar[str] = HOME

    def calendar_folder(self, calendar_url: str) -> Path:
        """Where the calendar at `calendar_url` keeps its resources on disk (a git work tree)."""
        return self.folder / "data" / unquote(urlsplit(calendar_url).path).strip("/")


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
