"""Dates as the spans of days they allow, for durations and ages.

"1988" is any day of 1988; "2023-03" any day of March 2023; "--02-05" is
5 February of a year the article implies (the nearest dated claim).
"""

from __future__ import annotations

import calendar
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
