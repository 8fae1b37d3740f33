"""Todoist over HTTP: the only module that imports httpx and the Todoist SDK.

The SDK (todoist-api-python) is used through its public surface: its models read every object.
Two things it lacks, so the documented endpoints are called directly with httpx: a base URL of
one's own (`PLANEXPORT_TODOIST_URL`: a self-hosted mirror, a proxy, a test server), since the SDK
always calls api.todoist.com; and reading servers that leave out keys the models require or end
a listing with an empty cursor. Writes go through the documented `/sync` endpoint, which the SDK
has no call for, so that a push is a few batched requests with temp ids, not one per change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from planexport.errors import ConfigError, ServiceError

if TYPE_CHECKING:
    import datetime as dt

    import httpx
    from todoist_api_python.models import Label, Project, Section, Task

__all__ = [
    "DEFAULT_URL",
    "MAX_PAGES",
    "PAGE_LIMIT",
    "TOKEN_ENV",
    "URL_ENV",
    "Client",
    "limit_message",
    "scrub",
]

DEFAULT_URL = "https://api.todoist.com/api/v1"
TOKEN_ENV = "TODOIST_API_TOKEN"
URL_ENV = "PLANEXPORT_TODOIST_URL"

PAGE_LIMIT = 200
MAX_PAGES = 1000
"""A listing that has not ended after this many pages never will."""

T = TypeVar("T")


class Client:
    """Todoist at `base_url` over one httpx client, with planexport's retries and error messages."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str,
        transport: httpx.BaseTransport | None,
        sleep: Callable[[float], None],
        retries: int,
        max_wait: float,
    ) -> None:
        import httpx

        self.token = token
        self.base_url = base_url.rstrip("/")
        self.sleep = sleep
        self.retries = retries
        self.max_wait = max_wait
        self.requests = 0
        """HTTP requests sent, retries included."""
        self.client = httpx.Client(transport=transport) if transport else httpx.Client()

    def close(self) -> None:
        self.client.close()

    def call(self, fn: Callable[[], T], *, what: str) -> T:
        """`fn()`, retried on 429 (after Retry-After), 5xx and connection errors."""
        import httpx
        from dataclass_wizard.errors import JSONWizardError

        attempt = 0
        waited = 0.0
        while True:
            try:
                return fn()
            except httpx.HTTPStatusError as error:
                response = error.response
                status = response.status_code
                if status == 429:
                    delay = _retry_after(response)
                    if delay is None:
                        delay = _backoff(attempt)
                    if waited + delay > self.max_wait or attempt >= 20:
                        raise ServiceError(
                            f"Todoist's rate limit was reached while {what}; "
                            f"try again in {max(1, round(delay))} s"
                        ) from None
                elif status >= 500 and attempt < self.retries:
                    delay = _backoff(attempt)
                else:
                    raise self._error(response, what) from None
            except (ServiceError, ConfigError):
                raise
            except (TypeError, ValueError, KeyError, JSONWizardError) as error:
                # A body the SDK's models cannot read: no retry makes it readable.
                raise ServiceError(
                    f"Todoist answered something planexport cannot read while {what}: "
                    f"{scrub(_first_line(error), self.token)}"
                ) from None
            except httpx.TransportError as error:
                if attempt >= self.retries:
                    raise ServiceError(
                        f"cannot reach Todoist at {self.base_url} while {what}: "
                        f"{scrub(str(error) or type(error).__name__, self.token)}"
                    ) from None
                delay = _backoff(attempt)
            attempt += 1
            waited += delay
            self.sleep(delay)

    def pages(self, make: Callable[[], Iterator[list[T]]], *, what: str) -> list[T]:
        """Every page of a listing; a page that fails is asked for again."""
        pages = make()
        found: list[T] = []
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            page = self.call(lambda: next(pages, None), what=what)
            if page is None:
                return found
            ids = {str(getattr(row, "id", "")) for row in page}
            if page and ids <= seen:
                return found  # the cursor led back to rows already read: the listing is over
            seen |= ids
            found.extend(page)
        raise ServiceError(f"Todoist's answer did not end while {what} ({MAX_PAGES} pages)")

    def projects(self) -> list[Project]:
        """Every project of the account."""
        from todoist_api_python.models import Project

        rows = self._listing("projects", kind="project", params={})
        return self.pages(lambda: _Models(rows, Project.from_dict), what="reading projects")

    def sections(self, project_id: str) -> list[Section]:
        """Every section of a project."""
        from todoist_api_python.models import Section

        rows = self._listing("sections", kind="section", params={"project_id": project_id})
        return self.pages(lambda: _Models(rows, Section.from_dict), what="reading sections")

    def tasks(self, project_id: str) -> list[Task]:
        """Every open task of a project."""
        from todoist_api_python.models import Task

        rows = self._listing("tasks", kind="task", params={"project_id": project_id})
        return self.pages(lambda: _Models(rows, Task.from_dict), what="reading tasks")

    def labels(self) -> list[Label]:
        """Every personal label of the account."""
        from todoist_api_python.models import Label

        rows = self._listing("labels", kind="label", params={})
        return self.pages(lambda: _Models(rows, Label.from_dict), what="reading labels")

    def completed(self, *, since: dt.datetime, until: dt.datetime) -> list[Task]:
        """Tasks completed between two aware instants (the server caps the window's length)."""
        from todoist_api_python.models import Task

        params = {"since": _instant(since), "until": _instant(until)}
        rows = self._listing("tasks/completed/by_completion_date", kind="completed", params=params)
        return self.pages(lambda: _Models(rows, Task.from_dict), what="reading completed tasks")

    def _listing(self, path: str, *, kind: str, params: dict[str, str]) -> _Listing:
        return _Listing(self, f"{self.base_url}/{path}", kind=kind, params=params)

    def get(self, url: str, params: dict[str, str]) -> dict[str, Any]:
        """GET a documented endpoint; the JSON object it answers."""
        self.requests += 1
        response = self.client.get(
            url,
            params=params,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=60.0,
        )
        response.raise_for_status()
        data = response.json()
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        return data

    def sync(self, commands: list[dict[str, Any]]) -> dict[str, Any]:
        """POST the commands to /sync; the response as a dict."""

        def post() -> dict[str, Any]:
            self.requests += 1
            response = self.client.post(
                f"{self.base_url}/sync",
                data={"commands": json.dumps(commands, ensure_ascii=False)},
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=60.0,
            )
            response.raise_for_status()
            data = response.json()
            if not isinstance(data, dict):
                raise ServiceError("Todoist's sync endpoint answered with something unexpected")
            return data

        return self.call(post, what="sending changes")

    def _error(self, response: httpx.Response, what: str) -> Exception:
        status = response.status_code
        body = _json(response)
        tag = str(body.get("error_tag") or body.get("error_code") or "")
        text = scrub(str(body.get("error") or response.reason_phrase or ""), self.token)
        if status == 401 or (status == 403 and tag.startswith("AUTH")):
            return ConfigError(
                f"Todoist rejected the token: set {TOKEN_ENV} to your API token "
                "(Todoist: Settings > Integrations > Developer)"
            )
        limit = limit_message(tag, text)
        if limit is not None:
            return ServiceError(limit)
        if status == 410:
            return ServiceError(
                f"{self.base_url} is a retired Todoist API (410 Gone); "
                f"unset {URL_ENV} or point it at an API v1 URL"
            )
        detail = f": {tag} {text}".rstrip() if (tag or text) else ""
        return ServiceError(f"Todoist answered {status} while {what}{detail}")


class _Listing:
    """The pages of a list endpoint: a page that fails is asked for again with the same cursor."""

    def __init__(self, client: Client, url: str, *, kind: str, params: dict[str, str]) -> None:
        self.client = client
        self.url = url
        self.kind = kind
        self.params = params
        self.cursor: str | None = ""

    def __iter__(self) -> Iterator[list[dict[str, Any]]]:
        return self

    def __next__(self) -> list[dict[str, Any]]:
        if self.cursor is None:
            raise StopIteration
        params = dict(self.params)
        params["limit"] = str(PAGE_LIMIT)
        if self.cursor:
            params["cursor"] = self.cursor
        data = _tolerant_page(self.client.get(self.url, params), self.kind)
        self.cursor = data.get("next_cursor") or None
        rows = data.get("items" if self.kind == "completed" else "results") or []
        return [row for row in rows if isinstance(row, dict)]


class _Models(Iterator[list[T]]):
    """A listing's pages read into the SDK's models."""

    def __init__(self, rows: _Listing, read: Callable[[dict[str, Any]], T]) -> None:
        self.rows = rows
        self.read = read

    def __next__(self) -> list[T]:
        return [self.read(row) for row in next(self.rows)]


def _instant(value: dt.datetime) -> str:
    """An aware instant as the API reads it: `2026-11-21T08:00:00Z`."""
    import datetime as dt

    return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat() + "Z"


_EPOCH = "1970-01-01T00:00:00.000000Z"
_DEFAULTS: dict[str, dict[str, Any]] = {
    "project": {
        "description": "",
        "color": "charcoal",
        "is_collapsed": False,
        "is_shared": False,
        "is_favorite": False,
        "is_archived": False,
        "can_assign_tasks": False,
        "view_style": "list",
    },
    "section": {"is_collapsed": False},
    "label": {"color": "charcoal", "order": 0, "is_favorite": False},
    "task": {
        "description": "",
        "section_id": None,
        "parent_id": None,
        "labels": [],
        "priority": 1,
        "due": None,
        "deadline": None,
        "duration": None,
        "is_collapsed": False,
        "responsible_uid": None,
        "assigned_by_uid": None,
        "completed_at": None,
        "added_by_uid": "",
    },
}
_ORDER_KEYS = {"project": "child_order", "section": "section_order", "task": "child_order"}
_TIME_KEYS = {"project": ("created_at", "updated_at"), "task": ("added_at", "updated_at")}
_ALIASES = {"created_at": "added_at", "added_at": "created_at"}


def _tolerant_page(data: Any, kind: str) -> Any:
    """A list page as the SDK's strict models need it, from any faithful server.

    The SDK rejects a whole page when one object lacks a key its models require, and reads
    the completed tasks from `items` only; a server may leave out keys it has no value for,
    use `results` throughout, or end the pages with an empty cursor (which the SDK would
    take for "start again"). Keys that are there are never changed.
    """
    if not isinstance(data, dict):
        return data
    field = "items" if kind == "completed" else "results"
    rows = data.get(field)
    if rows is None:
        rows = data.get("results") if field == "items" else data.get("items")
    row_kind = "task" if kind == "completed" else kind
    fixed = {**data, field: [_tolerant(row, row_kind) for row in rows or []]}
    if not fixed.get("next_cursor") or not rows:
        fixed["next_cursor"] = None  # an empty page ends the listing whatever the cursor says
    return fixed


def _tolerant(row: Any, kind: str) -> Any:
    if not isinstance(row, dict):
        return row
    fixed = {**_DEFAULTS.get(kind, {}), **row}
    for key in ("id", "project_id", "section_id", "parent_id"):
        if isinstance(fixed.get(key), int):
            fixed[key] = str(fixed[key])
    order = _ORDER_KEYS.get(kind)
    if order is not None and order not in fixed and "order" not in fixed:
        fixed[order] = 0
    times = _TIME_KEYS.get(kind, ())
    for key in times:
        if fixed.get(key) is None and fixed.get(_ALIASES.get(key, "")) is None:
            fixed[key] = next((row[k] for k in times if row.get(k)), _EPOCH)
    if kind == "task":
        if fixed.get("labels") is None:
            fixed["labels"] = []
        due = fixed.get("due")
        if isinstance(due, dict):
            due = dict(due)
            # A REST v2 style due keeps the time in `datetime` and only the day in `date`.
            if isinstance(due.get("datetime"), str) and due["datetime"]:
                due["date"] = due["datetime"]
            due.setdefault("string", str(due.get("date") or ""))
            fixed["due"] = due if due.get("date") else None
        duration = fixed.get("duration")
        if isinstance(duration, dict) and not duration.get("amount"):
            fixed["duration"] = None
    return fixed


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _retry_after(response: httpx.Response) -> float | None:
    header = response.headers.get("Retry-After")
    if header:
        try:
            return max(0.0, float(header))
        except ValueError:
            pass
    extra = _json(response).get("error_extra")
    if isinstance(extra, dict):
        value = extra.get("retry_after")
        if isinstance(value, (int, float)):
            return max(0.0, float(value))
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__


def _backoff(attempt: int) -> float:
    return float(min(8.0, 0.5 * 2**attempt))


def scrub(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text


def limit_message(tag: str, text: str) -> str | None:
    """One line naming the Todoist usage limit a refusal reports, and what to do about it."""
    match = re.fullmatch(r"MAX_(\w+?)_LIMIT_REACHED", tag)
    if match is None:
        return None
    what = match.group(1).lower().replace("_", " ")
    # Todoist's usage limits apply to every account; only the projects' differ by plan.
    known = {
        "items": (
            "300 active tasks per project",
            "complete or move some tasks there, or push fewer days (--ahead, --room)",
        ),
        "sections": (
            "20 sections per project",
            "delete sections you no longer need there, or use --sections week",
        ),
        "labels": ("500 labels", "delete labels you no longer use, or push with --labels none"),
        "projects": (
            "projects (5 on the free Beginner plan)",
            "archive a project, or share one with --project NAME",
        ),
    }
    limit, todo = known.get(what, (what, "make room"))
    detail = f" ({tag}: {text})" if text else f" ({tag})"
    return f"Todoist's limit of {limit} was reached{detail}: {todo}, then push again"
