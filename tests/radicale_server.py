"""A real Radicale CalDAV server on 127.0.0.1: random port, temporary storage, htpasswd auth."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.dav_server import DavServer, free_port, wait_listening

USER = "student"
PASSWORD = "s3cret-Pa55word"  # a throwaway account on a throwaway server
ODD_USER = "pupil"
ODD_PASSWORD = "p@ss:w/rd 100%#?"
"""A second account whose password must be percent-encoded to sit in a URL."""
MAX_BODY = 50_000
"""Request bodies above this many bytes get 413: how a test makes the server refuse an event."""


@dataclass
class Radicale(DavServer):
    """A running Radicale: its principal is also its calendar home."""

    user: str = USER
    password: str = PASSWORD

    def calendar_folder(self, calendar_url: str) -> Path:
        """Where the calendar at `calendar_url` keeps its resources on disk."""
        path = unquote(urlsplit(calendar_url).path).strip("/")
        return self.folder / "collections" / "collection-root" / path


def start_radicale(folder: Path, *, timeout: float = 20.0) -> Radicale:
    """Start Radicale with its storage, users file, config and log under `folder`.

    Raises:
        RuntimeError: the server exited or did not listen within `timeout` seconds.
    """
    folder.mkdir(parents=True, exist_ok=True)
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n{ODD_USER}:{ODD_PASSWORD}\n", encoding="utf-8")
    storage = folder / "collections"
    log = folder / "radicale.log"
    # A port found free can be taken before Radicale binds it: try a few.
    last: str | None = "no attempt"
    for _ in range(5):
        port = free_port()
        config = folder / "config"
        config.write_text(
            "\n".join(
                [
                    "[server]",
                    f"hosts = 127.0.0.1:{port}",
                    f"max_content_length = {MAX_BODY}",
                    "[auth]",
                    "type = htpasswd",
                    f"htpasswd_filename = {users}",
                    "htpasswd_encryption = plain",
                    # Radicale waits after a wrong password by default; tests need no such pause.
                    "delay = 0",
                    "[rights]",
                    "type = owner_only",
                    "[storage]",
                    f"filesystem_folder = {storage}",
                    # Radicale reads every event of a calendar before storing a new one (to check
                    # its UID is new): with this documented option it tells a cached event by the
                    # file's size and time instead of reading and hashing the file each time.
                    "use_mtime_and_size_for_item_cache = True",
                    "[web]",
                    "type = none",
                    "[logging]",
                    "level = info",
                    "mask_passwords = True",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        with log.open("ab") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        last = wait_listening(process, port, name="Radicale", timeout=timeout)
        if last is None:
            return Radicale(process=process, port=port, folder=folder, log=log)
    raise RuntimeError(f"{last}; see {log}")
