"""Inside one day: its plans of N hours (with "Add:"), its sessions, blocks, breaks and notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planexport.reader.add_intros import add_end
from planexport.reader.alternative_sessions import drop_alternatives
from planexport.reader.bare_hour_lists import unread_hours
from planexport.reader.block_labels import name_labels
from planexport.reader.block_tables import table_blocks
from planexport.reader.blocks import (
    LABEL,
    Ctx,
    RawBlock,
    block,
    hour_block,
    is_aside,
    is_break,
    is_total,
    session_name,
    tidy_emphasis,
    try_block,
)
from planexport.reader.clock_order import clip_guesses, order_halves
from planexport.reader.clocked_sessions import clocked_sessions
from planexport.reader.day_task_tables import task_rows
from planexport.reader.detail_sections import attach_details, split_details
from planexport.reader.durations import (
    DASH,
    HOUR_UNIT,
    NUM,
    Found,
    find_duration,
    parse_duration,
    start_time,
)
from planexport.reader.label_tables import drop_table_label, rows_inside
from planexport.reader.late_sessions import late_halves
from planexport.reader.lazy import lazy
from planexport.reader.length_words import hours_in_words, may_hold_word_length
from planexport.reader.meal_lists import said_gap, span_gap
from planexport.reader.option_heads import fold_options, holds_options, in_options
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.part_minutes import whole_minutes
from planexport.reader.part_sections import one_plan_parts
from planexport.reader.prose_lengths import is_advice, is_recap_heading
from planexport.reader.quoted_lines import own_blocks
from planexport.reader.recaps import drop_recaps
from planexport.reader.session_points import untimed_points
from planexport.reader.session_titles import section_name as _section_name
from planexport.reader.span_headings import titled_spans
from planexport.reader.span_sections import drop_frame, span_part, sub_headed_span
from planexport.reader.summary_lists import drop_summaries
from planexport.reader.summed_heads import summed_parents
from planexport.reader.tables import is_facts_table
from planexport.reader.timetable_goals import checklist_goals
from planexport.reader.tracking_tables import drop_logs, tracking_table
from planexport.reader.untimed_tables import untimed_table
from planexport.reader.versions import read_versions, version_heads

__all__ = ["DayBody", "timed", "variants"]

_VARIANT = lazy(rf"(?P<hours>{NUM})\s*[{DASH}]?\s*{HOUR_UNIT}\b", re.IGNORECASE)
_WRAPPED = lazy(r"^(\*\*\*|\*\*|__|\*|_)(?P<inner>.+)\1$", re.DOTALL)
_BOLD_LINE = lazy(r"^[^\w*_`]{0,4}(\*\*|__)")
_EDGE = " \t:;,.|*-–—~()[]"
_VARIANT_WORDS = (
    "plan",
    "track",
    "schedule",
    "version",
    "option",
    "variant",
    "day",
    "study",
    "piano",
    "program",
)
# One of the words starting a word of a heading (with an ending of up to two letters) or ending
# one: "tracks", "Plano", "Lernplan", not "Backtracking" nor "Dynamic Programming".
_VARIANT_WORD = lazy(
    rf"(?<!\w)(?:{'|'.join(_VARIANT_WORDS)})\w{{0,2}}(?!\w)|(?:{'|'.join(_VARIANT_WORDS)})(?!\w)"
)
_DIGIT = lazy(r"\d")
_WORD_AFTER = lazy(r"\s+[^\W\d_]")  # "3-Hour Intro": a word goes on after the hours
_HYPHENED = lazy(rf"\d[{DASH}][^\W\d_]")  # "3-Hour", "3‑Hour": hours joined to their unit
# Where the name of a part of the day ends: a bracket, a colon, a pipe, a dash with a space.
_NAME_END = lazy(rf"[(:|]|\s[{DASH}]|[{DASH}]\s")


@dataclass
class DayBody:
    """What a day holds: its plans of N hours (resolved), and untimed lines kept as notes."""

    variants: list[tuple[float, list[RawBlock]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)  # every list item, for a day of one length
    total: Found | None = None  # "**Time: 3 hours**": the day's length as the plan states it
    unread: list[tuple[int, str]] = field(default_factory=list)  # said if nothing takes them
    busy: list[tuple[int, int, str]] = field(default_factory=list)  # work: start, minutes, title


def timed(nodes: list[Node]) -> bool:
    """Whether `nodes` hold anything with a duration: a list item, a heading, a table cell."""
    for node in nodes:
        # "**Descanso (10 minutos)**" under "#### Bloque 1 (45 min)": a gap, not a part of it
        if node.kind == "list" and any(
            parse_duration(item.text) and not is_break(item.text) for item in node.items
        ):
            return True
        if node.kind == "heading" and parse_duration(node.text):
            return True
        if (
            node.kind == "paragraph"
            and _BOLD_LINE.match(node.text)
            and (parse_duration(node.text) or hour_block(node.text, [], node.line))
            and not is_break(node.text)
        ):
            return True  # "**Hour 2: Scalability Basics**": an hour of its own
        if node.kind == "table" and any(parse_duration(c) for row in node.rows[1:] for c in row):
            if is_facts_table(node):
                continue  # "| **Prüfungsdauer** | 90 Minuten |" is about the plan
            return True
    return False


def _variant_hours(node: Node) -> float | None:
    """Hours of a variant heading ("4-Hour Plan", "**6h plan**"), or None if not one."""
    if node.kind not in ("heading", "paragraph") or not (
        any(map(str.isdigit, node.text)) or may_hold_word_length(node.text)
    ):
        return None  # hours need a number
    if node.kind == "heading":
        text = node.text
    elif _WRAPPED.match(node.text.strip()):
        text = unwrap(node.text)
    else:
        return None
    text = unwrap(text)
    match = _variant_match(text)
    if not match or is_total(text):
        return None
    rest = (text[: match[0]] + text[match[1] :]).lower().strip(_EDGE)
    if rest and _VARIANT_WORD.search(rest) is None:
        return None
    return match[2]


def _variant_match(text: str) -> tuple[int, int, float] | None:
    """Where a version's hours are written (`4-Hour`, `(2h)`, `dos horas`), and how many."""
    match = _VARIANT.search(text)
    if match is not None:
        return match.start(), match.end(), float(match.group("hours").replace(",", "."))
    return hours_in_words(text)


def _named_variant_hours(nodes: list[Node], idx: int) -> float | None:
    """Hours of a heading such as "### Light (2h)" that holds timed blocks, else None."""
    node = nodes[idx]
    if node.kind != "heading":
        return None
    # "### Morning (2h)", "#### Evening (2 hours) - Recursion and Backtracking": a part of the
    # day, not a plan of its own, whatever topic follows its name.
    # A dash inside a word ("Après-midi (3h)") is part of the name, not its end.
    lead = _NAME_END.split(unwrap(node.text), maxsplit=1)[0]
    if session_name(node.text) or session_name(lead):
        return None
    text = unwrap(node.text)
    match = _variant_match(text)
    found = find_duration(text)
    if match is None or found is None or (found.start, found.end) != match[:2] or LABEL.match(text):
        return None
    if _HYPHENED.search(text, match[0], match[1]) and _WORD_AFTER.match(text, match[1]):
        return None  # "# Notes — 3-Hour Intro Workshop": the hours describe what it names
    if holds_options(nodes, idx):
        return None  # "### Deep work (2h)" over "#### Option A" / "#### Option B": one block
    # A block written as a heading has plain items under it; a plan has timed blocks.
    return match[2] if timed(_below(nodes, idx)) else None


def _hour_session(nodes: list[Node], idx: int) -> bool:
    from planexport.reader.hour_sessions import hour_session

    return hour_session(nodes[idx], _below(nodes, idx))


def _below(nodes: list[Node], idx: int) -> list[Node]:
    """The nodes under the heading at `idx`, up to the next heading of its level or above."""
    below: list[Node] = []
    for other in nodes[idx + 1 :]:
        if other.kind == "heading" and other.level <= nodes[idx].level:
            break
        below.append(other)
    return below


def _hours_of(blocks: list[RawBlock]) -> float:
    return round(sum(b.hi for b in blocks) / 60, 2)


def variants(nodes: list[Node], ctx: Ctx) -> DayBody:
    """The day's variants, each fully resolved ("Add:" over the nearest shorter one)."""
    nodes, details = split_details(nodes, ctx)  # "## Mock exam (2 hours)" under its table row
    heads = version_heads(nodes)
    if heads:
        # "### Short version" / "### Full version": the day's variants, never summed.
        body = DayBody(items=[i for n in nodes if n.kind in ("list", "code") for i in n.items])
        body.variants = read_versions(
            nodes,
            heads,
            ctx,
            read=lambda part: whole_minutes(drop_recaps(_loose_blocks(part, ctx, body), ctx), ctx),
        )
        return body
    sections: list[tuple[float, Node, list[Node]]] = []
    loose: list[Node] = []
    closed = False
    inside = in_options(nodes)  # "#### Plan B (2h)" under "### Deep work (2h)": an option
    for idx, node in enumerate(nodes):
        hours = None if idx in inside else _variant_hours(node)
        if hours is not None and node.kind == "paragraph" and untimed_points(nodes, idx):
            hours = None  # "**Study (1 hour):**" over untimed points: a block, not a plan
        if hours is not None and node.kind == "heading" and _hour_session(nodes, idx):
            hours = None  # "### Afternoon Session (3 hours)" over "**Hour 5: …**": a session
        if (
            hours is None
            and idx not in inside
            and (not sections or node.level <= sections[-1][1].level)
        ):
            hours = _named_variant_hours(nodes, idx)
        if hours is not None:
            sections.append((hours, node, []))
            closed = False
        elif sections:
            head = sections[-1][1]
            if (
                node.kind == "heading"
                and head.kind == "heading"
                and node.level <= head.level
                and parse_duration(node.text) is None
            ):
                closed = True  # "#### Notes" after the plans: not part of a plan
            if not closed:
                sections[-1][2].append(node)
        else:
            loose.append(node)
    # "## Teaching Guide (2.5 Hours)" over nothing, then "## Session Outline (2.5h)": a subtitle
    held = {i for i, (_, _, part) in enumerate(sections) if any(n.kind != "hr" for n in part)}
    repeated = {sections[i][0] for i in held}
    sections = [s for i, s in enumerate(sections) if i in held or s[0] not in repeated]
    if one_plan_parts(sections, nodes) and all(_variant_hours(h) is None for _, h, _ in sections):
        # "#### Theory (5 hours):" then "#### Hands-on (5 hours):": the parts of one plan
        loose, sections = [*loose, *(n for _, h, part in sections for n in (h, *part))], []
    if len(sections) == 1 and clocked_sessions(sections[0][2]):
        # "## Schedule (4-5 hours)" over "### Session 1 (90 min)" over "- **9:00 - 9:30** → …":
        # the day's schedule, its lines read as under the day, not an N-hour plan of sessions
        loose, sections = [*loose, *sections[0][2]], []
    body = DayBody(items=[i for n in nodes if n.kind in ("list", "code") for i in n.items])
    # "**Estimated time:** 6-7 hours", "- Total: 3h": the day's length as the plan states it.
    lines = [n.text for n in nodes if n.kind == "paragraph"]
    lines += [i.text for n in nodes if n.kind == "list" for i in n.items]
    body.total = next((find_duration(t) for t in lines if is_total(t) and find_duration(t)), None)
    # Blocks written straight under the day, with no "N-Hour Plan" above them.
    base = whole_minutes(
        drop_recaps(drop_summaries(loose, _loose_blocks(loose, ctx, body), ctx), ctx), ctx
    )
    base = checklist_goals(base, loose, ctx)  # "- [ ] 30 min GA practice" below the timetable
    attach_details(base, details)
    if not sections:
        for node in loose:
            for item in node.items:
                if add_end(item.text) is not None and (
                    timed([Node("list", item.line, items=item.children)])
                    or parse_duration(item.text)
                ):
                    raise ctx.error(item.line, '"Add:" under a day that has no plan to add to')
        if base:
            # The day's plan is as long as it says, or as its blocks at their longest.
            hours = _hours_of(base)
            stated = body.total
            if stated is not None and stated.at is None and stated.hi >= sum(b.lo for b in base):
                hours = round(stated.hi / 60, 2)
            body.variants = [(hours, base)]
        return body

    written: dict[float, tuple[Node, list[RawBlock], list[RawBlock] | None]] = {}
    if base and _hours_of(base) not in {hours for hours, _, _ in sections}:
        # Blocks before the first "N-Hour Plan" are a plan of their own, as long as they are.
        written[_hours_of(base)] = (loose[0], base, None)
    elif base:
        # As long as a plan below: that plan is the day's, and these blocks are said to be left.
        ctx.warn(base[0].line, f'"{base[0].title}" is before a plan of as many hours: not read')
    sections_by_line = {head.line: section for _, head, section in sections}
    for hours, head, section in sections:
        if hours in written:
            raise ctx.error(
                head.line,
                f"day has two {hours:g}-hour plans (first at line {written[hours][0].line})",
            )
        blocks, added = _blocks(section, ctx)
        blocks = summed_parents(blocks, section)  # "## Phase 1 (35 min)" over "### 1.1 (15 min)"
        written[hours] = (head, whole_minutes(drop_recaps(blocks, ctx), ctx), added)

    resolved: dict[float, list[RawBlock]] = {}
    for hours in sorted(written):
        head, blocks, added = written[hours]
        if hours <= 0:
            raise ctx.error(head.line, f'"{head.text}" has no hours')
        if added is not None:
            shorter = [h for h in resolved if h < hours]
            if not shorter:
                raise ctx.error(
                    head.line, f'"{head.text}" adds blocks but the day has no shorter plan'
                )
            blocks = [*resolved[max(shorter)], *blocks, *added]
        if not blocks:
            # Its lines were skipped with warnings: the plan is what else the day holds.
            from planexport.reader.code_agenda import in_code

            code = ": its times are in a code block, not read" if in_code(nodes) else ""
            ctx.warn(head.line, f'"{head.text}" has no blocks{code}: skipped')
            last = _last_line(sections_by_line.get(head.line, []))
            if not any(head.line < z <= last for z in ctx.zero):  # else: its lines say why
                ctx.zero[head.line] = f'"{head.text}" has no blocks{code}'
            continue
        resolved[hours] = blocks
    body.variants = sorted(resolved.items())
    return body


def _last_line(nodes: list[Node]) -> int:
    """The last line the nodes cover, their items' children included."""
    last = 0
    for node in nodes:
        last = max(last, node.line)
        stack = list(node.items)
        while stack:
            item = stack.pop()
            last = max(last, item.line)
            stack.extend(item.children)
    return last


def _some(raw: RawBlock | None) -> list[RawBlock]:
    """The block as a list: none for an item of zero length, skipped with a warning."""
    return [] if raw is None else [raw]


def _blocks(nodes: list[Node], ctx: Ctx) -> tuple[list[RawBlock], list[RawBlock] | None]:
    """Blocks of a plan of N hours, and blocks added with "Add:" (None when it adds nothing).

    Under a plan heading every line is a block: one without a duration is an error.
    """
    blocks: list[RawBlock] = []
    added: list[RawBlock] | None = None
    adding = False  # after an "Add:" paragraph, the next list holds added blocks
    current: RawBlock | None = None  # a block written as a heading, taking the lists below it
    skipping = False  # under a heading that is not a block ("##### Notes")
    add_line = 0  # where the first "Add:" is, for an error when it adds nothing
    for node in nodes:
        if node.kind == "heading":
            skipping = parse_duration(node.text) is None
            current = None if skipping else block(node.text, [], node.line, ctx)
            if current is not None and is_break(current.title):
                current = None  # "### ☕ **Descanso** (10 minutos)": a gap between blocks
            skipping = skipping or current is None  # "### Quiz (0 min)": nothing under it counts
            if current is not None:
                (added if adding and added is not None else blocks).append(current)
            continue
        if skipping:
            continue
        if node.kind == "paragraph":
            add = add_end(node.text)
            if add is not None:
                added = added if added is not None else []
                add_line = add_line or node.line
                rest = node.text[add:].strip()
                if rest:
                    added.extend(_some(block(rest, [], node.line, ctx)))
                adding, current = True, None
            elif current is not None:
                current.note = f"{current.note}\n{node.text}" if current.note else node.text
            continue
        if node.kind == "code" and current is None:
            from planexport.reader.code_agenda import code_agenda

            blocks.extend(code_agenda(node, ctx))  # "08:00 - 09:30 | Reading" in a code block
            continue
        if node.kind == "table" and current is None:
            table = table_blocks(node, ctx, lenient=False)
            if adding and added is not None:
                added.extend(table)
            else:
                blocks.extend(table)
            adding = False
            continue
        if node.kind != "list":
            continue
        if current is not None:
            current.items.extend(node.items)
            continue
        for item in node.items:
            add = add_end(item.text)
            if add is not None:
                added = added if added is not None else []
                add_line = add_line or item.line
                rest = item.text[add:].strip()
                if rest:
                    added.extend(_some(block(rest, item.children, item.line, ctx)))
                else:
                    for c in item.children:
                        added.extend(_some(block(c.text, c.children, c.line, ctx)))
            elif adding and added is not None:
                added.extend(_some(block(item.text, item.children, item.line, ctx)))
            else:
                blocks.extend(_some(block(item.text, item.children, item.line, ctx)))
        adding = False
    if added == [] and not any(add_line <= z <= _last_line(nodes) for z in ctx.zero):
        raise ctx.error(add_line, '"Add:" is followed by no blocks to add')
    name_labels(blocks)
    return blocks, added


def _loose_blocks(nodes: list[Node], ctx: Ctx, body: DayBody) -> list[RawBlock]:
    """Blocks written straight under a day: timed lines are blocks, untimed ones its notes.

    Sessions (`### Morning`, `**Tarde**`) group the timed lines below them; breaks are gaps;
    a heading or bold line with a length over untimed lines is one block with them as items;
    a section of notes (`## Logistics`) holds no blocks.
    """
    notes = body.notes
    blocks: list[RawBlock] = []
    at = _Place()
    skip = 0
    logs: list[tuple[int, list[RawBlock]]] = []  # tracking tables' blocks, by table
    for idx, node in enumerate(nodes):
        if idx < skip:
            continue  # read with the agenda lines above
        if node.kind == "heading":
            if at.aside is not None and node.level > at.aside:
                continue  # "### Transport" under "## Logistics"
            at.aside = None
            if blocks and (is_aside(node.text) or is_recap_heading(node.text)):
                at.aside, at.current, at.session = node.level, None, None
                continue
            folded = _heading(nodes, idx, blocks, at, ctx)
            if folded is not None:
                skip = folded  # "#### Opción A (30 min)" / "#### Opción B": inside the block
                continue
            from planexport.reader.start_runs import start_heading

            at.current = start_heading(nodes, idx, blocks, ctx, notes=notes) or at.current
            continue
        if at.aside is not None:
            notes.extend(_node_texts(node))
            continue
        if node.kind == "session":  # "## Judo" over "### Mardi": the activity of what follows
            at.session, at.level, at.until, at.current, at.part = node.text, None, None, None, None
            continue
        if node.kind == "paragraph":
            from planexport.reader.list_blocks import agenda_run, list_blocks
            from planexport.reader.option_labels import option_part
            from planexport.reader.point_lines import point_line
            from planexport.reader.span_titles import span_title
            from planexport.reader.step_labels import aside_label, within

            if point_line(nodes, idx, blocks, ctx, notes=notes, until=at.until):
                at.current = None  # "**12.30** Wrap-up" after "**10.00 - 12.30** Coding"
                continue
            if span_title(blocks, at.current, node.text):  # "**10:00 – 12:00**" over "**Opening**"
                at.current = next((raw for raw in blocks if raw is at.current), None)
                continue
            if at.current is not None and within(nodes, idx, at.current) and _part(nodes, idx, at):
                continue
            if at.current is not None and (option := option_part(nodes, idx)) is not None:
                at.part = option  # "**Opción A: Diseño**" over its steps, inside the block
                at.current.items.append(option)
                continue
            if (blocks or is_advice(node.text)) and aside_label(nodes, idx):
                at.current, at.aside_list = None, True  # "**Logistics:**" over a list: notes
                notes.append(node.text)
                continue
            run = agenda_run(nodes, idx)
            if run is not None:
                items, skip = run
                list_blocks(items, blocks, at.session, notes, ctx, until=at.until)
                at.current = None
                continue
            before = at.session
            at.current, at.session = _paragraph(
                nodes,
                idx,
                blocks=blocks,
                current=at.current,
                session=at.session,
                notes=notes,
                ctx=ctx,
            )
            at.part, at.used = None, 0
            if at.session != before:
                # "MATTINA (9:00 - 12:00)" over timed lines: they end where it ends.
                span = find_duration(node.text)
                at.until = span.at + span.hi if span is not None and span.at is not None else None
            continue
        if node.kind == "table":
            from planexport.reader.session_tables import session_table

            if (session := session_table(node, ctx)) is not None:
                blocks.extend(session.blocks)  # "| Nulmeting | |" over its parts
                notes.extend(session.notes)
                at.current = None
                continue
            rows = table_blocks(node, ctx, lenient=True)
            if rows_inside(at.current, rows):
                continue  # "**Morning (2.5 hrs):**" over "| 3Sum Closest | 30 min |"
            if rows:
                drop_table_label(nodes, idx, notes)  # "**Problems:**" over its rows
            for raw in rows:
                raw.session = raw.session or at.session
                blocks.append(raw)
            if tracking_table(node):
                logs.append((node.line, rows))  # "| Session | Planned | Actual |"
            elif not rows and untimed_table(node):
                notes.extend(task_rows(node))  # "| Lecture doc | README |": the day's tasks
            at.current = None
            continue
        if node.kind == "code":
            from planexport.reader.code_agenda import code_agenda, first_start, sum_of

            agenda = code_agenda(node, ctx, first_start(nodes, idx))  # "06:00 Bus", then "### Work"
            if agenda and at.current is not None and sum_of(at.current, blocks):
                at.current = None  # "## Timetable (5 hours)" over its times: their sum
            if at.current is not None:
                at.current.items.extend(node.items)
            elif agenda:
                blocks.extend(agenda)  # the day's timetable, in a code block
            elif any(parse_duration(item.text) for item in node.items):
                body.unread.append((node.line, "timed lines in a code block are not read"))
            continue
        if node.kind != "list":
            continue
        if at.aside_list:
            at.aside_list = False
            notes.extend(_node_texts(node))
            continue
        current = at.current
        if current is not None and current.at is not None:
            # "08:00 - 09:30 Cálculo" over "- 14:00 - 15:00 Revisão": blocks of their own
            at.current = None if own_blocks(node, end=current.at + current.hi) else current
        if at.current is not None:
            # "Ciclo 1 (18 min)": timed parts of one block, or its untimed items.
            (at.part.children if at.part is not None else at.current.items).extend(node.items)
            continue
        from planexport.reader.exercise_facts import exercise_block
        from planexport.reader.labelled_lengths import labelled_length_block
        from planexport.reader.list_blocks import list_blocks
        from planexport.reader.start_runs import list_until

        if (exercise := exercise_block(nodes, idx)) is not None:
            exercise.session = at.session  # "### Corrida na Esteira" over "- Séries: 1"
            blocks.append(exercise)
            continue
        if (labelled := labelled_length_block(nodes, idx)) is not None:
            labelled.session = at.session  # "### Reading" over "- Duration: 1 hour"
            blocks.append(labelled)
            continue
        until = at.until if at.until is not None else list_until(nodes, idx, ctx)  # over "---"
        list_blocks(node.items, blocks, at.session, notes, ctx, until=until)
    drop_logs(blocks, logs, ctx)  # the sessions above, again in a table to fill in
    late_halves(blocks, ctx)  # "9:00 – 10:30" under "### 🌙 Evening"
    order_halves(blocks, ctx)
    clip_guesses(blocks, ctx)
    drop_alternatives(blocks, notes, ctx)  # "## Sera leggera" from 19:30 inside "## Sera"
    blocks = titled_spans(blocks, at.untitled, nodes)  # "### 09:00 - 11:00" over its topic
    blocks = drop_frame(blocks)  # "## Time: 8:00 PM - 11:00 PM" over the blocks of its span
    name_labels(blocks)  # "### Block A (20 min)" over "- Install the editor"
    if any(b.at is None for b in blocks):
        from planexport.reader.session_starts import session_starts

        session_starts(nodes, blocks, ctx)  # "### Morning (6:00 AM - 11:00 AM)" over lengths
    return blocks


@dataclass
class _Place:
    """Where the reading is inside a day: the block taking lines, the session, a notes section."""

    current: RawBlock | None = None  # a heading or bold line's block, taking the lines below
    part: Item | None = None  # "**Round 1 (18 min):**" inside a timed block, taking its list
    used: int = 0  # minutes of the parts read inside `current` so far
    session: str | None = None
    level: int | None = None  # the session heading's level
    until: int | None = None  # where the session's time range ends
    aside: int | None = None  # the level of a "## Logistics" heading whose lines are notes
    aside_list: bool = False  # after a "**Logistics:**" line: the list below it is notes
    untitled: list[RawBlock] = field(default_factory=list)  # "### 09:00 - 11:00" alone
    span: RawBlock | None = None  # a clock span heading over sections that are its parts
    span_level: int | None = None  # that heading's level


def _node_texts(node: Node) -> list[str]:
    if node.kind in ("list", "code"):
        from planexport.reader.list_blocks import item_texts

        return [t for item in node.items for t in item_texts(item)]
    return [node.text] if node.kind == "paragraph" else []


def _part(nodes: list[Node], idx: int, at: _Place) -> bool:
    """Whether a paragraph under a block with a clock time is a part of it, and take it if so.

    `**Round 1 (18 min):**`, `**Pausa 5 min**` and `**Conditions:**` between
    `**9:15 - 10:45 | Interleaved session (90 min)**` and the next clock time are inside it.
    """
    node, current = nodes[idx], at.current
    assert current is not None
    text = node.text
    found = find_duration(text)
    if (found is not None and found.at is not None) or start_time(text) is not None:
        return False  # a clock time of its own: the next block
    if unread_hours(text) is not None:
        return False  # "14 to 11: Maths": hours of its own, not read, and said so
    if is_total(text):
        return False  # "**Day total: 2h**": the day's, not a part of the block above
    following = [n for n in nodes[idx + 1 : idx + 2] if n.kind != "paragraph"]
    name = session_name(text)
    if name is not None and not _DIGIT.search(name) and (found is not None or timed(following)):
        return False  # "**Afternoon**" over timed lines; "**Round 1 (18 min)**" is a part
    if found is not None and not is_total(text) and not is_break(text):
        if at.used + found.lo > current.hi:
            return False  # "**Deep work (2 h)**" does not fit inside the block
        at.used += found.lo
    if following and following[0].kind == "list" and _BOLD_LINE.match(text):
        at.part = Item(tidy_emphasis(text), node.line)
        current.items.append(at.part)
    elif not is_break(text) or _prose(text):  # "As you near the break, stop at …"
        at.part = None
        current.note = f"{current.note}\n{text}" if current.note else text
    return True


def _prose(text: str) -> bool:
    from planexport.reader.break_prose import prose_note

    return prose_note(text)


def _starts(nodes: list[Node]) -> bool:
    """Whether `nodes` hold a list item that starts with a time of day (`**08:00 Reading:**`)."""
    return any(
        start_time(item.text) is not None for n in nodes if n.kind == "list" for item in n.items
    )


def _heading(
    nodes: list[Node], idx: int, blocks: list[RawBlock], at: _Place, ctx: Ctx
) -> int | None:
    """Read a heading: a block, a session or neither; where its section ends when it is one
    block with options under it, else None."""
    from planexport.reader.heading_numbers import unnumbered_title
    from planexport.reader.meal_spans import meal_gap
    from planexport.reader.session_asides import heading_asides, take_below
    from planexport.reader.session_labels import heading_session, lead_session
    from planexport.reader.session_topics import session_topic, timed_parts
    from planexport.reader.span_heads import fits_span, span_block
    from planexport.reader.start_headings import started_heading

    node = nodes[idx]
    if (part := span_part(node, at.span_level)) is not None and at.span is not None:
        at.span.items.append(part)  # "#### Problem 1" inside "## 8:00 PM – 8:15 PM: Warm-up"
        at.current, at.part = at.span, part
        return None
    at.current, at.part, at.used, at.span, at.span_level = None, None, 0, None, None
    if at.level is not None and node.level <= at.level:
        at.session, at.level, at.until = None, None, None  # the session's section has ended
    folded = fold_options(nodes, idx, ctx)
    if folded is not None:
        one, end = folded
        one.session = one.session or at.session
        blocks.append(one)
        return end
    below = _below(nodes, idx)
    name = session_name(node.text)
    found = find_duration(node.text)
    spans = found is not None and found.at is not None
    if found is not None and not spans and is_total(node.text):
        return None  # "### ⏰ Total: 5–6 hours/day": the day's sum, not a block of it
    whole = span_block(node.text, found, below)  # "### Bloc 1 | 08:00-10:00": its lines, items
    sub = not whole and sub_headed_span(node.text, found, below)  # over "### Ladder 11"
    whole = whole or sub
    parts = timed_parts(found, name or lead_session(node.text), below, node.text)  # "(5–10 min)"
    lone = whole or parts or (not timed(below) and not (spans and _starts(below)))
    # "### Behavioral (2h)" over points, one "(2 min pitch)": a block, its lines its items
    aside = found is not None and not (lone or spans) and heading_asides(found.lo, below)
    if found is not None and (lone or aside):
        # "#### Phase 1: Vokabeln (40-50 Minuten)" over untimed bullets: one block.
        raw = try_block(node.text, [], node.line, ctx)
        if raw is not None and not spans:
            raw = started_heading(node.text, raw, ctx)  # "### 09:00 - Warm up (15 min)"
        if raw is not None and not meal_gap(raw.title, found, below):
            if name is not None and not _DIGIT.search(name):
                # "## Afternoon (15:00 - 18:30)" over untimed lines: a session of its own.
                at.session, at.level, at.until = _section_name(node.text, name), node.level, None
            raw.session = raw.session or at.session
            topic = session_topic(node.text)
            if topic is not None:
                raw.session, raw.title = topic  # "#### Matin (3h) — Get & Clean Data"
                raw.note = None if raw.note == raw.title else raw.note
            raw.title = unnumbered_title(raw.title)  # "### 2) Loops (30 min)": `Loops`
            blocks.append(raw)
            at.current = raw
            if raw.title == "Block" and "block" not in node.text.lower():
                at.untitled.append(raw)
            if whole:
                fits_span(raw, below, ctx)
            if sub:
                at.span, at.span_level = raw, node.level
            if aside:
                return take_below(raw, below, idx)  # its lines are its items and notes
        return None
    if name is not None or found is not None:
        # "### Mañana (9:00 - 12:00)" over timed lines: the part of the day they belong to.
        at.session = _section_name(node.text, name)
        at.level = node.level
        at.until = found.at + found.hi if found is not None and found.at is not None else None
        return None
    named = heading_session(nodes, idx) if timed(below) else None  # "### Bloque Matutino"
    at.session, at.level, at.until = named, node.level if named else None, None
    return None


def _paragraph(
    nodes: list[Node],
    idx: int,
    *,
    blocks: list[RawBlock],
    current: RawBlock | None,
    session: str | None,
    notes: list[str],
    ctx: Ctx,
) -> tuple[RawBlock | None, str | None]:
    from planexport.reader.list_blocks import SPAN_LINE
    from planexport.reader.session_asides import lengths_aside, titled_session
    from planexport.reader.session_labels import label_session, lead_session
    from planexport.reader.span_sessions import span_session

    node = nodes[idx]
    text = node.text
    if is_total(text):
        return current, session
    if _BOLD_LINE.match(text) or SPAN_LINE.match(text):
        hour = hour_block(text, [], node.line)
        if hour is not None:
            hour.session = session
            blocks.append(hour)
            return hour, session
        raw = try_block(text, [], node.line, ctx)
        following = nodes[idx + 1 : idx + 2]
        name = session_name(text)
        if raw is not None:
            if span_gap(raw):  # "**13:00–15:00:** almoço, depois revisão" is no meal break
                if said_gap(raw):
                    notes.append(text)  # "**12:30–13:30:** almoço, depois revisão": said
                return None, session
            spanned = span_session(text, following)
            if spanned is not None:
                return None, spanned  # "**13:00 - 17:00**" over "- 13:00 - 14:30: Practice"
            listed = [n for n in following if n.kind != "paragraph"]
            name = name or titled_session(text, raw, listed)  # "**Mañana (3h): Git**" over spans
            if name is not None and timed(listed) and not lengths_aside(raw, listed):
                return None, name  # "**Morning (9:00–12:00)**" over timed lines
            raw.session = raw.session or lead_session(raw.title) or session
            if raw.title == "Block" and raw.session and "block" not in text.lower():
                raw.title = raw.session  # "10h00 à 11h00" alone under "## Danse": a Danse class
            blocks.append(raw)
            return raw, session
        if name is not None:
            return None, name
    following = [n for n in nodes[idx + 1 : idx + 2] if n.kind != "paragraph"]
    name = (session_name(text) or label_session(text)) if len(text) <= 40 else None
    if name is not None and timed(following):
        return None, name  # "MATTINA (9:00 - 12:00)" over timed lines
    if (unread := unread_hours(text)) is not None:
        ctx.warn(node.line, unread)  # "9 to 11: Maths" among spans where no span fits it
    if current is not None and not _BOLD_LINE.match(text):
        current.note = f"{current.note}\n{text}" if current.note else text
        return current, session
    notes.append(text)
    return None, session
