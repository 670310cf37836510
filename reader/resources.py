"""Where the bundled seeds and styles are, installed or in the source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE / "_data" / name  # inside a wheel
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name  # the source tree


def seeds_dir() -> Path:
    return _data_dir("seeds")


def styles_dir() -> Path:
    return _data_dir("styles")


SEED_ARTICLE = "gaza-ceasefire.txt"


def seed_article() -> Path:
    return seeds_dir() / SEED_ARTICLE
