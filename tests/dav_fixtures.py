"""CalDAV servers for the tests (Radicale, Xandikos, each in turn; SabreDAV; Cyrus), and a push."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import pytest

from tests.cyrus_server import Cyrus, start_cyrus
from tests.dav_proxy import DavProxy
from tests.radicale_server import Radicale, start_radicale
from tests.sabredav_server import SabreDav, start_sabredav
from tests.xandikos_server import Xandikos, start_xandikos

if TYPE_CHECKING:
    from planexport.export.caldav import CaldavResult
    from planexport.scheduling import Schedule

__all__ = [
    "STAMP",
    "Server",
    "cyrus",
    "proxies",
    "proxy_for",
    "push",
    "radicale",
    "sabredav",
    "server",
    "xandikos",
]

STAMP = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc)
"""DTSTAMP of the pushed events, unless a test gives its own."""

Server = Radicale | Xandikos
"""A running CalDAV server: Radicale (htpasswd login) or Xandikos (no login)."""


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """A Radicale of the test module's own, stopped when the module is done."""
    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def xandikos(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Xandikos]:
    """A Xandikos of the test module's own, stopped when the module is done."""
    server = start_xandikos(tmp_path_factory.mktemp("xandikos"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def sabredav(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SabreDav]:
    """A SabreDAV (Nextcloud's, ownCloud's and Baikal's engine) of the test module's own."""
    server = start_sabredav(tmp_path_factory.mktemp("sabredav"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def cyrus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cyrus]:
    """A Cyrus IMAP (Fastmail's engine) of the test module's own, with CalDAV."""
    server = start_cyrus(tmp_path_factory.mktemp("cyrus"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["radicale", "xandikos"])
def server(request: pytest.FixtureRequest) -> Server:
    """Each server in turn: the same scenarios must hold on both."""
    return cast("Server", request.getfixturevalue(request.param))


def push(server: Server, schedule: Schedule, calendar: str, **kwargs: Any) -> CaldavResult:
    """Push `schedule` to `calendar` on `server` with its login, stamped `STAMP` by default."""
    from planexport.export.caldav import push_caldav

    options: dict[str, Any] = {
        "url": server.url,
        "calendar": calendar,
        "user": server.user,
        "password": server.password,
        "stamp": STAMP,
        **kwargs,
    }
    return push_caldav(schedule, **options)


@pytest.fixture
def proxies() -> Iterator[list[DavProxy]]:
    """The latency proxies a test starts (`proxy_for`), stopped when it is done."""
    started: list[DavProxy] = []
    yield started
    for proxy in started:
        proxy.stop()


def proxy_for(
    server: Radicale | Xandikos | SabreDav | Cyrus, proxies: list[DavProxy], **kwargs: Any
) -> DavProxy:
    """A proxy in front of `server`, stopped with the test's `proxies`."""
    proxy = DavProxy(server.port, **kwargs)
    proxies.append(proxy)
    return proxy
