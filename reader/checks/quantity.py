"""Intervals: what a stated figure allows, rounding and qualifiers included.

"more than 90" is [90, inf); "about 1,200" carries a tolerance; "12,300" may be
rounded to the hundred; "three" is exact. Checks compare intervals, so a
figure is only wrong when no reading of the text can make it right.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reader.checks.screens import end_word
from reader.model import Claim
from reader.units import SUBUNITS

INF = math.inf
# Qualifiers the extractor may not have turned into a bound.
_NEAR_BELOW = re.compile(r"\b(nearly|almost|just under|just short of|close to)\s*$", re.I)
_BELOW = re.compile(r"\b(fewer than|less than|under|up to|at most|no more than|below)\s*$", re.I)
_ABOVE = re.compile(
    r"\b(more than|over|at least|above|upwards of|exceeds?|top(?:ped|s)?)\s*$", re.I
)
_ABOUT = re.compile(
    r"\b(about|around|roughly|some|approximately|nearly|almost|an estimated)\s*$", re.I
)
_QUALIFIER_WORDS = (
    "near",
    "almost",
    "under",
    "short",
    "close",
    "fewer",
    "less",
    "up to",
    "most",
    "more",
    "below",
    "over",
    "least",
    "above",
    "upward",
    "exceed",
    "top",
    "about",
    "around",
    "rough",
    "some",
    "approx",
    "estimated",
)
# one scan for any of them: faster than a loop of `in` on every figure
_QUALIFIER_SCREEN = re.compile("|".join(re.escape(w) for w in _QUALIFIER_WORDS))
# the words the four qualifier patterns can end with: a screen of the window's last word
_QUALIFIER_END = re.compile(
    r"nearly|almost|under|of|to|than|most|below|over|least|above|exceeds?|top(?:ped|s)?|"
    r"about|around|roughly|some|approximately|estimated",
    re.I,
)
_LITERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
APPROX_REL = 0.05


@dataclass(frozen=True, slots=True)
class Interval:
    lo: float
    hi: float

    @classmethod
    def exact(cls, x: float) -> Interval:
        return cls(x, x)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, k: float) -> Interval:
        a, b = _mul(self.lo, k), _mul(self.hi, k)
        return Interval(min(a, b), max(a, b))

    def times(self, other: Interval) -> Interval:
        products = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def divided_by(self, other: Interval) -> Interval | None:
        if other.lo <= 0 <= other.hi:
            return None
        inv = Interval(1 / other.hi if other.hi != INF else 0.0, 1 / other.lo)
        return self.times(inv)

    def overlaps(self, other: Interval, slack: float = 0.0) -> bool:
        return self.lo <= other.hi + slack and other.lo <= self.hi + slack

    def contains(self, x: float, slack: float = 0.0) -> bool:
        return self.lo - slack <= x <= self.hi + slack

    @property
    def mid(self) -> float:
        if self.hi == INF:
            return self.lo
        if self.lo == -INF:
            return self.hi
        return (self.lo + self.hi) / 2

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi


def _mul(a: float, b: float) -> float:
    if a == 0 or b == 0:
        return 0.0
    return a * b


def subunit_scale(claim: Claim) -> float:
    """Pence, cents and basis points are compared in the whole currency or in points."""
    if claim.kind in ("money", "percent") and claim.unit in SUBUNITS:
        return SUBUNITS[claim.unit]
    return 1.0


def numeric_value(claim: Claim) -> float | None:
    v = claim.value
    if isinstance(v, bool) or isinstance(v, str):
        return None
    # subunit_scale(claim), inline: read for nearly every claim by nearly every rule
    s = (
        SUBUNITS[claim.unit]
        if claim.kind in ("money", "percent") and claim.unit in SUBUNITS
        else 1.0
    )
    if v is None:
        if claim.low is not None and claim.high is not None:
            return (claim.low + claim.high) / 2 * s
        end = claim.low if claim.low is not None else claim.high
        return None if end is None else end * s
    return float(v) * s


_LETTERS = re.compile(r"[a-z]+")
_COMPOUND_MEASURE = re.compile(r"\d\s*(ft|feet|foot|st|stone)\b\.?\s*(?:and\s+)?\d", re.I)


def rounding(claim: Claim, value: float) -> float:
    """Half the step the figure is stated to: "12,300" -> 50, "4.84 million" -> 5,000."""
    compound = _COMPOUND_MEASURE.search(claim.text) if claim.kind == "measure" else None
    if compound is not None:
        # "5 ft 6 in", "9 st 2 lb": stated to the inch or the pound, in feet or stones
        return 0.5 / (12.0 if compound.group(1)[0].lower() == "f" else 14.0)
    m = _LITERAL.search(claim.text)
    if m is None:
        # Number words: "three" is exact; fractions in words are loose.
        return abs(value) * 0.04 if claim.kind in ("ratio",) else 0.0
    lit = m.group().replace(",", "")
    after = claim.text[m.end() :].strip().lower()
    scale = 1.0
    word = _LETTERS.match(after)
    if word and word.group() in _SCALE:
        scale = _SCALE[word.group()]
        if abs(value) < 0.5 * abs(float(lit or 0)) * scale:
            scale = 1.0  # "1.88m" read as metres: the letter was a unit, not millions
    if "." in lit:
        decimals = len(lit.split(".")[1])
        return 0.5 * 10 ** (-decimals) * scale
    if scale != 1.0:
        return 0.5 * scale  # "$150 million": the mantissa's zeros are digits, not rounding
    digits = lit.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0"))
    # A trailing zero may be rounding, but keep at least two significant figures.
    while zeros and int(digits) / 10**zeros < 10:
        zeros -= 1
    if not zeros:
        # A count or a plain sum of money is exact; a measure, a share or "$6 million"
        # is rounded to its last digit.
        if claim.kind == "count" or (claim.kind == "money" and scale == 1.0):
            return 0.0
        return 0.5 * scale
    return 0.5 * 10**zeros * scale


def qualifier_words(text: str, start: int) -> str:
    """The qualifier as written before a figure ("at least", "nearly"), or ""."""
    window = text[max(0, start - 30) : start]
    end = end_word(window)
    if end is not None and _QUALIFIER_END.fullmatch(end) is None:
        return ""
    low = window.lower()
    if _QUALIFIER_SCREEN.search(low) is None:
        return ""
    for pattern in (_NEAR_BELOW, _BELOW, _ABOVE, _ABOUT):
        m = pattern.search(window)
        if m:
            return m.group(1).lower()
    return ""


def qualifier_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 30) : start]
    end = end_word(window)
    if end is not None and _QUALIFIER_END.fullmatch(end) is None:
        return None
    low = window.lower()
    if _QUALIFIER_SCREEN.search(low) is None:
        return None
    if _NEAR_BELOW.search(window):
        return "near_below"
    if _BELOW.search(window):
        return "below"
    if _ABOVE.search(window):
        return "above"
    if _ABOUT.search(window):
        return "about"
    return None


def interval(claim: Claim, text: str | None = None, value: float | None = None) -> Interval | None:
    """The interval of values the text allows for a numeric claim."""
    v = numeric_value(claim) if value is None else value
    s = subunit_scale(claim)
    if v is None:
        if claim.low is not None:
            return Interval(claim.low * s, claim.high * s if claim.high is not None else INF)
        return None
    if claim.kind == "ratio" and text is not None:
        iv = _ratio_interval(claim, v, text)
        if iv is not None:
            return iv
    r = rounding(claim, v / s) * s
    qual = qualifier_before(text, claim.start) if text is not None else None
    bound = claim.bound
    if claim.value is None and claim.low is not None and claim.high is not None:
        return Interval(claim.low * s - r, claim.high * s + r)
    if qual == "near_below" or (bound == "upper" and qual is None and claim.low is not None):
        return Interval(v * (1 - 2 * APPROX_REL) - r, v + r)
    if bound == "lower" or qual == "above":
        return Interval(v - r, INF)
    if bound == "upper" or qual == "below":
        return Interval(0.0 if v >= 0 else -INF, v + r)
    if bound == "approx" or qual == "about" or claim.vague:
        tol = max(r, abs(v) * APPROX_REL)
        return Interval(v - tol, v + tol)
    return Interval(v - r, v + r)


_ONE_IN = re.compile(r"\b(\w+)\s+(?:in|out of)\s+(\w+)$", re.I)


def _ratio_interval(claim: Claim, v: float, text: str) -> Interval | None:
    """ "one in four" is 1/4.5-1/3.5; "a third" about 0.31-0.35; "twice" 1.9-2.1."""
    qual = qualifier_before(text, claim.start)
    m = _ONE_IN.search(claim.text)
    if m and 0 < v < 1:
        n = m.group(1).lower()
        k = 1.0 if n in ("one", "1") else v * _den(m.group(2), v)
        den = _den(m.group(2), v)
        lo, hi = k / (den + 0.5), k / (den - 0.5) if den > 0.5 else INF
    else:
        worded = not any(ch.isdigit() for ch in claim.text)
        if qual in ("about", "near_below"):
            rel = 0.12
        elif worded:
            rel = 0.1  # "twice", "a third": writers round these loosely
        else:
            rel = 0.02
        r = rounding(claim, v) if "." in claim.text else 0.0
        lo, hi = (v - r) * (1 - rel), (v + r) * (1 + rel)
    if qual == "above" or claim.bound == "lower":
        hi = INF
    if qual in ("near_below", "below") or claim.bound == "upper":
        lo = 0.0 if qual == "below" else lo * 0.9
        hi = v * 1.001 if qual != "near_below" else hi
    return Interval(lo, hi)


def _den(word: str, v: float) -> float:
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return round(1 / v) if v else 1.0


def fmt(x: float) -> str:
    """A figure as a reader writes it: 1,200; 13.6; 0.25."""
    if x == INF:
        return "∞"
    if abs(x) >= 1e12 and _whole(x / 1e10):
        return f"{x / 1e12:g} trillion"
    if abs(x) >= 1e9 and _whole(x / 1e7):
        return f"{x / 1e9:g} billion"
    if abs(x) >= 1e6 and _whole(x / 1e4):
        return f"{x / 1e6:g} million"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:,.1f}".rstrip("0").rstrip(".")
    return f"{x:.3g}"


def fmt_sig(x: float, digits: int = 3) -> str:
    """A derived figure to a few significant digits: 15 million, 312 million, 6.5 million."""
    if x == 0 or not math.isfinite(x):
        return fmt(x)
    mag = 10 ** (math.floor(math.log10(abs(x))) - digits + 1)
    return fmt(round(x / mag) * mag)


def _whole(x: float) -> bool:
    return abs(x - round(x)) < 1e-6


def fmt_interval(iv: Interval) -> str:
    if iv.hi == INF:
        return f"at least {fmt(iv.lo)}"
    if iv.lo in (-INF, 0.0) and iv.hi != 0:
        return f"at most {fmt(iv.hi)}"
    if math.isclose(iv.lo, iv.hi, rel_tol=1e-9, abs_tol=1e-9):
        return fmt(iv.lo)
    return f"{fmt(iv.lo)}–{fmt(iv.hi)}"
