import pytest

from reader.dates import find_dates, infer_year


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on Oct. 7, 2023, it", ("Oct. 7, 2023", "2023-10-07")),
        ("As of Feb. 5, Hamas", ("Feb. 5", "--02-05")),
        ("due on 16 May.", ("16 May", "--05-16")),
        ("census night, 9 March 2024, an", ("9 March 2024", "2024-03-09")),
        ("on Tuesday, March 5 we", ("Tuesday, March 5", "--03-05")),
        ("between March 2020 and", ("March 2020", "2020-03")),
        ("The 1988 founding", ("1988", "1988")),
        ("in the 1920s and", ("1920s", "1920")),
        ("by mid-2023 the", ("2023", "2023")),
        ("born June 4, 1936", ("June 4, 1936", "1936-06-04")),
    ],
)
def test_dates_are_read_to_iso(text: str, expected: tuple[str, str]) -> None:
    dates = find_dates(text)
    assert len(dates) == 1
    d = dates[0]
    assert (text[d.start : d.end], d.value) == expected


def test_short_decade_takes_the_century_of_the_decade_before() -> None:
    text = "in the 1920s and ’30s and '40s"
    assert [d.value for d in find_dates(text)] == ["1920", "1930", "1940"]


@pytest.mark.parametrize(
    "text",
    ["2,055 points", "$2019", "call 1800 555 210", "a 3.5% rise", "Mar is a name", "may 5"],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_year_inferred_only_when_the_article_names_one_year() -> None:
    one = find_dates("On March 3, 2024 it began; by March 9 it was over.")
    assert infer_year(one) == "2024"
    two = find_dates("On March 3, 2024 it began, as in 1998; by March 9 it was over.")
    assert infer_year(two) is None


def test_a_qualified_figure_before_people_is_a_count_not_a_year() -> None:
    assert find_dates("It hired about 1500 engineers.") == []
    assert [d.value for d in find_dates("Output is back to around 2010 levels.")] == ["2010"]


def test_abbreviated_month_without_period_next_to_a_day() -> None:
    text = "It happened on 7 Oct 2023 and again on Oct 9. In Mar the rain came."
    assert [d.value for d in find_dates(text)] == ["2023-10-07", "--10-09"]


def test_no_year_is_inferred_across_a_year_end() -> None:
    from reader.dates import with_inferred_year

    dates = find_dates("It began on Dec. 28, 2023 and ended on Jan. 3.")
    year = infer_year(dates)
    assert year == "2023"
    assert with_inferred_year("--01-03", year, dates) == "--01-03"
    assert with_inferred_year("--12-30", year, dates) == "2023-12-30"


def test_decades_with_a_prefix() -> None:
    text = "in the mid-1990s and the early 2000s"
    assert [d.value for d in find_dates(text)] == ["1990", "2000"]


def test_both_years_of_a_span_are_dates() -> None:
    text = "the 1998-2003 boom and the 1914–1918 war"
    assert [d.value for d in find_dates(text)] == ["1998", "2003", "1914", "1918"]


def test_a_year_like_figure_before_a_unit_or_a_counted_plural_is_no_date() -> None:
    assert find_dates("a 1600-page report") == []
    assert find_dates("nearly 1700 flights were cut") == []
    assert [d.value for d in find_dates("since 2016 flights were cut")] == ["2016"]
