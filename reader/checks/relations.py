"""The relation layer: what the text around each claim says about it.

Checks never compare every claim with every other; they ask this layer for
claims tied by the text: the same sentence or clause, "X of the Y", a shared
subject and predicate, a stated total. Everything here reads ``document.text``
with the claim offsets, and uses ``claim.subject``/``claim.predicate`` when the
extractor filled them, falling back on its own reading when it did not.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from reader.checks.lexicon import (  # noqa: F401 - re-exported for the rules
    _CAPS_RUN,
    _PLAN_WORDS,
    _PRIOR_AFTER_WORDS,
    _PRIOR_BEFORE_WORDS,
    _SUFFIXES,
    ATTRIBUTION,
    CHANGE_DOWN,
    CHANGE_UP,
    CLAUSE_BREAK,
    COLLECTIVE_TOTALS,
    COMPARATIVES,
    FRONTED,
    GENERIC_WORDS,
    IRREGULAR,
    LEDGER_IN,
    LEDGER_OUT,
    LEDGER_STOCK,
    PARTICIPLES,
    PERSON_NOUNS,
    PHRASAL_UP,
    PLAN_MARKERS,
    PRIOR_AFTER,
    PRIOR_BEFORE,
    QUANTITY_NOUNS,
    RELATIVE_TIME,
    SAYS,
    SAYS_WORDS,
    STOP,
    TOPIC_STOP,
    UNITISH,
    VERB_LEMMAS,
    VERBISH,
    WEEKDAYS_MONTHS,
    WINDOW,
    WORD,
    stem,
)
from reader.checks.quantity import Interval, interval, numeric_value
from reader.checks.screens import (  # noqa: F401 - for the rules
    FOLD_ODD,
    EndScreened,
    WordScreened,
    end_word,
)
from reader.document import Document, Sentence
from reader.model import Claim

_FIRST_WORD = re.compile(r"[ \t]*(?:percent\s+|per cent\s+)?([A-Za-z]+)")
_F = TypeVar("_F", bound=Callable[..., Any])
# "a workforce of 19,800": the noun before "of"; "the number still held at 104"
_NOUN_OF_END_RE = re.compile(
    r"([A-Za-z][\w\-]*)\s+of\s+(?:about |some |roughly |nearly |more than |around )?$"
)
_NOUN_OF_END = EndScreened(_NOUN_OF_END_RE, "of|about|some|roughly|nearly|than|around")
_POSSESSIVE_END = re.compile(r"([\w\-]+)[’']s?\s+(?:[a-z\-]+\s+)?$")
_OWNER_END = re.compile(r"([\w’'\-]+)[’']s?\s+(?:[a-z\-]+\s+)?$")
_APOSTROPHE = re.compile(r"[’']s?\s")
_HYPHEN_WORD = re.compile(r"-(\w+)")
_OF_BETWEEN = re.compile(r"\s+(?:out\s+)?of\s+[^,;.\d]{0,30}$")
_SENTENCE_MARK_END = re.compile(r"[.!?“\"]\s*$")
_TALLY_AT_END = re.compile(r"\b(number|total|tally|toll|count)\b[^,.]{0,30}\b(?:at|to)\s+$")


@functools.lru_cache(maxsize=128)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One literal alternation: the regex engine scans a sentence faster than a loop of `in`.

    For a screen (does any word occur?) only: the words are factored by their shared
    prefixes, so each position tries one branch per first letter, not one per word.
    """
    return re.compile(_prefix_tree(sorted(set(words))))


def _screen(words: tuple[str, ...]) -> Callable[[str], bool]:
    """A test of whether a text holds any of the words, the fastest of three equal readings:
    one `in` for one word; a loop of `in` for up to sixteen words with no shared prefix (the
    regex engine then tries a branch at every letter: measured on news sentences, slower
    than that many `in` scans); the factored regex otherwise."""
    pattern = _alternation(words)
    if len(words) == 1:
        word = words[0]
        return lambda text: word in text
    if len(words) <= 16 and pattern.pattern.startswith("(?:"):

        def any_in(text: str) -> bool:
            for word in words:
                if word in text:
                    return True
            return False

        return any_in
    search = pattern.search
    return lambda text: search(text) is not None


def _prefix_tree(words: list[str]) -> str:
    """A regex matching where any of the (sorted, distinct) words starts."""
    if not words or "" in words:
        return ""  # a word that is a prefix of the others: it alone decides the screen
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[0], []).append(w[1:])
    branches = [re.escape(h) + _prefix_tree(rest) for h, rest in heads.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


# the word screens of is_prior and is_plan, built once (not looked up per claim)
_PRIOR_BEFORE_SCREEN = _screen(_PRIOR_BEFORE_WORDS)
_PRIOR_AFTER_SCREEN = _screen(_PRIOR_AFTER_WORDS)
_PLAN_SCREEN = _screen(_PLAN_WORDS)

_MISSING = object()


def _memo(fn: _F) -> _F:
    """Remember a reading per claim: rules ask the same questions of the same claims.

    A rule's own reading (a module function of ctx and claim) is kept under its module."""
    name = fn.__name__
    if not fn.__qualname__.startswith("Context."):
        name = f"{fn.__module__}.{fn.__qualname__}"
    if fn.__code__.co_argcount == 2 and not fn.__code__.co_kwonlyargcount:
        # a reading of the claim alone: no argument tuple to build or hash
        @functools.wraps(fn)
        def plain(self: Context, claim: Claim) -> Any:
            try:
                cache = self._caches[name]
            except KeyError:  # once per reading and context
                cache = self._caches[name] = {}
            value = cache.get(claim.id, _MISSING)
            if value is _MISSING:
                value = cache[claim.id] = fn(self, claim)
            return value

        return plain  # type: ignore[return-value]

    @functools.wraps(fn)
    def wrapper(self: Context, claim: Claim, *args: Any, **kwargs: Any) -> Any:
        try:
            cache = self._caches[name]
        except KeyError:
            cache = self._caches[name] = {}
        key = (claim.id, args, tuple(kwargs.items())) if args or kwargs else claim.id
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = cache[key] = fn(self, claim, *args, **kwargs)
        return value

    return wrapper  # type: ignore[return-value]


_SPREAD_OVER_PLACES = re.compile(
    r"\b(?:in|across|at)\s+(?:more than\s+|over\s+|about\s+|some\s+|nearly\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)"
    r"\s+(?:countries|states|cities|towns|sites|offices|stores|shops|locations|regions|markets|"
    r"provinces|counties|districts|plants|factories|branches|campuses|hospitals|schools)\b",
    re.IGNORECASE,
)


# a capitalised word inside a sentence (not its first word): a name
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
# "the company", "the council": a definite description of the article's main organisation
_DESCRIBED_ENTITY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+(?:company|firm|group|council|authority|club|airline|bank|carrier|"
    r"operator|insurer|retailer|chain|maker|manufacturer|utility|trust|university|charity|"
    r"co-?op|cooperative|agency|ministry|department|government|board|union|party|league|"
    r"hospital|refinery|plant|port|airport|museum|zoo|service|network|lender|broadcaster)\b"
)
_SAYING = frozenset("said says say saying told tells".split())
_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|tells)\b")


@dataclass
class Context:
    """Claims and the document, indexed for the rules."""

    document: Document
    claims: Sequence[Claim]
    by_sentence: dict[int, list[Claim]] = field(default_factory=lambda: defaultdict(list))
    _sent: dict[str, Sentence] = field(default_factory=dict)

    _starts: list[int] = field(default_factory=list)
    _cache: dict[tuple[object, ...], Any] = field(default_factory=dict)
    _caches: dict[str, dict[Any, Any]] = field(default_factory=dict)
    _lower: dict[int, str] = field(default_factory=dict)
    _position: dict[str, int] = field(default_factory=dict)
    _mentions: dict[tuple[str, ...], dict[int, bool]] = field(default_factory=dict)
    _mentions_by_id: dict[int, tuple[dict[int, bool], Callable[[str], bool], tuple[str, ...]]] = (
        field(default_factory=dict)
    )
    _values: dict[str, float | None] = field(default_factory=dict)
    # clause()'s own memo, read directly by before/after (the hottest callers)
    _clauses: dict[str, tuple[int, int]] = field(default_factory=dict)
    # the document's text, read often enough that a property call shows in profiles
    text: str = field(init=False, default="", repr=False)

    def __post_init__(self) -> None:
        self.text = self.document.text
        self._caches["clause"] = self._clauses
        self.claims = sorted(self.claims, key=lambda c: c.start)
        for i, c in enumerate(self.claims):
            s = self._sentence_for(c)
            self._sent[c.id] = s
            self.by_sentence[s.index].append(c)
            self._position[c.id] = i
        self._starts = [c.start for c in self.claims]

    def near(self, claim: Claim, radius: int = WINDOW) -> Sequence[Claim]:
        """The claims around one, in text order: the reach of a relation across sentences.

        Rules that look beyond a sentence search this window, so a long document
        costs linear time, not all pairs.
        """
        i = self._position.get(claim.id, 0)
        return self.claims[max(0, i - radius) : i + radius + 1]

    def sentence_has(self, claim: Claim, pattern: re.Pattern[str]) -> bool:
        """Whether the claim's sentence matches: a cheap screen before closer reading."""
        s = self.sentence(claim)
        key = ("has", pattern.pattern, s.index)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = pattern.search(self.text, s.start, s.end) is not None
        return bool(hit)

    def position(self, claim: Claim) -> int:
        return self._position.get(claim.id, 0)

    def distance(self, a: Claim, b: Claim) -> int:
        """How many claims apart two claims are."""
        return abs(self._position.get(a.id, 0) - self._position.get(b.id, 0))

    def near_numeric(self, claim: Claim, radius: int = WINDOW) -> list[Claim]:
        """The numeric claims of near()'s window, found by bisection, not by filtering it."""
        i = self._position.get(claim.id, 0)
        positions, numeric = self._numeric_at
        lo = bisect.bisect_left(positions, max(0, i - radius))
        hi = bisect.bisect_right(positions, i + radius)
        return numeric[lo:hi]

    @cached_property
    def _numeric_at(self) -> tuple[list[int], list[Claim]]:
        """The positions and claims of the numeric ones, in text order."""
        numeric = self._numeric_ids
        at = [(i, c) for i, c in enumerate(self.claims) if c.id in numeric]
        return [i for i, _ in at], [c for _, c in at]

    @cached_property
    def _numeric_ids(self) -> frozenset[str]:
        """The claims with a number to compare: read once, not per window."""
        return frozenset(c.id for c in self.numeric)

    # -------------------------------------------------------------- locations
    def _sentence_for(self, claim: Claim) -> Sentence:
        sents = self.document.sentences
        if 0 <= claim.sentence < len(sents):
            s = sents[claim.sentence]
            if s.start <= claim.start < (s.end if s.end > s.start else s.start + 1):
                return s
        found = self.document.sentence_at(claim.start)
        return found if found is not None else Sentence(0, 0, len(self.text), 0)

    def sentence(self, claim: Claim) -> Sentence:
        return self._sent[claim.id]

    def sentence_text(self, claim: Claim) -> str:
        s = self._sent[claim.id]
        return self.text[s.start : s.end]

    def sentence_index(self, claim: Claim) -> int:
        return self._sent[claim.id].index

    def paragraph(self, claim: Claim) -> int:
        return self.sentence(claim).paragraph

    def in_sentence(self, index: int) -> list[Claim]:
        return self.by_sentence.get(index, [])

    def next_sentence(self, claim: Claim) -> Sentence | None:
        i = self.sentence(claim).index + 1
        sents = self.document.sentences
        return sents[i] if i < len(sents) else None

    @_memo
    def clause(self, claim: Claim) -> tuple[int, int]:
        s = self._sent[claim.id]
        lo, hi = s.start, s.end
        starts, ends = self._breaks(s)
        clauses = self._clauses
        # the whole sentence's claims at once: its neighbours are asked for next
        members = self.by_sentence.get(s.index, ())
        if not starts:
            for c in members:
                clauses[c.id] = (lo, hi)
            clauses[claim.id] = (lo, hi)
            return clauses[claim.id]
        n = len(starts)
        right, left = bisect.bisect_right, bisect.bisect_left
        for c in (*members, claim):
            # the last break ending at or before the claim, the first starting after it
            i = right(ends, c.start) - 1
            start = ends[i] if i >= 0 else lo
            j = left(starts, c.end)
            clauses[c.id] = (start if start > lo else lo, starts[j] if j < n else hi)
        return clauses[claim.id]

    def _breaks(self, s: Sentence) -> tuple[list[int], list[int]]:
        key = ("breaks", s.index)
        found = self._cache.get(key)
        if found is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in CLAUSE_BREAK.finditer(self.text, s.start, s.end):
                a, b = m.span()
                starts.append(a)
                ends.append(b)
            found = self._cache[key] = (starts, ends)
        return found  # type: ignore[no-any-return]

    def sentence_lower(self, claim: Claim) -> str:
        s = self._sent[claim.id]
        low = self._lower.get(s.index)
        if low is None:
            low = self._lower[s.index] = self.text[s.start : s.end].lower()
        return low

    def sentence_mentions(self, claim: Claim, words: tuple[str, ...]) -> bool:
        """Whether the sentence holds any of the (lowercase) words: a cheap screen."""
        # found by the tuple's id first (long tuples hash slowly); the entry holds the tuple,
        # so its id is not reused while the entry lives; equal tuples share one memo
        entry = self._mentions_by_id.get(id(words))
        if entry is None:
            memo = self._mentions.setdefault(words, {})
            entry = self._mentions_by_id[id(words)] = (memo, _screen(words), words)
        seen = entry[0]
        i = self._sent[claim.id].index
        hit = seen.get(i)
        if hit is None:
            low = self._lower.get(i)
            if low is None:
                low = self.sentence_lower(claim)
            hit = seen[i] = entry[1](low)
        return hit

    def clause_text(self, claim: Claim) -> str:
        a, b = self.clause(claim)
        return self.text[a:b]

    def before(self, claim: Claim, chars: int = 60, clause: bool = False) -> str:
        if clause:
            lo = (self._clauses.get(claim.id) or self.clause(claim))[0]
        else:
            lo = self._sent[claim.id].start
        start = claim.start
        # the later of the two (a comparison: cheaper than max() on the hottest path)
        return self.text[lo if lo > start - chars else start - chars : start]

    def after(self, claim: Claim, chars: int = 60, clause: bool = False) -> str:
        if clause:
            hi = (self._clauses.get(claim.id) or self.clause(claim))[1]
        else:
            hi = self._sent[claim.id].end
        end = claim.end
        return self.text[end : hi if hi < end + chars else end + chars]

    @_memo
    def words_before(self, claim: Claim, n: int = 4, clause: bool = True) -> list[str]:
        return [w.lower() for w in WORD.findall(self.before(claim, 80, clause))[-n:]]

    @_memo
    def words_after(self, claim: Claim, n: int = 4, clause: bool = True) -> list[str]:
        return [w.lower() for w in WORD.findall(self.after(claim, 80, clause))][:n]

    # ---------------------------------------------------------------- values
    @_memo
    def interval(self, claim: Claim) -> Interval | None:
        return interval(claim, self.text)

    def plausible(self, claim: Claim) -> Interval | None:
        """An exact figure within half its rounding, for arithmetic between figures:
        "$34 million" to "$41 million" is no 17% rise, though 34.5 and 40.5 would make one.
        Writers compute from the figures they state or ones close to them, not from the
        far ends of rounding. Qualified figures ("about", "more than") keep their interval."""
        iv = self.interval(claim)
        v = numeric_value(claim)
        if iv is None or v is None or claim.bound != "exact" or iv.hi == float("inf"):
            return iv
        if not iv.lo <= v <= iv.hi:
            return iv
        return Interval(v - (v - iv.lo) / 2, v + (iv.hi - v) / 2)

    def value(self, claim: Claim) -> float | None:
        v = self._values.get(claim.id, _MISSING)
        if v is _MISSING:
            v = self._values[claim.id] = numeric_value(claim)
        return v  # type: ignore[return-value]

    # ------------------------------------------------------------- readings
    @_memo
    def subject_words(self, claim: Claim) -> list[str]:
        """The noun phrase the number counts, as lowercase words."""
        own = self._fallback_subject(claim)
        if own or not claim.subject:
            return own
        words = claim.subject.lower().split()
        last = words[-1]
        if last.endswith("ed") or last in PARTICIPLES or last in STOP or stem(last) in VERBISH:
            return []  # a verb read as the subject ("twelve died", "40 remain")
        return words

    def _fallback_subject(self, claim: Claim) -> list[str]:
        after = self._noun_after(claim)
        before = self.before(claim, 50, clause=True)
        # "a workforce of 19,800", "a margin of 4.8 points": the noun before "of"
        m = (
            _NOUN_OF_END.search(before)
            if " of " in before[-25:] or before.endswith(" of ")
            else None
        )
        if (
            m
            and m.group(1).lower() not in STOP
            and m.group(1).lower() not in QUANTITY_NOUNS
            and (not after or after[-1] in UNITISH)
        ):
            return [m.group(1).lower()]
        if not after and (" at " in before[-4:] or " to " in before[-4:]):
            # "put the number still held at 104"
            m = _TALLY_AT_END.search(before)
            if m:
                return [m.group(1).lower()]
        return after

    def _noun_after(self, claim: Claim) -> list[str]:
        after = self.after(claim, 60, clause=True)
        # the first claim starting in that reach (claims_between without the list)
        i = bisect.bisect_left(self._starts, claim.end)
        if i < len(self._starts) and self._starts[i] < claim.end + len(after):
            after = after[: self.claims[i].start - claim.end]  # "192 lawmakers eight votes short"
        # "82-game season": the compound is the counted thing
        m = _HYPHEN_WORD.match(after)
        if m:
            return [m.group(1)]
        out: list[str] = []
        for w in WORD.findall(after)[:5]:
            lw = w.lower()
            if lw in ("of", "out") and not out:
                continue  # "6 million of the Jews" / "17 out of 20"
            if lw in STOP or lw.endswith("ly"):
                if out:
                    break
                if lw in ("the", "all", "its", "their", "his", "her"):
                    continue
                break
            if lw in ("remain", "remains", "stay", "stays", "stand", "stands") and not out:
                break  # "40 remain in captivity"
            if (lw.endswith("ed") or lw in PARTICIPLES) and (out or self._verb_follows(after, w)):
                break  # "the 14 passengers taken to hospital", "2,275 received the drug"
            out.append(lw)
        return out

    @staticmethod
    def _verb_follows(after: str, word: str) -> bool:
        """A participle is a verb unless a noun follows it ("94,200 completed purchases")."""
        m = re.search(re.escape(word) + r"\W+([A-Za-z]+)", after)
        return m is None or m.group(1).lower() in STOP

    def subject_head(self, claim: Claim) -> str | None:
        words = self.subject_words(claim)
        return stem(words[-1]) if words else None

    @_memo
    def stems(self, claim: Claim, clause: bool = True) -> set[str]:
        """Content-word stems of the claim's clause (or sentence)."""
        if clause:
            a, b = self.clause(claim)
        else:
            s = self.sentence(claim)
            a, b = s.start, s.end
        return {stem(w) for w in WORD.findall(self.text[a:b]) if w.lower() not in STOP}

    @_memo
    def local_after(self, claim: Claim, n: int = 6) -> list[str]:
        """Words after the claim up to the next figure or "and" in its clause."""
        a, b = self.clause(claim)
        nxt = next((c.start for c in self.claims_between(claim.end, b)), b)
        words = [w.lower() for w in WORD.findall(self.text[claim.end : min(nxt, claim.end + 80)])]
        if "and" in words:
            words = words[: words.index("and")]
        return words[:n]

    @_memo
    def predicate_stems(self, claim: Claim) -> set[str]:
        """Verbs near the number: the predicate it stands in."""
        out: set[str] = set()
        before = self.words_before(claim, 3)
        a = self.clause(claim)[0]
        prev = [c for c in self.claims_between(a, claim.start) if c.end <= claim.start]
        own = claim.predicate.split()[-1] if claim.predicate else None
        if (
            prev
            and prev[-1].kind == claim.kind
            and _OF_BETWEEN.match(self.text, prev[-1].end, claim.start)
        ):
            # "interviewed 620 of medicine's 3,870 applicants": the verb is the part's
            between = [w.lower() for w in WORD.findall(self.text[prev[-1].end : claim.start])]
            before = before[-len(between) :] if between else []
            if own and own.lower() not in between:
                own = None
        if own and own.lower() not in _SAYING:
            out.add(stem(own))
        for w in before + self.local_after(claim):
            if w in STOP or w in _SAYING:
                continue  # "Penhallow said the 1,860 prisoners were ...": the saying is not theirs
            if (
                w.endswith(("ed", "en"))
                or w in PARTICIPLES
                or (w in IRREGULAR and IRREGULAR[w] in VERB_LEMMAS)
                or (stem(w) in LEDGER_IN)
            ):
                out.add(stem(w))
        return out

    @_memo
    def tense(self, claim: Claim) -> str | None:
        """ "employed 500" (past) vs "employs 30" (present): the same verb at two times."""
        for w in self.words_before(claim, 3):
            if w.endswith("ed") or w in ("was", "were", "had", "took", "won", "lost"):
                return "past"
            if w in ("is", "are", "has", "have", "now", "today", "currently") or (
                w.endswith("s")
                and not w.endswith("ss")
                and len(w) > 3
                and w not in STOP
                and stem(w) in VERBISH
            ):
                return "present"
        return None

    @_memo
    def topic(self, claim: Claim) -> set[str]:
        """Content words of the clause before the figure: who or what it is about."""
        a, _ = self.clause(claim)
        text = self.text[a : claim.start]
        if self.sentence_mentions(claim, SAYS_WORDS) and SAYS.search(text):
            text = ATTRIBUTION.sub("", text)
        words = [w.lower() for w in WORD.findall(text)]
        skip = set(self.predicate_stems(claim))
        for c in self.claims_between(a, claim.end):
            skip |= {stem(w) for w in self.subject_words(c)}
        # an apostrophe first: the pattern has one, and it is tried at every start
        poss = _POSSESSIVE_END.search(text) if "’" in text or "'" in text else None
        if poss:
            skip.add(stem(poss.group(1)))
        out = set()
        for w in words:
            if w in STOP or w in TOPIC_STOP or w.endswith("ed") or stem(w) in skip:
                continue
            if stem(w) in VERBISH:
                continue
            out.add(stem(w))
        return out

    @_memo
    def qualifiers(self, claim: Claim) -> set[str]:
        """Prepositional phrases after the figure: "in 75 games", "to hospital"."""
        after = self.after(claim, 60, clause=True)
        # "in 22 countries", "across 14 sites": where the whole is spread, not a part of it
        after = _SPREAD_OVER_PLACES.sub(" ", after)
        words = [w.lower() for w in WORD.findall(after)]
        if "and" in words:
            words = words[: words.index("and")]
        out: set[str] = set()
        for i, w in enumerate(words):
            if w in ("in", "on", "at", "to", "for", "during", "across", "over") and i + 1 < len(
                words
            ):
                nxt = [x for x in words[i + 1 : i + 4] if x not in STOP]
                if nxt:
                    out.add(w + " " + stem(nxt[0]))
        return out

    def proper_nouns(self, start: int, end: int) -> set[str]:
        """Capitalised words that are not sentence-initial, weekdays or months."""
        out: set[str] = set()
        prev_end = start
        for m in WORD.finditer(self.text, start, end):
            w = m.group()
            gap = self.text[prev_end : m.start()]
            prev_end = m.end()
            if not w[0].isupper() or w.lower() in WEEKDAYS_MONTHS:
                continue
            if m.start() == start or _SENTENCE_MARK_END.search(gap):
                continue
            out.add(stem(w))
        return out

    @_memo
    def show(self, claim: Claim) -> str:
        """The figure as stated, with its qualifier: "more than 90", "about 1,200"."""
        from reader.checks.quantity import fmt, qualifier_words

        v = numeric_value(claim)
        if v is None:
            return claim.text
        word = qualifier_words(self.text, claim.start)
        word = word + " " if word else ""
        if not word:
            word = {"lower": "more than ", "upper": "at most ", "approx": "about "}.get(
                claim.bound, ""
            )
        unit = {"percent": "%"}.get(claim.kind, "")
        if claim.kind == "percent" and (
            claim.percentage_points or "point" in (claim.text + self.after(claim, 20)).lower()[:30]
        ):
            unit = " points"
        if claim.kind == "money":
            sym = {"USD": "$", "GBP": "£", "EUR": "€"}.get(claim.currency or "", "")
            if not sym:
                m = re.match(r"[$£€¥]", claim.text)
                sym = m.group() if m else ""
            return f"{word}{sym}{fmt(v)}"
        return f"{word}{fmt(v)}{unit}"

    @_memo
    def owner(self, claim: Claim) -> set[str]:
        """Whose figure it is: "the Front's 14.6%", "The Social Democrats finished ... 27.9%"."""
        s = self.sentence(claim)
        a = self.clause(claim)[0]
        prev = [c for c in self.claims_between(a, claim.start) if c.end <= claim.start]
        before = self.text[max([a] + [c.end for c in prev]) : claim.start]
        m = _OWNER_END.search(before) if "’" in before or "'" in before else None
        if m and _APOSTROPHE.search(before[m.start() :]):
            word = m.group(1)
            if word[0].isupper():
                run = re.search(r"((?:[A-Z][\w\-]*\s+)*" + re.escape(word) + r")[’']", before)
                return {stem(w) for w in (run.group(1) if run else word).split()} - {"the"}
            first = _CAPS_RUN.search(self.text, s.start, s.end)
            if first:
                return {stem(w) for w in first.group().split()} - {"the"}
            return set()
        for m in _CAPS_RUN.finditer(before):
            # "More than 40 homes": a capitalised first word of the sentence owns nothing
            named = {stem(w) for w in m.group().split() if w.lower() not in STOP}
            if named and _SAID_BETWEEN.search(before, m.end()):
                return set()  # "Idony Penhallow ... said the 1,860 prisoners": the speaker's words
            if named:
                return named
        return set()

    @_memo
    def content(self, claim: Claim) -> set[str]:
        """Content-word stems of the claim's sentence (cached per sentence)."""
        s = self.sentence(claim)
        key = ("content", s.index)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = {
                stem(w)
                for w in WORD.findall(self.text[s.start : s.end])
                if len(w) > 2 and w.lower() not in STOP
            }
        return found  # type: ignore[no-any-return]

    def mentions_main_entity(self, claim: Claim) -> bool:
        """Whether the claim's sentence names the article's main organisation or place, by
        name ("Arvent") or by a definite description ("the company", "the council")."""
        return self.sentence_index(claim) in self._main_entity_sentences

    @cached_property
    def _main_entity_sentences(self) -> frozenset[int]:
        sentences = self.document.sentences
        lead_end = next((s.end for s in sentences if s.paragraph > 1), len(self.text))
        counts: dict[str, int] = defaultdict(int)
        for m in _CAPITALISED.finditer(self.text):
            counts[m.group()] += 1
        # a name is never written in lower case ("Analysts" opens a sentence, "analysts" too)
        lower = set(_LOWER_WORD.findall(self.text))
        # the name the article is about: told in the headline or lead, and most often
        in_lead = {m.group() for m in _CAPITALISED.finditer(self.text, 0, lead_end)}
        named = [
            w
            for w in in_lead
            if counts[w] >= 3
            and w.lower() not in lower
            and w.lower() not in WEEKDAYS_MONTHS
            and w.lower() not in STOP
        ]
        main = max(named, key=lambda w: counts[w]) if named else None
        found = set()
        for s in sentences:
            chunk = self.text[s.start : s.end]
            if (main and main in chunk) or _DESCRIBED_ENTITY.search(chunk):
                found.add(s.index)
        return frozenset(found)

    @_memo
    def is_prior(self, claim: Claim) -> bool:
        """A figure for an earlier time: "from $620 million", "15.8% a decade earlier"."""
        before = self.before(claim, 40)
        low = before.lower()
        if _PRIOR_BEFORE_SCREEN(low) and PRIOR_BEFORE.search(before):
            return True
        after = self.after(claim, 40)
        low = after.lower()
        return bool(_PRIOR_AFTER_SCREEN(low) and PRIOR_AFTER.search(after))

    @_memo
    def is_changeish(self, claim: Claim) -> bool:
        """The figure is a change ("rose 9%", "up 12%", "an increase of 5%")."""
        near = self.before(claim, 30, clause=True)
        if " up" in near and PHRASAL_UP.search(near):
            return False  # "made up 12% of sales"
        words = self.words_before(claim, 3)
        if (
            words
            and words[-1] in ("in", "at", "across", "among", "on")
            and not (self.claims_between(self.clause(claim)[0], claim.start))
        ):
            # "crime rose in 23 wards": where it changed, not by how much
            words = []
        if any(w in CHANGE_UP or w in CHANGE_DOWN for w in words):
            return True
        if words and words[-1] == "by":
            return True
        m = _FIRST_WORD.match(self.text, claim.end, claim.end + 20)
        after = [m.group(1).lower()] if m else []
        return bool(after) and (
            after[0] in CHANGE_UP
            or after[0] in CHANGE_DOWN
            or after[0] in ("increase", "rise", "drop", "decline", "gain", "jump", "fall")
            or after[0] in COMPARATIVES
        )

    @_memo
    def is_change_amount(self, claim: Claim) -> bool:
        """A change itself ("rose 9%"), not the level it reached ("jumped 34% to $2.11 billion")."""
        if re.search(r"\bto\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$", self.before(claim, 12)):
            return False
        return self.is_changeish(claim)

    @_memo
    def is_plan(self, claim: Claim) -> bool:
        before = self.before(claim, 80, clause=False)
        low = before.lower()
        if not _PLAN_SCREEN(low):
            return False
        return bool(PLAN_MARKERS.search(before))

    @_memo
    def time_anchor(self, claim: Claim) -> str | None:
        """A date or weekday that scopes the claim's clause, if any."""
        a, b = self.clause(claim)
        s = self.sentence(claim)
        for c in self.in_sentence(s.index):
            if c.kind == "date" and a <= c.start < b:
                return str(c.value)
        key = ("anchor", s.index)
        if key not in self._cache:
            self._cache[key] = self._sentence_anchor(s)
        return self._cache[key]  # type: ignore[no-any-return]

    def _sentence_anchor(self, s: Sentence) -> str | None:
        for w in WORD.findall(self.text[s.start : s.end]):
            if w.lower() in WEEKDAYS_MONTHS and w[0].isupper():
                return w.lower()[:3]
        m = RELATIVE_TIME.search(self.text, s.start, s.end)
        return m.group(1).lower() if m else None

    def of_whole(self, claim: Claim) -> str | None:
        """The whole a part names: "40% of all the Jews" -> "jews"."""
        m = re.match(
            r"\s*(?:out )?of (?:all )?(?:the |its |their |his |her |our |them|those|whom)?"
            r"([\w’'\- ]{0,40})",
            self.after(claim, 60, clause=True),
        )
        if not m:
            return None
        words = [w.lower() for w in WORD.findall(m.group(1))]
        content = [w for w in words if w not in STOP]
        return content[0] if content else "them"

    @_memo
    def fronted_whole(self, claim: Claim) -> Claim | None:
        """ "Of the 40 miners trapped, 43 were ...": the whole the sentence opens with."""
        s = self.sentence(claim)
        m = FRONTED.match(self.text, s.start, claim.start)
        if not m:
            return None
        for c in self.in_sentence(s.index):
            if c.start == s.start + m.start(1) - s.start or c.start == m.start(1):
                return c if c.id != claim.id and c.end <= claim.start else None
        return None

    def claims_between(self, start: int, end: int) -> Iterable[Claim]:
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return self.claims[i:j]

    @cached_property
    def numeric(self) -> list[Claim]:
        return [c for c in self.claims if c.kind != "date" and self.value(c) is not None]

    @cached_property
    def firm_counts(self) -> list[Claim]:
        """The numeric counts that are not vague: what most count readings start from (shared:
        read it, never change it)."""
        return [c for c in self.numeric if c.kind == "count" and not c.vague]
