"""Dates as the spans of days they allow, for durations and ages.

"1988" is any day of 1988; "2023-03" any day of March 2023; "--02-05" is
5 February of a year the article implies (the nearest dated claim).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date

from reader.checks.relations import Context
from reader.model import Claim

_ISO = re.compile(r"^(?:(?P<y>\d{4})|--)(?:-?(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?$")
DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
_UNIT_WORD = re.compile(r"(day|week|month|year|decade)s?\b", re.I)


def parse_iso(value: object) -> tuple[int | None, int | None, int | None] | None:
    if not isinstance(value, str):
        return None
    m = _ISO.match(value.strip())
    if not m:
        return None
    y = int(m.group("y")) if m.group("y") else None
    mo = int(m.group("m")) if m.group("m") else None
    d = int(m.group("d")) if m.group("d") else None
    if y is None and mo is None:
        return None
    return y, mo, d


def year_hint(ctx: Context, claim: Claim) -> int | None:
    """The year of the nearest dated claim, for dates stated without one."""
    best: tuple[int, int] | None = None
    for c in ctx.near(claim):
        if c.kind != "date" or c.id == claim.id:
            continue
        parts = parse_iso(c.value)
        if parts is None or parts[0] is None or parts[1] is None:
            continue
        dist = abs(c.start - claim.start)
        if best is None or dist < best[0]:
            best = (dist, parts[0])
    return best[1] if best else None


def span(ctx: Context, claim: Claim, year: int | None = None) -> tuple[date, date] | None:
    """The first and last day a date claim allows."""
    parts = parse_iso(claim.value)
    if parts is None:
        return None
    y, mo, d = parts
    if y is None:
        y = year if year is not None else year_hint(ctx, claim)
        if y is None:
            return None
    try:
        if mo is None:
            return date(y, 1, 1), date(y, 12, 31)
        if d is None:
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        return date(y, mo, d), date(y, mo, d)
    except ValueError:
        return None


def has_year(claim: Claim) -> bool:
    parts = parse_iso(claim.value)
    return bool(parts and parts[0] is not None)


def duration_unit(ctx: Context, claim: Claim) -> str | None:
    """day/week/month/year for a duration claim, from its unit or its words."""
    for source in (claim.unit or "", claim.text):
        m = _UNIT_WORD.search(source)
        if m:
            return m.group(1).lower()
    m = _UNIT_WORD.match(ctx.text, claim.end + 1, claim.end + 12)
    return m.group(1).lower() if m else None


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|['’]\d\d\b")


def states_year(claim: Claim) -> bool:
    """The year is written in the date ("3 August 2009"), not inferred from the article."""
    return has_year(claim) and _WRITTEN_YEAR.search(claim.text) is not None


# ------------------------------------------------------------ the article's own date
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def dateline(ctx: Context, births: set[str]) -> Claim | None:
    """The article's own date: the one full date (day and month; the year written, or the
    article's one year) of its first dated paragraph, among the first five; ``births``
    are the ids of dates that cannot be it. An age told as of the report ("Marten, 57,"),
    or a span that runs to now ("for 20 years, since 2004"), is read at this date."""
    # a headline and a byline may come first: the dateline is in the first five
    for para in range(min(5, len(ctx.document.paragraphs))):
        dated = [
            c
            for c in ctx.claims
            if c.kind == "date" and ctx.paragraph(c) == para and c.id not in births
        ]
        if not dated:
            continue
        # a year the extractor put in is the article's one year (see dates.infer_year)
        full = [c for c in dated if _FULL_DATE.match(str(c.value))]
        if not full:
            full = _year_from_lead(ctx, dated)
        if len({c.value for c in full}) != 1:
            return None
        para_start = ctx.document.paragraphs[para].start
        if _PRINTED_DATELINE.match(ctx.text, para_start, full[0].end + 1):
            return full[0]  # "HARWICK, June 16, 2025 —": the article says so itself
        if _dated_later(ctx, full[0], births) or _looks_back(ctx):
            return None
        return full[0]
    return None


_DAY_NO_YEAR = re.compile(r"^--\d{2}-\d{2}$")


def _year_from_lead(ctx: Context, dated: list[Claim]) -> list[Claim]:
    """ "as the 2025 edition ended ... on Sunday, June 22": a lead's day told without its
    year takes the latest year its sentence states as past or present (a report is no
    older than the years it looks back on; a plan's year is not its own)."""
    days = [c for c in dated if _DAY_NO_YEAR.match(str(c.value))]
    if len(days) != 1:
        return []
    day = days[0]
    sent = ctx.sentence(day)
    years = []
    for c in ctx.in_sentence(ctx.sentence_index(day)):
        if c.kind != "date" or not states_year(c) or not re.fullmatch(r"\d{4}", str(c.value)):
            continue
        if _AHEAD.search(ctx.text, sent.start, sent.end) or _DEADLINE_BEFORE.search(
            ctx.text, max(sent.start, c.start - 30), c.start
        ):
            return []  # a sentence that looks ahead: its years may be the future's
        years.append(int(str(c.value)))
    if not years:
        return []
    return [dataclasses.replace(day, value=f"{max(years)}{str(day.value)[1:]}")]


def year_source(ctx: Context, line: Claim) -> Claim | None:
    """The stated year a lead's day took its year from (see :func:`_year_from_lead`)."""
    here = ctx.in_sentence(ctx.sentence_index(line))
    told = next((c for c in here if c.id == line.id), None)
    if told is None or not _DAY_NO_YEAR.match(str(told.value)):
        return None
    return next((c for c in here if c.kind == "date" and str(c.value) == str(line.value)[:4]), None)


# "heard on Tuesday", not "on Tuesday, Oct. 15" (a dated day, a claim of its own)
_BARE_WEEKDAY = re.compile(
    r"\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!,?\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


def undated_lead_before(ctx: Context, line: Claim) -> bool:
    """A paragraph before the dateline's tells its news on a bare weekday ("an inquiry heard
    on Tuesday"): the dateline may be an earlier event's date, not the article's."""
    for para in range(ctx.paragraph(line)):
        p = ctx.document.paragraphs[para]
        if _BARE_WEEKDAY.search(ctx.text, p.start, p.end):
            return True
    return False


_MODAL = re.compile(r"\b(?:should|could|might|may|must)\b", re.I)


def _looks_back(ctx: Context) -> bool:
    """ "Twenty years later, ...": the article tells its lead's date from after it; not "the
    terminal should open a year later", a plan told ahead."""
    for m in _LOOKS_BACK.finditer(ctx.text):
        sent = ctx.document.sentence_at(m.start())
        if sent is None or not (
            _MODAL.search(ctx.text, sent.start, sent.end)
            or _AHEAD.search(ctx.text, sent.start, sent.end)
        ):
            return True
    return False


# "HARWICK, June 16, 2025 —": a place in capitals, the date, then the dash of a dateline.
_PRINTED_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z.]+)?,\s*[^—–\n]{3,25}?\s*[—–-]"
)
# An article that looks back on its lead's date from later: that date is not its own.
_LOOKS_BACK = re.compile(
    r"\b(?:(?:years?|decades?|months?)\s+(?:later|on)(?!\s+than)|since then|"
    r"anniversary|to this day|in the years since)\b",
    re.I,
)


# Words that put a date in the article's future: a plan, a forecast, a deadline.
_AHEAD = re.compile(
    r"\b(?:will|would|shall|expected|due|scheduled|plans?|planned|aims?|hopes?|forecasts?|"
    r"projected|set to|is to|are to)\b",
    re.I,
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|through|by|before|next|expires?|expiring|ending|ends)\s+"
    r"(?:in\s+|on\s+|the\s+end\s+of\s+)?$",
    re.I,
)


def _dated_later(ctx: Context, line: Claim, births: set[str]) -> bool:
    """A year after the dateline's told as past ("it reopened in 2026"): the lead's date was
    not the article's own date, but an earlier event's."""
    year = int(str(line.value)[:4])
    for c in ctx.claims:
        if c.kind != "date" or c.id in births or not states_year(c):
            continue
        y = str(c.value)[:4]
        if not y.isdigit() or int(y) <= year:
            continue
        sent = ctx.sentence(c)
        if _AHEAD.search(ctx.text, sent.start, sent.end) or _DEADLINE_BEFORE.search(
            ctx.text, max(sent.start, c.start - 30), c.start
        ):
            continue  # a plan, a forecast or a span's end: the future of the article
        if not _PAST_VERB.search(ctx.text, max(sent.start, c.start - 40), c.start):
            continue  # "qualifying for the 2026 World Cup": a name, not an event told as past
        return True
    return False


_PAST_VERB = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")


def looks_ahead(ctx: Context, line: Claim) -> bool:
    """The dateline's sentence looks forward ("the vote is due on 3 May 2025"): the article
    may be written before that date."""
    sent = ctx.sentence(line)
    return _AHEAD.search(ctx.text, sent.start, line.start) is not None
