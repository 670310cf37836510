"""Verdicts: stored when made, found again after edits elsewhere, never lost."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from verdict_helpers import hand_analysis

from reader.verdicts import (
    ENV_VAR,
    VerdictError,
    VerdictStore,
    claim_fingerprints,
    resolve_db_path,
    source_of,
)

ARTICLE = (
    "Rebels freed 13 of the 90 hostages on Monday, officials said.\n"
    "At least 34 are dead, and 251 were seized in the first raid.\n"
    "A further 13 were freed later, bringing the total to 26.\n"
)
CHECKS = [("sum_total", "fail", [1, 5, 6], "13 + 13 = 26 freed")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "verdicts.sqlite3"


def test_marks_are_restored_on_reopen(db: Path) -> None:
    analysis = hand_analysis(ARTICLE, CHECKS)
    store = VerdictStore(db)
    assert store.mode == "rw" and store.problem is None
    store.mark(analysis, analysis.claim("c2"), "disputed", "  wire copy says 92 ")
    store.mark(analysis, analysis.checks[0], "needs-source")
    store.close()

    review = VerdictStore(db).review(hand_analysis(ARTICLE, CHECKS))
    assert review.for_claim("c2").verdict == "disputed"
    assert review.for_claim("c2").note == "wire copy says 92"
    assert review.for_claim("c1") is None
    assert review.for_check(analysis.checks[0]).verdict == "needs-source"
    assert review.unmatched == []


def test_latest_mark_wins_and_clearing_removes_it(db: Path) -> None:
    analysis = hand_analysis(ARTICLE)
    store = VerdictStore(db)
    claim = analysis.claim("c3")
    store.mark(analysis, claim, "disputed")
    store.mark(analysis, claim, "confirmed", "checked with the ministry")
    assert store.review(analysis).for_claim("c3").verdict == "confirmed"
    store.mark(analysis, claim, None)
    assert store.review(analysis).for_claim("c3") is None
    # The log keeps every mark for the record.
    rows = sqlite3.connect(db).execute("SELECT verdict FROM verdicts ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["disputed", "confirmed", None]


def test_verdict_survives_an_edit_elsewhere_in_the_article(db: Path, tmp_path: Path) -> None:
    source = str(tmp_path / "article.txt")
    before = hand_analysis(ARTICLE, CHECKS)
    store = VerdictStore(db)
    store.mark(before, before.claim("c4"), "confirmed", source=source)  # "251"
    store.mark(before, before.claim("c5"), "disputed", source=source)  # second "13"
    store.mark(before, before.checks[0], "needs-source", source=source)

    edited_text = "UPDATED: 2 aid workers were also held.\n" + ARTICLE.replace(
        "Rebels freed", "Rebel fighters freed"
    )
    after = hand_analysis(edited_text, [("sum_total", "fail", [2, 6, 7], "13 + 13 = 26 freed")])
    review = VerdictStore(db).review(after, source=source)
    # Claims moved (new number in front, new ids) but keep their verdicts.
    assert after.claim("c5").text == "251"
    assert review.for_claim("c5").verdict == "confirmed"
    assert after.claim("c6").text == "13"
    assert review.for_claim("c6").verdict == "disputed"
    assert review.for_claim("c2") is None  # the first "13", edited nearby, had none
    assert review.for_check(after.checks[0]).verdict == "needs-source"
    assert review.unmatched == []

    # Another article with the same words at another path shares nothing.
    other = VerdictStore(db).review(after, source=str(tmp_path / "other.txt"))
    assert len(other) == 0


def test_verdict_whose_claim_is_gone_is_reported_not_dropped(db: Path) -> None:
    before = hand_analysis(ARTICLE)
    store = VerdictStore(db)
    store.mark(before, before.claim("c4"), "disputed", source="a.txt")  # "251"
    after = hand_analysis(ARTICLE.replace("and 251 were seized in the first raid", "and more"))
    review = store.review(after, source="a.txt")
    assert len(review) == 0
    assert [(u.label, u.verdict.verdict) for u in review.unmatched] == [("251", "disputed")]


def test_fingerprints_tell_repeated_numbers_apart() -> None:
    analysis = hand_analysis("It rose 5% in May. It rose 5% in May. It fell 5% in June.\n")
    fps = list(claim_fingerprints(analysis).values())
    assert len(set(fps)) == 3
    # Whitespace and quote style do not matter, words do.
    a = claim_fingerprints(hand_analysis("The  “big”   total was 40 people.\n"))
    b = claim_fingerprints(hand_analysis('The "big" total was 40 people.\n'))
    c = claim_fingerprints(hand_analysis("The small total was 40 people.\n"))
    assert a == b != c


def test_db_path_option_then_env_then_data_dir(tmp_path: Path) -> None:
    assert resolve_db_path("x.db", {ENV_VAR: "y.db"}) == Path("x.db")
    assert resolve_db_path(None, {ENV_VAR: "y.db"}) == Path("y.db")
    default = resolve_db_path(None, {})
    assert default.name == "verdicts.sqlite3" and "reader" in default.parts


def test_unknown_verdict_is_refused(db: Path) -> None:
    analysis = hand_analysis(ARTICLE)
    with pytest.raises(VerdictError, match="unknown verdict"):
        VerdictStore(db).mark(analysis, analysis.claims[0], "maybe")


def test_corrupt_database_turns_verdicts_off_and_is_left_alone(db: Path) -> None:
    db.parent.mkdir(parents=True)
    garbage = b"this is not sqlite at all\n" * 100
    db.write_bytes(garbage)
    store = VerdictStore(db)
    assert store.mode == "off"
    assert "corrupt" in store.problem and str(db) in store.problem
    analysis = hand_analysis(ARTICLE)
    assert len(store.review(analysis)) == 0
    with pytest.raises(VerdictError, match="not saved"):
        store.mark(analysis, analysis.claims[0], "confirmed")
    assert db.read_bytes() == garbage


def test_foreign_sqlite_file_is_not_touched(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    store = VerdictStore(db)
    assert store.mode == "off" and "not a reader verdicts database" in store.problem
    assert db.read_bytes() == before


def test_locked_database_is_read_only_with_a_message(db: Path) -> None:
    analysis = hand_analysis(ARTICLE)
    first = VerdictStore(db)
    first.mark(analysis, analysis.claims[0], "confirmed")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        store = VerdictStore(db, timeout=0.1)
        assert store.mode == "ro" and "locked" in store.problem
        assert store.review(analysis).for_claim("c1").verdict == "confirmed"
        with pytest.raises(VerdictError, match="not saved"):
            store.mark(analysis, analysis.claims[1], "disputed")
        # A store opened before the lock reports it on write instead of losing it.
        first._timeout = 0.1
        first._conn.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(VerdictError, match="locked"):
            first.mark(analysis, analysis.claims[1], "disputed")
    finally:
        other.execute("ROLLBACK")
    assert first.review(analysis).for_claim("c2") is None


def test_exclusively_locked_database_turns_verdicts_off(db: Path) -> None:
    VerdictStore(db).close()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        store = VerdictStore(db, timeout=0.1)
        assert store.mode == "off" and "locked" in store.problem
    finally:
        other.execute("ROLLBACK")


def _make_read_only(path: Path) -> bool:
    """Read-only even for root: chattr +i where it works, else chmod."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        return True
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    return subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0


def _undo_read_only(path: Path) -> None:
    if os.geteuid() != 0:
        path.parent.chmod(0o755)
        path.chmod(0o644)
    else:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def test_read_only_database_still_shows_verdicts(db: Path) -> None:
    analysis = hand_analysis(ARTICLE)
    VerdictStore(db).mark(analysis, analysis.claims[0], "needs-source")
    if not _make_read_only(db):
        pytest.skip("cannot make a file read-only here")
    try:
        store = VerdictStore(db)
        assert store.mode == "ro" and "read-only" in store.problem
        assert store.review(analysis).for_claim("c1").verdict == "needs-source"
        with pytest.raises(VerdictError, match="not saved"):
            store.mark(analysis, analysis.claims[1], "disputed")
    finally:
        _undo_read_only(db)


def test_folder_that_cannot_be_made_turns_verdicts_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = VerdictStore(blocker / "sub" / "verdicts.sqlite3")
    assert store.mode == "off" and "cannot create" in store.problem


def test_a_mark_survives_kill_9(db: Path) -> None:
    # A child process marks, says so, then hangs; SIGKILL gives it no chance to
    # flush or close anything. The verdict must already be on disk.
    child = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from verdict_helpers import hand_analysis
        from reader.verdicts import VerdictStore
        analysis = hand_analysis({ARTICLE!r})
        store = VerdictStore(__import__("pathlib").Path({str(db)!r}))
        store.mark(analysis, analysis.claim("c3"), "disputed", "killed right after")
        print("marked", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "marked"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    review = VerdictStore(db).review(hand_analysis(ARTICLE))
    assert review.for_claim("c3").verdict == "disputed"
    assert review.for_claim("c3").note == "killed right after"


def test_reading_only_creates_nothing_and_reads_what_is_there(db: Path) -> None:
    analysis = hand_analysis(ARTICLE)
    reader = VerdictStore(db, write=False)
    assert reader.mode == "off" and reader.problem is None
    assert not db.exists() and not db.parent.exists()
    VerdictStore(db).mark(analysis, analysis.claims[1], "confirmed")
    reader = VerdictStore(db, write=False)
    assert reader.mode == "ro" and reader.problem is None
    assert reader.review(analysis).for_claim("c2").verdict == "confirmed"
    with pytest.raises(VerdictError):
        reader.mark(analysis, analysis.claims[0], "disputed")


def test_source_is_the_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert source_of("a.txt") == str(tmp_path.resolve() / "a.txt")
    assert source_of("-") == "<stdin>"


def test_a_document_remembers_the_path_it_was_read_from(tmp_path: Path) -> None:
    from reader.document import read_document
    from reader.verdicts import remember_source, source_for

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    document = read_document(article)
    assert source_for(document) == document.name == "a.txt"
    remember_source(document, article)
    assert source_for(document) == str(article.resolve())
    assert source_for(read_document(article)) == "a.txt"  # another object: not known
