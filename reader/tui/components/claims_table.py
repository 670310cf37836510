"""The claims pane: every claim in reading order, one row each (a DataTable)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.geometry import Size
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey, RowKey

from reader.export import format_compact
from reader.model import Analysis, Claim
from reader.tui.screens.verdict import verdict_mark

# A distinct mark per status, so the flag does not rest on colour alone.
STATUS_MARK = {"fail": "✗", "warn": "!", "pass": "✓", None: ""}


SegmentLines = list[list[Segment]]
_ELSEWHERE = Coordinate(-2, -2)  # no row: -1 is the header row, -1 the label column


def _plain(text: str) -> str | Text:
    """A cell that shows ``text`` as is: DataTable reads a str as markup, so any
    text with "[" goes in as a Text (made only then: it costs more)."""
    text = text.replace("\n", " ")
    return Text(text) if "[" in text else text


class ClaimsTable(DataTable[object]):
    """Claims in reading order: text, kind, value, subject, worst check status."""

    HELP = """\
## Claims

Every claim in reading order, with its kind, value (normalised where that
differs: "30 pounds" shows 13.6 kg; large numbers scaled, $4.5B), subject
and the worst status of the checks that involve it (✗ fail, ! warn, ✓ pass).
A letter before a claim is your verdict: C confirmed, D disputed, S needs source.

- **j / k** or **↓ / ↑**: next / previous claim
- **n / N**: next / previous flagged claim (fails first, then warns)
- **f**: cycle the filter (all, flagged, each kind)
"""

    BINDINGS = [
        Binding("down", "screen.next_claim", "Next claim", show=False),
        Binding("up", "screen.prev_claim", "Previous claim", show=False),
    ]

    # Status first: it must stay visible when a narrow pane cuts off the right.
    COLUMNS = (
        ("⚑", "status", 1),
        ("Claim", "text", 12),
        ("Value", "value", 12),
        ("Subject", "subject", 18),
        ("Kind", "kind", 8),
    )

    CHUNK = 1000  # rows added per turn of the event loop (~60 ms)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._fill_generation = 0
        self.claim_ids: list[str] = []
        self.verdicts: dict[str, str] = {}  # claim id -> verdict, marked before the text
        self._analysis: Analysis | None = None
        self._row_of: dict[str, int] = {}

    def on_mount(self) -> None:
        for label, key, width in self.COLUMNS:
            self.add_column(label, key=key, width=width)

    class Filled(Message):
        """Every row of the current list is in the table."""

    def show_claims(self, analysis: Analysis, claims: Sequence[Claim]) -> None:
        """Show ``claims``; a long list fills in chunks between events, so 20,000 rows
        never freeze the keyboard (``claim_ids``/``row_of`` know every row at once)."""
        self.clear()
        self._analysis = analysis
        self.claim_ids = [c.id for c in claims]
        self._row_of = {cid: i for i, cid in enumerate(self.claim_ids)}
        self._fill_generation += 1
        self._fill(analysis, claims, 0, self._fill_generation)

    def _fill(self, analysis: Analysis, claims: Sequence[Claim], start: int, gen: int) -> None:
        if gen != self._fill_generation:  # a newer list replaced this one
            return
        end = min(start + self.CHUNK, len(claims))
        self.add_rows(self._row(analysis, c) for c in claims[start:end])
        if end < len(claims):
            self.call_later(self._fill, analysis, claims, end, gen)
        else:
            self.post_message(self.Filled())

    @property
    def filling(self) -> bool:
        return self.row_count < len(self.claim_ids)

    def _row(self, analysis: Analysis, claim: Claim) -> tuple[object, ...]:
        # Text, not str: DataTable would read "[" in an article as markup.
        status = analysis.status_of(claim.id)
        mark = Text(STATUS_MARK[status])
        if status is not None:
            mark.stylize(self._status_styles()[status])
        return (
            mark,
            self._claim_text(claim),
            _plain(format_compact(claim)),
            _plain(claim.subject or ""),
            claim.kind,
        )

    def _status_styles(self) -> dict[str, str]:
        colors = self.app.theme_variables
        return {
            "fail": f"bold reverse {colors.get('text-error', 'red')}",
            "warn": f"bold underline {colors.get('text-warning', 'yellow')}",
            "pass": colors.get("text-success", "green"),
        }

    def on_resize(self) -> None:
        self._fit_subject()

    def _fit_subject(self) -> None:
        """The subject column takes the room the fixed columns leave (at least 12)."""
        if "subject" not in self.columns:
            return
        column = self.columns[ColumnKey("subject")]
        others = sum(c.get_render_width(self) for k, c in self.columns.items() if k != "subject")
        room = self.scrollable_content_region.width - others - 2 * self.cell_padding
        width = max(12, min(room, 60))
        if column.width != width:
            column.width = width
            self._clear_caches()
            self._require_update_dimensions = True
            self.refresh()

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """Every column has a fixed width and every row is one line, so skip DataTable's
        per-cell measuring (a Rich render of each cell: seconds for 20,000 claims)
        and only size the virtual area. Overrides a private DataTable method (Textual 8)."""
        width = sum(column.get_render_width(self) for column in self.columns.values())
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(
            width + self._row_label_column_width, self._total_row_height + header
        )

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[SegmentLines, SegmentLines]:
        """DataTable keys its row cache on the cursor's position, so each move re-renders
        every visible row. A row the cursor (or hover) is not on looks the same wherever
        it is: give it one fixed "elsewhere" so its cached render is reused. Overrides
        a private DataTable method (Textual 8); only valid for cursor_type="row"."""
        row = self._row_locations.get(row_key)
        if cursor_location.row != row:
            cursor_location = _ELSEWHERE
        if hover_location.row != row:
            hover_location = _ELSEWHERE
        return super()._render_line_in_row(
            row_key, line_no, base_style, cursor_location, hover_location
        )

    def _claim_text(self, claim: Claim) -> str | Text:
        verdict = self.verdicts.get(claim.id)
        if verdict is None:
            return _plain(claim.text)
        mark = verdict_mark(verdict, self.app.theme_variables)
        return mark + Text(claim.text.replace("\n", " "))

    def set_verdicts(self, verdicts: dict[str, str]) -> None:
        """Show each claim's verdict letter; redraw only the rows that changed."""
        changed = {
            k
            for k in verdicts.keys() | self.verdicts.keys()
            if verdicts.get(k) != self.verdicts.get(k)
        }
        self.verdicts = dict(verdicts)
        if self._analysis is None:
            return
        column = [key for _, key, _ in self.COLUMNS].index("text")
        for claim_id in changed:
            row = self.row_of(claim_id)
            if row is not None:
                claim = self._analysis.claim(claim_id)
                self.update_cell_at(Coordinate(row, column), self._claim_text(claim))

    def row_of(self, claim_id: str) -> int | None:
        return self._row_of.get(claim_id)

    def claim_at_row(self, row: int) -> str | None:
        return self.claim_ids[row] if 0 <= row < len(self.claim_ids) else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.row_count:  # a row not filled in yet is selected on Filled
            self.move_cursor(row=row, animate=False, scroll=True)
