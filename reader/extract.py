"""Find every numeric claim in a document and read it.

The pipeline, one pass over the text:

1. spans that hold digits but no quantity: times of day, phone numbers,
   people's ages in decades ("in his sixties") are read first;
2. dates (reader/dates.py), so the day of a date is never a count;
3. every number (reader/numbers.py), read with its context: a currency
   before it, a unit or "%" after it (reader/units.py), a qualifier around it
   (reader/qualifiers.py), a second number that makes a range ("12 to 15
   feet") or a ratio ("one in five"); numbers that are labels or names
   ("phase two", "Boeing 737", "COVID-19") are dropped;
4. the subject and predicate of each claim (reader/subjects.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.dates import find_dates, infer_year
from reader.document import Document
from reader.model import Bound, Claim, Kind
from reader.numbers import CHANGE_FACTORS, MULTIPLIERS, Number, find_numbers, parse_number
from reader.qualifiers import bound_after, bound_before, interval
from reader.subjects import subject_and_predicate
from reader.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    UNIT,
    lookup_unit,
    normalize,
)


@dataclass
class _Reading:
    """A number being read; becomes a Claim."""

    start: int
    end: int
    kind: Kind
    value: float | None
    low: float | None = None
    high: float | None = None
    bound: Bound = "exact"
    unit: str | None = None
    currency: str | None = None
    vague: bool = False
    percentage_points: bool = False
    number: Number | None = None
    bare: bool = False  # nothing names what it counts ("had about 3,500.")
    ranged: bool = False  # an interval "12 to 15", value None


# ------------------------------------------------------------------ no-claim spans

_TIME = re.compile(
    r"(?<![\w.,])\d{1,2}(?::\d{2}){1,2}(?:\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b))?"
    r"|(?<![\w.,])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o['’]clock)"
)
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?)?"
    r"(?:\(\d{2,4}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4})+|\d{1,4}(?:[ .-]\d{2,4}){2,})"
    r"(?![\w,]|\.\d)"
)
# "call 311", "dial 911": a number to call, however short
_CALL = re.compile(r"(?<=\b(?:call|dial|text)\s)\d{3,}(?:[ .-]\d+)*", re.IGNORECASE)
_ISO_OR_SLASH_DATE = re.compile(r"(?<![\w/])\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?![\w/])")
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
_DAY_AND_A_HALF = re.compile(
    r"\b(?:an?|one)\s+(?P<unit>second|minute|hour|day|week|month|year)\s+and\s+a\s+half\b",
    re.IGNORECASE,
)
_MULTIPLIER = re.compile(
    r"\b(?:" + "|".join(list(MULTIPLIERS)[:2] + list(CHANGE_FACTORS)) + r")\b", re.IGNORECASE
)

# ------------------------------------------------------------------ context patterns

_PERCENT = re.compile(
    r"\s?%|[\s-]*(?:per[\s-]?cent|percent|pct)\b(?P<pp_after>\s+points?\b)?"
    r"|\s*(?P<pp>percentage[\s-]points?)\b",
    re.IGNORECASE,
)
_POINTS = re.compile(r"\s+points?\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"(?:\s+of)?[\s-]+(?P<w>"
    + "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
    + r"|pounds)\b",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<sym>"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    + r")\s?|(?P<code>\b[A-Z]{3})\s)$"
)
_OLD = re.compile(r"[\s-]old\b|\s+of\s+age\b", re.IGNORECASE)
_DURATION_AFTER_NOUN = re.compile(
    r"\s+(?P<noun>[a-z]+)\s+(?P<unit>hours|days|weeks|months|years|minutes)\b"
)
_TO_RATIO = re.compile(r"-to-(?P<n>\d+(?:\.\d+)?)\b|\s+to\s+(?P<m>\d+)\s+(?=ratio|margin)")
_TIMES = re.compile(r"\s+times\b(?!\s+(?:a|an|per|each|every|in|this|that|last|so)\b)")
_FOR_EVERY = re.compile(r"\s+(?:\w+\s+)?for\s+(?:every|each)\s+", re.IGNORECASE)
_PER = re.compile(r"\s+(?:[a-z]+\s+)?per\s+[a-z]+", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|age|ages|age\s+of|aged\s+between|ages\s+of|ages\s+between)\s+$", re.IGNORECASE
)
_PEOPLE = (
    r"children|kids|teenagers|teens|adults|people|voters|residents|women|men|girls|boys|those"
    r"|patients|participants|individuals|persons|workers|drivers|students|babies|infants"
    r"|pensioners|seniors|anyone|everyone|youths|citizens|smokers|applicants"
)
_PEOPLE_AGE = re.compile(
    rf"\b(?:{_PEOPLE})\s+(?:(?:aged|ages)\s+)?(?:under|over|above|below|older\s+than"
    rf"|younger\s+than)\s+$",
    re.IGNORECASE,
)
_PRONOUN_AGE = re.compile(r"\b(?:[Ss]he|[Hh]e|I)\s+(?:was|is|turned|turns)\s+$")
_AT_AGE = re.compile(r"(?:^|[,;]\s*|\s)at\s+$")
_AGE_IN_CLAUSE = re.compile(r"\bage[ds]?\b(?![-\w])", re.IGNORECASE)
_APPOSITIVE = re.compile(r"(?:^|[^\w.])[A-Z][\w'’.-]*,\s+$")

LABEL_NOUNS = frozenset(
    """
    phase section route highway interstate category resolution article chapter flight room gate
    level stage grade size channel version model step act season episode volume vol issue
    page paragraph clause rule amendment proposition prop district ward precinct unit number
    no item figure fig table line platform terminal runway lane track row apartment apt suite
    floor building block lot exit junction division tier class type mark generation gen game
    round heat lap bus train term part appendix annex
    """.split()
)
# Capitalised words that do not make the next number a label ("In 14 countries").
_CAPITALISED_NON_LABELS = frozenset(
    """
    in on at by for from to of with about around nearly almost some all only just and but or
    the a an its their his her our after before since during between among than over under
    more fewer less at least up another another about roughly approximately an estimated
    serves serve makes make yields yield feeds feed total totals
    """.split()
)
_MONTH_OR_DAY = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday
    """.split()
)
_SCORE_WORDS = re.compile(
    r"\b(?:win|won|wins|loss|lost|loses|defeat|defeated|victory|beat|beats|score|scored|"
    r"vote|votes|voted|ruling|decision|lead|led|draw|tie)\b",
    re.IGNORECASE,
)
_LENGTH_ADJECTIVES = re.compile(r"\s+(?:tall|high|long|wide|deep|away|above|below)\b")


def extract_claims(document: Document) -> list[Claim]:
    """Every numeric claim in ``document``, in text order."""
    text = document.text
    readings: list[_Reading] = []
    blocked: list[tuple[int, int]] = []

    for pattern in (_TIME, _PHONE, _CALL, _ISO_OR_SLASH_DATE):
        for m in pattern.finditer(text):
            if pattern is _PHONE and sum(ch.isdigit() for ch in m.group()) < 7:
                continue
            if pattern is _ISO_OR_SLASH_DATE and re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.group()):
                readings.append(_Reading(m.start(), m.end(), "date", None))
                readings[-1].unit = m.group()
                continue
            blocked.append((m.start(), m.end()))
    for m in _COLON_RATIO.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if second and (len(m.group(2)) == 1 or first > 24):  # "3:1", "30:1"; "7:30" is a time
            r = _Reading(m.start(), m.end(), "ratio", first / second)
            _read_bound(text, r)
            readings.append(r)
    for m in _AGE_DECADE.finditer(text):
        n = m["n"].lower()
        low = float(_DECADE_WORDS.get(n) or int(n[:-1]))
        start = m.start("n")
        r = _Reading(start, m.end(), "age", None, low, low + 9, "exact", unit="year")
        readings.append(r)
    for m in _DAY_AND_A_HALF.finditer(text):
        readings.append(_Reading(m.start(), m.end(), "duration", 1.5, 1.5, 1.5, unit=m["unit"]))
    for m in _MULTIPLIER.finditer(text):
        word = m.group().lower()
        factor = float(MULTIPLIERS.get(word) or CHANGE_FACTORS[word])
        r = _Reading(m.start(), m.end(), "ratio", factor)
        _read_bound(text, r)
        readings.append(r)

    dates = find_dates(text)
    year = infer_year(dates)
    taken = sorted(blocked + [(r.start, r.end) for r in readings])
    date_readings: list[_Reading] = []
    for d in dates:
        if _overlaps_any(taken, d.start, d.end):
            continue
        value = d.value
        if value.startswith("--") and year is not None:
            value = year + value[1:]
        r = _Reading(d.start, d.end, "date", None)
        r.unit = value  # the ISO value travels in ``unit`` until the claim is made
        date_readings.append(r)
    taken = sorted(taken + [(r.start, r.end) for r in date_readings])
    readings.extend(date_readings)

    readings.extend(_read_numbers(text, taken))
    readings.sort(key=lambda r: r.start)
    return _to_claims(document, readings)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    import bisect

    i = bisect.bisect_left(spans, (end, end))
    for j in range(i - 1, max(i - 4, -1), -1):
        s, e = spans[j]
        if s < end and start < e:
            return True
    return False


# ------------------------------------------------------------------ numbers


def _read_numbers(text: str, taken: list[tuple[int, int]]) -> list[_Reading]:
    matches = [m for m in find_numbers(text) if not _overlaps_any(taken, m.start(), m.end())]
    out: list[_Reading] = []
    skip_next = False
    previous: _Reading | None = None
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
            if isinstance(pair, _Reading):
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


def _read_one(text: str, m: re.Match[str], number: Number) -> _Reading | None:
    start, end = m.start(), m.end()
    raw = m.group()
    low_raw = raw.lower()
    if m["digits"]:
        before = text[start - 1] if start else ""
        if before in "-‐" and start >= 2 and text[start - 2].isalpha():
            return None  # COVID-19, F-16
        if before in "#№":
            return None
        if end < len(text) and text[end] == "p" and not text[end + 1 : end + 2].isalnum():
            pass  # "212.5p": pence, read as money below
        elif end < len(text) and (text[end].isalpha() or text[end] in "_@"):
            glued = UNIT.match(text, end)
            if not (glued and glued.end() > end and _unit_ok(glued, glued_to_number=True)):
                return None  # 2nd, 3D, 737MAX
        if end < len(text) - 1 and text[end] in "./" and text[end + 1].isdigit():
            return None  # 1.2.3, 24/7
    if low_raw == "half" and not _is_half_a_quantity(text, start, end):
        return None
    if number.fraction and "/" in raw and not _FRACTION_CONTEXT.match(text, end):
        return None  # "9/11", "24/7": a date or a slogan, not a fraction
    if m["words"] and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return None  # "one-two punch", "B-two"
    if m["digits"] and re.fullmatch(r"\d{5,}", raw) and not _UNIT_OR_PERCENT_AHEAD.match(text, end):
        if not _CURRENCY_BEFORE.search(text, max(0, start - 4), start):
            return None  # "known as 121102": a code; figures this long carry separators
    if m["words"] and low_raw in ("one",):
        if not _one_is_a_quantity(text, end):
            return None
    if m["digits"] or m["words"]:
        if _is_label(text, start, end, number):
            return None
    value = number.value
    r = _Reading(start, end, "count", value, number=number, vague=number.vague)
    if number.vague:
        r.low = number.low
    # a minus sign that belongs to the number
    if m["digits"] and start >= 1 and text[start - 1] in "-−" and value is not None:
        if start == 1 or text[start - 2] in " (\n\t[":
            r.start -= 1
            r.value = value = -value
    if value is not None and text[max(0, start - 6) : start].lower() == "minus ":
        r.start -= 6
        r.value = value = -value
    if number.fraction:
        r.kind = "ratio"
    _read_currency(text, r, number)
    if r.kind != "money":
        _read_suffix(text, r, number)
    _read_age(text, r)
    _read_bound(text, r)
    return r


# "half" in compounds that are not quantities: "half time", "halfway", "half-brother".
_HALF_COMPOUND = re.compile(
    r"[\s-]*(?:time|times|way|hearted|brothers?|sisters?|mast|moon|backs?|term)\b", re.IGNORECASE
)
_HALF_BEFORE = re.compile(
    r"\b(?:first|second|other|latter|former|better|second-)\s*$", re.IGNORECASE
)


def _is_half_a_quantity(text: str, start: int, end: int) -> bool:
    """ "half the oil", "cut by half" are quantities; "half time", "first half" are not."""
    if _HALF_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    return not _HALF_COMPOUND.match(text, end)


def _one_is_a_quantity(text: str, end: int) -> bool:
    """ "one minute", "one in five", "one-third" are quantities; "one of the slogans" is not."""
    rest = text[end : end + 40]
    if re.match(r"\s+(?:\w+\s+)?(?:in|out\s+of)\s+(?:\d|ten|five|four|three|six|seven)", rest):
        return True
    unit = UNIT.match(text, end)
    if unit and unit.end() > end and unit["unit"] and _unit_ok(unit):
        return True
    return bool(re.match(r"\s+(?:dollar|euro|pound|yen|per\s?cent|percent)\b|%", rest))


def _is_label(text: str, start: int, end: int, number: Number) -> bool:
    """ "phase two", "Boeing 737", "Section 427", "Voyager 2": a name, not a quantity."""
    if (
        start < 2
        or text[start - 1] not in " \u00a0"
        or not (text[start - 2].isalnum() or text[start - 2] == ".")
    ):
        return False
    left = text[max(0, start - 40) : start]
    m = _WORD_BEFORE.search(left)
    if m is None:
        return False
    word = m.group(1)
    lower = word.lower().rstrip(".")
    if lower in LABEL_NOUNS and not _UNIT_OR_PERCENT_AHEAD.match(text, end):
        if lower == "number" and re.search(r"\b(?:the|a|total)\s+number\s+$", left, re.I):
            return False
        return True
    if number.has_scale or number.vague or number.words:
        return False
    raw = text[start:end]
    named = word[0].isupper() or any(ch.isupper() for ch in word[1:])  # "Boeing", "iPhone"
    if "," in raw or "." in raw or not named:
        return False
    if lower in _CAPITALISED_NON_LABELS or lower in _MONTH_OR_DAY:
        return False
    if word in CURRENCY_SYMBOLS or word.rstrip(".") in CURRENCY_SYMBOLS or word in CURRENCY_CODES:
        return False
    if word.endswith(("'s", "’s", "'", "’")) or word.isupper() and len(word) > 1 and "." in word:
        return False
    if _UNIT_OR_PERCENT_AHEAD.match(text, end):
        return False
    # the first word of a sentence is capitalised anyway ("Serves 6."), so there only a
    # verb after the number shows a name ("Voyager 2 left")
    lead = left[: m.start()].rstrip(" ")
    if not lead or lead[-1] in '.!?:;\n"“”(—–':
        return bool(_VERB_AHEAD.match(text, end))
    # a list of counts: "won 61 seats, the Social Democrats 44, Homeland Front 23"
    if re.search(r"(?:,|;|\band)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$", lead + " "):
        sentence_start = max(lead.rfind(". "), lead.rfind("\n"))
        if re.search(r"\d", lead[sentence_start + 1 :]):
            return False
    return True


_FRACTION_CONTEXT = re.compile(r"\s*(?:of\b|-?[a-z]+\b(?<!\band)(?<!\bor))", re.IGNORECASE)
_COLON_RATIO = re.compile(r"(?<![\d:.,])(\d{1,3}):(\d{1,3})(?![\d:])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \u00a0]$")
_VERB_AHEAD = re.compile(
    r"\s+(?:[a-z]+ed|is|was|has|had|will|would|can|could|left|made|took|won|lost|flew|fell)\b"
)
_UNIT_OR_PERCENT_AHEAD = re.compile(
    r"\s?%|\s*(?:per\s?cent|percent)\b|\s+(?:people|persons|times)\b", re.IGNORECASE
)


def _unit_ok(m: re.Match[str], glued_to_number: bool = False) -> bool:
    """A symbol-only unit must be written as a symbol: "40 C", "12km", "2 m" but not "a"."""
    if m["unit"]:
        return True
    sym = m["sym"]
    if sym in ("C", "F"):
        return True
    if sym.lower() in ("c", "f"):
        return False
    if sym in ("m", "g", "l", "L", "ha", "mi", "min", "sec", "gal", "cal"):
        return True
    return glued_to_number


def _read_currency(text: str, r: _Reading, number: Number) -> None:
    m = _CURRENCY_BEFORE.search(text, max(0, r.start - 4), r.start)
    if m is not None and (m["sym"] or m["code"] in CURRENCY_CODES):
        r.kind = "money"
        r.currency = CURRENCY_SYMBOLS.get(m["sym"]) if m["sym"] else m["code"]
        r.start = m.start()
        if m["sym"] == "$" and r.start >= 1 and text[r.start - 1] in "-−" and r.value:
            r.value = -r.value
            r.start -= 1
        if number.scale_abbreviation is None and r.value is not None:
            abbr = re.match(r"(?:bn|mn|m|k|b)\b", text[r.end : r.end + 3])
            if abbr:  # "£20 m"
                pass
        _extend_currency_word(text, r)
        return
    if text[r.end : r.end + 1] == "p" and not text[r.end + 1 : r.end + 2].isalnum():
        r.kind, r.currency, r.end = "money", "GBX", r.end + 1  # pence
        return
    m2 = _CURRENCY_AFTER.match(text, r.end)
    if m2 is not None and (" of" not in m2.group()[:4] or number.vague):
        word = m2["w"].lower()
        if word == "pounds" and not number.has_scale:
            return  # "30 pounds" is a weight; "5 million pounds" is money
        r.kind = "money"
        r.currency = CURRENCY_WORDS.get(re.sub(r"\s+", " ", word), "GBP")
        r.end = m2.end()


def _extend_currency_word(text: str, r: _Reading) -> None:
    """ "$5 million dollars" keeps its trailing currency word out of the claim."""


def _read_suffix(text: str, r: _Reading, number: Number) -> None:
    end = r.end
    p = _PERCENT.match(text, end)
    if p is not None:
        r.kind = "percent"
        r.end = p.end()
        r.percentage_points = bool(p["pp"] or p["pp_after"])
        return
    if number.scale_abbreviation == "m" and _LENGTH_ADJECTIVES.match(text, end):
        # "a 1.2m wall" was metres after all
        if r.value is not None:
            r.value = r.value / 1_000_000
        r.kind, r.unit = "measure", "meter"
        return
    if number.fraction:
        # "half a decade", "a third of a mile", "half a percentage point"
        article = re.match(r"\s+(?:of\s+)?an?\s+", text[end : end + 12])
        if article is not None:
            after = end + article.end()
            if re.match(r"percentage[\s-]points?\b", text[after : after + 20], re.I):
                r.kind, r.percentage_points = "percent", True
                r.end = after + re.match(r"percentage[\s-]points?", text[after:], re.I).end()  # type: ignore[union-attr]
                return
            u = UNIT.match(text, after)
            if u is not None and u["unit"] and u.start() == u.end("sep"):
                found = lookup_unit(u["unit"])
                if found is not None:
                    r.unit, r.end = found[0], u.end()
                    r.kind = "duration" if found[1] == "duration" else "measure"
                    return
    ratio = _TO_RATIO.match(text, end)
    if ratio is not None and r.value is not None:
        denominator = float(ratio["n"] or ratio["m"])
        if denominator:
            r.kind = "ratio"
            r.value = r.value / denominator
            r.end = ratio.end("n") if ratio["n"] else ratio.end("m")
        return
    if _TIMES.match(text, end):
        r.kind = "ratio"
        r.end = end + len(_TIMES.match(text, end).group())  # type: ignore[union-attr]
        return
    u = UNIT.match(text, end)
    if u is not None and _unit_ok(u, glued_to_number=u.start() == u.end("sym_sep")):
        unit_text = u["unit"] or u["sym"]
        found = lookup_unit(unit_text)
        if found is not None:
            name, kind = found
            sep = u["sep"] if u["unit"] else u["sym_sep"]
            if sep == "-" and r.number is not None and r.number.vague:
                return
            r.unit = name
            r.kind = "duration" if kind == "duration" else "measure"
            r.end = u.end()
            old = _OLD.match(text, r.end)
            if kind == "duration" and old is not None:
                r.kind = "age"
                r.end = old.end()
            return
    d = _DURATION_AFTER_NOUN.match(text, end)
    if d is not None and d["noun"] not in _NOT_DURATION_NOUNS:
        found = lookup_unit(d["unit"])
        if found is not None:
            r.kind, r.unit, r.end = "duration", found[0], d.end()
            return
    if _POINTS.match(text, end) and r.kind == "count":
        sentence = _sentence_around(text, r.start)
        if re.search(r"%|\bper\s?cent\b|\bpercent\b", sentence, re.IGNORECASE):
            r.kind = "percent"
            r.percentage_points = True
            r.end = _POINTS.match(text, end).end()  # type: ignore[union-attr]
        return
    fe = _FOR_EVERY.match(text, end)
    if fe is not None and r.kind == "count" and r.value is not None:
        r.kind = "ratio"
        return
    per = _PER.match(text, end)
    if per is not None and r.kind == "count" and not re.match(r"\s+per\s?cent", text[end:]):
        r.kind = "ratio"


_NOT_DURATION_NOUNS = frozenset(
    "of and or the a an in to for per more less few several other last first next".split()
)


def _sentence_around(text: str, pos: int) -> str:
    start = max(text.rfind(". ", max(0, pos - 300), pos), text.rfind("\n", max(0, pos - 300), pos))
    end_candidates = [
        i for i in (text.find(". ", pos, pos + 300), text.find("\n", pos, pos + 300)) if i >= 0
    ]
    end = min(end_candidates) if end_candidates else min(len(text), pos + 300)
    return text[max(start, 0) : end]


# The last word before a number that may make it an age ("aged 34", "under 15", "at 80").
_AGE_CUES = frozenset(
    "aged age ages of between under over above below than was is turned turns at".split()
)


def _read_age(text: str, r: _Reading) -> None:
    if r.kind not in ("count", "duration") or r.value is None:
        return
    if r.kind == "duration" and r.unit not in ("year", "month", "week", "day"):
        return
    left = text[max(0, r.start - 60) : r.start]
    right = text[r.end : r.end + 3]
    small = 0 <= r.value <= 125 and r.number is not None and not r.number.has_scale
    if not small:
        return
    last_word = left.rsplit(None, 1)[-1].lower() if left.strip() else ""
    if last_word in _AGE_CUES and (_AGE_BEFORE.search(left) or _PEOPLE_AGE.search(left)):
        r.kind = "age"
        return
    if (
        r.kind == "count"
        and last_word in _AGE_CUES
        and (_PRONOUN_AGE.search(left) or _AT_AGE.search(left))
    ):
        if re.match(r"[,.;]", right) and r.value >= 1 and float(r.value).is_integer():
            if _PRONOUN_AGE.search(left) or re.search(r"(?:^|[,;]\s*)at\s+$", left):
                r.kind = "age"
                return
    if (
        r.kind == "count"
        and last_word.endswith(",")
        and _APPOSITIVE.search(left)
        and re.match(r"[,;.)]", right)
    ):
        raw = text[r.start : r.end]
        if raw.isdigit() and 1 <= r.value <= 120:
            name = re.search(r"([A-Z][\w'’.-]*),\s+$", left)
            if name and name.group(1).lower().rstrip(".") not in _MONTH_OR_DAY:
                r.kind = "age"
                return
    # "The median age rose to 43.7 years from 41.2"
    if "age" not in left.lower():
        return
    clause = re.split(r"[;:.!?]\s", left)[-1]
    if _AGE_IN_CLAUSE.search(clause) and r.unit in (None, "year", "month"):
        if not re.match(r"\s+[a-z]", text[r.end : r.end + 3]) or r.unit:
            r.kind = "age"


def _read_bound(text: str, r: _Reading) -> None:
    left = text[max(0, r.start - 40) : r.start]
    found = bound_before(left)
    if found is not None and r.kind == "duration" and re.search(r"\bover\s+$", left, re.I):
        found = None  # "over two years" is a span of time, not a bound
    if found is not None:
        r.bound = found[0]
    else:
        after = bound_after(text[r.end : r.end + 30])
        if after is not None:
            r.bound = after
    if r.vague:
        return
    r.low, r.high = interval(r.value, r.bound)


# ------------------------------------------------------------------ pairs

_RANGE_GAP = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:to|and|or)\s+")
_RATIO_GAP = re.compile(r"\s+(?:[a-z]+\s+)?(?:in|out\s+of)\s+$")
_RANGE_VERBS = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\b[^.]*$")


def _read_pair(text: str, first: _Reading, nxt: re.Match[str]) -> object:
    """Read ``first`` with the number after it, if together they make one claim.

    Returns a merged reading, a pair of readings (the two ends of an interval
    in different units), "skip-both" (a score), or None (unrelated numbers).
    """
    if nxt.start() - first.end > 24:
        return None
    second_number = parse_number(nxt)
    if second_number is None or second_number.value is None or first.value is None:
        return None
    gap = text[first.end : nxt.start()]
    # "one in five", "one patient in 16", "three out of four"
    if (
        first.kind == "count"
        and _RATIO_GAP.match(gap + " ")
        and (nxt.group().isdigit() or bool(nxt["words"]))
        and 0 < first.value <= second_number.value
        and not second_number.has_scale
        and not re.match(r"\s*(?:%|per\s?cent|percent)", text[nxt.end() : nxt.end() + 9])
    ):
        r = replace(first, kind="ratio", end=nxt.end(), value=first.value / second_number.value)
        _read_bound(text, r)
        return r
    if first.kind == "ratio" and _FOR_EVERY.fullmatch(gap + " ") and second_number.value:
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
    left = text[max(0, first.start - 60) : first.start]
    if connector in ("-", "–"):
        if first.value >= second.value or _SCORE_WORDS.search(text, second.end, second.end + 20):
            if first.kind == "count" and first.unit is None and first.currency is None:
                return "skip-both"  # a score: "a 121-108 win"
            return None
    elif connector == "and":
        if not re.search(r"\bbetween\s+(?:\S+\s+)?$|\bbetween\b[^()]{0,40}\($", left, re.I):
            return None
    elif connector == "to":
        if re.search(r"\bfrom\s+(?:\S+\s+){0,2}$", left, re.IGNORECASE):
            if not _RANGE_VERBS.search(left):
                return None  # "rose from 12 to 15" is a change, not a range
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
        if "age" in (first.kind, second.kind) or _AGE_BEFORE.search(left):
            first.kind = second.kind = "age"
        return (first, second)
    else:
        return None
    clause = re.split(r"[;:.!?]\s", left)[-1]
    if kind in ("count", "duration") and (
        _AGE_BEFORE.search(left) or _AGE_IN_CLAUSE.search(clause)
    ):
        kind = "age"
    merged = _Reading(
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


def _to_claims(document: Document, readings: list[_Reading]) -> list[Claim]:
    text = document.text
    claims: list[Claim] = []
    last_end = -1
    previous_count: tuple[int, str | None] | None = None  # (sentence, subject)
    previous_sentence = -1
    unit_claims_in_sentence: list[tuple[_Reading, str | None]] = []
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
        subject, predicate, own = subject_and_predicate(left, right)
        bare = not own and (not right or right[:1] in ".,;:)" or right.startswith((" and ", " —")))
        if bare and r.kind == "count" and r.unit is None and unit_claims_in_sentence:
            # "had more than 14,000 flight hours; ... had about 3,500."
            model, model_predicate = unit_claims_in_sentence[-1]
            if predicate is not None and _same_verb(predicate, model_predicate):
                r.kind, r.unit = model.kind, model.unit
        # "Hamas had released 13 of the more than 90 hostages. At least 34 are dead."
        if subject is None and r.kind == "count" and previous_count is not None:
            # no noun of its own: it counts what the last count did ("23 deaths: 14 in
            # Louisiana", "34 are dead", "7,900 of them")
            if not own and previous_count[0] >= s_index - 1:
                subject = previous_count[1]
        if r.kind == "count":
            previous_count = (s_index, subject)
        if r.unit is not None and r.kind in ("measure", "duration"):
            unit_claims_in_sentence.append((r, predicate))
        claims.append(_claim(document, len(claims), r, subject, predicate, sentence))
    return claims


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
    r: _Reading,
    subject: str | None,
    predicate: str | None,
    sentence: object,
) -> Claim:
    normalized = normalized_unit = None
    value: float | str | None = r.value
    unit = r.unit
    if r.kind == "date":
        value, unit = r.unit, None
    elif r.kind in ("measure",) and unit is not None:
        base = r.value if r.value is not None else (r.high if r.high is not None else r.low)
        if base is not None:
            converted = normalize(base, unit)
            if converted is not None:
                normalized, normalized_unit = converted
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
