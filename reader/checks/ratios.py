"""A ratio or multiple does not match its figures.

"costs 9.8 times average earnings of £35,600", "twice as common (8.2% vs
4.1%)", "a 2-to-1 ratio: 2,275 ... and 1,137", "47,000 now shelter, more than
twice its capacity" (built for 20,000), "86 percent — almost nine in 10". The
base is the figure after the multiple; the compared figure is the one before
it in the sentence, or, when the sentence has none, the figure elsewhere whose
sentence shares the most words with this one (a place name counts double).
"one in four of the wins ... 17 blowouts" is a share, checked with shares.

A ratio between named groups ("half as many boys as girls", "women outnumber
men two to one", "the ratio of nurses to doctors") finds each side's count by
its noun; a side left unstated is bounded by its whole less the other side.
"a third more than" is 4/3; "more than three times" is a floor.
"""

from __future__ import annotations

import re

from reader.checks.base import result
from reader.checks.conversion import unit_of
from reader.checks.quantity import Interval, fmt
from reader.checks.relations import STOP, WORD, Context, stem
from reader.model import Check, Claim, Status

RULE = "ratio_mismatch"
_MULTIPLE_AFTER = re.compile(
    r"^\s*(?:times\s+)?(?:(?:the|as|more|higher|larger|bigger|greater|its|their|his|her|what|"
    r"that)\b|(?:last\s+|this\s+|next\s+)?[A-Za-z]+['’]s?\s)",
    re.I,
)
_ELIDED = re.compile(
    r"\s*(?:times\s+)?as\s+(?:many|much|[a-z]+)(?:\s+[a-z]+)?\s*(?:[,;.)—–]|$)(?!\s*\d)"
    r"(?!\s*(?:or|about|some|nearly|almost|roughly|more than)\s+\d)",
    re.I,
)
_RESULT_APPOSED = re.compile(
    r"^\s*(?:times\s+)?as\s+(?:many|much)(?:\s+[a-z]+)?\s*(?:,|—|–|\()\s*"
    r"(?:or\s+|about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?$",
    re.I,
)
# "X a year, three times ...": only a short tail of X's own clause stands between;
# "The bridge, at 1,200 metres, is twice as long as ...": X in apposition to the subject
_APPOSED = re.compile(
    r"^[^,;.]{0,25},\s*(?:(?:is|was|are|were|will be|would be|has been|had been)\s+"
    r"(?:now\s+|still\s+)?)?(?:or |about |some |roughly |nearly |almost |more than |over )?$"
)
_APPOSED_LONG = re.compile(
    r"^[^,;.]{0,80},\s*(?:or |about |some |roughly |nearly |almost |more than )?$"
)
_VS = re.compile(r"^\s*(?:vs\.?|versus|compared with|against|to)\s*$", re.I)
# "outnumber", "outsold", "outspending": the figure before the verb is the larger one
_OUT_VERB = re.compile(
    r"^[^.;:]{0,60}\bout(?:number|sell|sold|spen[dt]|vot|earn|scor|pac|weigh)[a-z]*\b"
    r"[^.;:]{0,40}$",
    re.I,
)
FAMILY = {"count": "n", "money": "m", "percent": "p", "measure": "u", "ratio": "r"}


_IN_WORD = re.compile(r"\bin\b")
_TO_OR_COLON = re.compile(r"\bto\b|\d\s*:\s*\d")
_CHANGED_BY = re.compile(r"\b(doubled|tripled|halved|quadrupled)\b", re.I)


def _is_multiple(ctx: Context, c: Claim) -> bool:
    v = ctx.value(c)
    if c.kind != "ratio" or v is None or v <= 0 or _IN_WORD.search(c.text):
        return False
    if "-to-" in c.text or _TO_OR_COLON.search(c.text):
        return True
    if _CHANGED_BY.search(c.text):
        return False  # a change with no figures of its own here
    after = ctx.text[c.end : c.end + 20]
    if re.search(r"\btimes\b", c.text + after[:7], re.I):
        # "9.8 times average earnings"; "three times a week" is a frequency
        return not re.match(
            r"^\s*(?:times\s+)?(a|an|per|each|every|in|over|during|since|this|"
            r"that(?!\s+(?:of|figure|amount|sum|number|level|size|total|price|cost)\b)|"
            r"last|daily|weekly|yearly)\b",
            after,
            re.I,
        )
    if v < 1 and re.match(r"^\s+\w+\s+than\b", after):
        # "a third more than", "a quarter fewer than": a multiple of 1 plus or minus it
        return bool(_MORE_AFTER.match(after) or _LESS_AFTER.match(after))
    return bool(_MULTIPLE_AFTER.match(after))


def _figures(ctx: Context, c: Claim) -> list[Claim]:
    figs = [
        x
        for x in ctx.in_sentence(ctx.sentence_index(c))
        if x.id != c.id
        and x.kind in ("count", "money", "percent", "measure")
        and ctx.value(x) is not None
        and not x.vague
    ]
    # "64 hectares (158 acres)": the bracketed conversion restates the figure before it
    return [
        x
        for i, x in enumerate(figs)
        if not (
            i
            and x.kind == figs[i - 1].kind == "measure"
            and _BRACKETED.fullmatch(ctx.text, figs[i - 1].end, x.start)
        )
    ]


_BRACKETED = re.compile(r"\s*\(\s*")


def _words(text: str) -> set[str]:
    return {stem(w) for w in WORD.findall(text) if w.lower() not in STOP and len(w) > 2}


def _score(mine: set[str], proper: set[str], ctx: Context, cand: Claim) -> int:
    shared = mine & ctx.content(cand)
    return len(shared) + len(shared & proper)


def _ratio_of(ctx: Context, x: Claim, y: Claim) -> float | None:
    vx, vy = ctx.value(x), ctx.value(y)
    if vx is None or not vy:
        return None
    return vx / vy


_MORE_AFTER = re.compile(
    r"^\s+(?:more|higher|larger|bigger|greater|longer|heavier|taller|wider|up)\b", re.I
)
_LESS_AFTER = re.compile(
    r"^\s+(?:less|fewer|lower|smaller|cheaper|shorter|lighter|narrower|down)\b", re.I
)


def stated_multiple(ctx: Context, m: Claim) -> Interval | None:
    """The multiple a ratio states: "a third more than" is 4/3 of the base, "a quarter fewer"
    3/4 of it; "three times more than" is read by some as 3 and by others as 4."""
    iv = ctx.interval(m)
    v = ctx.value(m)
    if iv is None or v is None:
        return iv
    after = ctx.text[m.end : m.end + 20]
    if iv.hi == float("inf") and v >= 1 and re.search(r"\btimes\b|twice|double|triple", m.text):
        # "more than three times" claims at least three: a writer who had 2.7 would say
        # "nearly three times"; the loose rounding of a worded multiple is no floor here
        iv = Interval(v * 0.98, iv.hi)
    if v < 1 and _MORE_AFTER.match(after):
        return Interval(1 + iv.lo, 1 + iv.hi)
    if v < 1 and _LESS_AFTER.match(after):
        return Interval(max(0.0, 1 - iv.hi), 1 - iv.lo)
    if (
        v >= 1
        and re.search(r"\btimes\b", m.text + after[:7])
        and _MORE_AFTER.match(re.sub(r"^\s*times\b", "", after))
    ):
        return Interval(iv.lo, iv.hi + 1)
    return iv


def _per_unit(ctx: Context, c: Claim) -> bool:
    """ "an average of $80 each", "$12 per ticket": a figure for one unit, not a total."""
    return bool(
        re.match(r"^\s*(?:each|apiece|a head|per\b|a person|an? (?:item|unit)\b)", ctx.after(c, 15))
        or re.search(
            r"\ban\s+(?:average|mean)\s+of\s+(?:about |roughly |some |around |nearly )?$",
            ctx.before(c, 40),
        )
    )


def _judge(ctx: Context, m: Claim, x: Claim, y: Claim, status: Status) -> Check | None:
    iv = stated_multiple(ctx, m)
    r = _ratio_of(ctx, x, y)
    if iv is None or r is None:
        return None
    ix, iy = ctx.plausible(x), ctx.plausible(y)
    possible = ix.divided_by(iy) if ix and iy else None
    ok = iv.overlaps(possible) if possible else iv.contains(r)
    head = f"{ctx.show(x)} / {ctx.show(y)} = {fmt(r)}"
    said = _said(ctx, m)
    if ok:
        if possible is not None and (possible.hi == float("inf") or possible.lo <= 0):
            return None  # "at least 5 / 24": an open figure verifies no multiple
        return result(RULE, "pass", (m, x, y), f"{head}, as stated ({said})")
    return result(RULE, status, (m, x, y), f"{head}, not {said} ({fmt(iv.lo)}{_upto(iv)})")


def _said(ctx: Context, m: Claim) -> str:
    """The multiple as written, with the comparative a fraction needs ("a third more")."""
    more = re.match(r"\s+\w+", ctx.text[m.end : m.end + 20])
    fraction = (ctx.value(m) or 0) < 1
    if more and fraction and (_MORE_AFTER.match(more.group()) or _LESS_AFTER.match(more.group())):
        return m.text + more.group()
    return m.text


def _upto(iv: Interval) -> str:
    if iv.hi == float("inf"):
        return " or more"
    return "" if iv.hi - iv.lo < 0.05 * max(abs(iv.lo), 1e-9) else f"–{fmt(iv.hi)}"


def _elsewhere(ctx: Context, m: Claim, y: Claim, y_is_result: bool = False) -> Check | None:
    """The other figure of the multiple, from the sentence that shares most words with it.
    y is the base ("twice last year's 20,000"), or with y_is_result the outcome ("drew twice
    as many, 40,000", against a base stated before)."""

    def judge(c: Claim, status: Status) -> Check | None:
        return _judge(ctx, m, y, c, status) if y_is_result else _judge(ctx, m, c, y, status)

    sent = ctx.sentence(m)
    here = ctx.text[sent.start : m.start]
    mine = _words(here)
    proper = {stem(w) for w in re.findall(r"(?<=\s)[A-Z][a-z]+", " " + here)}
    cands = [
        c
        for c in ctx.near_numeric(m)
        if c.kind == y.kind
        and c.id != y.id
        and not c.vague
        and ctx.sentence_index(c) != ctx.sentence_index(m)
        and (not y_is_result or c.start < m.start)  # an outcome's base was stated before
        and (y.kind != "money" or (c.currency or "") == (y.currency or ""))
        and _score(mine, proper, ctx, c) >= 2
        and not ctx.is_prior(c)
        and not ctx.is_change_amount(c)
        and (y.kind != "measure" or unit_of(ctx, c) == unit_of(ctx, y))
    ]
    scored = sorted(((_score(mine, proper, ctx, c), c) for c in cands), key=lambda t: -t[0])
    scored = [t for t in scored if t[0] >= 2]
    if not scored:
        return None
    for _, c in scored:
        k = judge(c, "fail")
        if k is not None and k.status == "pass" and _score(mine, proper, ctx, c) == scored[0][0]:
            return k
    top = [c for s, c in scored if s == scored[0][0]]
    if len(top) != 1:
        return None
    return judge(top[0], "fail" if scored[0][0] >= 3 else "warn")


# The two sides of a ratio named by nouns: "three times as many A as B", "half as much A as
# B", "A outnumber B (in X) by two to one"
_NP = r"(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*"
_NP_END = r"(?=\s*(?:$|[,;.:)—–]|\s(?:in|at|on|by|from|across|among|last|this|a|an|the|and|or|"
_NP_END += r"now|still|during|over|before|after|since|to|for|with)\b))"
_AS_MANY = re.compile(
    rf"^\s*(?:times\s+)?as\s+(?:many|much)\s+(?P<a>{_NP})\s+as\s+"
    rf"(?:there\s+(?:are|were|is|was)\s+|(?:the|its|their)\s+)?(?P<b>{_NP}){_NP_END}",
)
_OUTNUMBER = re.compile(
    rf"(?P<a>{_NP})(?:\s*,\s*(?:which|who)|\s+(?:now|still|already|easily|far))?\s+"
    rf"outnumber(?:s|ed)?\s+(?:the\s+)?(?P<b>{_NP}){_NP_END}[^.;:]{{0,40}}$",
    re.I,
)
# "the ratio of nurses to doctors is four to one", "a nurse-to-doctor ratio of 4 to 1"
_RATIO_OF = re.compile(
    rf"(?:\bratio\s+of\s+(?P<a>{_NP})\s+to\s+(?P<b>{_NP})|"
    r"\b(?P<a2>[a-z]+)-to-(?P<b2>[a-z]+)\s+ratio)"
    r"\s+(?:is|was|stands\s+at|stood\s+at|reached|of|at)?\s*"
    r"(?:about |roughly |nearly |almost |some )?$",
    re.I,
)
_LABELLED_PAIR = re.compile(
    r"^\s*(?:[a-z]+\s+){1,2}(?:and|to|against|versus|vs\.?)\s+(?:the\s+)?$", re.I
)
_COPULA = frozenset("were are was is had have of the".split())


def _sides(ctx: Context, m: Claim) -> tuple[list[str], list[str]] | None:
    sent = ctx.sentence(m)
    after = ctx.text[m.end : sent.end]
    before = ctx.text[sent.start : m.start]
    k = _AS_MANY.match(after)
    if k:
        return k["a"].lower().split(), k["b"].lower().split()
    if not re.search(r"-to-|\bto\b", m.text):
        return None
    k = _OUTNUMBER.search(before)
    if k:
        return k["a"].lower().split(), k["b"].lower().split()
    k = _RATIO_OF.search(before)
    if k:
        a, b = k["a"] or k["a2"], k["b"] or k["b2"]
        return a.lower().split(), b.lower().split()
    return None


def _counted(ctx: Context, c: Claim) -> list[str]:
    """The words a count is followed by, past a copula: "56 were white rhinos" -> white rhinos."""
    words = ctx.words_after(c, 6, clause=True)
    while words and words[0] in _COPULA:
        words = words[1:]
    return [stem(w) for w in words[:3]]


def _counts_of(ctx: Context, m: Claim, np: list[str]) -> list[Claim]:
    """The counts in this sentence, the three before it or the next (same paragraph) that
    count np."""
    want = [stem(w) for w in np if w.lower() not in STOP]
    if not want:
        return []
    i = ctx.sentence_index(m)
    para = ctx.paragraph(m)
    found = []
    for j in range(max(0, i - 3), min(i + 2, len(ctx.document.sentences))):
        for c in ctx.in_sentence(j):
            if c.kind != "count" or c.vague or ctx.paragraph(c) != para or ctx.value(c) is None:
                continue
            got = _counted(ctx, c)
            if got and got[0] in want and all(w in got for w in want):
                found.append(c)
    return found


def _named(ctx: Context, m: Claim) -> Check | None:
    """A ratio between two groups the text names: their counts are found by the nouns."""
    sides = _sides(ctx, m)
    if sides is None:
        return None
    a_np, b_np = sides
    if a_np == b_np:
        return None
    xa, xb = _counts_of(ctx, m, a_np), _counts_of(ctx, m, b_np)
    va, vb = {ctx.value(c) for c in xa}, {ctx.value(c) for c in xb}
    if len(va) == 1 and len(vb) == 1:
        if ctx.fronted_whole(xa[-1]) is xb[-1] or ctx.fronted_whole(xb[-1]) is xa[-1]:
            return None  # "Of the 90 dogs, 30 were puppies. Dogs outnumber puppies": the whole
        near = all(ctx.sentence_index(c) == ctx.sentence_index(m) for c in (xa[-1], xb[-1]))
        return _judge(ctx, m, xa[-1], xb[-1], "fail" if near or len(a_np) > 1 else "warn")
    if len(va) + len(vb) == 1:
        unknown = b_np if xa else a_np
        return _bounded_by_whole(ctx, m, xa[-1] if xa else None, xb[-1] if xb else None, unknown)
    return None


def _bounded_by_whole(
    ctx: Context, m: Claim, a: Claim | None, b: Claim | None, unknown: list[str]
) -> Check | None:
    """ "Of the 168 rhinos, 56 were white. Black rhinos outnumber white rhinos three to one":
    the unstated side is at most the whole less the stated one, so the ratio has a ceiling
    (or a floor) whatever other kinds the whole holds. The unstated side must be named as a
    kind of the whole ("black rhinos", "adult dogs"), not as the whole or another group."""
    known = a or b
    assert known is not None
    whole = ctx.fronted_whole(known)
    if whole is None or len(unknown) < 2 or stem(unknown[-1]) != ctx.subject_head(whole):
        return None
    iv, ik = stated_multiple(ctx, m), ctx.plausible(known)
    iw = ctx.plausible(whole) if whole is not None else None
    if whole is None or iv is None or ik is None or iw is None:
        return None
    room = iw.hi - ik.lo  # the most the other side can be
    if room <= 0:
        return None
    k, w = ctx.show(known), ctx.show(whole)
    left = (ctx.value(whole) or 0) - (ctx.value(known) or 0)
    if b is not None:
        top = room / ik.lo  # a / b can be at most this
        shown = left / (ctx.value(known) or 1)
        msg = f"at most {w} − {k} = {fmt(left)} against {k}, a ratio of at most {fmt(shown)}"
        ok = iv.lo <= top * 1.02
    else:
        top = ik.hi / room  # a / b is at least this
        shown = (ctx.value(known) or 0) / left if left > 0 else float("inf")
        msg = f"{k} against at most {w} − {k} = {fmt(left)}, a ratio of at least {fmt(shown)}"
        ok = iv.hi >= top / 1.02
    said = _said(ctx, m)
    if ok:
        return result(RULE, "pass", (m, known, whole), f"{msg}, room for {said}")
    return result(RULE, "fail", (m, known, whole), f"{msg}, not {said} ({fmt(iv.lo)})")


_THAT_FIGURE = re.compile(
    r"\s+(?:times\s+)?(?:that|this)\s+(?:figure|amount|sum|number|total|level|price|cost)\b"
)
_CLAUSE_BREAK = re.compile(r"[;]|,\s*(?:and|but|while|whereas)\b|,[^,]*,")


def _multiple(ctx: Context, m: Claim) -> Check | None:
    named = _named(ctx, m)
    if named is not None:
        return named
    figs = _figures(ctx, m)
    after = [f for f in figs if f.start > m.end]
    before = [f for f in figs if f.end <= m.start]
    if after and not _per_unit(ctx, after[0]):
        # "gave $1.46 million, an average of $80 each and three times the $540,000": a figure
        # for one unit stands beside the total, it is not the multiple's own figure
        whole = [f for f in before if not _per_unit(ctx, f)]
        if len(whole) < len(before):
            k = _past_per_unit(ctx, m, before, whole, after[0])
            if k is not None:
                return k
            before = whole
    if len(after) >= 2 and (
        "-to-" in m.text
        or _VS.match(ctx.text[after[0].end : after[1].start])
        or re.match(r"^\s*(?:and)\s*$", ctx.text[after[0].end : after[1].start])
    ):
        if after[0].kind == after[1].kind:
            return _judge(ctx, m, after[0], after[1], "fail")
    if len(after) >= 2 and _LABELLED_PAIR.match(ctx.text[after[0].end : after[1].start]):
        # "by two to one, with 6,000 for and 3,000 against": a margin of the larger to the
        # smaller, whichever the text gives first
        x, y = after[0], after[1]
        if x.kind == y.kind and re.search(r"\bto\s+(?:one|1)\b|-to-(?:one|1)\b", m.text):
            vx, vy = ctx.value(x) or 0, ctx.value(y) or 0
            return _judge(ctx, m, *((x, y) if vx >= vy else (y, x)), "fail")
    if _ELIDED.match(ctx.text, m.end):
        # "pay $38,900, more than three times as much, and ...": the base was stated before;
        # a figure later in the sentence belongs to another clause
        if not before or not _APPOSED.search(ctx.text[before[-1].end : m.start]):
            return None
        x = before[-1]
        bases = [f for f in before[:-1] if FAMILY[f.kind] == FAMILY[x.kind]]
        if bases:
            # "domestic students pay 6,400, while others pay 21,500, three times as much"
            return _judge(ctx, m, x, bases[-1], "fail")
        return _elsewhere(ctx, m, x, y_is_result=True)
    if after and _RESULT_APPOSED.match(ctx.text[m.end : after[0].start]):
        # "This year it drew twice as many, 40,000": the figure after is the outcome
        return _elsewhere(ctx, m, after[0], y_is_result=True)
    if not after and before and _THAT_FIGURE.match(ctx.text, m.end):
        # "made a profit of £96 million. At £1.15 billion, the buyer is paying nine times that
        # figure": the one figure of its kind the sentence before told
        x = before[-1]
        idx = ctx.sentence_index(m)
        told = [
            f
            for f in (ctx.in_sentence(idx - 1) if idx else [])
            if FAMILY.get(f.kind) == FAMILY.get(x.kind) and not f.vague
        ]
        if len(told) == 1 and (x.kind != "money" or x.currency == told[0].currency):
            return _judge(ctx, m, x, told[0], "fail")
    if after and _CLAUSE_BREAK.search(ctx.text, m.end, after[0].start):
        # "3.2 metres, more than double the county average, and ... lost 10 metres": the base
        # is named, not stated; the next figure belongs to another clause
        after = []
    if after:
        y = after[0]
        a, _ = ctx.clause(m)
        xs = [f for f in before if FAMILY[f.kind] == FAMILY[y.kind] and f.start >= a]
        # "64 hectares (158 acres), nearly four times the 17 hectares": the figure in y's unit
        xs = [f for f in xs if f.unit == y.unit] or xs
        if xs:
            return _judge(ctx, m, xs[-1], y, "fail")
        if (
            before
            and FAMILY[before[-1].kind] == FAMILY[y.kind]
            and _APPOSED.search(ctx.text[before[-1].end : m.start])
        ):
            # "3,000 tonnes a year, three times the 1,000 tonnes": the multiple is in apposition
            return _judge(ctx, m, before[-1], y, "fail")
        if (
            before
            and FAMILY[before[-1].kind] == FAMILY[y.kind]
            and _APPOSED_LONG.search(ctx.text[before[-1].end : m.start])
        ):
            # "7,350 patients had been waiting for more than a year, nearly double the 3,800":
            # the clause's own figure, though its tail is long; a misfit is only worth a look
            return _judge(ctx, m, before[-1], y, "warn")
        own = [f for f in before if FAMILY[f.kind] == FAMILY[y.kind]]
        if own:
            # "counted 18,420 salmon ..., the highest since 1968 and more than double last
            # year's 8,970": the sentence's own figure, though another clause intervenes
            return _judge(ctx, m, own[-1], y, "warn")
        return _elsewhere(ctx, m, y)
    heads = {ctx.subject_head(f) for f in before}
    pair = before[-2:]
    if (
        len(pair) == 2
        and pair[0].kind == pair[1].kind
        and re.search(r"-to-|\bto\b", m.text)
        and _OUT_VERB.search(ctx.text[pair[0].end : pair[1].start])
        # "... by three to one" right after the second figure, in the same clause
        and re.fullmatch(r"[^,;.()]{0,30}", ctx.text[pair[1].end : m.start])
    ):
        # "X's 22 staff outnumber Y's 7 by three to one": the verb names which is larger
        return _judge(ctx, m, pair[0], pair[1], "fail")
    if (
        len(before) == 2
        and before[0].kind == before[1].kind
        and re.search(r"-to-|\bto\b|\d\s*:\s*\d", m.text)
    ):
        # "won 30 and lost 15, a 2-to-1 ratio": the figures in the order the ratio names them
        k = _judge(ctx, m, before[0], before[1], "warn")
        if k is None or k.status == "pass":
            return k
        other = _judge(ctx, m, before[1], before[0], "warn")
        return other if other is not None and other.status == "pass" else k
    if (
        len(before) == 2
        and before[0].kind == before[1].kind
        and (None in heads or len(heads) == 1)
        and not _one_quantity(ctx, before[0], before[1])
    ):
        # "built for 20,000 people, about 47,000 now shelter, more than twice its capacity"
        return _judge(ctx, m, before[1], before[0], "warn")
    return None


def _one_quantity(ctx: Context, a: Claim, b: Claim) -> bool:
    """ "a 92,000-square-foot (8,500-square-metre) warehouse": one measure in two units."""
    if a.kind != "measure":
        return False
    return unit_of(ctx, a) != unit_of(ctx, b) or bool(
        re.fullmatch(r"\s*(?:\(|,\s*or\b)\s*(?:about |roughly |some )?", ctx.text[a.end : b.start])
    )


def _past_per_unit(
    ctx: Context, m: Claim, before: list[Claim], whole: list[Claim], y: Claim
) -> Check | None:
    """The total a chain of appositions hangs on: "X in total, an average of Y each and more
    than three times Z" compares X with Z, when only per-unit figures stand between."""
    if not whole or FAMILY[whole[-1].kind] != FAMILY[y.kind]:
        return None
    x = whole[-1]
    skipped = [f for f in before if f.start > x.end]
    gap = ctx.text[x.end : m.start]
    if not skipped or re.search(r"[;:.()—–]", gap) or len(gap) > 120:
        return None
    tail = ctx.text[skipped[-1].end : m.start]
    if not re.fullmatch(
        r"\s*(?:each|apiece|a head|a person|per \w+)?\s*,?\s*(?:and|,)\s*"
        r"(?:(?:more|less) than|about|nearly|almost|roughly|some|over|under|just)?\s*",
        tail,
    ):
        return None
    return _judge(ctx, m, x, y, "fail")


def _apposed_share(ctx: Context, m: Claim) -> Check | None:
    """ "86 percent of new arrivals — almost nine in 10": the share against the ratio."""
    if m.kind != "ratio" or not _IN_WORD.search(m.text):
        return None
    figs = [f for f in _figures(ctx, m) if f.end <= m.start and f.kind == "percent"]
    after = [f for f in _figures(ctx, m) if f.start >= m.end and f.kind == "percent"]
    if figs and re.search(
        r"(—|–|\(|,)\s*(?:almost|nearly|about|roughly|some)?\s*$", ctx.text[figs[-1].end : m.start]
    ):
        p = figs[-1]
    elif after and re.fullmatch(
        r"[^,;.()]{0,25}(?:,|\(|—|–)\s*(?:or\s+)?", ctx.text[m.end : after[0].start]
    ):
        p = after[0]  # "some 9 in 10 residents, 88%, voted yes"
    else:
        return None
    iv, ip = ctx.interval(m), ctx.interval(p)
    if iv is None or ip is None:
        return None
    share = ip.scale(0.01)
    ok = iv.overlaps(Interval(share.lo, share.hi), 0.005)
    msg = f"{ctx.show(p)} is {fmt((ctx.value(p) or 0) / 100)}"
    if ok:
        return result(RULE, "pass", (m, p), f"{msg}, about {m.text}")
    return result(RULE, "fail", (m, p), f"{msg}, not {m.text} ({fmt(ctx.value(m) or 0)})")


_ONE_FOR_EVERY = re.compile(r"(?:one|a single)\b.*\bevery\b", re.I)
_OR_APPOSED = re.compile(r",\s*or\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$")


def _one_for_every(ctx: Context, m: Claim) -> Check | None:
    """ "154 officers for its 1,386 prisoners, or one officer for every 12 men": the rate
    restates the two counts just before it."""
    if not _OR_APPOSED.search(ctx.before(m, 20)):
        return None
    counts = [
        c
        for c in ctx.in_sentence(ctx.sentence_index(m))
        if c.end <= m.start and c.kind == "count" and not c.vague and ctx.value(c)
    ]
    if len(counts) == 1:
        return _every_of_population(ctx, m, counts[0])
    if len(counts) < 2:
        return None
    a, b = counts[-2], counts[-1]
    small, big = (a, b) if (ctx.value(a) or 0) <= (ctx.value(b) or 0) else (b, a)
    return _judge(ctx, m, small, big, "fail")


# "one for every 3.8 prisoners": the rate as written (its decimals give its rounding)
_EVERY_K = re.compile(r"(?:one|a single)\b[^.\d]{0,40}?\bevery\s+(\d[\d,]*(?:\.\d+)?)\s+([a-z]+)")
_PURPOSE = re.compile(r"\b(?:to|for|of)\s+(?:[a-z]+\s+){0,1}$|\bcapacity\b", re.I)


def _every_of_population(ctx: Context, m: Claim, staff: Claim) -> Check | None:
    """ "employs 4,210 officers, or one for every 3.8 prisoners", the prisoners counted
    elsewhere: the population is the article's largest count of that noun (its subsets are
    smaller), not a capacity ("built to hold"). Firm when that count opens the story."""
    every = _EVERY_K.match(ctx.text, m.start, m.end + 40)
    if every is None:
        return None
    k, noun = float(every.group(1).replace(",", "")), every.group(2).lower()
    base = re.sub(r"(?:ers|ees|ors|s)$", "", noun)
    if k <= 1 or len(base) < 3:
        return None
    idx = ctx.sentence_index(m)
    cands = []
    for c in ctx.numeric:
        if c.kind != "count" or c.vague or c.bound != "exact" or ctx.sentence_index(c) == idx:
            continue
        if ctx.is_prior(c) or ctx.is_changeish(c) or _PURPOSE.search(ctx.before(c, 20)):
            continue
        words = [stem(w.lower()) for w in ctx.subject_words(c)]
        if stem(noun) in words:
            cands.append(c)
        elif not re.match(
            rf"\s+(?:[a-z\-]+\s+)?{base}", ctx.text[c.end : c.end + 40]
        ) and re.search(
            rf"\b(?:people|persons|number)\b[^.;]*\b{base}", ctx.clause_text(c).lower()
        ):
            cands.append(c)  # "the number of people held in its prisons", not "22 prisons"
    if not cands:
        return None
    whole = max(cands, key=lambda c: ctx.value(c) or 0.0)
    sv, wv = ctx.value(staff) or 0.0, ctx.value(whole) or 0.0
    if sv <= 0 or wv <= sv:
        return None
    step = 10 ** -len(every.group(1).partition(".")[2])
    actual = wv / sv
    head = f"{ctx.show(whole)} {noun} / {ctx.show(staff)} = {actual:.2f}"
    if abs(actual - k) <= step / 2 + 1e-9:
        return result(RULE, "pass", (m, staff, whole), f"{head}, as stated (one for every {k:g})")
    lede = ctx.paragraph(whole) == ctx.paragraph(ctx.numeric[0])  # in text order
    status: Status = (
        "fail"
        if lede and not re.search(r"\b(?:about|roughly|nearly|some|almost)\s+$", ctx.before(m, 25))
        else "warn"
    )
    return result(RULE, status, (m, staff, whole), f"{head}, not one for every {k:g}")


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for c in ctx.claims:
        if c.kind != "ratio":
            continue
        if _ONE_FOR_EVERY.match(c.text):
            k = _one_for_every(ctx, c)
        else:
            k = _multiple(ctx, c) if _is_multiple(ctx, c) else _apposed_share(ctx, c)
        if k is not None:
            out.append(k)
    return out
