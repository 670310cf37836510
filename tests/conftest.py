"""Every test gets its own verdicts database: none writes to the user's data dir."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_verdicts_db(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    path = tmp_path_factory.mktemp("verdicts") / "verdicts.sqlite3"
    monkeypatch.setenv("READER_DB", str(path))
    return path


@pytest.fixture
def db_env(_private_verdicts_db: Path) -> Path:
    """The verdicts database this test's reader uses (READER_DB)."""
    return _private_verdicts_db
