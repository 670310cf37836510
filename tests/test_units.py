import pytest

from reader.units import (
    BASE_CONVERSIONS,
    PINT_EXPRESSIONS,
    UNIT,
    convert,
    lookup_unit,
    normalize,
)


def test_conversion_table_agrees_with_pint() -> None:
    """pint stays the source of truth: every precomputed factor is checked against it."""
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    for name, (factor, offset, base) in BASE_CONVERSIONS.items():
        expr = PINT_EXPRESSIONS.get(name, name)
        zero = ureg.Quantity(0.0, expr).to_base_units() if offset else None
        one = ureg.Quantity(1.0, expr).to_base_units() if offset else ureg(expr).to_base_units()
        assert str(one.units) == base, name
        if offset:
            assert zero.magnitude == pytest.approx(offset, rel=1e-9), name
            assert one.magnitude - zero.magnitude == pytest.approx(factor, rel=1e-9), name
        else:
            assert one.magnitude == pytest.approx(factor, rel=1e-9), name


@pytest.mark.parametrize(
    "surface, name, kind",
    [
        ("pounds", "pound", "measure"),
        ("lbs", "pound", "measure"),
        ("tonnes", "metric_ton", "measure"),
        ("tons", "short_ton", "measure"),
        ("km/h", "kilometer_per_hour", "measure"),
        ("square miles", "square_mile", "measure"),
        ("°F", "degree_Fahrenheit", "measure"),
        ("weeks", "week", "duration"),
        ("decades", "decade", "duration"),
    ],
)
def test_lexicon(surface: str, name: str, kind: str) -> None:
    assert lookup_unit(surface) == (name, kind)


def test_per_cent_is_not_a_unit() -> None:
    assert lookup_unit("per cent") is None
    assert lookup_unit("percent") is None


def test_normalize_to_si() -> None:
    value, unit = normalize(30, "pound")  # type: ignore[misc]
    assert value == pytest.approx(13.6078, rel=1e-4) and unit == "kilogram"
    kelvin, unit = normalize(94, "degree_Fahrenheit")  # type: ignore[misc]
    assert kelvin == pytest.approx(307.594, rel=1e-5) and unit == "kelvin"
    assert normalize(10, "degree") is None  # a bare "degrees" has no single scale


def test_convert_between_units_and_refuse_across_dimensions() -> None:
    assert convert(2, "ounce", "gram") == pytest.approx(56.699, rel=1e-4)
    assert convert(100, "degree_Celsius", "degree_Fahrenheit") == pytest.approx(212)
    assert convert(1, "acre", "kilogram") is None


def test_unit_pattern_takes_longest_form() -> None:
    m = UNIT.match(" square miles of land")
    assert m is not None and m["unit"] == "square miles"


def test_mb_is_millibars_in_lowercase_and_megabytes_otherwise() -> None:
    assert lookup_unit("mb") == ("millibar", "measure")
    assert lookup_unit("MB") == ("megabyte", "measure")
    assert lookup_unit("Mb") == ("megabyte", "measure")
