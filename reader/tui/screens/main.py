"""The main screen: article, claims list, detail, status line, find bar.

State flows one way: the analysis (read only) -> the filtered list and the
current claim -> the widgets. Every key runs an action registered in
reader.tui.actions.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import DataTable, Footer, Label, ProgressBar

from reader.analysis import analyze
from reader.document import Document
from reader.export import render_flagged
from reader.flagged import ExistingFileError, flagged_checks, write_export
from reader.model import Analysis
from reader.tui import navigation as nav
from reader.tui.actions import bindings
from reader.tui.components.article_view import ArticleView
from reader.tui.components.claim_detail import ClaimDetail
from reader.tui.components.claims_table import ClaimsTable
from reader.tui.components.find_bar import FindBar
from reader.tui.components.status_line import StatusLine
from reader.tui.screens.export import EXPORT_FORMATS, ExportRequest, ExportScreen
from reader.tui.screens.verdict import VerdictActions


class MainScreen(VerdictActions, Screen[None]):
    BINDINGS = bindings("main")
    AUTO_FOCUS = "ClaimsTable"

    def __init__(self, document: Document, analysis: Analysis | None = None) -> None:
        super().__init__()
        self.document = document
        self.analysis: Analysis | None = None
        self._given_analysis = analysis
        self.filter_name = nav.ALL
        self.current: str | None = None
        self._flagged = nav.FlaggedCursor([])
        self._lower: str | None = None
        self._matches: list[int] = []
        self._match_len = 0
        self._match_current: int | None = None
        self._ticker: Timer | None = None
        self._started = 0.0

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")
        with Horizontal(id="body"):
            with Vertical(id="article-pane"):
                yield ArticleView(self.document.text, id="article")
                yield FindBar(id="find")
            with Vertical(id="side"):
                with Vertical(id="progress"):
                    yield Label("Reading the claims…", id="progress-label")
                    yield ProgressBar(
                        total=None, show_eta=False, show_percentage=False, id="progress-bar"
                    )
                yield ClaimsTable(id="claims")
                yield ClaimDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FindBar).display = False
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._given_analysis is not None:
            self.set_analysis(self._given_analysis)
        else:
            self.query_one(StatusLine).show_loading(self.document.name, len(self.document.text))
            self._started = time.monotonic()
            self._ticker = self.set_interval(1.0, self._tick)
            self._analyze()

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self._started)
        self.query_one("#progress-label", Label).update(f"Reading the claims… {seconds} s")

    def _analyze(self) -> None:
        """Analyse in a daemon thread: the UI stays live, and quitting mid-analysis
        does not wait for it (Textual's thread workers are joined at exit)."""

        def run() -> None:
            try:
                analysis = analyze(self.document)
            except Exception as exc:  # a bug in the core must not leave a spinner forever
                self._deliver(self._analysis_failed, exc)
                return
            self._deliver(self.set_analysis, analysis)

        threading.Thread(target=run, name="reader-analysis", daemon=True).start()

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            self.app.call_from_thread(callback, value)
        except RuntimeError:  # the app has already exited
            pass

    def _analysis_failed(self, exc: Exception) -> None:
        if self._ticker is not None:
            self._ticker.stop()
        self.query_one("#progress-bar").display = False
        message = f"Analysis failed: {type(exc).__name__}: {exc}"
        self.query_one("#progress-label", Label).update(message)
        self.notify(message, severity="error", timeout=10)

    # ------------------------------------------------------------ data in

    def set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        if self._ticker is not None:
            self._ticker.stop()
        self.query_one("#progress").display = False
        status = {c.id: analysis.status_of(c.id) for c in analysis.claims}
        self.query_one(ArticleView).set_claims(analysis.claims, status)
        self._flagged = nav.FlaggedCursor.of(analysis)
        self._load_verdicts(analysis)  # before the list and detail draw their marks
        first = analysis.claims[0] if analysis.claims else None
        self.query_one(ClaimDetail).show(analysis, first)
        if first is not None:
            self.current = first.id
            self.query_one(ArticleView).set_current(first.id, scroll=False)
        self._refresh_status()
        # The article paints first; the list (20,000 rows on a big file) fills after.
        self.call_after_refresh(self._fill_list)

    def _fill_list(self) -> None:
        self._show_filter(self.filter_name)
        table = self.query_one(ClaimsTable)
        if self.current is not None and (row := table.row_of(self.current)) is not None:
            table.select_row(row)
        self._refresh_status()

    def _theme_changed(self, _theme: object) -> None:
        """The list's status marks carry theme colours: redraw them in the new theme."""
        if self.analysis is not None:
            self._fill_list()

    def _show_filter(self, name: str) -> None:
        assert self.analysis is not None
        self.filter_name = name
        claims = nav.filter_claims(self.analysis, name)
        self.query_one(ClaimsTable).show_claims(self.analysis, claims)

    # ------------------------------------------------------------ selection

    def select(self, claim_id: str | None, *, from_table: bool = False) -> None:
        """Make ``claim_id`` current: list cursor, article scroll, detail, status."""
        if self.analysis is None or claim_id is None:
            return
        table = self.query_one(ClaimsTable)
        if table.row_of(claim_id) is None:  # hidden by the filter: show everything
            self._show_filter(nav.ALL)
        self.current = claim_id
        self.query_one(ArticleView).set_current(claim_id)
        self.query_one(ClaimDetail).show(self.analysis, self.analysis.claim(claim_id))
        row = table.row_of(claim_id)
        if not from_table and row is not None and row != table.cursor_row:
            table.select_row(row)
        self._refresh_status()

    def _refresh_status(self) -> None:
        if self.analysis is None:
            return
        table = self.query_one(ClaimsTable)
        row = table.row_of(self.current) if self.current else None
        shown = len(table.claim_ids)
        self.query_one(StatusLine).show(self.analysis, self.filter_name, shown, row)

    @on(DataTable.RowHighlighted, "#claims")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        table = self.query_one(ClaimsTable)
        if event.cursor_row != table.cursor_row:  # stale: the list was refilled since
            return
        current_row = table.row_of(self.current) if self.current else None
        if current_row is not None and current_row >= table.row_count:
            return  # the current claim's row is not filled in yet; Filled moves there
        claim_id = table.claim_at_row(event.cursor_row)
        if claim_id is not None and claim_id != self.current:
            self.select(claim_id, from_table=True)

    @on(ClaimsTable.Filled)
    def _list_filled(self) -> None:
        table = self.query_one(ClaimsTable)
        row = table.row_of(self.current) if self.current else None
        if row is not None and row != table.cursor_row:
            table.select_row(row)

    @on(ArticleView.ClaimClicked)
    def _claim_clicked(self, event: ArticleView.ClaimClicked) -> None:
        self.select(event.claim_id)

    @on(ClaimDetail.JumpTo)
    def _jump(self, event: ClaimDetail.JumpTo) -> None:
        self.select(event.claim_id)

    # ------------------------------------------------------------ actions

    def _step(self, delta: int) -> None:
        table = self.query_one(ClaimsTable)
        shown = len(table.claim_ids)
        if not shown:
            return
        row = table.row_of(self.current) if self.current else None
        row = 0 if row is None else min(max(row + delta, 0), shown - 1)
        self.select(table.claim_at_row(row))

    def action_next_claim(self) -> None:
        self._step(+1)

    def action_prev_claim(self) -> None:
        self._step(-1)

    def _flag_step(self, forward: bool) -> None:
        if self.analysis is None:
            return
        target = self._flagged.step(self.current, forward)
        if target is None:
            self.notify("Nothing is flagged in this article.", timeout=3)
            return
        self.select(target)

    def action_next_flagged(self) -> None:
        self._flag_step(True)

    def action_prev_flagged(self) -> None:
        self._flag_step(False)

    def action_cycle_filter(self) -> None:
        if self.analysis is None:
            return
        name = nav.next_filter(nav.filter_names(self.analysis), self.filter_name)
        self._show_filter(name)
        table = self.query_one(ClaimsTable)
        row = table.row_of(self.current) if self.current else None
        if row is not None:
            table.select_row(row)
        elif table.claim_ids:
            self.select(table.claim_at_row(0))
        self._refresh_status()
        self.notify(f"Filter: {name} ({len(table.claim_ids):,} claims)", timeout=2)

    def action_focus_pane(self, pane: str) -> None:
        target: Widget
        if pane == "article":
            target = self.query_one(ArticleView)
        elif pane == "claims":
            target = self.query_one(ClaimsTable)
        else:
            target = self.query_one("#detail-checks")
        target.focus()

    # ------------------------------------------------------------ find

    def action_find(self) -> None:
        self.query_one(FindBar).open()

    @on(FindBar.Changed)
    def _find_changed(self, event: FindBar.Changed) -> None:
        text = self.document.text
        if self._lower is None:
            lower = text.lower()
            # Lowering can change lengths (e.g. "İ"); then offsets would lie: match as is.
            self._lower = lower if len(lower) == len(text) else text
        self._matches = nav.find_all(self._lower, event.query)
        self._match_len = len(event.query)
        article = self.query_one(ArticleView)
        top = article._line_starts[round(article.scroll_y)] if article.line_count else 0
        self._match_current = nav.next_match(self._matches, top - 1)
        article.set_matches(self._matches, self._match_len, self._match_current)
        self.query_one(FindBar).set_count(self._match_current, len(self._matches))

    @on(FindBar.Next)
    def _find_next(self, event: FindBar.Next) -> None:
        if not self._matches:
            return
        after = self._matches[self._match_current] if self._match_current is not None else -1
        self._match_current = nav.next_match(self._matches, after, event.forward)
        self.query_one(ArticleView).set_matches(self._matches, self._match_len, self._match_current)
        self.query_one(FindBar).set_count(self._match_current, len(self._matches))

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self._matches, self._match_current = [], None
        article = self.query_one(ArticleView)
        article.set_matches([], 0, None)
        article.focus()

    # ------------------------------------------------------------ export

    def action_export(self) -> None:
        if self.analysis is None:
            self.notify("Still reading the claims; export when the analysis is ready.")
            return
        stem = Path(self.document.name).stem or "article"
        count = len(flagged_checks(self.analysis))
        self.app.push_screen(ExportScreen(Path.cwd(), stem, count), self._export_chosen)

    def _export_chosen(self, request: ExportRequest | None) -> None:
        if request is None or self.analysis is None:
            return
        if request.fmt == "html":
            from reader.report_html import render_html

            content = render_html(self.analysis, self.reviewer.review)
        else:
            content = render_flagged(self.analysis, request.fmt, review=self.reviewer.review)
        try:
            written = write_export(request.path, content, overwrite=request.overwrite)
        except ExistingFileError:
            self.notify(f"{request.path} appeared meanwhile; not overwritten.", severity="error")
            return
        except OSError as exc:
            self.notify(f"Could not write {request.path}: {exc.strerror or exc}", severity="error")
            return
        label = dict(EXPORT_FORMATS)[request.fmt]
        count = len(flagged_checks(self.analysis))
        self.notify(f"Wrote {count} flagged check{'s' * (count != 1)} ({label}) to {written}")
