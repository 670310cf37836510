"""The installed package finds its bundled seed article and stylesheets."""

import reader
from reader.resources import seed_article, styles_dir


def test_seed_article_and_styles_are_found() -> None:
    assert seed_article().is_file()
    assert seed_article().read_text(encoding="utf-8").strip()
    assert any(styles_dir().glob("*.tcss"))


def test_wheel_carries_data_when_installed() -> None:
    if "site-packages" not in reader.__file__:
        return  # running from the source tree: the top-level folders serve
    assert "_data" in str(seed_article())
    assert "_data" in str(styles_dir())
