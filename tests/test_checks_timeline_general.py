"""Durations and ages read from the relation, however the reporter words it.

Each reading has a consistent twin (pass), an inconsistent one (fail) and a near miss
(nothing, or a warn where the tie is inferred). The sentences are made up.
"""

from __future__ import annotations

from test_checks_support import fail_messages, rule_statuses

DUR = "duration_mismatch"
AGE = "age_mismatch"


# ------------------------------------------------------------ a span told by its events


def test_span_told_by_start_and_end_verbs() -> None:
    base = (
        "Nurses went back on Friday after a {n}-day walkout that started on June 3 and ended "
        "when the health board raised its offer on June 21."
    )
    assert rule_statuses(base.format(n=18), DUR) == ["pass"]
    assert rule_statuses(base.format(n=12), DUR) == ["fail"]


def test_span_lifted_after_imposed() -> None:
    base = "The curfew, imposed on 4 May 2022 and lifted on 30 May, lasted {n} days."
    assert rule_statuses(base.format(n=26), DUR) == ["pass"]
    assert rule_statuses(base.format(n=19), DUR) == ["fail"]


def test_two_dates_of_other_events_are_no_span() -> None:
    # the second date belongs to a relative clause about something else
    text = (
        "The 30-day review began on May 1, 2023, and the board, which ended its session "
        "on May 12, will decide in June."
    )
    assert "fail" not in rule_statuses(text, DUR)


def test_inclusive_and_exclusive_counts_both_pass() -> None:
    base = "A {n}-day strike that began March 3, 2021, and ended March 26 closed the mills."
    assert rule_statuses(base.format(n=23), DUR) == ["pass"]
    assert rule_statuses(base.format(n=24), DUR) == ["pass"]
    assert rule_statuses(base.format(n=17), DUR) == ["fail"]


def test_years_from_until() -> None:
    base = "She ran the observatory from 2009 until 2014, {n} years in all."
    assert rule_statuses(base.format(n="five"), DUR) == ["pass"]
    assert rule_statuses(base.format(n="eight"), DUR) == ["fail"]


# ------------------------------------------------------------ "after <event> on <date>"


def test_absence_after_an_injury_until_a_return() -> None:
    base = (
        "The winger was out for {n} weeks after breaking an ankle on Jan. 4, 2022, and did "
        "not start again until March 1."
    )
    assert rule_statuses(base.format(n="eight"), DUR) == ["pass"]
    # completed weeks: 56 days is eight weeks, and so is eight weeks and a few days
    assert rule_statuses(base.format(n="four"), DUR) == ["fail"]
    assert rule_statuses(base.format(n="12"), DUR) == ["fail"]


def test_gap_to_an_undated_event_is_not_checked() -> None:
    # "19 years after the flood": the flood's date is not given, so nothing to compare
    text = "The mill reopened on 2 May 2019, 19 years after the flood that ruined the town."
    assert rule_statuses(text, DUR) == []


def test_gap_between_an_apposed_date_and_a_dated_event() -> None:
    base = "The ferry sank on May 3, 2012, {n} years after her launch on June 1, 1993."
    assert rule_statuses(base.format(n=19), DUR) == ["pass"]
    assert rule_statuses(base.format(n=25), DUR) == ["fail"]


def test_gap_before_an_event_is_measured_backwards() -> None:
    base = "The dam was finished on 2 March 1961, {n} years before the flood of 5 May 1971."
    assert rule_statuses(base.format(n=10), DUR) == ["pass"]
    assert rule_statuses(base.format(n=4), DUR) == ["fail"]


def test_ago_stays_unchecked() -> None:
    text = "Work began on 3 March 2015 and ended on 9 April 2015, ten years ago."
    assert not [m for r, m in fail_messages(text) if r == DUR]


# ------------------------------------------------------------ ages at the article's date

_LEAD = "HARLOW — Floodwater closed the ring road on Tuesday, 12 March 2024, the council said.\n\n"


def test_unnamed_descriptor_age_tied_to_its_birth_in_one_sentence() -> None:
    base = _LEAD + "The {n}-year-old, born on 2 July 1990 in Ware, led the clean-up crews.\n"
    assert rule_statuses(base.format(n=33), AGE) == ["pass"]
    assert rule_statuses(base.format(n=36), AGE) == ["fail"]


def test_descriptor_age_a_birthday_after_the_dateline_only_warns() -> None:
    # born 20 March: printed a week after its dateline, the article may already say 34
    base = _LEAD + "The {n}-year-old, born on 20 March 1990 in Ware, led the clean-up crews.\n"
    assert rule_statuses(base.format(n=33), AGE) == ["pass"]
    assert rule_statuses(base.format(n=34), AGE) == ["warn"]


def test_apposed_age_younger_than_the_dateline_allows_fails() -> None:
    # a past-tense lead: the article cannot predate it, so no birthday can come to the rescue
    base = _LEAD + (
        "The engineer, Rosa Quint, {n}, has run the depot since 2019.\n\n"
        "Born in Ware on 2 January 1980, Quint trained in Leeds.\n"
    )
    assert rule_statuses(base.format(n=44), AGE) == ["pass"]
    assert rule_statuses(base.format(n=43), AGE) == ["fail"]


def test_span_end_in_the_age_sentence_is_not_its_date() -> None:
    base = _LEAD + (
        "Quint, {n}, has signed a contract running until June 2029.\n\n"
        "Born in Ware on 2 January 1980, Quint trained in Leeds.\n"
    )
    out = [(r, m) for r, m in fail_messages(base.format(n=40)) if r == AGE]
    assert len(out) == 1 and "2029" not in out[0][1] and "44" in out[0][1]
    assert rule_statuses(base.format(n=44), AGE) == ["pass"]


def test_age_of_a_place_phrase_is_as_of_the_report() -> None:
    base = _LEAD + (
        "A driver, Tom Hale, {n}, of Ware, was rescued from the roof of his van. "
        "Hale, born on 5 May 1995, said he had been stuck for an hour.\n"
    )
    assert rule_statuses(base.format(n=28), AGE) == ["pass"]
    assert rule_statuses(base.format(n=31), AGE) == ["fail"]


def test_age_at_a_past_moment_is_not_read_at_the_dateline() -> None:
    # "was 17 when ...": an age at an undated moment, nothing to compare
    text = _LEAD + (
        "Rosa Quint, born on 2 January 1980, was 17 when she first worked on the road.\n"
    )
    assert rule_statuses(text, AGE) == []


def test_a_lead_dating_an_old_event_is_not_the_article_date() -> None:
    # the lead's full date is a past event: the article reports something later, in 2024
    text = (
        "The depot opened on 3 May 2001 after years of delay.\n\n"
        "In 2024 its manager, Rosa Quint, 44, closed it. Quint was born on 2 January 1980.\n"
    )
    assert "fail" not in rule_statuses(text, AGE)


def test_someone_else_named_between_age_and_birth() -> None:
    text = _LEAD + (
        "The 61-year-old, whose daughter Mina Quint was born on 2 July 1990, led the crews.\n"
    )
    assert "fail" not in rule_statuses(text, AGE)


def test_lifespan_in_parentheses_dates_an_age_at_death() -> None:
    base = "The painter Ann Lister (1936–2024) died aged {n} at her home in Ware.\n"
    assert rule_statuses(base.format(n=87), AGE) == ["pass"]
    assert rule_statuses(base.format(n=80), AGE) == ["fail"]


def test_born_in_parentheses() -> None:
    base = _LEAD + "The mayor, Ann Lister (born 12 June 1961), is {n}, her office said.\n"
    assert rule_statuses(base.format(n=62), AGE) == ["pass"]
    assert rule_statuses(base.format(n=66), AGE) == ["fail"]


def test_died_at_the_age_of_read_at_the_death_date() -> None:
    base = (
        "Ann Lister, born on 12 June 1936, died on 3 October 2024 at the age of {n}, "
        "her family said.\n"
    )
    assert rule_statuses(base.format(n=88), AGE) == ["pass"]
    assert rule_statuses(base.format(n=91), AGE) == ["fail"]


def test_obituary_age_after_an_undated_death_is_read_at_the_dateline() -> None:
    base = (
        "LEEDS, 3 June 2023 — Jane Roe, a chemist, died on Monday at her home. She was {n}.\n\n"
        "Born on 4 May 1932 in York, Roe studied at Oxford.\n"
    )
    assert rule_statuses(base.format(n=91), AGE) == ["pass"]
    assert rule_statuses(base.format(n=95), AGE) == ["fail"]


def test_possessive_age_is_not_the_birth_holders() -> None:
    text = _LEAD + "The 29-year-old's mother, born in 1961, watched from the bank.\n"
    assert rule_statuses(text, AGE) == []


def test_present_age_beside_a_later_told_date_fits_either() -> None:
    base = _LEAD + (
        "Rosa Quint, {n}, born on 2 January 1972, now runs the depot she joined in 1998.\n"
    )
    assert rule_statuses(base.format(n=52), AGE) == ["pass"]  # as of the report
    assert rule_statuses(base.format(n=26), AGE) == ["pass"]  # as of 1998
    assert rule_statuses(base.format(n=40), AGE) == ["fail"]  # as of neither


def test_present_age_beside_a_later_date_without_a_dateline_only_warns() -> None:
    text = "Rosa Quint, 52, born on 2 January 1972, now runs the depot she joined in 1998.\n"
    assert rule_statuses(text, AGE) == ["warn"]


def test_a_superlative_window_is_not_the_span() -> None:
    text = (
        "The walkout, which began on 3 March 2022 and ended on 26 March, was the longest "
        "in 40 years."
    )
    assert rule_statuses(text, DUR) == []


# ------------------------------------------------------------ more ways to tell a span


def test_a_range_of_days_in_one_month() -> None:
    for span in ("March 3–26", "from 3 to 26 March", "Sept. 3-26"):
        base = f"The fair ran {span}, {{n}} days of music in the park."
        assert rule_statuses(base.format(n=23), DUR) == ["pass"], span
        assert rule_statuses(base.format(n=17), DUR) == ["fail"], span


def test_a_day_then_a_count_is_no_range() -> None:
    text = "On March 3 - 26 people died - in 17 days of fighting."
    assert rule_statuses(text, DUR) == []


def test_lasted_tells_the_whole_span_of_the_same_thing() -> None:
    base = "The strike began on March 3, 2021 and ended on March 26. {s} lasted 17 days."
    assert rule_statuses(base.format(s="It"), DUR) == ["fail"]
    assert rule_statuses(base.format(s="The strike"), DUR) == ["fail"]
    # another thing's span: shorter may be a part, only a warning
    assert rule_statuses(base.format(s="The heatwave"), DUR) == ["warn"]


def test_the_start_told_in_the_next_sentence() -> None:
    base = "The lockout ended on May 19, 2021, after {n} weeks. {s} had begun on March 3."
    assert rule_statuses(base.format(n=11, s="It"), DUR) == ["pass"]
    assert rule_statuses(base.format(n=15, s="It"), DUR) == ["fail"]
    assert rule_statuses(base.format(n=15, s="The drought"), DUR) == []


def test_fronted_age_with_a_present_verb_is_as_of_the_report() -> None:
    base = (
        "Floods hit Iten on 2 May 2025, officials said.\n\n"
        "At {n}, Ama Serwaa {verb}. Serwaa was born on 3 November 1983.\n"
    )
    assert rule_statuses(base.format(n=41, verb="is still racing"), AGE) == ["pass"]
    assert rule_statuses(base.format(n=45, verb="is still racing"), AGE) == ["fail"]
    assert rule_statuses(base.format(n=17, verb="moved to Kenya"), AGE) == []


_FINAL = "Final report\n\nThe final was played at Ware on 3 May 2024.\n\n"


def test_descriptor_age_after_the_birth_holder_alone() -> None:
    base = _FINAL + "Smith was born on 3 May 1990. The {n}-year-old won in straight sets.\n"
    assert rule_statuses(base.format(n=34), AGE) == ["pass"]
    assert rule_statuses(base.format(n=39), AGE) == ["fail"]


def test_descriptor_age_after_someone_else_is_not_the_birth_holders() -> None:
    text = (
        _FINAL + "Smith, born on 3 May 1990, faced Jones. The 29-year-old won in straight sets.\n"
    )
    assert rule_statuses(text, AGE) == []


def test_descriptor_age_with_others_named_before_only_warns() -> None:
    text = _FINAL + "Jones faced Smith, born on 3 May 1990. The 29-year-old won in straight sets.\n"
    assert rule_statuses(text, AGE) == ["warn"]


def test_an_article_looking_back_on_its_lead_date_has_no_dateline() -> None:
    text = (
        "On 14 March 2019, the river burst its banks at Ware.\n\n"
        "Five years later, the mayor, Ann Lister, 61, says the town has recovered. "
        "Lister was born on 2 June 1962.\n"
    )
    assert rule_statuses(text, AGE) == []


def test_a_subject_aged_in_apposition() -> None:
    base = _LEAD + "The engineer, aged {n}, was born on 2 January 1980 in Ware.\n"
    assert rule_statuses(base.format(n=44), AGE) == ["pass"]
    assert rule_statuses(base.format(n=47), AGE) == ["fail"]


def test_an_age_at_a_past_step_is_not_read_at_the_dateline() -> None:
    text = _LEAD + "Rosa Quint, born on 2 January 1980, left school, aged 16, to work.\n"
    assert rule_statuses(text, AGE) == []


def test_another_full_name_before_the_age_is_someone_else() -> None:
    text = _LEAD + (
        "Her mentor, Ann Lister, died in 2011 aged 80. Quint, born on 2 January 1980, is 44.\n"
    )
    assert "fail" not in rule_statuses(text, AGE)


def test_turned_last_month_is_as_of_the_report() -> None:
    base = _LEAD + "Rosa Quint turned {n} last month. Quint was born on 2 February 1980.\n"
    assert rule_statuses(base.format(n=44), AGE) == ["pass"]
    assert rule_statuses(base.format(n=48), AGE) == ["fail"]


# ------------------------------------------------------------ spans that run to the report


def test_for_years_since_a_year_runs_to_the_article_date() -> None:
    base = _LEAD + "He has led the council for {n} years, since 2004.\n"
    assert rule_statuses(base.format(n=20), DUR) == ["pass"]
    assert rule_statuses(base.format(n=12), DUR) == ["fail"]
    # past perfect: to some earlier day, not the report's
    assert rule_statuses(_LEAD + "He had led the council for 12 years, since 2004.\n", DUR) == []


def test_years_ago_beside_a_year() -> None:
    base = _LEAD + "Built {n} years ago, in 1984, the bridge is closing.\n"
    assert rule_statuses(base.format(n=40), DUR) == ["pass"]
    assert rule_statuses(base.format(n=30), DUR) == ["fail"]
    far = _LEAD + "In 1984 the bridge opened, and the mayor who built it died ten years ago.\n"
    assert rule_statuses(far, DUR) == []


def test_a_since_date_of_another_clause_is_not_the_span() -> None:
    text = _LEAD + (
        "The company, which has made losses for three years, has been listed since 2004.\n"
    )
    assert rule_statuses(text, DUR) == []


def test_no_dateline_no_span_to_now() -> None:
    text = "He has led the council for 12 years, since 2004.\n"
    assert rule_statuses(text, DUR) == []


# ------------------------------------------------------------ "N later", "N earlier"


def test_later_measures_from_the_event_told_before() -> None:
    base = "Construction began in March 2019. It was completed in June 2021, {n} months later."
    assert rule_statuses(base.format(n=27), DUR) == ["pass"]
    assert rule_statuses(base.format(n=17), DUR) == ["fail"]


def test_later_in_one_sentence() -> None:
    base = "The ferry was launched on 1 June 1993 and sank {n} years later, on 3 May 2012."
    assert rule_statuses(base.format(n=19), DUR) == ["pass"]
    assert rule_statuses(base.format(n=29), DUR) == ["fail"]


def test_earlier_measures_back() -> None:
    base = "On 9 May 2022, the road reopened. It had closed {n} days earlier, on 3 May."
    assert rule_statuses(base.format(n="six"), DUR) == ["pass"]
    assert rule_statuses(base.format(n=16), DUR) == ["fail"]


def test_later_than_planned_is_no_gap() -> None:
    text = (
        "The council approved the plan in 2019. Work ended in 2024, three years later "
        "than promised."
    )
    assert rule_statuses(text, DUR) == []


def test_later_with_two_earlier_dates_is_unread() -> None:
    text = (
        "The plant opened in 2001 and the mayor resigned in 2009. "
        "Two years later, on 5 May 2003, it closed."
    )
    assert rule_statuses(text, DUR) == []


def test_a_named_span_dated_a_few_sentences_later() -> None:
    base = (
        "Dockworkers ended a {n}-day strike on Monday. The union said members were pleased. "
        "{noun} began on Sept. 2, 2024, and ended on Sept. 27 when members voted."
    )
    assert rule_statuses(base.format(n=25, noun="The strike"), DUR) == ["pass"]
    assert rule_statuses(base.format(n=23, noun="The strike"), DUR) == ["fail"]
    assert rule_statuses(base.format(n=23, noun="The last strike"), DUR) == []
    assert rule_statuses(base.format(n=23, noun="The festival"), DUR) == []


def test_a_things_age_is_not_a_persons() -> None:
    text = _LEAD + (
        "The bridge, which is 62 years old, was last closed in 2009. Its designer, Hugh "
        "Marr, who died in 1990 aged 81, was born in 1909.\n"
    )
    statuses = rule_statuses(text, AGE)
    assert statuses == ["pass"]  # Marr at his death, and nothing of the bridge


_HULL = "HULL — The council voted on Monday, 3 June 2024, to close the old market.\n\n"


def test_opened_and_closed_bound_a_span() -> None:
    base = (
        _HULL
        + "The {n}-day trial, which opened on 2 September 2023 and closed on 28 October, ended."
    )
    assert rule_statuses(base.format(n=56), DUR) == ["pass"]
    assert rule_statuses(base.format(n=40), DUR) == ["fail"]


def test_she_was_born_after_a_lone_surname() -> None:
    base = _HULL + "Price, {n}, has two daughters. She was born on 9 November 1969.\n"
    assert rule_statuses(base.format(n=54), AGE) == ["pass"]
    assert rule_statuses(base.format(n=50), AGE) == ["fail"]


def test_a_yearless_month_beside_the_age_allows_a_year_younger() -> None:
    base = _HULL + (
        "The {n}-year-old midfielder, who was born in Lyon on 30 May 1995, joined in May.\n"
    )
    assert rule_statuses(base.format(n=29), AGE) == ["pass"]
    assert rule_statuses(base.format(n=28), AGE) == ["warn"]
    assert rule_statuses(base.format(n=26), AGE) == ["fail"]


def test_the_hyphenated_span_of_a_thing_dated_before_is_its_whole_span() -> None:
    base = "The strike began on 3 March 2024 and ended on 26 March. The {n}-day {noun} cost £3m."
    assert rule_statuses(base.format(n=23, noun="strike"), DUR) == ["pass"]
    assert rule_statuses(base.format(n=17, noun="strike"), DUR) == ["fail"]
    # another thing: shorter may be a part of the strike, a warning only
    assert rule_statuses(base.format(n=17, noun="heatwave"), DUR) == ["warn"]


def test_a_hyphenated_month_span_of_a_thing_dated_before() -> None:
    base = "The strike began on 3 March 2024 and ended on {end}. The three-month strike cost £3m."
    assert rule_statuses(base.format(end="2 June"), DUR) == ["pass"]
    assert rule_statuses(base.format(end="2 May"), DUR) == ["fail"]


def test_a_dateline_whose_year_the_article_gives_elsewhere() -> None:
    base = (
        "VALMORE, Oct. 20 — Amos Kiprono won the race on Sunday.\n\n"
        "The {n}-year-old, born on Aug. 14, 1996, in Iten, won $50,000.\n\n"
        "Entries had closed on Sept. 1, 2024.\n"
    )
    assert rule_statuses(base.format(n=28), AGE) == ["pass"]
    assert rule_statuses(base.format(n=29), AGE) == ["fail"]


def test_a_later_year_in_a_name_keeps_the_dateline() -> None:
    base = _LEAD + (
        "Rosa Quint, {n}, chairs the 2028 Games panel. She was born on 2 January 1980.\n"
    )
    assert rule_statuses(base.format(n=44), AGE) == ["pass"]
    assert rule_statuses(base.format(n=40), AGE) == ["fail"]
    later = _LEAD + (
        "Rosa Quint, 40, led the crews. She was born on 2 January 1980. The road reopened "
        "in 2026.\n"
    )
    assert "fail" not in rule_statuses(later, AGE)


def test_held_before_a_dated_release_since_a_dated_start() -> None:
    base = (
        "Hale was detained on 2 March 2023. He was held for {n} months before his release "
        "on 3 May 2024."
    )
    assert rule_statuses(base.format(n=14), DUR) == ["pass"]
    assert rule_statuses(base.format(n=20), DUR) == ["fail"]
    other = (
        "The council met on 2 March 2023. Hale was held for 20 months before his release "
        "on 3 May 2024."
    )
    assert rule_statuses(other, DUR) == []


def test_an_end_word_of_another_subject_is_no_span_end() -> None:
    text = (
        "The 12-week course started on 3 March 2024, and the results, released on 2 May, were good."
    )
    assert rule_statuses(text, DUR) == []


_LEEDS = "LEEDS — The council met on Monday, 3 June 2024, officials said.\n\n"


def test_a_start_word_of_an_earlier_date_does_not_open_the_next_pair() -> None:
    text = _LEEDS + (
        "After a two-week trial that began on 3 June 2024, the jury retired on 17 June and "
        "returned a verdict on 19 June."
    )
    assert "fail" not in rule_statuses(text, DUR)


def test_a_term_cut_short_is_not_the_span() -> None:
    text = _LEEDS + "The ban, imposed on 2 January 2024 for six months, was lifted early on 1 May."
    assert rule_statuses(text, DUR) == []


def test_a_duration_between_two_dates_as_a_new_subject() -> None:
    text = _LEEDS + (
        "The strike began on 3 March 2024. Talks resumed on 10 March, and the 23-day "
        "stoppage ended on 26 March."
    )
    assert "fail" not in rule_statuses(text, DUR)


def test_a_delay_is_not_the_span() -> None:
    text = _LEEDS + "Construction started in 2019 and finished in 2023, a year late."
    assert rule_statuses(text, DUR) == []


def test_a_possessive_names_someone_elses_birth() -> None:
    text = (
        "YORK — Police charged two men on Friday, 7 June 2024.\n\n"
        "Reed's mother, born in 1960, said he was innocent. The 34-year-old had no record.\n"
    )
    assert rule_statuses(text, AGE) == []


def test_the_start_told_in_the_previous_sentence() -> None:
    base = "The strike began on 3 March 2024. {s} ended on 26 March after {n} days."
    assert rule_statuses(base.format(s="It", n=23), DUR) == ["pass"]
    assert rule_statuses(base.format(s="It", n=17), DUR) == ["fail"]
    assert "fail" not in rule_statuses(base.format(s="The heatwave", n=17), DUR)
