import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.resources import seed_article


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, timeout=60
    )


def test_check_json_contract_on_seed() -> None:
    proc = run("check", str(seed_article()), "--format", "json")
    assert proc.returncode in (0, 1)
    out = json.loads(proc.stdout)
    text = seed_article().read_text(encoding="utf-8")
    assert out["claims"], "the seed has numeric claims"
    for c in out["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
        assert c["kind"] in {
            "count",
            "percent",
            "measure",
            "money",
            "duration",
            "age",
            "ratio",
            "date",
        }
    assert isinstance(out["checks"], list)


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "text"])
def test_every_format_prints(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(seed_article()), "--format", fmt])
    assert code in (0, 1)
    assert "1,200" in capsys.readouterr().out


def test_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    proc = run("check", "-", "--format", "json", stdin=b"They counted 42 geese.")
    assert proc.returncode == 0
    claims = json.loads(proc.stdout)["claims"]
    assert [c["text"] for c in claims] == ["42"]


def test_empty_file_is_a_clean_empty_result(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    proc = run("check", str(f), "--format", "json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["claims"] == []


@pytest.mark.parametrize(
    "make, needle",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "directory"),
        (lambda d: (d / "bin.txt", (d / "bin.txt").write_bytes(b"\x00\x01\x02abc"))[0], "binary"),
        (lambda d: (d / "l1.txt", (d / "l1.txt").write_bytes(b"caf\xe9 42"))[0], "UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make, needle: str) -> None:
    proc = run("check", str(make(tmp_path)))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert proc.stdout == b""


def test_unknown_format_is_a_usage_error() -> None:
    proc = run("check", str(seed_article()), "--format", "yaml")
    assert proc.returncode == 2
    assert proc.stderr.decode().count("\n") == 1
