"""A real Radicale CalDAV server on 127.0.0.1: random port, temporary storage, htpasswd auth."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

USER = "student"
PASSWORD = "s3cret-Pa55word"  # a throwaway account on a throwaway server
ODD_USER = "pupil"
ODD_PASSWORD = "p@ss:w/rd 100%#?"
"""A second account whose password must be percent-encoded to sit in a URL."""
MAX_BODY = 50_000
"""Request bodies above this many bytes get 413: how a test makes the server refuse an event."""


@dataclass
class Radicale:
    """A running server: where it listens and whom it lets in."""

    process: subprocess.Popen[bytes]
    port: int
    folder: Path
    log: Path
    user: str = USER
    password: str = PASSWORD

    @property
    def url(self) -> str:
        """The server's root URL; the caldav client finds the user's calendars from there."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def principal_url(self) -> str:
        """The user's principal, which is also Radicale's calendar home."""
        return f"http://127.0.0.1:{self.port}/{self.user}/"

    @property
    def home_url(self) -> str:
        return self.principal_url

    def calendar_folder(self, calendar_url: str) -> Path:
        """Where the calendar at `calendar_url` keeps its resources on disk."""
        path = unquote(urlsplit(calendar_url).path).strip("/")
        return self.folder / "collections" / "collection-root" / path

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        stop_process(self.process)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


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


def wait_listening(
    process: subprocess.Popen[bytes], port: int, *, name: str, timeout: float
) -> str | None:
    """None once `process` listens on 127.0.0.1:`port`; else why not (it is stopped then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return f"{name} exited with {process.returncode}"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return None
        except OSError:
            time.sleep(0.05)
    process.kill()
    process.wait(timeout=10)
    return f"{name} did not listen on port {port} within {timeout:g}s"


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """Stop a server process and wait for it to exit (killing it if it will not stop)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
