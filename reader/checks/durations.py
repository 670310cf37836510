"""A duration disagrees with its dates: "ran from 3 March to 14 April, lasted 35 days".

The dates are the ones the sentence ties to the duration ("from A to B",
"began A ... ending B", "between A and B"), or a start in the previous
sentence of the paragraph that shares the duration's verb ("In 1961 she
married ..." / "married for 52 years, until ... 2011"). Counting both ends and
the precision of each date are allowed for.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader.checks.ages import article_date, completed_years
from reader.checks.base import result
from reader.checks.lexicon import STOP, WEEKDAYS_MONTHS
from reader.checks.quantity import fmt, numeric_value
from reader.checks.relations import WORD, Context, EndScreened, stem
from reader.checks.timeline import DAYS, duration_unit, has_year, parse_iso, span
from reader.model import Check, Claim

RULE = "duration_mismatch"
# The word that joins the two dates stands right before the second: "from 3 March to
# 14 April", "began on 3 March, ending on 14 April"; not "on 3 November, to end a strike".
_JOIN = re.compile(
    r"\b(?:to|until|till|through|ending|ended|and ended|and ending)\s+(?:on\s+|in\s+)?$|"
    r"^\s*[-–]\s*$",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:on\s+)?$", re.I)
# "expected to restart the unit between Dec. 5 and Dec. 19": one moment somewhere in a
# window, not a span from the first date to the second
_WINDOW_BEFORE = re.compile(
    r"\b(?:re)?(?:start|open|sume|turn|arriv|land|deliver|complet|finish|announc|decid|"
    r"occur|happen|launch|begin|began|begun|end)\w*\s+(?:[\w'’]+\s+){0,3}?between\s+(?:on\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+)?$",
    re.I,
)
_RELATIVE = re.compile(r"^\s*(?:\w+\s+){0,4}?(after|before|ago|earlier|since)\b", re.I)
_END_MARK = re.compile(r"\b(until|till|to|through|ending|ended)\b[^.]{0,30}$", re.I)


# A span told by its two events: a start word before the first date ("began on", "after
# tearing a hamstring on", "was seized on") and an end word after it ("ended when ... on",
# "was lifted on", "did not play again until"). The verbs of starting and ending, not phrases.
_START_WORD = re.compile(
    r"\b(?:from|since|after|following|began|begun|begins|beginning|started|starts|starting|"
    r"opened|launched|erupted|broke out|went on|walked out|closed|shut|halted|suspended|"
    r"stopped|seized|taken|kidnapped|abducted|trapped|arrested|detained|jailed|imposed|"
    r"declared|left|departed|injured|hurt|tore|tearing|broke|breaking|admitted|opens|"
    r"departs|leaves|leaving|set sail|sets sail|begin|start)\b",
    re.I,
)
_END_WORD = re.compile(
    r"\b(?:until|till|through|ended|ending|ends|finished|concluded|lifted|called off|closed|"
    r"reopened|resumed|returned|released|freed|rescued|discharged|came back|back|closes|"
    r"ends|finishes|arrived|arrives|docked|due (?:in|at|back|on)|finish|end|be completed)\b",
    re.I,
)
# A noun phrase before the end word: its subject is something else than the span's.
_NEW_SUBJECT = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\b", re.I)
# A clause about something else between the two dates: "which", "who", a semicolon.
_OTHER_CLAUSE = re.compile(r"\b(?:which|who|whose|whom)\b|;", re.I)
# How far before the first date its start word may stand.
_START_REACH = 60
# How far apart the two dates of one told span may be.
_SPAN_CHARS = 140


def _dates_another_clause(ctx: Context, dur: Claim, first: Claim) -> bool:
    """ "a seven-month dispute over the roof and steel prices that rose between 2020 and
    2022": the dates are told in a relative clause on another noun, not the duration's own
    ("a 17-day strike that began March 3" is the strike's)."""
    if dur.end > first.start or ctx.sentence_index(dur) != ctx.sentence_index(first):
        return False
    between = ctx.text[dur.end : first.start]
    m = re.search(r"\b(?:that|which|who)\b", between)
    return m is not None and len(WORD.findall(between[: m.start()])) > 3


def _pair_in_sentence(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    return _span_pair(ctx, ctx.sentence_index(dur))


def _span_pair(ctx: Context, index: int) -> tuple[Claim, Claim] | None:
    """The two dates a sentence tells as one span's start and end."""
    dates = [c for c in ctx.in_sentence(index) if c.kind == "date"]
    for a, b in zip(dates, dates[1:], strict=False):
        between = ctx.text[a.end : b.start]
        joined = _JOIN.search(between) or (
            re.search(r"\band\b", between)
            and _BETWEEN.search(ctx.before(a, 20))
            and not _WINDOW_BEFORE.search(ctx.before(a, 60))
        )
        if len(between) <= 90 and joined and not _NEW_SUBJECT.search(between):
            return a, b
    sent = ctx.document.sentences[index]
    for i, (a, b) in enumerate(zip(dates, dates[1:], strict=False)):
        between = ctx.text[a.end : b.start]
        if (
            len(between) > _SPAN_CHARS
            or _OTHER_CLAUSE.search(between)
            or _CUT_SHORT.search(ctx.text, a.end, min(sent.end, b.end + 20))
        ):
            continue
        end = _END_WORD.search(between)
        # the start word is the first date's own: none of an earlier date's clause
        reach = max(a.start - _START_REACH, dates[i - 1].end if i else sent.start)
        if end is None or not _START_WORD.search(ctx.text, reach, a.start):
            continue
        told = between[: end.start()]
        conjunction = told.rfind(" and ")
        if _NEW_SUBJECT.search(told[conjunction:] if conjunction >= 0 else told):
            continue  # "started on 3 March, and the results, released on 2 May": another thing
        return a, b
    for a, b in zip(dates, dates[1:], strict=False):
        # "voted on Oct. 21 ..., ending a 19-day walkout that began on Sept. 30": the end is
        # the main clause's date, the start told after it in a clause on the span itself
        between = ctx.text[a.end : b.start]
        ending = _ENDING_A_SPAN.search(between)
        if ending and len(between) <= _SPAN_CHARS and not _OTHER_CLAUSE.search(between):
            return b, a
    return None


_ENDING_A_SPAN = re.compile(
    r",\s+(?:ending|ended|ends)\s+(?:a|an|the|its|their)\s+[^,;.]{0,40}?"
    r"\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started)\s+(?:on\s+)?$",
    re.I,
)


# A span ended before or after its term: the duration told is the plan, not the span.
_CUT_SHORT = re.compile(
    r"\b(?:early|prematurely|ahead of (?:schedule|time)|cut short|after only|instead|"
    r"late|overran|extended)\b",
    re.I,
)


# "on May 3, 2012, 19 years after its launch on June 1, 1993": the gap between the date
# the duration is apposed to and the date of the event it is counted from (or to).
_GAP_WORD = re.compile(r"^\s*(?:\w+\s+){0,3}?(after|since|following|before)\b", re.I)
_APPOSED_DATE = re.compile(r",\s*(?:about |nearly |almost |some |just |more than )?$")


def _pair_gap(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    m = _GAP_WORD.match(ctx.after(dur, 40))
    if m is None:
        return None
    here = [c for c in ctx.in_sentence(ctx.sentence_index(dur)) if c.kind == "date"]
    anchor = [c for c in here if c.end <= dur.start]
    if not anchor or not _APPOSED_DATE.match(ctx.text, anchor[-1].end, dur.start):
        return None
    mark = dur.end + m.end()
    event = [c for c in here if c.start >= mark and c.start - mark <= 60]
    if not event or _OTHER_CLAUSE.search(ctx.text, mark, event[0].start):
        return None
    if m.group(1).lower() == "before":
        return anchor[-1], event[0]
    return event[0], anchor[-1]


# "sank 19 years later, on 3 May 2012", "It had closed six days earlier, on 3 May": a gap
# from the event told just before, whose date is the only other one in reach.
_LATER = re.compile(r"\s*(later|earlier|afterwards|before that)\b(?!\s+than\b)", re.I)
# How close to the duration its own date must stand: "27 months later, in June 2021".
_LATER_REACH = 25


def _pair_later(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    m = _LATER.match(ctx.text, dur.end)
    if m is None:
        return None
    idx = ctx.sentence_index(dur)
    here = [c for c in ctx.in_sentence(idx) if c.kind == "date"]
    # its own date: just after ("19 years later, on 3 May 2012"), else just before it
    # ("In June 2021, 27 months later")
    near = [c for c in here if c.start >= m.end() and c.start - m.end() <= _LATER_REACH]
    near = near or [
        c
        for c in here
        if c.end <= dur.start and re.fullmatch(r"[\s,]*", ctx.text[c.end : dur.start])
    ]
    if len(near) != 1:
        return None
    anchor = near[0]
    others = [c for c in here if c is not anchor]
    if not others and idx > 0:
        prev = ctx.document.sentences[idx - 1]
        if prev.paragraph == ctx.paragraph(dur):
            others = [c for c in ctx.in_sentence(idx - 1) if c.kind == "date"]
    if len(others) != 1:
        return None
    other = others[0]
    if m.group(1).lower() in ("earlier", "before that"):
        return anchor, other
    return other, anchor


def _pair_after_event(
    ctx: Context, dur: Claim, relative: re.Match[str]
) -> tuple[Claim, Claim] | None:
    """ "missed 11 weeks after tearing a hamstring on Oct. 2 ... until Nov. 27": the span
    starts at the event "after" names, when the sentence dates it and the span's end."""
    if relative.group(1).lower() == "before":
        return _pair_before_event(ctx, dur, relative)
    if relative.group(1).lower() not in ("after", "since"):
        return None
    pair = _pair_in_sentence(ctx, dur)
    if pair is None or pair[0].start < dur.end + relative.end():
        return None
    return pair


def _pair_before_event(
    ctx: Context, dur: Claim, relative: re.Match[str]
) -> tuple[Claim, Claim] | None:
    """ "was held for 14 months before his release on 3 May 2024": the span ends at the
    event "before" names, dated right after it, and starts at a date told with a start
    word ("detained on 2 March 2023") earlier in the sentence or in the one before."""
    mark = dur.end + relative.end()
    idx = ctx.sentence_index(dur)
    here = [c for c in ctx.in_sentence(idx) if c.kind == "date"]
    ends = [c for c in here if c.start >= mark and c.start - mark <= 60]
    if not ends or _OTHER_CLAUSE.search(ctx.text, mark, ends[0].start):
        return None
    starts = [c for c in here if c.end <= dur.start]
    if not starts and idx > 0:
        prev = ctx.document.sentences[idx - 1]
        if prev.paragraph == ctx.paragraph(dur):
            starts = [c for c in ctx.in_sentence(idx - 1) if c.kind == "date"]
    if len(starts) != 1 or not _START_WORD.search(ctx.before(starts[0], 40)):
        return None
    return starts[0], ends[0]


# ", an outage of 48 days", ", a wait of", ", 48 days": a span apposed to the date before
_APPOSED_SPAN = re.compile(
    r"\s*,\s*(?:(?:an?|the|some)\s+(?:[a-z\-]+\s+){0,2}?(?:of|lasting)\s+)?"
    r"(?:about |nearly |almost |some |more than |just |roughly )?"
)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+(?:on\s+|in\s+)?$", re.I)


_CALENDAR = frozenset(WEEKDAYS_MONTHS) | {stem(w) for w in WEEKDAYS_MONTHS}


def _pair_across(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    """An end date after "until" here, a start date in the previous sentence."""
    idx = ctx.sentence_index(dur)
    ends = [
        c
        for c in ctx.in_sentence(idx)
        if c.kind == "date"
        and (
            (c.start > dur.end and _END_MARK.search(ctx.text[dur.end : c.start]))
            # "were not restored until June 2, an outage of 48 days": apposed to its end
            or (
                c.end <= dur.start
                and _APPOSED_SPAN.fullmatch(ctx.text, c.end, dur.start)
                and _UNTIL_BEFORE.search(ctx.before(c, 20))
            )
        )
    ]
    if not ends or idx == 0:
        return None
    # words the two sentences share, not the months or days that date them
    verbs = {w for w in ctx.stems(dur, clause=False) if len(w) > 3 and w not in _CALENDAR}
    prev = ctx.document.sentences[idx - 1]
    if prev.paragraph != ctx.paragraph(dur):
        return None
    starts = [c for c in ctx.in_sentence(idx - 1) if c.kind == "date"]
    if len(starts) != 1:
        return None
    shared = verbs & {stem(w) for w in re.findall(r"\w+", ctx.text[prev.start : prev.end])}
    if not shared:
        return None
    return starts[0], ends[0]


# A stay or a wait measured in days: "had spent 11 days", "trapped for nine days", "the
# 13-day delay". Not a recurring or partial span ("six-day shifts", "the first three days").
_ELAPSED_BEFORE = re.compile(
    r"\b(?:spent|spend|spending|after|lasted|lasting|lasts|took|taking|for|endured|enduring)"
    r"\s+(?:about |nearly |almost |more than |some |just |roughly |over |only |a full )?$",
    re.I,
)
_HYPHENATED = re.compile(r"-(?:day|week)$", re.I)
_HYPHENATED_ANY = re.compile(r"-(?:day|week|month)$", re.I)
_NOT_A_SPAN_NOUN = re.compile(
    r"^\s*(?:shifts?|weeks?|pass(?:es)?|tickets?|forecasts?|averages?|limits?|notice|deadlines?|"
    r"windows?|periods?|cycles?|courses?|supply|supplies|rolling|high|low|trials?|visas?|"
    r"rotations?|schedules?|old)\b",
    re.I,
)
_PARTIAL_BEFORE = re.compile(
    r"\b(?:first|last|next|another|further|additional|extra|other|within|every|each|"
    r"final|past|previous|remaining|usual|normal|typical|customary|planned|scheduled)"
    r"\s+(?:\w+\s+)?$",
    re.I,
)
_AFTER_NOT_SPAN = re.compile(
    r"^\s*(?:later|in a row|a (?:week|month|year)|per|each|of (?:the|its))\b", re.I
)
_SPAN_LINK = re.compile(
    r"\b(?:since|after|before|until|till|through|following|from|to|when|began|begun|started|"
    r"starting|ended|ending|opened|closed)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|expected to|due to|plans? to)\b", re.I)
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:late|early|behind|ahead|overdue|longer|shorter|sooner|too (?:long|short)|"
    r"more|less|fewer)\b",
    re.I,
)
# "extend it by up to two years", "cut by six months": the change, not the span
_DIFFERENCE_BEFORE = re.compile(
    r"\bby\s+(?:up to |as much as |about |nearly |almost |more than |some |roughly |"
    r"a further |another |an extra |an additional )?$",
    re.I,
)
# "in the three months to July", "the 12 months through March": a trailing window whose
# start is its end less the duration, not an earlier date the article tells
_TRAILING_WINDOW_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:past\s+|last\s+)?$", re.I)
_TRAILING_WINDOW_AFTER = re.compile(
    r"\s+(?:to|through|ending|ended|ending in|until)\s+(?:the end of\s+)?[A-Z0-9]"
)
# A superlative or a first looks back over a window: "the longest in 40 years", "the
# first time in a decade", "its worst month for 15 years".
_LOOK_BACK_RE = re.compile(
    r"\b(?:longest|shortest|biggest|largest|worst|best|highest|lowest|most|least|first|"
    r"deadliest|costliest|busiest|wettest|driest|hottest|coldest|[a-z]{3,}iest)\b"
    r"[^.;]{0,50}\b(?:in|for|over)\s+(?:more than |over |nearly |almost |about |some |"
    r"(?:the )?(?:past |last |previous )?)$",
    re.I,
)
_LOOK_BACK = EndScreened(
    _LOOK_BACK_RE, "in|for|over|than|nearly|almost|about|some|the|past|last|previous"
)
# How many sentences back a span may be stated before the duration that measures it.
SPAN_REACH = 6
_ANY_YEAR = 2001


def _day_dates(ctx: Context, index: int) -> list[Claim]:
    out = []
    for c in ctx.in_sentence(index):
        parts = parse_iso(c.value) if c.kind == "date" else None
        if parts and parts[1] is not None and parts[2] is not None:
            out.append(c)
    return out


def _elapsed_marker(ctx: Context, dur: Claim) -> bool:
    before = ctx.before(dur, 40, clause=True)
    if _PARTIAL_BEFORE.search(before):
        return False
    if _AFTER_NOT_SPAN.match(ctx.after(dur, 20)):
        return False
    if _HYPHENATED_ANY.search(dur.text):
        return not _NOT_A_SPAN_NOUN.match(ctx.after(dur, 20))
    return bool(_ELAPSED_BEFORE.search(before))


def _pair_from_span(ctx: Context, dur: Claim) -> tuple[Claim, Claim, bool] | None:
    """Two dates an earlier sentence sets apart ("reached on March 14, ... since the
    collapse on March 5"), measured later by a stay or wait in days ("had spent 11 days").

    The span must be the only one in reach: the nearest sentence before the duration
    with dates of a day holds exactly two, linked by "since", "after", "until"...
    and no other day is named between it and the duration. When the two days are named
    in two sentences, and they are the only days in reach, the tie is looser: the pair
    comes back marked as not firm, for a warning.
    """
    unit = duration_unit(ctx, dur)
    spans_months = unit == "month" and _HYPHENATED_ANY.search(dur.text) is not None
    if (unit not in ("day", "week") and not spans_months) or not _elapsed_marker(ctx, dur):
        return None
    if ctx.is_plan(dur) or _FUTURE.search(ctx.before(dur, 60, clause=True)):
        return None  # "will remain closed for a week": a span still to come
    idx = ctx.sentence_index(dur)
    seen: list[Claim] = []
    for j in range(idx, max(-1, idx - 1 - SPAN_REACH), -1):
        dates = _day_dates(ctx, j)
        if not dates:
            continue
        if not seen and len(dates) == 2 and dates[0].value != dates[1].value:
            a, b = dates
            if (
                j == idx
                and a.end <= dur.start < b.start
                and _NEW_SUBJECT.search(ctx.text, a.end, dur.start)
                and _END_WORD.search(ctx.text, dur.end, b.start)
                and not _START_WORD.search(
                    ctx.text, max(ctx.sentence(a).start, a.start - _START_REACH), a.start
                )
            ):
                # "Talks resumed on 10 March, and the 23-day stoppage ended on 26 March": the
                # stoppage's end, but not its start
                return None
            if _SPAN_LINK.search(ctx.text[a.end : b.start]):
                return a, b, True
            return None
        seen = dates + seen
    days = {str(c.value) for c in seen}
    if len(seen) == 2 and len(days) == 2:
        return seen[0], seen[1], False
    return None


_SPAN_NOUN = re.compile(r"\s+([a-z]{3,})\b")


def _pair_named_later(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    """ "ended a 23-day strike on Monday. ... The strike began on Sept. 2 and ended on
    Sept. 27": the span told later of the thing the hyphenated duration names."""
    if not _HYPHENATED.search(dur.text) or _NOT_A_SPAN_NOUN.match(ctx.after(dur, 20)):
        return None
    m = _SPAN_NOUN.match(ctx.text, dur.end)
    if m is None or m.group(1) in STOP:
        return None
    # the same thing, definite: "the strike", not "the last strike" or "a strike"
    noun = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+{re.escape(m.group(1))}\b")
    idx = ctx.sentence_index(dur)
    sents = ctx.document.sentences
    for j in range(idx + 1, min(len(sents), idx + 1 + SPAN_REACH)):
        if not _day_dates(ctx, j):
            continue
        pair = _span_pair(ctx, j)
        if pair is None or not noun.search(ctx.text, sents[j].start, sents[j].end):
            return None
        return pair
    return None


def _pair_forward(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    """ "The strike ended on May 19 after 11 weeks. It had begun on March 3.", or "The strike
    began on March 3. It ended on May 19 after 11 weeks.": an end dated here, the start in
    the next or the previous sentence, told of the same thing ("It", "The strike")."""
    if not _elapsed_marker(ctx, dur) and not _WHOLE_SPAN.search(ctx.before(dur, 30)):
        return None
    idx = ctx.sentence_index(dur)
    ends = _day_dates(ctx, idx)
    # "ended with a prize-giving on the harbour front on Sunday, June 22": the end verb
    # may govern the date across a phrase or two of the same clause
    if len(ends) != 1 or not _END_WORD.search(ctx.before(ends[0], 80, clause=True)):
        return None
    sents = ctx.document.sentences
    for other in (idx + 1, idx - 1):
        if not 0 <= other < len(sents):
            continue
        # across a paragraph break only when the later sentence names the thing again
        across = sents[other].paragraph != ctx.paragraph(dur)
        starts = _day_dates(ctx, other)
        if len(starts) != 1 or not _START_WORD.search(ctx.before(starts[0], 40)):
            continue
        # the later sentence names the thing again: "It", "The strike"
        first, later = sorted((idx, other))
        m = _SPAN_SUBJECT.match(ctx.text, sents[later].start, sents[later].end)
        if m is None:
            continue
        noun = m.group(1) or m.group(2)
        if across and (noun is None or noun.lower() in STOP):
            continue
        told = ctx.text[sents[first].start : sents[first].end]
        if noun is not None and not re.search(rf"\b{re.escape(noun)}\b", told, re.I):
            continue
        return starts[0], ends[0]
    return None


def _elapsed(ctx: Context, a: Claim, b: Claim) -> tuple[float, float] | None:
    sa = span(ctx, a)
    if sa is None and not has_year(a) and not has_year(b):
        # "March 5" ... "March 14" with no year anywhere near: any common year will do,
        # and the leap-day margin below covers the rest
        sa = span(ctx, a, year=_ANY_YEAR)
    if sa is None:
        return None
    sb = span(ctx, b, year=sa[0].year if not has_year(b) else None)
    if sb is None:
        return None
    if sb[1] < sa[0] and not has_year(b):
        sb = (
            date(sb[0].year + 1, sb[0].month, sb[0].day),
            date(sb[1].year + 1, sb[1].month, sb[1].day),
        )
    lo = (sb[0] - sa[1]).days
    hi = (sb[1] - sa[0]).days + 1  # counting both ends
    if not has_year(a) and not has_year(b) and _crosses_february(sa[0], sb[1]):
        lo, hi = lo - 1, hi + 1  # the year is inferred: it may or may not be a leap year
    if hi < 0:
        return None
    return float(max(lo, 0)), float(hi)


def _whole_years_past(ctx: Context, a: Claim, lo: float, hi: float, v: float) -> bool:
    """Two exact days at least ``v + 1`` whole years apart counting both ends, and nearer
    ``v + 1`` than ``v``: "a nine-year term" cannot read them as nine years, neither as
    the years completed nor rounded (the allowance for completed years stops there)."""
    sa = span(ctx, a)
    if sa is None or sa[0] != sa[1] or hi - lo != 1:
        return False
    end = sa[0] + timedelta(days=int(lo) + 1)
    return completed_years(sa[0], end) >= v + 1 and lo >= (v + 0.5) * DAYS["year"]


def _crosses_february(a: date, b: date) -> bool:
    return any(a <= date(y, 2, 28) < b for y in range(a.year, b.year + 1) if date(y, 2, 28) >= a)


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for dur in ctx.claims:
        if dur.kind != "duration":
            continue
        unit = duration_unit(ctx, dur)
        v = numeric_value(dur)
        iv = ctx.interval(dur)
        if unit is None or v is None or iv is None:
            continue
        if _LOOK_BACK.search(ctx.before(dur, 80)):
            continue  # "the longest in 40 years": a window looked back over, not this span
        if _PARTIAL_BEFORE.search(ctx.before(dur, 40, clause=True)):
            continue  # "with the last four months given over to testing": a part of the span
        if _DIFFERENCE_AFTER.match(ctx.after(dur, 20)) or _DIFFERENCE_BEFORE.search(
            ctx.before(dur, 40)
        ):
            continue  # "finished in 2023, a year late", "extend it by two years": a difference
        if _TRAILING_WINDOW_BEFORE.search(ctx.before(dur, 20)) and _TRAILING_WINDOW_AFTER.match(
            ctx.after(dur, 30)
        ):
            continue  # "in the three months to July": a window the duration itself sets
        relative = _RELATIVE.match(ctx.after(dur, 40))
        later = _pair_later(ctx, dur)
        if later is not None:
            pair = later
        elif relative and relative.group(1).lower() in ("ago", "since"):
            pair = None  # "20 years ago, in 2004": measured to the article's date, if at all
        elif relative:
            # "19 years after Katrina": a gap to another event, not a span the sentence
            # dates, unless it dates both ends of that gap
            pair = _pair_gap(ctx, dur) or _pair_after_event(ctx, dur, relative)
            if pair is None:
                continue
        else:
            pair = _pair_in_sentence(ctx, dur) or _pair_across(ctx, dur)
        from_span, firm = False, True
        pair = (
            pair
            or _pair_forward(ctx, dur)
            or _pair_named_later(ctx, dur)
            or _pair_started_then_ended(ctx, dur)
        )
        if pair is None and (bound := _ended_by_the_report(ctx, dur)) is not None:
            out.extend(bound)
            continue
        if pair is None:
            found = _pair_from_span(ctx, dur)
            from_span = found is not None
            pair = (found[0], found[1]) if found else None
            firm = found[2] if found else True
        label: str | None = None
        if pair is None:
            ranged = _range_in_date(ctx, dur)
            to_now = None if ranged else _span_to_now(ctx, dur)
            if to_now is not None:
                # the span's two ends: the day told and the article's own date
                then, line, text, to_now_days = to_now
                pair, label, elapsed_range = (then, line), text, to_now_days
            elif ranged is not None:
                pair, label, elapsed_range = (ranged[0], ranged[0]), ranged[1], ranged[2]
            else:
                continue
        a, b = pair
        if not label and _dates_another_clause(ctx, dur, a):
            continue
        elapsed = elapsed_range if label else _elapsed(ctx, a, b)
        if from_span:
            # "reached on March 14 ... since March 5": the span runs from the earlier day
            back = _elapsed(ctx, b, a)
            if back is not None and (elapsed is None or back[1] < elapsed[1]):
                elapsed, a, b = back, b, a
        if elapsed is None:
            continue
        if from_span:
            days = v * DAYS[unit]
            if not 0.5 * elapsed[0] <= days <= 1.5 * elapsed[1] + 1:
                continue  # far from the span: some other stay, not this one
        u = DAYS[unit]
        # "42 days" is 41.5-42.5 days; "52 years" is 51.5 up to 53 (completed years), and
        # so are weeks: "out for six weeks" may be six weeks and five days.
        stated_lo = (v - 0.5) * u
        stated_hi = (v + 0.5) * u if unit == "day" else (v + 1) * u
        if iv.hi == float("inf"):
            stated_hi = float("inf")
        if iv.lo <= 0:
            stated_lo = 0.0
        lo, hi = elapsed
        span_text = _span_text(lo, hi, unit)
        msg_dates = f"{label or f'{a.text} to {b.text}'} is {span_text}"
        whole = from_span and _measures_whole_span(ctx, dur, a)
        if unit == "year" and not label and _whole_years_past(ctx, a, lo, hi, v):
            stated_hi = lo - 1  # "Dec. 13, 2026, to Dec. 12, 2036" is ten whole years, not nine
        if stated_lo <= hi and lo <= stated_hi:
            out.append(result(RULE, "pass", (a, b, dur), f"{msg_dates}, as stated ({dur.text})"))
        elif firm and not (from_span and stated_hi < lo and not whole):
            out.append(result(RULE, "fail", (a, b, dur), f"{msg_dates}, not {fmt(v)} {unit}s"))
        elif from_span and stated_hi < lo:
            # shorter than the span an earlier sentence states: maybe a part of it
            msg = f"{msg_dates}; {dur.text} is shorter: a part of that span, or a slip?"
            out.append(result(RULE, "warn", (a, b, dur), msg))
        else:
            msg = f"{msg_dates}, not {fmt(v)} {unit}s, if the {dur.text} run between them"
            out.append(result(RULE, "warn", (a, b, dur), msg))
    return out


# "ran March 3–26", "Sept. 2-27": a range of days in one month, one date claim.
_DAY_AFTER = re.compile(
    r"\s*(?:[–—-]|to|until|till|through)\s*([12]?\d|3[01])(?:st|nd|rd|th)?"
    r"(?=[,.;:)]|\s+(?:1[5-9]|20)\d\d\b|\s+(?:this|last|next|in|at|and|while|when|before|"
    r"after|but|with|for)\b|\s*$)"
)
# "from 3 to 26 March", "between 3 and 26 March", "3–26 March"
_DAY_BEFORE = re.compile(
    r"(?:\b(?:from|between)\s+)?(?<![\d,.])([12]?\d|3[01])(?:st|nd|rd|th)?\s*"
    r"(?:[–—-]|to|until|till|through|and)\s*$"
)


def _range_in_date(ctx: Context, dur: Claim) -> tuple[Claim, str, tuple[float, float]] | None:
    """The one day-range of the duration's sentence, read from its date's own words."""
    found = []
    for c in ctx.in_sentence(ctx.sentence_index(dur)):
        parts = parse_iso(c.value) if c.kind == "date" else None
        if not parts or parts[1] is None or parts[2] is None:
            continue
        after = _DAY_AFTER.match(ctx.text, c.end)
        before = _DAY_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
        if before and _WINDOW_BEFORE.search(ctx.text, max(0, before.start() - 60), before.start()):
            continue  # "to restart between Dec. 5 and 19": a moment in a window
        if after and not before:
            first, last = parts[2], int(after.group(1))
            label = ctx.text[c.start : after.end()]
        elif before and not after:
            first, last = int(before.group(1)), parts[2]
            label = ctx.text[before.start() : c.end]
            if re.match(r"(?:from|between)\s", label):
                label = label.split(None, 1)[1]
        else:
            continue
        if last > first:
            found.append((c, label.strip(), (float(last - first), float(last - first + 1))))
    return found[0] if len(found) == 1 else None


# "for 20 years, since 2004", "20 years since the flood of 2004", "40 years ago, in 1984":
# a span that runs to the article's own date.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_AGO_AFTER = re.compile(r"\s*ago\b", re.I)
_SINCE_TIE = re.compile(
    r"\s*,?\s*since\s+(?:(?:the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,3}", re.I
)
_SINCE_THEN = re.compile(r"\s*since(?:\s+then)?\s*[,;.]")
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|is|are|[’']s|now)\b", re.I)
# How long after its dateline an article may be printed.
_PRINT_LAG_DAYS = 31


def _span_to_now(ctx: Context, dur: Claim) -> tuple[Claim, Claim, str, tuple[float, float]] | None:
    dates = [c for c in ctx.in_sentence(ctx.sentence_index(dur)) if c.kind == "date"]
    if len(dates) != 1:
        return None
    then = dates[0]
    after = ctx.text[dur.end : dur.end + 12]
    # "Her run began on May 26 ...; in the 16 days since, she has ...": since that day
    since_then = then.end <= dur.start and bool(_SINCE_THEN.match(after))
    if not has_year(then) and not since_then:
        return None
    if since_then:
        pass  # from that day to the report
    elif _AGO_AFTER.match(after):
        gap = then.start - dur.end if then.start > dur.end else dur.start - then.end
        if gap > 25:
            return None  # "40 years ago, in 1984" is beside it; a date further off is not
    elif _SINCE_TIE.fullmatch(ctx.text, dur.end, then.start) or (
        then.end <= dur.start
        and _SINCE_BEFORE.search(ctx.before(then, 40))
        and re.fullmatch(
            r"\s*,?\s*(?:some |about |nearly |almost |more than )?", ctx.text[then.end : dur.start]
        )
    ):
        # "for 20 years, since 2004", "20 years since the flood of 2004", "since 2004, 20 years"
        sent = ctx.sentence(dur)
        if not _PRESENT_PERFECT.search(ctx.text, sent.start, sent.end):
            return None  # "had led it for 20 years, since 2004": to some past day
    else:
        return None
    line = article_date(ctx)
    if line is None or line.id == then.id:
        return None
    now = span(ctx, line)
    start = span(ctx, then, year=None if has_year(then) or now is None else now[0].year)
    if start is None or now is None or now[0] <= start[1]:
        return None
    lo = float((now[0] - start[1]).days)
    hi = float((now[1] - start[0]).days + 1 + _PRINT_LAG_DAYS)
    return then, line, f"{then.text} to the article's date ({line.text})", (lo, hi)


# A duration told of the whole span: "It lasted 17 days", "the strike took 17 days".
_WHOLE_SPAN = re.compile(r"\b(?:lasted|lasting|lasts|took|taking|spanned|spanning)\s+\S*\s*$")
_SPAN_SUBJECT = re.compile(r"\s*(?:It|This|That|They|The\s+(\w+)|Its\s+(\w+))\b")


def _measures_whole_span(ctx: Context, dur: Claim, start: Claim) -> bool:
    """ "The strike began on March 3 and ended on March 26. It lasted 17 days.": a span
    told of the same thing ("It", "The strike") that the earlier sentence dates; or "the
    17-day strike" when that sentence dates the strike."""
    dated = ctx.sentence(start)
    if _HYPHENATED_ANY.search(dur.text):
        m = _SPAN_NOUN.match(ctx.text, dur.end)
        if m is None or m.group(1) in STOP:
            return False
        same = rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+{re.escape(m.group(1))}\b"
        return re.search(same, ctx.text[dated.start : dated.end]) is not None
    if not _WHOLE_SPAN.search(ctx.before(dur, 30)):
        return False
    sent = ctx.sentence(dur)
    m = _SPAN_SUBJECT.match(ctx.text, sent.start, sent.end)
    if m is None:
        return False
    noun = m.group(1) or m.group(2)
    if noun is None:
        return ctx.sentence_index(start) == sent.index - 1
    return re.search(rf"\b{re.escape(noun)}\b", ctx.text[dated.start : dated.end], re.I) is not None


def _span_text(lo: float, hi: float, unit: str) -> str:
    u = DAYS[unit]
    if unit == "day":
        a, b = int(lo), int(hi)
        return f"{a} days ({b} counting both ends)" if b == a + 1 else f"{a}–{b} days"
    x, y = lo / u, hi / u
    if abs(y - x) < 0.05:
        return f"{x:.1f} {unit}s"
    return f"{x:.1f}–{y:.1f} {unit}s"


# "during the six-week trial, which opened on Sept. 14": a span told as past, dated only by
# its start, ended by the time of the report; a dateline that names its weekday ("on
# Thursday, Oct. 15, 2026") is a day of the week the report is written in.
_STARTED_CLAUSE = re.compile(
    r"\s*,?\s*(?:which|that)\s+(?:had\s+)?(?:opened|began|begun|started|kicked off|commenced|"
    r"got under way|opened|was launched|was opened)\s+(?:on\s+|in\s+)?$",
    re.I,
)
_WEEKDAY_LINE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s")
# News style names the weekday of a day within the past week.
_WEEKDAY_LAG_DAYS = 6


def _ended_by_the_report(ctx: Context, dur: Claim) -> list[Check] | None:
    if not _HYPHENATED_ANY.search(dur.text):
        return None
    noun = _SPAN_NOUN.match(ctx.text, dur.end)
    if noun is None or noun.group(1) in STOP:
        return None
    sent = ctx.sentence(dur)
    dates = [c for c in ctx.in_sentence(ctx.sentence_index(dur)) if c.kind == "date"]
    starts = [c for c in dates if c.start > noun.end()]
    if len(dates) != 1 or not starts:
        return None
    start = starts[0]
    if not _STARTED_CLAUSE.fullmatch(ctx.text, noun.end(), start.start):
        return None
    if _FUTURE.search(ctx.text, sent.start, sent.end) or _PRESENT_SPAN.search(
        ctx.text, sent.start, sent.end
    ):
        return None  # "the trial, which opened on Sept. 14, is expected to ...": not over
    line = article_date(ctx)
    if line is None or line.id == start.id or not _WEEKDAY_LINE.match(line.text):
        return None
    now = span(ctx, line)
    began = span(ctx, start, year=None if has_year(start) else (now[0].year if now else None))
    v, unit = numeric_value(dur), duration_unit(ctx, dur)
    if now is None or began is None or v is None or unit is None or now[0] < began[1]:
        return None
    most = (now[1] - began[0]).days + 1 + _WEEKDAY_LAG_DAYS
    if (v - 0.5) * DAYS[unit] <= most:
        return []
    told = most - _WEEKDAY_LAG_DAYS
    msg = (
        f"{start.text} to the article's date ({line.text}) is {told} days counting both ends "
        f"(at most {most} if written later that week), not {fmt(v)} {unit}s"
    )
    return [result(RULE, "fail", (start, line, dur), msg)]


_PRESENT_SPAN = re.compile(r"\b(?:is|are|continues|resumes|remains|has been|have been)\b", re.I)


# Names reporters give one span by turns: "a 16-day strike ... called off the walkout".
_SAME_SPAN = (
    frozenset({"strike", "walkout", "stoppage", "dispute"}),
    frozenset({"trial", "hearing", "hearings", "inquiry"}),
    frozenset({"outage", "blackout", "shutdown", "closure"}),
    frozenset({"siege", "standoff", "blockade", "occupation"}),
    frozenset({"search", "rescue", "operation"}),
)


def _span_names(noun: str) -> set[str]:
    out = {noun}
    for group in _SAME_SPAN:
        if noun in group:
            out |= group
    return out


def _pair_started_then_ended(ctx: Context, dur: Claim) -> tuple[Claim, Claim] | None:
    """ "ending a 16-day strike that began on Sept. 8 ... Union leaders had called off the
    walkout late on Sept. 25": the start dated in the span's own clause, the end in a later
    sentence whose end verb governs the span by its name (or another name for it)."""
    if not _HYPHENATED_ANY.search(dur.text):
        return None
    noun = _SPAN_NOUN.match(ctx.text, dur.end)
    if noun is None or noun.group(1) in STOP:
        return None
    idx = ctx.sentence_index(dur)
    here = [c for c in ctx.in_sentence(idx) if c.kind == "date"]
    starts = [c for c in here if c.start > noun.end()]
    if (
        len(here) != 1
        or not starts
        or not _STARTED_CLAUSE.fullmatch(ctx.text, noun.end(), starts[0].start)
    ):
        return None
    names = "|".join(sorted(_span_names(noun.group(1).lower())))
    told = re.compile(rf"\b(?:the|its|their|this|that)\s+(?:{names})\b", re.I)
    sents = ctx.document.sentences
    for j in range(idx + 1, min(len(sents), idx + 1 + SPAN_REACH)):
        ends = _day_dates(ctx, j)
        if len(ends) != 1:
            continue
        clause = ctx.before(ends[0], 80, clause=True)
        end = _END_WORD.search(clause)
        if end and told.search(clause, end.end()):
            return starts[0], ends[0]
    return None
