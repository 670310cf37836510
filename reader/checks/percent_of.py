"""X% of Y is not the stated Z (shares and fractions alike).

Ties come from the text: a figure with its share in apposition ("812,000
residents, or 12.5%", "84.4 million (45.0%)", "6 million Jews — 40% of all
the Jews", "12% of sales, some 14,300 transactions", "14.6 percent ...
amounted to roughly 907,000 votes", "one in four of the team's wins ... - 17
blowouts"), and "Z of W" beside a share ("making 170 of 413 attempts ...
41.2 percent"). The whole is the figure after "of" or "from"; else the figure
the article gives for the noun after "of" ("of sales" -> "94,200 completed
purchases"); else the figure for the part's own noun. With no whole stated,
the implied total is shown as a pass ("40% -> a total of 15 million").
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.checks.base import result
from reader.checks.lexicon import PER_UNIT_AFTER, PERIODS
from reader.checks.part_whole import explicit_whole, including_whole, named_whole
from reader.checks.quantity import Interval, fmt, fmt_sig, qualifier_words
from reader.checks.relations import IRREGULAR, QUANTITY_NOUNS, STOP, Context, stem
from reader.model import Check, Claim, Status

RULE = "percent_of_mismatch"
PARTS = ("count", "money", "measure")
_APPOS_AFTER_PART = re.compile(
    r"^\s*(?:[A-Za-z’'\- ]{0,30})?(?:,|\(|—|–|\s-\s|--)\s*(?:or|about|roughly|some|nearly|almost|"
    r"just|only|around)?\s*(?:about |roughly |some |nearly |almost |just under |just over )?$",
    re.I,
)
_APPOS_AFTER_SHARE = re.compile(
    r"^(?:\s+of\s+[^,;.—–()\d]{1,50})?\s*(?:,|\(|—|–|\s-\s|--)\s*(?:or\s+)?"
    r"(?:about |roughly |some |nearly |almost |around )?$"
    r"|^[^.;]{0,80}\b(?:amount(?:ed|s)? to|total(?:l?ed|s)?|equal(?:l?ed|s)?|represent(?:ed|s)?)"
    r"\s+(?:about |roughly |some |nearly |almost |around )?$",
    re.I,
)
# "18% of the units had been registered, allowing it to reach 61,000 owners": the count the
# share amounts to, in a consequence clause of the same sentence.
_CONSEQUENCE = re.compile(
    r"^\s+of\s+[^,;.—–()\d]{1,90},\s*(?:allowing|enabling|letting|meaning|which means|so that)"
    r"\b[^,;.()\d]{0,50}?\s(?:about |roughly |some |nearly |almost |around |more than )?$",
    re.I,
)
_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these|whom|which|it)\b", re.I)
_DASH_BEFORE = re.compile(r"(?:—|–|\s-\s|--|:)\s*(?:or )?(?:some |about |roughly )?$")
_OF_NOUN = re.compile(
    r"^\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
    r"(?:([\w\-]+)[’']s?\s+)?([a-z][\w\- ]{1,50})",
    re.I,
)


_COMPARED = re.compile(r"\s+(?:over|above|below|under|short\s+of|beyond)\b", re.I)


# the kinds _is_share can take: a test of the kind first spares the call for the others
_SHARE_KINDS = ("percent", "ratio")


def _is_share(c: Claim) -> bool:
    if c.kind == "percent" and not c.percentage_points:
        return True
    v = c.value
    return c.kind == "ratio" and isinstance(v, (int, float)) and 0 < v < 1


def _fraction(ctx: Context, share: Claim) -> Interval | None:
    iv = ctx.interval(share)
    if iv is None:
        return None
    return iv.scale(0.01) if share.kind == "percent" else iv


def _show_share(ctx: Context, share: Claim) -> str:
    if share.kind == "percent":
        return ctx.show(share)
    word = qualifier_words(ctx.text, share.start)  # "more than half"
    return (
        f"{word} {share.text}" if word and not share.text.lower().startswith(word) else share.text
    )


def _pairs(ctx: Context) -> list[tuple[Claim, Claim]]:
    """(share, part) pairs the sentence ties together."""
    out: list[tuple[Claim, Claim]] = []
    for all_claims in ctx.by_sentence.values():
        claims = [c for c in all_claims if c.kind != "date"]
        for i, c in enumerate(claims):
            if c.kind not in _SHARE_KINDS or not _is_share(c) or ctx.is_changeish(c):
                continue
            prev = claims[i - 1] if i > 0 else None
            nxt = claims[i + 1] if i + 1 < len(claims) else None
            if prev is not None and (prev.vague or ctx.fronted_whole(c) is prev):
                prev = None
            if nxt is not None and nxt.vague:
                nxt = None
            if prev is not None and i > 1 and explicit_whole(ctx, claims[i - 2]) is prev:
                # "Thirteen of the district's 38 schools, about a third": the share of 13 in 38
                if _APPOS_AFTER_PART.match(ctx.text[prev.end : c.start]):
                    out.append((c, claims[i - 2]))
                continue
            if prev is not None and _OF_PRONOUN.match(ctx.text, c.end, c.end + 20):
                prev = None  # "410,000 passengers, a quarter of them": the figure is the whole
            if (
                prev is not None
                and prev.kind in PARTS
                and _APPOS_AFTER_PART.match(ctx.text[prev.end : c.start])
                and not ctx.is_changeish(prev)
                and not _opens_clause(ctx, prev, c)
            ):
                out.append((c, prev))
            elif (
                nxt is not None
                and nxt.kind in PARTS
                and _APPOS_AFTER_SHARE.match(_blank_dates(ctx, c.end, nxt.start))
            ):
                out.append((c, nxt))
            elif (
                nxt is not None
                and nxt.kind in PARTS
                and _CONSEQUENCE.match(_blank_dates(ctx, c.end, nxt.start))
            ):
                out.append((c, nxt))
            elif (
                nxt is not None
                and i + 2 < len(claims)
                and explicit_whole(ctx, c) is nxt
                and claims[i + 2].kind == nxt.kind
                and re.fullmatch(
                    r"[^,;.\d]{0,40},\s*(?:or\s+)?(?:about|some|roughly|around|nearly)?\s*",
                    ctx.text[nxt.end : claims[i + 2].start],
                )
            ):
                # "One in five of the 300 patients, or 90"
                out.append((c, claims[i + 2]))
            else:
                dashed = [
                    d
                    for d in claims[i + 1 :]
                    if d.kind in PARTS
                    and _DASH_BEFORE.search(ctx.text[c.end : d.start])
                    and _DASH_BEFORE.search(ctx.before(d, 12))
                ]
                if dashed:
                    out.append((c, dashed[0]))
    return out


_CLAUSE_VERBS = frozenset(
    """are were is was have has had said say says supported support backed back opposed oppose
    want wanted will would could can live lived work worked own owned use used voted
    agreed disagreed chose preferred""".split()
)


def _opens_clause(ctx: Context, prev: Claim, share: Claim) -> bool:
    """ "drew 3,412 responses, 52% supported the plan": after a bare comma the share is the
    subject of its own clause, a share of the figure before it, not a restatement of it."""
    if re.search(r"\bor\b|[(—–]|\s-\s|--", ctx.text[prev.end : share.start]):
        return False
    m = re.match(
        r"\s*(?:of\s+(?:the\s+|them\s+|those\s+)?(?:[a-z\-]+\s+){0,2}?)?([a-z]+)",
        ctx.text[share.end : share.end + 50],
    )
    if m is None:
        return False
    return m.group(1) in _CLAUSE_VERBS or m.group(1).endswith("ed")


def _blank_dates(ctx: Context, start: int, end: int) -> str:
    """The text between two figures, with dates in it written as words."""
    text = ctx.text[start:end]
    for c in ctx.claims_between(start, end):
        if c.kind == "date":
            a, b = c.start - start, c.end - start
            text = text[:a] + "date" + " " * (b - a - 4 if b - a >= 4 else 0) + text[b:]
    return text


_RATE_AFTER = PER_UNIT_AFTER
_PERIODS = PERIODS


def _a_rate_below(ctx: Context, c: Claim, part: Claim) -> bool:
    """ "£2.90 a meal", "or about 38 a day" beside a total of 5,120: a rate is no whole; but
    "£82 million a year" is the year's whole of "£34 million"."""
    m = _RATE_AFTER.match(ctx.text, c.end)
    if m is None:
        return False
    if m.group(1).lower() not in _PERIODS:
        return True
    return (ctx.value(c) or 0.0) < (ctx.value(part) or 0.0)


def _of_noun(ctx: Context, share: Claim) -> str | None:
    m = _OF_NOUN.match(ctx.text[share.end : share.end + 80])
    if not m:
        return None
    words = re.findall(r"[a-z][\w\-]*", m.group(2).lower())
    if words and words[0] in ("that", "this"):
        return "that"  # "41% of that traffic": the figure just told, like "of them"
    for w in words:
        if w in ("the", "all", "its", "their"):
            continue
        return w
    return None


_RESTRICTORS = frozenset(
    """in at on from over under aged who that which with without outside across living born
    whose between above below older younger than""".split()
)


def _restricted(ctx: Context, share: Claim) -> bool:
    """ "of employees in its factories", "of residents over 65": the whole is narrowed."""
    m = _OF_NOUN.match(ctx.text[share.end : share.end + 80])
    if not m:
        return False
    words = [w.lower() for w in m.group(2).split()][:5]
    return any(w in _RESTRICTORS for w in words[1:4])


def _lexical_key(word: str) -> str:
    w = word.lower()
    return IRREGULAR.get(w, stem(w))


def _matches(ctx: Context, c: Claim, key: str) -> bool:
    words = ctx.subject_words(c)
    heads = {_lexical_key(w) for w in words[-1:]}
    return key in heads or key in ctx.predicate_stems(c) or key in ctx.stems(c)


@lru_cache(maxsize=512)
def _surface_forms(key: str) -> tuple[str, ...]:
    """Words that read as ``key``: its stem and the words the lexicon maps to it."""
    return (key, *sorted(w for w, k in IRREGULAR.items() if k == key))


_PART_LISTED = re.compile(
    r"\b(?:comprises|comprised|consists of|consisted of|includes|included|including|"
    r"made up of|divided into|split into)\s+(?:about |some |roughly )?$",
    re.I,
)


def _candidates(ctx: Context, share: Claim, part: Claim, key: str) -> list[Claim]:
    """Figures the text gives for the whole's noun, the closest readings first."""
    pv = ctx.value(part) or 0.0
    out = []
    strong = []
    surface = _surface_forms(key)
    for c in ctx.near_numeric(part):
        if c.id in (share.id, part.id) or c.kind != part.kind or (ctx.value(c) or 0) <= pv:
            continue
        if not ctx.sentence_mentions(c, surface):
            continue  # the noun is nowhere in its sentence
        if not _matches(ctx, c, key) or ctx.is_prior(c) or ctx.is_change_amount(c):
            continue
        if re.match(r"^\s*(?:out\s+)?of\b", ctx.after(c, 10)):
            continue  # itself a part
        if _PART_LISTED.search(ctx.before(c, 30)):
            continue  # "The collection comprises 148 prints, 41 drawings": the first part
        if _matches(ctx, c, key):
            out.append(c)
            words = ctx.subject_words(c)
            if (words and _lexical_key(words[-1]) == key) or key in {
                stem(w) for w in ctx.words_before(c, 2)
            }:
                strong.append(c)
    return strong or out


# The other share is told as such: "so that only about 85 were kept", "the rest", "while".
_COMPLEMENT = re.compile(r"\b(?:only|remaining|rest|other|others|left|kept|while|whereas|but)\b")


def _verdict(
    ctx: Context, share: Claim, part: Claim, whole: Claim, status_if_wrong: Status
) -> Check | None:
    f, p, w = _fraction(ctx, share), ctx.interval(part), ctx.interval(whole)
    if f is None or p is None or w is None:
        return None
    expected = w.times(f)
    sv = ctx.value(share)
    fv = (sv / 100 if share.kind == "percent" else sv) if sv is not None else f.mid
    wv = ctx.value(whole) or 0.0
    pv = ctx.value(part) or 0.0
    head = f"{_show_share(ctx, share)} of {ctx.show(whole)} is {fmt(fv * wv)}"
    if expected.overlaps(p):
        return result(RULE, "pass", (share, part, whole), f"{head}, as stated ({ctx.show(part)})")
    rest = w.times(Interval(1 - f.hi, 1 - f.lo))
    lo, hi = sorted((share.end, part.start))
    if rest.overlaps(p) and 0 < fv < 1 and _COMPLEMENT.search(ctx.text, lo, hi):
        # "released 94% of them, so that only about 85 were kept": the other share
        msg = f"the other {fmt(100 - 100 * fv)}% of {ctx.show(whole)} is {fmt((1 - fv) * wv)}"
        return result(RULE, "pass", (share, part, whole), f"{msg}, as stated ({ctx.show(part)})")
    actual = 100 * pv / wv if wv else 0.0
    msg = f"{head}, not {ctx.show(part)} ({ctx.show(part)} would be {actual:.1f}%)"
    return result(RULE, status_if_wrong, (share, part, whole), msg)


_OF_WHICH = re.compile(r"[^.;\d]{0,40}?,\s*of\s+which\b[^.;\d]{0,60}$")
_OR_SHARE = re.compile(
    r"[^,;.\d]{0,30},\s*(?:or|some|about|roughly|nearly)\s+(?:about\s+|some\s+)?"
)
_APPOSED_SHARE = re.compile(r"[^,;.\d]{0,30},\s*(?:[a-z]+\s+){0,3}")
_PARTITIVE_NOUN = re.compile(r"\s+of\s+(?:the|its|their)\s+([a-z][a-z\-]+)\b")
_WHOLE_NAMED_OF = re.compile(
    r"\s+of\s+(?:the|its|their|all)\s+(?:[\w\-]+[’']s\s+)?(?:[a-z\-]+\s+){0,3}?"
    r"(?:total|output|production|population|number|workforce|budget|revenue|sales|capacity|"
    r"[a-z]+)\s+of\s+(?:about |some |roughly |nearly |almost )?"
)


def _judge_pair(ctx: Context, share: Claim, part: Claim) -> Check | None:
    whole = explicit_whole(ctx, share)
    if whole is None and part.end < share.start:
        # "lost 520,000 of its 640,000 fish, or 87%", "four of the six titles, two-thirds of
        # the list": the share restates the part of its whole, before any whole the
        # sentence opens with ("Of the 168 books, ...")
        told = explicit_whole(ctx, part)
        if told is not None and (
            # ", or 87%" and ", two-thirds of the list" alike: _APPOSED_SHARE holds _OR_SHARE
            _APPOSED_SHARE.fullmatch(ctx.text, told.end, share.start)
        ):
            whole = told
    whole = whole or ctx.fronted_whole(share)
    if whole is None and part.end < share.start:
        # "rose 11% to £6.9 billion, of which own-label products accounted for £4.6 billion,
        # or 71%": the figure "of which" points back to
        before = [
            c
            for c in ctx.in_sentence(ctx.sentence_index(part))
            if c.end <= part.start and c.kind == part.kind and c.currency == part.currency
        ]
        if (
            before
            and _OF_WHICH.match(ctx.text, before[-1].end, part.start)
            and _OR_SHARE.fullmatch(ctx.text, part.end, share.start)
        ):
            whole = before[-1]
    seg = [c for c in ctx.in_sentence(ctx.sentence_index(share)) if c.start > share.end]
    if whole is None and seg and _WHOLE_NAMED_OF.match(ctx.text, share.end, seg[0].start):
        # "18% of the country's total output of 12.4 million tonnes": the whole, named
        whole = seg[0]
    if whole is None:
        whole = next(
            (
                c
                for c in seg
                if c.kind == part.kind
                and re.search(r"\bfrom\s+(the\s+)?$", ctx.before(c, 12))
                and not ctx.is_prior(c)  # "down from $231 million": an earlier level
            ),
            None,
        )
    if whole is not None and whole.kind == part.kind:
        return _verdict(ctx, share, part, whole, "fail")
    noun = _of_noun(ctx, share)
    if noun not in (None, "them", "those", "these", "whom", "that") and _restricted(ctx, share):
        # "40% of employees in its factories": a subset the text does not count
        return _decide(ctx, share, part, [], firm_if_all_wrong=False, noun=noun or "")
    if noun in ("them", "those", "these", "whom", "that"):
        # "12,000 members, and 40% of them, or 6,000": the figure "them" stands for
        idx = ctx.sentence_index(share)
        earlier = [
            c
            for j in (idx - 1, idx)
            for c in ctx.in_sentence(j)
            if c.start < share.start
            and c.kind == part.kind
            and c.id != part.id
            and not c.vague
            and not _a_rate_below(ctx, c, part)
        ]
        # "rose 12%, to 1,064 from 950. More than half of them": them are the 1,064 now
        earlier = [c for c in earlier if not ctx.is_prior(c)] or earlier
        if not earlier:
            return None
        # the nearest reading first; "them" reaching back a sentence is inferred: any figure
        # it may stand for that fits is a pass, and a misfit is only worth a look
        for c in reversed(earlier):
            v = _verdict(ctx, share, part, c, "warn")
            if v is not None and v.status == "pass":
                return v
        # "3,500 guests, 60% of them": the figure just before, in the same sentence
        nearest = earlier[-1]
        same = ctx.sentence_index(nearest) == idx and not any(
            c.kind in PARTS for c in ctx.claims_between(nearest.end, share.start)
        )
        # "Of 13,960 transits ... 41% of that traffic": a demonstrative noun points to the
        # one figure told
        pointed = noun == "that" and len(earlier) == 1
        return _verdict(ctx, share, part, earlier[-1], "fail" if same or pointed else "warn")
    if noun in QUANTITY_NOUNS:
        # "94,000 vehicles, including 31,000 electric models, a third of the total"
        included_in = including_whole(ctx, part)
        if included_in is not None:
            return _verdict(ctx, share, part, included_in, "fail")
        words = ctx.subject_words(part)
        noun = words[-1] if words else None
    partitive = _PARTITIVE_NOUN.match(ctx.text, part.end)
    if (
        noun is not None
        and partitive is not None
        and part.end < share.start
        and _APPOSED_SHARE.fullmatch(ctx.text, partitive.end(), share.start)
    ):
        # "41 of the entrants, just under 20% of the field": the field is the entrants, the
        # whole the part names, not another figure "in the field"
        noun = partitive.group(1)
    if noun is not None:
        cands = _candidates(ctx, share, part, _lexical_key(noun))
        return _decide(ctx, share, part, cands, firm_if_all_wrong=True, noun=noun)
    words = ctx.subject_words(part)
    if not words:
        return None
    cands = _candidates(ctx, share, part, _lexical_key(words[-1]))
    return _decide(ctx, share, part, cands, firm_if_all_wrong=False, noun=words[-1])


# A whole named by what is done ("12% of consumption") is the figure the text tells with the
# doing ("Ostrians eat 19.4 million eggs a week"): nominal -> the verbs' stems
_DOING = {
    stem(noun): frozenset(stem(v) for v in verbs.split())
    for nouns, verbs in (
        (
            "consumption demand intake",
            "eat eats ate eaten consume consumes consumed drink "
            "drinks drank use uses used burn burns burned need needs needed",
        ),
        (
            "production output harvest",
            "produce produces produced make makes made grow grows grew grown harvest harvested",
        ),
        ("sales", "sell sells sold buy buys bought"),
        ("spending", "spend spends spent"),
        ("exports", "export exports exported ship ships shipped"),
        ("imports", "import imports imported"),
    )
    for noun in nouns.split()
}


def _period(ctx: Context, c: Claim) -> str | None:
    """ "1.9 million eggs a week" -> "week": the period a figure is a rate over."""
    m = re.match(r"[^,;.\d]{0,25}?\b(?:a|an|per|each)\s+([a-z]+)\b", ctx.text[c.end : c.end + 40])
    return m.group(1) if m and m.group(1) in _PERIODS else None


def _done_whole(ctx: Context, share: Claim, part: Claim, noun: str) -> Claim | None:
    """The figure beside the share (its sentence or the next or last one) that counts the
    part's noun over the same period, told with a verb of the whole's doing."""
    verbs = _DOING.get(stem(noun))
    key = ctx.subject_words(part)[-1:]
    if not verbs or not key:
        return None
    idx, period = ctx.sentence_index(share), _period(ctx, part)
    pv = ctx.value(part) or 0.0
    found = [
        c
        for j in (idx - 1, idx, idx + 1)
        for c in ctx.in_sentence(j)
        if c.id not in (share.id, part.id)
        and c.kind == part.kind
        and not c.vague
        and (ctx.value(c) or 0.0) > pv
        and stem(key[0]) in {stem(w) for w in ctx.subject_words(c)[-1:]}
        and _period(ctx, c) == period
        and verbs & ctx.stems(c)
        and not ctx.is_prior(c)
        and not ctx.is_changeish(c)
    ]
    return found[0] if len({ctx.value(c) for c in found}) == 1 else None


def _decide(
    ctx: Context,
    share: Claim,
    part: Claim,
    cands: list[Claim],
    firm_if_all_wrong: bool,
    noun: str,
) -> Check | None:
    if not cands:
        done = _done_whole(ctx, share, part, noun)
        if done is not None:
            return _verdict(ctx, share, part, done, "fail")
        f = _fraction(ctx, share)
        pv = ctx.value(part)
        if f is None or pv is None or f.mid <= 0:
            return None
        total = fmt_sig(pv / f.mid)
        noun = "" if noun in STOP else f" {noun}"
        msg = f"{ctx.show(part)} = {_show_share(ctx, share)} of an implied total of {total}{noun}"
        return result(RULE, "pass", (share, part), msg)
    verdicts = [_verdict(ctx, share, part, c, "fail") for c in cands]
    for v in verdicts:
        if v is not None and v.status == "pass":
            return v
    if firm_if_all_wrong or len(cands) == 1:
        # the largest; of equal figures the later (the body over a headline). Several
        # figures for the noun (a total and its subsets, two dates): which one is meant is
        # inferred, so a mismatch is only worth a look.
        best = max(cands, key=lambda c: (ctx.value(c) or 0.0, c.start))
        values = [ctx.value(c) or 0.0 for c in cands]
        several = len(set(values)) > 1
        if several and min(values) > 0 and max(values) / min(values) <= 1.1:
            # "14,820 homes" at the start of the year, "14,951" at its end: one stock that
            # moved a little; if the share fits neither, it fits none
            several = any(v is None or v.status != "fail" for v in verdicts)
        return _verdict(ctx, share, part, best, "warn" if several else "fail")
    return None


def _of_pairs(ctx: Context, done: set[str]) -> list[Check]:
    """ "making 170 of 413 attempts" beside "41.2 percent": 170/413 against the share."""
    out = []
    for claims in ctx.by_sentence.values():
        shares = [
            c
            for c in claims
            if c.kind in _SHARE_KINDS
            and _is_share(c)
            and not ctx.is_changeish(c)
            and c.id not in done
        ]
        if len(shares) != 1:
            continue
        for part in claims:
            if part.kind not in PARTS:
                continue
            whole = explicit_whole(ctx, part)
            if whole is None or whole.kind != part.kind:
                continue
            check = _verdict(ctx, shares[0], part, whole, "warn")
            if check is not None:
                out.append(check)
    return out


# "found it in 287, a positivity rate of 91%": the share a count is of its group, in apposition
_RATE_APPOS = re.compile(
    r"^\s*(?:,|\(|—|–|\s-\s|--)\s*(?:an?\s+|the\s+)?(?:[a-z\-]+\s+){0,2}?"
    r"(?:rate|share|proportion|percentage|yield|turnout|uptake|take-up|occupancy|fraction)"
    r"\s+of\s+(?:about |roughly |some |nearly |almost )?$",
    re.I,
)


def _rate_pairs(ctx: Context, done: set[str]) -> list[Check]:
    """ "287 of the 350 samples were positive, a positivity rate of 91%" and "tested 350
    samples and found it in 287, a rate of 91%": the rate apposed to the part is part/whole.
    The whole is the part's "of the B", or, for a bare number whose noun is left out, the one
    earlier figure of the same noun in the sentence (the set the elided noun stands for)."""
    out = []
    for claims in ctx.by_sentence.values():
        claims = [c for c in claims if c.kind != "date"]
        for i, share in enumerate(claims):
            if (
                i == 0
                or share.id in done
                or share.kind not in _SHARE_KINDS
                or not _is_share(share)
                or ctx.is_changeish(share)
            ):
                continue
            between = ctx.text[claims[i - 1].end : share.start]
            part = claims[i - 1]
            m = re.match(r"\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+(?=\s*[,(—–])", between)
            if i > 1 and explicit_whole(ctx, claims[i - 2]) is part and m:
                # "287 of the 350 samples tested positive, a rate of 91%"
                part, between = claims[i - 2], between[m.end() :]
            if not _RATE_APPOS.match(between):
                # "2,970 had accepted by the June 1 deadline, giving a yield of 58%": the rate
                # closes the part's own short clause
                tail = _blank_dates(ctx, claims[i - 1].end, share.start)
                between = re.sub(r"^\s+[a-z][^,;.()\d]{0,60}(?=,)", "", tail)
                if not between.startswith(","):
                    continue
            if part.vague or not _RATE_APPOS.match(between):
                continue
            if part.kind not in PARTS and not _occurrences(ctx, part):
                continue
            whole = explicit_whole(ctx, part)
            if whole is None:
                named = named_whole(ctx, part)
                whole = named[0] if named is not None and named[1] else None
            if whole is None and re.match(r"\s*[,(—–]", ctx.text[part.end : part.end + 3]):
                key = (part.subject or "").split()[-1:]
                same = [
                    c
                    for c in claims[: claims.index(part)]
                    if c.kind == part.kind
                    and not c.vague
                    and key
                    and (c.subject or "").split()[-1:] == key
                ]
                whole = same[0] if len(same) == 1 else None
                sibling = _sibling_rate(ctx, share, part, whole) if whole else ""
                if sibling and whole is not None:
                    out.append(result(RULE, "pass", (share, part, whole), sibling))
                    done.add(share.id)
                    continue
            if whole is None and _occurrences(ctx, part):
                whole = _one_set_before(ctx, claims[: claims.index(part)], part)
            if whole is None or (whole.kind != part.kind and not _occurrences(ctx, part)):
                continue
            check = _verdict(ctx, share, part, whole, "fail")
            if check is not None:
                out.append(check)
                done.add(share.id)
    return out


# "saw it done correctly 4,620 times": a count of occurrences after its verb, not a multiple
_TIMES_AFTER_VERB = re.compile(r"\b[a-z]+(?:ed|en|ne)\b[^,;.\d]{0,30}$")


def _occurrences(ctx: Context, c: Claim) -> bool:
    v = ctx.value(c)
    return (
        c.kind == "ratio"
        and c.text.lower().endswith(" times")
        and v is not None
        and v >= 10
        and bool(_TIMES_AFTER_VERB.search(ctx.before(c, 40, clause=True)))
    )


def _one_set_before(ctx: Context, before: list[Claim], part: Claim) -> Claim | None:
    """ "watched 6,240 moments ... and saw it done 4,620 times, a rate of 78%": the rate of
    occurrences is of the one set the sentence counted before them."""
    pv = ctx.value(part) or 0.0
    sets = [c for c in before if c.kind == "count" and not c.vague and ctx.subject_words(c)]
    if len(sets) != 1 or (ctx.value(sets[0]) or 0.0) <= pv or ctx.is_changeish(sets[0]):
        return None
    return sets[0]


def _sibling_rate(ctx: Context, share: Claim, part: Claim, whole: Claim) -> str:
    """ "made 2,931 tackles and missed 312, a completion rate of about 90%": with the noun
    left out, the two may be siblings, and the rate either one's share of their sum.
    The arithmetic of the reading that holds, or "" when neither does."""
    f, p, w = _fraction(ctx, share), ctx.interval(part), ctx.interval(whole)
    if f is None or p is None or w is None:
        return ""
    expected = (p + w).times(f)
    total = (ctx.value(part) or 0.0) + (ctx.value(whole) or 0.0)
    for one in (whole, part):
        iv = ctx.interval(one)
        if iv is not None and expected.overlaps(iv):
            return (
                f"{_show_share(ctx, share)} of {ctx.show(whole)} + {ctx.show(part)} = "
                f"{fmt(total)} is {fmt(f.mid * total)}, as stated ({ctx.show(one)})"
            )
    return ""


_ANSWERS = frozenset(
    stem(w)
    for w in """backed supported approved endorsed favoured favored accepted voted agreed
    chose opted""".split()
)
_AGAINST = re.compile(r"\b(?:no|not|against|opposed|rejected|voted down|abstained)\b", re.I)
_WHO_VERB = re.compile(r"^\s+of\s+(?:the\s+|all\s+)?([a-z]+)\s+who\s+(?:had\s+)?([a-z]+)", re.I)


_EARLIER = re.compile(
    r"\b(?:earlier|previous|prior|last|first)\s+(?:poll|ballot|vote|round)\b", re.I
)
_BARE_ANSWER = re.compile(
    r"^\s+of\s+(?:them|those|whom)\s+\w+\s+(?:yes|in favou?r|for it|it|them)\b", re.I
)


def _group_whole(ctx: Context, part: Claim) -> Claim | None:
    """The whole a part names: "3,600 of the 4,110" or "3,600 of them" (the count before)."""
    whole = explicit_whole(ctx, part)
    if whole is not None:
        return whole
    if not _OF_PRONOUN.match(ctx.text, part.end, part.end + 15):
        return None
    before = [
        c
        for c in ctx.in_sentence(ctx.sentence_index(part))
        if c.end <= part.start and c.kind == part.kind and not c.vague
    ]
    return before[-1] if before else None


def _answer(ctx: Context, c: Claim, upto: int) -> tuple[str | None, bool]:
    """The answer verb of a figure's clause and whether it is a "no"."""
    text = ctx.text[c.end : min(upto, c.end + 60)]
    stems = {stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    found = stems & _ANSWERS
    return (min(found) if found else None), bool(_AGAINST.search(text))


def _restated_shares(ctx: Context, done: set[str]) -> list[Check]:
    """ "78% of members who voted backed a strike. ... 4,110 returned a ballot, and 3,600 of them
    voted yes": the share restated as a count of a stated group. Tied when the share's group
    is the group's noun and its verb ("who voted") is said of the count."""
    out = []
    for part in ctx.numeric:
        if part.kind != "count" or part.vague:
            continue
        whole = _group_whole(ctx, part)
        if whole is None or whole.kind != "count":
            continue
        idx = ctx.sentence_index(part)
        nouns = {_lexical_key(w) for w in ctx.subject_words(whole)[-1:]}
        end = ctx.sentence(part).end
        verb, against = _answer(ctx, part, end)
        if verb is None or not nouns:
            continue
        for j in (idx - 1, idx):
            for share in ctx.in_sentence(j):
                if (
                    share.kind not in _SHARE_KINDS
                    or not _is_share(share)
                    or share.id in done
                    or share.start > part.start
                ):
                    continue
                m = _WHO_VERB.match(ctx.text[share.end : share.end + 60])
                if not m or _lexical_key(m.group(1)) not in nouns:
                    continue
                group_verb = stem(m.group(2))
                said = {stem(w) for w in re.findall(r"[a-z]+", ctx.clause_text(part).lower())}
                said |= {stem(w) for w in re.findall(r"[a-z]+", ctx.clause_text(whole).lower())}
                if group_verb not in said:
                    continue
                s_verb, s_against = _answer(ctx, share, ctx.sentence(share).end)
                after_group = ctx.text[share.end + m.end() : share.end + m.end() + 40]
                s_verb, s_against = _answer_after(after_group, s_verb, s_against)
                if s_verb is None or s_against != against:
                    continue
                if ctx.is_prior(part) or _EARLIER.search(ctx.clause_text(part)):
                    continue  # "900 of them voted yes in the earlier poll"
                # the same question: a bare "yes" / "it", or a word of the share's object
                answer = ctx.text[part.end : min(end, part.end + 60)].lower()
                objects = set(re.findall(r"[a-z]{4,}", after_group.lower())) - {"that", "this"}
                same = bool(_BARE_ANSWER.search(answer)) or any(
                    stem(w) in {stem(x) for x in re.findall(r"[a-z]{4,}", answer)}
                    for w in objects
                    if stem(w) not in _ANSWERS
                )
                check = _verdict(ctx, share, part, whole, "fail" if same else "warn")
                if check is not None:
                    out.append(check)
                    done.add(share.id)
    return out


def _answer_after(text: str, verb: str | None, against: bool) -> tuple[str | None, bool]:
    """The answer right after the share's group ("who voted backed a strike")."""
    stems = {stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    found = stems & _ANSWERS
    return (min(found) if found else verb), bool(_AGAINST.search(text)) or against


def _same_measure(a: Claim, b: Claim) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "measure":
        return bool(a.normalized_unit) and a.normalized_unit == b.normalized_unit
    return True


def _told_part(ctx: Context, done: set[str]) -> list[Check]:
    """ "The merged group will handle roughly 16% of the 15.2 billion litres produced": the
    share of a stated whole whose part the sentence leaves out, told earlier of the same
    subject ("a group that will process roughly 3.1 billion litres"). The part is read by
    the subject's noun and the whole's unit; a figure nowhere near the share is not it."""
    out = []
    for share in ctx.numeric:
        if share.id in done or not _is_share(share) or share.kind != "percent":
            continue
        if ctx.is_changeish(share) or ctx.is_prior(share):
            continue
        whole = explicit_whole(ctx, share)
        if whole is None or whole.kind not in PARTS:
            continue
        idx = ctx.sentence_index(share)
        if any(c.kind in PARTS and c.id != whole.id for c in ctx.in_sentence(idx)):
            continue  # a part in the sentence: the pairs read it
        subject = ctx.topic(share) - {stem(w) for w in ctx.subject_words(whole)}
        subject = {w for w in subject if len(w) > 3}
        f, wv = _fraction(ctx, share), ctx.value(whole) or 0.0
        if not subject or f is None or wv <= 0:
            continue
        cands = [
            c
            for c in ctx.near_numeric(share, 80)
            if c.start < ctx.sentence(share).start
            and idx - ctx.sentence_index(c) <= 15
            and _same_measure(c, whole)
            and not c.vague
            and not ctx.is_prior(c)
            and not ctx.is_changeish(c)
            and subject & ctx.stems(c)
            and 0.5 * f.mid <= (ctx.value(c) or 0.0) / wv <= 2 * f.mid
        ]
        if len({ctx.value(c) for c in cands}) != 1:
            continue
        check = _verdict(ctx, share, cands[-1], whole, "fail")
        if check is not None:
            out.append(check)
            done.add(share.id)
    return out


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    done: set[str] = set()
    out.extend(_tally_shares(ctx, done))
    for share, part in _pairs(ctx):
        if share.id in done or _COMPARED.match(ctx.text, share.end, share.end + 20):
            continue  # "built for 900, about 38% over capacity": a margin, not a share
        check = _judge_pair(ctx, share, part)
        if check is not None:
            out.append(check)
            done.add(share.id)
    out.extend(_rate_pairs(ctx, done))
    out.extend(_restated_shares(ctx, done))
    out.extend(_of_pairs(ctx, done))
    out.extend(_state_shares(ctx, done))
    out.extend(_told_part(ctx, done))
    return out


# "approved the deal by 3,118 votes to 742, or 78% of the ballots cast": the winning side's
# share of the two
_TALLY_TO = re.compile(r"\s+(?:votes?\s+|ballots?\s+)?to\s+$", re.I)
_TALLY_SHARE = re.compile(
    r"\s*(?:votes?|ballots?|against)?\s*(?:,\s*or|\(|,)\s*(?:about |roughly |nearly |some )?$",
    re.I,
)


def _tally_shares(ctx: Context, done: set[str]) -> list[Check]:
    out = []
    for claims in ctx.by_sentence.values():
        nums = [c for c in claims if c.kind != "date"]
        for i in range(len(nums) - 2):
            a, b, share = nums[i], nums[i + 1], nums[i + 2]
            if (
                share.id in done
                or share.kind not in _SHARE_KINDS
                or not _is_share(share)
                or a.kind != "count"
                or b.kind != "count"
            ):
                continue
            if not re.search(r"\bby\s+$", ctx.before(a, 6)):
                continue
            if not _TALLY_TO.fullmatch(ctx.text, a.end, b.start):
                continue
            if not _TALLY_SHARE.fullmatch(ctx.text, b.end, share.start):
                continue
            f, ia, ib = _fraction(ctx, share), ctx.plausible(a), ctx.plausible(b)
            if f is None or ia is None or ib is None:
                continue
            va, vb = ctx.value(a) or 0.0, ctx.value(b) or 0.0
            both = ia + ib
            actual = 100 * va / (va + vb) if va + vb else 0.0
            head = (
                f"{ctx.show(a)} of {ctx.show(a)} + {ctx.show(b)} = {fmt(va + vb)} is {actual:.1f}%"
            )
            status: Status = "pass" if both.times(f).overlaps(ia) else "fail"
            tail = ", as stated" if status == "pass" else f", not {_show_share(ctx, share)}"
            out.append(result(RULE, status, (share, a, b), head + tail))
            done.add(share.id)
    return out


# "The appeal for $18.5 million is 42% funded, with $6.9 million received": the share of the
# figure before it that has reached a state, and the amount that has
_STATE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|now|stands|stood)\s+(?:about |roughly |some |nearly |only |just )?$"
)
_STATE_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|complete|completed|full|done|built|sold|paid|spent)\b[^.;]{0,40}?"
    r"(?:,\s*with|\bwith|,\s*or|\(|—|–|,\s*after|,\s*having)\s+"
    r"(?:about |roughly |some |nearly |almost |only |just |more than )?$",
    re.I,
)


def _state_shares(ctx: Context, done: set[str]) -> list[Check]:
    out = []
    for claims in ctx.by_sentence.values():
        for i, share in enumerate(claims):
            if (
                share.id in done
                or share.kind not in _SHARE_KINDS
                or not _is_share(share)
                or ctx.is_changeish(share)
            ):
                continue
            if not _STATE_BEFORE.search(ctx.text, max(0, share.start - 20), share.start):
                continue
            later = [c for c in claims[i + 1 :] if c.kind in PARTS and not c.vague]
            earlier = [c for c in claims[:i] if c.kind in PARTS and not c.vague]
            if not later or not earlier:
                continue
            part, whole = later[0], earlier[-1]
            if part.kind != whole.kind or not _STATE_AFTER.fullmatch(
                ctx.text, share.end, part.start
            ):
                continue
            check = _verdict(ctx, share, part, whole, "fail")
            if check is not None:
                out.append(check)
                done.add(share.id)
    return out
