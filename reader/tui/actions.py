"""Every action the reader offers, registered once: key, id, footer label, tooltip.

Bindings, the Footer, the help screen and the command palette all read this table,
so a key cannot be documented in one place and bound differently in another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding

Scope = Literal["app", "main"]


@dataclass(frozen=True, slots=True)
class ReaderAction:
    id: str  # binding id, e.g. "reader.next_claim"
    action: str  # the Textual action it runs
    keys: str  # comma-separated Textual key names
    display: str  # how the help screen shows the keys
    label: str  # short footer / palette label
    tooltip: str  # one sentence for the help screen and the palette
    scope: Scope = "main"
    footer: bool = False  # the few keys that matter go in the Footer
    palette: bool = True


ACTIONS: tuple[ReaderAction, ...] = (
    ReaderAction(
        "reader.next_claim",
        "next_claim",
        "j",
        "j / ↓",
        "Next",
        "Move to the next claim in the list; the article follows.",
        footer=True,
    ),
    ReaderAction(
        "reader.prev_claim",
        "prev_claim",
        "k",
        "k / ↑",
        "Prev",
        "Move to the previous claim in the list.",
        footer=False,
    ),
    ReaderAction(
        "reader.next_flagged",
        "next_flagged",
        "n",
        "n",
        "Next flag",
        "Jump to the next flagged claim: fails first, then warns.",
        footer=True,
    ),
    ReaderAction(
        "reader.prev_flagged",
        "prev_flagged",
        "N",
        "N",
        "Prev flag",
        "Jump to the previous flagged claim.",
    ),
    ReaderAction(
        "reader.find",
        "find",
        "slash",
        "/",
        "Find",
        "Find text in the article; enter for the next match, escape closes.",
        footer=True,
    ),
    ReaderAction(
        "reader.cycle_filter",
        "cycle_filter",
        "f",
        "f",
        "Filter",
        "Cycle the claims list: all, flagged, then each kind.",
        footer=True,
    ),
    ReaderAction(
        "reader.export",
        "export",
        "ctrl+e",
        "ctrl+e",
        "Export",
        "Export the flagged inconsistencies as JSON, CSV or Markdown.",
        footer=True,
    ),
    ReaderAction(
        "reader.verdict",
        "verdict",
        "v",
        "v",
        "Verdict",
        "Mark the current claim confirmed, disputed or needs-source, with a note (saved at once).",
    ),
    ReaderAction(
        "reader.verdict_check",
        "verdict_check",
        "V",
        "V",
        "Check verdict",
        "Mark a check of the current claim: the one under the detail cursor, else the worst.",
    ),
    ReaderAction(
        "reader.focus_article",
        "focus_pane('article')",
        "1",
        "1",
        "Article",
        "Focus the article pane.",
    ),
    ReaderAction(
        "reader.focus_claims", "focus_pane('claims')", "2", "2", "Claims", "Focus the claims list."
    ),
    ReaderAction(
        "reader.focus_detail",
        "focus_pane('detail')",
        "3",
        "3",
        "Detail",
        "Focus the checks of the current claim, to jump to a related claim.",
    ),
    ReaderAction(
        "reader.help",
        "help",
        "f1,question_mark",
        "F1 / ?",
        "Help",
        "Show the keys and help for the focused pane.",
        scope="app",
        footer=True,
    ),
    ReaderAction(
        "reader.toggle_dark",
        "toggle_dark",
        "ctrl+t",
        "ctrl+t",
        "Light/dark",
        "Switch between a dark and a light theme.",
        scope="app",
    ),
    ReaderAction(
        "reader.quit",
        "quit",
        "ctrl+q",
        "ctrl+q",
        "Quit",
        "Quit the reader.",
        scope="app",
        footer=True,
        palette=False,
    ),
)

# Keys Textual binds itself that the help screen should still list.
BUILTIN_KEYS: tuple[tuple[str, str], ...] = (
    ("tab / shift+tab", "Move focus between the panes."),
    ("ctrl+p", "Command palette: every action above, by name."),
    ("escape", "Close a dialog, the help or the find bar."),
    ("PgUp / PgDn", "Scroll the focused pane."),
)


def bindings(scope: Scope) -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    return [
        Binding(
            a.keys,
            a.action,
            a.label,
            show=a.footer,
            tooltip=a.tooltip,
            id=a.id,
            key_display=a.display.split(" / ")[0].replace("ctrl+", "^") if a.footer else None,
        )
        for a in ACTIONS
        if a.scope == scope
    ]


def palette_actions() -> list[ReaderAction]:
    return [a for a in ACTIONS if a.palette]
