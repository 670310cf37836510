"""`reader DIR`: the folder picker, in a tiny host app and over the real main screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Label

from reader.analysis import analyze
from reader.document import Document, read_document
from reader.model import Analysis
from reader.resources import styles_dir
from reader.tui.screens.picker import PickerScreen, articles_in
from reader.verdicts import source_for

ARTICLES = {
    "a-budget.txt": "The council approved 12 new posts, 7 for schools and 5 for roads.\n",
    "b-notes.md": "# Notes\n\nTurnout was 64% of 2,000 voters, the clerk said.\n",
    "c-page.html": (
        "<html><head><title>Bridge reopens</title></head><body><article>"
        "<p>The bridge, closed for 18 months, reopened on Monday after repairs costing "
        "$4 million, the transport department said in a statement to reporters.</p>"
        "<p>About 30,000 vehicles are expected to cross it each day, officials added, "
        "up from 25,000 before the closure began.</p></article></body></html>"
    ),
    "d-empty.html": "<html><head><script>var x = 1;</script></head><body></body></html>",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("9 hidden things\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deeper.txt").write_text("3 deeper things\n")
    return tmp_path


class Opened(Screen[None]):
    """Stands in for the main screen: shows the document's name; escape goes back."""

    BINDINGS = [("escape", "app.pop_screen", "Back")]

    def __init__(self, document: Document, analysis: Analysis | None) -> None:
        super().__init__()
        self.document, self.analysis = document, analysis

    def compose(self) -> ComposeResult:
        yield Label(self.document.name)


class Host(App[None]):
    CSS_PATH = [str(p) for p in sorted(styles_dir().glob("*.tcss"))]

    def __init__(self, folder: Path, factory=Opened) -> None:
        super().__init__()
        self.folder, self.factory = folder, factory

    def on_mount(self) -> None:
        self.push_screen(PickerScreen(self.folder, self.factory))


def test_articles_in_lists_only_articles_of_the_folder(folder: Path) -> None:
    assert [p.name for p in articles_in(folder)] == sorted(ARTICLES)


async def _wait_for_counts(pilot, screen: PickerScreen) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_lists_articles_with_claim_and_flag_counts(folder: Path) -> None:
    app = Host(folder)
    async with app.run_test(size=(100, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        await _wait_for_counts(pilot, screen)
        table = screen.query_one(DataTable)
        assert table.row_count == len(ARTICLES)
        for name in ("a-budget.txt", "b-notes.md", "c-page.html"):
            expected = analyze(read_document(folder / name))
            key = str(folder / name)
            assert str(table.get_cell(key, "claims")) == f"{len(expected.claims):,}"
            assert str(table.get_cell(key, "fail")) == str(len(expected.failed))
            assert str(table.get_cell(key, "warn")) == str(len(expected.warned))
        assert "no article text" in str(table.get_cell(str(folder / "d-empty.html"), "claims"))


async def test_enter_opens_the_article_and_escape_returns(folder: Path) -> None:
    app = Host(folder)
    async with app.run_test(size=(100, 24)) as pilot:
        picker = app.screen
        await _wait_for_counts(pilot, picker)
        await pilot.press("down", "down", "enter")  # c-page.html
        await pilot.pause()
        assert isinstance(app.screen, Opened)
        assert app.screen.document.name == "c-page.html"
        assert "Bridge reopens" in app.screen.document.text
        assert app.screen.analysis is not None  # the picker's analysis is reused
        # Verdicts marked on it will remember the file it came from.
        assert source_for(app.screen.document) == str((folder / "c-page.html").resolve())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is picker
        assert picker.query_one(DataTable).cursor_row == 2  # where the reader left off


async def test_an_unreadable_article_says_why_and_stays_on_the_list(folder: Path) -> None:
    app = Host(folder)
    async with app.run_test(size=(100, 24)) as pilot:
        picker = app.screen
        await _wait_for_counts(pilot, picker)
        await pilot.press("down", "down", "down", "enter")  # d-empty.html
        await pilot.pause()
        assert app.screen is picker
        assert any("no article text" in str(n.message) for n in app._notifications)


async def test_empty_folder_says_what_it_looks_for(tmp_path: Path) -> None:
    app = Host(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        title = str(app.screen.query_one("#picker-title", Label).render())
        assert "0 articles" in title and ".html" in title


async def test_opens_the_real_main_screen_and_escape_returns(folder: Path) -> None:
    from reader.tui.screens.main import MainScreen
    from reader.tui.screens.picker import article_screen

    app = Host(folder, article_screen)
    async with app.run_test(size=(120, 30)) as pilot:
        picker = app.screen
        await _wait_for_counts(pilot, picker)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.document.name == "a-budget.txt"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is picker


async def test_reader_app_on_a_folder_opens_on_the_picker(folder: Path) -> None:
    from reader.tui.app import ReaderApp
    from reader.tui.screens.main import MainScreen
    from reader.tui.screens.picker import folder_app

    app = folder_app(folder)
    assert isinstance(app, ReaderApp)  # same keys, styles, help and palette
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert not any(isinstance(s, MainScreen) for s in app.screen_stack)
        await app.workers.wait_for_complete()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.screen.document.name == "b-notes.md"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
