"""What a number counts (its subject) and what it stands in (its predicate).

Shallow and fast, without a parser: the subject is the noun phrase right
after the number ("251 hostages"), or after a partitive "of the" ("13 of the
more than 90 Israeli hostages"); the predicate is a participle or adjective
after that phrase ("hostages still held", "34 are dead") or else the verb
before the number ("released 13"). Verbs are recognised by form (-ed, -ing)
and a short list of irregular forms.
"""

from __future__ import annotations

import re

from reader.numbers import TENS_WORDS, UNIT_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")

FUNCTION_WORDS = frozenset(
    """
    a an the this that these those its their his her our my your of in on at by for from to
    with without into onto over under about after before since during between among than
    and or but nor so yet as if while when where which who whom whose what that there here
    it they them he she we you i us him me is are was were be been being am has have had
    do does did will would shall should can could may might must not no also still now
    already only just all both each every either neither some any more most less least
    fewer many much such very too up down out off per via against toward towards across
    including like unlike despite through throughout until till within around nearly almost
    about roughly some than again ever even then mostly ago earlier later last next
    above below beyond higher lower larger smaller greater bigger fewer short shy worth
    one two three four five six seven eight nine ten dozen hundred thousand million billion
    percent cent per vs versus worldwide nationwide globally overall annually apiece today
    tall high long wide deep thick old away north south east west northeast northwest southeast
    southwest offshore inland back forward aside ahead together apart
    """.split()
)
ADVERBS = frozenset(
    "still now already currently reportedly also all each remain remained remains being been "
    "were are was is had have has be".split()
)
COPULAS = frozenset("is are was were be been being remain remains remained".split())
AUXILIARIES = frozenset("has have had is are was were be been will would could can did do".split())
IRREGULAR_VERBS = frozenset(
    """
    held hold holds won win wins lost lose loses took take takes taken gave give gives given
    got get gets left kept sent brought bought sold paid spent built cut set put fell rose
    grew drew flew fled found made saw seen told said met ran led struck stood shot fought
    broke broken stole stolen beat beaten born fed hit hurt slain dead missing alive injured
    wounded killed freed employs employ counts count reaches reach reached tops hits costs cost
    needs need include includes included contains contain became become becomes hosts host
    carried carry carries scored serves serve feeds feed died dies die fled led met ran
    went go goes gone came come comes
    """.split()
)
# Verb forms that never stand before a noun as adjectives ("9,500 went home").
FINITE_VERBS = frozenset(
    """
    went go goes came come comes died dies fled ran met said told took gave grew rose fell
    saw flew drew stood fought became become becomes is are was were has have had cast
    say says believe think support oppose agree disagree want live work use own qualify
    approve disapprove favour favor prefer plan expect report remain remained
    """.split()
)
_NOT_VERBS = frozenset("need speed seed feed bed red shed hundred kindred sacred wicked".split())


_NUMBER_WORDS = frozenset([*UNIT_WORDS, *TENS_WORDS, "dozen", "hundred", "thousand", "million"])
_PRONOUNS = frozenset("them those whom which these us you it".split())


def _is_participle(word: str) -> bool:
    w = word.lower()
    if w in IRREGULAR_VERBS:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in _NOT_VERBS


def _is_verb(word: str) -> bool:
    w = word.lower()
    return _is_participle(w) or (len(w) > 5 and w.endswith("ing"))


def _is_content(word: str) -> bool:
    return word[0].isalpha() and word.lower() not in FUNCTION_WORDS


def is_noun(word: str) -> bool:
    """Crudely: a content word that is no verb form ("games", "marathons"; not "had")."""
    w = word.lower()
    return _is_content(w) and not _is_verb(w) and w not in FINITE_VERBS


def _is_plural(word: str) -> bool:
    w = word.lower()
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def noun_phrase(tokens: list[str]) -> tuple[str | None, int]:
    """The noun phrase at the start of ``tokens`` and how many tokens it spans."""
    words: list[str] = []
    i = 0
    while i < len(tokens) and len(words) < 4:
        tok = tokens[i]
        if not _is_content(tok):
            break
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        # "detained since", "destroyed." end the phrase; "confirmed cases" do not
        if tok.lower() in FINITE_VERBS:
            break
        if _is_verb(tok) and not (nxt and _is_content(nxt) and not _is_verb(nxt)):
            break  # "detained since", "9 abstaining": a predicate, not a noun
        if tok.lower().endswith(("'s", "’s")):
            break
        words.append(tok.lower().rstrip(",."))
        i += 1
        # a plural noun ends the phrase unless another plural follows ("measles cases"):
        # "two pilots asked ...", "people worldwide identify ..."
        if _is_plural(tok) and not (nxt and _is_plural(nxt) and _is_content(nxt)):
            break
    if not words:
        return None, 0
    return " ".join(words), i


def subject_and_predicate(
    left: str, right: str, levels: bool = True
) -> tuple[str | None, str | None, bool]:
    """Subject and predicate of a claim from the text of its sentence.

    ``left`` is the sentence before the claim, ``right`` the sentence after it.
    ``levels``: whether a level's noun phrase before its verb may be the subject
    ("voters number 61,200"); rates and shares ("reserves stood at 12%") say too little
    of whose they are.
    The third value says whether a subject was found in the text itself.
    """
    after = _tokens(right[:160])
    before = _tokens(left[-160:])
    subject: str | None = None
    predicate: str | None = None
    i = 0
    partitive = False
    # "13 of the more than 90 Israeli hostages": skip to the phrase after "of the"
    if len(after) > 1 and after[0].lower() == "of" and after[1].lower() not in _PRONOUNS:
        j = 1
        while j < len(after) and (
            after[j].lower() in ("the", "its", "their", "all", "his", "her", "our", "these")
            or after[j].lower() in ("more", "than", "at", "least", "about", "nearly", "some")
            or after[j][0].isdigit()
            or after[j].lower() in _NUMBER_WORDS
        ):
            j += 1
        subject, n = noun_phrase(after[j:])
        if subject:
            partitive = True
            i = j + n
        elif (
            j + 1 < len(after)
            and after[j - 1].lower() == "the"
            and _is_participle(after[j])
            and not _is_content(after[j + 1])
        ):
            # "all 48 of the injured were", "six of the dead": the participle as a noun
            subject, partitive, i = after[j].lower(), True, j + 1
    elif len(after) > 1 and after[0].lower() == "of":
        i = 2  # "7,900 of them had been allowed": the subject is in an earlier sentence
    elif len(after) > 2 and after[0] == "-" and after[1].lower() == "strong":
        subject, n = noun_phrase(after[2:])  # "a 3,000-strong crowd"
        i = 2 + n
    else:
        subject, i = noun_phrase(after)
    # a participle or adjective after the phrase: "hostages still held", "34 are dead"
    if not partitive:
        j = i
        while j < len(after) and after[j].lower() in ADVERBS:
            j += 1
        if j < len(after):
            word = after[j]
            prev = after[j - 1].lower() if j > i else ""
            if _is_verb(word) and word.lower() not in ("had",):
                predicate = word.lower()
            elif prev in COPULAS and _is_content(word) and j + 1 >= len(after):
                predicate = word.lower()
            elif prev in COPULAS and _is_content(word) and not after[j + 1][0].isalpha():
                predicate = word.lower()
    if predicate is None:
        predicate = _verb_before(before)
    if subject is None and not (after and after[0].lower() == "of"):
        subject = _noun_of_before(before) or _fronted_group(before)
        if subject is None and levels:
            subject = _level_of(before)
    return subject, predicate, subject is not None


# Verbs that state a level: "undergraduates number 22,480", "the toll stood at 34"
_LEVEL_STATES = frozenset(
    "number numbers numbered total totals totalled totaled reach reaches reached stand "
    "stands stood hit hits".split()
)
# Verbs of change, whose "to N" is the new level: "holders rose to 14,800"
CHANGES = frozenset(
    "rise rises rose risen fall falls fell fallen grow grows grew grown climb climbs climbed "
    "drop drops dropped increase increases increased decrease decreases decreased jump jumps "
    "jumped surge surges surged slip slips slipped swell swells swelled shrink shrinks shrank "
    "decline declines declined".split()
)


def _level_of(before: list[str]) -> str | None:
    """The noun phrase whose level a figure states: "undergraduates number 22,480",
    "season-ticket holders rose by 1,200 to 14,800" (for 14,800, not the change)."""
    i = len(before) - 1
    while i >= 0 and before[i].lower() in _QUALIFIER_WORDS - {"to", "at"}:
        i -= 1
    preposition = before[i].lower() if i >= 0 else ""
    if preposition in ("to", "at"):
        i -= 1
        # "rose by 1,200 to": skip the change
        if i >= 1 and before[i][0].isdigit() and before[i - 1].lower() == "by":
            i -= 2
        elif i >= 1 and before[i][0].isdigit() and before[i - 1].lower() in CHANGES:
            i -= 1  # "fell 300 to"
    if i < 1:
        return None
    verb = before[i].lower()
    if not (verb in _LEVEL_STATES or (preposition in ("to", "at") and verb in CHANGES)):
        return None
    i -= 1
    while i >= 0 and before[i].lower() in AUXILIARIES | {"will", "has", "have", "had"}:
        i -= 1
    words: list[str] = []
    while i >= 0 and len(words) < 3 and before[i][0].isalpha():
        w = before[i]
        opens = i == 0 or not before[i - 1][0].isalnum()
        if not _is_content(w) or (_is_verb(w) and not words) or (w[0].isupper() and not opens):
            break
        words.insert(0, w.lower())
        i -= 1
    return " ".join(words) if words and is_noun(words[-1]) else None


_GROUP_OPENERS = frozenset("among of".split())


def _fronted_group(before: list[str]) -> str | None:
    """ "Among the injured children, 52 had ...": the group a fronted phrase names."""
    if len(before) < 3 or before[-1] != ",":
        return None
    i = len(before) - 2
    while i >= 0 and before[i][0].isalpha() and len(before) - i <= 7:
        if before[i].lower() in _GROUP_OPENERS:
            j = i + 1
            while j < len(before) - 1 and before[j].lower() in _DETERMINERS:
                j += 1
            words = [w.lower() for w in before[j:-1]]
            if words and all(_is_content(w) for w in words):
                return " ".join(words)
            return None
        i -= 1
    return None


_QUALIFIER_WORDS = frozenset(
    "about around roughly nearly almost some more less fewer than over under at least most "
    "just only up to approximately an estimated $ £ € ¥".split()
)


def _noun_of_before(before: list[str]) -> str | None:
    """ "a workforce of 19,800", "a city of about 33,000": the noun the figure sizes."""
    i = len(before) - 1
    while i >= 0 and before[i].lower() in _QUALIFIER_WORDS:
        w = before[i].lower()
        if w == "to" and (i == 0 or before[i - 1].lower() != "up"):
            break  # "to" itself, not "up to"
        if w == "at" and before[i + 1 : i + 2] not in (["least"], ["most"]):
            break  # "at" itself, not "at least"
        i -= 1
    if i < 1 or before[i].lower() not in ("of", "to", "at"):
        return None
    noun = before[i - 1]
    if not _is_content(noun) or _is_verb(noun) or noun[0].isupper():
        return None
    if before[i].lower() != "of":
        # "bringing the city workforce to 12,650", "put the death toll at 34"
        first = _object_of_a_verb(before[:i])
        if first < 0 or noun.lower() in _QUANTITY_NOUNS:
            return None
        return " ".join(w.lower() for w in before[first:i])
    if noun.lower() in _QUANTITY_NOUNS:
        return None  # "a total of 1,906,000" counts the things counted before it
    return noun.lower()


_DETERMINERS = frozenset("the its their his her our this that a an".split())


def _object_of_a_verb(before: list[str]) -> int:
    """Where the noun phrase ending ``before`` starts, if it is the object of a verb
    ("raising the city workforce", "put the death toll": a thing brought to a level);
    else -1."""
    j = len(before) - 1
    while j >= 0 and len(before) - j <= 3 and _is_content(before[j]) and not _is_verb(before[j]):
        j -= 1
    if j < 1 or j == len(before) - 1 or before[j].lower() not in _DETERMINERS:
        return -1
    verb = before[j - 1].lower()
    return j + 1 if _is_verb(verb) or verb in _LEVEL_VERBS else -1


_LEVEL_VERBS = frozenset("put puts set sets bring brings take takes raise raises lift".split())
_QUANTITY_NOUNS = frozenset("total number sum tally count figure amount average".split())


def _verb_before(before: list[str]) -> str | None:
    """The nearest verb before the number, within its clause."""
    fallback: str | None = None
    for tok in reversed(before[-8:]):
        if not tok[0].isalnum():
            if tok in ("$", "£", "€", "¥", "%"):
                continue
            break
        w = tok.lower()
        if _is_verb(w) and not tok[0].isupper():  # "Brelling", "Reading": names
            return w
        if w in ("has", "have", "had") and fallback is None:
            fallback = w
    return fallback
