import pytest

from reader.numbers import NUMBER, fraction_word_value, parse_number, words_to_number


def read(text: str):
    m = NUMBER.search(text)
    assert m is not None, text
    return m.group(), parse_number(m)


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,200", 1200),
        ("6,482,317", 6482317),
        ("4.5", 4.5),
        (".5", 0.5),
        ("6 million", 6_000_000),
        ("4.5bn", 4_500_000_000),
        ("20m", 20_000_000),
        ("1.2m", 1_200_000),
        ("2.71 million", 2_710_000),
        ("1/3", 1 / 3),
        ("2 1/2", 2.5),
        ("1½", 1.5),
        ("¼", 0.25),
        ("twenty-three", 23),
        ("Twenty-two", 22),
        ("a dozen", 12),
        ("half-a-dozen", 6),
        ("half a million", 500_000),
        ("two million", 2_000_000),
        ("one hundred and five", 105),
        ("Five-hundred", 500),
    ],
)
def test_number_grammar_reads_values(text: str, value: float) -> None:
    matched, number = read(text)
    assert matched == text
    assert number is not None and number.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("half", 0.5),
        ("a third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("a quarter", 0.25),
        ("three-quarters", 0.75),
        ("one-tenth", 0.1),
    ],
)
def test_fractions_of_a_whole(text: str, value: float) -> None:
    matched, number = read(text)
    assert matched == text
    assert number is not None and number.fraction and number.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text, low", [("thousands", 2000), ("dozens", 24), ("hundreds of thousands", 200_000)]
)
def test_vague_amounts_have_no_value_but_a_lower_bound(text: str, low: float) -> None:
    matched, number = read(text)
    assert matched == text
    assert number is not None and number.value is None and number.vague and number.low == low


def test_words_to_number_rejects_non_numbers() -> None:
    assert words_to_number("seven") == 7
    assert words_to_number("banana") is None
    assert fraction_word_value("two-bananas") is None


def test_digits_inside_words_are_not_numbers() -> None:
    # G7, A320: a letter glued before the figure
    assert [m.group() for m in NUMBER.finditer("the G7 and the A320")] == []


@pytest.mark.parametrize("text, value", [("two and a half", 2.5), ("3 and a half", 3.5)])
def test_and_a_half(text: str, value: float) -> None:
    matched, number = read(text)
    assert matched == text
    assert number is not None and number.value == value


def test_and_a_half_before_a_scale() -> None:
    from reader.numbers import NUMBER, parse_number

    for text, value in (("four and a half million", 4_500_000), ("6 and a half thousand", 6500)):
        m = NUMBER.fullmatch(text)
        assert m is not None
        n = parse_number(m)
        assert n is not None and (n.value, n.has_scale) == (value, True)
