"""The number grammar: digits, number words, fractions, scales, vague amounts.

``NUMBER`` finds the core of a numeric expression; :func:`parse_number`
reads a match into a :class:`Number`. Units, qualifiers and context are the
business of the callers (reader/extract.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNIT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "lakh": 100_000,
    "crore": 10_000_000,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales glued to or right after a figure: "$4.5bn", "1.2m", "20k".
SCALE_ABBREVIATIONS = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
# Fractions of a whole, as words ("a third", "two-thirds").
FRACTION_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}
VULGAR_FRACTIONS = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 0.2,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
# Plural amounts with no figure: "thousands", "dozens", "scores of".
VAGUE_AMOUNTS = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
}
MULTIPLIERS = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4}
CHANGE_FACTORS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}

_UNIT_RE = "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
_TENS_RE = "|".join(TENS_WORDS)
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_SMALL = rf"(?:(?:{_TENS_RE})(?:[- ](?:{_ONE_TO_NINE})\b)?|(?:{_UNIT_RE}))"
_GROUP = rf"(?:(?:{_SMALL}|a|one)[\s-]+hundred(?:[\s-]+(?:and\s+)?{_SMALL}\b)?|{_SMALL})"
_DENOM = "|".join(sorted(FRACTION_DENOMINATORS, key=len, reverse=True))
_VULGAR = "".join(VULGAR_FRACTIONS)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE_WORDS = r"thousand|million|billion|trillion|lakh|crore"
_SCALE_ABBR = r"bn|mn|mln|tn|trn|[kmb]"
_AND_A_HALF = r"[\s-]+and[\s-]+a[\s-]+half\b"  # "two and a half years", "two-and-a-half"
# "two and a half million": the half before the scale
_AND_A_HALF_SCALED = rf"{_AND_A_HALF}(?:[\s-]+(?:thousand|million|billion|trillion)\b)?"

NUMBER = re.compile(
    rf"""
    # fail fast inside words: a number starts at a digit, a fraction sign or a word start
    (?:(?=[\d{_VULGAR}.])|(?<![\w'’-])(?=[ABDEFHMNOST]))
    (?:
    (?P<half_scale>
        \b(?:a[\s-]+)?half[\s-]+an?[\s-]+(?:dozen|hundred|thousand|million|billion|trillion)\b
    )
  | (?P<fraction_word>
        (?:(?:\b[Aa]n?|\b[Oo]ne|\b(?:{_UNIT_RE}))[- ])(?:{_DENOM})\b
      | \b[Hh]alf\b
    )
  | (?P<digits>
        (?<![\w.,/])\d{{1,3}}/\d{{1,3}}(?![\d/])
      | (?<![\w.,/])(?:{_DIGITS})
        (?:[ ]\d/\d{{1,2}}(?![\d/])|[{_VULGAR}])?
        (?:(?:[ ]|-)?(?:{_SCALE_WORDS})\b|(?:{_SCALE_ABBR})\b|{_AND_A_HALF_SCALED})?
      | (?<![\w])[{_VULGAR}]
    )
  | (?P<words>
        \b(?:(?:a|{_SMALL})[\s-]+)?dozen\b
      | \ba\s+(?:hundred|thousand|million|billion)\b
      | \b(?:{_GROUP})(?:[- ](?:{_SCALE_WORDS})\b|{_AND_A_HALF_SCALED})?(?=[^\w]|$)
    )
  | (?P<vague>
        \b(?:[Tt]ens|[Hh]undreds)\s+of\s+(?:thousands|millions)\b
      | \b(?:{"|".join(VAGUE_AMOUNTS)})\b
    )
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Number:
    """A number as read: ``value`` (None when vague) and a lower bound for vague amounts."""

    value: float | None
    low: float | None = None
    vague: bool = False
    fraction: bool = False  # a fraction of a whole ("two-thirds", "half")
    words: bool = False  # spelled out ("five"), not figures
    has_scale: bool = False  # "million", "bn"
    scale_abbreviation: str | None = None  # "m" in "1.2m" (may instead be metres)


def words_to_number(text: str) -> float | None:
    """ "twenty-three" -> 23, "a hundred" -> 100, "two million" -> 2e6, "a dozen" -> 12."""
    total = 0.0
    current = 0.0
    seen = False
    words = re.split(r"[\s-]+", text.lower())
    if words[0] == "a" and len(words) > 1 and words[1] == "half":
        words = words[1:]
    if words[0] == "half":  # "half a dozen", "half a million"
        rest = words_to_number(" ".join(words[1:]))
        return None if rest is None else rest / 2
    for word in words:
        if not word or word == "and":
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            continue
        if word == "dozen":
            current = (current or 1) * 12
            seen = True
        elif word in UNIT_WORDS:
            current += UNIT_WORDS[word]
            seen = True
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def fraction_word_value(text: str) -> float | None:
    """ "two-thirds" -> 0.667, "a quarter" -> 0.25, "half" -> 0.5."""
    parts = re.split(r"[\s-]+", text.lower())
    denominator = FRACTION_DENOMINATORS.get(parts[-1])
    if denominator is None:
        return None
    if len(parts) == 1:
        return 1 / denominator
    head = parts[0]
    numerator = 1 if head in ("a", "an") else UNIT_WORDS.get(head)
    if numerator is None:
        return None
    return numerator / denominator


def digits_value(text: str) -> tuple[float, str | None, bool] | None:
    """Figures with an optional fraction and scale: "4.5bn" -> (4.5e9, "bn", True)."""
    m = re.fullmatch(
        rf"(?P<n>{_DIGITS})?(?:[ ](?P<fn>\d)/(?P<fd>\d{{1,2}})|(?P<v>[{_VULGAR}]))?"
        rf"(?:(?:[ ]|-)?(?P<sw>{_SCALE_WORDS})|(?P<sa>{_SCALE_ABBR}))?",
        text,
        re.IGNORECASE,
    )
    if m is None:
        slash = re.fullmatch(r"(\d{1,3})/(\d{1,3})", text)
        if slash and int(slash.group(2)):
            return int(slash.group(1)) / int(slash.group(2)), None, False
        return None
    value = float(m["n"].replace(",", "")) if m["n"] else 0.0
    if m["fn"] and int(m["fd"]):
        value += int(m["fn"]) / int(m["fd"])
    if m["v"]:
        value += VULGAR_FRACTIONS[m["v"]]
    if not m["n"] and not m["v"] and not m["fn"]:
        return None
    if m["sw"]:
        return value * SCALES[m["sw"].lower()], None, True
    if m["sa"]:
        abbr = m["sa"].lower()
        return value * SCALE_ABBREVIATIONS[abbr], abbr, True
    return value, None, False


def parse_number(match: re.Match[str]) -> Number | None:
    """Read a ``NUMBER`` match."""
    text = match.group()
    half = re.search(
        _AND_A_HALF + r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion))?$", text
    )
    if half is not None and (match["digits"] or match["words"]):
        head = NUMBER.fullmatch(text[: half.start()])
        whole = parse_number(head) if head is not None else None
        if whole is None or whole.value is None:
            return None
        if half["scale"]:
            scale = SCALES[half["scale"].lower()]
            return Number((whole.value + 0.5) * scale, words=whole.words, has_scale=True)
        return Number(whole.value + 0.5, words=whole.words)
    if match["fraction_word"]:
        value = fraction_word_value(text)
        return None if value is None else Number(value, fraction=True, words=True)
    if match["digits"]:
        parsed = digits_value(text)
        if parsed is None:
            return None
        value, abbr, has_scale = parsed
        is_fraction = "/" in text and " " not in text and not has_scale
        return Number(value, fraction=is_fraction, has_scale=has_scale, scale_abbreviation=abbr)
    if match["half_scale"]:
        value = words_to_number(text)
        return None if value is None else Number(value, words=True, has_scale=True)
    if match["words"]:
        value = words_to_number(text)
        if value is None:
            return None
        has_scale = any(w in text.lower() for w in ("thousand", "million", "billion", "trillion"))
        return Number(value, words=True, has_scale=has_scale)
    if match["vague"]:
        words = text.lower().split()
        if len(words) == 3:  # "tens of thousands": at least twenty thousand
            base = (10 if words[0] == "tens" else 100) * VAGUE_AMOUNTS[words[2]]
        else:
            base = VAGUE_AMOUNTS[words[0]]
        return Number(None, low=2 * base, vague=True, words=True)
    return None


# Where a number may start: a figure or fraction sign, or a word that begins one.
# Scanning for these first and matching NUMBER only there is ~2x faster than
# letting NUMBER's many word alternatives try every word of the text.
_STARTS = re.compile(rf"[\d{_VULGAR}.]|(?<![\w'’-])[A-Za-z]+")
_FIRST_WORDS = frozenset(
    [*UNIT_WORDS, *TENS_WORDS, *VAGUE_AMOUNTS, "a", "an", "half", "dozen", "tens"]
)
_FIGURE_STARTS = frozenset("0123456789." + _VULGAR)


def find_numbers(text: str) -> list[re.Match[str]]:
    """Every NUMBER match in ``text``, in order, without overlaps (like ``finditer``)."""
    out: list[re.Match[str]] = []
    last = -1
    match = NUMBER.match
    for start in _STARTS.finditer(text):
        pos = start.start()
        if pos < last:
            continue
        word = start.group()
        if word[0] not in _FIGURE_STARTS and word.lower() not in _FIRST_WORDS:
            continue
        m = match(text, pos)
        if m is not None and m.end() > pos:
            out.append(m)
            last = m.end()
    return out
