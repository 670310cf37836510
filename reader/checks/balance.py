"""A running balance does not add up: "6,400 in shelters ... 2,150 more arrived, while 1,900
left, leaving 7,250".

A closing figure ("leaving 7,250", "bringing the total to 91") ends a run of flows in its
sentence, each signed by its own verb: in ("more arrived", "joined", "were admitted") or
out ("left", "died", "were discharged"). The opening stock is a count stated before the
flows: earlier in the sentence, or in the sentence before when that sentence gives exactly
one count of the same thing (the closing figure's noun, or people). Any figure in the run
that is neither in nor out stops the reading: the account is not one the text spells out.
"""

from __future__ import annotations

import re

from reader.checks.base import result
from reader.checks.part_whole import explicit_whole
from reader.checks.quantity import Interval, fmt, fmt_interval
from reader.checks.relations import FOLD_ODD, PERSON_NOUNS, Context, EndScreened, stem
from reader.model import Check, Claim

RULE = "ledger_mismatch"
_CLOSING_RE = re.compile(
    r"\b(?:(?:leaving|leaves|left\s+with)\s+(?:it\s+|them\s+)?(?:with\s+)?(?:an?\s+)?"
    r"(?:[a-z\-]+\s+){1,2}of|(?:leaving|leaves)\s+(?:it|them|the\s+\w+)\s+with|"
    # "ending the year with 14,951 homes"
    r"(?:ending|ended|finishing|finished|closing|closed)\s+(?:the\s+\w+\s+)?with|"
    r"leaving|leaves|left\s+with|bringing\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:total|number|tally|count|toll|population|balance|reserves?|fund|stock)?\s*(?:\w+\s+)?to|"
    r"taking\s+(?:the\s+|its\s+)?(?:total|number|tally|count|toll|balance|reserves?)\s+to|"
    r"for\s+a\s+total\s+of|to\s+a\s+total\s+of)\s+"
    r"(?:about\s+|some\s+|roughly\s+|nearly\s+|just\s+|only\s+)?$",
    re.I,
)
_CLOSING = EndScreened(
    _CLOSING_RE,
    # "\s*" may join "total" and "to" into one word
    "of|with|leaving|leaves|(?:total|number|tally|count|toll|population|balance|reserves?|fund|"
    "stock)?to|about|some|roughly|nearly|just|only",
)
# "more", "another": an addition only when no verb says which way the figure went
_MORE = re.compile(r"\b(?:more|another|additional|further|new)\b", re.I)
_IN = re.compile(
    r"\b(?:more|another|additional|further|new|arriv\w*|join\w*|admitt\w*|add\w*|came|"
    r"come|enter\w*|hired|signed|enrolled|moved in|docked|berthed|delivered|received|"
    r"bought|acquired|took in|taken in|brought in|born|recruited|registered|checked in|"
    r"delivery|deliveries)\b",
    re.I,
)
_OUT = re.compile(
    r"\b(?:left|leave|leaves|depart\w*|died|lost|remov\w*|discharg\w*|fled|quit|"
    r"went home|gone home|moved out|moved on|transferred out|released|laid off|resigned|"
    r"divert\w*|sailed|turned away|turned back|withdr[ae]w\w*|dropped out|retired|sold|"
    r"shipped|exited|checked out|rehoused|relocated|cleared|unloaded|dispatched|sent away|"
    r"closed|shut|axed|cut|eliminated|decommissioned|demolished|escap\w*|"
    r"went elsewhere|scrapped|written off|handed\s+(?:\w+\s+)?back|gave\s+(?:\w+\s+)?back|"
    r"returned|(?:go|gone|went|allowed|sent)\s+(?:back\s+)?home|allowed back|flown out|"
    r"airlifted|taken out|out of service|out of action|withdrawn|administered|given out|"
    r"thrown away|discarded|destroyed|dumped|expired|used|injected|handed out)\b",
    re.I,
)
# kinds of thing a noun-less flow ("31 more arrived") and its closing figure may both count
_KINDS = (
    frozenset(
        stem(w) for w in "ships vessels boats craft tankers freighters carriers ferries".split()
    ),
    frozenset(stem(w) for w in "cars vehicles trucks lorries buses vans".split()),
    frozenset(stem(w) for w in "planes aircraft jets flights".split()),
    frozenset(stem(w) for w in "animals head cattle cows sheep".split()),
    frozenset(stem(w) for w in "homes properties houses flats dwellings apartments units".split()),
)
_ELLIPTIC = frozenset(
    stem(w)
    for w in """more other others another further additional total number tally count fleet
    herd flock stock""".split()
)
# goods by weight or volume: "12,000 tonnes in store ... 3,500 tonnes were shipped"
_IN_GOODS = re.compile(
    r"\b(?:more|another|additional|further|arriv\w*|add\w*|delivered|received|bought|"
    r"imported|pumped in|poured in|flowed in|harvested|produced|mined|brought in|came in)\b",
    re.I,
)
_OUT_GOODS = re.compile(
    r"\b(?:shipped|sold|used|consumed|burned|burnt|exported|pumped out|drawn off|drawn|drew|"
    r"spilled|leaked|evaporated|lost|removed|released|dispatched|delivered to|sent|"
    r"given out|handed out|distributed)\b",
    re.I,
)
# money moves by other verbs: "received $600,000 in donations and spent $1.1 million"
_IN_MONEY = re.compile(
    r"\b(?:received|raised|earned|collected|took in|brought in|gained|add\w*|deposited|won|"
    r"got|borrowed|income|inflows?|more|another|additional|further)\b",
    re.I,
)
_OUT_MONEY = re.compile(
    r"\b(?:spent|spends|spend|paid|pays|withdr[ae]w\w*|lost|used|drew|drawn|transferred|gave|"
    r"repaid|written off|wrote off|outflows?|invested|lent|cost)\b",
    re.I,
)
_MORE_PEOPLE = """recruits recruit hires entrants competitors participants contestants runners
riders delegates guests residents occupants evacuees attendees spectators""".split()
_PERSON_STEMS = frozenset(stem(w) for w in (*PERSON_NOUNS, *_MORE_PEOPLE)) | {
    "peopl",
    "person",
}


def _own_words(ctx: Context, c: Claim, run: list[Claim]) -> str:
    """The words of one flow: from the end of the figure before it to the next figure."""
    s = ctx.sentence(c)
    prev = [x.end for x in run if x.end <= c.start]
    nxt = [x.start for x in run if x.start >= c.end]
    lo = max([s.start, *prev])
    hi = min([s.end, *nxt])
    before = re.split(r"[,;]|\bwhile\b|\band\b|\bbut\b", ctx.text[lo : c.start])[-1]
    after = re.split(r"[,;]|\bwhile\b|\band\b|\bbut\b", ctx.text[c.end : hi])[0]
    return before + " " + after


def _sign(ctx: Context, c: Claim, run: list[Claim]) -> int:
    words = _own_words(ctx, c, run)
    pats = {"money": (_IN_MONEY, _OUT_MONEY), "measure": (_IN_GOODS, _OUT_GOODS)}.get(
        c.kind, (_IN, _OUT)
    )
    ins, outs = bool(pats[0].search(words)), bool(pats[1].search(words))
    if ins and outs and not pats[0].search(_MORE.sub(" ", words)):
        ins = False  # "took one more out of service": the verb says out
    if ins == outs:
        return 0
    return 1 if ins else -1


def _akin(ha: str | None, hb: str | None) -> bool:
    if ha is None or hb is None:
        return False
    return ha == hb or any(ha in k and hb in k for k in (_PERSON_STEMS, *_KINDS))


def _elliptic(ctx: Context, c: Claim) -> bool:
    head = ctx.subject_head(c)
    return head is None or head in _ELLIPTIC


def _same_thing(ctx: Context, a: Claim, b: Claim, closing: Claim | None = None) -> bool:
    ha, hb = ctx.subject_head(a), ctx.subject_head(b)
    if hb in _ELLIPTIC:
        hb = None
    if ha and hb:
        return _akin(ha, hb)
    if closing is not None and ha and hb is None:
        # "Nineteen ships ... 31 more have arrived ..., leaving 46 vessels": a flow with no
        # noun of its own counts what the opening and the closing figure both count
        words = [stem(w) for w in ctx.subject_words(closing)]
        if any(_akin(ha, w) for w in words):
            return True
    return (ha or hb) in _PERSON_STEMS


def _opening(ctx: Context, closing: Claim, first_flow: Claim) -> Claim | None:
    idx = ctx.sentence_index(first_flow)
    money = closing.kind in ("money", "measure")  # amounts: no noun to compare
    here = [
        c
        for c in ctx.in_sentence(idx)
        if c.kind == closing.kind
        and c.currency == closing.currency
        and c.normalized_unit == closing.normalized_unit
        and c.end <= first_flow.start
        and c.id != first_flow.id
    ]
    if here:
        # a sum of money has no noun to compare: the sentence's one earlier amount is the stock
        same = len(here) == 1 if money else _same_thing(ctx, here[-1], first_flow)
        return here[-1] if same else None
    if idx == 0 or ctx.document.sentences[idx - 1].paragraph != ctx.paragraph(first_flow):
        return None
    counts = [
        c
        for c in ctx.in_sentence(idx - 1)
        if c.kind == closing.kind
        and c.currency == closing.currency
        and c.normalized_unit == closing.normalized_unit
        and not c.vague
    ]
    if money:
        counts = [c for c in counts if _HELD_MONEY.search(ctx.clause_text(c))]
    prev = counts if money else [c for c in counts if _same_thing(ctx, c, first_flow, closing)]
    # "began the year with 46 aircraft ... leaving a fleet of 36": a collective closing
    # figure counts what the one opening count did, whatever the flows call their things
    collective = ctx.subject_head(closing) in _ELLIPTIC and ctx.subject_head(closing) is not None
    if (
        not prev
        and len(counts) == 1
        and _elliptic(ctx, closing)
        and (_elliptic(ctx, first_flow) or collective)
    ):
        # "The zoo kept 310 animals. It has since bought 40 and sold 10, leaving 300.": no
        # later figure names a thing, so all count the one thing counted before
        prev = counts
    if len(prev) != 1 or ctx.is_changeish(prev[0]) or ctx.is_prior(prev[0]):
        return None
    return prev[0]


# a stock stated after its flows, in a sentence of its own: "46 are now waiting offshore"
_NOW = re.compile(
    r"\b(?:now|currently|at present|as of|still|remain\w*|that leaves|that left|"
    r"there (?:are|were|is) now)\b",
    re.I,
)
# _NOW's words: a screen the lowercase sentence must pass for it to match
_NOW_WORDS = ("now", "currently", "at present", "as of", "still", "remain", "that le", *FOLD_ODD)
# what "remains" somewhere may be a part of the stock ("30 remain in intensive care"): only
# a stock said to be the one there is now is firm
_NOW_FIRM = re.compile(r"\b(?:now|currently|at present|that leaves|that left)\b", re.I)
# an amount of money is a stock only when the text says it is held
_HELD_MONEY = re.compile(
    r"\b(?:had|has|have|held|holds|hold|stood at|stands at|began|begins|started|starts|"
    r"balance|reserves?|in the bank|in (?:its|their|the) account|on hand|left over|"
    r"opening|carried over|stored|contained|in stock|in storage|in store)\b",
    re.I,
)


def _half_step(ctx: Context, c: Claim) -> float | None:
    iv, v = ctx.interval(c), ctx.value(c)
    if c.bound != "exact" or iv is None or v is None or iv.hi == float("inf"):
        return None
    return max(v - iv.lo, iv.hi - v)


def _only_by_rounding(ctx: Context, figures: list[Claim], point: float, closing: Claim) -> bool:
    """The account misses its closing figure by more than its finest figures allow: it adds
    up only if its round figures were rounded coarser than every other figure in it."""
    steps = [_half_step(ctx, c) for c in figures]
    if any(x is None for x in steps):
        return False  # "about 1,900": a stated tolerance is honoured
    known = [x for x in steps if x is not None]
    finest = min(known)
    if finest == max(known) or (steps[-1] or 0.0) > finest:
        return False  # all stated alike, or a rounded closing figure: rounding is theirs
    return abs(point - (ctx.value(closing) or 0.0)) > finest * len(figures) + 1e-9


def _closings(ctx: Context) -> list[tuple[Claim, int, bool]]:
    """(closing figure, sentence of its flows, firm): "..., leaving 46" in the flows' own
    sentence, or the one count of the next sentence that says what there is now (firm only
    when it names what the flows count: "There are now 445 people in the shelter")."""
    found = []
    sents = ctx.document.sentences
    for closing in ctx.numeric:
        if closing.kind not in ("count", "money", "measure") or closing.vague:
            continue
        s = ctx.sentence(closing)
        if _CLOSING.search(ctx.text, max(s.start, closing.start - 60), closing.start):
            found.append((closing, s.index, True))
            continue
        if _REMAINED.match(ctx.text, closing.end) and ctx.claims_between(s.start, closing.start):
            found.append((closing, s.index, True))  # "310 were flown out and the 870 who remained"
            continue
        if s.index == 0 or sents[s.index - 1].paragraph != s.paragraph:
            continue
        counts = [c for c in ctx.in_sentence(s.index) if c.kind == closing.kind]
        a, b = ctx.clause(closing)
        if (
            counts == [closing]
            and ctx.sentence_mentions(closing, _NOW_WORDS)
            and _NOW.search(ctx.text, a, b)
        ):
            found.append((closing, s.index - 1, False))
    return found


# "the 870 who remained", "and 40 remain": a closing stock told after its flows
_REMAINED = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:who|that|which)?\s*(?:remained|remain|remains|stayed)\b"
)
OPENING_REACH = 6  # paragraphs back to a stock the flows' sentence does not restate
NEAR_LEDGER = 0.08  # an account missing its closing figure by this much is a slip, not chance


def _distant_opening(ctx: Context, closing: Claim, flows: list[tuple[int, Claim]]) -> Claim | None:
    """The stock a few paragraphs back that the flows leave near the closing figure:
    "drew 212 entrants" ... "Thirty-seven players withdrew, leaving 168". Arithmetic finds it
    among the figures counting the same thing; an exact account wins over a near one."""
    first = flows[0][1]
    para, target = ctx.paragraph(first), ctx.value(closing)
    if not target:
        return None
    moved = sum(sign * (ctx.value(c) or 0.0) for sign, c in flows)
    near: list[tuple[float, int, Claim]] = []
    for c in ctx.claims_between(0, first.start):
        if (
            c.kind != closing.kind
            or c.currency != closing.currency
            or c.normalized_unit != closing.normalized_unit
            or c.vague
            or c.bound not in ("exact", "approx")
            or ctx.paragraph(c) < para - OPENING_REACH
            or ctx.is_changeish(c)
            or ctx.is_prior(c)
            or explicit_whole(ctx, c) is not None  # "41 of the entrants": a part, not a stock
        ):
            continue
        v = ctx.value(c)
        if v is None or not (_same_thing(ctx, c, first, closing) or _same_thing(ctx, c, closing)):
            continue
        miss = abs(v + moved - target)
        if miss <= NEAR_LEDGER * target:
            near.append((miss, -c.start, c))
    return min(near, key=lambda t: t[:2])[2] if near else None


# a stock told as the start of a period: "A year earlier the population had stood at 17,655"
_STARTING_STOCK = re.compile(
    r"\b(?:stood at|stand at|stands at|began\b[^.;]{0,30}\bwith|started\b[^.;]{0,30}\bwith|"
    r"opened\b[^.;]{0,30}\bwith)\s+(?:about |some |roughly )?$",
    re.I,
)
# the level an account ends at, told anywhere: "reached a record 18,940", "now stands at"
_END_LEVEL = re.compile(
    r"\b(?:reached|hit|rose to|climbed to|grew to|swelled to|fell to|dropped to|now|stands at|"
    r"stood at|totals?|totalled|numbers?|numbered)\s+(?:a\s+)?(?:record\s+|new\s+|high\s+of\s+)?"
    r"(?:about |some |roughly )?$",
    re.I,
)


def _open_accounts(ctx: Context, done: set[frozenset[str]]) -> list[Check]:
    """A starting stock, then a sentence of flows both ways with no closing figure ("took in
    9,870 people, while 8,855 left"): the level they lead to may be told elsewhere ("reached a
    record 18,940"). Arithmetic finds it among the levels of that thing; near but not equal
    is a slip."""
    out: list[Check] = []
    for opening in ctx.numeric:
        if (
            opening.kind != "count"
            or opening.vague
            or not _STARTING_STOCK.search(ctx.before(opening, 60))
        ):
            continue
        idx = ctx.sentence_index(opening)
        sents = ctx.document.sentences
        if idx + 1 >= len(sents) or sents[idx + 1].paragraph != ctx.paragraph(opening):
            continue
        nxt = sents[idx + 1]
        colon = ctx.text.find(":", nxt.start, nxt.end)
        stop = colon if colon >= 0 else nxt.end
        run = [
            c
            for c in ctx.in_sentence(idx + 1)
            if c.kind not in ("date", "duration") and c.start < stop and ctx.value(c) is not None
        ]
        if len(run) < 2 or any(c.kind != "count" or c.vague for c in run):
            continue
        flows = [(_sign(ctx, c, run), c) for c in run]
        if {sg for sg, _ in flows} != {1, -1} or not all(
            _same_thing(ctx, opening, c) or ctx.subject_head(c) is None for _, c in flows[:1]
        ):
            continue
        point = (ctx.value(opening) or 0.0) + sum(sg * (ctx.value(c) or 0.0) for sg, c in flows)
        used = {opening.id, *(c.id for _, c in flows)}
        ends = []
        for c in ctx.near_numeric(opening):  # a window of claims, not the whole document
            v = ctx.value(c)
            if (
                c.id in used
                or c.kind != "count"
                or c.vague
                or v is None
                or abs(v - point) > NEAR_LEDGER * v
                or abs(ctx.paragraph(c) - ctx.paragraph(opening)) > OPENING_REACH
                or not _END_LEVEL.search(ctx.before(c, 40))
                or ctx.is_prior(c)
            ):
                continue
            ends.append(c)
        if not ends:
            continue
        closing = min(ends, key=lambda c: abs((ctx.value(c) or 0.0) - point))
        parts = [opening, *(c for _, c in flows)]
        if frozenset(c.id for c in (*parts, closing)) in done:
            continue
        terms = [ctx.show(opening)] + [("+ " if sg > 0 else "- ") + ctx.show(c) for sg, c in flows]
        sums = f"{' '.join(terms)} = {fmt(point)}"
        stated = ctx.interval(closing)
        if stated is not None and stated.lo <= point <= stated.hi:
            out.append(
                result(
                    RULE, "pass", (*parts, closing), f"{sums}, as the {ctx.show(closing)} stated"
                )
            )
        else:
            out.append(result(RULE, "fail", (*parts, closing), f"{sums}, not {ctx.show(closing)}"))
    return out


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for closing, idx, firm in _closings(ctx):
        run = [
            c
            for c in ctx.in_sentence(idx)
            if c.end <= closing.start
            and c.kind not in ("date", "duration")  # "over the following 12 months"
            and ctx.value(c) is not None
        ]
        # "released 85 of the 120 hostages ..., leaving 40": the whole a flow is taken from
        # is the stock it leaves
        taken_from = {
            c.id: w
            for c in run
            if (w := explicit_whole(ctx, c)) is not None and w in run and w.start > c.end
        }
        whole_of = next(iter(taken_from.values()), None) if len(taken_from) == 1 else None
        bounds = run + [closing]  # each flow's own words end at the next figure
        if whole_of is not None:
            run = [c for c in run if c.id != whole_of.id]
        flows: list[tuple[int, Claim]] = []
        for c in reversed(run):
            sign = _sign(ctx, c, bounds)
            if sign == 0:
                break
            flows.insert(0, (sign, c))
        if not flows or any(
            c.kind != closing.kind
            or c.currency != closing.currency
            or c.normalized_unit != closing.normalized_unit
            or c.vague
            for _, c in flows
        ):
            continue
        unsigned = len(run) - len(flows)  # the stock itself may open the sentence
        if (unsigned > 1 or unsigned and whole_of) and _REMAINED.match(ctx.text, closing.end):
            continue  # "returned 30, 40 were transferred ... and 11 remain": an unsigned outcome
        opening = _opening(ctx, closing, flows[0][1]) if whole_of is None else whole_of
        if opening is None and firm:
            opening = _distant_opening(ctx, closing, flows)
        if opening is None:
            continue
        after = ctx._noun_after(closing)
        own, first = (stem(after[0]) if after else None), ctx.subject_head(opening)
        if own and first and not _akin(first, own):
            # "carrying 318 people ..., leaving two carriages": another noun ("46 vessels
            # waiting offshore" is named by its first word)
            continue
        if not firm:
            if ctx.sentence_index(opening) == idx:
                continue  # the flows' sentence has a figure the run cannot sign
            head = ctx.subject_head(opening)
            words = [stem(w) for w in ctx.subject_words(closing)]
            a, b = ctx.clause(closing)
            clause = ctx.text[a:b]
            firm = any(_akin(head, w) for w in words) and bool(_NOW_FIRM.search(clause))
        parts = [opening] + [c for _, c in flows]
        ivs = [ctx.interval(c) for c in (*parts, closing)]
        if any(iv is None for iv in ivs):
            continue
        total: Interval = ivs[0]  # type: ignore[assignment]
        point = ctx.value(opening) or 0.0
        terms = [ctx.show(opening)]
        for (sign, c), iv in zip(flows, ivs[1:-1], strict=True):
            assert iv is not None
            total = total + iv if sign > 0 else total - iv
            point += sign * (ctx.value(c) or 0.0)
            terms.append(("+ " if sign > 0 else "- ") + ctx.show(c))
        stated = ivs[-1]
        assert stated is not None
        sym = re.match(r"[$£€¥]", ctx.show(closing)) if closing.kind == "money" else None
        unit = ""
        if closing.kind == "measure":
            unit = " " + re.sub(
                r"^[\d,.\s-]+(?:(?:thousand|million|billion|trillion|bn|m)\b)?\s*", "", closing.text
            )
        sums = f"{' '.join(terms)} = {sym.group() if sym else ''}{fmt(point)}{unit.rstrip()}"
        if total.overlaps(stated) and _only_by_rounding(ctx, [*parts, closing], point, closing):
            # "released 85 of the 120 ..., leaving 40": only a round 120 makes this add up
            msg = f"{sums}, not {ctx.show(closing)} unless the round figures are rounded"
            out.append(result(RULE, "warn", (*parts, closing), msg))
        elif total.overlaps(stated):
            msg = f"{sums}, as the {ctx.show(closing)} stated"
            out.append(result(RULE, "pass", (*parts, closing), msg))
        else:
            span = fmt_interval(total)
            slack = f" ({span} allowing for rounding)" if span != fmt(point) and not sym else ""
            msg = f"{sums}{slack}, not {ctx.show(closing)}"
            if not firm:
                msg += " (if that is the same stock)"
            out.append(result(RULE, "fail" if firm else "warn", (*parts, closing), msg))
    return out + _open_accounts(ctx, {frozenset(c.claims) for c in out})
