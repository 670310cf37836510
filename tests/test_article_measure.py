"""A measure whose number is its article: "within a mile", "an acre of woodland"."""

from reader.analysis import analyze


def _measures(text: str) -> list[tuple[str, float | str | None, str, str | None]]:
    return [(c.text, c.value, c.bound, c.unit) for c in analyze(text).claims if c.kind == "measure"]


def test_article_measure_after_a_count_is_read_with_its_bound() -> None:
    text = "About 600 homes within a kilometre of the plant were told to shut their windows."
    assert _measures(text) == [("a kilometre", 1.0, "upper", "kilometer")]


def test_article_measure_is_normalised() -> None:
    (claim,) = [c for c in analyze("The estate sold an acre of orchard.").claims]
    assert claim.normalized is not None and round(claim.normalized) == 4047


def test_price_per_unit_is_not_a_measure() -> None:
    assert _measures("Diesel reached $6 a gallon on Friday.") == []
    assert _measures("The van did 30 miles to a gallon.") == [("30 miles", 30.0, "exact", "mile")]


def test_fractions_and_compounds_stay_whole() -> None:
    assert _measures("The march stretched half a mile.") == [("half a mile", 0.5, "exact", "mile")]
    assert _measures("A mile-long queue formed outside.") == []
