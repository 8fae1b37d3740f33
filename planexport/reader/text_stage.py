"""The first stage of reading: the plan's text rewritten, line for line, into the forms the
outline and the later stages read (`9:00 AM` for `9h`, a span for `de 14 à 16 heures`, code
blocks that hold a week as its days …). Every line keeps its number, so warnings name it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.activity_spans import activity_spans
from planexport.reader.alternative_times import first_alternatives
from planexport.reader.bold_meridiems import meridiems_inside
from planexport.reader.bracket_notes import bracket_notes
from planexport.reader.budgets import budget_echoes
from planexport.reader.cjk_lengths import cjk_lengths
from planexport.reader.cjk_weekdays import cjk_weekdays
from planexport.reader.clock_hour_words import clock_hour_words
from planexport.reader.details_lines import details_lines
from planexport.reader.dotted_clock_times import dotted_clock_times
from planexport.reader.dutch_lengths import dutch_lengths
from planexport.reader.footnote_marks import drop_footnote_marks
from planexport.reader.hour_phrases import hour_phrases
from planexport.reader.inner_rules import inner_rules
from planexport.reader.lazy import lazy
from planexport.reader.ordinal_days import ordinal_days
from planexport.reader.pomodoros import plan_pomodoros
from planexport.reader.quoted_lines import unquote_timed
from planexport.reader.session_hour_spans import session_hour_spans
from planexport.reader.short_rules import padded_rules
from planexport.reader.spaced_clock_times import spaced_clock_times
from planexport.reader.spaced_minutes import joined_minutes
from planexport.reader.table_frames import closing_rules
from planexport.reader.table_rules import rows_across_rules
from planexport.reader.task_marks import task_marks
from planexport.reader.tight_marks import tight_marks
from planexport.reader.timer_lengths import timer_lengths
from planexport.reader.weekday_length_labels import weekday_length_labels
from planexport.reader.word_gates import may_hold
from planexport.reader.zone_times import zone_times

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["rewritten_text"]

# A ticked box or a Logseq task marker: the marks of task lines that may open with a time.
_TICK_MARKS = ("[x]", "[X]", "TODO ", "DONE ", "DOING ", "LATER ", "NOW ", "WAITING ")
# "8:30a", "12:00p": a clock time marked by its letter alone (see `letter_meridiems`).
_LETTER_TIME = lazy(r":[0-5]\d[apAP](?![A-Za-z0-9])")


def rewritten_text(body: str, ctx: Ctx) -> tuple[str, dict[int, str]]:
    """The body rewritten for the outline, and the sections of its gantt charts by line."""
    # Passes for a style only some plans have load only for a text that has its mark: each
    # makes the same test first and gives the text back as it is without it.
    if "```" in body or "~~~" in body:
        from planexport.reader.fence_ends import closed_fences

        body = closed_fences(body, ctx)  # "```text" never closed
    body = drop_footnote_marks(body, ctx.footnotes)  # "9:00[^1]"
    if "::" in body:
        from planexport.reader.inline_fields import inline_fields

        body = inline_fields(body)  # "- [ ] Read chapter 4 [duration:: 45 min]"
    if "]:" in body:
        from planexport.reader.length_references import length_references

        body = length_references(body)  # "- [30min]: Intro": a line, no link reference
    if "[[" in body:
        from planexport.reader.wiki_headings import wiki_headings

        body = wiki_headings(body)  # "## [[2027-01-12|Tuesday]]": a weekly note's day
    if "\u20e3" in body or "\U0001f51f" in body:
        from planexport.reader.keycap_numbers import keycap_numbers

        body = keycap_numbers(body)  # "1️⃣ Learn – 30 min": a numbered line
    body = task_marks(tight_marks(body), ctx)  # "-**Drill (1h)**"; "- [-] Read …": open box
    if any(mark in body for mark in _TICK_MARKS):
        from planexport.reader.ticked_starts import ticked_starts

        body, ctx.ticked = ticked_starts(body)  # "- [x] 07:30 Note review": done, and read
    if "<!--" in body:
        from planexport.reader.html_comments import hide_comments

        body = hide_comments(body, ctx)  # "<!-- ## Dia 1 …"
    if "\n<h" in body or "\n<H" in body:
        from planexport.reader.html_heading_lines import html_heading_lines

        body = html_heading_lines(body)  # "<h4>Time and place</h4>" over Markdown lines
    body = unquote_timed(body)  # "> 8:45 - 9:00 : …"
    body = padded_rules(body)  # "Day 1 | What | Notes" over "--- | ---": still a table
    body = inner_rules(closing_rules(body))  # "| Sat / Sun | Free |" over a closing "|---|"
    body = rows_across_rules(body)  # "ca. 12.45 | End of day 1 |" / "---" / "**Day 2** |"
    if "</" in body and "|" in body:
        from planexport.reader.html_cell_rows import html_cell_rows

        body = html_cell_rows(body)  # "| | <div class=abstract>" / "…" / "</div> |": one row
    if "</" in body and "=" in body:
        from planexport.reader.paired_components import paired_components

        body = paired_components(body)  # "<Event time="09:00">" over "## Opening", "</Event>"
    if "```" in body or "~~~" in body:
        from planexport.reader.code_weekdays import code_weekdays

        body = code_weekdays(body, ctx)  # "Monday: 3 hours" over "├── 7:00-9:00 AM: Theory" in code
    sections: dict[int, str] = {}  # gantt charts' sections, by line
    if may_hold(body, ("mermaid",)) and "mermaid" in body.lower():  # the first test quicker
        from planexport.reader.gantt_days import gantt_days

        body, sections = gantt_days(body, ctx)  # "```mermaid" / "gantt" / "Deep Work :06:00, 2h"
    body = clock_hour_words(body)  # "9:00 hrs - 10:30 hrs Clase", "- 09:00 hs Apertura"
    body = zone_times(body)  # "10:00 CET Welcome", "9am PT - 10am PT: Kickoff"
    if _LETTER_TIME.search(body) is not None:
        from planexport.reader.letter_meridiems import letter_meridiems

        body = letter_meridiems(body)  # "8:30a - 9:00a Welcome"
    body = dotted_clock_times(meridiems_inside(spaced_clock_times(body)))  # "- 12.30 uur Lunch"
    if re.search(r":\d(?!\d)", body):
        from planexport.reader.short_minutes import short_minutes

        body = short_minutes(body, ctx)  # "07:0 - 08:00"
    body = activity_spans(hour_phrases(body, ctx.written))
    body = first_alternatives(joined_minutes(body), ctx)  # "- 7: 00 AM"
    body = plan_pomodoros(body)
    if "{:" in body:
        from planexport.reader.kramdown_attributes import drop_attribute_lists

        body = drop_attribute_lists(body)  # "{: .note}"
    body = budget_echoes(dutch_lengths(body))  # "15-18 hrs"
    body = cjk_lengths(cjk_weekdays(body))  # "## 月曜日" over "- 単語 30分", "듣기 1시간"
    body = timer_lengths(body)  # "⏱️ 2 hours" under a day: its length
    body = session_hour_spans(body)  # "**Morning (9–12)**": the hours of that part of the day
    body = weekday_length_labels(body)  # "- **Mon (1h):** Cluster basics"
    body = details_lines(body)  # "1. **Two Sum**" over "_Level: Easy · Time: 15 mins_"
    body = bracket_notes(body)  # "**Deep Work (90 min – no phone)**": the note after it
    body = ordinal_days(body)  # "## Erster Tag: Grundlagen", "## 1er jour"
    if "pent" in body or "PENT" in body:
        from planexport.reader.spent_fields import spent_fields

        body = spent_fields(body)  # "**Time spent**: 13:00 - 19:00" by "**Today's Progress**: …"
    return body, sections
