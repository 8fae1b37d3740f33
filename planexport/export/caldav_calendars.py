"""The calendar to push to on a CalDAV server: found from any URL on it, made when missing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from planexport.errors import OptionsError, ServiceError
from planexport.export.http_words import status as _status
from planexport.keys import slugify

if TYPE_CHECKING:
    from caldav.collection import Calendar
    from caldav.davclient import DAVClient

__all__ = ["connect", "find_calendar", "last_segment", "make_calendar", "public_url"]


def connect(
    url: str, name: str, *, user: str | None, password: str | None, timeout: int
) -> tuple[DAVClient, Calendar | None]:
    """A client for the server at `url`, and the calendar `url` is, when it is one.

    Any URL on the server does for finding the user's calendars (the client asks it for the
    current user's principal); a calendar's own URL is taken as the calendar to push to, and
    must be the one `name` says.
    """
    from caldav.davclient import DAVClient
    from caldav.lib import error as dav

    def client_at(base: str) -> DAVClient:
        return DAVClient(
            url=base, username=user, password=password, timeout=timeout, enable_rfc6764=False
        )

    def well_known_of(root: str) -> str:
        return urlunsplit(
            urlsplit(root)._replace(path="/.well-known/caldav", query="", fragment="")
        )

    if _is_well_known(url):
        # The well-known URL redirects to where CalDAV is served (RFC 6764 section 5): start
        # there, so that no request pays the redirect again and the server's answers name the
        # URL that was asked for (Cyrus answers for /dav/calendars, which a client asking
        # /.well-known/caldav does not take as the answer to its question).
        target = _redirected(url, timeout=timeout)
        if not _is_well_known(target):
            url = target
    client = client_at(url)
    try:
        kind, display, principal = _describe(client, url)
    except dav.DAVError as failure:
        client.close()
        if _is_well_known(url):
            kind, display, principal = None, None, None
        elif _is_root(url) and _refused(failure):
            # Servers that serve CalDAV under a path (Nextcloud's /remote.php/dav) often refuse
            # PROPFIND at their root and point to it from /.well-known/caldav (RFC 6764).
            base = _redirected(well_known_of(url), timeout=timeout)
            client = client_at(base)
            try:
                kind, _, _ = _describe(client, base)
            except dav.DAVError:
                client.close()
                raise failure from None
            except BaseException:
                client.close()
                raise
            if kind is None:
                client.close()
                raise failure from None
            return client, None
        else:
            raise
    except BaseException:
        client.close()
        raise
    if _is_root(url) and user and principal is None:
        # A root that answers without a login names no current user (DAV:unauthenticated, RFC
        # 5397; Cyrus does this), so the login is never asked for there: the CalDAV tree that
        # /.well-known/caldav points to (RFC 6764) asks for it, and names the user's principal.
        base = _redirected(well_known_of(url), timeout=timeout)
        if not _is_well_known(base):
            found = client_at(base)
            try:
                if _describe(found, base)[2] is not None:
                    client.close()
                    return found, None
            except dav.DAVError:
                pass
            found.close()
    if kind is None and _is_well_known(url):
        # Some servers answer /.well-known/caldav with a redirect the HTTP client replays as a GET
        # (a 302), or not at all; the server's root is where such servers are found.
        client.close()
        client = client_at(urlunsplit(urlsplit(url)._replace(path="/", query="", fragment="")))
        return client, None
    if kind != "calendar":
        return client, None
    folder = url if url.endswith("/") else url + "/"
    try:
        _check_calendar_name(display, last_segment(folder), name, where=url)
    except OptionsError:
        client.close()
        raise
    return client, cast("Calendar", cast("Any", client).calendar(url=folder))


def _describe(client: DAVClient, url: str) -> tuple[str | None, str | None, str | None]:
    """What `url` is (`calendar`, `collection`, ... or None), its display name, and the current
    user's principal as the server names it there (None when it names none): one PROPFIND."""
    from caldav.elements import dav

    target = cast("Any", client).calendar(url=url)
    asked = [dav.ResourceType(), dav.DisplayName(), dav.CurrentUserPrincipal()]
    props = cast("dict[str, Any]", target.get_properties(asked))
    types = props.get("{DAV:}resourcetype") or []
    kinds = [types] if isinstance(types, str) else list(types)
    display = props.get("{DAV:}displayname")
    name = str(display) if display else None
    user = props.get("{DAV:}current-user-principal")
    principal = str(user) if user else None
    if "{urn:ietf:params:xml:ns:caldav}calendar" in kinds:
        return "calendar", name, principal
    if "{DAV:}collection" in kinds or "{DAV:}principal" in kinds:
        return "collection", name, principal
    return ("resource" if props else None), name, principal


def _redirected(url: str, *, timeout: int) -> str:
    """Where `url` redirects to, else `url`: one request instead of a redirect on every one."""
    import http.client

    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    try:
        connection = kind(parts.hostname or "", parts.port, timeout=timeout)
        try:
            connection.request("PROPFIND", parts.path or "/", headers={"Depth": "0"})
            response = connection.getresponse()
            location = response.getheader("Location")
            status = response.status
        finally:
            connection.close()
    except (OSError, http.client.HTTPException):
        return url  # the client that follows says what went wrong, in its words
    if status in (301, 302, 303, 307, 308) and location:
        return urljoin(url, location)
    return url


def _is_root(url: str) -> bool:
    return urlsplit(url).path in ("", "/")


def _refused(failure: Exception) -> bool:
    """Whether a request failed because the URL does not do CalDAV (not for a login problem)."""
    from caldav.lib import error as dav

    status = getattr(failure, "status", None)
    if isinstance(failure, dav.AuthorizationError) and status in (None, 401):
        return False
    return status in (None, 403, 404, 405, 501) or isinstance(failure, dav.NotFoundError)


def _is_well_known(url: str) -> bool:
    return urlsplit(url).path.rstrip("/").endswith("/.well-known/caldav")


def _check_calendar_name(display: str | None, segment: str, name: str, *, where: str) -> None:
    """`--calendar` must name the calendar `--url` points at: pushing elsewhere is a slip."""
    # The URL's last segment names the calendar when the server gives it no display name.
    if name in (display, segment):
        return
    called = display or segment
    raise OptionsError(
        f"--url {where} is the calendar {called!r}, not {name!r}: "
        f"give --calendar {called!r}, or the server's URL to use or create {name!r}"
    )


def find_calendar(client: DAVClient, name: str) -> Calendar | None:
    """The user's calendar called `name` (display name first, then URL segment), or None."""
    principal = client.get_principal()
    calendars = cast("list[Calendar]", principal.get_calendars())
    by_name: list[Calendar] = []
    by_id: list[Calendar] = []
    for candidate in calendars:
        try:
            display = candidate.get_display_name()
        except Exception:  # a calendar whose name cannot be read is not the one asked for
            display = None
        if display == name:
            by_name.append(candidate)
        elif last_segment(str(candidate.url)) == name:
            by_id.append(candidate)
    matches = by_name or by_id
    if len(matches) > 1:
        urls = ", ".join(public_url(str(c.url)) for c in matches)
        raise ServiceError(f"{len(matches)} calendars are called {name!r} ({urls}); rename one")
    return matches[0] if matches else None


def make_calendar(client: DAVClient, name: str, *, where: str) -> Calendar:
    """A new calendar called `name` for the user, with an id made of its name when it has one."""
    from caldav.lib.error import MkcalendarError, MkcolError

    principal = client.get_principal()
    slug = slugify(name)
    # A readable id when the name gives one; the library picks a random one otherwise.
    cal_id = slug if re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug) else None
    try:
        made = principal.make_calendar(name=name, cal_id=cal_id)
    except (MkcalendarError, MkcolError) as failure:
        status = f" ({_status(failure.status)})" if failure.status else ""
        raise ServiceError(f"{where}: cannot create the calendar {name!r}{status}") from None
    return cast("Calendar", made)


def last_segment(url: str) -> str:
    """The last segment of a URL's path, decoded: a resource's or a calendar's name."""
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])


def public_url(url: str) -> str:
    """`url` without a user name or password in it."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port is not None else host
    return urlunsplit(parts._replace(netloc=netloc))
