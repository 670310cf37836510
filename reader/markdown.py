"""Reduce Markdown to its reading text without moving any character.

Markup is replaced by spaces of the same length, so an offset into the
reading text is also an offset into the file.
"""

from __future__ import annotations

import re

_RULES: list[tuple[re.Pattern[str], str]] = [
    # images and links: keep the label, blank the brackets and the target
    (re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)"), "link"),
    (re.compile(r"^ {0,3}#{1,6}[ \t]+", re.M), "blank"),  # headings
    (re.compile(r"^ {0,3}>[ \t]?", re.M), "blank"),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), "blank"),  # list markers
    (re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M), "blank"),  # rules
    (re.compile(r"^ {0,3}(?:```|~~~).*$", re.M), "blank"),  # code fences
    (re.compile(r"(\*\*|__|\*|_|`|~~)(?=\S)(.+?)(?<=\S)\1"), "emphasis"),
    (re.compile(r"<[^>\n]+>"), "blank"),  # inline HTML tags
]


def _blank(s: str) -> str:
    return re.sub(r"[^\n]", " ", s)


def strip_markdown(text: str) -> str:
    for pattern, how in _RULES:
        if how == "blank":
            text = pattern.sub(lambda m: _blank(m.group()), text)
        elif how == "link":

            def link(m: re.Match[str]) -> str:
                label = m.group(1)
                lead = 2 if m.group().startswith("!") else 1
                return " " * lead + label + " " * (len(m.group()) - lead - len(label))

            text = pattern.sub(link, text)
        else:

            def emph(m: re.Match[str]) -> str:
                mark = m.group(1)
                return " " * len(mark) + m.group(2) + " " * len(mark)

            # emphasis may nest (**_x_**): apply until stable
            for _ in range(3):
                new = pattern.sub(emph, text)
                if new == text:
                    break
                text = new
    return text
