"""Cheap screens before costly patterns: a test that must pass for the pattern to match."""

from __future__ import annotations

import re
import string
import sys

# Characters whose lowercase does not tell what a case-blind pattern takes them for (to re.I
# "ſ" is "s" and "ı" is "i"; "İ" lowercases to "i" and a combining dot): a screen of the
# lowercase text for the words of an re.I pattern must also pass where one of them occurs.
FOLD_ODD = ("\u0131", "\u017f", "\u0307")
_WORD_CHARS = string.ascii_letters + string.digits + "_"


def end_word(text: str) -> str | None:
    """The run of word characters ending the text's last token ("" if it ends in a mark or
    there is none), when that token is ASCII; None otherwise (nothing read from it).

    A pattern anchored at the end (`\\b(?:...)\\s*$`) can only match where one of its last
    words is this run: testing the run screens a window in a few steps, where the anchored
    pattern is tried at every start position."""
    parts = text.rsplit(None, 1)
    if not parts:
        return ""
    token = parts[-1]
    if not token.isascii():
        return None
    return token[len(token.rstrip(_WORD_CHARS)) :]


class EndScreened:
    """A pattern anchored at the end of the text (`...\\s*$`), tried only where the window's
    end_word is one of the words its match can end with (``ends``, an alternation matched
    whole under the pattern's case rule), or is unknown. Searches as the pattern does."""

    __slots__ = ("pattern", "_search", "_ends")

    def __init__(self, pattern: re.Pattern[str], ends: str) -> None:
        self.pattern = pattern
        self._search = pattern.search
        self._ends = re.compile(ends, pattern.flags & re.I).fullmatch

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # end_word, inline: this runs for nearly every figure under several patterns
        parts = (text[pos:endpos] if pos or endpos < len(text) else text).rsplit(None, 1)
        if not parts:
            if self._ends("") is None:
                return None
        else:
            token = parts[-1]
            if token.isascii() and self._ends(token[len(token.rstrip(_WORD_CHARS)) :]) is None:
                return None
        return self._search(text, pos, endpos)


class WordScreened:
    """A case-blind pattern tried only on text whose lowercase holds one of ``words`` (the
    literal words every match must hold; FOLD_ODD is added to them). Matches as the
    pattern does."""

    __slots__ = ("pattern", "_match", "_screen")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self._match = pattern.match
        self._screen = re.compile("|".join(re.escape(w) for w in (*words, *FOLD_ODD))).search

    def match(self, text: str) -> re.Match[str] | None:
        if self._screen(text.lower()) is None:
            return None
        return self._match(text)
