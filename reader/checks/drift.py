"""The same quantity stated twice: figure drift and bound conflicts.

Two figures are the same quantity when the text gives them the same subject
(head noun, or a concept such as a workforce), the same predicate, and
nothing that sets them apart: no earlier-time marker ("from", "a year
earlier"), no change verb, no differing date, no differing place name, no
plan. Percentages with no noun of their own are keyed by whose share they are
("the Social Democrats ... 27.9%", "his party's 29.7%"). Grouping by key keeps
the comparison linear in practice: only figures sharing a key are paired.

Different values are a ``figure_drift``; intervals that cannot meet ("more
than 90" and "85 in all") a ``bound_conflict``; agreeing ones pass.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reader.checks.base import result
from reader.checks.quantity import Interval, numeric_value
from reader.checks.relations import (
    FOLD_ODD,
    GENERIC_WORDS,
    IRREGULAR,
    PERSON_NOUNS,
    SAYS_WORDS,
    STOP,
    WINDOW,
    Context,
    EndScreened,
    _alternation,
    _memo,
    stem,
)
from reader.dates import MONTHS
from reader.model import Check, Claim, Status

KINDS = ("count", "money", "percent", "measure")
CONCEPTS = frozenset(v for v in IRREGULAR.values() if v in ("employ", "vote", "sale"))
STOP_STEMS = frozenset(stem(w) for w in STOP) | {"the", "at", "in", "on", "by", "as"}
_CONCEPT_SURFACE = tuple(w for w, k in IRREGULAR.items() if k in CONCEPTS) + ("employ",)
# one scan for any of them, not one `in` per word
_CONCEPT_SURFACE_RE = _alternation(_CONCEPT_SURFACE)
_REMAINDER_BEFORE_RE = re.compile(
    r"\b(last|remaining|other|another|additional|further|extra|new|leaving|left)\s+$"
)
_REMAINDER_BEFORE = EndScreened(
    _REMAINDER_BEFORE_RE, "last|remaining|other|another|additional|further|extra|new|leaving|left"
)
_STILL_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(still|remain)")
_AMONG_THE_BEFORE = re.compile(r"\b(?:among|of)\s+(?:the|all)\s+$", re.I)
_RATE_BEFORE = re.compile(r"\b(per|each|a|an)\s*$")
_RATE_AFTER = re.compile(r"^\s*(a|per|each)\s+\w+")
# Each figure is compared with the next few sharing its key, not with all of them.
PAIR_REACH = 8
_ATTRIBUTION = re.compile(
    r",?\s*(?:according to\b.*|[^,]{0,60}\b(?:said|says|reported|told)\b[^,]*)$|"
    r"^[^,]{0,60}\b(?:said|says|reported|told)\b(?: that)?",
    re.I,
)
_FRONTED_PLACE = re.compile(
    r"\s*(?:In|At|Across|Throughout|Outside|Inside|Near|Elsewhere in)\s+"
    r"((?:the\s+)?[A-Z][^,]{0,40}),"
)
_SAYS = re.compile(r"\b(?:said|says|reported|told|according)\b", re.I)
_DEMONSTRATIVE = re.compile(r"^\s*(That|Those|This|These)\s+[a-z]", re.U)
_BESIDE_SHARE = re.compile(r"(%|percent|per cent)[^,;]{0,25},\s*(?:some|about|or|roughly)?\s*$")
_SHARE_AFTER = re.compile(
    r"^\s*(?:,\s*or|\()\s*(?:about |roughly |some )?[\d.]+\s*(%|percent|per cent)"
)
_PART_OF = re.compile(r"^\s*(?:out\s+)?of\s+(?:the|its|their|all|them|those|whom)\b", re.I)
_FRONTED_PART = re.compile(
    r"\s*[\"“]?(?:Of|Among|Out of)\s+(?:those|them|these|whom|the|all|its|their)\b[^.;]{0,60},\s*"
    r"(?:about |some |nearly |roughly |more than |at least |almost |over |only |just )?$"
)
_PAST_STATE = re.compile(
    r"\b(?:at (?:its|their|the) (?:peak|height|low(?:est)? point|lowest|highest|worst|best)|"
    r"at one (?:point|stage)|in (?:its|their) heyday|formerly|used to|originally|back then|"
    r"at the (?:start|outset|beginning|end))\b",
    re.I,
)
# _PAST_STATE's words: a screen the lowercase sentence must pass for it to match
_PAST_STATE_WORDS = (
    " peak",
    " height",
    " low",
    " highest",
    " worst",
    " best",
    "at one ",
    "heyday",
    "formerly",
    "used to",
    "originally",
    "back then",
    "the start",
    "the outset",
    "the beginning",
    "the end",
    *FOLD_ODD,
)
_GENERIC_SCOPE = re.compile(
    r"\b(?:worldwide|globally|in a typical (?:year|month|week|day)|in an average (?:year|month)|"
    r"on average|every year|each year|annually|a year on average)\b",
    re.I,
)
# _GENERIC_SCOPE's words: a screen the lowercase sentence must pass for it to match
_GENERIC_WORDS = (
    "worldwide",
    "globally",
    "typical",
    "average",
    "every year",
    "each year",
    "annually",
    *FOLD_ODD,
)
# "since 2009, when ...", "since the winter of 2021-22, when ...": another, dated event
_PAST_EVENT = re.compile(
    r"\b(?:in|since|of)\s+(?:\w+\s+){0,3}?\d{4}(?:[-–]\d{2,4})?,?\s+when\b[^.;]*$", re.I
)
# "Of the 97 deaths, 41 ...": a sentence that opens on the whole restates the known set
_OPENS_WITH_WHOLE = re.compile(r"\s*[\"“]?(?:Of|Among)\s+(?:the|all)\s+$")
_IN_ALL = re.compile(
    r"\b(?:in all|in total|altogether|all told|a total of|overall)\b[^.;:]{0,12}$", re.I
)
_ALL_OF = re.compile(r"\ball\s+$", re.I)
# a determiner that makes the figure name one known set: "the", "all", "our", "the county's"
_SET_DETERMINER = re.compile(
    r"\b(?:the|these|those|all|our|their|its|his|her|[A-Za-z]+['’]s)\s+$", re.I
)
# "all 48 of the injured", "the injured": a participle standing for the people it describes
_NOMINAL_PARTICIPLE = re.compile(
    r"^\s*(?:(?:of\s+)?(?:the|those)\s+([a-z]+ed|dead|missing|wounded|injured|hurt)\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:on|in|at|by|to|from|with)\s+the\b)|"
    r"([a-z]+ed|dead|missing|wounded|injured|hurt)(?=\s+(?:were|was|are|have|had|included)\b))",
    re.I,
)
# Words for one state: "hurt" and "injured" count the same people.
_STATE_SYNONYMS = {"hurt": "injur", "wound": "injur", "kill": "die", "die": "die"}
_PERSON_STEMS = frozenset(stem(w) for w in PERSON_NOUNS)


def _key(ctx: Context, c: Claim) -> tuple[str, str] | None:
    words = ctx.subject_words(c)
    head = stem(words[-1]) if words else None
    concept = head if head in CONCEPTS else None
    # a concept word before the figure ("employ more than 7,000 teachers") counts people; "staff
    # had logged 14 leaks" counts leaks
    if (
        concept is None
        and (head is None or head in _PERSON_STEMS)
        and ctx.sentence_mentions(c, _CONCEPT_SURFACE)
        and _CONCEPT_SURFACE_RE.search(ctx.before(c, 40).lower())
    ):
        before = ctx.words_before(c, 3)
        if any(stem(w) in CONCEPTS for w in before if not w.endswith("ed")):
            concept = next(stem(w) for w in before if stem(w) in CONCEPTS)
    if concept:
        return c.kind, "concept:" + concept
    if c.kind == "percent" and head is None:
        owner = ctx.owner(c)
        if not owner or ctx.topic(c) - owner - {"party"}:
            return None  # "reserves stood at 12 percent": the share of something else
        return (c.kind, "owner:" + " ".join(sorted(owner)))
    if head is None:
        return None
    return c.kind, head


@_memo
def _eligible(ctx: Context, c: Claim) -> bool:
    if c.kind not in KINDS or c.vague:
        return False
    if ctx.is_prior(c) or ctx.is_changeish(c) or (ctx.is_plan(c) and not _described_set(ctx, c)):
        return False
    if _FRONTED_PART.match(ctx.text, ctx.sentence(c).start, c.start):
        return False  # "Of those, 12,400 had waited...": a part of a whole stated before
    if _generic_scope(ctx, c):
        return False  # "about 1,500 containers are lost worldwide in a typical year": a norm
    if ctx.sentence_mentions(c, ("when",)) and _PAST_EVENT.search(
        ctx.text, ctx.sentence(c).start, c.start
    ):
        return False  # "the worst since 2009, when a derailment injured 28": another event
    if ctx.sentence_mentions(c, _PAST_STATE_WORDS) and _PAST_STATE.search(
        ctx.text, ctx.sentence(c).start, c.start
    ):
        return False  # "At its low point, the colony held 160": a level at another time
    # one slice each way; the shorter reaches are its ends (the same text)
    before, after = ctx.before(c, 40), ctx.after(c, 25)
    if _REMAINDER_BEFORE.search(before[-15:]) or _STILL_AFTER.match(after):
        return False  # a remainder, not the figure itself
    if _PART_OF.match(after[:20]) and not _ALL_OF.search(before[-8:]):
        return False  # "29 of the 38": a part, checked elsewhere ("all 48 of the" is a whole)
    if _AMONG_THE_BEFORE.search(before[-12:]) and not (
        _OPENS_WITH_WHOLE.match(ctx.text, ctx.sentence(c).start, c.start)
    ):
        return False  # "30,000 federal workers among the 193,000": a whole of parts
    if c.kind != "percent" and _BESIDE_SHARE.search(before) or _SHARE_AFTER.match(after[:20]):
        return False  # "12% of sales, some 14,300": a share of something, checked elsewhere
    return not _RATE_BEFORE.search(before[-6:]) and not _RATE_AFTER.match(after[:12])


# "all 38 destroyed homes", "the 290 wells that have dried up": a set told by its state,
# whatever the sentence plans to do with it
_STATE_BEFORE_NOUN = re.compile(r"\s+[a-z]+(?:ed|en)\s+[a-z]+")
_STATE_AFTER_NOUN = re.compile(
    r"\s+(?:[a-z\-]+\s+){1,2}?(?:that|which|who)\s+(?:have|has|had|were|was|are|is)\s+[a-z]+"
)
_THE_OR_ALL = re.compile(r"\b(?:all|all the|the)\s+$", re.I)


def _described_set(ctx: Context, c: Claim) -> bool:
    if c.kind != "count" or not _THE_OR_ALL.search(ctx.before(c, 10)):
        return False
    return bool(
        _STATE_BEFORE_NOUN.match(ctx.text, c.end) or _STATE_AFTER_NOUN.match(ctx.text, c.end)
    )


def _generic_scope(ctx: Context, c: Claim) -> bool:
    """Whether the claim's sentence speaks of a norm (read once per sentence)."""
    key = ("generic_scope", ctx.sentence_index(c))
    found = ctx._cache.get(key)
    if found is None:
        found = ctx._cache[key] = ctx.sentence_mentions(c, _GENERIC_WORDS) and bool(
            _GENERIC_SCOPE.search(ctx.sentence_text(c))
        )
    return found  # type: ignore[no-any-return]


def _places(ctx: Context, c: Claim) -> set[str]:
    key = ("places", c.id)
    if key not in ctx._cache:
        ctx._cache[key] = _read_places(ctx, c)
    return ctx._cache[key]  # type: ignore[no-any-return]


def _read_places(ctx: Context, c: Claim) -> set[str]:
    a, b = ctx.clause(c)
    clause = ctx.text[a:b]
    if ctx.sentence_mentions(c, SAYS_WORDS) and _SAYS.search(clause):
        clause = _ATTRIBUTION.sub("", clause)
    off = ctx.text.find(clause, a) if clause else a
    places = ctx.proper_nouns(off, off + len(clause)) if clause else set()
    # "In Louisiana, the storm killed 9 people": a fronted place scopes the whole sentence
    s = ctx.sentence(c)
    m = _FRONTED_PLACE.match(ctx.text, s.start, s.end)
    if m:
        places |= {stem(w) for w in m.group(1).split() if w[:1].isupper()}
    return places


_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "both": 2}
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "over the two days", "during both days": a definite period pointing back to one stated
_PERIOD_BACK = re.compile(
    r"^[^.;]{0,30}?\b(?:over|during|across|in|on)\s+(?:the|those|these)?\s*"
    r"(two|three|four|five|six|seven|both|\d)\s+(day|week|month|year)s?\b",
    re.I,
)
_DAY_LIST = re.compile(rf"\bon\s+({_WEEKDAY}(?:\s*,\s*{_WEEKDAY})*\s+and\s+{_WEEKDAY})\b")
_N_UNITS = re.compile(r"\b(two|three|four|five|six|seven|\d)[\s-](day|week|month|year)s?\b", re.I)


def _periods(ctx: Context, c: Claim) -> set[tuple[int, str]]:
    """The spans of time the figure's sentence states: "on Thursday and Friday" is two days."""
    s = ctx.sentence(c)
    text = ctx.text[s.start : s.end]
    out = {(len(re.findall(_WEEKDAY, m.group(1))), "day") for m in _DAY_LIST.finditer(text)}
    for m in _N_UNITS.finditer(text):
        n = m.group(1).lower()
        out.add((int(n) if n.isdigit() else _SMALL[n], m.group(2).lower()))
    return out


def same_period(ctx: Context, a: Claim, b: Claim) -> bool:
    """The later figure is scoped by "the two days" and the first by two stated days:
    one count over one period, however each sentence dates or attributes it."""
    m = _PERIOD_BACK.match(ctx.after(b, 60))
    if m is None or not _SET_DETERMINER.search(ctx.before(b, 20)):
        return False
    n = m.group(1).lower()
    period = (int(n) if n.isdigit() else _SMALL[n], m.group(2).lower())
    return period in _periods(ctx, a)


def _compatible(ctx: Context, a: Claim, b: Claim, key: str) -> bool:
    if (
        a.kind == "count"
        and ctx.predicate_stems(a) & ctx.predicate_stems(b)
        and ctx.subject_words(a) == ctx.subject_words(b)
        and same_period(ctx, a, b)
    ):
        return True
    if a.kind == "money" and (a.currency or b.currency) and a.currency != b.currency:
        return False
    if a.kind == "measure" and (a.unit or "") != (b.unit or ""):
        return False
    pa, pb = ctx.predicate_stems(a), ctx.predicate_stems(b)
    set_ref = _names_the_set(ctx, b, pb)
    if set_ref and (_owner_elsewhere(ctx, a, b) or _other_names(ctx, a, b)):
        return False
    if any(
        _THE_OWNER.search(ctx.before(y, 40)) and _owner_elsewhere(ctx, x, y)
        for x, y in ((a, b), (b, a))
    ):
        return False  # "the programme's 3,150 candidates": another owner's set ("his party's"
        # may be the one named before)
    if not key.startswith(("owner:", "described:")) and not (pa & pb):
        # "the $321.6 million budget", "our 6,850 teachers": a definite or possessive
        # mention with no verb of its own; "all 296 passengers": the whole set, whatever
        # is said of it next
        nominal = set_ref
        if not key.startswith("concept:") and not nominal:
            return False
        if key.startswith("concept:") and pa and pb:
            return False
    wa = [stem(w) for w in ctx.subject_words(a)]
    wb = [stem(w) for w in ctx.subject_words(b)]
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not set(short[:-1]) <= set(long_[:-1]):
        return False
    if set_ref and wb and set(wa[:-1]) - set(wb[:-1]):
        return False  # "two high schools" / "the district's 38 schools": not one set
    ta_, tb_ = ctx.tense(a), ctx.tense(b)
    if ta_ and tb_ and ta_ != tb_:
        return False
    # "all 48 of the injured were taken to ...": what follows the set is not its scope
    nominal_set = key.startswith("described:") and any(
        _NOMINAL_PARTICIPLE.match(ctx.after(c, 40)) for c in (a, b)
    )
    qa, qb = (set(), set()) if nominal_set else (_own_qualifiers(ctx, a), _own_qualifiers(ctx, b))
    if set_ref and qb - qa and not _STATE_BEFORE_NOUN.match(ctx.text, b.end):
        return False  # "all 45 children on the first bus": a narrower set than the first
        # ("rebuild all 38 destroyed homes on safer ground": the state names the set)
    # a mention that names the known set is not scoped by the words of its own clause
    topics = () if set_ref else ((ctx.topic(a), ctx.topic(b)),)
    for fa, fb in (*topics, (qa, qb)):
        if fa and fb and not (fa & fb):
            return False
    # "Spain has recorded 157,000 cases and Italy 143,600": two owners, two figures
    oa, ob = ctx.owner(a) - STOP_STEMS, ctx.owner(b) - STOP_STEMS
    if oa and ob and not (oa & ob) and not set_ref:
        return False
    ta, tb = ctx.time_anchor(a), ctx.time_anchor(b)
    if _OPENS_WITH_WHOLE.match(ctx.text, ctx.sentence(b).start, b.start) and not any(
        d.kind == "date" and d.start < ctx.clause(b)[1]
        for d in ctx.in_sentence(ctx.sentence_index(b))
    ):
        tb = None  # "Of the 37 people injured, nine remained in hospital on Sunday": the day is
        # the nine's, the 37 are the set already told
    if set_ref and ta and tb and ta != tb:
        # "a train carrying 312 passengers derailed on Tuesday" / "said on Wednesday that
        # all 296 passengers ...": the day of a statement about a fixed set is no other
        # time; two statements on two days may report a figure that moved
        ra, rb = reported_day(ctx, a), reported_day(ctx, b)
        if ra != rb:
            ta = tb = None
    if _apart_in_time(ta, tb):
        return False
    pa_, pb_ = _places(ctx, a), _places(ctx, b)
    if pa_ and pb_ and not (pa_ & pb_):
        return False
    ma, mb = _moments(ctx, a), _moments(ctx, b)
    if ma and mb and not (ma & mb):
        return False  # "at 6 p.m. ... 12%" / "at 6:25 p.m. ... 9.59%": one level at two times
    if ctx.sentence_index(a) == ctx.sentence_index(b) and a.kind != "percent":
        return False
    if (
        ctx.sentence_index(a) == ctx.sentence_index(b)
        and b.start - a.end < 120
        and _LISTED_BETWEEN.search(ctx.text, a.end, b.start)
    ):
        return False  # "58% gave less than £50, 31% gave between ... and 14% gave more": a list
    # "the 64 residents who attended": a definite mention points back to the first
    definite = bool(_SET_DETERMINER.search(ctx.before(b, 20)))
    # "In all, 150 homes were destroyed": a stated total restates the figure
    definite = definite or bool(_IN_ALL.search(ctx.before(b, 40, clause=False)))
    return definite or bool(shared_context(ctx, a, b))


_LISTED_BETWEEN = re.compile(r",|\band\b")
_WHOLE_OF_PART = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+[^,;.\d]{0,30}$")


def _own_qualifiers(ctx: Context, c: Claim) -> set[str]:
    """The phrases after a figure that scope it; not for the whole of a part ("interviewed
    620 of its 3,870 applicants over six weeks": the weeks are the interviewing's)."""
    if _WHOLE_OF_PART.search(ctx.before(c, 40)):
        return set()
    return ctx.qualifiers(c)  # type: ignore[no-any-return]


def _month_number(anchor: str) -> str:
    """ "aug" (a month word as a time anchor) -> "08"; other anchors as they are."""
    n = MONTHS.get(anchor)
    return f"{n:02d}" if n is not None else anchor


def _apart_in_time(ta: str | None, tb: str | None) -> bool:
    """Both figures are dated, and to different times."""
    return bool(ta and tb and ta != tb and not _same_time(ta, tb))


def _same_time(a: str, b: str) -> bool:
    """ "since 28 August" (--08-28) and "since August" (--08 or "aug"): one time, one told
    more precisely than the other."""
    a, b = _month_number(a), _month_number(b)
    for x, y in ((a, b), (b, a)):
        if x.startswith(y) or (len(y) == 2 and y.isdigit() and x.startswith(f"--{y}")):
            return True
    return False


def _names_the_set(ctx: Context, c: Claim, predicates: set[str]) -> bool:
    """ "all 296 passengers", "our 6,850 teachers" (no verb of its own): the whole known set."""
    if c.kind != "count" or c.bound != "exact":
        return False
    if _ALL_OF.search(ctx.before(c, 8)):
        return True
    return not predicates and bool(_SET_DETERMINER.search(ctx.before(c, 20)))


_THE_OWNER_RE = re.compile(r"\b[Tt]he\s+[a-z]+['’]s\s+$")
_THE_OWNER = EndScreened(_THE_OWNER_RE, "s")
_NAMED_OWNER = re.compile(r"\b([A-Za-z]+)['’]s\s+$")


_NAME = re.compile(r"(?<=[\s(“\"])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def _other_names(ctx: Context, a: Claim, b: Claim) -> bool:
    """ "Acme employs 1,200" / "Bolt said all 900 ...": a name the first sentence lacks
    marks another set when the first figure has an owner of its own, or when the name
    stands in the figure's own clause rather than in who said it."""
    sa, sb = ctx.sentence(a), ctx.sentence(b)
    known = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.text[sa.start : sa.end])}
    names = [
        m
        for m in _NAME.finditer(" " + ctx.text[sb.start : sb.end])
        if not {w.lower() for w in m.group().split()} <= known
        and m.group().lower()[:3] not in _WEEKDAY_PREFIXES
        and m.group().lower() not in STOP
        and not m.group().endswith("ing")  # "Giving our 6,850 teachers ...": a sentence start
    ]
    if not names:
        return False
    if ctx.owner(a) - STOP_STEMS:
        return True
    said = _SAID_THAT.search(ctx.text, sb.start, b.start)
    return any(said is None or sb.start + m.start() - 1 >= said.end() for m in names)


_WEEKDAY_PREFIXES = frozenset(
    "mon tue wed thu fri sat sun jan feb mar apr may jun jul aug sep oct nov dec".split()
)


def _owner_elsewhere(ctx: Context, a: Claim, b: Claim) -> bool:
    """ "the clinic's 90 nurses" after "the hospital has 400 nurses": a named owner the
    first figure's sentence does not name is another set."""
    m = _NAMED_OWNER.search(ctx.before(b, 20))
    if m is None:
        return False
    named = stem(m.group(1).lower())
    return named not in {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", ctx.sentence_text(a))}


_SAID_THAT = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|confirmed|added)\b"
    r"(?:[^.;:]{0,40}?\bthat\s|\s+(?=(?:the|all|its|their)\s))",
    re.I,
)


def reported_day(ctx: Context, c: Claim) -> bool:
    """Whether the claim's time anchor is the day a statement was made: "said on Monday
    that ...", "On Monday, police said ...", not the day of what is reported."""
    anchor = ctx.time_anchor(c)
    if anchor is None:
        return False
    s = ctx.sentence(c)
    said = (
        _SAYS.search(ctx.text, s.start, c.start) if ctx.sentence_mentions(c, SAYS_WORDS) else None
    )
    if said is None:
        return _said_after_on(ctx, c, anchor)
    if any(d.kind == "date" and d.start >= said.end() for d in ctx.in_sentence(s.index)):
        return False
    # the day stands beside the verb of saying, and nowhere in what is reported
    beside = ctx.text[max(s.start, said.start() - 25) : min(c.start, said.end() + 25)].lower()
    reported = ctx.text[min(c.start, said.end() + 25) : s.end].lower()
    day = re.compile(r"\b" + re.escape(anchor[:3]))
    return bool(day.search(beside)) and not day.search(reported)


_SAID_ON_DAY = re.compile(
    r"^[^.;]*?,\s*[^,.;]{0,60}?\b(?:said|says|reported|announced)\b[^,.;]{0,50}?"
    r"\bon\s+([A-Z][a-z]+)\b[^,.;]{0,20}[.;]?\s*$"
)


def _said_after_on(ctx: Context, c: Claim, anchor: str) -> bool:
    """ "..., and offered places to 4,860 students, the university said in its report on
    Wednesday.": the closing attribution's day is when it was said."""
    s = ctx.sentence(c)
    m = _SAID_ON_DAY.match(ctx.text[c.end : s.end])
    return m is not None and m.group(1).lower().startswith(anchor[:3])


_DEATH_NOUNS = frozenset(stem(w) for w in ("deaths", "fatalities", "dead"))
_STATE_VERB_BEFORE_RE = re.compile(
    r"\b(killed|killing|kills|injuring|injured|injures|wounding|wounded|hurting|"
    r"evacuating|evacuated|arresting|arrested|rescuing|rescued)\s+"
    r"(?:at least\s+|more than\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$"
)
_STATE_VERB_BEFORE = EndScreened(
    _STATE_VERB_BEFORE_RE,
    "killed|killing|kills|injuring|injured|injures|wounding|wounded|hurting|evacuating|"
    "evacuated|arresting|arrested|rescuing|rescued|least|than|about|some|nearly|almost|over",
)
_STATE_AFTER = re.compile(
    r"\s+[a-z]+\s+(injured|hurt|wounded|killed|evacuated|arrested|rescued|admitted|"
    r"hospitali[sz]ed|treated)\b(?!\s+(?:by|the|a|an)\b)"
)


_DESCRIBED_AFTER = re.compile(
    r"\s*(?:(?P<noun>[a-z]+)\s+)?(?:were|was|have been|had been|are|got)\s+"
    r"(?P<state>[a-z]+ed|hurt)\b",
    re.I,
)
_STATE_WORDS = {"injur": "injured", "die": "dead", "hurt": "hurt"}


_BARE = re.compile(r"\s*(?:[,.;)]|and\b|$)")


def _participle_key(ctx: Context, c: Claim) -> tuple[str, str] | None:
    """ "at least 60 people were injured" / "all 48 of the injured": the people a verb describes."""
    if c.kind != "count":
        return None
    m = _NOMINAL_PARTICIPLE.match(ctx.after(c, 40))
    if m:
        return c.kind, "described:" + _state(m.group(1) or m.group(2))
    words = ctx.subject_words(c)
    if words and stem(words[-1]) in _DEATH_NOUNS:
        return c.kind, "described:die"  # "the 103 deaths", "41 fatalities"
    bare = _BARE.match(ctx.text[c.end : c.end + 6])
    if not words or stem(words[-1]) in _PERSON_STEMS or bare:
        # "has sickened 4,182 people and killed 97", "injuring more than 40": the people a
        # verb acted on, their noun left out
        m = _STATE_VERB_BEFORE.search(ctx.before(c, 25, clause=True))
        if m:
            return c.kind, "described:" + _state(m.group(1))
    person = bool(words) and stem(words[-1]) in _PERSON_STEMS
    m = _DESCRIBED_AFTER.match(ctx.after(c, 60, clause=True))
    # "and nine were admitted": the count is the subject, whatever noun the extractor carried
    # over; "60 people were injured": only people are described so
    if m and (m.group("noun") is None or person):
        return c.kind, "described:" + _state(m.group("state"))
    if person:
        # "Of the 37 people injured": a reduced relative clause
        m = _STATE_AFTER.match(ctx.text, c.end, c.end + 40)
        if m:
            return c.kind, "described:" + _state(m.group(1))
    return None


def _state(word: str) -> str:
    s = stem(word)
    return _STATE_SYNONYMS.get(s, s)


_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b", re.I)
_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final)\b", re.I
)


def _moments(ctx: Context, c: Claim) -> set[str]:
    """Clock times and ordinal stages in the sentence: "at 6:25 p.m.", "the second stage"."""
    s = ctx.sentence(c)
    key = ("moments", s.index)  # read once per sentence: the pairs ask again and again
    done = ctx._cache.get(key)
    if done is not None:
        return done  # type: ignore[no-any-return]
    text = ctx.text[s.start : s.end]
    found = {m.group().lower().replace(".", "").replace(" ", "") for m in _CLOCK.finditer(text)}
    found = ctx._cache[key] = found | {m.group(1).lower() for m in _ORDINAL.finditer(text)}
    return found


def check(ctx: Context) -> list[Check]:
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in ctx.numeric:
        if c.kind not in KINDS or c.vague:
            continue
        k = _key(ctx, c)
        if k is not None:
            groups[k].append(c)
        pk = _participle_key(ctx, c) if c.kind == "count" else None
        if pk is not None and pk != k:
            groups[pk].append(c)
        if k is not None and k[1].startswith("concept:") and c.kind == "count":
            # "employ more than 7,000 teachers" is also a count of teachers
            words = ctx.subject_words(c)
            if words and stem(words[-1]) not in CONCEPTS:
                groups[(c.kind, stem(words[-1]))].append(c)
    out: list[Check] = []
    seen: set[frozenset[str]] = set()
    for (_kind, key), grouped in groups.items():
        # a key met once has nothing to pair with: read the rest only for the others
        members = [
            c
            for i, c in enumerate(grouped)
            if _has_neighbour(ctx, grouped, i) and _eligible(ctx, c)
        ]
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + PAIR_REACH]:
                if ctx.distance(a, b) > WINDOW:
                    break  # another article's worth away: not tied by the text
                if frozenset((a.id, b.id)) in seen or not _compatible(ctx, a, b, key):
                    continue
                seen.add(frozenset((a.id, b.id)))
                out.append(_verdict(ctx, a, b, key))
    out.extend(transposed_figures(ctx, seen))
    out.extend(workforce_restated(ctx, seen))
    out.extend(thresholds_restated(ctx, seen))
    out.extend(tenures_restated(ctx, seen))
    out.extend(duration_checks(ctx))
    out.extend(restated_pairs(ctx))
    out.extend(apposed_measures(ctx))
    out.extend(attributive_measures(ctx))
    return out


# ------------------------------------------------------------- a workforce restated
# "the more than 3,400 people employed at the site" and "the site's entire workforce of
# 3,150": one organisation's headcount, told by a verb once and by a noun once. Only stocks
# (who work there), never flows (jobs cut, staff hired), and only at one time and place.
_WORKFORCE_NOUN = re.compile(r"\b(?:workforce|employees|staff|headcount|payroll)\b", re.I)
_WORKFORCE_VERB = re.compile(r"\b(?:employ(?:s|ed|ing)?|work(?:s|ed|ing)?)\b", re.I)
_FLOW_WORDS = re.compile(
    r"\b(?:cut|cuts|shed|lay|laid|lays|hire[sd]?|hiring|recruit\w*|add(?:s|ed)?|creat\w+|"
    r"los[et]|loses|axe[sd]?|redundan\w*|retir\w+|leav\w+|left|join\w*|quit|fir(?:e|ed|es)|"
    r"kill\w*|died|dead|injur\w*|hurt|"
    r"furlough\w*|new|more(?!\s+than)|extra|additional|fewer(?!\s+than)|"
    r"temporary|seasonal|"
    r"contract(?:ors)?|part-time)\b",
    re.I,
)


def _headcount(ctx: Context, c: Claim) -> bool:
    if c.kind != "count" or c.vague:
        return False
    if _PERSON_AFTER.match(ctx.text, c.end) is None and not ctx.sentence_mentions(
        c, _WORKFORCE_WORDS
    ):
        return False  # neither test at the end can pass: no workforce noun, no person noun
    if ctx.is_changeish(c) or ctx.is_plan(c):
        return False
    if ctx.is_prior(c) and _state_of(ctx, c) != "peak":
        return False  # an earlier level; but "peaked at 5,700 in 2021" is the peak, still
    if _PART_OF.match(ctx.after(c, 20)) or _REMAINDER_BEFORE.search(ctx.before(c, 25)):
        return False
    a, b = ctx.clause(c)
    if _FLOW_WORDS.search(ctx.text, max(a, c.start - 50), min(b, c.end + 40)):
        return False
    if _SEVERAL_EMPLOYERS.search(ctx.text, max(ctx.sentence(c).start, c.start - 60), c.start):
        return False  # "37 local suppliers, which together employ about 5,200": other employers
    if _ON_SHIFT.match(ctx.after(c, 50, clause=True)):
        return False  # "the 38 workers on the overnight shift": those present, not the payroll
    words = ctx.subject_words(c)
    if words and stem(words[-1]) not in _HEADCOUNT_HEADS:
        return False  # "some 240 administrative positions": posts, not the people
    sent = ctx.sentence(c)
    near = ctx.text[max(sent.start, c.start - 40) : min(b, c.end + 40)]
    # the workforce noun names this figure: "workforce of 3,150", "3,240 employees"; not
    # "staff had logged 14 leaks"
    own = ctx.text[max(sent.start, c.start - 25) : min(b, c.end + 15)]
    if _WORKFORCE_NOUN.search(own) and (words or _OF_BEFORE.search(ctx.before(c, 6))):
        return True
    person = _PERSON_AFTER.match(ctx.text, c.end)
    if person is None:
        return False
    # "6,000 workers", but "3,400 people" only when they work there
    return person.group(1).lower() != "people" or bool(_WORKFORCE_VERB.search(near))


_OF_BEFORE = re.compile(r"\bof\s+(?:about\s+|some\s+)?$")
_SEVERAL_EMPLOYERS = re.compile(
    r"\b(?:together|combined|between them|jointly)\s+employ|\bemploy\s+(?:a\s+)?combined\b", re.I
)


_ON_SHIFT = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:on|during)\s+(?:the\s+|that\s+|its\s+)?(?:[a-z\-]+\s+)?"
    r"(?:shift|duty|watch|rota)\b|\s*(?:[a-z]+\s+){0,2}?on\s+(?:site|board|duty)\s+(?:at|when)\b",
    re.I,
)
_HEADCOUNT_HEADS = frozenset(
    stem(w) for w in "people workers employees staff workforce headcount payroll work".split()
)
_PERSON_AFTER = re.compile(r"\s+(workers|employees|staff|people)\b", re.I)
# _WORKFORCE_NOUN's words: a screen the lowercase sentence must pass for it to match
_WORKFORCE_WORDS = ("workforce", "employees", "staff", "headcount", "payroll", *FOLD_ODD)
_PEAK = re.compile(r"\b(?:peak(?:ed|s)?|at (?:its|their|the) (?:peak|height))\b", re.I)


def _state_of(ctx: Context, c: Claim) -> str:
    sentence = ctx.sentence_text(c)
    if _PEAK.search(sentence):
        return "peak"
    past = ctx.sentence_mentions(c, _PAST_STATE_WORDS) and _PAST_STATE.search(sentence)
    return "past" if past else "now"


def workforce_restated(ctx: Context, seen: set[frozenset[str]]) -> list[Check]:
    if not _WORKFORCE_NOUN.search(ctx.text) and not re.search(r"\bemploy", ctx.text):
        return []
    counts = [c for c in ctx.firm_counts if _headcount(ctx, c)]
    out: list[Check] = []
    for a, b in zip(counts, counts[1:], strict=False):
        pair = frozenset((a.id, b.id))
        if pair in seen or ctx.sentence_index(a) == ctx.sentence_index(b):
            continue
        if ctx.distance(a, b) > WINDOW or _other_names(ctx, a, b) or _owner_elsewhere(ctx, a, b):
            continue
        if _apart_in_time(ctx.time_anchor(a), ctx.time_anchor(b)):
            continue
        pa, pb = _places(ctx, a), _places(ctx, b)
        if pa and pb and not (pa & pb):
            continue
        if _state_of(ctx, a) != _state_of(ctx, b):
            continue  # "at its peak" against today: two times
        seen.add(pair)
        out.append(_verdict(ctx, a, b, "concept:employ"))
    return out


# ------------------------------------------------------------- a threshold restated
# "Self-harm incidents exceeded 600 for the first time" and later "the 587 self-harm
# incidents recorded during the year": the noun before the verb of a threshold names what
# passed it; the same noun, definite, counted later is the same count.
_THRESHOLD = re.compile(
    r"\b([a-z][a-z\-]+)\s+(?:have\s+|has\s+|had\s+)?(?:exceeded|topped|surpassed|passed|"
    r"crossed)\s+(?:the\s+)?$",
    re.I,
)


def thresholds_restated(ctx: Context, seen: set[frozenset[str]]) -> list[Check]:
    out: list[Check] = []
    for a in ctx.numeric:
        if a.kind != "count" or a.vague or ctx.subject_words(a):
            continue
        m = _THRESHOLD.search(ctx.before(a, 40))
        if m is None:
            continue
        noun = stem(m.group(1).lower())
        later = [
            b
            for b in ctx.near_numeric(a)
            if b.start > a.end
            and b.kind == "count"
            and not b.vague
            and ctx.sentence_index(b) != ctx.sentence_index(a)
            and _SET_DETERMINER.search(ctx.before(b, 12))
            and [stem(w) for w in ctx.subject_words(b)][-1:] == [noun]
            and not ctx.is_prior(b)
            and not ctx.is_changeish(b)
        ]
        if len(later) != 1:
            continue
        b = later[0]
        if (
            _apart_in_time(ctx.time_anchor(a), ctx.time_anchor(b))
            or frozenset((a.id, b.id)) in seen
        ):
            continue
        if _owner_elsewhere(ctx, a, b):
            continue  # "the clinic's 587 incidents": another owner's
        seen.add(frozenset((a.id, b.id)))
        out.append(_verdict(ctx, a, b, noun))
    return out


# ------------------------------------------------------------- a tenure restated
# "he joined the Crescent Conservatory, where he taught for 22 years" and later "his 26 years
# at the conservatory": one person's years at one place, told twice.
_TENURE_AFTER = re.compile(r"\s+(?:at|with)\s+(?:the\s+)?([A-Za-z][\w\-]+)")
_TENURE_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.I)
_SERVED_FOR = re.compile(
    r"\b(?:taught|worked|served|played|spent|led|ran|stayed|remained|coached|lived)\s+"
    r"(?:there\s+)?for\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?$",
    re.I,
)


def tenures_restated(ctx: Context, seen: set[frozenset[str]]) -> list[Check]:
    out: list[Check] = []
    for b in ctx.claims:
        if b.kind != "duration" or b.vague or not _TENURE_BEFORE.search(ctx.before(b, 8)):
            continue
        m = _TENURE_AFTER.match(ctx.text, b.end)
        if m is None:
            continue
        place = re.compile(rf"\b{re.escape(m.group(1))}\b", re.I)
        told = [
            a
            for a in ctx.near(b)
            if a.kind == "duration"
            and a.end <= b.start
            and a.unit == b.unit
            and not a.vague
            and _SERVED_FOR.search(ctx.before(a, 40))
            and place.search(ctx.sentence_text(a))
        ]
        if len(told) != 1 or frozenset((told[0].id, b.id)) in seen:
            continue
        a = told[0]
        seen.add(frozenset((a.id, b.id)))
        va, vb = ctx.value(a), ctx.value(b)
        status: Status = "pass" if va == vb else "fail"
        what = f"at the {m.group(1).lower()}"
        msg = f"{a.text} and later {b.text} {what}: the same tenure" + (
            ", consistent" if status == "pass" else "; they cannot both be true"
        )
        out.append(result("figure_drift", status, (a, b), msg))
    return out


# ------------------------------------------------------------- transposed digits
# "7,350 patients had been waiting" and later "the 7,530 patients waiting": the same
# noun or verb with two digits of the figure swapped is one figure mistyped, not two
# figures that happen to share their digits. Three significant digits at least, so
# that "12" and "21" are left to the ordinary reading.
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _digit_string(c: Claim) -> str | None:
    m = _DIGITS.search(c.text)
    if m is None:
        return None
    digits = m.group().replace(",", "")
    significant = len(digits.replace(".", "").strip("0"))
    if significant == 2 and _SCALED_MONEY.search(c.text) and c.kind == "money":
        return digits  # "£4.3 million" / "the £3.4 million bill": see _back_reference
    return digits if significant >= 3 else None


_SCALED_MONEY = re.compile(r"\d\s*(?:million|billion|trillion|bn|m)\b", re.I)


def _back_reference(ctx: Context, a: Claim, b: Claim) -> bool:
    """ "Attack cost the council £4.3 million" in the headline and lead, and later "the £3.4
    million bill": a definite amount that points back, two digits from the amount the article
    leads with, and stated nowhere before."""
    if not _SET_DETERMINER.search(ctx.before(b, 12)) or ctx.paragraph(a) > 1:
        return False
    vb = numeric_value(b)
    return not any(
        numeric_value(o) == vb and o.kind == b.kind for o in ctx.claims if o.start < b.start
    )


def _one_swap(x: str, y: str) -> bool:
    diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    return len(diff) == 2 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def transposed_figures(ctx: Context, seen: set[frozenset[str]]) -> list[Check]:
    groups: dict[tuple[str, str, str], list[tuple[Claim, str]]] = defaultdict(list)
    for c in ctx.numeric:
        if c.kind not in KINDS or c.vague:
            continue
        digits = _digit_string(c)
        if digits is not None:
            groups[(c.kind, c.unit or "", "".join(sorted(digits)))].append((c, digits))
    found: list[tuple[int, Check]] = []
    for grouped in groups.values():
        # each later figure against the nearest earlier one it swaps digits with (the lead's
        # "1,450", not the headline's)
        for j in range(len(grouped) - 1, 0, -1):
            b, db = grouped[j]
            for a, da in reversed(grouped[:j]):
                if len(da) != len(db) or not _one_swap(da, db):
                    continue
                pair = frozenset((a.id, b.id))
                if pair in seen:
                    continue
                if ctx.sentence_index(a) == ctx.sentence_index(b):
                    continue  # "rose from 1,350 to 1,530": two figures of one sentence
                nouns = _noun_stems(ctx, a) & _noun_stems(ctx, b)
                tie = nouns or (ctx.predicate_stems(a) & ctx.predicate_stems(b))
                if not tie and a.kind == "measure" and a.unit:
                    tie = {a.unit}  # "14.2 tonnes" ... "the 12.4 tonnes collected": one unit
                short = len(da.replace(".", "").strip("0")) < 3
                if short and (a.currency != b.currency or not _back_reference(ctx, a, b)):
                    continue  # two digits swap by chance too often to be read alone
                if not tie and short:
                    tie = {"amount"}
                if not tie:
                    continue
                seen.add(pair)
                what = " ".join(ctx.subject_words(a) or ctx.subject_words(b))
                what = what or _surface(ctx, b, tie)
                told = f"{ctx.show(a)} and later {ctx.show(b)} {what}"
                if a.kind == "measure":
                    told = f"{a.text} and later {b.text}"
                msg = f"{told}: the same figure with two digits swapped; they cannot both be true"
                # the same figure told before, in the headline and the lead: all of it
                same = tuple(x for x, dx in grouped[:j] if dx == da and x.id != a.id)
                found.append((a.start, result("figure_drift", "fail", (*same, a, b), msg)))
                break
    return [check for _, check in sorted(found, key=lambda t: t[0])]


def _surface(ctx: Context, c: Claim, stems: set[str]) -> str:
    """The word as written whose stem ties the figures ("raised", not "rais")."""
    words = re.findall(r"[a-z][a-z\-]+", (ctx.before(c, 60) + " " + ctx.after(c, 60)).lower())
    return next((w for w in words if stem(w) in stems), sorted(stems)[0])


def _noun_stems(ctx: Context, c: Claim) -> set[str]:
    words = ctx.subject_words(c)
    # "the 221-vote margin" and "212 votes": a fused noun is singular
    words = [*words, *(w + "s" for w in words if not w.endswith("s"))]
    return {stem(w) for w in words} - STOP_STEMS - GENERIC_WORDS


_APPOSED_MEASURE = re.compile(r",\s+an?\s+(?:[a-z]+\s+)?$")
_HYPHEN_MEASURE = re.compile(r"^[\d.,]+-[a-z]+$")


def apposed_measures(ctx: Context) -> list[Check]:
    """ "won stage 14 on Saturday, a 187-kilometre day" and later "the 178-kilometre stage":
    a measure in apposition measures the thing its clause names, and a definite measure of
    that thing restates it."""
    out: list[Check] = []
    measures = [c for c in ctx.numeric if c.kind == "measure" and c.unit]
    for a in measures:
        s = ctx.sentence(a)
        if not _HYPHEN_MEASURE.match(a.text) or not _APPOSED_MEASURE.search(
            ctx.text[s.start : a.start]
        ):
            continue
        host = ctx.text[s.start : ctx.text.rfind(",", s.start, a.start)]
        host_words = [stem(w) for w in re.findall(r"[a-z]+", host)]
        for b in measures:
            if b.start <= a.end or b.unit != a.unit or ctx.distance(a, b) > WINDOW:
                continue
            words = (b.subject or "").split()
            head = stem(words[-1]) if words else None
            if not head or host_words.count(head) != 1 or not _HYPHEN_MEASURE.match(b.text):
                continue
            if not re.search(r"\bthe\s+$", ctx.before(b, 8)):
                continue
            others = [
                c
                for c in measures
                if c is not b and c.unit == b.unit and (c.subject or "").split()[-1:] == words[-1:]
            ]
            if others:
                continue  # two lengths of that thing: which one is meant is not said
            ia, ib = ctx.interval(a), ctx.interval(b)
            what = words[-1]
            if ia is None or ib is None or ia.overlaps(ib):
                msg = f"a {a.text} {what} and later the {b.text} {what}: the same figure"
                out.append(result("figure_drift", "pass", (a, b), msg))
            else:
                msg = f"the {what} is {a.text}, then {b.text}: they cannot both be true"
                out.append(result("figure_drift", "fail", (a, b), msg))
    return out


def _has_neighbour(ctx: Context, grouped: list[Claim], i: int) -> bool:
    """Another figure with the same key close enough to be tied to this one."""
    return (i > 0 and ctx.distance(grouped[i - 1], grouped[i]) <= WINDOW) or (
        i + 1 < len(grouped) and ctx.distance(grouped[i], grouped[i + 1]) <= WINDOW
    )


def shared_context(ctx: Context, a: Claim, b: Claim) -> set[str]:
    """Words the two sentences share beyond the figure's own noun and verb.

    Subject and verb alone do not tie two figures ("the storm killed 14 people in
    Texas" / "five people were killed when the bridge collapsed"); a shared name,
    place or object does ("taken to hospital", "Cedar Ridge").
    """
    own = {stem(w) for c in (a, b) for w in ctx.subject_words(c)}
    own |= ctx.predicate_stems(a) | ctx.predicate_stems(b)
    shared = (ctx.content(a) & ctx.content(b)) - own - GENERIC_WORDS
    if not shared and ctx.mentions_main_entity(a) and ctx.mentions_main_entity(b):
        # "The company, which employs more than 13,500 people" / "Arvent currently has
        # 13,200 employees": the article's one organisation, by name and by description; a
        # weak tie, so only for figures near each other ("roughly 1,900" and "at least 9"
        # are two counts)
        va, vb = ctx.value(a), ctx.value(b)
        if va and vb and max(va, vb) <= 1.5 * min(va, vb):
            shared = {"(the article's main organisation)"}
    return shared


def _verdict(ctx: Context, a: Claim, b: Claim, key: str) -> Check:
    ia, ib = ctx.interval(a), ctx.interval(b)
    label = key.split(":", 1)[-1]
    what = " ".join(ctx.subject_words(a) or ctx.subject_words(b))
    if not what and key.startswith("owner:"):
        run = re.findall(r"(?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+", ctx.before(a, 60, clause=True))
        what = f"for {run[0]}" if run else label
    if key == "described:die":
        what = "dead"
    elif key.startswith("described:"):
        # the state names the set; the extractor's noun may be another clause's
        m = re.search(r"\b([a-z]+ed|hurt|dead|missing)\b", ctx.after(a, 60))
        state = m.group(1) if m else _STATE_WORDS.get(label, label + "ed")
        words = ctx.subject_words(a)
        person = words and stem(words[-1]) in _PERSON_STEMS and len(words) == 1
        what = f"{words[-1]} {state}" if person else state
    what = what or label
    bounded = a.bound in ("lower", "upper") or b.bound in ("lower", "upper")
    if bounded or (ia and ia.hi == float("inf")) or (ib and ib.hi == float("inf")):
        rule = "bound_conflict"
    else:
        rule = "figure_drift"
    if ia is None or ib is None or ia.overlaps(ib):
        msg = f"{ctx.show(a)} and later {ctx.show(b)} {what}: the same figure, consistent"
        return result(rule, "pass", (a, b), msg)
    status: Status = "fail"
    msg = f"{ctx.show(a)} {what}, then {ctx.show(b)}: they cannot both be true"
    demonstrative = any(
        _DEMONSTRATIVE.match(ctx.text[ctx.sentence(c).start : ctx.sentence(c).end]) for c in (a, b)
    )
    if demonstrative:
        status = "warn"
        msg += " (unless 'that/this' points to another event)"
    return result(rule, status, (a, b), msg)


# ------------------------------------------------------------------ durations
# How long a thing lasts, said two ways: "will operate for at least 10 years" and
# "its eight-year lifetime". Verbs of service and nouns of lifetime are one concept.
_LIFE_NOUN = re.compile(
    r"^[\s-]*(?:[a-z]+\s+)?(?:lifetime|life\s*span|lifespan|service life|life)\b"
)
_LIFE_VERB = re.compile(
    r"\b(?:operate|operates|operating|function|functions|serve|serves|last|lasts)\s+for\s+"
    r"(?:at least |up to |about |more than |nearly |some |over |roughly )?$",
    re.I,
)
# A design life and the life actually expected differ without contradiction.
_LIFE_HEDGE = re.compile(
    r"\b(?:design(?:ed)?|nominal|original(?:ly)?|initial|primary|warrant\w*|guarantee\w*|"
    r"extend\w*|beyond|minimum|planned)\b",
    re.I,
)

# _LIFE_HEDGE's words: a screen the lowercase sentence must pass for it to match
_LIFE_HEDGE_WORDS = (
    "design",
    "nominal",
    "original",
    "initial",
    "primary",
    "warrant",
    "guarantee",
    "extend",
    "beyond",
    "minimum",
    "planned",
    *FOLD_ODD,
)


_HYPHENATED_SPAN = re.compile(r"-(?:year|month|week|day)s?$")


def _life_duration(ctx: Context, c: Claim) -> bool:
    if c.kind != "duration" or ctx.value(c) is None:
        return False
    if ctx.sentence_mentions(c, _LIFE_HEDGE_WORDS) and _LIFE_HEDGE.search(ctx.clause_text(c)):
        return False
    hyphenated = _HYPHENATED_SPAN.search(c.text) is not None
    if hyphenated and _LIFE_NOUN.match(ctx.text[c.end : c.end + 30]):
        return True
    return bool(_LIFE_VERB.search(ctx.before(c, 40, clause=True)))


def _in_days(ctx: Context, c: Claim) -> Interval | None:
    from reader.checks.timeline import DAYS, duration_unit  # noqa: PLC0415 - avoids a cycle

    unit = duration_unit(ctx, c)
    iv = ctx.interval(c)
    if unit is None or iv is None or unit not in DAYS:
        return None
    v = ctx.value(c) or 0.0
    lo = iv.lo if c.bound in ("lower", "upper", "approx") else v - 0.5
    hi = iv.hi if c.bound in ("lower", "upper", "approx") else v + 0.5
    return Interval(max(lo, 0.0), hi).scale(DAYS[unit])


def duration_checks(ctx: Context) -> list[Check]:
    """The same lifetime stated twice, for one thing the two sentences share."""
    lives = [c for c in ctx.claims if c.kind == "duration" and _life_duration(ctx, c)]
    out: list[Check] = []
    for i, a in enumerate(lives):
        for b in lives[i + 1 : i + 1 + PAIR_REACH]:
            if ctx.distance(a, b) > WINDOW or ctx.sentence_index(a) == ctx.sentence_index(b):
                continue
            if not (ctx.content(a) & ctx.content(b)) - GENERIC_WORDS:
                continue  # nothing ties the two lifetimes to the same thing
            ia, ib = _in_days(ctx, a), _in_days(ctx, b)
            if ia is None or ib is None:
                continue
            bounded = a.bound in ("lower", "upper") or b.bound in ("lower", "upper")
            rule = "bound_conflict" if bounded else "figure_drift"
            if ia.overlaps(ib):
                msg = f"{_said(a)} and later {_said(b)}: the same lifetime, consistent"
                out.append(result(rule, "pass", (a, b), msg))
            else:
                life = _said(b)
                article = "an" if re.match(r"(?:[aeio]|8|11-|18-)", life, re.I) else "a"
                msg = f"{_said(a)} of service, then {article} {life} life: they cannot both be true"
                out.append(result(rule, "fail", (a, b), msg))
    return out


def _said(c: Claim) -> str:
    word = {"lower": "at least ", "upper": "at most ", "approx": "about "}.get(c.bound, "")
    return word + c.text


# ------------------------------------------------------- restated part-of-whole pairs
# "won 14 of them" (of 39 starts) and later "her 14 wins in 36 marathons": the same
# part with the same verb, so the wholes it is counted against are the same figure.
_WHOLE_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+)?(?:out of|of|in|from)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?$",
    re.I,
)
_OF_THEM = re.compile(r"^\s*(?:out\s+)?of\s+(?:them|those)\b", re.I)


_LOOK_BACK = 6  # claims before the part: "started 39 marathons and won 14 of them"


def _whole_of(ctx: Context, part: Claim) -> Claim | None:
    # Neighbours come from precomputed positions, and the look-back is bounded:
    # a sentence with thousands of claims must not cost thousands of steps per claim.
    i = ctx.position(part)
    here = ctx.sentence_index(part)
    if _OF_THEM.match(ctx.after(part, 20)):
        # "started 39 marathons and won 14 of them": the count the clause coordinates with
        for c in reversed(ctx.claims[max(0, i - _LOOK_BACK) : i]):
            if ctx.sentence_index(c) != here:
                break
            if c.kind == "count" and ctx.value(c) is not None:
                if re.search(r"\band\s+\w+\s+$", ctx.text[c.end : part.start]):
                    return c
                return None
        return None
    if i + 1 < len(ctx.claims):
        nxt = ctx.claims[i + 1]
        if (
            ctx.sentence_index(nxt) == here
            and nxt.kind == "count"
            and _WHOLE_AFTER.match(ctx.text[part.end : nxt.start])
        ):
            return nxt
    return None


def _part_verb(ctx: Context, part: Claim) -> str | None:
    """ "won 14", "14 wins": the verb or deverbal noun that says what the part did."""
    before = ctx.words_before(part, 2)
    if before and (before[-1].endswith("ed") or before[-1] in IRREGULAR):
        return stem(before[-1])
    after = ctx.words_after(part, 1)
    if after and after[0] in IRREGULAR:
        return stem(after[0])
    return None


def restated_pairs(ctx: Context) -> list[Check]:
    pairs: list[tuple[Claim, Claim, str, str]] = []
    for part in ctx.claims:
        if part.kind != "count" or part.bound != "exact" or ctx.value(part) is None:
            continue
        whole = _whole_of(ctx, part)
        if whole is None or whole.bound != "exact":
            continue
        verb = _part_verb(ctx, part)
        if verb is None:
            continue
        head = ctx.subject_head(whole)
        if head is None:
            continue
        pairs.append((part, whole, verb, head))
    out: list[Check] = []
    grouped: dict[tuple[str, str, float | None], list[tuple[Claim, Claim]]] = defaultdict(list)
    for part, whole, verb, head in pairs:
        grouped[(verb, head, ctx.value(part))].append((part, whole))
    for (v1, h1, _value), members in grouped.items():
        for i, (p1, w1) in enumerate(members):
            for p2, w2 in members[i + 1 : i + 1 + PAIR_REACH]:
                out.extend(_pair_verdict(ctx, p1, w1, p2, w2, v1, h1))
    return out


def _pair_verdict(
    ctx: Context, p1: Claim, w1: Claim, p2: Claim, w2: Claim, verb: str, head: str
) -> list[Check]:
    if ctx.distance(p1, p2) > WINDOW or ctx.sentence_index(p1) == ctx.sentence_index(p2):
        return []
    if not _same_scope(ctx, w1, w2):
        return []
    what = " ".join(ctx.subject_words(w1)) or head
    said = f"{ctx.show(p1)} of {ctx.show(w1)} {what}, then {ctx.show(p2)} of {ctx.show(w2)}"
    if ctx.value(w1) == ctx.value(w2):
        return [result("figure_drift", "pass", (w1, w2, p1, p2), f"{said}: the same record")]
    msg = f"{said}: the same record ({verb}) with two totals"
    return [result("figure_drift", "fail", (w1, w2, p1, p2), msg)]


def _same_scope(ctx: Context, a: Claim, b: Claim) -> bool:
    """No differing date, place, time anchor or qualifier sets the two wholes apart."""
    ta, tb = ctx.time_anchor(a), ctx.time_anchor(b)
    if ta and tb and ta != tb:
        return False
    pa, pb = _places(ctx, a), _places(ctx, b)
    if pa and pb and not (pa & pb):
        return False
    qa, qb = ctx.qualifiers(a), ctx.qualifiers(b)
    if (qa or qb) and qa != qb:
        return False  # "in 36 races in Europe": a narrower set
    return not any(
        re.search(
            r"\b(?:last|first|past|previous|next|recent|other|remaining)\s+$", ctx.before(c, 15)
        )
        for c in (a, b)
    )


def attributive_measures(ctx: Context) -> list[Check]:
    """ "an 8-kilometre exclusion zone" and later "the 12-kilometre exclusion zone": a
    measure fused to its noun names that thing's size, and a definite mention restates it.
    Only when the text gives that noun no third measure (two zones would be two sizes); a
    one-word noun ("the 5-kilometre race") is more often another thing, so it only warns."""
    by_subject: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in ctx.numeric:
        if c.kind == "measure" and c.unit and c.subject and _HYPHEN_MEASURE.match(c.text):
            by_subject[(c.unit, c.subject.lower())].append(c)
    out: list[Check] = []
    for (_unit, subject), found in by_subject.items():
        if len(found) != 2:
            continue
        a, b = found
        if ctx.distance(a, b) > WINDOW or not re.search(r"\bthe\s+$", ctx.before(b, 8)):
            continue
        if ctx.is_changeish(b) or ctx.is_prior(a) or ctx.is_prior(b):
            continue
        ia, ib = ctx.interval(a), ctx.interval(b)
        if ia is None or ib is None or ia.overlaps(ib):
            msg = f"a {a.text} {subject} and later the {b.text} {subject}: the same figure"
            out.append(result("figure_drift", "pass", (a, b), msg))
            continue
        status: Status = "fail" if len(subject.split()) > 1 else "warn"
        msg = f"the {subject} is {a.text}, then {b.text}: they cannot both be true"
        out.append(result("figure_drift", status, (a, b), msg))
    return out
