"""Find every numeric claim in a document and read it.

The pipeline, one pass over the text:

1. spans that hold digits but no quantity (times of day, phone numbers,
   addresses: reader/labels.py) and quantities written as phrases ("in his
   sixties", "twice", "3:1", "one-in-five") are read first;
2. dates (reader/dates.py), so the day of a date is never a count;
3. every number (reader/numbers.py), read with its context: a currency
   before it, a unit or "%" after it (reader/units.py), a qualifier around it
   (reader/qualifiers.py), a second number that makes a range ("12 to 15
   feet") or a ratio ("one in five"); numbers that are labels or names
   ("phase two", "Boeing 737", "COVID-19") are dropped (reader/labels.py);
   reader/reading.py reads one number in its context;
4. the subject and predicate of each claim (reader/subjects.py), with the
   last count's subject inherited where a number names none ("34 are dead").
"""

from __future__ import annotations

import bisect
import gc
import re
from dataclasses import replace

from reader.dates import find_dates, infer_year, with_inferred_year
from reader.document import Document
from reader.labels import (
    SCORE_WORDS,
    no_claim_spans,
    not_a_quantity,
)
from reader.model import Claim
from reader.numbers import (
    CHANGE_FACTORS,
    MULTIPLIERS,
    Number,
    find_numbers,
    parse_number,
    words_to_number,
)
from reader.qualifiers import interval
from reader.reading import (
    AGE_BEFORE,
    AGE_IN_CLAUSE,
    FOR_EVERY,
    SECONDS_IN,
    YEARS_IN,
    Reading,
    read_age,
    read_bound,
    read_currency,
    read_suffix,
)
from reader.subjects import CHANGES, is_noun, subject_and_predicate
from reader.units import SUBUNITS, lookup_unit, normalize

_AGE_DECADE = re.compile(
    r"\b(?:in|into)\s+(?:his|her|their|its|my|your|our)\s+(?:(?:early|mid|late)[- ]?)?"
    r"(?P<n>(?:[1-9]0)s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
# A span of time named by an article, not a figure: "an hour", "another week", "a
# full year", "a day and a half". "a second" is left out: it is mostly the ordinal.
_ARTICLE_DURATION = re.compile(
    r"\b(?P<article>an?|another|one)\s+(?:(?:full|whole|single|further|extra)\s+)?"
    r"(?P<unit>minute|hour|day|week|fortnight|month|year|decade|century)"
    r"(?P<half>\s+and\s+a\s+half)?\b(?![-\w])",
    re.IGNORECASE,
)
# A measure named by its article: "within a mile of", "an acre of woodland". Only units
# that mean nothing else ("a foot", "a yard", "a pound", "a ton of" are left to figures).
_ARTICLE_MEASURE = re.compile(
    r"\b(?P<article>an?)\s+(?P<unit>mile|kilometre|kilometer|metre|meter|acre|hectare|"
    r"litre|liter|gallon|kilogram|kilogramme|tonne)\b(?![-\w'’])",
    re.IGNORECASE,
)
# "within a mile", "more than a kilometre": a preposition before the article starts a
# measure of its own, never the per-unit of a rate ("$4 a gallon")
_LED_BY_PREPOSITION = re.compile(
    r"\b(?:within|about|around|over|under|than|nearly|almost|across|from)\s+$",
    re.I,
)
_MULTIPLIER = re.compile(
    r"\b(?:" + "|".join(list(MULTIPLIERS) + list(CHANGE_FACTORS)) + r")\b(?!-)", re.IGNORECASE
)
_POINT_IN_TIME_AFTER = re.compile(r"\s+(?:when|where|that|which|in\s+which|on\s+which)\b")
_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")
# "double", "triple" are multiples only before what they multiply ("double the fans",
# "triple its budget") or after a qualifier or modal ("more than triple", "may double");
# elsewhere they are adjectives ("a double room", "a triple jump").
_MULTIPLE_BEFORE = re.compile(
    r"\b(?:than|nearly|almost|roughly|about|around|over|least|to|will|would|could|can|may|"
    r"might|should|must|not|did|does|do|set)\s+$",
    re.IGNORECASE,
)
_MULTIPLE_AFTER = re.compile(
    r"\s+(?:the|its|their|his|her|our|your|that|this|those|these|what|in\s+size|by)\b",
    re.IGNORECASE,
)
# "twice a day", "three times a week": a frequency, not a multiple
FREQUENCY_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\b(?!\s+(?:few|lot)\b)", re.IGNORECASE)
_SMALL_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred"
# "one-in-five", "1-in-3": a ratio written as one word
# "one officer for every 12 men", "one doctor to every 1,200 residents"
_ONE_FOR_EVERY = re.compile(
    r"\b(?:one|a single)\s+(?:[a-z\-]+\s+)?(?:for|to)\s+every\s+(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+)\b",
    re.IGNORECASE,
)
_HYPHEN_RATIO = re.compile(rf"\b(?P<a>{_SMALL_NUMBER})-in-(?P<b>{_SMALL_NUMBER})\b", re.IGNORECASE)
# "a fivefold rise", "a 10-fold increase"
_FOLD = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
    r"-?fold\b",
    re.IGNORECASE,
)
# A time told in hours, minutes and seconds is a span: "won in 2:06:51" (a race time), not
# a clock reading ("at 06:14:32", "4:40:10 a.m.", "14:05:30 GMT" are clock times).
_RACE_TIME = re.compile(
    r"(?<![\w.,:])(\d{1,2}):([0-5]\d):([0-5]\d)(\.\d{1,3})?"
    r"(?![\d:]|\s*(?:[ap]\.?m\b|[AP]\.?M\b|UTC|GMT|local\b|hours\b|hrs\b))"
)
# Betting odds are a ratio: "a 33-1 outsider", "the 9-2 favourite", "at odds of 5-2".
_ODDS = re.compile(
    r"(?<![\w.,-])(\d{1,3})-(\d{1,2})(?=\s+(?:outsider|favou?rite|shot|chance|winner|surprise|shock)\b)"
    r"|(?<=\bodds of\s)(\d{1,3})-(\d{1,2})\b"
    r"|(?<=\bat\s)(\d{1,3})-(\d{1,2})(?=\s*[,.;)])",
    re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|from|to|before|after)\s+$", re.IGNORECASE)
_COLON_RATIO = re.compile(r"(\d(?<![\d:.,]\d)\d{0,2}):(\d{1,3})(?![\d:])")


def extract_claims(document: Document) -> list[Claim]:
    """Every numeric claim in ``document``, in text order."""
    # Readings and claims hold no reference cycles, so the cycle collector only
    # rescans a growing heap while they pile up: pausing it keeps the cost linear.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _extract(document)
    finally:
        if paused:
            gc.enable()


def _extract(document: Document) -> list[Claim]:
    text = document.text
    blocked = no_claim_spans(text)
    readings = _read_phrases(text)

    dates = find_dates(text)
    year = infer_year(dates, text)
    taken = _disjoint(blocked + [(r.start, r.end) for r in readings])
    date_readings: list[Reading] = []
    for d in dates:
        if _overlaps_any(taken, d.start, d.end):
            continue
        value = with_inferred_year(d.value, year, dates)
        date_readings.append(Reading(d.start, d.end, "date", None, iso=value))
    taken = _disjoint(taken + [(r.start, r.end) for r in date_readings])
    readings.extend(date_readings)

    readings.extend(_read_numbers(text, taken))
    readings.sort(key=lambda r: r.start)
    return _to_claims(document, _compound_durations(text, readings))


# "nine years and three months", "2 hours, 6 minutes and 51 seconds": one span, told in
# falling units, read as one duration in its first unit.
_DURATION_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?")


def _compound_durations(text: str, readings: list[Reading]) -> list[Reading]:
    out: list[Reading] = []
    last_unit: str | None = None  # the unit of the last part merged into out[-1]
    closed = True  # "... and 51 seconds" ends the span
    for r in readings:
        prev = out[-1] if out else None
        join = _DURATION_JOIN.fullmatch(text, prev.end, r.start) if prev is not None else None
        if (
            prev is not None
            and join is not None
            and not closed
            and prev.kind == r.kind == "duration"
            and prev.unit in SECONDS_IN
            and last_unit in SECONDS_IN
            and r.unit in SECONDS_IN
            and prev.value is not None
            and r.value is not None
            and r.bound == "exact"
            and not r.vague
            and SECONDS_IN[r.unit] < SECONDS_IN[last_unit]
            and r.value * SECONDS_IN[r.unit] < SECONDS_IN[last_unit] * 1.01
        ):
            value = prev.value + r.value * SECONDS_IN[r.unit] / SECONDS_IN[prev.unit]
            merged = replace(prev, end=r.end, value=value)
            merged.low, merged.high = interval(value, merged.bound)
            out[-1] = merged
            last_unit, closed = r.unit, "and" in join.group()
            continue
        out.append(r)
        last_unit = r.unit if r.kind == "duration" else None
        closed = r.kind != "duration" or r.vague
    return out


def _read_phrases(text: str) -> list[Reading]:
    """Quantities written as a phrase rather than a number with context: "3:1",
    "in his sixties", "a day and a half", "twice", "doubled", "one-in-five", "fivefold"."""
    readings: list[Reading] = []

    def ratio(start: int, end: int, value: float) -> None:
        r = Reading(start, end, "ratio", value)
        read_bound(text, r)
        readings.append(r)

    for m in _COLON_RATIO.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if second and (len(m.group(2)) == 1 or first > 24):  # "3:1", "30:1"; "7:30" is a time
            ratio(m.start(), m.end(), first / second)
    for m in _ODDS.finditer(text):
        won, staked = (int(x) for x in m.groups() if x is not None)
        if staked:
            ratio(m.start(), m.end(), won / staked)
    for m in _RACE_TIME.finditer(text) if ":" in text else ():
        if _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        hours, minutes, seconds = (int(m.group(i)) for i in (1, 2, 3))
        value = hours * 3600 + minutes * 60 + seconds + float(m.group(4) or 0)
        readings.append(Reading(m.start(), m.end(), "duration", value, unit="second"))
    for m in _AGE_DECADE.finditer(text) if _mentions(text, "in ") else ():
        n = m["n"].lower()
        low = float(_DECADE_WORDS.get(n) or int(n[:-1]))
        readings.append(Reading(m.start("n"), m.end(), "age", None, low, low + 9, unit="year"))
    for m in _ARTICLE_DURATION.finditer(text):
        if m["article"].lower() == "one" and not m["half"]:
            continue  # "one hour" is a figure (reader/numbers.py)
        if is_rate(text, m.start()):
            continue  # "$15 an hour", "nine hours a night": the per-unit of a rate
        if text[m.end() : m.end() + 1] in ("'", "’"):
            continue  # "a full day's limit", "an hour's drive": a measure of something else
        if _POINT_IN_TIME_AFTER.match(text, m.end()) or _ON_BEFORE.search(
            text, max(0, m.start() - 4), m.start()
        ):
            continue  # "on a day when markets fell": a point in time, not a span
        unit = m["unit"].lower()
        value = 1.5 if m["half"] else 1.0
        if unit in YEARS_IN:
            value, unit = value * YEARS_IN[unit], "year"
        elif unit == "fortnight":
            value, unit = value * 2, "week"
        r = Reading(m.start(), m.end(), "duration", value, unit=unit)
        read_bound(text, r)
        if r.bound == "exact" and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
            continue  # "another week of hell", "a day of mourning": a name for a time
        readings.append(r)
    for m in _ARTICLE_MEASURE.finditer(text):
        led = _LED_BY_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
        if (not led and is_rate(text, m.start())) or re.search(
            r"\b(?:half|of|per|each|every)\s+$", text[max(0, m.start() - 8) : m.start()], re.I
        ):
            continue  # "$4 a gallon", "half a mile", "a quarter of a mile": not one unit
        found = lookup_unit(m["unit"])
        if found is None:
            continue
        r = Reading(m.start(), m.end(), "measure", 1.0, unit=found[0])
        read_bound(text, r)
        readings.append(r)
    for m in _MULTIPLIER.finditer(text):
        word = m.group().lower()
        if FREQUENCY_AFTER.match(text, m.end()):
            continue
        if word in MULTIPLIERS and word not in ("twice", "thrice"):
            left = text[max(0, m.start() - 12) : m.start()]
            if not (_MULTIPLE_BEFORE.search(left) or _MULTIPLE_AFTER.match(text, m.end())):
                continue
            if re.search(r"\b(?:the|a|an)\s+$", left, re.IGNORECASE):
                continue  # "won the double", "a double"
            after = re.match(r"[ \t]+([a-z]+)", text[m.end() : m.end() + 20])
            if after is not None and is_noun(after.group(1)):
                continue  # "rose to triple digits", "a double standard"
        ratio(m.start(), m.end(), float(MULTIPLIERS.get(word) or CHANGE_FACTORS[word]))
    for m in _HYPHEN_RATIO.finditer(text) if _mentions(text, "-in-") else ():
        a, b = (float(x) if x[0].isdigit() else words_to_number(x) for x in (m["a"], m["b"]))
        if a and b:
            ratio(m.start(), m.end(), a / b)
    for m in _ONE_FOR_EVERY.finditer(text) if _mentions(text, "every") else ():
        n = m["n"].replace(",", "")
        b = float(n) if n[0].isdigit() else words_to_number(n.lower())
        if b:
            ratio(m.start(), m.end(), 1.0 / b)
    for m in _FOLD.finditer(text) if _mentions(text, "fold") else ():
        n = m["n"].lower()
        factor = float(n) if n[0].isdigit() else words_to_number(n) or 0.0
        if factor:
            ratio(m.start(), m.end(), factor)
    return readings


_RATE_LEFT = re.compile(
    r"(?:\d(?:[\d,.]*\d)?(?:[%p]|\s*(?:bn|m|k|million|billion|percent|per\s?cent))?"
    r"|\b(?:once|twice|thrice|times|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|dozen|hundred|thousand|million|billion))"
    r"(?:\s+[A-Za-z][\w'’-]*){0,2}\s+$",
    re.IGNORECASE,
)


_WORDS_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+([A-Za-z][\w'’-]*)[ \t]+$")
_BEFORE_A_RATE_NOUN = frozenset("per each every of a an the".split())


def is_rate(text: str, start: int) -> bool:
    """Whether "a day" at ``start`` is the per-unit of a rate: "$15 an hour", "nine hours
    a night", "twice a week" (a quantity, then at most two words), "per person a day",
    "a single meal a day" (a noun phrase right before it, not a verb)."""
    if _RATE_LEFT.search(text, max(0, start - 40), start) is not None:
        return True
    words = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if words is None:
        return False
    noun, before = words.group(2), words.group(1).lower()
    if not is_noun(noun) or noun[0].isupper():
        return False
    return before in _BEFORE_A_RATE_NOUN or (is_noun(before) and not noun.endswith("s"))


def _mentions(text: str, word: str) -> bool:
    """A cheap test that a word-triggered pattern is worth running over the whole text."""
    return word in text or word.capitalize() in text or word.upper() in text


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted and merged where they overlap, so one bisect finds any overlap."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the disjoint, sorted ``spans``."""
    i = bisect.bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


# ------------------------------------------------------------------ numbers


def _read_numbers(text: str, taken: list[tuple[int, int]]) -> list[Reading]:
    matches = [m for m in find_numbers(text) if not _overlaps_any(taken, m.start(), m.end())]
    out: list[Reading] = []
    skip_next = False
    previous: Reading | None = None
    for i, m in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        number = parse_number(m)
        if number is None:
            continue
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        r = _read_one(text, m, number)
        if r is None:
            continue
        # a pair of numbers: a ratio "one in five", a range "12 to 15 feet"
        if nxt is not None:
            pair = _read_pair(text, r, nxt)
            if pair == "skip-both":
                skip_next = True
                continue
            if isinstance(pair, Reading):
                out.append(pair)
                skip_next = True
                previous = pair
                continue
            if isinstance(pair, tuple):
                out.extend(pair)
                skip_next = True
                previous = pair[1]
                continue
        if _is_hyphen_tail(text, r.start) and not (previous and previous.end >= r.start - 2):
            continue
        out.append(r)
        previous = r
    return out


def _is_hyphen_tail(text: str, start: int) -> bool:
    """The "25" of "2024-25" or "121-108": a number after digit-hyphen."""
    return start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit()


def _read_one(text: str, m: re.Match[str], number: Number) -> Reading | None:
    """The number ``m`` read in its context, or None when it is no quantity."""
    start, end = m.start(), m.end()
    if not_a_quantity(text, m, number):
        return None
    value = number.value
    r = Reading(start, end, "count", value, number=number, vague=number.vague)
    if number.vague:  # "thousands": no value, only a floor
        r.low, r.bound = number.low, "lower"
    # a minus sign that belongs to the number
    if m["digits"] and start >= 1 and text[start - 1] in "-−" and value is not None:
        if start == 1 or text[start - 2] in " (\n\t[":
            r.start -= 1
            r.value = value = -value
    if (
        value is not None
        and text[max(0, start - 6) : start].lower() == "minus "
        and text[max(0, start - 14) : start - 6].lower() != "plus or "  # a margin, not a sign
    ):
        r.start -= 6
        r.value = value = -value
    if number.fraction:
        r.kind = "ratio"
    read_currency(text, r, number)
    if r.kind != "money":
        read_suffix(text, r, number)
    read_age(text, r)
    read_bound(text, r)
    return r


# ------------------------------------------------------------------ pairs

# "12-15", "12 to 15", and a suspended hyphen: "18- to 20-year-olds"
_RANGE_GAP = re.compile(r"\s*(?:-|–|—)\s*|[-–]?\s+(?:to|and|or)\s+")
_RATIO_GAP = re.compile(r"\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?$|\s+of\s+every\s+$")
_RANGE_VERBS = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\b[^.]*$")


def _two_counted_things(gap: str, text: str, end: int) -> bool:
    """ "14 goals in 36 games" counts two things; "one patient in 16" and "one in five
    adults" are ratios: a noun after each number makes them two counts."""
    between = re.match(r"\s+([a-z]+)\s+(?:in|out\s+of)\b", gap)
    if between is None:
        return False
    after = re.match(r"[ \t]+([a-z][a-z'’-]*)", text[end : end + 30])
    return after is not None and after.group(1).endswith("s") and is_noun(after.group(1))


# "5 ft 10 in", "8 st 3 lb": one length or weight in two units. The second figure is a
# fraction of the first unit, so the claim is one measure in the larger unit. A spaced
# "in" is an inch only when no ordinary word follows it ("10 in the crew"), save "tall".
_INCH_TAIL = re.compile(
    r"""(?:\s*(?:inch(?:es)?\b|")|in\b|\s+in(?:\.|\b(?!\s+(?!(?:tall|high|long|wide|deep|and|or)\b)[a-z])))"""
)
_POUND_TAIL = re.compile(r"\s*(?:lbs?|pounds?)\b")
_COMPOUND = {"foot": (_INCH_TAIL, 12.0), "stone": (_POUND_TAIL, 14.0)}


def _compound_measure(
    text: str, first: Reading, nxt: re.Match[str], second: float
) -> Reading | None:
    unit, head_end = (first.unit, first.end) if first.kind == "measure" else (None, first.end)
    if first.kind == "count" and first.unit is None:
        st = re.match(r"\s*st\b\.?", text[first.end : first.end + 5])
        if st is not None:  # "8 st" is a stone only at the head of "8 st 3 lb"
            unit, head_end = "stone", first.end + st.end()
    if unit not in _COMPOUND or first.value is None or not nxt["digits"]:
        return None
    tail_pattern, per = _COMPOUND[unit]
    if not re.fullmatch(r"\s+(?:and\s+)?|\s*", text[head_end : nxt.start()]):
        return None
    tail = tail_pattern.match(text, nxt.end())
    if tail is None or not 0 <= second < per or not float(first.value).is_integer():
        return None
    r = replace(first, kind="measure", unit=unit, end=tail.end(), value=first.value + second / per)
    r.low, r.high = interval(r.value, r.bound)
    return r


def _read_pair(text: str, first: Reading, nxt: re.Match[str]) -> object:
    """Read ``first`` with the number after it, if together they make one claim.

    Returns a merged reading, a pair of readings (the two ends of an interval
    in different units), "skip-both" (a score), or None (unrelated numbers).
    """
    if nxt.start() - first.end > 24:
        return None
    second_number = parse_number(nxt)
    if second_number is None or second_number.value is None or first.value is None:
        return None
    compound = _compound_measure(text, first, nxt, second_number.value)
    if compound is not None:
        return compound
    gap = text[first.end : nxt.start()]
    # "one in five", "one patient in 16", "three out of four"
    if (
        first.kind == "count"
        and _RATIO_GAP.match(gap + " ")
        and (nxt.group().isdigit() or bool(nxt["words"]))
        and 0 < first.value <= second_number.value
        and not second_number.has_scale
        and not re.match(r"\s*(?:%|per\s?cent|percent)", text[nxt.end() : nxt.end() + 9])
        and not _two_counted_things(gap, text, nxt.end())
    ):
        r = replace(first, kind="ratio", end=nxt.end(), value=first.value / second_number.value)
        read_bound(text, r)
        return r
    if (
        first.kind == "count"
        and first.unit is None
        and re.fullmatch(r"\s+to\s+|-to-", gap)
        and (nxt.group().isdigit() or bool(nxt["words"]))
        and 1 <= second_number.value <= 10
        and first.value > second_number.value
        and re.match(
            r"\s*(?:[,.;:)]|$|\s+(?:against|in\s+favou?r))", text[nxt.end() : nxt.end() + 14]
        )
        and not re.search(
            r"\bfrom\s+(?:\S+\s+){0,2}$", text[max(0, first.start - 30) : first.start]
        )
        and not SCORE_WORDS.search(text, max(0, first.start - 30), first.start)
    ):
        # "outnumbered men 3 to 1", "by three to one", "two-to-one": a descending pair with
        # nothing after is a ratio (a range ascends; "from 3 to 1" is a change)
        r = replace(first, kind="ratio", end=nxt.end(), value=first.value / second_number.value)
        read_bound(text, r)
        return r
    if first.kind == "ratio" and FOR_EVERY.fullmatch(gap + " ") and second_number.value:
        r = replace(first, end=nxt.end(), value=first.value / second_number.value)
        r.low, r.high = interval(r.value, r.bound)
        return r
    second = _read_one(text, nxt, second_number)
    if second is None or second.value is None:
        return None
    gap = text[first.end : second.start]
    if _RANGE_GAP.fullmatch(gap) is None:
        return None
    connector = gap.strip().lower()
    if len(connector) > 1:
        connector = connector.lstrip("-–").strip()
    left = text[max(0, first.start - 60) : first.start]
    if connector in ("-", "–"):
        scored = SCORE_WORDS.search(text, second.end, second.end + 20) or SCORE_WORDS.search(
            text, max(0, first.start - 20), first.start
        )
        if first.value >= second.value or scored:
            if first.kind == "count" and first.unit is None and first.currency is None:
                return "skip-both"  # a score: "a 121-108 win"
            return None
    elif connector == "and":
        if not re.search(r"\bbetween\s+(?:\S+\s+)?$|\bbetween\b[^()]{0,40}\($", left, re.I):
            return None
    elif connector == "to":
        before_first = left.split()[-1:]
        if (
            before_first
            and (before_first[0].lower() == "by" or before_first[0].lower() in CHANGES)
            and first.value > 0
            and second.value > 3 * first.value
        ):
            return None  # "rose by 1,200 to 14,800", "fell 300 to 4,100": change, new level
        if re.search(r"\bfrom\s+(?:\S+\s+){0,2}$", left, re.IGNORECASE):
            if not _RANGE_VERBS.search(left):
                # "climb from 32,000 to 38,000 feet" is a change, not a range; both ends
                # are in the unit written once
                if first.kind == "count" and first.unit is None and first.currency is None:
                    if second.kind in ("measure", "duration", "percent", "money"):
                        first.kind, first.unit = second.kind, second.unit
                        first.currency = second.currency
                        first.percentage_points = second.percentage_points
                return None
    else:
        return None
    if first.kind in ("ratio", "date") or second.kind in ("ratio", "date"):
        return None
    first_value = first.value
    # the first end takes the scale of the second: "$8 to $12 billion", "2 to 3 million"
    if (
        second_number.has_scale
        and first.number is not None
        and not first.number.has_scale
        and nxt["digits"]
    ):
        head = re.match(r"[\d,.]+", nxt.group())
        stated = float(head.group().replace(",", "")) if head else 0.0
        if stated:
            scaled = first_value * second_number.value / stated
            if scaled <= second.value:
                first_value = scaled
    if first_value >= second.value:
        return None
    plain_first = first.kind == "count" and first.unit is None and first.currency is None
    same = (first.kind, first.unit, first.currency) == (second.kind, second.unit, second.currency)
    if plain_first or same:
        kind = second.kind
    elif first.kind == "age" and first.unit is None and second.kind == "count":
        kind = "age"  # "aged 18 to 29"
    elif first.kind == second.kind or {first.kind, second.kind} <= {"age", "duration"}:
        # different units: each is one end of the interval ("9 months to 14 years")
        first.bound, second.bound = "lower", "upper"
        first.low, first.high = first.value, None
        second.low, second.high = None, second.value
        if "age" in (first.kind, second.kind) or AGE_BEFORE.search(left):
            first.kind = second.kind = "age"
        return (first, second)
    else:
        return None
    clause = re.split(r"[;:.!?]\s", left)[-1]
    if kind in ("count", "duration") and (AGE_BEFORE.search(left) or AGE_IN_CLAUSE.search(clause)):
        kind = "age"
    merged = Reading(
        first.start,
        second.end,
        kind,
        None,
        low=first_value,
        high=second.value,
        unit=second.unit,
        currency=second.currency,
        percentage_points=second.percentage_points,
        number=second.number,
    )
    merged.ranged = True
    return merged


# ------------------------------------------------------------------ claims


def _to_claims(document: Document, readings: list[Reading]) -> list[Claim]:
    text = document.text
    claims: list[Claim] = []
    last_end = -1
    previous_count: tuple[int, str | None] | None = None  # (sentence, subject)
    previous_sentence = -1
    unit_claims_in_sentence: list[tuple[Reading, str | None]] = []
    previous_quantity: tuple[int, Reading, str | None] | None = None  # (sentence, it, subject)
    for r in readings:
        if r.start < last_end:  # overlapping readings: the first wins
            continue
        last_end = r.end
        sentence = document.sentence_at(r.start)
        s_index = sentence.index if sentence else 0
        if s_index != previous_sentence:
            unit_claims_in_sentence = []
        previous_sentence = s_index
        if r.kind == "date":
            claims.append(_claim(document, len(claims), r, None, None, sentence))
            continue
        s_start = sentence.start if sentence else 0
        s_end = sentence.end if sentence else len(text)
        left = text[max(s_start, r.start - 200) : r.start]
        right = text[r.end : min(s_end, r.end + 200)]
        subject, predicate, own = subject_and_predicate(left, right, r.kind != "percent")
        bare = not own and (not right or right[:1] in ".,;:)" or right.startswith((" and ", " —")))
        if (
            not own
            and previous_quantity is not None
            and previous_quantity[0] == s_index
            and _OF_WHICH.search(left[-24:])
        ):
            # "20,537 flying hours, of which 6,100 were on this type": a part of the whole
            # just named, in its unit and of its kind
            model, subject = previous_quantity[1], previous_quantity[2]
            if r.kind == "count" and r.unit is None and r.currency is None:
                r.kind, r.unit, r.currency = model.kind, model.unit, model.currency
            own = subject is not None
        if bare and r.kind == "count" and r.unit is None and unit_claims_in_sentence:
            # "had more than 14,000 flight hours; ... had about 3,500."
            model, model_predicate = unit_claims_in_sentence[-1]
            if (predicate is not None and _same_verb(predicate, model_predicate)) or (
                _parallel(text, model, r)
            ):
                r.kind, r.unit = model.kind, model.unit
        # "Hamas had released 13 of the more than 90 hostages. At least 34 are dead."
        if subject is None and r.kind == "count" and previous_count is not None and not own:
            # no noun of its own: it counts what the last count did ("23 deaths: 14 in
            # Louisiana"), also across a sentence when a verb follows ("34 are dead")
            same_sentence = previous_count[0] == s_index
            if same_sentence or (
                previous_count[0] == s_index - 1
                and (_VERB_OR_OF_THEM.match(right) or _OF_THEM_BEFORE.search(left[-16:]))
            ):
                subject = previous_count[1]
        if r.kind == "count" and not _AFTER_PREPOSITION.search(left[-30:]):
            # "in 14 states" names where, not what is counted: it is no model to inherit from
            previous_count = (s_index, subject)
        if r.unit is not None and r.kind in ("measure", "duration"):
            unit_claims_in_sentence.append((r, predicate))
        previous_quantity = (s_index, r, subject)
        claims.append(_claim(document, len(claims), r, subject, predicate, sentence))
    return claims


_LAST_WORD = re.compile(r"([a-z]+)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$")
_REMAINDER_WORD = re.compile(r"\b(?:remaining|rest|another|further|other)\s+$")


def _parallel(text: str, model: Reading, r: Reading) -> bool:
    """ "accounted for 18.2 million pints and Hale's Gold for 11.9 million, while ales made
    up the remaining 9.7 million": a figure told in the same frame as a measure before it,
    its unit left out, is in that unit."""
    if model.value is None or r.value is None or model.value <= 0 or r.value <= 0:
        return False
    if not 0.01 <= r.value / model.value <= 100 or re.search(r"\d", text[model.end : r.start]):
        return False
    if re.search(r"[.;!?]", text[model.end : r.start]):
        return False
    before_r = text[max(0, r.start - 30) : r.start]
    if _REMAINDER_WORD.search(before_r):
        return True
    a = _LAST_WORD.search(text[max(0, model.start - 30) : model.start])
    b = _LAST_WORD.search(before_r)
    return a is not None and b is not None and a.group(1) == b.group(1)


# "Of them, 40 reached the summit": a part of what the last sentence counted
_OF_THEM_BEFORE = re.compile(r"\b[Oo]f\s+(?:them|these|those|whom)\s*,?\s*$")
_OF_WHICH = re.compile(r"\bof\s+(?:which|whom|these|those)\s+(?:some\s+|about\s+|nearly\s+)?$")


_VERB_OR_OF_THEM = re.compile(
    r"\s+(?:are|were|have|had|was|is|died|remain|remained|still|of\s+(?:them|whom|those))\b"
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|from|across|at|on|into|among|within|throughout)\s+"
    r"(?:(?:the|its|their|his|her|our|all)\s+)?(?:more\s+than\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)


def _same_verb(a: str, b: str | None) -> bool:
    """ "has" and "had", "holds" and "held" crudely: the same verb for gapping."""
    if b is None:
        return False

    def stem(w: str) -> str:
        if w in ("has", "have", "had", "having"):
            return "have"
        return re.sub(r"(?:ed|es|s|ing)$", "", w)

    return stem(a) == stem(b)


def _claim(
    document: Document,
    index: int,
    r: Reading,
    subject: str | None,
    predicate: str | None,
    sentence: object,
) -> Claim:
    normalized = normalized_unit = None
    value: float | str | None = r.value
    unit = r.unit
    if r.kind == "date":
        value = r.iso
    elif r.kind in ("measure",) and unit is not None:
        base = r.value if r.value is not None else (r.high if r.high is not None else r.low)
        if base is not None:
            converted = normalize(base, unit)
            if converted is not None:
                normalized, normalized_unit = converted
    elif unit in SUBUNITS and r.value is not None:
        normalized = r.value * SUBUNITS[unit]
        normalized_unit = r.currency if r.kind == "money" else "percentage_point"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = float(value)
    return Claim(
        id=f"c{index + 1}",
        start=r.start,
        end=r.end,
        text=document.text[r.start : r.end],
        kind=r.kind,
        value=value,
        low=r.low,
        high=r.high,
        bound=r.bound,
        unit=unit,
        normalized=normalized,
        normalized_unit=normalized_unit,
        currency=r.currency,
        subject=subject,
        predicate=predicate,
        sentence=getattr(sentence, "index", 0),
        paragraph=getattr(sentence, "paragraph", 0),
        vague=r.vague,
        percentage_points=r.percentage_points,
    )
