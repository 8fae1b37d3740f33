"""A day's timed lines to blocks: lists of spans and lengths, agendas of start times."""

from __future__ import annotations

import re

from planexport.reader.alternative_items import choices
from planexport.reader.bare_hour_lists import unread_hours
from planexport.reader.beside_spans import longer_children
from planexport.reader.blocks import (
    Ctx,
    RawBlock,
    first_item_title,
    hour_block,
    is_aside_item,
    is_break,
    is_total,
    session_name,
    tidy,
    try_block,
)
from planexport.reader.clock_order import span_start
from planexport.reader.closing_words import closes_day
from planexport.reader.durations import clock, find_duration, parse_duration, start_time
from planexport.reader.hour_starts import own_length, sentence_over_starts
from planexport.reader.last_starts import regular_step
from planexport.reader.late_starts import after_a_span, late_start_note
from planexport.reader.lazy import lazy
from planexport.reader.loose_titles import gap_under_span, loose_title
from planexport.reader.meal_lists import said_gap, span_gap
from planexport.reader.nested_spans import own_span_children
from planexport.reader.noon_words import may_name_noon
from planexport.reader.open_ends import end_left_blank, without_open_end
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.parent_spans import parent_session
from planexport.reader.part_sentences import part_title
from planexport.reader.prose_titles import prose_title
from planexport.reader.repeated_starts import repeated_starts
from planexport.reader.span_points import has_spans, span_point
from planexport.reader.start_runs import label_note, span_label_note, start_title
from planexport.reader.training_amounts import amount_warning
from planexport.reader.until_ends import until_end

__all__ = ["SPAN_LINE", "agenda_run", "item_texts", "list_blocks"]

# "07:30 AM - 08:00 AM: Wake up" as well as "7:30am – 8am": the marker in either case.
SPAN_LINE = lazy(r"^[^\w]{0,4}\d{1,2}[:.h]?\d{0,2}\s*(?:[aApP]\.?[mM]\.?)?\s*[-–—]")


def _time_line(text: str) -> bool:
    """Whether a line starts with a time of day (`8:30 - Workshop starts`, `4:30 - 5:30 …`)."""
    if start_time(text) is not None:
        return True
    found = find_duration(text)
    return found is not None and found.at is not None and SPAN_LINE.match(text) is not None


def _start_only(text: str) -> bool:
    start = start_time(text)
    return start is not None and find_duration(start[1]) is None


def agenda_run(nodes: list[Node], idx: int) -> tuple[list[Item], int] | None:
    """Paragraph lines that start with a time of day (`8:30 - Workshop starts`, `8:45 - Generate
    topics`) are an agenda like a list of them; the bullets under one ("About 45 min - 1 hour")
    describe that activity. The agenda's items and where it ends, or None when it is no agenda."""
    if not _time_line(nodes[idx].text):
        return None
    items: list[Item] = []
    pos = idx
    while pos < len(nodes):
        node = nodes[pos]
        if node.kind == "paragraph" and _time_line(node.text):
            items.append(Item(node.text, node.line))
        elif node.kind == "list" and items and not any(_time_line(i.text) for i in node.items):
            items[-1].children.extend(node.items)
        elif node.kind == "quote" and items and not _time_line(node.text):
            # "> Easier said than done …" under "**6:20 a.m.** Wake up": a word on that activity
            if node.text:
                items[-1].children.append(Item(node.text, node.line))
        else:
            break
        pos += 1
    if sum(1 for item in items if _start_only(item.text)) < 2:
        return None
    return items, pos


def _timed_items(items: list[Item]) -> bool:
    """Whether lines give lengths or clock times (`- 13:30 : inscriptions` under `- Après-midi`)."""
    return any(parse_duration(item.text) or start_time(item.text) for item in items)


_END = lazy(
    r"^[\W_]*(?:end|the end|fin|ende|fine|fim|einde|close|schluss|cierre|cl[oô]ture|clausura"
    r"|encerramento|chiusura|afsluiting|abschluss|adjourn(?:ed|ment)?)[\W_]*$",
    re.IGNORECASE,
)


_HOUR_START = lazy(r"^[^\w]*(?P<t>(?:[01]?\d|2[0-3])h(?:[0-5]\d)?)\s*[:\-–—]\s*(?P<rest>\D.*)$")


def list_blocks(
    items: list[Item],
    blocks: list[RawBlock],
    session: str | None,
    notes: list[str],
    ctx: Ctx,
    *,
    until: int | None = None,
) -> None:
    """Blocks of a list; `until` is where its session ends, the end of its last start-only line."""
    items = repeated_starts(items)  # "**17:15 - Rendu**" over "À 17h15, on vous demandera …"
    agenda = [start_time(item.text) for item in items]
    if any(may_name_noon(item.text) for item in items):
        from planexport.reader.midnight_titles import midnight_title_starts

        midnight_title_starts(items, agenda)  # "11:30 - midnight snack" among start times
    if sum(1 for i in items if (f := find_duration(i.text)) and f.at is not None) >= 2:
        # "17h30 : restitution" after "9h30 - 10h : Accueil": among spans, a French start time
        for pos, item in enumerate(items):
            hour = _HOUR_START.match(item.text)
            if agenda[pos] is None and hour and find_duration(hour.group("rest")) is None:
                spans = find_duration(item.text)  # "22h - minuit : Révision" is a span
                if spans is None or spans.at is None:
                    agenda[pos] = (clock(hour.group("t")), hour.group("rest"))
    starts = _afternoon(items, agenda, blocks, ctx)
    chosen = choices(items)  # "- Walk 30 min OR" over "- Stretching 30 min": the first only
    for pos, item in enumerate(items):
        if pos in chosen.others:
            ctx.warn(item.line, chosen.others[pos])
            notes.extend(item_texts(item))
            continue
        start = agenda[pos]
        if start is not None and starts[pos] is not None:
            start = (starts[pos] or 0, start[1])
        if start is not None and own_length(start[1]) is None:
            # "`09:30` Welcome": lasts until the next start; the last needs a length of its own.
            following = starts[pos + 1] if pos + 1 < len(starts) else None
            if following is None and pos + 1 < len(items):
                following = span_start(items[pos + 1].text, start=start, steps=bool(item.children))
            after = following if following is not None else until
            title, said = start_title(start[1], item.text)  # "**_Talk_** _A. Author_": who
            children = item.children[:]
            if not title and children:
                title, children = first_item_title(children)  # "- 13:00" over its tasks
            title = title or item.text
            # "### 3:00 PM" over "Some reading and then a nap for 25 minutes.": the sentence
            said = said or next((m for m in item.more if part_title(m) is not None), None)
            # "### 07:20 AM" over prose: the paragraph its first sentence titles is the note
            said = said or next((m for m in item.more if prose_title(m) == start[1]), None)
            # "- 7:00 PM Reception, carrying on until 1:00 AM": it says when it ends
            ended = until_end(start[1], start[0]) if after is None else None
            if ended is not None:
                after, title = start[0] + ended[0], start_title(ended[1])[0] or title
            meal = is_break(title) or is_break(_bold_title(start[1]))
            meal = meal and not _menu(item)
            if ended is None and span_point(
                items, pos, start=start, after=after, meal=meal, notes=notes, ctx=ctx
            ):
                continue  # "8:30am: Breakfast" among spans: a gap, and the day's note
            if after is None:
                if _END.match(start[1]) or closes_day(start[1]):
                    continue  # "18h15 : fin": when the day ends, not an activity
                if pos > 0 and agenda[pos - 1] is not None:
                    before = [_at(agenda[k], starts[k]) for k in range(pos + 1)]
                    step = None if meal or is_aside_item(title) else regular_step(before)
                    if step is not None:
                        # "15h00", "15h20", "15h40: Gamma": the last lasts a step, as the others
                        ctx.warn(
                            item.line,
                            f'"{_short(item.text)}" has a start time but no length: read as '
                            f"{step} min like the ones before",
                        )
                        guess = RawBlock(title, None, step, step, said, children, item.line)
                        guess.at, guess.session, guess.guessed = start[0], session, True
                        blocks.append(guess)
                        continue
                    ctx.warn(item.line, f'"{_short(item.text)}" has a start time but no length')
                elif not any(_time_line(i.text) for i in items if i is not item) and (
                    without_open_end(start[1]) == start[1]  # "5:00 PM onwards": meant open
                ):
                    # "* Après-midi" / "* 16:30 : présentation" alone: said, and kept
                    why = "has a start time but no length: kept as a note"
                    ctx.warn(item.line, f'"{_short(item.text)}" {why}')
                    notes.append(item.text)
                elif end_left_blank(start[1]):
                    # "20:00 - ... Coding alone" after the day's spans: kept, and said (but
                    # "20:00 en adelante Cena" says itself that it runs on: a note alone)
                    shown = without_open_end(start[1])
                    hhmm = f"{start[0] // 60 % 24:02d}:{start[0] % 60:02d}"
                    named = start_title(shown)[0] or tidy(shown) or _short(item.text)
                    ctx.warn(item.line, f'"{named}" starts at {hhmm} with no end: kept as a note')
                    notes.append(item.text)
                elif item.children and after_a_span(blocks, start[0]):
                    # "## 10:30 — Writing" over "- essay", the last of an agenda in headings
                    texts = item_texts(item)
                    late_start_note(
                        item.line, title=title, at=start[0], texts=texts, notes=notes, ctx=ctx
                    )
                else:
                    if has_spans(items) and without_open_end(start[1]) == start[1]:
                        # "19:00 Film night" after the day's spans: kept, and said
                        why = "has a start time but no length: kept as a note"
                        ctx.warn(item.line, f'"{_short(item.text)}" {why}')
                    notes.append(item.text)  # "20:00 en adelante Cena": open, a note alone
                continue
            minutes = (after - start[0]) % (24 * 60)
            if minutes == 0 or is_aside_item(title):
                notes.append(item.text)  # "00:00 Sleep" at the session's end: not a block
            elif not meal:
                guess = RawBlock(title, None, minutes, minutes, said, children, item.line)
                guess.at, guess.session, guess.guessed = start[0], session, ended is None
                blocks.append(guess)
            continue
        raw: RawBlock | None
        if start is not None:
            # "`16:00` Wrap-up (30 min)": a start and a length
            raw = try_block(start[1], item.children, item.line, ctx)
            if raw is not None and raw.at is None:
                raw.at = start[0]
            if raw is not None:
                label_note(raw, start[1], item.text)  # "**09:30 Spanisch:** Vokabeln (1 Std.)"
        elif (intro := sentence_over_starts(item))[0]:
            # "Chaque groupe aura 10 minutes …" over "9h30 Provenance", "9h45 …": the starts
            notes.append(item.text)
            list_blocks(item.children, blocks, session, notes, ctx, until=intro[1])
            continue
        else:
            raw = hour_block(item.text, item.children, item.line) or try_block(
                chosen.first.get(pos, item.text), item.children, item.line, ctx
            )
        if raw is not None:
            loose_title(raw, item)  # "- **08:50 – 09:40** (2nd Period)", then "    **PHY 101**"
            span_label_note(raw, item.text)  # "**08:00 - 08:30 Aufstehen:** Bett machen"
        if raw is not None and raw.at is not None and not raw.sure and starts[pos] is not None:
            raw.at, raw.sure = starts[pos], True  # "4:30 - 5:30" after "4:00 - Wrap up"
        parent = None if raw is None else parent_session(raw, item)
        if raw is not None and parent is not None:
            list_blocks(item.children, blocks, parent, notes, ctx, until=(raw.at or 0) + raw.hi)
        elif raw is not None:
            # "- Wakeup, 4:00am - 4:10am" over "  - Workout, 4:10am - 5:50am": the next block
            own = own_span_children(raw, item.children)
            raw.items = [c for c in raw.items if not any(c is o for o in own)]
            longer_children(raw, ctx)  # "  - Lecture (90 min)" under "- 09:00-10:00 Algebra"
            if raw.title == "Block" and session and "block" not in item.text.lower():
                raw.title = session  # "## Sleep" over "- 9:00pm - 4:00am": the part it is
            if (span_gap(raw) and not _menu(item)) or gap_under_span(raw, item):
                # "**10:30 - 10:45**: Descanso ☕": a gap between blocks; "almoço, depois
                # revisão" in a meal's hour says more, kept as a note
                if said_gap(raw):
                    notes.append(item.text)
            elif is_total(item.text) or is_aside_item(raw.title):
                notes.append(item.text)  # "**Setup**: 07:00 - 08:00": for the organisers
            else:
                raw.session = raw.session or session
                blocks.append(raw)
            if own:
                list_blocks(own, blocks, session, notes, ctx)
        elif item.children and _timed_items(item.children):
            # "- **Morning**" over "  - 9:00–10:00 Math": the part of the day its children are in.
            name = session_name(item.text) or tidy(unwrap(item.text)) or session
            list_blocks(item.children, blocks, name, notes, ctx)
        elif not is_total(item.text) and item.line not in ctx.zero:
            if (unread := unread_hours(item.text)) is not None:
                ctx.warn(item.line, unread)  # "9 to 11: Maths" where no span fits it: said
            elif (amount := amount_warning(item.text)) is not None:
                ctx.warn(item.line, amount)  # "Swim: 1000m easy": how far, not how long
            notes.extend(item_texts(item))  # untimed lines are kept as written, nested ones too


def _menu(item: Item) -> bool:
    """Whether a meal is a block of its own: a heading of an agenda with what it holds under it
    (`#### 9:00am – Breakfast` over `- oats`), as a meal plan writes it, not a break between."""
    return item.heading and bool(item.children)


_HALF_ANYWHERE = lazy(r"\d\s*[ap]\.?m\b", re.IGNORECASE)


_WRITTEN_HALF = lazy(r"^[^\d]*\d{1,2}(?:[:.h]\d\d)?\s*[ap]\.?m\b", re.IGNORECASE)


def _at(start: tuple[int, str] | None, moved: int | None) -> int | None:
    """Where a line of an agenda starts: as the afternoon reading moved it, else as written."""
    return moved if moved is not None else (start[0] if start is not None else None)


def _afternoon(
    items: list[Item], agenda: list[tuple[int, str] | None], blocks: list[RawBlock], ctx: Ctx
) -> list[int | None]:
    """Where each line of an agenda starts, reading a 12-hour clock as a person does.

    `1:00 - Topic Discussions` after `8:30 - Workshop starts` is 13:00: hours 1 to 6 written
    without am/pm after later times of the day are the afternoon. A span such as `4:30 - 5:30`
    with nothing before it is read as the afternoon too, with a warning. None for a line that
    is not part of a start-only agenda (spans among spans keep their own reading).
    """
    spans = [
        find_duration(item.text) if a is None else None
        for a, item in zip(agenda, items, strict=True)
    ]
    only = sum(1 for a in agenda if a is not None and find_duration(a[1]) is None)
    timed_spans = sum(1 for f in spans if f is not None and f.at is not None)
    out: list[int | None] = [None] * len(items)
    if only < 2 or only <= timed_spans or any(_HALF_ANYWHERE.search(i.text) for i in items):
        # "6:30am: Wake" among spans: the clock is written out, and a lone start is a note
        as_written = [a[0] if a is not None else None for a in agenda]
        if only < 3 or not any(a is not None and a < 12 * 60 for a in as_written):
            return as_written
        from planexport.reader.meridiem_slips import turned_starts

        # "- **3:00 am** - Break" between "- **1:30 pm** - …" and "- **3:15 pm** - …"
        titles = [
            (start_title(a[1])[0] if a is not None else "") or _short(item.text)
            for a, item in zip(agenda, items, strict=True)
        ]
        return turned_starts(as_written, titles, [item.line for item in items], ctx)
    latest = max((b.at for b in blocks if b.at is not None), default=None)
    for pos, item in enumerate(items):
        found, written = spans[pos], agenda[pos]
        start = written[0] if written is not None else None
        unsure = False
        if start is None and found is not None and found.at is not None and _time_line(item.text):
            start, unsure = found.at, not found.sure
        if start is None:
            continue
        plain = 60 <= start < 7 * 60 and not _WRITTEN_HALF.match(item.text)
        plain = plain and not re.match(r"^[^\d]*0\d", item.text)  # "01:00" is a 24-hour clock
        if plain and latest is not None and start < latest:
            start += 12 * 60
        elif plain and latest is None and unsure:
            start += 12 * 60
            ctx.warn(item.line, f'"{_short(item.text)}" read as the afternoon: write am or pm')
        out[pos] = start
        latest = start if latest is None else max(latest, start)
    return out


def _bold_title(rest: str) -> str:
    """The bold title of a line after its start time: "Lunch" in `**12:00 Lunch:** salad`."""
    bold = re.match(r"^(?P<title>[^*_]+?)\s*:?\s*(?:\*\*|__)", rest)
    return tidy(bold.group("title")) if bold else ""


def item_texts(item: Item) -> list[str]:
    return [" ".join([item.text, *item.more]).strip()] + [
        t for c in item.children for t in item_texts(c)
    ]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
