"""`reader DIR`: a picker of the folder's articles with their claim and flag counts.

The list shows at once; a worker thread reads and analyses each article in
turn and fills in its counts. Enter (or a click) opens one; escape in the
article returns here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rich.text import Text
from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label
from textual.worker import get_current_worker

from reader.analysis import analyze
from reader.document import Document, InputError, read_document
from reader.model import Analysis
from reader.verdicts import remember_source

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Opens a chosen article: a screen for the document (and its analysis, when ready).
ScreenFactory = Callable[[Document, Analysis | None], Screen[None]]


def articles_in(folder: Path) -> list[Path]:
    """The folder's articles (not its subfolders), by name; hidden files skipped."""
    return sorted(
        (
            p
            for p in folder.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES
        ),
        key=lambda p: p.name.lower(),
    )


def _read(path: Path) -> Document:
    document = read_document(path)
    remember_source(document, path)  # verdicts marked on it remember the file
    return document


@dataclass
class Entry:
    path: Path
    analysis: Analysis | None = None
    error: str | None = None


def article_screen(document: Document, analysis: Analysis | None) -> Screen[None]:
    """The reader's main screen, with escape back to the picker."""
    from reader.tui.screens.main import MainScreen

    class ArticleScreen(MainScreen):
        BINDINGS = [Binding("escape", "back", "Articles", show=True)]

        def action_back(self) -> None:
            self.app.pop_screen()

    return ArticleScreen(document, analysis)


class PickerScreen(Screen[None]):
    HELP = """\
## Articles

The articles in the folder (.txt, .md, .html) with their counts of claims and
of failed and warned checks, filled in as each is read.

- **enter** or a click: open the article
- **escape** (in the article): back to this list
"""

    AUTO_FOCUS = "#articles"
    BINDINGS = [Binding("enter", "open_current", "Open")]  # for the Footer; the table acts
    COLUMNS = (("Article", "name"), ("Claims", "claims"), ("Fail", "fail"), ("Warn", "warn"))

    def __init__(self, folder: Path, open_screen: ScreenFactory | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.entries = {str(p): Entry(p) for p in articles_in(folder)}
        self._open_screen = open_screen or article_screen

    def compose(self) -> ComposeResult:
        n = len(self.entries)
        yield Label(
            f" {self.folder}  —  {n} article{'s' * (n != 1)}"
            + ("" if n else " (.txt, .md or .html)"),
            id="picker-title",
        )
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label, key in self.COLUMNS:
            table.add_column(label, key=key)
        for key, entry in self.entries.items():
            table.add_row(Text(entry.path.name), "…", "", "", key=key)
        if self.entries:
            self._analyse_all()

    @work(thread=True, exclusive=True, group="picker")
    def _analyse_all(self) -> None:
        worker = get_current_worker()
        for key, entry in list(self.entries.items()):
            if worker.is_cancelled:
                return
            try:
                entry.analysis = analyze(_read(entry.path))
            except InputError as exc:
                entry.error = str(exc).removeprefix(f"{entry.path}: ")
            except Exception as exc:  # one bad file must not stop the listing
                entry.error = f"cannot analyse ({type(exc).__name__}: {exc})"
            self.app.call_from_thread(self._show_counts, key)

    def _show_counts(self, key: str) -> None:
        entry = self.entries[key]
        table = self.query_one(DataTable)
        if entry.analysis is not None:
            a = entry.analysis
            fails, warns = len(a.failed), len(a.warned)
            right: Literal["right"] = "right"
            table.update_cell(key, "claims", Text(f"{len(a.claims):,}", justify=right))
            table.update_cell(
                key, "fail", Text(str(fails), "bold reverse" if fails else "dim", justify=right)
            )
            table.update_cell(
                key, "warn", Text(str(warns), "bold underline" if warns else "dim", justify=right)
            )
        else:
            table.update_cell(key, "claims", Text(entry.error or "?", "italic"))
        table.refresh()

    @on(DataTable.RowSelected, "#articles")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        if key is not None:
            self.open_article(key)

    def action_open_current(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if key is not None:
                self.open_article(key)

    def open_article(self, key: str) -> None:
        entry = self.entries[key]
        try:
            document = entry.analysis.document if entry.analysis is not None else _read(entry.path)
        except InputError as exc:
            entry.error = str(exc)
            self.notify(str(exc), severity="error", timeout=6)
            return
        self.app.push_screen(self._open_screen(document, entry.analysis))


def folder_app(folder: Path) -> App[int]:
    """The reader app, opening on the folder's picker instead of one document."""
    from reader.tui.app import ReaderApp

    class FolderApp(ReaderApp):
        def __init__(self) -> None:
            super().__init__(Document.from_text("", folder.name or str(folder)))
            self.sub_title = str(folder)

        def on_mount(self, event: events.Mount) -> None:  # type: ignore[override]
            event.prevent_default()  # ReaderApp would open its one document
            self.push_screen(PickerScreen(folder))

    return FolderApp()


def run_picker(folder: Path) -> int:
    """`reader DIR`."""
    return int(folder_app(folder).run() or 0)
