"""A stateful fake of Todoist API v1: in-process (an httpx transport) or a local HTTP server."""

from __future__ import annotations

import base64
import contextlib
import copy
import datetime as dt
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import httpx

TOKEN = "fake-token-0123456789abcdef"
"""The token the fake accepts unless told otherwise."""

Json = dict[str, Any]


@dataclass
class Fault:
    """A failure to inject: for requests matching `path` (a substring), `times` times."""

    status: int | str
    """An HTTP status, or "timeout" / "disconnect" for a transport error."""
    path: str = ""
    method: str = ""
    times: int = 1
    after_execute: bool = False
    """For /sync: run the commands, then fail (the response is lost)."""
    body: Json = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    skip: int = 0
    """Let this many matching requests through first."""


class FakeTodoist:
    """Projects, sections, tasks and labels of one user, served like Todoist API v1."""

    def __init__(
        self,
        *,
        token: str = TOKEN,
        max_tasks: int | None = 300,
        max_sections: int | None = 20,
        max_labels: int | None = 500,
        max_projects: int | None = None,
    ) -> None:
        self.token = token
        # Todoist's usage limits, on every account, free or paid: a test that needs more says
        # why and passes None.
        self.max_tasks = max_tasks
        """Active tasks (subtasks too) per project before MAX_ITEMS_LIMIT_REACHED."""
        self.max_sections = max_sections
        """Sections per project before MAX_SECTIONS_LIMIT_REACHED."""
        self.max_labels = max_labels
        """Personal labels per account before MAX_LABELS_LIMIT_REACHED."""
        self.max_projects = max_projects
        """Active projects besides the Inbox before MAX_PROJECTS_LIMIT_REACHED (Beginner: 5)."""
        self.limit_errors = 0
        """Commands refused for a usage limit."""
        self.projects: dict[str, Json] = {}
        self.sections: dict[str, Json] = {}
        self.tasks: dict[str, Json] = {}
        self.labels: dict[str, Json] = {}
        self.requests: list[tuple[str, str]] = []
        self.commands: list[Json] = []
        """Every sync command that was executed (not deduplicated)."""
        self.faults: list[Fault] = []
        self.executed: dict[str, tuple[Any, dict[str, str]]] = {}
        self.mapping_on_repeat = False
        """Whether a repeated uuid reports its temp id mapping again (the reference says not)."""
        self.repeat_status: str = "ok"
        """What a repeated uuid gets in sync_status: "ok", "same" (its first outcome) or "omit"."""
        self.page_size: int | None = None
        """At most this many rows a page whatever `limit` asks (a server may page smaller)."""
        self.reverse_lists = False
        """List projects, sections, tasks and labels newest first (order is not promised)."""
        self.renumber = False
        """Number siblings itself from 0, appending, ignoring the child_order/section_order sent."""
        self.implicit_labels = False
        """item_add makes labels it does not know, instead of refusing them."""
        self.clock = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.timezone.utc)
        self._next = 0
        self._lock = threading.RLock()
        self.projects_add("Inbox", inbox=True)

    # -- helpers for tests ---------------------------------------------------------------------

    def new_id(self) -> str:
        """An opaque id like Todoist's (letters and digits, never a number)."""
        self._next += 1
        raw = f"{self._next:06d}".encode()
        return "6X" + base64.b32encode(raw).decode().rstrip("=").lower()

    def stamp(self) -> str:
        """The fake's clock as Todoist writes times; each call moves it on a second."""
        self.clock += dt.timedelta(seconds=1)
        return self.clock.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def projects_add(self, name: str, *, inbox: bool = False) -> Json:
        """Create a project, as the user would."""
        pid = self.new_id()
        now = self.stamp()
        project = {
            "id": pid,
            "name": name,
            "description": "",
            "child_order": len(self.projects) + 1,
            "color": "charcoal",
            "is_collapsed": False,
            "is_shared": False,
            "is_favorite": False,
            "is_archived": False,
            "is_deleted": False,
            "can_assign_tasks": False,
            "view_style": "list",
            "created_at": now,
            "updated_at": now,
            "parent_id": None,
            "inbox_project": inbox,
            "workspace_id": None,
            "folder_id": None,
        }
        self.projects[pid] = project
        return project

    def section_add(self, name: str, project_id: str, order: int | None = None) -> Json:
        """Create a section, as the user would."""
        sid = self.new_id()
        now = self.stamp()
        section = {
            "id": sid,
            "user_id": "1",
            "project_id": project_id,
            "added_at": now,
            "updated_at": now,
            "archived_at": None,
            "name": name,
            "section_order": order if order is not None else len(self.sections) + 1,
            "is_archived": False,
            "is_deleted": False,
            "is_collapsed": False,
        }
        self.sections[sid] = section
        return section

    def task_add(self, content: str, **args: Any) -> Json:
        """Create a task, as the user would (no marker unless given a description)."""
        return self._item_add({"content": content, **args})

    def complete(self, task_id: str) -> None:
        """Complete a task and its subtasks, as the app does."""
        now = self.stamp()
        for task in [self.tasks[task_id], *self._subtree(task_id)]:
            task["checked"] = True
            task["completed_at"] = now
            task["updated_at"] = now

    def project_named(self, name: str) -> Json:
        """The live project called `name`."""
        return next(p for p in self.projects.values() if p["name"] == name)

    def open_tasks(self, project_id: str | None = None) -> list[Json]:
        """Open tasks, optionally of one project."""
        return [
            t
            for t in self.tasks.values()
            if t["completed_at"] is None and project_id in (None, t["project_id"])
        ]

    def count(self, path: str = "", method: str = "") -> int:
        """Requests so far whose path contains `path` (and of `method`)."""
        return sum(1 for m, p in self.requests if path in p and method in (m, ""))

    @property
    def writes(self) -> int:
        """Requests that could change something: every POST and DELETE."""
        return sum(1 for m, _ in self.requests if m in ("POST", "DELETE"))

    def snapshot(self) -> Json:
        """The user's data without ids or times: what two equivalent pushes must agree on."""
        sections = {s["id"]: s["name"] for s in self.sections.values()}

        def tree(parent: str | None, project_id: str) -> list[Json]:
            kids = [
                t
                for t in self.tasks.values()
                if t["parent_id"] == parent
                and (parent is not None or t["project_id"] == project_id)
            ]
            kids.sort(key=lambda t: (sections.get(t["section_id"] or "", ""), t["child_order"]))
            return [
                {
                    "content": t["content"],
                    "description": t["description"],
                    "section": sections.get(t["section_id"] or ""),
                    "order": t["child_order"],
                    "due": t["due"] and {k: t["due"][k] for k in ("date", "timezone")},
                    "duration": t["duration"],
                    "labels": sorted(t["labels"]),
                    "priority": t["priority"],
                    "done": t["completed_at"] is not None,
                    "children": tree(t["id"], project_id),
                }
                for t in kids
            ]

        return {
            p["name"]: {
                "sections": sorted(
                    (s["section_order"], s["name"])
                    for s in self.sections.values()
                    if s["project_id"] == p["id"]
                ),
                "tasks": tree(None, p["id"]),
            }
            for p in sorted(self.projects.values(), key=lambda p: p["name"])
        } | {"labels": sorted(lb["name"] for lb in self.labels.values())}

    # -- transports ----------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport that routes every request to this fake."""
        return httpx.MockTransport(self.handle)

    @contextlib.contextmanager
    def serve(self) -> Iterator[str]:
        """Serve on 127.0.0.1 at a free port; yields the API base URL."""
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = httpx.Request(
                    self.command,
                    f"http://{self.headers.get('Host')}{self.path}",
                    headers=list(self.headers.items()),
                    content=body,
                )
                try:
                    response = fake.handle(request)
                except httpx.TransportError:
                    self.close_connection = True
                    return
                data = response.content
                self.send_response(response.status_code)
                for key, value in response.headers.items():
                    if key.lower() not in ("content-length", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_DELETE = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()

    # -- the API -------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request like Todoist API v1 would."""
        with self._lock:
            path = request.url.path
            if "/api/v1/" in path:
                path = path.split("/api/v1/", 1)[1]
            self.requests.append((request.method, path))
            fault = self._fault(request.method, path)
            if fault is not None and not fault.after_execute:
                return self._fail(fault, request)
            if request.headers.get("Authorization") != f"Bearer {self.token}":
                return _error(401, "AUTH_INVALID_TOKEN", "Invalid token", code=401)
            params = {k: v[-1] for k, v in parse_qs(request.url.query.decode()).items()}
            response = self._route(request, path, params)
            if fault is not None:
                return self._fail(fault, request)
            return response

    def _fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.path in path and fault.method in ("", method):
                if fault.skip:
                    fault.skip -= 1
                    return None
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def _fail(self, fault: Fault, request: httpx.Request) -> httpx.Response:
        if fault.status == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if fault.status == "disconnect":
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        assert isinstance(fault.status, int)
        body = fault.body or {
            "error": "Service unavailable",
            "error_code": 0,
            "error_extra": {},
            "error_tag": "SERVICE_UNAVAILABLE",
            "http_code": fault.status,
        }
        return httpx.Response(fault.status, json=body, headers=fault.headers)

    def _page(
        self, rows: list[Json], params: dict[str, str], limit: int, field: str = "results"
    ) -> httpx.Response:
        if self.reverse_lists:
            rows = rows[::-1]
        return _page(rows, params, min(limit, self.page_size or limit), field)

    def _route(self, request: httpx.Request, path: str, params: dict[str, str]) -> httpx.Response:
        method = request.method
        if method == "POST" and path == "sync":
            return self._sync(request)
        if method != "GET":
            return _error(404, "NOT_FOUND", f"no such endpoint {method} {path}", code=404)
        try:
            limit = int(params.get("limit", "50"))
        except ValueError:
            limit = 0
        if not 1 <= limit <= 200:
            return _error(400, "INVALID_ARGUMENT_VALUE", "limit must be 1..200", code=20)
        if path == "projects":
            rows = [p for p in self.projects.values() if not p["is_deleted"]]
            return self._page(rows, params, limit)
        if path == "sections":
            rows = [
                s
                for s in self.sections.values()
                if params.get("project_id") in (None, s["project_id"])
            ]
            return self._page(sorted(rows, key=lambda s: s["section_order"]), params, limit)
        if path == "labels":
            return self._page(list(self.labels.values()), params, limit)
        if path == "tasks":
            rows = self.open_tasks()
            for key in ("project_id", "section_id", "parent_id"):
                if key in params:
                    rows = [t for t in rows if t[key] == params[key]]
            if "label" in params:
                rows = [t for t in rows if params["label"] in t["labels"]]
            return self._page(rows, params, limit)
        if path == "tasks/completed/by_completion_date":
            try:
                since, until = _time(params["since"]), _time(params["until"])
            except (KeyError, ValueError):
                return _error(
                    400, "INVALID_ARGUMENT_VALUE", "since and until are required", code=20
                )
            if until - since > dt.timedelta(days=92):
                return _error(400, "INVALID_DATE_RANGE", "at most 3 months", code=20)
            rows = [
                t
                for t in self.tasks.values()
                if t["completed_at"] and since <= _time(t["completed_at"]) <= until
            ]
            return self._page(rows, params, limit, field="items")
        return _error(404, "NOT_FOUND", f"no such endpoint GET {path}", code=404)

    # -- sync ----------------------------------------------------------------------------------

    def _sync(self, request: httpx.Request) -> httpx.Response:
        content_type = request.headers.get("Content-Type", "")
        raw = request.content.decode()
        try:
            if "json" in content_type:
                body = json.loads(raw)
                commands = body.get("commands") if isinstance(body, dict) else None
            elif "application/x-www-form-urlencoded" in content_type:
                field = parse_qs(raw).get("commands")
                commands = json.loads(field[-1]) if field else None
            else:
                commands = None
        except ValueError:
            commands = None
        if isinstance(commands, str):
            commands = None  # a JSON body carries the array itself, not its text
        if not isinstance(commands, list) or not all(
            isinstance(c, dict)
            and isinstance(c.get("type"), str)
            and isinstance(c.get("uuid"), str)
            and isinstance(c.get("args", {}), dict)
            for c in commands
        ):
            return _error(400, "INVALID_ARGUMENT_VALUE", "commands: a JSON array", code=20)
        if len(commands) > 100:
            return _error(400, "TOO_MANY_COMMANDS", "at most 100 commands", code=20)
        status: dict[str, Any] = {}
        mapping: dict[str, str] = {}
        for command in commands:
            uid = command["uuid"]
            if uid in self.executed:
                # Todoist never runs a uuid twice; what it answers for a repeat is not documented.
                old_status, old_mapping = self.executed[uid]
                if self.repeat_status != "omit":
                    status[uid] = "ok" if self.repeat_status == "ok" else old_status
                if self.mapping_on_repeat:
                    mapping.update(old_mapping)
                continue
            args = _resolve(command.get("args", {}), mapping)
            try:
                _check_args(command["type"], args)
                _check_values(command["type"], args)
                new_id = self._command(command["type"], args)
            except _CommandError as error:
                status[uid] = error.body
                self.executed[uid] = (error.body, {})
                continue
            self.commands.append(copy.deepcopy(command))
            mine: dict[str, str] = {}
            if new_id is not None and command.get("temp_id"):
                mine[command["temp_id"]] = new_id
            mapping.update(mine)
            status[uid] = "ok"
            self.executed[uid] = ("ok", mine)
        return httpx.Response(
            200,
            json={
                "sync_status": status,
                "temp_id_mapping": mapping,
                "sync_token": f"token-{len(self.executed)}",
                "full_sync": False,
            },
        )

    def _command(self, kind: str, args: Json) -> str | None:
        handler: Callable[[Json], str | None] | None = getattr(self, f"_cmd_{kind}", None)
        if handler is None:
            raise _CommandError("INVALID_COMMAND", f"unknown command {kind}")
        return handler(args)

    def _limit(self, what: str, used: int, most: int | None) -> None:
        if most is not None and used >= most:
            self.limit_errors += 1
            raise _CommandError(
                f"MAX_{what.upper()}_LIMIT_REACHED", f"Maximum number of {what} reached", 403
            )

    def _cmd_project_add(self, args: Json) -> str:
        live = [p for p in self.projects.values() if not p["is_deleted"] and not p["is_archived"]]
        self._limit("projects", sum(1 for p in live if not p["inbox_project"]), self.max_projects)
        return str(self.projects_add(_text(args, "name"))["id"])

    def _cmd_label_add(self, args: Json) -> str:
        name = _text(args, "name")
        if any(lb["name"].casefold() == name.casefold() for lb in self.labels.values()):
            raise _CommandError("LABEL_ALREADY_EXISTS", "label exists")
        self._limit("labels", len(self.labels), self.max_labels)
        lid = self.new_id()
        self.labels[lid] = {
            "id": lid,
            "name": name,
            "color": "charcoal",
            "order": len(self.labels) + 1,
            "is_favorite": False,
        }
        return lid

    def _cmd_section_add(self, args: Json) -> str:
        project_id = self._project(args.get("project_id"))
        _text(args, "name")
        used = sum(1 for s in self.sections.values() if s["project_id"] == project_id)
        self._limit("sections", used, self.max_sections)
        order = args.get("section_order")
        if self.renumber:
            order = sum(1 for s in self.sections.values() if s["project_id"] == project_id)
        return str(self.section_add(_text(args, "name"), project_id, order)["id"])

    def _cmd_section_update(self, args: Json) -> None:
        section = self._section(args.get("id"))
        section["name"] = _text(args, "name")
        section["updated_at"] = self.stamp()

    def _cmd_section_reorder(self, args: Json) -> None:
        for entry in args.get("sections", []):
            self._section(entry.get("id"))["section_order"] = int(entry["section_order"])

    def _cmd_section_delete(self, args: Json) -> None:
        section = self._section(args.get("id"))
        for task in list(self.tasks.values()):
            if task["section_id"] == section["id"]:
                self.tasks.pop(task["id"], None)
        del self.sections[section["id"]]

    def _cmd_item_add(self, args: Json) -> str:
        return str(self._item_add(args)["id"])

    def _item_add(self, args: Json) -> Json:
        _text(args, "content")
        parent = self._task(args["parent_id"]) if args.get("parent_id") else None
        if parent is not None:
            project_id, section_id = parent["project_id"], parent["section_id"]
        else:
            section = self._section(args["section_id"]) if args.get("section_id") else None
            project_id = section["project_id"] if section else self._project(args.get("project_id"))
            section_id = section["id"] if section else None
            if section and args.get("project_id") not in (None, section["project_id"]):
                raise _invalid("section_id", "the section belongs to another project")
        self._limit("items", len(self.open_tasks(project_id)), self.max_tasks)
        self._known_labels(args.get("labels") or [])
        tid = self.new_id()
        now = self.stamp()
        task = {
            "id": tid,
            "user_id": "1",
            "project_id": project_id,
            "section_id": section_id,
            "parent_id": parent["id"] if parent else None,
            "added_by_uid": "1",
            "assigned_by_uid": None,
            "responsible_uid": None,
            "labels": list(args.get("labels") or []),
            "deadline": None,
            "duration": _duration(args.get("duration")),
            "checked": False,
            "is_deleted": False,
            "added_at": now,
            "completed_at": None,
            "updated_at": now,
            "due": _due(args.get("due")),
            "priority": _priority(args.get("priority", 1)),
            "child_order": self._order(args.get("child_order", 1), parent, section_id, project_id),
            "content": args["content"],
            "description": args.get("description", ""),
            "note_count": 0,
            "day_order": -1,
            "is_collapsed": False,
        }
        self.tasks[tid] = task
        return task

    def _order(
        self, sent: Any, parent: Json | None, section_id: str | None, project_id: str
    ) -> int:
        if not self.renumber:
            return int(sent)
        siblings = [
            t
            for t in self.tasks.values()
            if t["parent_id"] == (parent["id"] if parent else None)
            and (
                parent is not None or (t["section_id"], t["project_id"]) == (section_id, project_id)
            )
        ]
        return len(siblings)

    def _known_labels(self, labels: list[str]) -> None:
        """Refuse labels the account lacks, or make them (`implicit_labels`)."""
        for label in labels:
            if not any(lb["name"] == label for lb in self.labels.values()):
                if not self.implicit_labels:
                    raise _CommandError("LABEL_NOT_FOUND", f"Label not found: {label}", code=42)
                self._cmd_label_add({"name": label})

    def _cmd_item_update(self, args: Json) -> None:
        task = self._task(args.get("id"))
        if task["completed_at"]:
            raise _CommandError("ITEM_COMPLETED", "cannot change a completed task")
        # Everything is checked before anything changes: a refused command leaves the task alone.
        if "content" in args:
            _text(args, "content")
        due = _due(args["due"]) if "due" in args else task["due"]
        duration = _duration(args["duration"]) if "duration" in args else task["duration"]
        priority = _priority(args["priority"]) if "priority" in args else task["priority"]
        self._known_labels(args.get("labels") or [])
        for key in ("content", "description", "labels"):
            if key in args:
                task[key] = args[key]
        task["due"], task["duration"], task["priority"] = due, duration, priority
        task["updated_at"] = self.stamp()

    def _cmd_item_move(self, args: Json) -> None:
        task = self._task(args.get("id"))
        targets = [k for k in ("project_id", "section_id", "parent_id") if args.get(k)]
        if len(targets) != 1:
            raise _CommandError("INVALID_ARGUMENT_VALUE", "give one of project, section, parent")
        if targets[0] == "parent_id":
            parent = self._task(args["parent_id"])
            task["parent_id"] = parent["id"]
            project_id, section_id = parent["project_id"], parent["section_id"]
        elif targets[0] == "section_id":
            section = self._section(args["section_id"])
            task["parent_id"] = None
            project_id, section_id = section["project_id"], section["id"]
        else:
            task["parent_id"] = None
            project_id, section_id = self._project(args["project_id"]), None
        if self.renumber:
            task["child_order"] = self._order(
                0, self.tasks.get(task["parent_id"] or ""), section_id, project_id
            )
        for moved in [task, *self._subtree(task["id"])]:
            moved["project_id"], moved["section_id"] = project_id, section_id
            moved["updated_at"] = self.stamp()

    def _cmd_item_reorder(self, args: Json) -> None:
        for entry in args.get("items", []):
            self._task(entry.get("id"))["child_order"] = int(entry["child_order"])

    def _cmd_item_close(self, args: Json) -> None:
        self.complete(self._task(args.get("id"))["id"])

    def _cmd_item_delete(self, args: Json) -> None:
        task = self._task(args.get("id"))
        for gone in [task, *self._subtree(task["id"])]:
            self.tasks.pop(gone["id"], None)

    def _subtree(self, task_id: str) -> list[Json]:
        found = []
        for task in list(self.tasks.values()):
            if task["parent_id"] == task_id:
                found.append(task)
                found.extend(self._subtree(task["id"]))
        return found

    def _project(self, pid: Any) -> str:
        if not isinstance(pid, str) or pid not in self.projects:
            raise _CommandError("PROJECT_NOT_FOUND", f"no project {pid}", 404)
        return pid

    def _section(self, sid: Any) -> Json:
        if not isinstance(sid, str) or sid not in self.sections:
            raise _CommandError("SECTION_NOT_FOUND", f"no section {sid}", 404)
        return self.sections[sid]

    def _task(self, tid: Any) -> Json:
        if not isinstance(tid, str) or tid not in self.tasks:
            raise _CommandError("ITEM_NOT_FOUND", f"no task {tid}", 404)
        return self.tasks[tid]


class _CommandError(Exception):
    """A command refused, with the error object Todoist puts in its sync_status."""

    def __init__(
        self,
        tag: str,
        text: str,
        http_code: int = 400,
        *,
        code: int = 0,
        extra: Json | None = None,
    ) -> None:
        super().__init__(text)
        self.body = {
            "error": text,
            "error_code": code,
            "error_extra": extra or {},
            "error_tag": tag,
            "http_code": http_code,
        }


def _invalid(argument: str, explanation: str) -> _CommandError:
    """Todoist's answer to a value it does not take: 400, INVALID_ARGUMENT_VALUE, code 20."""
    return _CommandError(
        "INVALID_ARGUMENT_VALUE",
        "Invalid argument value",
        code=20,
        extra={"argument": argument, "explanation": explanation},
    )


def _text(args: Json, key: str) -> str:
    value = args.get(key)
    if key not in args or value is None:
        raise _CommandError(
            "ARGUMENT_MISSING", "Required argument is missing", code=19, extra={"argument": key}
        )
    if not isinstance(value, str) or not value.strip():
        raise _invalid(key, "must not be empty")
    return value


def _priority(value: Any) -> int:
    if not _is_int(value) or not 1 <= value <= 4:
        raise _invalid("priority", "must be 1, 2, 3 or 4")
    return int(value)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# The service's limits on text (Todoist's "Usage limits"), by what the text is. The limits on
# counts (tasks per project, sections) are FakeTodoist's own settings.
MAX_LENGTH = {"content": 500, "description": 16_383, "label": 60, "project": 120}

# Arguments holding an id (or null, where Todoist allows it), a whole number, or a flag.
_IDS = {"id", "project_id", "section_id", "parent_id", "responsible_uid", "assigned_by_uid"}
_NUMBERS = {"child_order", "section_order", "item_order", "day_order"}
_FLAGS = {"is_collapsed", "is_favorite", "auto_reminder", "auto_parse_labels"}


def _check_values(kind: str, args: Json) -> None:
    """Refuse a value of the wrong shape or over the service's limits, before anything runs."""
    for key, value in args.items():
        if key in _IDS and value is not None and not isinstance(value, str):
            raise _invalid(key, "must be an id (a string)")
        if key in _NUMBERS and not _is_int(value):
            raise _invalid(key, "must be a whole number")
        if key in _FLAGS and not isinstance(value, bool):
            raise _invalid(key, "must be true or false")
    for key, limit in (("content", "content"), ("description", "description")):
        _check_length(args, key, MAX_LENGTH[limit])
    if kind == "label_add":
        _check_length(args, "name", MAX_LENGTH["label"])
    if kind == "project_add":
        _check_length(args, "name", MAX_LENGTH["project"])
    if "labels" in args:
        labels = args["labels"]
        if labels is not None and not (
            isinstance(labels, list) and all(isinstance(lb, str) and lb.strip() for lb in labels)
        ):
            raise _invalid("labels", "must be a list of label names")
        for label in labels or []:
            if len(label) > MAX_LENGTH["label"]:
                raise _invalid(
                    "labels", f"a label name has at most {MAX_LENGTH['label']} characters"
                )
    if "priority" in args:
        _priority(args["priority"])
    if "due" in args:
        _due(args["due"])
    if "duration" in args:
        _duration(args["duration"])
    for key, order in (("sections", "section_order"), ("items", "child_order")):
        if key in args and not (
            isinstance(args[key], list)
            and all(
                isinstance(e, dict) and isinstance(e.get("id"), str) and _is_int(e.get(order))
                for e in args[key]
            )
        ):
            raise _invalid(key, f"must be a list of {{id, {order}}}")


def _check_length(args: Json, key: str, limit: int) -> None:
    value = args.get(key)
    if value is None:
        return
    if not isinstance(value, str):
        raise _invalid(key, "must be text")
    if len(value) > limit:
        raise _invalid(key, f"at most {limit} characters")


# The arguments each sync command takes (Todoist's sync API reference); anything else is refused.
_ARGS = {
    "project_add": {"name", "color", "parent_id", "child_order", "is_favorite", "view_style"},
    "section_add": {"name", "project_id", "section_order"},
    "section_update": {"id", "name", "is_collapsed"},
    "section_reorder": {"sections"},
    "section_delete": {"id"},
    "label_add": {"name", "color", "item_order", "is_favorite"},
    "item_add": {
        "content",
        "description",
        "project_id",
        "section_id",
        "parent_id",
        "child_order",
        "labels",
        "priority",
        "due",
        "deadline",
        "duration",
        "is_collapsed",
        "day_order",
        "responsible_uid",
        "assigned_by_uid",
        "auto_reminder",
        "auto_parse_labels",
    },
    "item_update": {
        "id",
        "content",
        "description",
        "labels",
        "priority",
        "due",
        "deadline",
        "duration",
        "is_collapsed",
        "day_order",
        "responsible_uid",
        "assigned_by_uid",
    },
    "item_move": {"id", "project_id", "section_id", "parent_id"},
    "item_reorder": {"items"},
    "item_delete": {"id"},
    "item_close": {"id"},
}


def _check_args(kind: str, args: Json) -> None:
    unknown = set(args) - _ARGS.get(kind, set(args))
    if unknown:
        raise _CommandError("INVALID_ARGUMENT_VALUE", f"unknown argument {sorted(unknown)[0]}")


def _due(value: Any) -> Json | None:
    if not value:
        return None
    if not isinstance(value, dict):
        raise _invalid("due", "must be an object with a date")
    date = value.get("date")
    try:
        if not isinstance(date, str):
            raise ValueError(date)
        if "T" in date:
            _time(date)
        else:
            dt.date.fromisoformat(date)
    except ValueError:
        raise _invalid("due", f"bad due date {date!r}") from None
    zone = value.get("timezone")
    if zone is not None and not _is_zone(zone):
        raise _invalid("due", f"unknown timezone {zone!r}")
    return {
        "date": date,
        "string": date,
        "lang": "en",
        "is_recurring": False,
        "timezone": value.get("timezone"),
    }


def _is_zone(name: Any) -> bool:
    from zoneinfo import ZoneInfo

    if not isinstance(name, str) or not name:
        return False
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


def _duration(value: Any) -> Json | None:
    if not value:
        return None
    if (
        not isinstance(value, dict)
        or value.get("unit") not in ("minute", "day")
        or not _is_int(value.get("amount"))
        or value["amount"] <= 0
    ):
        raise _invalid("duration", "needs a whole positive amount and a unit, minute or day")
    return {"amount": value["amount"], "unit": value["unit"]}


def _resolve(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [_resolve(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, mapping) for k, v in value.items()}
    return value


def _time(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _page(
    rows: list[Json], params: dict[str, str], limit: int, field: str = "results"
) -> httpx.Response:
    start = 0
    if params.get("cursor"):
        try:
            start = int(base64.urlsafe_b64decode(params["cursor"].encode()).decode().split(":")[1])
        except (ValueError, IndexError):
            return _error(400, "INVALID_ARGUMENT_VALUE", "bad cursor", code=20)
    chunk = rows[start : start + limit]
    more = start + limit < len(rows)
    cursor = base64.urlsafe_b64encode(f"o:{start + limit}".encode()).decode() if more else None
    return httpx.Response(200, json={field: copy.deepcopy(chunk), "next_cursor": cursor})


def _error(status: int, tag: str, text: str, *, code: int) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "error": text,
            "error_code": code,
            "error_extra": {"event_id": "0"},
            "error_tag": tag,
            "http_code": status,
        },
    )
