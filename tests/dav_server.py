"""What every test CalDAV server shares: its URLs, starting on a free port and stopping."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

__all__ = ["DavServer", "free_port", "stop_process", "wait_listening"]


@dataclass
class DavServer:
    """A running server: where it listens and whom it lets in.

    Each server lays out its principal and calendar home differently: a subclass gives both as
    paths with a `{user}` field. A server that forks workers of its own is started as the leader
    of a process group and stopped with the whole group.
    """

    principal_path: ClassVar[str] = "/{user}/"
    home_path: ClassVar[str] = "/{user}/"
    process_group: ClassVar[bool] = False

    process: subprocess.Popen[bytes]
    port: int
    folder: Path
    log: Path
    user: str | None = None
    password: str | None = None

    @property
    def url(self) -> str:
        """The server's root URL; the caldav client finds the user's calendars from there."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def well_known_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/.well-known/caldav"

    @property
    def principal_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.principal_path.format(user=self.user)}"

    @property
    def home_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.home_path.format(user=self.user)}"

    def stop(self) -> None:
        """Stop the server (with its workers) and wait for it to exit."""
        if self.process_group and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
        stop_process(self.process)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


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
