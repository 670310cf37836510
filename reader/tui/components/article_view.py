"""The article pane: a Line-API scroll view with every claim highlighted in place.

Like Textualize/toolong's log view, it never builds a widget per line: it keeps a
wrap index (the character span of each screen line at the current width) and
renders only the lines on screen, caching their strips. A 5 MB article wraps in
a fraction of a second and paints one screen at a time.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Mapping, Sequence

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import Claim

# Characters that may not take exactly one cell: East Asian wide, emoji, combining
# and zero-width marks. A line without any wraps by character count (fast).
_NOT_SINGLE_CELL = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    "\u0900-\u0dff\u0e31-\u0e4e\u1100-\u115f\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\u20d0-\u20ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe00-\ufe0f\ufe20-\ufe6f"
    "\uff00-\uff60\uffe0-\uffe6\U0001f000-\U0001faff\U00020000-\U0003fffd]"
)

# Tabs and control characters would upset the cell arithmetic: show each as one space.
_SANITIZE = {i: " " for i in range(32)} | {0x7F: " "}


def wrap_spans(text: str, width: int) -> tuple[array, array]:
    """Start and end offsets of every screen line of ``text`` wrapped at ``width`` cells.

    Greedy word wrap per paragraph (text line). ASCII lines take a fast path with
    ``str.rfind``; other lines measure cells so wide characters do not overflow.
    """
    width = max(width, 8)
    starts: array = array("q")
    ends: array = array("q")
    offset = 0
    for line in text.split("\n"):
        n = len(line)
        single = line.isascii() or not _NOT_SINGLE_CELL.search(line)
        if n <= width and (single or cell_len(line) <= width):
            starts.append(offset)
            ends.append(offset + n)
        elif single:
            pos = 0
            while n - pos > width:
                cut = line.rfind(" ", pos, pos + width + 1)
                if cut <= pos:  # one word longer than the line: hard break
                    starts.append(offset + pos)
                    ends.append(offset + pos + width)
                    pos += width
                else:
                    starts.append(offset + pos)
                    ends.append(offset + cut)
                    pos = cut + 1
            starts.append(offset + pos)
            ends.append(offset + n)
        else:
            for a, b in _wrap_cells(line, width):
                starts.append(offset + a)
                ends.append(offset + b)
        offset += n + 1
    return starts, ends


def _wrap_cells(line: str, width: int) -> list[tuple[int, int]]:
    """Greedy wrap measuring each character's cells (for non-ASCII lines)."""
    spans: list[tuple[int, int]] = []
    start, cells, last_space = 0, 0, -1
    i = 0
    while i < len(line):
        ch = line[i]
        w = cell_len(ch)
        if cells + w > width and i > start:
            if last_space > start:
                spans.append((start, last_space))
                start = last_space + 1
            else:
                spans.append((start, i))
                start = i
            cells = cell_len(line[start:i])
            last_space = -1
            continue
        if ch == " ":
            last_space = i
        cells += w
        i += 1
    spans.append((start, len(line)))
    return spans


class ArticleView(ScrollView, can_focus=True):
    """The article text, wrapped, with claims, flags, the current claim and find matches."""

    HELP = """\
## Article

The article text. Every claim is highlighted in place: colour by kind,
**failed** claims reversed and underlined, **warned** claims underlined.
The current claim is boxed in the accent colour.

- **j / k** or **↓ / ↑**: next / previous claim
- **PgDn / PgUp**, mouse wheel: scroll the text
- **click** a highlighted claim to select it
"""

    BINDINGS = [
        Binding("down", "screen.next_claim", "Next claim", show=False),
        Binding("up", "screen.prev_claim", "Previous claim", show=False),
    ]

    COMPONENT_CLASSES = {
        "article--count",
        "article--percent",
        "article--measure",
        "article--money",
        "article--duration",
        "article--age",
        "article--ratio",
        "article--date",
        "article--fail",
        "article--warn",
        "article--current",
        "article--match",
        "article--match-current",
    }

    class ClaimClicked(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    def __init__(self, text: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.text = text
        self._line_starts: array = array("q")
        self._line_ends: array = array("q")
        self._wrap_width = -1
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._style_cache: dict[tuple[str, str | None, bool], Style] = {}
        # Claims, sorted by start, as parallel arrays for bisect.
        self._claim_ids: list[str] = []
        self._claim_starts: list[int] = []
        self._claim_ends: list[int] = []
        self._claim_kinds: list[str] = []
        self._claim_status: list[str | None] = []
        self._index_of: dict[str, int] = {}
        self.current: str | None = None
        self._match_starts: list[int] = []
        self._match_len = 0
        self._match_current: int | None = None

    # ------------------------------------------------------------ data in

    def set_claims(self, claims: Sequence[Claim], status: Mapping[str, str | None]) -> None:
        ordered = sorted(claims, key=lambda c: (c.start, c.end))
        self._claim_ids = [c.id for c in ordered]
        self._claim_starts = [c.start for c in ordered]
        self._claim_ends = [c.end for c in ordered]
        self._claim_kinds = [c.kind for c in ordered]
        self._claim_status = [status.get(c.id) for c in ordered]
        self._index_of = {cid: i for i, cid in enumerate(self._claim_ids)}
        self._invalidate()

    def set_current(self, claim_id: str | None, scroll: bool = True) -> None:
        old, self.current = self.current, claim_id
        for cid in (old, claim_id):
            self._refresh_claim_lines(cid)
        if scroll and claim_id is not None and claim_id in self._index_of:
            self.scroll_to_offset(self._claim_starts[self._index_of[claim_id]])

    def set_matches(self, starts: list[int], length: int, current: int | None) -> None:
        self._match_starts, self._match_len, self._match_current = starts, length, current
        self._invalidate()
        if current is not None and starts:
            self.scroll_to_offset(starts[current])

    # ------------------------------------------------------------ geometry

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def line_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._line_starts, offset) - 1, 0)

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is in view, a third of the way down."""
        self._ensure_wrapped()
        line = self.line_of(offset)
        height = max(self.scrollable_content_region.height, 1)
        top = round(self.scroll_y)
        if top <= line < top + height:
            return
        self.scroll_to(y=max(line - height // 3, 0), animate=False, immediate=True)

    def _ensure_wrapped(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrap_width:
            return
        # Keep the first visible character on screen across a re-wrap.
        top = min(round(self.scroll_y), self.line_count - 1)
        anchor = self._line_starts[top] if self.line_count else 0
        self._line_starts, self._line_ends = wrap_spans(self.text, width)
        self._wrap_width = width
        self._cache.clear()
        self.virtual_size = Size(width, len(self._line_starts))
        if anchor:
            self.scroll_to(y=self.line_of(anchor), animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._ensure_wrapped()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._style_cache.clear()
        self._cache.clear()

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    def _refresh_claim_lines(self, claim_id: str | None) -> None:
        if claim_id is None or claim_id not in self._index_of or not self.line_count:
            return
        i = self._index_of[claim_id]
        first = self.line_of(self._claim_starts[i])
        last = self.line_of(max(self._claim_ends[i] - 1, self._claim_starts[i]))
        for line in range(first, last + 1):
            self._cache.discard(line)
            self.refresh_line(line)

    # ------------------------------------------------------------ painting

    def _style(self, kind: str, status: str | None, current: bool) -> Style:
        key = (kind, status, current)
        style = self._style_cache.get(key)
        if style is None:
            base = self.rich_style
            names = [f"article--{kind}"]
            if status in ("fail", "warn"):
                names.append(f"article--{status}")
            if current:
                names.append("article--current")
            style = base
            for name in names:
                style += self.get_component_rich_style(name, partial=True)
            self._style_cache[key] = style
        return style

    def render_line(self, y: int) -> Strip:
        self._ensure_wrapped()
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        if index >= self.line_count:
            return Strip.blank(width, self.rich_style)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_text_line(index, width)
            self._cache.set(index, strip)
        return strip

    def _render_text_line(self, index: int, width: int) -> Strip:
        a, b = self._line_starts[index], self._line_ends[index]
        base = self.rich_style
        # Cut points where the style changes: claim edges and find-match edges.
        spans: list[tuple[int, int, Style]] = []
        starts, ends = self._claim_starts, self._claim_ends
        i = max(bisect.bisect_right(starts, a) - 1, 0)
        while i < len(starts) and starts[i] < b:
            if ends[i] > a:
                cid = self._claim_ids[i]
                style = self._style(
                    self._claim_kinds[i], self._claim_status[i], cid == self.current
                )
                spans.append((max(starts[i], a), min(ends[i], b), style))
            i += 1
        if self._match_starts and self._match_len:
            m = max(bisect.bisect_right(self._match_starts, a - self._match_len), 0)
            while m < len(self._match_starts) and self._match_starts[m] < b:
                ms = self._match_starts[m]
                me = ms + self._match_len
                if me > a:
                    name = (
                        "article--match-current" if m == self._match_current else "article--match"
                    )
                    style = base + self.get_component_rich_style(name, partial=True)
                    spans.append((max(ms, a), min(me, b), style))
                m += 1
            spans.sort(key=lambda s: s[0])
        segments: list[Segment] = []
        pos = a
        text = self.text
        for s, e, style in spans:
            if s < pos:  # overlapping spans: the later one starts where the earlier ended
                s = pos
                if s >= e:
                    continue
            if s > pos:
                segments.append(Segment(text[pos:s].translate(_SANITIZE), base))
            segments.append(Segment(text[s:e].translate(_SANITIZE), style))
            pos = e
        if pos < b:
            segments.append(Segment(text[pos:b].translate(_SANITIZE), base))
        return Strip(segments).adjust_cell_length(width, base)

    # ------------------------------------------------------------ mouse

    def claim_at(self, offset: int) -> str | None:
        i = bisect.bisect_right(self._claim_starts, offset) - 1
        if i >= 0 and self._claim_starts[i] <= offset < self._claim_ends[i]:
            return self._claim_ids[i]
        return None

    def offset_at(self, x: int, y: int) -> int | None:
        """The character offset under screen cell (x, y) of the content region."""
        line = round(self.scroll_y) + y
        if not 0 <= line < self.line_count:
            return None
        a, b = self._line_starts[line], self._line_ends[line]
        segment = self.text[a:b]
        if segment.isascii() or not _NOT_SINGLE_CELL.search(segment):
            return a + x if x < b - a else None
        cells = 0
        for j, ch in enumerate(segment):
            cells += cell_len(ch)
            if cells > x:
                return a + j
        return None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        char = self.offset_at(offset.x, offset.y)
        claim_id = self.claim_at(char) if char is not None else None
        if claim_id is not None:
            self.post_message(self.ClaimClicked(claim_id))
