"""Word lists and patterns the relation layer reads news text with.

Kept apart from :mod:`reader.checks.relations` so the readings stay short:
stop words, a crude stemmer, verb classes of a stock-and-flow ledger, change
and plan markers, time words. General English, not any article's phrases.
"""

from __future__ import annotations

import functools
import re

from reader.checks.screens import FOLD_ODD

WORD = re.compile(r"[A-Za-zÀ-ÿ][\w’'\-]*")
# Clause boundaries inside a sentence; a comma between digits is not one.
# The lookahead names every branch's first character (keep it in step with the branches):
# the scan then skips most positions without trying each branch.
CLAUSE_BREAK = re.compile(
    r"(?=[;:—–()\[\]“”\"\-,bw\s])"
    r"(?:[;:—–()\[\]“”\"]|--|\s-\s|,(?!\d{3})|\b(?:but|while|whereas)\b)"
)

STOP = frozenset(
    """
    a an the of in on at to for from by with and or but as than that this these those its
    their his her our your my it they them he she we you i is are was were be been being has
    have had do does did will would can could may might must shall should not no nor so
    about around roughly some nearly almost more less fewer most least over under up down
    at least only just all each every both per cent percent which who whom whose what when
    where while there here also still now then after before since until into out off
    along including plus together alone apiece each
    """.split()
)
IRREGULAR = {
    "won": "win",
    "wins": "win",
    "winning": "win",
    "lost": "lose",
    "losses": "lose",
    "loss": "lose",
    "losing": "lose",
    "held": "hold",
    "holds": "hold",
    "taken": "take",
    "took": "take",
    "died": "die",
    "dead": "die",
    "deaths": "die",
    "death": "die",
    "killed": "kill",
    "freed": "free",
    "frees": "free",
    "left": "leave",
    "went": "go",
    "gone": "go",
    "fled": "flee",
    "made": "make",
    "brought": "bring",
    "paid": "pay",
    "sold": "sell",
    "built": "build",
    "employs": "employ",
    "employees": "employ",
    "employee": "employ",
    "workforce": "employ",
    "staff": "employ",
    "staffers": "employ",
    "headcount": "employ",
    "workers": "employ",
    "ballots": "vote",
    "ballot": "vote",
    "votes": "vote",
    "purchases": "sale",
    "purchase": "sale",
    "transactions": "sale",
    "transaction": "sale",
    "sales": "sale",
    "population": "people",
    "residents": "people",
    "resident": "people",
    "inhabitants": "people",
    "persons": "people",
    "individuals": "people",
}
_SUFFIXES = (
    "ments",
    "ment",
    "ations",
    "ation",
    "ings",
    "ing",
    "edly",
    "ied",
    "ies",
    "ed",
    "es",
    "s",
)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to tie "containment" to "contained", "won" to "wins"."""
    w = word.lower().strip("’'-")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("’s") or w.endswith("'s"):
        w = w[:-2]
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            if suf in ("ied", "ies"):
                w += "y"
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]
    return w


# "5% a year", "$40 per night": the per-unit of a rate after a figure, and the units that
# make it a rate over time (one reading for the rules that skip such rates)
PER_UNIT_AFTER = re.compile(r"\s*(?:a|an|per|each)\s+([a-z]+)\b")
PERIODS = frozenset("day week month year hour night season term quarter annum".split())


# ------------------------------------------------------------------ lexicons
# Verb classes of a stock-and-flow ledger (stems).
LEDGER_IN = frozenset(
    "seiz kidnapp kidnap abduct captur take hostag evacuat order displac detain arrest".split()
)
LEDGER_OUT = {
    "free": frozenset("releas free return rescu repatriat allow".split()),
    "escape": frozenset("escap".split()),
    "dead": frozenset("die kill murder".split()),
}
LEDGER_STOCK = frozenset("still remain remaining".split())
CHANGE_UP = frozenset(
    "rose rise rises risen up increase increased gain gained grew grow grown jumped jump "
    "climbed climb surged surge added higher widened improved improvement soared".split()
)
CHANGE_DOWN = frozenset(
    "fell fall falls fallen down decrease decreased drop dropped declined decline slipped "
    "lost shrank lower narrowed cut slumped".split()
)
# How many claims either side a cross-sentence relation may reach (an article's worth).
WINDOW = 80
RELATIVE_TIME = re.compile(
    r"\b(today|now|currently|this year|last year|next year|yesterday|tomorrow|"
    r"a year (?:earlier|ago)|previously|at the time)\b",
    re.I,
)
# Words too common in news to tie two figures together.
GENERIC_WORDS = frozenset(
    stem(w)
    for w in """said says year years month months week day days percent cent number total people
    time also last first new more than about some officials official according report reported
    told would could will""".split()
)
COMPARATIVES = frozenset(
    "more less fewer higher lower above below greater larger smaller bigger cheaper".split()
)
FRONTED = re.compile(
    r"\s*[\"“]?(?:Of|Among|Out of)\s+(?:the|its|their|all|those|these)\s+"
    r"(?:more than |about |some |nearly |roughly |at least )?(\d[\d,.]*)[^,;:]{0,60},"
)
_PLAN_WORDS = (
    "exchange",
    "agree",
    "deal",
    "would",
    "will",
    "expect",
    "suppos",
    "plan",
    " to ",
    "target",
    "forecast",
)
PLAN_MARKERS = re.compile(
    r"\b(in exchange for|agreed|agreement|deal|would|will|expected to|supposed to|plans? to|"
    r"is to|are to|set to|target|forecast)\b",
    re.I,
)
PRIOR_AFTER = re.compile(
    r"^\W*(a|one|two|\d+) (year|month|week|decade|quarter)s? (earlier|ago|before)|^\W*last year"
    r"|^\W*(in|during) (19|20)\d\d\b",
    re.I,
)
PRIOR_BEFORE = re.compile(
    r"(\bfrom|\bdown from|\bup from|compared with|compared to|versus|\bvs\.?|last year['’]s|"
    r"previous|prior)\s+(the\s+|its\s+|a\s+)?(\w+\s+)?$",
    re.I,
)
_PRIOR_BEFORE_WORDS = ("from", "compared", "versus", "vs", "last year", "previous", "prior")
_PRIOR_AFTER_WORDS = ("earlier", "ago", "before", "last year", "in 19", "in 20", "during")
WEEKDAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec""".split()
)
PERSON_NOUNS = frozenset(
    """people persons passengers crew members staff workers employees residents children
    adults women men soldiers civilians students teachers patients hostages captives
    prisoners players fans visitors tourists migrants refugees voters doctors nurses
    officers firefighters survivors victims miners climbers skiers hikers sailors fishermen
    inmates pupils recruits""".split()
)
_CAPS_RUN = re.compile(r"(?<![\w’'])(?:The\s+)?((?:[A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+)*)")
PARTICIPLES = frozenset(
    """taken given seen driven stolen chosen written held left lost won made sold built paid
    brought killed wounded injured freed released cast spent sent kept met fled hit""".split()
)
# Verbs that take "up" as a particle, not a rise: "signed up 30 members", "picked up 12 seats"
PHRASAL_UP_VERBS = (
    "sign|signs|signed|signing|pick|picks|picked|open|opens|opened|give|gives|gave|given|"
    "use|uses|used|show|shows|showed|turn|turns|turned|snap|snapped|line|lined|round|"
    "rounded|call|called|draw|drew|drawn|hold|held|back|backed|break|broke|shut|fill|filled|"
    "summed|summing|ends|ending|sets|setting|team|teamed|come|came|put|puts|putting"
)
PHRASAL_UP = re.compile(
    r"\b(make|makes|made|making|take|takes|took|end|ended|sum|set|add|adds|added|adding|"
    r"account|accounts|" + PHRASAL_UP_VERBS + r")\s+up\b[^,;]{0,20}$",
    re.I,
)
UNITISH = frozenset(
    """points point percent cent dollars euros pounds years days months weeks hours times
    votes seats""".split()
)
QUANTITY_NOUNS = frozenset(
    """total number sum tally count all some most many each one none half share majority
    minority rest remainder group list set""".split()
)
VERB_LEMMAS = frozenset(
    "win lose hold take die kill free leave go flee make bring pay sell build employ".split()
)
VERBISH = frozenset(
    """employ record report carri includ contain reach stand stood list show count total
    add shar account mak put get rais cut hir lay remain stay""".split()
)
TOPIC_STOP = frozenset(
    """first second third last total overall combined some many several said says
    according also just only even""".split()
)
SAYS = re.compile(r"\b(?:said|says|reported|told|according)\b", re.I)
# SAYS's words: a screen the lowercase sentence must pass for it to match
SAYS_WORDS = ("said", "says", "reported", "told", "according", *FOLD_ODD)
ATTRIBUTION = re.compile(
    r"^[^,]{0,60}\b(?:said|says|reported|told)\b(?: that)?|"
    r",?\s*(?:according to\b.*|[^,]{0,60}\b(?:said|says|reported|told)\b[^,]*)$",
    re.I,
)
COLLECTIVE_TOTALS = frozenset("people persons individuals total".split())
