"""`reader export` and the pure flagged export, over a fixed hand-made analysis."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tui_sample import SAMPLE_TEXT, sample_analysis

from reader import cli
from reader.export import render_flagged
from reader.flagged import (
    ExistingFileError,
    LineIndex,
    flagged_checks,
    flagged_claim_order,
    write_export,
)
from reader.resources import seed_article


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An article file whose analysis is the fixed sample (the CLI path, stable checks)."""
    path = tmp_path / "ceasefire.txt"
    path.write_text(SAMPLE_TEXT, encoding="utf-8")
    monkeypatch.setattr(cli, "analyze", lambda document: sample_analysis(document.name))
    return path


def test_flagged_order_is_fails_then_warns_in_reading_order() -> None:
    analysis = sample_analysis()
    assert [c.status for c in flagged_checks(analysis)] == ["fail", "warn"]
    assert [c.status for c in flagged_checks(analysis, include_passes=True)] == [
        "fail",
        "warn",
        "pass",
        "pass",
    ]
    assert flagged_claim_order(analysis) == ["c6", "c7", "c8", "c9"]


def test_line_index_positions() -> None:
    index = LineIndex("ab\ncd\n\nef")
    assert index.position(0) == (1, 1)
    assert index.position(4) == (2, 2)
    assert index.position(7) == (4, 1)


def test_write_export_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert write_export(target, "one") == target.resolve()
    with pytest.raises(ExistingFileError):
        write_export(target, "two")
    assert target.read_text() == "one"
    write_export(target, "three", overwrite=True)
    assert target.read_text() == "three"


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_cli_export_to_stdout(article: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(article), "--format", fmt, "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out == render_flagged(sample_analysis(), fmt)
    assert "38 released > 33 agreed for the phase" in out
    assert "sum_of_parts" not in out  # passes only with --all


def test_cli_export_all_includes_passes(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", str(article), "--format", "csv", "--all"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["status"] for r in rows} == {"fail", "warn", "pass"}
    assert any(r["rule"] == "sum_of_parts" and r["claim_text"] == "13" for r in rows)


def test_cli_export_writes_a_file_and_refuses_to_overwrite(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "flagged.json"
    assert cli.main(["export", str(article), "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["document"] == "ceasefire.txt"
    claim = data["checks"][0]["claims"][1]
    assert (claim["id"], claim["text"], claim["line"]) == ("c7", "33", 4)
    assert SAMPLE_TEXT[claim["start"] : claim["end"]] == "33"

    out.write_text("mine", encoding="utf-8")
    assert cli.main(["export", str(article), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err and err.count("\n") == 1
    assert out.read_text(encoding="utf-8") == "mine"
    assert cli.main(["export", str(article), "-o", str(out), "--force", "-f", "md"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Flagged: ceasefire.txt")


def test_cli_export_never_writes_over_the_article(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["export", str(article), "-o", str(article), "--force"]) == 2
    assert article.read_text(encoding="utf-8") == SAMPLE_TEXT
    assert "article itself" in capsys.readouterr().err


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, timeout=120)


@pytest.mark.parametrize(
    "args, needle",
    [
        (("export", "/nonexistent/article.txt"), "no such file"),
        (("export", "SEED", "--format", "yaml"), "invalid choice"),
        (("export", "SEED", "-o", "/nonexistent-dir/out.json"), "cannot write"),
    ],
)
def test_cli_export_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], needle: str) -> None:
    proc = run(*(str(seed_article()) if a == "SEED" else a for a in args))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and needle in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_opening_an_unreadable_file_leaves_the_terminal_clean(tmp_path: Path) -> None:
    """`reader FILE` reads the file before the app takes the screen: one line, exit 2,
    and no escape sequences (alternate screen, mouse modes) written anywhere."""
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01binary")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"caf\xe9 42")
    for path in (str(tmp_path / "missing.txt"), str(binary), str(latin1)):
        proc = run(path)
        err = proc.stderr.decode()
        assert proc.returncode == 2, err
        assert err.startswith("reader: ") and err.count("\n") == 1
        assert proc.stdout == b"" and "\x1b" not in err
