"""Shares of one whole exceed 100% (or fall short where the text says complete).

A share is a percentage the text attaches to a part of a whole: "with 38.4%
of the vote", "the Greens on 9.2%", "took 6.8 per cent", "account for
14.2%", "84.4 million (45.0%)", "96.2 million trips, or 51.3% of the total",
"the remaining 5.1 percent". Rates ("turnout was 61.3%"), changes ("up 4.2
points"), earlier figures ("from 57.1%") and modifiers ("the 5% threshold")
are not shares. Consecutive sentences of shares of the same whole form one
group; the group ends at a sentence with none, or a share of another whole.
Each share carries its rounding, so 99.9% passes.
"""

from __future__ import annotations

import re

from reader.checks.base import result
from reader.checks.lexicon import PER_UNIT_AFTER, PERIODS
from reader.checks.quantity import fmt
from reader.checks.relations import STOP, Context, EndScreened
from reader.model import Check, Claim, Status

RULE = "shares_exceed_100"
_VERB_BEFORE_RE = re.compile(
    r"\b(with|on|took|takes|take|won|wins|got|gets|received|receives|captured|secured|garnered|"
    r"made up|make up|makes up|accounted for|accounts for|account for|for|represent(?:s|ed)?|"
    r"entitled to|allotted|awarded|given|allocated|"
    r"remaining|rest|other|others|"
    # "will own 71% of the combined company": stakes in one thing
    r"own|owns|owned|hold|holds|held|control|controls|controlled)\s+"
    r"(?:about |roughly |some |nearly |almost |just )?$",
    re.I,
)
_VERB_BEFORE = EndScreened(
    _VERB_BEFORE_RE,
    "with|on|took|takes|take|won|wins|got|gets|received|receives|captured|secured|garnered|up|"
    "for|represent(?:s|ed)?|to|allotted|awarded|given|allocated|remaining|rest|others?|own|owns|"
    "owned|hold|holds|held|control|controls|controlled|about|roughly|some|nearly|almost|just",
)
_STAKE = re.compile(r"\b(?:own|owns|hold|holds|control|controls)\s+(?:about |roughly |some )?$")
_AFTER_COUNT = re.compile(r"[\d.]+\s*(?:million|billion|thousand)?\s*[a-z ]{0,20}(?:\(|,\s*or\s+)$")
_OF_WHOLE = re.compile(
    r"^\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w\-]+[’']s\s+)?([a-z][\w\-]*)", re.I
)
_COMPLETE = re.compile(
    r"\b(remaining|the rest|the remainder|all other|everyone else|others)\b", re.I
)
ANSWER_VERBS = frozenset(
    """said say says were are was backed back supported support opposed oppose voted vote
    rejected reject accepted accept endorsed endorse gave give donated paid pay
    chose choose preferred prefer favoured favored favour favor approved approve
    disapproved agreed agree disagreed disagree wanted want goes go went going spent
    allocated devoted comes came come coming against earned received got gained achieved
    obtained abstained abstain abstaining undecided unsure
    neutral""".split()
)
# "55% of the budget goes to health": a share handed to one use, exclusive of the others
_ALLOCATED = re.compile(
    r"^(?:\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?"
    r"\s+(?:goes|go|went|going|is spent|was spent|are spent|were spent|spent|is allocated|"
    r"was allocated|allocated|devoted|comes|came|is paid|was paid|paid)\s*(?:to|on|for|from)\b",
    re.I,
)
_OF_NAMED_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|all)\s+(?:[\w\-]+[’']s\s+)?[a-z]", re.I)
_COMPARE = frozenset("below above higher lower more less than over under".split())
_PRONOUNS = frozenset("them those these it".split())


_OF_PHRASE = re.compile(
    r"\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?[a-z][\w\-]*(?:\s+(?:surveyed|polled|asked))?"
    r"(?=\s+[a-z])",
    re.I,
)
_COPULAS = frozenset("were are was is".split())
# giving is exclusive only by bands: "58% gave less than £50, 31% between £50 and £500"
_GIVING = frozenset("gave give donated paid pay".split())


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _verb_after(ctx: Context, c: Claim) -> str:
    """The word after a share, past an "of the <noun>" phrase: "46% of voters favour ..."."""
    m = _OF_PHRASE.match(ctx.text, c.end, c.end + 60)
    if m:
        w = _NEXT_WORD.match(ctx.text[m.end() : m.end() + 20])
        return w.group(1) if w else ""
    return (ctx.words_after(c, 1) or [""])[0]


_SAY = frozenset("said say says".split())
_ANSWER_WORDS = re.compile(r"\b(?:yes|no|not|n[’']t|never|undecided|unsure|know)\b", re.I)


def _answers(ctx: Context, claims: list[Claim]) -> bool:
    """ "said yes ... said no", "said they would ... would not": answers to one question."""
    tails = [ctx.text[c.end : c.end + 50].split(",")[0] for c in claims]
    return any(_ANSWER_WORDS.search(t) for t in tails)


def _banded(ctx: Context, claims: list[Claim]) -> bool:
    """ "41% were under 30, 33% were 30 to 49 ...": values of one dimension (bands, names),
    not "38% were women and 70% were over 60"."""
    if len(claims) < 3:
        return False
    tails = [ctx.text[c.end : c.end + 40].split(",")[0] for c in claims]
    return all(re.search(r"\d", t) for t in tails) or all(
        re.match(r"\s+(?:were|are|was|is)\s+(?:the\s+)?[A-Z]", t) for t in tails
    )


def _forecast_partition(ctx: Context, c: Claim) -> bool:
    """ "is expected to supply 38% of the crop, Ghana 17% ... and the rest the remaining 24%":
    a forecast split of one named whole that the sentence itself closes is a partition."""
    return bool(
        _OF_NAMED_WHOLE.match(ctx.text, c.end, c.end + 60)
        and _COMPLETE.search(ctx.text, c.end, ctx.sentence(c).end)
    )


def _share_of(ctx: Context, c: Claim) -> tuple[bool, str | None]:
    """(is a share, the whole it names or None)."""
    if c.kind != "percent" or c.percentage_points or c.vague:
        return False, None
    if ctx.is_prior(c) or ctx.is_changeish(c):
        return False, None
    if ctx.is_plan(c) and not _STAKE.search(ctx.before(c, 30)) and not _forecast_partition(ctx, c):
        return False, None  # a target; but "will own 71%" is a split of one thing all the same
    after = ctx.text[c.end : c.end + 60]
    m = _OF_WHOLE.match(after)
    whole = m.group(1).lower() if m else None
    if _colon_listed(ctx, c):
        return True, whole
    nxt = ctx.words_after(c, 1)
    if (
        nxt
        and whole is None
        and nxt[0] not in STOP
        and nxt[0] not in ("percent", "cent")
        and nxt[0] not in ANSWER_VERBS
    ):
        return False, None  # "the 5% threshold"
    if nxt and nxt[0] in _COMPARE:
        return False, None
    before = ctx.before(c, 40, clause=False)
    attached = bool(_VERB_BEFORE.search(before)) or bool(_AFTER_COUNT.search(before))
    attached = attached or bool(_ALLOCATED.match(after))
    # "handles 41% of the country's container traffic": a share of a named whole
    attached = attached or bool(_OF_NAMED_WHOLE.match(after))
    if whole is not None and not attached:
        nxt = [_verb_after(ctx, c)] if _verb_after(ctx, c) else nxt
    if not attached and nxt and (nxt[0] in ANSWER_VERBS or nxt[0] in ("to", "on", "for", "from")):
        # "45% said yes, 30% said no": shares of the people answering
        attached = (
            sum(
                1
                for o in ctx.in_sentence(ctx.sentence_index(c))
                if o.kind == "percent"
                and _verb_after(ctx, o) in ANSWER_VERBS | {"to", "on", "for", "from"}
            )
            >= 2
        )
    return attached, whole


_GAP = re.compile(
    r"\s*(?:,|;)?\s*(?:and\s+)?(?:the\s+)?\w[\w’'\-]*(?:\s+\w[\w’'\-]*){0,5}\s+"
    r"(?:on\s+|with\s+|at\s+|the\s+remaining\s+|the\s+rest\s+)?(?:about |roughly |some |nearly )?$"
)
_APIECE = frozenset({"apiece", "each"})
_LAST_ITEMS = re.compile(
    r"(?:[,;]|\bwith\b|\bwhile\b)\s*((?:[A-Z][\w’'\-]*(?:\s*,\s*|\s+and\s+|\s+))+)at\s+$"
)


def _apiece(ctx: Context, c: Claim) -> int:
    """How many parts one share stands for: "Cameroon and Nigeria at 6% apiece" is two."""
    nxt = ctx.words_after(c, 1)
    if not nxt or nxt[0] not in _APIECE:
        return 1
    m = _LAST_ITEMS.search(ctx.text, ctx.sentence(c).start, c.start)
    if not m:
        return 1
    names = [n for n in re.split(r"\s*,\s*|\s+and\s+", m.group(1).strip()) if n.strip(" ,")]
    return max(1, len(names))


_REMAINDER_AFTER = re.compile(r"[^.;]{0,40}?,\s*(?:with|and)\s+the\s+(?:remainder|rest)\b", re.I)
_ITEM_PHRASE = re.compile(
    r"^\s+(?:in|to|on|for|from|at)\s+[^,;.\d]{1,40}?(,\s*(?:and\s+)?|\s+and\s+)$"
)
_OBJECT_GAP = re.compile(r"\s+[a-z]+\s+(?:an?\s+|the\s+)?[\w\-]+(?:\s+[\w\-]+)?,?\s+and\s+")


def _with_gapped(
    ctx: Context, idx: int, shares: list[tuple[Claim, str | None]]
) -> list[tuple[Claim, str | None]]:
    """ "The Alliance won 41.2%, Labour 33.8% and the Greens 12.5%": the verb is gapped, so the
    percentages listed after a share are shares of the same whole."""
    taken = {c.id for c, _ in shares}
    out = list(shares)
    prev = shares[0][0]
    for c in ctx.in_sentence(idx):
        if c.start <= prev.start or c.kind != "percent":
            continue
        if c.id in taken:
            prev = c
            continue
        if c.percentage_points or c.vague or ctx.is_prior(c) or ctx.is_changeish(c):
            break
        gap = re.sub(r"^\s+of\s+[^,;.\d]{1,40}?(?=[,;]|\s+and\b)", "", ctx.text[prev.end : c.start])
        # "31% in sales and marketing and 27% in support": the last item's own phrase
        gap = _ITEM_PHRASE.sub(r"\1", gap)
        nxt = ctx.words_after(c, 1)
        if _OBJECT_GAP.fullmatch(gap) and nxt and nxt[0] in ("a", "an", "the"):
            # "34% received a B and 50% a C": the verb gapped before its next object
            out.append((c, None))
            taken.add(c.id)
            prev = c
            continue
        # "46% of the affected roles are in engineering, 31% in sales": the verb gapped too
        bare_gap = re.fullmatch(r"\s*(?:,|;)?\s*(?:and\s+)?", gap) is not None and bool(gap.strip())
        if not bare_gap and (not re.match(r"\s*(?:,|;|and\b)", gap) or not _GAP.fullmatch(gap)):
            break
        if nxt and nxt[0] not in STOP and nxt[0] not in _APIECE:
            break
        out.append((c, None))
        taken.add(c.id)
        prev = c
    out.sort(key=lambda p: p[0].start)
    return out


def _colon_listed(ctx: Context, c: Claim) -> bool:
    """ "Each job is logged under a single category: 41% involved damp, 27% heating, ...":
    three or more percentages listed after a colon break one whole down."""
    sent = ctx.sentence(c)
    colon = ctx.text.rfind(":", sent.start, c.start)
    if colon < 0:
        return False
    listed = [
        o
        for o in ctx.in_sentence(ctx.sentence_index(c))
        if o.kind == "percent" and o.start > colon and not o.percentage_points
    ]
    return len(listed) >= 3


# The text says each item falls in one share only.
_EXCLUSIVE = re.compile(
    r"\b(?:a single|only one|one category|exclusive(?:ly)?|counted once|no overlap)\b", re.I
)


def _said_exclusive(ctx: Context, claims: list[Claim]) -> bool:
    first = ctx.sentence_index(claims[0])
    for idx in (first - 1, first):
        if idx < 0:
            continue
        sent = ctx.document.sentences[idx]
        end = claims[0].start if idx == first else sent.end
        if _EXCLUSIVE.search(ctx.text, sent.start, end):
            return True
    return False


def _closes(ctx: Context, claims: list[Claim]) -> bool:
    """The shares already make 100% (within rounding): what follows is another breakdown."""
    ivs = [ctx.interval(c) for c in claims]
    if any(iv is None for iv in ivs):
        return False
    lo = sum(iv.lo for iv in ivs if iv is not None)
    hi = sum(iv.hi for iv in ivs if iv is not None)
    return lo <= 100 <= hi


def _groups(ctx: Context) -> list[list[tuple[Claim, str | None]]]:
    groups: list[list[tuple[Claim, str | None]]] = []
    current: list[tuple[Claim, str | None]] = []
    whole: str | None = None
    last_sentence = -2
    for idx in sorted(ctx.by_sentence):
        # _share_of takes percentages only: the other claims are not asked
        shares = [
            (c, w)
            for c in ctx.by_sentence[idx]
            if c.kind == "percent"
            for ok, w in [_share_of(ctx, c)]
            if ok
        ]
        if shares:
            shares = _with_gapped(ctx, idx, shares)
        if not shares or idx != last_sentence + 1:
            if current:
                groups.append(current)
            current, whole = [], None
        elif len(current) >= 2 and (
            shares[0][1] not in (None, *_PRONOUNS) or _closes(ctx, [c for c, _ in current])
        ):
            # a sentence that names its whole again starts another breakdown of it
            # ("... France for 25% and Italy for 15%. Online sales made up 40% of revenue.")
            groups.append(current)
            current = []
        for c, w in shares:
            if w is not None and w not in _PRONOUNS and whole is not None and w != whole:
                if w.isdigit() is False and not w[0].isdigit():
                    groups.append(current)
                    current = []
            if w is not None and w not in _PRONOUNS:
                whole = w
            current.append((c, w))
        if shares:
            last_sentence = idx
    if current:
        groups.append(current)
    return [g for g in groups if len(g) >= 2]


_PARTITION_VERB = re.compile(
    r"\b(?:made up|make up|makes up|accounted for|account for|accounts for|comprised|"
    r"comprise|comprises|represented|represent|represents)\s+(?:about |roughly |some |nearly )?$",
    re.I,
)


def _one_partition(ctx: Context, claims: list[Claim]) -> bool:
    """One sentence lists the shares, at least one as a part that "makes up" or "accounts for"
    its whole, and no other percentage stands in it: the parts of one whole, not overlapping
    answers."""
    idx = {ctx.sentence_index(c) for c in claims}
    if len(idx) != 1 or len(claims) < 3:
        return False
    others = [c for c in ctx.in_sentence(idx.pop()) if c.kind == "percent" and c not in claims]
    return not others and any(_PARTITION_VERB.search(ctx.before(c, 30)) for c in claims)


_GAPPED_FOR = re.compile(
    r"[;,]\s*(?:and\s+)?[\w\- ]{1,30}\bfor\s+(?:about |roughly |some |nearly )?$"
)


def _partitioned(ctx: Context, claims: list[Claim]) -> bool:
    """ "made up 46% of the portfolio. Bonds ... accounted for 24%; private equity for 14%":
    each share is a part that makes up the whole, said or gapped."""
    marked = [bool(_PARTITION_VERB.search(ctx.before(c, 30))) for c in claims]
    gapped = [bool(_GAPPED_FOR.search(ctx.before(c, 40))) for c in claims]
    return any(marked) and all(m or g for m, g in zip(marked, gapped, strict=True))


def _all_listed(ctx: Context, claims: list[Claim]) -> bool:
    """Every current percentage of the group's sentences is in it: none left out of the sum."""
    ids = {c.id for c in claims}
    for idx in {ctx.sentence_index(c) for c in claims}:
        for c in ctx.in_sentence(idx):
            if c.kind != "percent" or c.id in ids or c.percentage_points:
                continue
            if not ctx.is_change_amount(c):
                return False  # an earlier figure for a party left out is no share of this one
    return True


_WHOLE_PHRASE = re.compile(
    r"\s+of\s+(?:all\s+)?((?:the\s+|its\s+|their\s+)?[\w’'\- ]{1,50}?)"
    r"(?=\s*[,;.(]|\s+(?:and|or|according|while|but|in|on|at|for|from|to|was|were|is|are)\b)",
    re.I,
)


def _whole_label(ctx: Context, claims: list[Claim], whole: str | None) -> str:
    """ " of the country's container traffic": the whole as the text names it."""
    if not whole:
        return ""
    for c in claims:
        m = _WHOLE_PHRASE.match(ctx.text, c.end, c.end + 70)
        if m and whole in m.group(1).lower():
            words = m.group(1).split()
            while len(words) > 1 and words[-1].lower() in ANSWER_VERBS:
                words.pop()  # "of first-years come from": the verb is not the whole
            return " of " + " ".join(words)
    return f" of the {whole}"


# "... shared the remaining 37%": the rest of a partition the paragraph has been telling
_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:remaining|rest|remainder)\s+(?:of\s+)?$", re.I)


def _closed_by_the_rest(ctx: Context) -> list[list[tuple[Claim, str | None]]]:
    """The shares of a paragraph that "the remaining N%" closes, across its sentences:
    "Egypt took 24% of shipments. Indonesia bought 17% and Turkey 14%, while Bangladesh
    accounted for 11%. Other countries shared the remaining 37%." Percentages that are
    changes, earlier levels, plans, points or comparisons are not shares of it."""
    out = []
    for rest in ctx.numeric:
        if rest.kind != "percent" or not _REST_BEFORE.search(ctx.before(rest, 25)):
            continue
        paragraph = ctx.paragraph(rest)
        whole: str | None = None
        parts: list[tuple[Claim, str | None]] = []
        first = ctx.sentence_index(rest)
        sentences = ctx.document.sentences
        while first > 0 and sentences[first - 1].paragraph == paragraph:
            first -= 1
        # the paragraph's claims before the rest, read from its sentences, not the document's
        before = [
            c
            for i in range(first, ctx.sentence_index(rest) + 1)
            for c in ctx.in_sentence(i)
            if c.start < rest.start
        ]
        for c in before:
            if c.kind != "percent" or ctx.value(c) is None:
                continue
            if c.percentage_points or c.vague or ctx.is_prior(c) or ctx.is_changeish(c):
                continue
            rate = PER_UNIT_AFTER.match(ctx.text, c.end)
            if ctx.is_plan(c) or (rate and rate.group(1).lower() in PERIODS):
                continue
            nxt = ctx.words_after(c, 1)
            if nxt and nxt[0] in _COMPARE:
                continue
            m = _OF_WHOLE.match(ctx.text[c.end : c.end + 60])
            named = m.group(1).lower() if m else None
            if named is not None and whole is not None and named != whole:
                parts = []  # another whole's shares: start again after them
            whole = named or whole
            parts.append((c, named))
        if len(parts) >= 3:
            out.append([*parts, (rest, whole)])
    return out


def _with_closed(ctx: Context) -> list[list[tuple[Claim, str | None]]]:
    """The groups, a group a paragraph's "remaining" share closes taking the place of the
    smaller groups inside it."""
    groups = _groups(ctx)
    for closed in _closed_by_the_rest(ctx):
        ids = {c.id for c, _ in closed}
        if any({c.id for c, _ in g} == ids for g in groups):
            continue
        if any({c.id for c, _ in g} - ids for g in groups if {c.id for c, _ in g} & ids):
            continue  # it cuts across a breakdown read another way: leave that reading
        groups = [g for g in groups if not {c.id for c, _ in g} <= ids] + [closed]
    return groups


def check(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for group in _with_closed(ctx):
        claims = [c for c, _ in group]
        ivs = [ctx.interval(c) for c in claims]
        if any(iv is None for iv in ivs):
            continue
        times = [_apiece(ctx, c) for c in claims]
        lo = sum(iv.lo * n for iv, n in zip(ivs, times, strict=True) if iv is not None)
        hi = sum(iv.hi * n for iv, n in zip(ivs, times, strict=True) if iv is not None)
        total = sum((ctx.value(c) or 0.0) * n for c, n in zip(claims, times, strict=True))
        whole = next((w for _, w in group if w and w not in _PRONOUNS), None)
        of_whole = _whole_label(ctx, claims, whole)
        shown = " + ".join(
            " + ".join([ctx.show(c)] * n) for c, n in zip(claims, times, strict=True)
        )
        complete = any(_COMPLETE.search(ctx.before(c, 25, clause=True)) for c in claims)
        # "..., 27% in customer support, with the remainder in finance": a partition told
        remainder_after = bool(_REMAINDER_AFTER.match(ctx.text, claims[-1].end))
        owners = [frozenset(ctx.owner(c)) for c in claims]
        distinct = all(owners) and len(set(owners)) == len(owners)
        parenthetical = sum(1 for c in claims if _AFTER_COUNT.search(ctx.before(c, 40))) >= 2
        # "45% said yes, 30% said no", "45% goes to health, 30% to education": exclusive
        verbs = [_verb_after(ctx, c) for c in claims]
        answer_words = ANSWER_VERBS | {"to", "on", "for", "from"}
        exclusive = all(
            v in answer_words
            or _ALLOCATED.match(ctx.text[c.end : c.end + 60])
            # "34% received a B and 50% a C": the verb gapped before its object
            or (v in ("a", "an", "the") and any(w in answer_words for w in verbs))
            for v, c in zip(verbs, claims, strict=True)
        )
        copulas = sum(1 for v in verbs if v in _COPULAS)
        if exclusive and 2 * copulas >= len(verbs) and not _banded(ctx, claims):
            exclusive = False  # "38% were women and 70% were over 60": two dimensions
        if exclusive and any(v in _GIVING for v in verbs) and not _banded(ctx, claims):
            exclusive = False  # "60% gave money and 40% gave time": the same people may do both
        if exclusive and any(v in _SAY for v in verbs) and not _answers(ctx, claims):
            exclusive = False  # "45% said they took the bus, 38% said they drove": may overlap
        # Writers round each share from the true one, not from the far end of its rounding:
        # five whole-number shares can make 101% but not 102% (one point is always allowed).
        near = [ctx.plausible(c) for c in claims]
        over = (
            all(iv is not None for iv in near)
            and sum(iv.lo * n for iv, n in zip(near, times, strict=True) if iv is not None) > 100
            and total - 100 > 1
        )
        if lo > 100 or over:
            firm = (
                complete
                or remainder_after
                or distinct
                or parenthetical
                or exclusive
                or _one_partition(ctx, claims)
                or _partitioned(ctx, claims)
                or _said_exclusive(ctx, claims)
            )
            status: Status = "fail" if firm else "warn"
            msg = f"{shown} = {fmt(total)}%{of_whole}, more than 100%"
            out.append(result(RULE, status, claims, msg))
        elif complete and hi < 100 and _all_listed(ctx, claims):
            msg = f"{shown} = {fmt(total)}%{of_whole}, short of the 100% the text implies"
            out.append(result(RULE, "fail", claims, msg))
        elif complete or len(claims) >= 3:
            rel = "≈" if complete and hi >= 100 else "<="
            msg = f"{shown} = {fmt(total)}%{of_whole} {rel} 100%"
            out.append(result(RULE, "pass", claims, msg))
    return out
