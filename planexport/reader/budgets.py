"""A length per week or month (`15-18 hours/week`, `10 h/Woche`, `horas semanales`): a budget."""

from __future__ import annotations

import re

from planexport.reader.day_leads import opens_a_day
from planexport.reader.lazy import lazy
from planexport.reader.words import DAY_WORDS, HOUR_WORDS

_DASH = r"\-\u2010-\u2015\u2212"  # the dashes of a range

__all__ = ["budget_echoes", "is_budget"]

_WEEK_OR_MONTH = (
    r"(?:weeks?|wk|month|mo|woche|monat|semanas?|mes|semaine|mois|settimana|mese|maand)"
)
# What may follow a length to make it a budget: "/week", "per week", "a month", "pro Woche",
# "por semana", "par semaine", "à la semaine", "a settimana", "al mese", "in de week",
# "semanales", "wöchentlich", "hebdomadaires", "settimanali", "mensuales", "weekly"; an
# abbreviation's dot before the slash ("3 Std./Woche").
_BUDGET = lazy(
    r"\s*(?:\.?\s*/\s*|(?:per|a|an|each|every|pro|je|por|par|à la|a la|a|al|alla|al mese|in de|"
    r"op|em|na|la|cada|chaque|ogni|elke|jede|jeden)\s+)"
    + _WEEK_OR_MONTH
    + r"\b(?!\s*\d)"  # "2 h / week 3" names a week
    + r"|\s*(?:semanales|semanais|mensuales|mensais|w[oö]chentlich|monatlich"
    r"|hebdomadaires?|mensuels?|settimanali|mensili|wekelijks|maandelijks|weekly|monthly)\b",
    re.IGNORECASE,
)


# Most lines name no week nor month: the goal below is not even tried on them.
_NEAR = 200  # how far after a length its goal's "per week" may stand: four words and more
_WEEK_WORD = lazy(rf"\b{_WEEK_OR_MONTH}\b", re.IGNORECASE)
# "1 ora di esercizio a settimana", "2 Stunden Sport pro Woche", "3 hours of reading per week":
# a few words of what is done, then "per week" (never "every week", which repeats a block, nor
# past a day word: "1 hour a day five days a week" is a daily hour).
_GOAL = lazy(
    rf"(?:\s+(?!{DAY_WORDS}\b)[^\W\d_]+(?:['’-][^\W\d_]+)*){{1,4}}?"
    r"\s*(?:/\s*|(?:per|pro|por|par|à la|a la|a|al|alla|in de|op|em|na|la)\s+)"
    + _WEEK_OR_MONTH
    + r"\b(?!\s*\d)",
    re.IGNORECASE,
)


def is_budget(text: str, end: int) -> bool:
    """Whether the length that ends at `end` in `text` is said per week or per month, right
    after it (`15-18 hours/week`) or after a few words of what is done (`1 ora di esercizio a
    settimana`): a goal for the week, not a block."""
    if _BUDGET.compiled().match(text, end) is not None:
        return True
    # A few words are read, not the rest of the text: `budget_echoes` asks about a whole plan.
    near = min(len(text), end + _NEAR)
    return _WEEK_WORD.search(text, end, near) is not None and _GOAL.match(text, end) is not None


_RANGE = lazy(
    # (?<!...): a range starts where its first number does, never inside a run of digits (a
    # pasted line of thousands of digits would otherwise be tried from each of them). Asked
    # after the first digit, so that the pattern starts with one: `re` then skips to each digit
    # of a long text, where a pattern that starts by looking behind is tried at every place.
    rf"(?P<range>(?P<lo>\d(?<![\d.,]\d)\d*(?:[.,]\d+)?)\s*[{_DASH}]\s*"
    rf"(?P<hi>\d+(?:[.,]\d+)?)\s*{HOUR_WORDS})\b",
    re.IGNORECASE,
)


def budget_echoes(text: str) -> str:
    """The text with each range of hours that repeats a weekly or monthly budget stated in the
    plan (`**Evening (15-18 hrs)**: 80% completion` after `## Evening (15-18 hours/week)`)
    said per week too: the same range names the same budget, never a block's length."""
    if _WEEKLY_WORD.search(text) is not None:
        text = _weekly_plan_headings(text)  # "# Weekly study plan (8-12 hours)"
    ranges = list(_RANGE.compiled().finditer(text))
    budgets = {(m["lo"], m["hi"]) for m in ranges if is_budget(text, m.end())}
    if not budgets:
        return text  # most plans: no budget anywhere
    out: list[str] = []
    last = 0
    for match in ranges:
        if (
            (match["lo"], match["hi"]) in budgets
            and not is_budget(text, match.end())
            and not opens_a_day(text, match.start())  # "### Saturday: 6-8 hours": that day's
        ):
            out += [text[last : match.end()], "/week"]
            last = match.end()
    return "".join([*out, text[last:]])


# "Weekly study plan", "Wochenplan", "Plan semanal", "Planning hebdomadaire", "Piano
# settimanale", "Weekplanning", "Plano semanal": a plan for a week, in the word for a week of
# its language ("/Woche" after "Stunden").
_WEEKLY_WORD = lazy(
    r"(?<!\w)(?P<en>weekly)|(?P<de>w[oö]chentlich\w*|wochen(?!end)\w+)|(?P<es>semanal\w*)"
    r"|(?P<fr>hebdomadaire)|(?P<it>settimanal\w+)|(?P<nl>wekelijks\w*|week(?=plan|schema|rooster))",
    re.IGNORECASE,
)
_WEEK_OF = {"en": "week", "de": "Woche", "es": "semana", "fr": "semaine", "it": "settimana"}
_PLAN_WORD = lazy(
    r"(?:plan|schedule|routine|program|planning|rooster|schema|piano|plano|planificaci[oó]n"
    r"|horario|emploi\s+du\s+temps|programa|programm|agenda)",
    re.IGNORECASE,
)
_HEADING = lazy(r"^#{1,6}[ \t][^\n]*", re.MULTILINE)
# "(8-12 hours)", "(10 horas)", "(8–10 Std.)": the heading's hours, in brackets at its end.
_HOURS_AT_END = lazy(
    rf"\(\s*\d+(?:[.,]\d+)?(?:\s*[{_DASH}\u2013]\s*\d+(?:[.,]\d+)?)?\s*{HOUR_WORDS}\.?"
    r"(?=\s*\)[\s*_#]*$)",
    re.IGNORECASE,
)


def _weekly_plan_headings(text: str) -> str:
    """The text with the hours of each heading that names a plan for a week (`# Weekly study
    plan (8-12 hours)`) said per week: the week's budget, not a day's length nor a version of
    the day, so that the blocks under it are read as written."""

    def per_week(heading: re.Match[str]) -> str:
        line = heading.group()
        hours = _HOURS_AT_END.search(line)  # first: a quick search, from each "("
        if hours is None:
            return line
        word = _WEEKLY_WORD.search(line)
        if word is None or _PLAN_WORD.search(line) is None:
            return line
        if is_budget(line, hours.end()):
            return line  # "(8-12 hours/week)": said already
        week = _WEEK_OF.get(str(word.lastgroup), "week")
        return f"{line[: hours.end()]}/{week}{line[hours.end() :]}"

    return _HEADING.sub(per_week, text)
