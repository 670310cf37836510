"""The verdict modal on its own, in a tiny host app."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Input, RadioButton

from reader.resources import styles_dir
from reader.tui.screens.verdict import VerdictChoice, VerdictScreen
from reader.verdicts import Verdict


class Host(App[None]):
    CSS_PATH = [str(p) for p in sorted(styles_dir().glob("*.tcss"))]

    def __init__(self, current: Verdict | None = None) -> None:
        super().__init__()
        self.current = current
        self.results: list[VerdictChoice | None] = []

    def on_mount(self) -> None:
        self.push_screen(VerdictScreen("“13” (count)", self.current), self.results.append)


async def test_key_picks_verdict_then_note_then_enter_saves() -> None:
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, VerdictScreen)
        await pilot.press("d")
        assert isinstance(app.focused, Input)  # the key moved on to the note
        await pilot.press(*"wire says 12", "enter")
        await pilot.pause()
    assert app.results == [VerdictChoice("disputed", "wire says 12")]


async def test_enter_without_note_keeps_the_preselected_verdict() -> None:
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s", "enter")
        await pilot.pause()
    assert app.results == [VerdictChoice("needs-source", "")]


async def test_escape_cancels_and_nothing_is_chosen() -> None:
    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, VerdictScreen)
    assert app.results == [None]


async def test_existing_verdict_is_shown_and_can_be_cleared() -> None:
    app = Host(Verdict("needs-source", "ask the ministry"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.query_one("#verdict-needs-source", RadioButton).value
        assert screen.query_one("#verdict-note", Input).value == "ask the ministry"
        await pilot.press("x")
        await pilot.pause()
    assert app.results == [VerdictChoice(None)]


async def test_buttons_save_and_clear_by_mouse() -> None:
    app = Host(Verdict("confirmed"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#verdict-disputed")
        await pilot.click("#verdict-save")
        await pilot.pause()
    assert app.results == [VerdictChoice("disputed", "")]
