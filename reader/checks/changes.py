"""A stated change does not match its from/to figures.

"rose 20% from 100 to 150", "up 4.2 percentage points from 57.1%", "down 412,
or 1.7%, from 24,728". The endpoints are the figures after "from" and "to",
or the current figure the sentence states before the change. When one is
missing, it is looked for where the text ties it: the previous or next
sentence of the paragraph sharing a word with this one ("20% contained" /
"pushed containment to 35 percent"), or the figure the article gives for the
same subject ("Consulting brought in $740 million" / "Consulting ... rose 9%
from $620 million"). Percent and percentage points are told apart: a change
in "%" between two percentages may be either; "points" must be the difference.
"""

from __future__ import annotations

import re

from reader.checks.base import result
from reader.checks.lexicon import PHRASAL_UP_VERBS
from reader.checks.quantity import Interval, fmt, numeric_value
from reader.checks.relations import STOP, WORD, Context, EndScreened, _alternation, stem
from reader.model import Check, Claim, Status
from reader.reading import SECONDS_IN

RULE = "change_mismatch"
_UP = (
    r"rose|ris(?:e|es|en|ing)|up|increas(?:e|es|ed|ing)|gain(?:s|ed|ing)?|grew|grow(?:s|n|ing)?|"
    r"jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|surg(?:e|es|ed|ing)|added|widen(?:s|ed|ing)?|"
    r"improv(?:es|ed|ing)|improvement|soar(?:s|ed|ing)?|higher|advanc(?:es|ed|ing)|"
    r"boost(?:s|ed|ing)?"
)
_DOWN = (
    r"fell|fall(?:s|en|ing)?|down|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|"
    r"declin(?:e|es|ed|ing)|slip(?:s|ped|ping)?|shrank|shrinks?|lower|narrow(?:s|ed|ing)?|cut|"
    r"slump(?:s|ed|ing)?|lost|loss|reduction|reduced|sinks?|sank|plunge[sd]?|tumbled?s?|"
    r"slid(?:e|es|ing)?|dip(?:s|ped|ping)?|plummet(?:s|ed|ing)?|shed|trimm(?:ed|ing)|"
    r"contract(?:s|ed|ing)|cuts|cutting|lowered|reduc(?:e|es|ing)|slash(?:es|ed|ing)?"
)
_CHANGE_BEFORE_RE = re.compile(
    rf"\b(?P<dir>{_UP}|{_DOWN})\b(?:(?:\s+[\w'’.-]+){{0,9}}?\s+by)?"
    r"(?:\s+(?:an?|of|about|roughly|some|nearly|just))*\s*$",
    re.I,
)
_CHANGE_BEFORE = EndScreened(
    _CHANGE_BEFORE_RE, rf"{_UP}|{_DOWN}|by|an?|of|about|roughly|some|nearly|just"
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:percent|per cent|%|percentage points?|points?)?\s*"
    r"(?P<dir>increase|rise|raise|hike|boost|gain|jump|drop|decline|decrease|fall|reduction|"
    r"improvement|higher|lower|cut)\b",
    re.I,
)
_FROM = re.compile(
    r"\b(?:from)\s+(?:the\s+|a\s+|an\s+|its\s+|about\s+|"
    r"some\s+|roughly\s+)?$|"
    r"\bon\s+(?:last|the previous|the prior|a year earlier)\s*\w*['’]s\s+$",
    re.I,
)
_TO = re.compile(r"\bto\s+(?:a\s+|an\s+|about\s+|some\s+|roughly\s+|nearly\s+)?$", re.I)
_CHANGE_STEMS = tuple(
    " " + w
    for w in """rose rise risen up increas gain grew grow jump climb surg added widen improv
    soar higher advanc fell fall down decreas drop declin slip shrank lower narrow cut slump
    lost loss reduc doubl tripl halv rising shrink sink sank plung tumbl slid slide dip
    plummet shed trimm contract rais lift boost expand slash hike""".split()
)
_CHANGE_SCREEN = _alternation(_CHANGE_STEMS)
_ANY_CHANGE = re.compile(
    rf"\b(?:{_UP}|{_DOWN}|increase|rise|gain|jump|drop|decline|decrease|fall)", re.I
)
_DOWN_WORDS = re.compile(rf"^(?:{_DOWN})$", re.I)


_PHRASAL_UP = re.compile(
    r"\b(make|makes|made|making|take|takes|took|end|ended|sum|set|"
    r"add|adds|added|adding|account|accounts|" + PHRASAL_UP_VERBS + r")\s+up\b",
    re.I,
)


def _direction(ctx: Context, c: Claim) -> str | None:
    # "cut the list price of its insulin pen by 35%": the verb may stand nine words back
    before = ctx.before(c, 80, clause=True)
    tail = " " + before.lower()
    m = _CHANGE_BEFORE.search(before) if _CHANGE_SCREEN.search(tail) else None
    if m is not None and _PHRASAL_UP.search(before[max(0, m.start() - 12) : m.end()]):
        return None  # "make up 19.3% of": a share, not a change
    if m is None:
        m = _CHANGE_AFTER.match(ctx.text[c.end : c.end + 40])
    if m is None:
        return None
    return (
        "down"
        if _DOWN_WORDS.match(m.group("dir"))
        or m.group("dir").lower()
        in ("drop", "decline", "decrease", "fall", "reduction", "lower", "cut")
        else "up"
    )


_POINTS_AFTER = re.compile(r"^\s*(?:percentage\s+)?points?\b", re.I)


def _is_points(ctx: Context, c: Claim) -> bool:
    return (
        c.percentage_points
        or bool(_POINTS_AFTER.match(ctx.text[c.end : c.end + 25]))
        or "point" in c.text.lower()
    )


def _marked(ctx: Context, c: Claim, pattern: re.Pattern[str]) -> bool:
    # 30 characters: "on the previous year's 364" needs its "on"
    return bool(pattern.search(ctx.text[max(0, c.start - 30) : c.start]))


def _endpoint_kind(change: Claim, points: bool) -> tuple[str, ...]:
    if change.kind == "percent":
        return ("count", "money", "measure", "percent", "duration")
    return (change.kind,)


def _segment(ctx: Context, change: Claim, changes: set[str]) -> list[Claim]:
    """Claims of the sentence between the neighbouring changes."""
    same = ctx.in_sentence(ctx.sentence_index(change))
    i = same.index(change)
    lo = i
    while lo > 0 and same[lo - 1].id not in changes:
        lo -= 1
    hi = i
    while hi + 1 < len(same) and same[hi + 1].id not in changes:
        hi += 1
    # "rose 14% to 5.7 million, while ... the remaining 12.9 million, up 5% from 12.3 million":
    # the "to" or "from" right after the previous change is that change's endpoint
    while (
        lo < i
        and lo > 0
        and (
            (_marked(ctx, same[lo], _TO) or _marked(ctx, same[lo], _FROM))
            and same[lo].start - same[lo - 1].end <= 20
            and same[lo - 1].id in changes
        )
    ):
        lo += 1
    return [c for c in same[lo : hi + 1] if c.id != change.id]


_NEW_PREDICATE = re.compile(r"[\s,;]*(?:and|but|while|as)\s+(?!to\b|from\b)[a-z]+\s", re.I)


def _endpoints(
    ctx: Context, change: Claim, segment: list[Claim], kinds: tuple[str, ...]
) -> tuple[Claim | None, Claim | None]:
    cands = [c for c in segment if c.kind in kinds and numeric_value(c) is not None]
    froms = [c for c in cands if _marked(ctx, c, _FROM)]
    # "up 8% from 28,930, and offered admission to 4,860": a "to" governed by another verb
    tos = [
        c
        for c in cands
        if _marked(ctx, c, _TO) and not _NEW_PREDICATE.match(ctx.text, ctx.clause(c)[0], c.start)
    ]
    start = froms[0] if froms else None
    end = tos[0] if tos else None
    if len(froms) > 1 or len(tos) > 1:
        # "rises 16% to £10 from £8.60, and the other rate to £7.55 from £6.40, up 18%":
        # each "from" goes with its neighbouring "to" of the same kind; the change takes
        # the nearest figure, and that figure's partner if it has one.
        near = min(froms + tos, key=lambda c: _gap(change, (c, c)))
        partner = _partner(ctx, near, tos if near in froms else froms)
        start, end = (near, partner) if near in froms else (partner, near)
    if start is not None and end is not None and _elided(ctx, start, end):
        pass  # "by 8% to 54,000 tonnes, from 50,000": the earlier level in the same unit
    elif start is not None and end is not None and not _alike(start, end):
        # "profit up 18% from £349 million, as passengers rose to 21.6 million": another "to"
        end = None
    if end is None and start is not None:
        # "revenue of $4.52 billion ..., up 12% from $4.04 billion": the figure stated before
        before = [
            c
            for c in cands
            if c.start < change.start
            and c is not start
            and not _marked(ctx, c, _FROM)
            and (
                not re.match(r"^\s*(a|per|each)\b", ctx.after(c, 8))
                # "€150,000 per farm, down from €200,000", "£14.20 each way from Nov. 4, up
                # from £12.80": the earlier level is per unit too
                or _PER_UNIT_FROM.match(ctx.text, c.end, start.start) is not None
            )
            and not _restated(ctx, c, cands)
            and (c.kind == start.kind or _elided(ctx, start, c))
            and (start.kind != "measure" or c.unit == start.unit)
        ]
        if before:
            end = before[-1]
    return start, end


_PER_UNIT_FROM = re.compile(
    r"\s*(?:a|per|each)\s+\w+(?:\s+[^,;]{0,30})?\s*,?\s*(?:down|up)\s+from\s+$"
)
_BARE_FIGURE = re.compile(r"[\d.,]+(?:\s+(?:million|billion|thousand))?")


def _elided(ctx: Context, start: Claim, c: Claim) -> bool:
    """ "1.42 million service hours a year, up from 1.38 million": a bare earlier level takes
    the unit of the figure it is the earlier level of."""
    return (
        start.kind == "count"
        and c.kind in ("measure", "duration", "money")
        and _BARE_FIGURE.fullmatch(start.text) is not None
        and not ctx.subject_words(start)
    )


_RESTATED = re.compile(r"^\s*(?:\(|,\s*or\s)\s*(?:about |roughly |some |nearly )?$")


def _restated(ctx: Context, c: Claim, cands: list[Claim]) -> bool:
    """ "12.4 million tonnes (13.7 million tons)": the bracketed figure restates the first."""
    return any(
        o.end <= c.start and _RESTATED.match(ctx.text[o.end : c.start]) for o in cands if o is not c
    )


def _partner(ctx: Context, c: Claim, others: list[Claim]) -> Claim | None:
    """The other end of a "from X to Y" pair: the nearest figure of the same kind."""
    alike = [o for o in others if _alike(c, o)]
    return min(alike, key=lambda o: ctx.distance(c, o)) if alike else None


def _alike(a: Claim, b: Claim) -> bool:
    """Two figures that can be the ends of one change: one kind, currency, unit and noun."""
    if a.kind != b.kind:
        return False
    if a.kind == "money" and (a.currency or "") != (b.currency or ""):
        return False
    if a.kind == "count" and a.subject and b.subject:
        # "from 34.40 crowns ..., limited shoppers to two cartons": two things counted
        return stem(a.subject.split()[-1]) == stem(b.subject.split()[-1])
    return a.kind not in ("measure", "duration") or (a.unit or "") == (b.unit or "")


def _gap(change: Claim, pair: tuple[Claim, Claim]) -> int:
    """Characters between a change and the span of a from/to pair."""
    lo = min(pair[0].start, pair[1].start)
    hi = max(pair[0].end, pair[1].end)
    if change.end <= lo:
        return lo - change.end
    if change.start >= hi:
        return change.start - hi
    return 0


def _content(text: str) -> set[str]:
    return {stem(w) for w in WORD.findall(text) if w.lower() not in STOP and len(w) > 2}


# words that go with any figure: sharing one does not tie two sentences
_FIGURE_WORDS = {stem(w) for w in "year month percent cent million billion thousand".split()}


def _adjacent(
    ctx: Context, change: Claim, kinds: tuple[str, ...], changes: set[str], need: str
) -> list[Claim]:
    """Figures in the neighbouring sentences of the paragraph that share a word."""
    idx = ctx.sentence_index(change)
    here = _content(ctx.sentence_text(change)) - _FIGURE_WORDS
    out: list[Claim] = []
    for j in (idx - 1, idx + 1):
        if j < 0 or j >= len(ctx.document.sentences):
            continue
        sent = ctx.document.sentences[j]
        if sent.paragraph != ctx.paragraph(change):
            continue
        claims = ctx.in_sentence(j)
        if any(c.id in changes for c in claims):
            continue
        if not here & _content(ctx.text[sent.start : sent.end]):
            continue
        out.extend(c for c in claims if c.kind in kinds and numeric_value(c) is not None)
    return out


def _by_subject(ctx: Context, change: Claim, kinds: tuple[str, ...], start: Claim) -> list[Claim]:
    """The current figure for the sentence's subject stated elsewhere in the article."""
    sent = ctx.sentence(change)
    first = next(
        (w for w in WORD.findall(ctx.text[sent.start : change.start]) if w.lower() not in STOP),
        None,
    )
    if first is None:
        return []
    key = stem(first)
    out = []
    for c in ctx.near_numeric(change):
        if c.id in (change.id, start.id) or c.kind != start.kind or ctx.is_prior(c):
            continue
        if ctx.is_changeish(c) or ctx.sentence_index(c) == ctx.sentence_index(change):
            continue
        if key in ctx.topic(c) or key in {stem(w) for w in ctx.subject_words(c)}:
            out.append(c)
    return out


def _implied(
    ctx: Context, change: Claim, a: Claim, b: Claim, points: bool
) -> list[tuple[str, Interval]]:
    """The change the endpoints imply, in the unit the change is stated in."""
    ia, ib = ctx.plausible(a), ctx.plausible(b)
    if ia is None or ib is None or a.id == b.id:
        return []
    diff = ib - ia
    if change.kind == "percent":
        readings = []
        if a.kind == "percent" and b.kind == "percent":
            readings.append(("points", diff))
            if points:
                return readings
        elif points:
            return []
        rel = diff.divided_by(ia)
        if rel is not None:
            readings.append(("percent", rel.scale(100)))
        return readings
    if change.kind == a.kind == b.kind:
        return [("amount", diff)]
    return []


def _judge(ctx: Context, change: Claim, a: Claim, b: Claim, firm: bool) -> Check | None:
    points = _is_points(ctx, change)
    if any((iv := ctx.interval(c)) is None or iv.hi == float("inf") for c in (a, b)):
        return None  # "from $25 million" to "more than $600": an open end verifies nothing
    readings = _implied(ctx, change, a, b, points)
    stated = ctx.interval(change)
    if not readings or stated is None:
        return None
    if change.kind == "duration" and change.unit != a.unit:
        # "from 9.0 minutes to 8.2, an improvement of 48 seconds": one span in two units
        if change.unit not in SECONDS_IN or a.unit not in SECONDS_IN:
            return None
        stated = stated.scale(SECONDS_IN[change.unit] / SECONDS_IN[a.unit])
    direction = _direction(ctx, change)
    sign = -1 if direction == "down" else 1
    unit = {"points": " points", "percent": "%", "amount": ""}
    for name, iv in readings:
        mag = Interval(min(abs(iv.lo), abs(iv.hi)), max(abs(iv.lo), abs(iv.hi)))
        if iv.lo < 0 < iv.hi:
            mag = Interval(0.0, mag.hi)
        if mag.overlaps(stated, 1e-9):
            shown = _signed(_point(ctx, a, b, name), name)
            msg = (
                f"{_said(ctx, a)} to {_said(ctx, b)} is a change of {shown}"
                f"{unit[name]}, as stated ({change.text})"
            )
            return result(RULE, "pass", (change, a, b), msg)
    name, iv = readings[-1] if not points else readings[0]
    status: Status = "fail" if firm else "warn"
    pts = _signed(_point(ctx, a, b, "points"), "points")
    rel = _signed(_point(ctx, a, b, "percent"), "percent")
    amount = _signed(_point(ctx, a, b, name), name)
    if change.kind == "percent" and a.kind == "percent" and not points:
        msg = (
            f"{_said(ctx, a)} to {_said(ctx, b)} is {pts} points or {rel}%, not {ctx.show(change)}"
        )
    else:
        msg = (
            f"{_said(ctx, a)} to {_said(ctx, b)} is a change of {amount}{unit[name]}, "
            f"not {'−' if sign < 0 else '+'}{ctx.show(change)}"
        )
    return result(RULE, status, (change, a, b), msg)


def _said(ctx: Context, c: Claim) -> str:
    """A sum of money as written ("£11.44", "85p"), other figures as the relation layer shows."""
    if c.kind == "money" and re.search(r"\d\.\d|\dp\b", c.text):
        shown = ctx.show(c)
        qual = shown[: len(shown) - len(shown.lstrip("abcdefghijklmnopqrstuvwxyz "))]
        return qual + c.text
    return ctx.show(c)


def _signed(iv: Interval, name: str) -> str:
    x = iv.mid
    return ("+" if x >= 0 else "−") + fmt(abs(x))


def _point(ctx: Context, a: Claim, b: Claim, name: str) -> Interval:
    """The change the stated figures give, without their rounding: for the message."""
    va, vb = ctx.value(a) or 0.0, ctx.value(b) or 0.0
    if name == "percent" and va:
        return Interval.exact(100 * (vb - va) / va)
    return Interval.exact(vb - va)


_FACTOR_WORDS = re.compile(r"\b(doubl|tripl|quadrupl|halv)", re.I)


def _factor_changes(ctx: Context) -> list[Check]:
    """ "doubled from 300 to 500": the endpoints against the factor."""
    out = []
    for m in ctx.claims:
        if m.kind != "ratio" or not _FACTOR_WORDS.search(m.text):
            continue
        seg = [c for c in ctx.in_sentence(ctx.sentence_index(m)) if c.start > m.end]
        kinds = ("count", "money", "measure", "percent")
        start, end = _endpoints(ctx, m, seg, kinds)
        factor = ctx.interval(m)
        if start is None or end is None or factor is None or start.kind != end.kind:
            continue
        va, vb = ctx.value(start), ctx.value(end)
        if not va or vb is None:
            continue
        ratio = vb / va
        shown = f"{_said(ctx, start)} to {_said(ctx, end)} is ×{fmt(ratio)}"
        if factor.contains(ratio):
            out.append(result(RULE, "pass", (m, start, end), f"{shown}, as stated ({m.text})"))
        else:
            out.append(result(RULE, "fail", (m, start, end), f"{shown}, not {m.text}"))
    return out


_RATE_AFTER = re.compile(r"^\s*(a|per|each)\s")


def check(ctx: Context) -> list[Check]:
    changes = [
        c
        for c in ctx.numeric
        if c.kind in ("percent", "count", "money", "measure", "duration")
        and ctx.sentence_mentions(c, _CHANGE_STEMS)
        and _direction(ctx, c) is not None
        and not _RATE_AFTER.match(ctx.after(c, 8))
    ]
    change_ids = {c.id for c in changes}
    out: list[Check] = []
    for change in changes:
        kinds = _endpoint_kind(change, _is_points(ctx, change))
        seg = _segment(ctx, change, change_ids)
        start, end = _endpoints(ctx, change, seg, kinds)
        if start and end and _in_another_clause(ctx, change, start, end):
            continue
        if start and end:
            check = _judge(ctx, change, start, end, firm=True)
        else:
            check = _across(ctx, change, kinds, change_ids, start, end)
        if check is not None:
            out.append(check)
    out.extend(_factor_changes(ctx))
    out.extend(_comparisons(ctx, {k.claims[0] for k in out if k.claims}))
    return out


# "earns €412,000, 15% more than the €365,000 paid last year": a figure compared with
# another by a share, with no verb of change.
_MORE_THAN = re.compile(
    r"\s*(?:more|higher|greater|bigger|larger|above|less|lower|fewer|smaller|below)\s+"
    r"than\s+(?:the\s+|its\s+|their\s+|last\s+year[’']s\s+|a\s+year\s+earlier[’']s\s+)?"
    r"(?:about\s+|some\s+|roughly\s+)?$",
    re.I,
)
_APPOSED = re.compile(r"^[^.;:\d]{0,40},\s*(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$")


def _comparisons(ctx: Context, done: set[str]) -> list[Check]:
    out: list[Check] = []
    for share in ctx.numeric:
        if share.kind != "percent" or share.id in done or share.percentage_points:
            continue
        after = [c for c in ctx.in_sentence(ctx.sentence_index(share)) if c.start > share.end]
        if not after or not _MORE_THAN.fullmatch(ctx.text, share.end, after[0].start):
            continue
        base = after[0]
        before = [
            c
            for c in ctx.in_sentence(ctx.sentence_index(share))
            if c.end <= share.start and _alike(c, base)
        ]
        if not before or not _APPOSED.match(ctx.text[before[-1].end : share.start]):
            continue
        now = before[-1]
        ia, ib, p = ctx.plausible(base), ctx.plausible(now), ctx.interval(share)
        if ia is None or ib is None or p is None or ia.lo <= 0 or p.hi == float("inf"):
            continue
        rel = (ib - ia).divided_by(ia)
        if rel is None:
            continue
        word = ctx.text[share.end : after[0].start].split()[0].lower()
        sign = -1 if word in ("less", "lower", "fewer", "smaller", "below") else 1
        stated = p.scale(sign / 100)
        va, vb = ctx.value(base) or 0.0, ctx.value(now) or 0.0
        diff = 100 * (vb - va) / va
        head = f"{ctx.show(now)} is {fmt(abs(diff))}% {'more' if diff >= 0 else 'less'} than "
        head += ctx.show(base)
        status: Status = "pass" if rel.overlaps(stated) else "fail"
        tail = "as stated" if status == "pass" else "not"
        msg = f"{head}, {tail} {share.text} {word}"
        out.append(result(RULE, status, (share, now, base), msg))
    return out


_OTHER_CLAUSE = re.compile(r"(?:,\s*and|;|\bwhile\b|\bbut\b|\bwhereas\b)\s+[a-z]+\s+[a-z]+", re.I)


def _in_another_clause(ctx: Context, change: Claim, start: Claim, end: Claim) -> bool:
    """ "fell to 8,300 tonnes from 9,100, and scientists have recommended a 10% cut in the
    quota": a change after a new clause with its own subject is another thing's."""
    last = max(start.end, end.end)
    return last <= change.start and bool(_OTHER_CLAUSE.search(ctx.text, last, change.start))


def _across(
    ctx: Context,
    change: Claim,
    kinds: tuple[str, ...],
    change_ids: set[str],
    start: Claim | None,
    end: Claim | None,
) -> Check | None:
    near = _adjacent(ctx, change, kinds, change_ids, "start" if end else "end")
    if start is None and end is None:
        # "prices fell 3.1%" / next sentence: "now sells for £480,200, down from £486,500"
        froms = [c for c in near if _marked(ctx, c, _FROM)]
        if len(froms) != 1:
            return None
        a = froms[0]
        same = [
            c
            for c in ctx.in_sentence(ctx.sentence_index(a))
            if c.kind == a.kind and c.id != a.id and not _marked(ctx, c, _FROM)
        ]
        if len(same) != 1:
            return None
        # "brought in $2.54 billion, down 18%": a figure of the change's own clause is what
        # changed, so the neighbouring sentence's pair is only a guess.
        own = any(
            c.kind == a.kind and 0 <= change.start - c.end <= 25
            for c in ctx.in_sentence(ctx.sentence_index(change))
        )
        return _judge(ctx, change, a, same[0], firm=not own)
    if end is not None and start is None:
        cands = [c for c in near if c.start < end.start and c.kind == end.kind]
        return _best(ctx, change, cands, fixed=end, fixed_is_end=True)
    assert start is not None
    cands = [c for c in near if c.kind == start.kind and not _marked(ctx, c, _FROM)]
    if cands:
        return _best(ctx, change, cands, fixed=start, fixed_is_end=False)
    # A figure found by the sentence's first word alone is a guess; one that moves the other
    # way from the stated change ("up 2.9%" from 1.38 million to 31) is another thing's.
    way = _direction(ctx, change)
    far = [
        c
        for c in _by_subject(ctx, change, kinds, start)
        if (ctx.value(c) or 0) != (ctx.value(start) or 0)
        and ((ctx.value(c) or 0) > (ctx.value(start) or 0)) == (way == "up")
    ]
    return _best(ctx, change, far, fixed=start, fixed_is_end=False)


def _best(
    ctx: Context, change: Claim, cands: list[Claim], fixed: Claim, fixed_is_end: bool
) -> Check | None:
    checks = []
    for c in cands:
        a, b = (c, fixed) if fixed_is_end else (fixed, c)
        k = _judge(ctx, change, a, b, firm=len(cands) == 1)
        if k is not None:
            if k.status == "pass":
                return k
            checks.append(k)
    return checks[0] if len(checks) == 1 else None
