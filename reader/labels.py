"""What looks like a number but is not a quantity.

Times of day, phone numbers, numbers in names and codes ("Boeing 737",
"Voyager 2", "phase two", "No. 7", "COVID-19"), the pronoun "one", "half" in
compounds ("half time"), slash pairs that are not fractions ("9/11", "24/7").
"""

from __future__ import annotations

import re

from reader.numbers import Number
from reader.reading import CURRENCY_BEFORE, MONTH_OR_DAY, unit_ok
from reader.subjects import is_noun
from reader.units import CURRENCY_CODES, CURRENCY_SYMBOLS, UNIT

# Patterns that begin with the character they consume ("\d(?<![\w.,]\d)" rather
# than "(?<![\w.,])\d") let the regex engine skip ahead to candidates: ~2x faster.
TIME = re.compile(
    r"\d(?<![\w.,]\d)\d?(?:(?::\d{2}){1,2}(?:\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b))?"
    r"|\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|o['’]clock))"
)
PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?)?"
    r"(?:\(\d{2,4}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4})+|\d{1,4}(?:[ .-]\d{2,4}){2,})"
    r"(?![\w,]|\.\d)"
)
# "call 311", "dial 911": a number to call, however short
CALL = re.compile(r"(?<=\b(?:call|dial|text)\s)\d{3,}(?:[ .-]\d+)*", re.IGNORECASE)
# one separator throughout: "12/03/2024", "12.03.2024"; "1.2-1.4" is a range of decimals
SLASH_DATE = re.compile(r"\d(?<![\w/]\d)\d{0,3}([/.-])\d{1,2}\1\d{1,4}(?![\w/]|[.,]\d)")


# A street address: "10 Downing Street", "1600 Pennsylvania Avenue".
ADDRESS = re.compile(
    r"\d(?<![\w,.]\d)\d{0,4}\s+(?:[A-Z][\w'’]*\s+){1,3}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square|Way)(?!\w)"
)


# A journal reference: "Nature 574, 16-17 (2019)", "Science 312, 1200 (2006)".
CITATION = re.compile(
    r"\b[A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){0,4}\s\d{1,4},\s*\d{1,6}(?:[-–]\d{1,6})?"
    r"\s*\((?:1[5-9]|20)\d\d\)"
)


# A footnote or reference marker: "[3]".
FOOTNOTE = re.compile(r"\[\d{1,3}\]")


def no_claim_spans(text: str) -> list[tuple[int, int]]:
    """Spans with digits that are no quantity: times, phone numbers, numbered dates,
    street addresses, journal references."""
    spans: list[tuple[int, int]] = []
    for pattern in (TIME, PHONE, CALL, SLASH_DATE, ADDRESS, CITATION, FOOTNOTE):
        for m in pattern.finditer(text):
            if pattern is PHONE and sum(ch.isdigit() for ch in m.group()) < 7:
                continue
            if ISO_DATE.fullmatch(m.group()):
                continue  # "2023-10-07" is a date (reader/dates.py)
            spans.append((m.start(), m.end()))
    return spans


# "0.3pc", "12bps": percent forms glued to the figure
_GLUED_PERCENT = re.compile(r"(?P<unit>pct|pc|bps|bp)(?![A-Za-z])")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

LABEL_NOUNS = frozenset(
    """
    phase section route highway interstate category resolution article chapter flight room gate
    level stage grade size channel version model step act season episode volume vol issue
    page paragraph clause rule amendment proposition prop district ward precinct unit number
    no item figure fig table line platform terminal runway lane track row apartment apt suite
    floor building block lot exit junction division tier class type mark generation gen game
    round heat lap bus train term part appendix annex p pp
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
SCORE_WORDS = re.compile(
    r"\b(?:win|won|wins|loss|lost|loses|defeat|defeated|victory|beat|beats|score|scored|"
    r"vote|votes|voted|ruling|decision|lead|led|draw|tie)\b",
    re.IGNORECASE,
)

_HALF_COMPOUND = re.compile(
    r"[\s-]*(?:time|times|way|hearted|brothers?|sisters?|mast|moon|backs?|term)\b", re.IGNORECASE
)
_HALF_BEFORE = re.compile(
    r"\b(?:first|second|other|latter|former|better|second-)\s*$", re.IGNORECASE
)


def is_half_a_quantity(text: str, start: int, end: int) -> bool:
    """ "half the oil", "cut by half" are quantities; "half time", "first half" are not."""
    if _HALF_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    return not _HALF_COMPOUND.match(text, end)


def one_is_a_quantity(text: str, end: int) -> bool:
    """ "one minute", "one in five", "one-third" are quantities; "one of the slogans" is not."""
    rest = text[end : end + 40]
    if re.match(
        r"\s+(?:\w+\s+)?(?:in|out\s+of|of\s+every)\s+(?:every\s+)?"
        r"(?:\d|two|three|four|five|six|seven|eight"
        r"|nine|ten)",
        rest,
    ):
        return True
    unit = UNIT.match(text, end)
    if unit and unit.end() > end and unit["unit"] and unit_ok(unit):
        return True
    return bool(re.match(r"\s+(?:dollar|euro|pound|yen|per\s?cent|percent)\b|%", rest))


def is_label(text: str, start: int, end: int, number: Number) -> bool:
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
    if lower in LABEL_NOUNS and not UNIT_OR_PERCENT_AHEAD.match(text, end):
        if lower == "number" and re.search(
            r"\b(?:the|a|total)\s+number\s+$|\b[a-z]+[^s\W]s\s+number\s+$", left, re.I
        ):
            return False  # "the number 40", "casualties number 45" (the verb)
        if re.search(r"\d,\d{3}", text[start:end]):
            return False  # labels carry no thousands separators: "stage 1,200" is a count
        wide = text[max(0, start - 200) : start - len(word) - 1]
        wide = wide[max(wide.rfind(". "), wide.rfind("\n")) + 1 :]
        if re.search(rf"\b{re.escape(lower)}\s+(?:[a-z]+\s+){{1,2}}\d", wide, re.I):
            # "the city division received 274 officers and the county division 191": the
            # verb and noun gapped after the same word, a count
            return False
        unit = UNIT.match(text, end)
        if unit is not None and unit["unit"] and unit.end() > end and unit_ok(unit):
            return False  # "the upper stage 34 minutes after launch": a unit follows
        return True
    if number.has_scale or number.vague or number.words:
        return False
    raw = text[start:end]
    named = word[0].isupper() or any(ch.isupper() for ch in word[1:])  # "Boeing", "iPhone"
    if "," in raw or "." in raw or not named:
        return False
    if lower in _CAPITALISED_NON_LABELS or lower in MONTH_OR_DAY:
        return False
    if word in CURRENCY_SYMBOLS or word.rstrip(".") in CURRENCY_SYMBOLS or word in CURRENCY_CODES:
        return False
    if word.endswith(("'s", "’s", "'", "’")) or word.isupper() and len(word) > 1 and "." in word:
        return False
    if UNIT_OR_PERCENT_AHEAD.match(text, end):
        return False
    # the first word of a sentence is capitalised anyway ("Serves 6."), so there only a
    # verb after the number shows a name ("Voyager 2 left")
    lead = left[: m.start()].rstrip(" ")
    if not lead or lead[-1] in '.!?:;\n"“”(—–':
        return bool(_VERB_AHEAD.match(text, end))
    if word.isupper() and len(word) > 1 and _VERB_AHEAD.match(text, end):
        return True  # an index or a model: "the FTSE 100 fell", "the MSCI 300 rose"
    # a list of counts: "won 61 seats, the Social Democrats 44, Homeland Front 23"
    if re.search(r"(?:,|;|\band)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$", lead + " "):
        sentence_start = max(lead.rfind(". "), lead.rfind("\n"))
        if re.search(r"\d", lead[sentence_start + 1 :]):
            return False
    return True


FRACTION_CONTEXT = re.compile(r"\s*(?:of\b|-?[a-z]+\b(?<!\band)(?<!\bor))", re.IGNORECASE)
_COLON_RATIO = re.compile(r"(?<![\d:.,])(\d{1,3}):(\d{1,3})(?![\d:])")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \u00a0]$")
_VERB_AHEAD = re.compile(
    r"\s+(?:[a-z]+ed|is|was|has|had|will|would|can|could|left|made|took|won|lost|flew|fell)\b"
)
UNIT_OR_PERCENT_AHEAD = re.compile(
    r"\s?%|\s*(?:per\s?cent|percent)\b|\s+(?:people|persons|times)\b", re.IGNORECASE
)


ORDINAL_TAIL = re.compile(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE
)


def is_ordinal_not_fraction(text: str, end: int, number_text: str) -> bool:
    """ "a third consecutive quarter" uses the ordinal; "a third of voters" the fraction."""
    words = number_text.lower().split()
    if len(words) != 2 or words[0] not in ("a", "an", "one") or words[1].endswith("s"):
        return False
    nxt = re.match(r"[ \t]+([A-Za-z]+)", text[end : end + 30])
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if words[1] == "quarter" and word in ("earlier", "ago", "later", "before"):
        return True  # "a quarter earlier": the three months, not a fraction
    if words[1] in ("half", "quarter"):
        return False  # no ordinals: "a quarter work part-time"
    if not is_noun(word):
        return False  # a verb or function word follows: "a third live alone", "a fifth of"
    return UNIT.match(text, end) is None


_NAME_AFTER = re.compile(r" ([A-Z][a-z][A-Za-z]*)\b((?:[ \t]+[A-Za-z'’&-]+){0,4})")


def is_model_name(text: str, end: int, raw: str) -> bool:
    """ "the 737 Max was grounded", "a 787 Dreamliner landed": a figure that begins a name,
    shown by a capitalised singular word after it that no noun follows ("12 Labour MPs",
    "20 Red Cross staff" are counts)."""
    if not raw.isdigit() or len(raw) < 2:
        return False
    m = _NAME_AFTER.match(text, end)
    if m is None:
        return False
    name = m.group(1)
    if name.endswith("s") or name.lower() in MONTH_OR_DAY or UNIT.match(text, end):
        return False
    if name.lower() in _CAPITALISED_NON_LABELS:
        return False
    for word in m.group(2).split():
        if word[0].isupper():
            if word.endswith("s") and not word.endswith("ss"):
                return False  # a plural: "12 Labour MPs", "3 Grand Slams"
            continue  # the name goes on: "30 Grand Slam titles"
        if word in ("of", "and", "&"):
            continue  # "40 Bank of England economists"
        return not is_noun(word)  # a noun after it is what the figure counts
    return True


def not_a_quantity(text: str, m: re.Match[str], number: Number) -> bool:
    """Whether the NUMBER match ``m`` is a code, label, ordinal or pronoun, not a quantity."""
    start, end = m.start(), m.end()
    raw = m.group()
    low_raw = raw.lower()
    if m["digits"]:
        before = text[start - 1] if start else ""
        glued_unit_range = start >= 3 and text[start - 3].isdigit()  # "108F-111F"
        if before in "-‐" and start >= 2 and text[start - 2].isalpha() and not glued_unit_range:
            return True  # COVID-19, F-16
        if before in "#№":
            return True
        if end < len(text) and text[end] == "p" and not text[end + 1 : end + 2].isalnum():
            pass  # "212.5p": pence, read as money below
        elif end < len(text) and (text[end].isalpha() or text[end] in "_@"):
            glued = UNIT.match(text, end) or _GLUED_PERCENT.match(text, end)
            if not (glued and glued.end() > end and unit_ok(glued, glued_to_number=True)):
                return True  # 2nd, 3D, 737MAX
        if end < len(text) - 1 and text[end] in "./" and text[end + 1].isdigit():
            return True  # 1.2.3, 24/7
    if low_raw == "scores" and not re.match(r"\s+of\b", text[end : end + 4]):
        return True  # "test scores rose": the noun, not "scores of people"
    if low_raw == "half" and not is_half_a_quantity(text, start, end):
        return True
    if m["fraction_word"] and is_ordinal_not_fraction(text, end, raw):
        return True
    if m["words"] and ORDINAL_TAIL.match(text, end):
        return True  # "twenty-first century"
    if number.fraction and "/" in raw and not FRACTION_CONTEXT.match(text, end):
        return True  # "9/11", "24/7": a date or a slogan, not a fraction
    if m["words"] and start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True  # "one-two punch", "B-two"
    if m["digits"] and re.fullmatch(r"\d{5,}", raw) and not UNIT_OR_PERCENT_AHEAD.match(text, end):
        if not CURRENCY_BEFORE.search(text, max(0, start - 4), start):
            return True  # "known as 121102": a code; figures this long carry separators
    if m["words"] and low_raw in ("one",):
        if not one_is_a_quantity(text, end):
            return True
    if m["digits"] or m["words"]:
        if is_label(text, start, end, number):
            return True
    if m["digits"] and is_model_name(text, end, raw):
        return True
    return False
