"""The unit lexicon: how news writes units, and what they are in SI via pint.

``UNIT`` matches a unit right after a figure ("30 pounds", "195 km/h",
"94°F", "20-milligram"); :func:`lookup_unit` gives its canonical pint name and
kind. Normalising to SI uses :data:`BASE_CONVERSIONS`, a small table of
factors taken from pint (tests/test_units.py checks every row against pint),
so the ~0.6 s of building pint's registry is paid only by :func:`pint_registry`
callers that need a unit the table lacks.

pint's traps, handled here: "per cent" is not a unit (percentages are read by
extract.py), ``ton`` is the short ton (we say "short_ton"/"metric_ton"
explicitly), ``pound`` is only a mass (money in pounds is read as a currency).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# surface form (lowercase) -> canonical pint unit name
_MEASURE_FORMS: dict[str, tuple[str, ...]] = {
    # mass
    "kilogram": ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "kilogramme"),
    "gram": ("g", "gm", "gram", "grams", "gramme", "grammes"),
    "milligram": ("mg", "milligram", "milligrams"),
    "microgram": ("mcg", "µg", "microgram", "micrograms"),
    "pound": ("lb", "lbs", "pound", "pounds"),
    "ounce": ("oz", "ounce", "ounces"),
    "stone": ("stone",),
    "metric_ton": ("tonne", "tonnes", "metric ton", "metric tons"),
    "short_ton": ("ton", "tons", "short ton", "short tons", "us ton", "us tons", "u.s. tons"),
    "long_ton": ("long ton", "long tons", "imperial ton", "imperial tons"),
    # length
    "kilometer": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "meter": ("m", "metre", "metres", "meter", "meters"),
    "centimeter": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "millimeter": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "mile": ("mi", "mile", "miles"),
    "nautical_mile": ("nautical mile", "nautical miles"),
    "yard": ("yd", "yds", "yard", "yards"),
    "foot": ("ft", "foot", "feet"),
    "inch": ("in.", "in", "inch", "inches"),
    # area
    "acre": ("acre", "acres"),
    "hectare": ("ha", "hectare", "hectares"),
    "square_mile": ("square mile", "square miles", "sq mi", "sq. mi.", "sq miles"),
    "square_kilometer": (
        "km2",
        "km²",
        "sq km",
        "square kilometre",
        "square kilometres",
        "square kilometer",
        "square kilometers",
    ),
    "square_meter": ("m2", "m²", "sq m", "square metre", "square metres", "square meter"),
    "square_foot": ("sq ft", "square foot", "square feet"),
    # volume
    "liter": ("l", "litre", "litres", "liter", "liters"),
    "milliliter": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    "gallon": ("gal", "gallon", "gallons", "us gallon", "us gallons", "u.s. gallons"),
    "imperial_gallon": ("imperial gallon", "imperial gallons"),
    "quart": ("quart", "quarts"),
    "oil_barrel": ("barrel", "barrels"),
    "cubic_meter": ("m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters"),
    "cup": ("cup", "cups"),
    "tablespoon": ("tbsp", "tablespoon", "tablespoons"),
    "teaspoon": ("tsp", "teaspoon", "teaspoons"),
    "fluid_ounce": ("fl oz", "fluid ounce", "fluid ounces"),
    "pint": ("pint", "pints"),
    # speed
    "mile_per_hour": ("mph", "miles per hour", "mile per hour", "miles an hour"),
    "kilometer_per_hour": (
        "km/h",
        "kmh",
        "kph",
        "km/hr",
        "kilometres per hour",
        "kilometers per hour",
        "kilometres an hour",
        "kilometers an hour",
    ),
    "meter_per_second": ("m/s", "metres per second", "meters per second"),
    "knot": ("knot", "knots"),
    # temperature
    "degree_Fahrenheit": ("°f", "ºf", "° f", "degrees fahrenheit", "degree fahrenheit", "f"),
    "degree_Celsius": (
        "°c",
        "ºc",
        "° c",
        "degrees celsius",
        "degree celsius",
        "degrees centigrade",
        "c",
    ),
    # a temperature or difference with no scale named: not normalised
    "degree": ("degrees", "degree"),
    # energy and power
    "calorie": ("calorie", "calories", "cal"),
    "kilocalorie": ("kcal", "kilocalorie", "kilocalories"),
    "joule": ("joule", "joules"),
    "kilowatt_hour": ("kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"),
    "megawatt_hour": ("mwh", "megawatt-hour", "megawatt-hours", "megawatt hours"),
    "gigawatt_hour": ("gwh", "gigawatt-hours", "gigawatt hours"),
    "watt": ("watt", "watts"),
    "kilowatt": ("kw", "kilowatt", "kilowatts"),
    "megawatt": ("mw", "megawatt", "megawatts"),
    "gigawatt": ("gw", "gigawatt", "gigawatts"),
    # pressure ("950 mb" in a storm report is millibars; "2 MB" or "2Mb" of data is megabytes)
    "millibar": ("millibar", "millibars", "mbar"),
    "hectopascal": ("hpa", "hectopascal", "hectopascals"),
    # data
    "byte": ("byte", "bytes"),
    "kilobyte": ("kb", "kilobyte", "kilobytes"),
    "megabyte": ("mb", "megabyte", "megabytes"),
    "gigabyte": ("gb", "gigabyte", "gigabytes"),
    "terabyte": ("tb", "terabyte", "terabytes"),
}
_DURATION_FORMS: dict[str, tuple[str, ...]] = {
    "millisecond": ("millisecond", "milliseconds"),
    "second": ("second", "seconds", "sec", "secs"),
    "minute": ("minute", "minutes", "min", "mins"),
    "hour": ("hour", "hours", "hr", "hrs"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years", "yr", "yrs"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
}
# Forms that are only units when written right after a figure with no space
# or as a symbol; as words they are ordinary English ("in", "l", "c").
SYMBOL_ONLY = frozenset(
    {"m", "g", "l", "f", "c", "in.", "in", "mi", "ha", "cal", "min", "sec", "gal"}
)

UNIT_KIND: dict[str, str] = {}
_FORMS: dict[str, str] = {}
for _name, _forms in _MEASURE_FORMS.items():
    UNIT_KIND[_name] = "measure"
    for _f in _forms:
        _FORMS[_f] = _name
for _name, _forms in _DURATION_FORMS.items():
    UNIT_KIND[_name] = "duration"
    for _f in _forms:
        _FORMS[_f] = _name

# Canonical name -> (factor, offset, SI base unit): base = value * factor + offset.
# Generated from pint (``to_base_units``) and checked against it by the tests.
BASE_CONVERSIONS: dict[str, tuple[float, float, str]] = {
    "kilogram": (1.0, 0.0, "kilogram"),
    "gram": (0.001, 0.0, "kilogram"),
    "milligram": (1e-06, 0.0, "kilogram"),
    "microgram": (1e-09, 0.0, "kilogram"),
    "pound": (0.45359237, 0.0, "kilogram"),
    "ounce": (0.028349523125, 0.0, "kilogram"),
    "stone": (6.35029318, 0.0, "kilogram"),
    "metric_ton": (1000.0, 0.0, "kilogram"),
    "short_ton": (907.18474, 0.0, "kilogram"),
    "long_ton": (1016.0469088000001, 0.0, "kilogram"),
    "kilometer": (1000.0, 0.0, "meter"),
    "meter": (1.0, 0.0, "meter"),
    "centimeter": (0.01, 0.0, "meter"),
    "millimeter": (0.001, 0.0, "meter"),
    "mile": (1609.344, 0.0, "meter"),
    "nautical_mile": (1852.0, 0.0, "meter"),
    "yard": (0.9144, 0.0, "meter"),
    "foot": (0.3048, 0.0, "meter"),
    "inch": (0.0254, 0.0, "meter"),
    "acre": (4046.872609874252, 0.0, "meter ** 2"),
    "hectare": (10000.0, 0.0, "meter ** 2"),
    "square_mile": (2589988.110336, 0.0, "meter ** 2"),
    "square_kilometer": (1000000.0, 0.0, "meter ** 2"),
    "square_meter": (1.0, 0.0, "meter ** 2"),
    "square_foot": (0.09290304, 0.0, "meter ** 2"),
    "liter": (0.001, 0.0, "meter ** 3"),
    "milliliter": (1e-06, 0.0, "meter ** 3"),
    "gallon": (0.0037854117840000006, 0.0, "meter ** 3"),
    "imperial_gallon": (0.004546090000000002, 0.0, "meter ** 3"),
    "quart": (0.0009463529459999998, 0.0, "meter ** 3"),
    "oil_barrel": (0.1589872949280001, 0.0, "meter ** 3"),
    "cubic_meter": (1.0, 0.0, "meter ** 3"),
    "cup": (0.0002365882365000001, 0.0, "meter ** 3"),
    "tablespoon": (1.4786764781250006e-05, 0.0, "meter ** 3"),
    "teaspoon": (4.9289215937500015e-06, 0.0, "meter ** 3"),
    "fluid_ounce": (2.9573529562500012e-05, 0.0, "meter ** 3"),
    "pint": (0.0004731764730000002, 0.0, "meter ** 3"),
    "mile_per_hour": (0.44704, 0.0, "meter / second"),
    "kilometer_per_hour": (0.2777777777777778, 0.0, "meter / second"),
    "meter_per_second": (1.0, 0.0, "meter / second"),
    "knot": (0.5144444444444445, 0.0, "meter / second"),
    "degree_Fahrenheit": (0.5555555555555556, 255.37222222222223, "kelvin"),
    "degree_Celsius": (1.0, 273.15, "kelvin"),
    "calorie": (4.184, 0.0, "kilogram * meter ** 2 / second ** 2"),
    "kilocalorie": (4184.0, 0.0, "kilogram * meter ** 2 / second ** 2"),
    "joule": (1.0, 0.0, "kilogram * meter ** 2 / second ** 2"),
    "kilowatt_hour": (3600000.0, 0.0, "kilogram * meter ** 2 / second ** 2"),
    "megawatt_hour": (3600000000.0, 0.0, "kilogram * meter ** 2 / second ** 2"),
    "gigawatt_hour": (3600000000000.0, 0.0, "kilogram * meter ** 2 / second ** 2"),
    "watt": (1.0, 0.0, "kilogram * meter ** 2 / second ** 3"),
    "kilowatt": (1000.0, 0.0, "kilogram * meter ** 2 / second ** 3"),
    "megawatt": (1000000.0, 0.0, "kilogram * meter ** 2 / second ** 3"),
    "gigawatt": (1000000000.0, 0.0, "kilogram * meter ** 2 / second ** 3"),
    "millibar": (100.0, 0.0, "kilogram / meter / second ** 2"),
    "hectopascal": (100.0, 0.0, "kilogram / meter / second ** 2"),
    "byte": (8.0, 0.0, "bit"),
    "kilobyte": (8000.0, 0.0, "bit"),
    "megabyte": (8000000.0, 0.0, "bit"),
    "gigabyte": (8000000000.0, 0.0, "bit"),
    "terabyte": (8000000000000.0, 0.0, "bit"),
    "millisecond": (0.001, 0.0, "second"),
    "second": (1.0, 0.0, "second"),
    "minute": (60.0, 0.0, "second"),
    "hour": (3600.0, 0.0, "second"),
    "day": (86400.0, 0.0, "second"),
    "week": (604800.0, 0.0, "second"),
    "month": (2629800.0, 0.0, "second"),
    "year": (31557600.0, 0.0, "second"),
    "decade": (315576000.0, 0.0, "second"),
    "century": (3155760000.0, 0.0, "second"),
}


# Canonical names pint spells differently (pint's "decade" is a dimensionless
# logarithmic unit, not ten years).
PINT_EXPRESSIONS = {
    "square_kilometer": "kilometer ** 2",
    "square_meter": "meter ** 2",
    "cubic_meter": "meter ** 3",
    "decade": "10 * year",
    "century": "100 * year",
}


def _form_pattern(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]")


_WORD_FORMS = sorted((f for f in _FORMS if f not in SYMBOL_ONLY), key=len, reverse=True)
_SYMBOL_FORMS = sorted(SYMBOL_ONLY, key=len, reverse=True)

# A unit after a figure: a word form after a space or hyphen, or any form
# glued to the figure ("12km", "94°F"); "° F" and "degrees" forms included.
UNIT = re.compile(
    r"(?P<sep>[ \u00a0]|-|)(?P<unit>"
    + "|".join(_form_pattern(f) for f in _WORD_FORMS)
    + r")(?![\w/²³])"
    + r"|(?P<sym_sep>[ \u00a0]?)(?P<sym>"
    + "|".join(_form_pattern(f) for f in _SYMBOL_FORMS)
    # a hyphen may follow a symbol only to start a range: "108F-111F", not "3D-printed"
    + r")(?![\w/²³°'’]|-(?!\d))",
    re.IGNORECASE,
)


def lookup_unit(surface: str) -> tuple[str, str] | None:
    """ "Pounds" -> ("pound", "measure"), "weeks" -> ("week", "duration")."""
    if surface == "mb":
        return "millibar", "measure"
    key = re.sub(r"\s+", " ", surface.lower())
    name = _FORMS.get(key) or _FORMS.get(key.replace("-", " "))
    if name is None:
        return None
    return name, UNIT_KIND[name]


# Units with no single SI reading ("10 degrees" may be Fahrenheit or Celsius).
NOT_NORMALIZED = frozenset({"degree"})


def normalize(value: float, unit: str) -> tuple[float, str] | None:
    """``value`` in ``unit`` expressed in SI base units: (13.6, "kilogram") for 30 pounds."""
    if unit in NOT_NORMALIZED:
        return None
    row = BASE_CONVERSIONS.get(unit)
    if row is None:
        return _normalize_with_pint(value, unit)
    factor, offset, base = row
    return value * factor + offset, base


@lru_cache(maxsize=1)
def pint_registry() -> Any:
    """pint's registry, built once on first use (it takes ~0.6 s)."""
    import pint

    return pint.UnitRegistry()


def _normalize_with_pint(value: float, unit: str) -> tuple[float, str] | None:
    try:
        ureg = pint_registry()
        q = ureg.Quantity(value, unit).to_base_units()
    except Exception:  # an unknown unit is not an error of the text
        return None
    return float(q.magnitude), str(q.units)


# --------------------------------------------------------------- currencies

CURRENCY_SYMBOLS = {
    "Rs.": "INR",
    "Rs": "INR",
    "US$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
}
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY INR AUD CAD CHF SEK NOK DKK NZD HKD SGD ZAR BRL MXN RUB TRY KRW "
    "ILS NGN KES EGP PLN CZK HUF".split()
)
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "francs": "CHF",
    "won": "KRW",
    "shekels": "ILS",
    "naira": "NGN",
    "rand": "ZAR",
    "pesos": "MXN",
    "rubles": "RUB",
    "roubles": "RUB",
}
CURRENCY_SYMBOL = re.compile(
    "(?:" + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)) + ")"
)


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit`` (canonical names), without pint
    when both are in :data:`BASE_CONVERSIONS`; None if they measure different things."""
    a = BASE_CONVERSIONS.get(from_unit)
    b = BASE_CONVERSIONS.get(to_unit)
    if a is None or b is None:
        try:
            ureg = pint_registry()
            q = ureg.Quantity(value, PINT_EXPRESSIONS.get(from_unit, from_unit))
            return float(q.to(PINT_EXPRESSIONS.get(to_unit, to_unit)).magnitude)
        except Exception:  # unknown or incompatible units
            return None
    if a[2] != b[2]:
        return None
    return (value * a[0] + a[1] - b[1]) / b[0]


# Figures stated in a subunit ("77p", "45 cents", "25 basis points"): the claim keeps
# the stated value and unit; this is the factor to the whole currency or to points.
SUBUNITS: dict[str, float] = {"penny": 0.01, "cent": 0.01, "basis_point": 0.01}
