"""Marking from a screen: the Reviewer asks with the modal and saves at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.screen import Screen
from textual.widgets import Label
from tui_sample import sample_analysis

from reader.model import Analysis, Check, Claim
from reader.resources import styles_dir
from reader.tui.screens.verdict import (
    Reviewer,
    VerdictScreen,
    check_to_mark,
    shared_store,
)
from reader.verdicts import Verdict, VerdictStore


class Host(App[None]):
    CSS_PATH = [str(p) for p in sorted(styles_dir().glob("*.tcss"))]

    def __init__(self, analysis: Analysis, reviewer: Reviewer) -> None:
        super().__init__()
        self.analysis, self.reviewer = analysis, reviewer
        self.done: list[tuple[Claim | Check, Verdict | None]] = []

    def on_mount(self) -> None:
        self.push_screen(Screen())
        self.screen.mount(Label("article"))
        self.reviewer.load(self.analysis)

    def mark(self, target: Claim | Check) -> None:
        self.reviewer.ask(self.screen, self.analysis, target, lambda t, v: self.done.append((t, v)))


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "verdicts.sqlite3"
    monkeypatch.setenv("READER_DB", str(path))
    return path


async def test_mark_a_claim_saves_it_and_reopening_restores_it(db: Path) -> None:
    analysis = sample_analysis()
    app = Host(analysis, Reviewer())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.mark(analysis.claim("c6"))
        await pilot.pause()
        assert isinstance(app.screen, VerdictScreen)
        await pilot.press("d", *"38 vs 33", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, VerdictScreen)
    assert app.done == [(analysis.claim("c6"), app.reviewer.review.for_claim("c6"))]
    assert app.reviewer.store.path == db
    # On disk already: a fresh store on the same file (another process) sees it.
    again = VerdictStore(db).review(sample_analysis())
    assert again.for_claim("c6") == Verdict("disputed", "38 vs 33", again.for_claim("c6").marked_at)


async def test_mark_a_check_and_clear_it(db: Path) -> None:
    analysis = sample_analysis()
    check = analysis.checks[0]
    app = Host(analysis, Reviewer())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.mark(check)
        await pilot.press("s", "enter")
        await pilot.pause()
        assert app.reviewer.review.for_check(check).verdict == "needs-source"
        app.mark(check)
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert app.reviewer.review.for_check(check) is None
    assert [v.verdict if v else None for _, v in app.done] == ["needs-source", None]
    assert len(VerdictStore(db).review(sample_analysis())) == 0


async def test_a_store_that_cannot_save_says_so_and_asks_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    analysis = sample_analysis()
    app = Host(analysis, Reviewer(VerdictStore(bad)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.mark(analysis.claim("c1"))
        await pilot.pause()
        assert not isinstance(app.screen, VerdictScreen)
        messages = [str(n.message) for n in app._notifications]
        assert any("Cannot mark" in m and "bad.sqlite3" in m for m in messages)
    assert app.done == []
    assert bad.read_bytes() == b"garbage" * 100


def test_check_to_mark_follows_the_detail_cursor_else_the_worst() -> None:
    analysis = sample_analysis()
    # c6 is in the failing check and in a passing one.
    assert check_to_mark(analysis, "c6", None).status == "fail"
    passing = analysis.checks_for("c6").index(analysis.checks[1])
    assert check_to_mark(analysis, "c6", f"jump-{passing}-c4") is analysis.checks[1]
    assert check_to_mark(analysis, "c1", None) is None


def test_shared_store_is_opened_once_per_path(db: Path) -> None:
    assert shared_store() is shared_store()
    assert shared_store().path == db
