"""Tests for claimcheck.normalize.numbers: plain numbers, fractions, ranges, qualifiers, percentages.

Expected values are what the text means, worked out by hand.
"""

from __future__ import annotations

import pytest

from claimcheck.normalize.numbers import find_numeric
from claimcheck.records import Value


def one(text: str) -> Value:
    found = find_numeric(text)
    assert len(found) == 1, [(v.text, v.kind, v.value) for v in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("It has 1,234,567 people.", "1,234,567", 1234567),
        ("China's population is 1 414 021 100.", "1 414 021 100", 1414021100),
        ("We shipped 816 000 units.", "816 000", 816000),
        ("40\u202f000 boxes", "40\u202f000", 40000),
        ("The ratio was 1.234 overall.", "1.234", 1.234),
        ("It rose to 4.800 points", "4.800", 4.8),
        ("A figure of .08 was found", ".08", 0.08),
        ("The result is 12,34,567.89", "12,34,567.89", 1234567.89),
        ("The temperature fell to -9.5 overnight", "-9.5", -9.5),
        ("minus five point five", "minus five point five", -5.5),
        ("sixteen", "sixteen", 16),
        ("one hundred and sixty-one", "one hundred and sixty-one", 161),
        ("twenty-one trillion three hundred", "twenty-one trillion three hundred", 21_000_000_000_300),
        ("two hundred and two thousand", "two hundred and two thousand", 202_000),
        ("two and a half million", "two and a half million", 2_500_000),
        ("a dozen eggs", "a dozen", 12),
        ("half a dozen eggs", "half a dozen", 6),
        ("three dozen roses", "three dozen", 36),
        ("1.5bn people", "1.5bn", 1_500_000_000),
        ("10k runners", "10k", 10_000),
        ("I can give you 10M.", "10M", 10_000_000),
        ("2 million", "2 million", 2_000_000),
        ("1,674.5 million", "1,674.5 million", 1_674_500_000),
        ("13 lakh", "13 lakh", 1_300_000),
        ("three lakh crore", "three lakh crore", 3_000_000_000_000),
        ("1.3e6", "1.3e6", 1_300_000),
        ("two hundred point zero three", "two hundred point zero three", 200.03),
        ("nought point nought three", "nought point nought three", 0.03),
    ],
)
def test_number_values(text, surface, value):
    v = one(text)
    assert (v.kind, v.text, v.unit) == ("number", surface, None)
    assert v.value == pytest.approx(value, rel=1e-9)
    assert v.low == v.high == v.value
    assert text[v.start : v.end] == surface


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five eighths", 0.625),
        ("3/4", 0.75),
        ("1 1/2", 1.5),
        ("two thirds", 2 / 3),
        ("a third of the budget", 1 / 3),
        ("one and a half", 1.5),
        ("five and a quarter", 5.25),
        ("one hundred and three quarters", 100.75),
        ("twenty and three fifths", 20.6),
        ("a hundredth", 0.01),
        ("one over three", 1 / 3),
        ("one - fourth", 0.25),
        ("½", 0.5),
        ("three quarters billion", 750_000_000),
        ("more than half of voters", 0.5),
    ],
)
def test_fractions_are_numbers(text, value):
    v = one(text)
    assert v.kind == "number"
    assert v.value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "low", "high", "bound"),
    [
        ("between 20 and 30 people", 20, 30, None),
        ("20-30 people", 20, 30, None),
        ("8 to 16 people", 8, 16, None),
        ("from 7 to 10", 7, 10, None),
        ("between 5 and 10 million", 5_000_000, 10_000_000, None),
        ("more than 20 people", 20, None, "min"),
        ("at least 20 people", 20, None, "min"),
        ("less than 5 people", None, 5, "max"),
        ("up to 4,000 people", None, 4000, "max"),
        ("no more than 12 people", None, 12, "max"),
        ("20-plus people", 20, None, "min"),
    ],
)
def test_ranges_and_bounds(text, low, high, bound):
    v = one(text)
    assert v.kind == "number"
    assert (v.low, v.high, v.bound) == (low, high, bound)


@pytest.mark.parametrize("qualifier", ["about", "around", "approximately", "roughly", "nearly", "some", "almost", "an estimated", "~"])
def test_approximate_qualifiers(qualifier):
    v = one(f"{qualifier} 5,000 troops")
    assert (v.value, v.approx, v.bound) == (5000, True, None)
    assert v.text == "5,000"


@pytest.mark.parametrize(
    ("text", "value", "unit", "low", "high"),
    [
        ("5%", 5, None, 5, 5),
        ("27 % of", 27, None, 27, 27),
        ("five percent", 5, None, 5, 5),
        ("5 per cent", 5, None, 5, 5),
        ("3.5 pct", 3.5, None, 3.5, 3.5),
        ("5-10%", 5, None, 5, 10),
        ("between 5 and 10 percent", 5, None, 5, 10),
        ("2 percentage points", 2, "pp", 2, 2),
    ],
)
def test_percentages(text, value, unit, low, high):
    v = one(text)
    assert (v.kind, v.value, v.unit, v.low, v.high) == ("percent", value, unit, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 spread",
        "the F-16 jets",
        "the G7 summit",
        "an MP3 file",
        "A4 paper",
        "at 2 pm",
        "at 10:30",
        "at 2.13 am",
        "call +1-222-555-2222",
        "call 555-123-4567",
        "ring the hotline on 0800 123 456",
        "the Manchester office, 0161 496 0732",
        "fax (020) 7946-0958 today",
        "shots were fired in the 4500 block of Elm Road",
        "the shop at 310 Harbour View Rd. closed",
        "police were called to 77 N. Lakeside Drive",
        "tickets for the Big Ten/SEC game",
        "a crash on Interstate 90",
        "Flight 214 landed short",
        "under Article 50 of the treaty",
        "talks resume at 0900 GMT",
        "(1845 UTC)",
        "commandos boarded at 0415 hours",
        "stand down by 2200 hrs",
        "see https://example.com/page2019/item7",
        "ISBN 978-3-16-148410-0",
        "version 1.2.3",
        "one of the leaders",
        "no one came",
        "the one you mentioned",
        "Which one do you prefer?",
        "dozens of people",
        "hundreds of people",
        "a man",
        "In 2012-13 it grew",
        "the number 1/0",
        "Intel LGA1156 CPU I7-860BOX",
    ],
)
def test_never_emitted(text):
    assert [(v.text, v.kind) for v in find_numeric(text) if v.kind != "ordinal"] == []


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("US$30 million per year", "year"),
        ("5,000 tons a day", "day"),
        ("$5 each year", "year"),
        ("$2 billion annually", "year"),
        ("$15.4/hour", "hour"),
    ],
)
def test_rates_when_adjacent(text, rate):
    assert one(text).rate == rate


def test_rate_not_taken_from_a_distance():
    v = one("5000 tons of rice each year")
    assert v.rate is None and v.unit == "t"


def test_counts_of_things_are_numbers():
    found = find_numeric("The strikes killed 12 people and six air strikes hit 200 pilots.")
    assert [(v.kind, v.value) for v in found] == [("number", 12), ("number", 6), ("number", 200)]


def test_one_as_a_number_and_not_a_pronoun():
    assert [v.value for v in find_numeric("Only one person and one of the guards")] == [1]


def test_offsets_point_into_the_text():
    text = "In all, $ 75 million and 5% went to 3 km of road."
    for v in find_numeric(text):
        assert text[v.start : v.end] == v.text


def test_values_are_int_when_integral():
    assert isinstance(one("2.0 million").value, int)
    assert isinstance(one("2.5").value, float)


@pytest.mark.parametrize(
    ("text", "value"),
    [("one in five adults", 0.2), ("two out of five hundred", 0.004), ("1 in twenty-one", 1 / 21), ("one one hundred fifth", 1 / 105)],
)
def test_proportions(text, value):
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize("text", ["there are 12 out of 10", "won 3 in 12 days", "1 in 2019"])
def test_not_proportions(text):
    assert len(find_numeric(text)) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [("one thousand, one hundred.", 1100), ("three million, two hundred & forty, you say?", 3_000_240)],
)
def test_comma_grouped_words(text, value):
    assert one(text).value == value


def test_comma_list_of_words_stays_a_list():
    assert [v.value for v in find_numeric("one thousand, two thousand, three thousand")] == [1000, 2000, 3000]
    assert [v.value for v in find_numeric("five thousand, three of them children")] == [5000, 3]


@pytest.mark.parametrize("text", ["in the first half", "at the half", "half-time", "Air Force One", "the 5G network"])
def test_words_that_are_not_values(text):
    assert [v for v in find_numeric(text) if v.kind == "number"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The toll rose from 20 to 30.", [20, 30]),
        ("rates were cut from 5% to 3%", [5, 3]),
        ("up from 20 to 30 last year", [20, 30]),
    ],
)
def test_a_change_is_two_values_not_a_range(text, values):
    found = find_numeric(text)
    assert [v.value for v in found] == values
    assert all(v.low == v.high for v in found)


def test_from_to_without_a_change_is_a_range():
    v = one("the range from 20 to 30 km")
    assert (v.low, v.high, v.unit) == (20, 30, "km")


@pytest.mark.parametrize(("text", "value"), [("a half-million people", 500_000), ("1.5-million people", 1_500_000), ("a quarter-million", 250_000)])
def test_hyphenated_scale_words(text, value):
    assert one(text).value == value


@pytest.mark.parametrize(("text", "value"), [("a population of 25.7m", 25_700_000), ("25.7m people live there", 25_700_000), ("sales of 3.2m units", 3_200_000)])
def test_lone_m_as_million(text, value):
    v = one(text)
    assert (v.kind, v.value) == ("number", value)


@pytest.mark.parametrize("text", ["I'm 1.8m tall.", "a 10m wall", "the 100m sprint"])
def test_lone_m_as_metres(text):
    v = one(text)
    assert (v.kind, v.unit) == ("quantity", "m")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the rows read 0 250 500", [0, 250, 500]),  # no number starts with a zero group
        ("a crowd of 12 500 fans", [12500]),
    ],
)
def test_space_grouped_thousands_need_a_nonzero_lead(text, values):
    assert [v.value for v in find_numeric(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("about 300 Street vendors were moved", 300),  # a count before a capitalised noun that is no address
        ("3 blocks of flats burned", 3),
        ("Police Arrest Two Men", 2),  # a headline count, not a name
    ],
)
def test_counts_near_address_words_and_names_stay(text, value):
    assert [v.value for v in find_numeric(text) if v.kind == "number"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("in week 12 of the trial", 12), ("it ran for 1200 hours", 1200), ("the flight carried 214 people", 214)],
)
def test_label_words_only_when_capitalised(text, value):
    got = [v.value for v in find_numeric(text) if v.kind == "number"]
    assert got == ([] if value is None else [value])


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("the bank cut by 25 basis points", 0.25, 0.25, 0.25),
        ("a 50bp rise", 0.5, 0.5, 0.5),
        ("spreads widened 120 bps", 1.2, 1.2, 1.2),
        ("a move of 10 to 20 basis points", 0.1, 0.1, 0.2),
    ],
)
def test_basis_points_are_hundredths_of_a_percentage_point(text, value, low, high):
    (v,) = [v for v in find_numeric(text) if v.kind == "percent"]
    assert (v.value, v.unit, v.low, v.high) == (value, "pp", low, high)


def test_scaled_numeral_after_a_brand_name_is_a_model():
    assert [v for v in find_numeric("the laptop uses a Radeon 6750M chip") if v.kind == "number"] == []


@pytest.mark.parametrize(("text", "value"), [("the service has 300M users", 300_000_000), ("Sales: 40K units", 40_000)])
def test_scaled_numerals_elsewhere_keep_their_scale(text, value):
    assert [v.value for v in find_numeric(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [("after 2000 hours of service", 2000), ("it took 1500 hours", 1500)])
def test_hours_counted_are_not_clock_times(text, value):
    assert [v.value for v in find_numeric(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [("bought a 7-percent stake", 7), ("a 2.5-percent raise", 2.5)])
def test_hyphenated_percent(text, value):
    (v,) = find_numeric(text)
    assert (v.kind, v.value, v.unit) == ("percent", value, None)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A baker's dozen of rolls", "A baker's dozen", 13),
        ("they sold a baker’s dozen", "a baker’s dozen", 13),
        ("a gross of pencils", "a gross", 144),
        ("two gross of eggs", "two gross", 288),
    ],
)
def test_counting_idioms(text, surface, value):
    v = one(text)
    assert (v.kind, v.text, v.value) == ("number", surface, value)


@pytest.mark.parametrize(
    "text",
    [
        "the gross domestic product",
        "a gross error by the referee",
        "a gross violation of rights",
        "Gross margins fell",
        "one gross of Americans",  # a name after "of": not a count of things
    ],
)
def test_gross_as_an_adjective_is_no_count(text):
    assert not [v for v in find_numeric(text) if v.value in (144, 288)]


def test_gross_takings_stay_money():
    assert [(v.kind, v.value) for v in find_numeric("a gross of $5 million")] == [("money", 5_000_000)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("It was watched by 6.1m people (a 29.8% share of the audience), peaking at 6.9m.", "6.9m", 6_900_000),
        ("The app has 2.5m users (last year: 2m)", "2m", 2_000_000),
        ("Sales reached 1.2m copies; the sequel sold 1.5m", "1.5m", 1_500_000),
    ],
)
def test_lone_m_closing_a_clause_follows_a_parallel_million(text, surface, value):
    got = {v.text: v for v in find_numeric(text)}
    assert (got[surface].kind, got[surface].value) == ("number", value)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Some 1.2m people live on the coast where waves reached 2m.", "2m"),  # a height
        ("The 3m residents saw the tower rise to 300m.", "300m"),  # not of like size
        ("It has 2m users and a 4m mast.", "4m"),  # a noun follows
        ("Peaking at 6.9m.", "6.9m"),  # no parallel figure
        ("It drew 2m people. The wall is 3m.", "3m"),  # another sentence
    ],
)
def test_lone_m_without_a_parallel_million_stays_metres(text, surface):
    got = {v.text: v for v in find_numeric(text)}
    assert (got[surface].kind, got[surface].unit) == ("quantity", "m")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("it has attacked over 2m Windows users.", 2_000_000),
        ("1.5m new subscribers joined", 1_500_000),
        ("2m Facebook Messenger users", 2_000_000),
        ("3m more people", 3_000_000),
    ],
)
def test_lone_m_before_a_modified_count_noun_is_million(text, value):
    v = one(text)
    assert (v.kind, v.value, v.unit) == ("number", value, None)


@pytest.mark.parametrize(
    "text",
    ["a 10m Olympic pool", "the 100m Olympic champions", "a 2m high wall", "5m from people", "a 10m long boat"],
)
def test_lone_m_before_other_words_stays_metres(text):
    v = one(text)
    assert (v.kind, v.unit) == ("quantity", "m")


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("they live in a fifth-floor apartment", 5),
        ("he scored an eighth-round win", 8),
        ("the administration revoked an eleventh-hour rule", 11),
        ("stuffed on a fourth-and-one", 4),
        ("a third-quarter loss", 3),
    ],
)
def test_article_and_ordinal_compound_is_a_rank_not_a_fraction(text, rank):
    found = find_numeric(text)
    assert [(v.kind, v.value) for v in found if v.kind != "number" or v.value < 1] == [("ordinal", rank)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("a quarter-mile area", "a quarter-mile", 0.25),  # a unit: still a fraction of it
        ("a third of the vote", "a third", 1 / 3),
        ("a fifth of voters", "a fifth", 0.2),
        ("a quarter-million people", "a quarter-million", 250_000),
    ],
)
def test_fractions_before_units_scales_and_of_stay(text, surface, value):
    v = one(text)
    assert v.text == surface and v.value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("text", ["a second-half goal", "first-half profits rose"])
def test_half_of_a_match_after_an_ordinal_is_no_number(text):
    assert not [v for v in find_numeric(text) if v.value == 0.5]


@pytest.mark.parametrize(
    ("text", "value"),
    [("a score of people", 20), ("four score and seven years ago", 80), ("two score of eggs", 40)],
)
def test_score_counts_before_of_a_noun_or_and_a_number(text, value):
    assert find_numeric(text)[0].value == value


@pytest.mark.parametrize("text", ["a score she had to settle", "a score of the match", "the final score"])
def test_score_as_a_noun_is_no_count(text):
    assert find_numeric(text) == []


def test_score_before_a_number_is_that_number():
    assert [v.value for v in find_numeric("a score of 80")] == [80]


@pytest.mark.parametrize(
    "text",
    ["using the 9400M you get five hours", "with the 9600M.", "Wi-Fi 802.11b/g supporting voice", "integrated Wi-Fi 80211b/g wireless"],
)
def test_scale_letters_in_model_and_standard_names_are_no_values(text):
    assert not [v for v in find_numeric(text) if v.value and v.value >= 1e6]


@pytest.mark.parametrize(("text", "value"), [("I can give you 10M.", 10_000_000), ("earning 10k/year", 10_000), ("1.5bn people", 1_500_000_000)])
def test_scale_letters_in_amounts_stay(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text", ["but those worries are all for naught.", "the talks came to nought", "it amounted to naught"])
def test_naught_in_vain_is_no_zero(text):
    assert find_numeric(text) == []


@pytest.mark.parametrize(
    ("text", "value"), [("the score was reduced to nought", 0), ("it fell to naught", 0), ("nought point nought three", 0.03)]
)
def test_naught_as_zero(text, value):
    assert one(text).value == value
