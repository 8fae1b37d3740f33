"""The picture of the week: page structure, escaping, the command, and a real browser's layout."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.export.html import to_html
from planexport.model import Block, Day, Goal, Item, Plan, Variant
from planexport.progress import Done, Progress, progress_of
from planexport.reader import load
from planexport.scheduling import Schedule, ScheduleOptions, schedule
from planexport.text import plain
from tests.paths import DATA, USER_PLAN

MONDAY = dt.date(2026, 11, 30)
BERLIN = "Europe/Berlin"
# A moment before the week: nothing is done or missed yet, so the page shows no progress.
BEFORE = "2026-11-29 12:00"
HOSTILE = '<script>alert("x")</script> & \'quotes\' "double"'
runner = CliRunner()


# ---------------------------------------------------------------------------------------------
# Reading the page back with the standard library's parser

_VOID = frozenset({"meta", "link", "br", "hr", "img", "input", "source", "wbr", "col", "area"})


@dataclass
class Element:
    """An element of the page: its tag, attributes, text and the day column around it."""

    tag: str
    attrs: dict[str, str]
    column: str | None
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def content(self) -> str:
        return "".join(self.text)


class Page(HTMLParser):
    """Every element with its text (character references resolved) and enclosing column."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        columns = [e for e in self._open if e.tag == "div" and "day" in e.classes]
        around = columns[-1].attrs["data-date"] if columns else None
        element = Element(tag=tag, attrs=values, column=around)
        self.elements.append(element)
        if tag not in _VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                return

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text.append(data)

    def having(self, css_class: str) -> list[Element]:
        """The elements with a class."""
        return [e for e in self.elements if css_class in e.classes]

    def tags(self, tag: str) -> list[Element]:
        """The elements of a tag."""
        return [e for e in self.elements if e.tag == tag]


def style_values(element: Element) -> dict[str, str]:
    """The custom properties of an element's style attribute."""
    pairs = (part.split(":", 1) for part in element.attrs.get("style", "").split(";") if part)
    return {name.strip(): value.strip() for name, value in pairs}


# ---------------------------------------------------------------------------------------------
# Plans and schedules


def user_week(**changes: object) -> Schedule:
    options: dict[str, object] = {"start": MONDAY, "tz": BERLIN, "hours": 6, **changes}
    return schedule(load(USER_PLAN), ScheduleOptions(**options))  # type: ignore[arg-type]


def hostile_plan() -> Plan:
    """A plan whose every text is HTML, quotes, ampersands and inline Markdown."""
    block = Block(
        title=f"**Read** {HOSTILE}",
        label="Block <1>",
        min_minutes=45,
        max_minutes=60,
        note=f"Note & {HOSTILE}\nsecond line",
        items=(
            Item(
                text=f"`code` & [link](https://example.com/?a=1&b=2) {HOSTILE}",
                children=(Item(text=f"child <b>bold</b> {HOSTILE}"),),
            ),
        ),
    )
    second = Block(title='Tom & Jerry\'s "review"', min_minutes=30, max_minutes=30)
    return Plan(
        id="hostile",
        title=f"Plan {HOSTILE}",
        goals=(Goal(title=f"Goal {HOSTILE}", items=(f"aim {HOSTILE}",)),),
        days=(
            Day(
                number=1,
                title=f"Day {HOSTILE}",
                focus=f"Focus _on_ {HOSTILE}",
                variants=(Variant(hours=2, blocks=(block, second)),),
            ),
            Day(number=2, title="Rest & <recover>"),
        ),
    )


def first_block(page: Page) -> Element:
    """The hostile plan's first block."""
    return next(e for e in page.having("block") if e.attrs["data-key"].startswith("hostile.d1."))


def hostile_week() -> Schedule:
    return schedule(hostile_plan(), ScheduleOptions(start=MONDAY, tz=BERLIN))


def two_weeks() -> Schedule:
    """Two weeks with a rest Sunday between plan days and blocks that do not fit."""
    plan = load(USER_PLAN)
    options = ScheduleOptions(
        start=MONDAY, tz=BERLIN, hours=6, rest=frozenset({6}), day_end=dt.time(13, 30)
    )
    return schedule([plan, plan], options)


# ---------------------------------------------------------------------------------------------
# Structure


def test_every_block_appears_once_in_its_day_column() -> None:
    week = user_week()
    page = Page(to_html(week))
    blocks = page.having("block")
    assert sorted(e.attrs["data-key"] for e in blocks) == sorted(b.key for b in week.blocks)
    by_key = {b.key: b for b in week.blocks}
    for element in blocks:
        block = by_key[element.attrs["data-key"]]
        assert element.attrs["data-day"] == block.date.isoformat()
        assert element.column == block.date.isoformat()
        assert plain(block.block.title) in element.content
        assert f"{block.start:%H:%M}–{block.end:%H:%M}" in element.content


def test_a_column_per_day_with_its_date_title_and_focus_on_top() -> None:
    week = user_week()
    page = Page(to_html(week))
    columns = [e for e in page.tags("div") if "day" in e.classes]
    assert [c.attrs["data-date"] for c in columns] == [d.date.isoformat() for d in week.days]
    heads = page.having("day-head")
    for day, head in zip(week.days, heads, strict=True):
        assert head.column == day.date.isoformat()
        assert day.day.title in head.content
        assert day.day.focus is not None
        if day.day.focus.casefold() == day.day.title.casefold():
            assert head.content.count(day.day.title) == 1  # not said twice
        else:
            assert day.day.focus in head.content
    assert "Mon 30 Nov" in heads[0].content
    assert "System design interview framework" not in heads[0].content  # = the title
    assert "Sun 6 Dec" in heads[-1].content


def test_each_day_says_its_study_time_not_a_fraction_of_the_plans_hours() -> None:
    page = Page(to_html(user_week(hours=4)))
    feet = page.having("day-foot")
    assert "3 h 30 min of study" in feet[0].content  # 210 min; the 4 h include the breaks
    assert " of 4 h" not in feet[0].content


def test_blocks_are_placed_by_minutes_from_the_earliest_start() -> None:
    week = user_week(day_start=dt.time(8, 30), durations="min")
    page = Page(to_html(week))
    by_key = {b.key: b for b in week.blocks}
    first = min(b.start.hour * 60 + b.start.minute for b in week.blocks)
    axis = first // 60 * 60  # the grid starts on the hour
    for element in page.having("block"):
        block = by_key[element.attrs["data-key"]]
        values = style_values(element)
        minute = block.start.hour * 60 + block.start.minute
        assert int(values["--top"]) == minute - axis
        assert int(values["--len"]) == block.minutes
    last = max(b.end.hour * 60 + b.end.minute for b in week.blocks)
    hours = [e.content for e in page.having("hour")]
    # An hour line for every hour from the first block's to the last block's end.
    assert hours == [f"{h:02d}:00" for h in range(8, (last + 59) // 60 + 1)]


def test_a_kind_keeps_one_colour_and_the_commonest_kinds_differ() -> None:
    page = Page(to_html(user_week()))
    colours: dict[str, set[str]] = {}
    for element in page.having("block"):
        values = style_values(element)
        colours.setdefault(element.attrs["data-kind"], set()).add(values["--bg"])
    assert all(len(found) == 1 for found in colours.values())
    common = [colours[k].copy().pop() for k in ("concepts", "dsa", "review", "requirements")]
    assert len(set(common)) == len(common)


def test_plan_text_is_escaped_everywhere() -> None:
    source = to_html(hostile_week())
    page = Page(source)
    assert page.tags("script") == []
    assert page.tags("b") == []
    assert "<script>" not in source
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27;" in source
    block = first_block(page)
    assert f"Read {HOSTILE}" in block.content
    assert f"Note & {HOSTILE}\nsecond line" in block.content
    assert f"child <b>bold</b> {HOSTILE}" in block.content
    assert "code & link (https://example.com/?a=1&b=2)" in block.content
    assert "Block <1>" in block.content
    # The hover text carries the items too, and survives the attribute's quoting.
    assert f"• code & link (https://example.com/?a=1&b=2) {HOSTILE}" in block.attrs["title"]
    assert f"  • child <b>bold</b> {HOSTILE}" in block.attrs["title"]
    head = page.having("day-head")[0]
    assert f"Day {HOSTILE}" in head.content
    assert f"Focus on {HOSTILE}" in head.content
    assert page.tags("title")[0].content == f"Plan {HOSTILE}"
    tom = next(e for e in page.having("title") if e.content.startswith("Tom"))
    assert tom.content == 'Tom & Jerry\'s "review"'
    goals = next(e for e in page.tags("details") if "goals" in e.classes)
    assert f"aim {HOSTILE}" in goals.content


def test_markdown_in_plan_text_reads_as_plain_text() -> None:
    page = Page(to_html(hostile_week()))
    titles = [e.content for e in page.having("title")]
    assert titles[0] == f"Read {HOSTILE}"
    assert not any("**" in t or "`" in t for t in titles)


def test_items_nest_inside_the_block_that_opens() -> None:
    page = Page(to_html(hostile_week()))
    block = first_block(page)
    assert block.tag == "details"
    nested = [e for e in page.tags("ul") if "child <b>bold</b>" in e.content]
    # The outer list holds the inner one: two lists contain the child's text.
    assert len(nested) == 2


def test_rest_days_show_as_rest_and_have_no_blocks() -> None:
    week = schedule(load(DATA / "plans" / "rest-day.md"), ScheduleOptions(start=MONDAY, tz=BERLIN))
    page = Page(to_html(week))
    rest = next(e for e in page.having("day-body") if "rest" in e.classes)
    assert rest.column == (MONDAY + dt.timedelta(days=1)).isoformat()
    assert "Rest day" in rest.content
    assert [e.column for e in page.having("block")] == [MONDAY.isoformat()] * 2


def test_blocks_that_did_not_fit_are_listed_under_their_day() -> None:
    weeks = two_weeks()
    assert weeks.unplaced
    page = Page(to_html(weeks))
    listed = page.having("unplaced")
    assert [e.attrs["data-key"] for e in listed] == [u.key for u in weeks.unplaced]
    for element, unplaced in zip(listed, weeks.unplaced, strict=True):
        assert element.column == unplaced.date.isoformat()
        assert f"{plain(unplaced.block.title)} ({unplaced.minutes} min)" in element.content
    placed = {e.attrs["data-key"] for e in page.having("block")}
    assert placed.isdisjoint(u.key for u in weeks.unplaced)


def test_several_weeks_get_a_grid_each_with_skipped_weekdays_as_rest() -> None:
    weeks = two_weeks()
    page = Page(to_html(weeks))
    sections = page.tags("section")
    assert [s.attrs["data-week"] for s in sections] == ["0", "1"]
    assert "Week 1 · Go Track" in sections[0].content
    assert "Week 2 · Go Track" in sections[1].content
    columns = [e for e in page.tags("div") if "day" in e.classes]
    dates = [c.attrs["data-date"] for c in columns]
    # Seven plan days each and a rest Sunday inside each week: eight columns a week.
    assert len(dates) == 16
    assert len(set(dates)) == 16
    sundays = [c for c in columns if dt.date.fromisoformat(c.attrs["data-date"]).weekday() == 6]
    assert [s.attrs["data-date"] for s in sundays] == ["2026-12-06", "2026-12-13"]
    assert all("rest weekday" in s.content for s in sundays)
    week_two = {e.attrs["data-key"] for e in page.having("block") if ".w2." in e.attrs["data-key"]}
    assert week_two == {b.key for b in weeks.blocks if b.week == 1}


def test_the_page_is_self_contained_and_needs_no_script() -> None:
    source = to_html(user_week())
    page = Page(source)
    assert page.tags("script") == []
    assert [e for e in page.elements if "src" in e.attrs or "href" in e.attrs] == []
    assert "url(" not in source
    assert "@import" not in source
    assert page.tags("meta")[0].attrs == {"charset": "utf-8"}


def test_the_title_can_be_chosen() -> None:
    page = Page(to_html(user_week(), title="My <week> & more"))
    assert page.tags("title")[0].content == "My <week> & more"
    assert page.tags("h1")[0].content == "My <week> & more"


def test_output_is_the_same_in_every_process() -> None:
    code = (
        "import datetime as dt\n"
        "from planexport.export.html import to_html\n"
        "from planexport.reader import load\n"
        "from planexport.scheduling import ScheduleOptions, schedule\n"
        f"s = schedule(load({str(USER_PLAN)!r}), ScheduleOptions(start=dt.date(2026, 11, 30), "
        "tz='Europe/Berlin', hours=6))\n"
        "print(to_html(s), end='')\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    ]
    assert runs[0] == runs[1] == to_html(user_week())


# ---------------------------------------------------------------------------------------------
# Progress: done and missed blocks, a bar per day


def tiny_progress(now: dt.datetime) -> tuple[Schedule, Progress]:
    """Three study days (ticks in the plan on Monday and Tuesday morning) as of `now`."""
    plan = load(DATA / "living" / "three-days-done.yaml")
    week = schedule(plan, ScheduleOptions(start=MONDAY, tz=BERLIN))
    return week, progress_of(week, now=now)


def test_done_blocks_are_ticked_and_muted_and_missed_ones_marked() -> None:
    week, state = tiny_progress(dt.datetime(2026, 12, 1, 12, tzinfo=ZoneInfo(BERLIN)))
    page = Page(to_html(week, progress=state))
    blocks = {b.attrs["data-key"]: b for b in page.having("block")}
    assert {k: b.attrs["data-state"] for k, b in blocks.items()} == {
        "tiny.d1.read": "done",
        "tiny.d1.practice": "done",
        "tiny.d2.read": "done",
        "tiny.d2.practice": "missed",
        "tiny.d4.read": "upcoming",
        "tiny.d4.practice": "upcoming",
    }
    done, missed, ahead = blocks["tiny.d2.read"], blocks["tiny.d2.practice"], blocks["tiny.d4.read"]
    assert "done" in done.classes
    assert done.content.strip().startswith("✓ Read09:00–10:00")
    assert done.attrs["title"].endswith("(done)")
    assert "missed" in missed.classes
    assert missed.content.strip().startswith("Practice10:10–11:00 · missed")
    assert ahead.classes == {"block"}
    assert ahead.content.strip().startswith("Read")
    # Muted and outlined by the page's own style sheet.
    css = page.tags("style")[0].content
    assert ".block.done { opacity: .55; }" in css
    assert ".block.missed { outline: 2px dashed" in css


def test_each_day_up_to_today_has_a_bar_of_done_over_planned_minutes() -> None:
    week, state = tiny_progress(dt.datetime(2026, 12, 1, 12, tzinfo=ZoneInfo(BERLIN)))
    page = Page(to_html(week, progress=state))
    bars = {b.column: b for b in page.having("bar")}
    # Thursday is ahead with nothing done: no bar; Wednesday is a rest day.
    assert sorted(str(k) for k in bars) == ["2026-11-30", "2026-12-01"]
    monday, tuesday = bars["2026-11-30"], bars["2026-12-01"]
    assert (monday.attrs["aria-valuenow"], monday.attrs["aria-valuemax"]) == ("110", "110")
    assert (tuesday.attrs["aria-valuenow"], tuesday.attrs["aria-valuemax"]) == ("60", "110")
    widths = [e.attrs.get("style", "") for e in page.tags("span") if e.column == "2026-12-01"]
    assert "width:54.5%" in widths
    texts = {e.column: e.content for e in page.having("done-text")}
    assert texts == {
        "2026-11-30": "1 h 50 min of 1 h 50 min done",
        "2026-12-01": "1 h of 1 h 50 min done, 1 missed",
    }
    meta = page.having("meta")[0].content
    assert meta.endswith("as of Tue 1 Dec 12:00: 2 h 50 min done, 1 block missed")


def test_a_week_still_ahead_with_nothing_ticked_looks_as_without_progress() -> None:
    ahead = progress_of(user_week(), now=dt.datetime(2026, 11, 29, 12, tzinfo=ZoneInfo(BERLIN)))
    assert to_html(user_week(), progress=ahead) == to_html(user_week())


def test_preview_marks_progress_as_of_now(tmp_path: Path) -> None:
    target = tmp_path / "week.html"
    plan = DATA / "living" / "three-days-done.yaml"
    args = ["preview", str(plan), "--start", "2026-11-30", "--tz", BERLIN, "-o", str(target)]
    result = runner.invoke(app, [*args, "--now", "2026-12-01 12:00"])
    assert result.exit_code == 0, result.output
    week, state = tiny_progress(dt.datetime(2026, 12, 1, 12, tzinfo=ZoneInfo(BERLIN)))
    assert target.read_text(encoding="utf-8") == to_html(week, progress=state)


# ---------------------------------------------------------------------------------------------
# The command


def test_preview_writes_first_plan_stem_html_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = [
        "preview",
        str(USER_PLAN),
        "--start",
        "2026-11-30",
        "--tz",
        BERLIN,
        "--hours",
        "6",
        "--now",
        BEFORE,
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    written = tmp_path / "go-track.html"
    assert written.read_text(encoding="utf-8") == to_html(user_week())
    assert "wrote go-track.html" in result.stderr


def test_preview_writes_to_stdout_or_a_chosen_file(tmp_path: Path) -> None:
    args = [
        "preview",
        str(USER_PLAN),
        "--start",
        "2026-11-30",
        "--tz",
        BERLIN,
        "--hours",
        "6",
        "--now",
        BEFORE,
    ]
    result = runner.invoke(app, [*args, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout == to_html(user_week())
    target = tmp_path / "week.html"
    result = runner.invoke(app, [*args, "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == to_html(user_week())


def test_preview_strict_fails_when_blocks_do_not_fit(tmp_path: Path) -> None:
    target = tmp_path / "week.html"
    args = [
        "preview",
        str(USER_PLAN),
        "--start",
        "2026-11-30",
        "--tz",
        BERLIN,
        "--hours",
        "6",
        "--now",
        BEFORE,
    ]
    result = runner.invoke(app, [*args, "--day-end", "12:00", "--strict", "-o", str(target)])
    assert result.exit_code == 1
    assert "did not fit (--strict)" in result.stderr
    assert not target.exists()


def test_preview_of_a_missing_plan_is_bad_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["preview", str(tmp_path / "nope.md"), "-o", "-"])
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'nope.md'}: no such file\n"
    assert result.stdout == ""


# ---------------------------------------------------------------------------------------------
# A real browser

# Run inside the page after layout: every day column's and block's box, and whether the block is
# what a person sees at its own top-left corner (nothing covers it). Written into the DOM, which
# Chromium's --dump-dom prints.
_MEASURE = """
<script>
(() => {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left + scrollX, right: r.right + scrollX, top: r.top + scrollY,
            bottom: r.bottom + scrollY, width: r.width, height: r.height};
  };
  const columns = {};
  for (const c of document.querySelectorAll('.day[data-date]')) columns[c.dataset.date] = box(c);
  const blocks = [...document.querySelectorAll('.block[data-key]')].map((b) => (
    {key: b.dataset.key, day: b.dataset.day, ...box(b)}));
  for (const [i, b] of [...document.querySelectorAll('.block[data-key]')].entries()) {
    b.scrollIntoView({block: 'center', inline: 'center'});
    const r = b.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 8, r.top + 6);
    blocks[i].seen = hit !== null && b.contains(hit);
  }
  const out = document.createElement('pre');
  out.id = 'measurements';
  out.textContent = JSON.stringify({columns, blocks});
  document.body.append(out);
})();
</script>
"""


@pytest.fixture
def chromium() -> str:
    """Chromium's executable; the browser test fails, not skips, without it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if found is None:
        pytest.fail("Chromium is missing: `make browser-deps` installs Debian's package")
    return found


def run_chromium(chromium: str, tmp_path: Path, *args: str) -> str:
    profile = tmp_path / "profile"
    command = [
        chromium,
        "--headless",
        "--no-sandbox",  # root in a container has no user namespace for the sandbox
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def measure(chromium: str, tmp_path: Path, page: str) -> dict[str, object]:
    measured = tmp_path / "measured.html"
    measured.write_text(page.replace("</body>", f"{_MEASURE}</body>"), encoding="utf-8")
    dom = run_chromium(
        chromium, tmp_path, "--window-size=1400,900", "--dump-dom", measured.as_uri()
    )
    found = re.search(r'<pre id="measurements">(.*?)</pre>', dom, re.DOTALL)
    assert found is not None, dom[-2000:]
    data: dict[str, object] = json.loads(html.unescape(found.group(1)))
    return data


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("case", ["one week", "two weeks", "with progress"])
def test_every_block_is_visible_in_its_column_in_a_browser(
    chromium: str, tmp_path: Path, case: str
) -> None:
    week = two_weeks() if case == "two weeks" else user_week()
    state = None
    if case == "with progress":
        # Monday done, Tuesday missed, Wednesday under way: every mark and bar on the page.
        done = {b.key: Done(source="plan") for b in week.blocks if b.date.day == 30}
        state = progress_of(
            week, done=done, now=dt.datetime(2026, 12, 2, 12, tzinfo=ZoneInfo(BERLIN))
        )
        assert {b.state for b in state.blocks} == {"done", "missed", "today", "upcoming"}
    data = measure(chromium, tmp_path, to_html(week, progress=state))
    columns: dict[str, dict[str, float]] = data["columns"]  # type: ignore[assignment]
    boxes: list[dict[str, float | str | bool]] = data["blocks"]  # type: ignore[assignment]
    by_key = {str(b["key"]): b for b in boxes}
    assert sorted(by_key) == sorted(b.key for b in week.blocks)
    scale: list[float] = []
    for day in week.days:
        column = columns[day.date.isoformat()]
        assert column["width"] > 100
        previous_bottom = float("-inf")
        for block in day.blocks:  # in time order
            box = by_key[block.key]
            assert box["day"] == day.date.isoformat()
            assert box["seen"] is True, block.key
            left, right = float(box["left"]), float(box["right"])
            top, bottom = float(box["top"]), float(box["bottom"])
            assert float(box["width"]) > 50
            assert float(box["height"]) > 10
            assert column["left"] <= left < right <= column["right"] + 0.5, block.key
            assert column["top"] < top < bottom <= column["bottom"]
            assert top >= previous_bottom, block.key
            previous_bottom = bottom
            scale.append(float(box["height"]) / block.minutes)
    # One scale for every block: heights are proportional to minutes.
    assert max(scale) - min(scale) < 0.05
    # The same clock time sits at the same height in every column.
    starts = {
        (b.start.hour, b.start.minute): float(by_key[b.key]["top"])
        for b in week.blocks
        if b.week == 0
    }
    nine = [float(by_key[b.key]["top"]) for b in week.blocks if b.week == 0 and b.start.hour == 9]
    assert len(nine) > 1
    assert max(nine) - min(nine) < 0.5
    assert starts[(9, 0)] < starts[(10, 25)] < starts[(11, 35)]


def test_a_screenshot_of_the_week(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "week.html"
    page.write_text(to_html(user_week()), encoding="utf-8")
    shot = tmp_path / "week.png"
    run_chromium(
        chromium,
        tmp_path,
        f"--screenshot={shot}",
        "--window-size=1400,900",
        page.as_uri(),
    )
    assert png_size(shot) == (1400, 900)
    # A blank or unstyled page compresses to a few kilobytes; a drawn grid of coloured blocks
    # and text does not.
    assert shot.stat().st_size > 40_000
