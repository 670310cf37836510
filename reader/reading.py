"""Reading one number in its context: currency, unit, percent, ratio, age, bound.

A :class:`Reading` is a number on its way to becoming a Claim. The readers here
look at the text around it: a currency before it ("$", "US$", "Rs"), a unit or
"%" after it (reader/units.py), the words that make it an age ("aged 34", "a
34-year-old", "Osei, 51,"), and a qualifier that bounds it (reader/qualifiers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model import Bound, Kind
from reader.numbers import Number
from reader.qualifiers import bound_after, bound_before, interval
from reader.subjects import is_noun
from reader.units import CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT, lookup_unit

MONTH_OR_DAY = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday
    """.split()
)


@dataclass
class Reading:
    """A number being read; it becomes a Claim."""

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
    iso: str | None = None  # a date's ISO value


# Decades and centuries named without a figure are read in years, as news means them:
# "a century" is 100 years, "a quarter of a century" 25, "half a decade" 5.
YEARS_IN = {"decade": 10.0, "century": 100.0}
# A span's units in seconds (a month and a year as averages): to add or compare spans.
SECONDS_IN = {
    "year": 31_557_600.0,
    "month": 2_629_800.0,
    "week": 604_800.0,
    "day": 86_400.0,
    "hour": 3_600.0,
    "minute": 60.0,
    "second": 1.0,
}


# ------------------------------------------------------------------ context patterns

_PERCENT = re.compile(
    r"\s?%|[\s-]*(?:per[\s-]?cent|percent|pct|(?-i:pc))\b(?P<pp_after>\s+points?\b)?"
    r"|[\s-]*(?P<pp>percentage[\s-]points?)\b"
    # a basis point is a hundredth of a percentage point
    r"|[\s-]*(?P<bp>basis[\s-]points?|(?-i:bps?))\b",
    re.IGNORECASE,
)
# "a quarter-point cut", "a half-point rise": a fraction of a percentage point
_FRACTION_POINT = re.compile(r"-point\b", re.IGNORECASE)
_POINTS = re.compile(r"\s+points?\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"(?:\s+of)?[\s-]+(?P<w>"
    + "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
    + r"|pounds)\b",
    re.IGNORECASE,
)
CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<sym>"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    + r")\s?|(?P<code>\b[A-Z]{3})\s)$"
)
# Points scored in a game, not percentage points: "scored 22 points", "won by 20 points".
_SCORING = re.compile(
    r"\b(?:scor\w*|averag\w*|allow\w*|margin\s+of|won\s+by|lost\s+by|beat\w*|led\s+by)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CENTS = re.compile(r"\s+cents?\b", re.IGNORECASE)
_PENCE = re.compile(r"\s+pence\b", re.IGNORECASE)
_OLD = re.compile(r"[\s-]olds?\b|\s+of\s+age\b", re.IGNORECASE)
_DURATION_AFTER_NOUN = re.compile(
    r"\s+(?P<noun>[a-z]+)\s+(?P<unit>hours|days|weeks|months|years|minutes)\b"
)
# "up from 190 two years ago": a number word starts a duration of its own
_COUNT_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"hundred|few|several|many|some|a)$"
)
_TO_RATIO = re.compile(r"-to-(?P<n>\d+(?:\.\d+)?)\b|\s+to\s+(?P<m>\d+)\s+(?=ratio|margin)")
# "three times a week" is a frequency; "three times that of the old plant" a multiple
_TIMES = re.compile(
    r"\s+times\b(?!\s+(?:a|an|per|each|every|in|this|last|so)\b)"
    r"(?!\s+that\b(?!\s+(?:of|figure|amount|sum|number|level|size|total|price|cost)\b))"
)
FOR_EVERY = re.compile(r"\s+(?:\w+\s+)?(?:for|to)\s+(?:every|each)\s+", re.IGNORECASE)
_PER = re.compile(r"\s+(?:[a-z]+\s+)?per\s+(?P<whom>[a-z]+)", re.IGNORECASE)
# "17 pupils per teacher" sets two populations side by side: a ratio; "6.5 wolves per
# pack", "52 requests per page" are averages over things: counts
_PER_PERSON = frozenset(
    """
    capita head person teacher doctor nurse physician officer employee worker staff member
    resident inhabitant citizen voter pupil student patient child adult user customer
    subscriber passenger player man woman
    """.split()
)
AGE_BEFORE = re.compile(
    r"\b(?:aged|age|ages|age\s+of|aged\s+between|ages\s+of|ages\s+between)\s+$", re.IGNORECASE
)
_PEOPLE = (
    r"children|kids|teenagers|teens|adults|people|voters|residents|women|men|girls|boys|those"
    r"|patients|participants|individuals|persons|workers|drivers|students|babies|infants"
    r"|pensioners|seniors|anyone|everyone|youths|citizens|smokers|applicants"
    r"|child|kid|teenager|adult|person|voter|resident|woman|man|girl|boy|patient|worker"
    r"|driver|student|baby|infant|someone|runners?|athletes?|players?"
)
_PEOPLE_AGE = re.compile(
    rf"\b(?:{_PEOPLE})\s+(?:(?:aged|ages)\s+)?(?:under|over|above|below|older\s+than"
    rf"|younger\s+than|of)\s+$",
    re.IGNORECASE,
)
# "about 300 were over 75", "of whom 40 are under 18": a count, a copula, an age threshold
_COUNT_WERE_OVER = re.compile(
    rf"(?:\d|\b(?:{_PEOPLE}|them|whom|dozen|hundred|thousand|half|third|quarter|most|many|some))"
    r"\s+(?:were|are|was|is)\s+(?:(?:all\s+)?aged\s+)?"
    r"(?:over|under|above|below|older\s+than|younger\s+than)\s+$",
    re.IGNORECASE,
)
_PEOPLE_WORD = re.compile(rf"\b(?:{_PEOPLE}|whom)\b", re.IGNORECASE)
_PRONOUN_AGE = re.compile(r"\b(?:[Ss]he|[Hh]e|I)\s+(?:was|is|turned|turns)\s+$")
_AT_AGE = re.compile(r"(?:^|[,;]\s*|\s)at\s+$", re.IGNORECASE)
_AT_AGE_OPENS = re.compile(r"(?:^|[,;.!?:—–(\n]\s*)at\s+$", re.IGNORECASE)
# "stood at 26", "closed at 41": a level, not a person's age
_LEVEL_VERB_AT = re.compile(
    r"\b(?:st(?:an)?ds?|stood|closed|opened|peaked|bottomed|topped|set|fixed|capped|priced|"
    r"valued|estimated|put|pegged|remained|remains|held|holds|hovered|hovers|settled|"
    r"finished|ended|levelled|leveled|came\s+in|is|was|were|are|rate|rates|number|"
    r"sits|sat|totalled|totaled|starts?|started|begins?|began)\s+at\s+$",
    re.IGNORECASE,
)
AGE_IN_CLAUSE = re.compile(r"\bage[ds]?\b(?![-\w])", re.IGNORECASE)
_APPOSITIVE = re.compile(r"(?:^|[^\w.])[A-Z][\w'’.-]*,\s+$")

# "10,000 feet (3,050m)": in a bracket after a length, "m" restates it in metres
_LENGTH_BEFORE_BRACKET = re.compile(
    r"(?:\d\s*(?:ft|feet|foot|inch(?:es)?|in\.?|yards?|yds?|miles?|mi)|\d\s*(?:\"|″|'|′))\s*\(\s*"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|c\.\s*)?$",
    re.I,
)
_LENGTH_ADJECTIVES = re.compile(
    r"[\s-]+(?:tall|high|long|wide|deep|away|above|below"
    # races are run in metres: "the 100m sprint", "the 400m hurdles"
    r"|sprint|dash|hurdles|relay|freestyle|butterfly|backstroke|breaststroke|medley|"
    r"steeplechase|race|final|heats?|run|swim|world\s+record|champion|title)\b"
)


# a lowercase word that is no preposition, conjunction or verb of being: a noun the unit modifies
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|at|to|for|from|and|or|but|later|earlier|ago|before|after|old|long|"
    r"is|are|was|were|has|had|have|the|a|an|since|until|with|by|into|as|than|that|which|"
    r"who|when|while|later|running|straight|in-a-row)\b)[a-z]{3,}s\b"
)


def unit_ok(m: re.Match[str], glued_to_number: bool = False) -> bool:
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


def read_currency(text: str, r: Reading, number: Number) -> None:
    m = CURRENCY_BEFORE.search(text, max(0, r.start - 4), r.start)
    if m is not None and (m["sym"] or m["code"] in CURRENCY_CODES):
        r.kind = "money"
        r.currency = CURRENCY_SYMBOLS.get(m["sym"]) if m["sym"] else m["code"]
        r.start = m.start()
        if (
            r.start >= 1
            and text[r.start - 1] in "-−"
            and r.value
            and (r.start == 1 or not text[r.start - 2].isalnum())  # "$229-$279" is a range
        ):
            r.value = -r.value
            r.start -= 1
        return
    # pence and cents are money in the currency they divide, valued as stated ("77p" is
    # 77 penny); the claim's normalized value is in the whole currency (0.77 GBP)
    if text[r.end : r.end + 1] == "p" and not text[r.end + 1 : r.end + 2].isalnum():
        r.kind, r.currency, r.unit, r.end = "money", "GBP", "penny", r.end + 1
        return
    cents = _CENTS.match(text, r.end)
    if cents is not None and not number.has_scale:
        r.kind, r.currency, r.unit, r.end = "money", "USD", "cent", cents.end()
        return
    pence = _PENCE.match(text, r.end)
    if pence is not None and not number.has_scale:
        r.kind, r.currency, r.unit, r.end = "money", "GBP", "penny", pence.end()
        return
    m2 = _CURRENCY_AFTER.match(text, r.end)
    if m2 is not None and (" of" not in m2.group()[:4] or number.vague):
        word = m2["w"].lower()
        if word == "pounds" and not number.has_scale:
            return  # "30 pounds" is a weight; "5 million pounds" is money
        r.kind = "money"
        r.currency = CURRENCY_WORDS.get(re.sub(r"\s+", " ", word), "GBP")
        r.end = m2.end()


def _singular_noun_after(text: str, end: int) -> bool:
    """A singular noun right after: what a length describes ("a 2m wall"); millions count
    plurals ("1.2m voters")."""
    m = re.match(r"[ \t]+([a-z]+)\b", text[end : end + 24])
    if m is None or m.group(1) in _IRREGULAR_PLURALS or m.group(1) in _AMOUNT_NOUNS:
        return False
    return not m.group(1).endswith("s") and is_noun(m.group(1))


# Singular nouns that a million sizes: "a 2m deal", "its 1.2m population"
_AMOUNT_NOUNS = frozenset(
    """
    population workforce audience viewership membership readership circulation budget deal
    fine loan payout bill contract fund investment profit loss revenue turnover salary
    transfer fee grant settlement bonus package bid offer order donation debt deficit
    """.split()
)
_IRREGULAR_PLURALS = frozenset(
    "people children men women staff personnel police cattle sheep fish livestock deer "
    "data poultry youth clergy".split()
)


def read_suffix(text: str, r: Reading, number: Number) -> None:
    end = r.end
    p = _PERCENT.match(text, end)
    if p is not None:
        r.kind = "percent"
        r.end = p.end()
        r.percentage_points = bool(p["pp"] or p["pp_after"] or p["bp"])
        if p["bp"]:
            r.unit = "basis_point"  # valued as stated; normalised to percentage points
        return
    if number.fraction and _FRACTION_POINT.match(text, end):
        r.kind, r.percentage_points, r.end = "percent", True, end + len("-point")
        return
    if number.scale_abbreviation == "m" and (
        _LENGTH_ADJECTIVES.match(text, end)
        or _singular_noun_after(text, end)
        or _LENGTH_BEFORE_BRACKET.search(text, max(0, r.start - 40), r.start)
    ):
        # "a 1.2m wall", "1.8m tall" were metres after all; "1.2m voters" are millions
        if r.value is not None:
            r.value = r.value / 1_000_000
        r.kind, r.unit = "measure", "meter"
        return
    if number.fraction:
        # "half a decade", "a third of a mile", "half a percentage point"; "quarter" and
        # "half" are never ordinals, so they also take the unit straight: "a quarter mile"
        article = re.match(r"\s+(?:of\s+)?an?\s+", text[end : end + 12])
        if article is None and re.search(r"(?:half|quarter)$", text[r.start : end], re.I):
            article = re.match(r"[\s-]+(?=[a-z])", text[end : end + 3])
        if article is not None:
            after = end + article.end()
            points = re.match(r"percentage[\s-]points?\b", text[after : after + 20], re.I)
            if points is not None:
                r.kind, r.percentage_points = "percent", True
                r.end = after + points.end()
                return
            u = UNIT.match(text, after)
            if u is not None and u["unit"] and u.start() == u.end("sep"):
                found = lookup_unit(u["unit"])
                if found is not None:
                    r.unit, r.end = found[0], u.end()
                    r.kind = "duration" if found[1] == "duration" else "measure"
                    if r.unit in YEARS_IN and r.value is not None:
                        r.value, r.unit = r.value * YEARS_IN[r.unit], "year"
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
    if number.vague:
        # "thousands of years", "hundreds of miles": a vague amount of a unit
        of = re.match(r"\s+of(?=\s)", text[end : end + 4])
        u = UNIT.match(text, end + of.end()) if of is not None else None
        if u is not None and u["unit"] and u["sep"] == " ":
            found = lookup_unit(u["unit"])
            if found is not None:
                r.unit, r.end = found[0], u.end()
                r.kind = "duration" if found[1] == "duration" else "measure"
                return
    u = UNIT.match(text, end)
    if u is not None and unit_ok(u, glued_to_number=u.start() == u.end("sym_sep")):
        unit_text = u["unit"] or u["sym"]
        found = lookup_unit(unit_text)
        if found is not None:
            name, kind = found
            sep = u["sep"] if u["unit"] else u["sym_sep"]
            if sep == "-" and r.number is not None and r.number.vague:
                return
            if (
                kind == "duration"
                and sep == " "
                and (r.value or 0) > 1
                and u["unit"]
                and not u["unit"].lower().endswith("s")
                and _NOUN_AFTER.match(text, u.end())
            ):
                return  # "3,500 day tickets": tickets counted, "day" names their kind
            r.unit = name
            r.kind = "duration" if kind == "duration" else "measure"
            r.end = u.end()
            old = _OLD.match(text, r.end)
            if kind == "duration" and old is not None:
                r.kind = "age"
                r.end = old.end()
            return
    d = _DURATION_AFTER_NOUN.match(text, end)
    if d is not None and d["noun"] not in _NOT_DURATION_NOUNS and not _COUNT_WORD.match(d["noun"]):
        found = lookup_unit(d["unit"])
        if found is not None:
            r.kind, r.unit, r.end = "duration", found[0], d.end()
            return
    if _POINTS.match(text, end) and r.kind == "count":
        # "a gain of 4.4 points" beside percentages is percentage points; "gained 312
        # points, or 0.9%" is an index restated as a percentage
        points_end = _POINTS.match(text, end).end()  # type: ignore[union-attr]
        sentence = _sentence_around(text, r.start)
        restated = re.match(r",?\s+or\s+[\d.]+\s?%", text[points_end : points_end + 20])
        scored = _SCORING.search(text, max(0, r.start - 30), r.start)
        if (
            re.search(r"%|\bper\s?cent\b|\bpercent\b", sentence, re.IGNORECASE)
            and not restated
            and not scored
            and r.value is not None
            and abs(r.value) <= 100
        ):
            r.kind = "percent"
            r.percentage_points = True
            r.end = points_end
        return
    fe = FOR_EVERY.match(text, end)
    if fe is not None and r.kind == "count" and r.value is not None:
        r.kind = "ratio"
        return
    per = _PER.match(text, end)
    if (
        per is not None
        and r.kind == "count"
        and not re.match(r"\s+per\s?cent", text[end : end + 12])
        and per["whom"].lower() in _PER_PERSON
    ):
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
    "aged age ages of between under over above below than was is turned turns turning at".split()
)
_WORDS_AFTER = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")


def _counts_a_noun(text: str, end: int) -> bool:
    """A plural noun within two words after ``end``: "of 40 homes", "of 40 small homes"."""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and any(
        w and w.endswith("s") and is_noun(w) for w in (m.group(1), m.group(2))
    )


# People named by a common noun, whose age follows in commas: "his wife, 87, joined".
_PERSON_NOUNS = frozenset(
    """
    wife husband son daughter mother father brother sister widow widower partner grandson
    granddaughter grandmother grandfather boy girl man woman child friend neighbour neighbor
    """.split()
)
# People named by their role, whose age a copula may give: "The pilot ... was 58."
_ROLE_NOUNS = frozenset(
    """
    pilot co-pilot captain driver victim suspect officer soldier teacher doctor nurse patient
    student pupil worker owner founder chief director mayor president minister senator actor
    singer player runner climber survivor gunman attacker defendant baby teenager
    """.split()
)
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are)\s+$")
_CLAUSE_GOES_ON = re.compile(r"\s+(?:and|but|when|after|before)\b")
# "by 25 she ran", "At 30, he": "by" or "at" opening a clause whose subject is a person
_BY_AGE = re.compile(r"(?:^|[,;.!?—–]\s*|\b(?:and|but)\s+)(?:by|at)\s+$", re.IGNORECASE)
_PERSON_NEXT = re.compile(
    r",?\s+(?:she|he|I|they|we)\b(?!\s+(?:said|says|told|added|noted|estimated|reported))"
)
_TURNED = re.compile(r"\b(?:turned|turns|turning|turn)\s+$", re.IGNORECASE)
_PERSON_IN_CLAUSE = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b")


def _person_is_subject(text: str, start: int) -> bool:
    """Whether the clause before ``start`` opens with a person: a role or kin noun among
    its first words ("The pilot, who ...", "Her son", "the team captain") or a name with a
    relative "who" ("Adeyemo, who ...")."""
    clause = re.split(r"[.!?;]\s+|,\s+(?:and|but)\s+", text[max(0, start - 160) : start])[-1]
    if re.match(r"\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s+who\b", clause):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", clause)[:4]
    if words and words[0].lower() in ("the", "a", "an", "her", "his", "their", "its", "our"):
        words = words[1:]
    return any(w.lower() in _ROLE_NOUNS or w.lower() in _PERSON_NOUNS for w in words[:2])


def read_age(text: str, r: Reading) -> None:
    """Make ``r`` an age when its words say so ("aged 34", "Osei, 51,", "at 29, she")."""
    if r.kind not in ("count", "duration") or r.value is None:
        return
    if r.kind == "duration" and r.unit not in ("year", "month", "week", "day"):
        return
    if not (0 <= r.value <= 125 and r.number is not None and not r.number.has_scale):
        return
    left = text[max(0, r.start - 60) : r.start]
    right = text[r.end : r.end + 3]
    last_word = left.rsplit(None, 1)[-1].lower() if left.strip() else ""
    whole_years = r.kind == "count" and r.value >= 1 and float(r.value).is_integer()
    ends_phrase = re.match(r"[,.;)]", right) is not None
    if whole_years and r.value <= 110 and _BY_AGE.search(left) and _PERSON_NEXT.match(text, r.end):
        r.kind = "age"  # "by 25 she ran three shops", "By 30, he had"
        return
    if (
        whole_years
        and r.value <= 110
        and _COPULA_BEFORE.search(left)
        and (ends_phrase or _CLAUSE_GOES_ON.match(text, r.end))
        and _person_is_subject(text, r.start)
    ):
        r.kind = "age"  # "The pilot, who had flown for 30 years, was 58."
        return
    if (
        whole_years
        and 10 <= r.value <= 110
        and (ends_phrase or _CLAUSE_GOES_ON.match(text, r.end))
        and _COUNT_WERE_OVER.search(left)
        and _PEOPLE_WORD.search(left)
    ):
        r.kind = "age"  # "about 300 were over 75": a threshold of age on a counted group
        return
    if last_word in _AGE_CUES:
        if AGE_BEFORE.search(left) or (
            _PEOPLE_AGE.search(left) and not _counts_a_noun(text, r.end)
        ):
            r.kind = "age"  # "aged 34", "women over 35", "a runner of 40" (not "of 40 homes")
            return
        ends_clause = ends_phrase or _CLAUSE_GOES_ON.match(text, r.end)
        if whole_years and (_TURNED.search(left) or _PRONOUN_AGE.search(left) and ends_clause):
            r.kind = "age"  # "who turned 90", "She was 87."
            return
        if whole_years and ends_clause and _AT_AGE.search(left) and not _LEVEL_VERB_AT.search(left):
            # "in 2016, at 80, she became", "At 41, she", "left school at 19 and joined":
            # not "stood at 26," (a level) nor "at 40 sites" (a place)
            clause = re.split(r"[;:.!?]\s", left)[-1] + text[r.end : r.end + 40]
            if _AT_AGE_OPENS.search(left) or _PERSON_IN_CLAUSE.search(clause):
                r.kind = "age"
                return
    if whole_years and last_word.endswith(",") and ends_phrase and r.value <= 120:
        # an appositive: "Osei, 51, said", "his wife, 87, joined"
        name = re.search(r"([\w'’.-]+),\s+$", left)
        if name is not None and text[r.start : r.end].isdigit():
            word = name.group(1)
            if (word[0].isupper() and word.lower().rstrip(".") not in MONTH_OR_DAY) or (
                word.lower() in _PERSON_NOUNS
            ):
                r.kind = "age"
                return
    # "The median age rose to 43.7 years from 41.2"
    if "age" not in left.lower():
        return
    clause = re.split(r"[;:.!?]\s", left)[-1]
    if AGE_IN_CLAUSE.search(clause) and r.unit in (None, "year", "month"):
        # a bare figure, not a count of something: "from 41.2.", "58, up from 55 a decade ago"
        following = re.match(r"\s+([a-z]+)", text[r.end : r.end + 20])
        bare = following is None or following.group(1) in _AFTER_BARE_AGE
        if r.unit or (bare and not (r.number is not None and r.number.words)):
            r.kind = "age"


_AFTER_BARE_AGE = frozenset("a an from to up down last this and or".split())


def read_bound(text: str, r: Reading) -> None:
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
