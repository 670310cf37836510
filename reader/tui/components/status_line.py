"""The status line: the document's name and the counts (claims, fails, warns)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.model import Analysis


class StatusLine(Static):
    """One line at the top: name, counts, filter and position."""

    def show_loading(self, name: str, size: int) -> None:
        self.update(Content.assemble((f" {name} ", "bold"), f"  analysing {_size(size)}…"))

    def show(self, analysis: Analysis, filter_name: str, shown: int, position: int | None) -> None:
        fails, warns = len(analysis.failed), len(analysis.warned)
        parts: list[Content | str | tuple[str, str]] = [
            (f" {analysis.document.name} ", "bold"),
            f"  {len(analysis.claims):,} claims  ",
            (f" {fails} fail ", "bold reverse $text-error" if fails else "dim"),
            " ",
            (f" {warns} warn ", "bold reverse $text-warning" if warns else "dim"),
            f"   filter: {filter_name} ({shown:,})",
        ]
        if position is not None:
            parts.append(f"   {position + 1:,}/{shown:,}")
        self.update(Content.assemble(*parts), layout=False)  # one line, fixed height


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.0f} kB"
    return f"{n} B"
