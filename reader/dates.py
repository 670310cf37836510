"""Dates in running text, read to an ISO value as precise as the text allows.

"Oct. 7, 2023" -> "2023-10-07", "7 October" -> "--10-07", "March 2020" ->
"2020-03", "1988" -> "1988", "the 1920s" -> "1920" (decade), "’30s" ->
"1930", "mid-2023" -> "2023". A day and month without a year get the year
only when the article names exactly one year (see :func:`infer_year`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_FULL_MONTH = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Abbreviations need their period, so "Mar" or "Dec" in a name is not a month.
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# An abbreviation takes its period ("Oct. 7"), or else must sit next to a day ("7 Oct",
# "Oct 7"), so "Mar" or "Dec" in a name is not a month.
MONTH = rf"(?:{_ABBR_MONTH}\.|(?:{_FULL_MONTH})\b)"
_MONTH_BY_DAY = rf"(?:{_ABBR_MONTH}\.?(?!\w)|(?:{_FULL_MONTH})\b)"
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon\.|Tue\.|Tues\.|Wed\.|Thu\.|Thurs\.|Fri\.|Sat\.|Sun\.)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

DATE = re.compile(
    rf"""
    (?=[A-Z\d'’‘])  # fail fast: every date starts with a capital, a digit or an apostrophe
    (?:{WEEKDAY},?\s+)?
    (?:
        (?P<md_month>{_MONTH_BY_DAY})\s+(?P<md_day>{_DAY})(?![\d,.]\d|\w)
        (?:,?\s+(?P<md_year>{_YEAR})(?!\w))?
      | (?P<dm_day>(?<![\w.,]){_DAY})\s+(?:of\s+)?(?P<dm_month>{_MONTH_BY_DAY})
        (?:,?\s+(?P<dm_year>{_YEAR})(?!\w))?
      | (?P<my_month>{MONTH}),?\s+(?P<my_year>{_YEAR})(?!\w)
      | (?P<month_only>(?:{_FULL_MONTH}))(?![\w-])
    )
  | (?P<decade>(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<![\w.,$£€-]))(?:1[5-9]|20)\d0s(?!\w))
  | (?P<short_decade>(?<!\w)['’‘]\d0s(?!\w))
  | (?P<year>(?:(?<=mid-)|(?<=pre-)|(?<=post-)|(?<=\d{{4}}-)|(?<=\d{{4}}–)|(?<![\w.,$£€/:–-]))
        {_YEAR}(?![\w%/°]|[.,:]\d|[ ](?:\d|percent|per\s+cent)|-[a-z])
    )
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: str  # ISO: "2023-10-07", "--10-07", "2023-03", "1988"
    has_year: bool
    month_day: bool  # a day and a month (year may be missing)
    decade: bool = False


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


# Where a date may start: a figure, an apostrophe or a capitalised month or weekday.
_STARTS = re.compile(r"[\d'’‘]|(?<![\w])[A-Z][a-z]+")
_FIRST_WORDS = frozenset(
    [m.capitalize() for m in MONTHS]
    + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
    + "Mon Tue Tues Wed Thu Thurs Fri Sat Sun".split()
)


def _date_matches(text: str) -> list[re.Match[str]]:
    """DATE matches as ``finditer`` gives them, trying DATE only where one may start."""
    out: list[re.Match[str]] = []
    last = -1
    for start in _STARTS.finditer(text):
        pos = start.start()
        if pos < last:
            continue
        word = start.group()
        if word[0].isalpha() and word not in _FIRST_WORDS:
            continue
        m = DATE.match(text, pos)
        if m is not None and m.end() > pos:
            out.append(m)
            last = m.end()
    return out


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression in ``text``, in order."""
    out: list[DateMatch] = []
    last_decade_century = "19"
    for m in _date_matches(text):
        if m["md_month"] or m["dm_month"]:
            month = _month_number(m["md_month"] or m["dm_month"])
            day = _day_number(m["md_day"] or m["dm_day"])
            year = m["md_year"] or m["dm_year"]
            value = f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
            out.append(DateMatch(m.start(), m.end(), value, bool(year), True))
        elif m["my_month"]:
            month = _month_number(m["my_month"])
            out.append(DateMatch(m.start(), m.end(), f"{m['my_year']}-{month:02d}", True, False))
        elif m["month_only"]:
            # a month alone is a date only after a word that makes it one ("in March",
            # "since May", "mid-August"); "May" alone may be the verb
            if _MONTH_ONLY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                month = _month_number(m["month_only"])
                out.append(DateMatch(m.start(), m.end(), f"--{month:02d}", False, False))
        elif m["decade"]:
            last_decade_century = m["decade"][:2]
            out.append(DateMatch(m.start(), m.end(), m["decade"][:4], True, False, True))
        elif m["short_decade"]:
            digits = m["short_decade"][1:3]
            value = last_decade_century + digits
            out.append(DateMatch(m.start(), m.end(), value, True, False, True))
        elif m["year"]:
            if (
                _COUNT_NOT_YEAR.match(text, m.end())
                and _QUALIFIED.search(text, max(0, m.start() - 14), m.start())
                and not _DATE_PREPOSITION.search(text, max(0, m.start() - 14), m.start())
            ):
                continue  # "about 1500 engineers": a count written without a separator
            out.append(DateMatch(m.start(), m.end(), m["year"], True, False))
    return out


_MONTH_ONLY_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|last|next|early|late|this|of|to)\s+"
    r"|\bmid-)$",
    re.I,
)
_QUALIFIED = re.compile(
    r"\b(?:about|nearly|almost|some|around|roughly|over|than|least|to|hired|employs|employed"
    r"|has|have|had|with)"
    r"\s+$",
    re.IGNORECASE,
)
# Words after which a bare year is a date whatever follows: "since 2019", "by 2030 levels"
_DATE_PREPOSITION = re.compile(
    r"\b(?:since|in|by|until|till|from|before|after|during|of|circa|between|year|early|late)"
    r"\s+$",
    re.IGNORECASE,
)
# "about 1500 engineers", "nearly 1900 jobs": a plural noun after a qualified figure
# ("around 2010 levels", "in 2019 dollars" name a year's measure: dates)
_COUNT_NOT_YEAR = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|[a-z]+(?:ers|ees|ists|ians|ents)"
    r"|(?!(?:levels|prices|figures|rates|values|terms|standards|dollars|pounds|euros)\b)"
    r"[a-z]{2,}[^s\W]s)\b"
)


# "born on 4 May 1961": a date of birth is from another time than the article's news
_BIRTH_BEFORE = re.compile(r"\b(?:born|birth|b\.)\s+(?:on\s+|in\s+)?(?:the\s+)?$", re.I)


def infer_year(dates: list[DateMatch], text: str | None = None) -> str | None:
    """The article's year, when that is unambiguous: some full date names a year and
    every year the article names (decades aside) is that one. Birth dates do not count."""
    if text is not None:
        dates = [d for d in dates if not _BIRTH_BEFORE.search(text, max(0, d.start - 20), d.start)]
    dated = {d.value[:4] for d in dates if d.has_year and "-" in d.value[1:]}
    if len(dated) != 1:
        return None
    years = {d.value[:4] for d in dates if d.has_year and not d.decade}
    return dated.pop() if len(years) == 1 else None


def with_inferred_year(value: str, year: str | None, dates: list[DateMatch]) -> str:
    """``value`` ("--02-05") with ``year`` put in, unless the article's dated months sit
    across a year's end from it (a "Jan. 3" after "Dec. 28, 2023" is likely 2024)."""
    if year is None or not value.startswith("--"):
        return value
    month = int(value[2:4])
    dated = {int(d.value[5:7]) for d in dates if d.has_year and len(d.value) >= 7}
    if (month <= 2 and dated & {11, 12}) or (month >= 11 and dated & {1, 2}):
        return value
    return year + value[1:]
