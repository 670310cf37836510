"""The reader app: one main screen over an analysis, modals pushed on top.

``run_app(document)`` is what `reader [FILE]` calls (see reader.cli.cmd_open).
Screens live in reader/tui/screens/, widgets in reader/tui/components/, and every
key is registered in reader/tui/actions.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.widget import Widget

from reader.document import Document
from reader.model import Analysis
from reader.resources import styles_dir
from reader.tui.actions import bindings
from reader.tui.commands import ReaderCommands
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.main import MainScreen

DARK_THEME, LIGHT_THEME = "textual-dark", "textual-light"


def stylesheets() -> list[str | PurePath]:
    """Every .tcss under styles/ (the wheel carries them as reader/_data/styles)."""
    return list(sorted(styles_dir().glob("*.tcss")))


class ReaderApp(App[int]):
    TITLE = "reader"
    CSS_PATH = stylesheets()
    BINDINGS = bindings("app")
    COMMANDS = {ReaderCommands} | App.COMMANDS  # the reader's own commands first
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, document: Document, analysis: Analysis | None = None) -> None:
        """``analysis`` given: show it as is (tests); None: analyse in a worker."""
        super().__init__()
        self.document = document
        self._analysis = analysis
        self.sub_title = document.name

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # Textual's "Keys" panel is replaced by the reader's own help (F1 / ?).
        for command in super().get_system_commands(screen):
            if command.title != "Keys":
                yield command

    def on_mount(self) -> None:
        self.push_screen(MainScreen(self.document, self._analysis))

    @property
    def main_screen(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("no main screen")

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(focused_help(self.focused)))

    def action_toggle_dark(self) -> None:
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME


def focused_help(widget: Widget | None) -> str | None:
    """The HELP of the focused widget or its nearest ancestor that has one."""
    node = widget
    while node is not None:
        text = getattr(type(node), "HELP", None)
        if text and type(node).__module__.startswith("reader.tui"):
            return str(text)
        node = node.parent if isinstance(node.parent, Widget) else None
    return None


def run_app(document: Document, theme: str | None = None) -> int:
    app = ReaderApp(document)
    if theme:
        app.theme = theme
    return int(app.run() or 0)
