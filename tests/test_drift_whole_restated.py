"""A sentence opening on the whole ("Of the 52 arrests, ...") restates the known set."""

from reader.analysis import analyze


def _drift(text: str) -> list[str]:
    return [c.status for c in analyze(text).checks if c.rule == "figure_drift"]


_BODY = (
    "Police in Marlow made dozens of arrests after the match, officers said on Sunday.\n\n"
    "Of the 52 arrests, 30 were for public disorder and the rest for assault.\n\n"
    "Magistrates will sit on Monday to hear the first cases.\n\n"
)


def test_two_openings_on_one_whole_with_two_values_fail() -> None:
    text = _BODY + "Of the 58 arrests, most involved men from outside the town.\n"
    assert "fail" in _drift(text)


def test_two_openings_with_one_value_pass() -> None:
    text = _BODY + "Of the 52 arrests, most involved men from outside the town.\n"
    assert _drift(text) and "fail" not in _drift(text)


def test_a_whole_inside_a_sentence_is_still_not_a_restatement() -> None:
    text = _BODY + "Twelve people were charged among the 58 arrests made in the county.\n"
    assert "fail" not in _drift(text)
