"""Tests for claimcheck.normalize.dates: what each written date means.

Expected values are worked out from the text by hand (calendar facts: 2019-02-27 is a
Wednesday, 2016-11-07 a Monday, 2019-01-31 a Thursday).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimcheck.normalize.dates import find_dates
from claimcheck.records import Value

REF = dt.date(2019, 3, 1)  # a Friday


def dates(text: str, reference: dt.date | None = REF) -> list[Value]:
    return [v for v in find_dates(text, reference) if v.kind == "date"]


def only(text: str, reference: dt.date | None = REF) -> Value:
    found = dates(text, reference)
    assert len(found) == 1, [(v.text, v.value) for v in found]
    return found[0]


# --- absolute dates at the precision written ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "low", "high", "precision"),
    [
        ("It was bought in 1996.", "1996", "1996", "1996-01-01", "1997-01-01", "year"),
        ("The embassy opened in March 2011.", "March 2011", "2011-03", "2011-03-01", "2011-04-01", "month"),
        ("He arrived in Sept. 2001 by train.", "Sept. 2001", "2001-09", "2001-09-01", "2001-10-01", "month"),
        ("Talks began in Jan. 1950.", "Jan. 1950", "1950-01", "1950-01-01", "1950-02-01", "month"),
        ("Vietnam invaded in Dec. 1978, then left.", "Dec. 1978", "1978-12", "1978-12-01", "1979-01-01", "month"),
        ("Published February 24, 2021 by the desk.", "February 24, 2021", "2021-02-24", "2021-02-24", "2021-02-25", "day"),
        ("Signed on 27 February 2019 in Hanoi.", "27 February 2019", "2019-02-27", "2019-02-27", "2019-02-28", "day"),
        ("Signed on the 27th of February, 2019.", "the 27th of February, 2019", "2019-02-27", "2019-02-27", "2019-02-28", "day"),
        ("Posted on: 2019-02-08 17:26 KST", "2019-02-08", "2019-02-08", "2019-02-08", "2019-02-09", "day"),
        ("The deal closed 10/15/2012 at noon.", "10/15/2012", "2012-10-15", "2012-10-15", "2012-10-16", "day"),
        ("The deal closed 15.10.2012 at noon.", "15.10.2012", "2012-10-15", "2012-10-15", "2012-10-16", "day"),
        ("Eli Lilly sold IVAC on Dec. 31, 1994.", "Dec. 31, 1994", "1994-12-31", "1994-12-31", "1995-01-01", "day"),
        ("The summit on Wednesday, Feb. 27, 2019 ended early.", "Wednesday, Feb. 27, 2019", "2019-02-27", "2019-02-27", "2019-02-28", "day"),
        ("Ties were cut in the 1880s.", "the 1880s", "188X", "1880-01-01", "1890-01-01", "decade"),
        ("Trade grew through the '90s.", "the '90s", "199X", "1990-01-01", "2000-01-01", "decade"),
        ("Trade grew in the nineties.", "the nineties", "199X", "1990-01-01", "2000-01-01", "decade"),
        ("It was built in the 19th century.", "the 19th century", "18XX", "1800-01-01", "1900-01-01", "century"),
        ("It was built in the nineteenth century.", "the nineteenth century", "18XX", "1800-01-01", "1900-01-01", "century"),
        ("Exports fell in Q3 2020.", "Q3 2020", "2020-35", "2020-07-01", "2020-10-01", "quarter"),
        ("Exports fell in the third quarter of 2020.", "the third quarter of 2020", "2020-35", "2020-07-01", "2020-10-01", "quarter"),
        ("Exports fell in the first half of 2019.", "the first half of 2019", "2019-40", "2019-01-01", "2019-07-01", "half"),
        ("Exports fell in H2 2019.", "H2 2019", "2019-41", "2019-07-01", "2020-01-01", "half"),
        ("Floods came in summer 2010.", "summer 2010", "2010-22", "2010-06-01", "2010-09-01", "season"),
        ("Floods came in the winter of 2010.", "the winter of 2010", "2010-24", "2010-12-01", "2011-03-01", "season"),
    ],
)
def test_absolute_dates(text, surface, value, low, high, precision):
    v = only(text)
    assert (v.text, v.value, v.low, v.high, v.precision) == (surface, value, low, high, precision)
    assert text[v.start : v.end] == surface
    assert not v.relative


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # parts of a period are thirds (see the module docstring)
        ("Cracks began in the early 1990s.", "1990-01-01", "1993-01-01"),
        ("It peaked in the mid-1990s.", "1993-01-01", "1997-01-01"),
        ("It ended in the late 1990s.", "1997-01-01", "2000-01-01"),
        ("A border war in early 1979 followed.", "1979-01-01", "1979-05-01"),
        ("Prices rose in mid-2018 again.", "2018-05-01", "2018-09-01"),
        ("Prices rose in late 2018 again.", "2018-09-01", "2019-01-01"),
        ("Relations improved at the end of the 1980s.", "1987-01-01", "1990-01-01"),
        ("It opened in early March 2011.", "2011-03-01", "2011-03-11"),
        ("It opened in late March 2011.", "2011-03-21", "2011-04-01"),
    ],
)
def test_parts_of_periods(text, low, high):
    v = only(text)
    assert (v.low, v.high) == (low, high)


# --- ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("during the famine from 1994-1998.", "1994/1998", "1994-01-01", "1999-01-01"),
        ("the Vietnam War years (1954–75), due to", "1954/1975", "1954-01-01", "1976-01-01"),
        ("the 2012-13 budget", "2012/2013", "2012-01-01", "2014-01-01"),
        ("in the 2001-05 period", "2001/2005", "2001-01-01", "2006-01-01"),
        ("from 1990 to 1995 the plan ran", "1990/1995", "1990-01-01", "1996-01-01"),
        ("between 1964 and 1969, troops were sent", "1964/1969", "1964-01-01", "1970-01-01"),
        ("the summit on Feb. 27–28, 2019 ended", "2019-02-27/2019-02-28", "2019-02-27", "2019-03-01"),
        ("will take place on February 27th and 28th, 2019.", "2019-02-27/2019-02-28", "2019-02-27", "2019-03-01"),
        ("met Oct. 3-4, 2018 in Paris", "2018-10-03/2018-10-04", "2018-10-03", "2018-10-05"),
        ("from Nov 18 to Dec 19, 2015 the office", "2015-11-18/2015-12-19", "2015-11-18", "2015-12-20"),
        ("from March to May 2017 exports fell", "2017-03/2017-05", "2017-03-01", "2017-06-01"),
        ("in Nov-Feb 2017 it snowed", "2016-11/2017-02", "2016-11-01", "2017-03-01"),
        ("from 2007 to the end of 2008", "2007/2008", "2007-01-01", "2009-01-01"),
    ],
)
def test_ranges(text, value, low, high):
    v = only(text)
    assert (v.value, v.low, v.high, v.precision) == (value, low, high, "range")


def test_range_span_covers_from_and_between():
    v = only("The plan ran from 1990 to 1995.")
    assert v.text == "from 1990 to 1995"
    v = only("War between 1964 and 1969.")
    assert v.text == "between 1964 and 1969"


def test_coordinated_years_stay_separate():
    found = dates("Delegations came in 2010, 2012 and 2015.")
    assert [v.value for v in found] == ["2010", "2012", "2015"]


# --- open bounds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "bound"),
    [
        ("It had no rival before 2018.", "2018", None, "2018-01-01", "max"),
        ("the first visit since 1964 by a leader", "1964", "1964-01-01", None, "min"),
        ("but the alliance ended after 1975, and", "1975", "1976-01-01", None, "min"),
        ("did not exchange ambassadors until 1984.", "1984", None, "1985-01-01", "max"),
        ("sales from 2012 or later", "2012", "2012-01-01", None, "min"),
        ("before the end of 2016 they left", "2016", None, "2017-01-01", "max"),
    ],
)
def test_open_bounds(text, value, low, high, bound):
    v = only(text)
    assert (v.value, v.low, v.high, v.bound) == (value, low, high, bound)


# --- partial dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The summit opened on Oct. 3 in Paris.", "XXXX-10-03"),
        ("It was agreed on March 12 after talks.", "XXXX-03-12"),
        ("Talks resumed in September.", "XXXX-09"),
    ],
)
def test_partial_dates_without_reference_keep_year_unknown(text, value):
    v = only(text, None)
    assert (v.value, v.low, v.high) == (value, None, None)


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        # the occurrence nearest the reference
        ("The summit opened on Oct. 3 in Paris.", dt.date(2016, 11, 7), "2016-10-03"),
        ("They met on Dec. 28 in Hanoi.", dt.date(2017, 1, 5), "2016-12-28"),
        ("They will meet on Jan. 4 in Hanoi.", dt.date(2016, 12, 20), "2017-01-04"),
        ("Talks resumed in September.", dt.date(2019, 11, 2), "2019-09"),
        ("Talks have stalled since September.", dt.date(2010, 6, 15), "2009-09"),
    ],
)
def test_partial_dates_take_year_from_reference(text, reference, value):
    v = only(text, reference)
    assert v.value == value
    assert v.relative


def test_bare_day_needs_on_and_reference():
    v = only("Can we meet on the 25th?", dt.date(2019, 3, 1))
    assert (v.value, v.low) == ("2019-02-25", "2019-02-25")
    assert dates("on the 25th anniversary of ties", dt.date(2019, 3, 1)) == []


# --- relative dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("It rained yesterday.", "2019-02-28", "2019-02-28", "2019-03-01"),
        ("It rains today.", "2019-03-01", "2019-03-01", "2019-03-02"),
        ("Trade fell last year.", "2018", "2018-01-01", "2019-01-01"),
        ("Trade fell this year.", "2019", "2019-01-01", "2020-01-01"),
        ("Talks resume next month.", "2019-04", "2019-04-01", "2019-05-01"),
        ("They met last November.", "2018-11", "2018-11-01", "2018-12-01"),
        ("They met in January this year.", "2019-01", "2019-01-01", "2019-02-01"),
        ("It opened two years ago.", "2017", "2017-01-01", "2018-01-01"),
        ("It opened three days ago.", "2019-02-26", "2019-02-26", "2019-02-27"),
        # a bare weekday is the latest such day on or before the reference
        ("The leaders met on Tuesday.", "2019-02-26", "2019-02-26", "2019-02-27"),
        ("The leaders met Friday.", "2019-03-01", "2019-03-01", "2019-03-02"),
        # "last Tuesday" is Tuesday of the previous Monday-to-Sunday week
        ("The leaders met last Tuesday.", "2019-02-19", "2019-02-19", "2019-02-20"),
        ("They meet next Monday.", "2019-03-04", "2019-03-04", "2019-03-05"),
        ("Exports rose over the last 3 years.", "2016-03-01/2019-02-28", "2016-03-01", "2019-03-01"),
        ("It grew in the past decade.", "2009-03-01/2019-02-28", "2009-03-01", "2019-03-01"),
        ("Sales for last quarter fell.", "2018-36", "2018-10-01", "2019-01-01"),
        ("A warehouse burned down last night.", "2019-02-28", "2019-02-28", "2019-03-01"),
        ("Police charged him this morning.", "2019-03-01", "2019-03-01", "2019-03-02"),
    ],
)
def test_relative_dates(text, value, low, high):
    v = only(text)
    assert (v.value, v.low, v.high) == (value, low, high)
    assert v.relative


@pytest.mark.parametrize(
    "text",
    [
        "It rained yesterday.",
        "Trade fell last year.",
        "The leaders met on Tuesday.",
        "It opened two years ago.",
        "They met last November.",
        "Exports rose over the last 3 years.",
        "Can we meet on the 25th?",
    ],
)
def test_relative_dates_need_a_reference(text):
    assert dates(text, None) == []


@pytest.mark.parametrize(
    "text",
    [
        # anaphoric: these refer to the story's own time, not the article's
        "The Khmer Rouge fell the previous year.",
        "He was elected and resigned the following year.",
        "He won, and the next year he resigned.",
    ],
)
def test_anaphoric_periods_are_not_resolved_against_the_reference(text):
    assert dates(text) == []


# --- years versus counts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In 1996, the state failed to pay.", "1996"),
        ("the first since 1964 by a leader", "1964"),
        ("1996 was a hard year.", "1996"),
        ("the 1996 purchase of rice", "1996"),
        ("targets set for 2020 by the ministry", "2020"),
        ("it will double by 2020.", "2020"),
        ("accords were kept through 2002.", "2002"),
        ("a telegram from 1979, it said", "1979"),
        ("the budget of 2018 was cut", "2018"),
        ("in 2000 the talks resumed", "2000"),
        ("the film (2007) was nominated", "2007"),
        ("When the 2019 Hanoi summit ended in failure", "2019"),
        ("after the 2016 US election", "2016"),
        ("Nixon's 1968 election campaign", "1968"),
        ("For the 2014 show, she returns", "2014"),
        ("convicted of the 2005 murder of a deputy", "2005"),
        ("the phone comes in early '09", "2009"),
    ],
)
def test_years_in_date_context(text, year):
    v = only(text)
    assert (v.value, v.precision) == (year, "year")


@pytest.mark.parametrize(
    "text",
    [
        "They shipped 1996 tons of rice.",
        "It cost $1996 in all.",
        "It cost 1,996 dollars.",
        "They shipped 5000 tons.",
        "2000 people marched.",
        "a crowd of 2000 people gathered",
        "the 2000 soldiers left",
        "the 2000 US troops left",
        "the 2000 Americans were evacuated",
        "now comes with the 1920 x 1200 screen",
        "The quake struck at 1353 (1023 GMT).",
        "between 2000 and 3000 people",
        "of 1500 to 2,000 people",
        "the code 1984-2021-77 was wrong",
        "Call 555-2012 now",
        "a score of 1996.5 points",
        "It rose 2019%.",
    ],
)
def test_counts_are_not_years(text):
    assert dates(text) == []


# --- words that are not dates (dateparser #330, #942, #582) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "to",
        "a",
        "car",
        "bar",
        "are",
        "We went to a bar in a car; they are there.",
        "This may or may not be right.",
        "May I ask why?",
        "Protesters march to the square.",
        "They sat in the sun on a mat.",
        "The Sun said so on Sat night.",
        "$DEC farming is coming",
        "The price is $18.",
        "Mortgages were at 6.45 percent",
        "Wed in a quiet ceremony, they left.",
    ],
)
def test_common_words_are_not_dates(text):
    assert dates(text) == []
    assert dates(text, None) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It may be in May 2010.", "2010-05"),
        ("They met May 3, 2011.", "2011-05-03"),
        ("It began in March 2011.", "2011-03"),
    ],
)
def test_may_and_march_read_as_months_in_date_context(text, value):
    assert only(text).value == value


# --- decades, centuries and ranges as in dateparser's bug reports (#725, #262) ------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("What happened in the 1990s?", "1990-01-01", "2000-01-01"),
        ("What happened in the 19th century?", "1800-01-01", "1900-01-01"),
        ("It lasted from 1990 to 1995.", "1990-01-01", "1996-01-01"),
        ("It ran from 2014 through 2018.", "2014-01-01", "2019-01-01"),
        ("Prices rose through the 1770s.", "1770-01-01", "1780-01-01"),
    ],
)
def test_dateparser_decade_century_and_range_reports(text, low, high):
    v = only(text, None)
    assert (v.low, v.high) == (low, high)


# --- offsets -------------------------------------------------------------------------------------


def test_offsets_index_the_text():
    text = "Kim visited in July 1957, again on Feb. 27–28, 2019, and since 1964 none came."
    for v in find_dates(text, REF):
        assert text[v.start : v.end] == v.text


def test_output_is_sorted_and_non_overlapping():
    text = "From 1990 to 1995 and in the early 2000s, and for nearly two decades, talks ran."
    found = find_dates(text, REF)
    assert [v.start for v in found] == sorted(v.start for v in found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


# --- data integrity ---------------------------------------------------------------------------------


DATA = Path(__file__).resolve().parents[2] / "claimcheck" / "normalize" / "data" / "dates.json"


def test_dates_data_is_complete():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert sorted(set(data["months"].values())) == list(range(1, 13))
    full = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"}
    assert full <= set(data["months"])
    assert sorted(data["weekdays"].values()) == list(range(7))
    assert set(data["weekday_abbreviations"].values()) == set(range(7))
    for name, (first, months) in ((k, v) for k, v in data["seasons"].items() if not k.startswith("_")):
        assert 1 <= first <= 12 and months == 3, name
    for key, frac in ((k, v) for k, v in data["parts"].items() if not k.startswith("_")):
        assert 0 <= frac[0] < frac[1] <= 1, key
    assert set(range(1, 32)) - {v for v in data["ordinal_words"].values()} <= set(range(21, 31))
    for word in data["count_nouns"] + data["function_words"]:
        assert word == word.lower()
    seasons = {k for k in data["seasons"] if not k.startswith("_")}
    assert seasons == {k for k in data["season_codes"] if not k.startswith("_")}
    assert set(data["season_codes"][s] for s in seasons) == {21, 22, 23, 24}
    assert all(v in (-1, 0) for k, v in data["day_parts"].items() if not k.startswith("_"))


# --- holidays with one date everywhere ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("He died on Christmas Day 2009.", None, "2009-12-25"),
        ("He died on Christmas Day.", None, "XXXX-12-25"),
        ("They met on Easter 2018.", None, "2018-04-01"),  # Gregorian Easter 2018 was 1 April
        ("They met on Good Friday 2019.", None, "2019-04-19"),
        ("They met last Easter.", dt.date(2019, 3, 12), "2018-04-01"),
        ("They meet next Easter.", dt.date(2019, 3, 12), "2019-04-21"),
        ("The strike began on New Year's Eve.", dt.date(2019, 1, 3), "2018-12-31"),
        ("Rallies on International Workers' Day drew crowds.", dt.date(2020, 5, 14), "2020-05-01"),
    ],
)
def test_holidays(text, reference, value):
    assert only(text, reference).value == value


def test_holidays_relative_to_reference_need_one():
    assert dates("They met last Easter.", None) == []
    assert dates("They met at Easter.", None) == []  # Easter moves: no day without a year


def test_holiday_data_is_valid():
    data = json.loads((DATA.parent / "dates_holidays.json").read_text(encoding="utf-8"))
    for name, rule in ((k, v) for k, v in data.items() if not k.startswith("_")):
        assert name == name.lower(), name
        if isinstance(rule, list):
            month, day = rule
            assert dt.date(2000, month, day), name  # a leap year: every fixed day exists
        elif "easter" in rule:
            assert set(rule) == {"easter"} and -60 <= rule["easter"] <= 60, name
        else:  # a US federal holiday: a fixed day or the n-th weekday of a month
            assert rule.pop("country") == "US", name
            if "date" in rule:
                assert set(rule) == {"date"} and dt.date(2000, *rule["date"]), name
            else:
                month, weekday, n = rule.pop("nth")
                assert 1 <= month <= 12 and 0 <= weekday <= 6 and n in (-1, 1, 2, 3, 4), name
                assert set(rule) <= {"offset"} and 0 <= rule.get("offset", 0) <= 7, name


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Stores opened early on Black Friday 2010.", None, "2010-11-26"),  # the day after 25 Nov 2010
        ("Thanksgiving 2019 came late.", None, "2019-11-28"),  # the fourth Thursday of November
        ("Workers marched on Labor Day 2021.", None, "2021-09-06"),  # the first Monday of September
        ("Flags flew on Memorial Day.", dt.date(2019, 6, 10), "2019-05-27"),  # the last Monday of May
        ("Schools close for MLK Day 2020.", None, "2020-01-20"),  # the third Monday of January
        ("Parades marked Independence Day this year.", dt.date(2018, 7, 17), "2018-07-04"),
        ("He vowed to sign it by Independence Day of next year.", dt.date(2018, 7, 17), "2019-07-04"),
    ],
)
def test_us_holidays_when_no_other_country_is_named(text, reference, value):
    assert only(text, reference).value == value


@pytest.mark.parametrize(
    "text",
    ["India marked Independence Day with a parade.", "Canadians sat down to Thanksgiving dinner."],
)
def test_us_holidays_are_not_read_when_another_country_is_named(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It happened 2 weeks before May 13 1999.", "1999-04-29"),
        ("It happened three days after January 12, 2017.", "2017-01-15"),
    ],
)
def test_offsets_from_a_day(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She was born on January twenty five nineteen eighty six.", "1986-01-25"),
        ("They arrived 13 Sept nineteen seventy two.", "1972-09-13"),
        ("The ship sailed on 6 April seventeen hundred thirty three.", "1733-04-06"),
        ("The conference was in October two thousand and five.", "2005-10"),
        ("They left in nineteen ninety six.", "1996"),
    ],
)
def test_dates_written_in_words(text, value):
    assert only(text, None).value == value


@pytest.mark.parametrize("text", ["since two thousand people came", "in one of two cases", "May twenty of them come?"])
def test_number_words_that_are_not_dates(text):
    assert dates(text, None) == []


@pytest.mark.parametrize(
    ("text", "reference", "value", "low", "high"),
    [
        ("Exports rose in the first three months of 2019.", None, "2019-01-01/2019-03-31", "2019-01-01", "2019-04-01"),
        ("Exports rose in the first nine months of this year.", dt.date(2019, 10, 3), "2019-01-01/2019-09-30", "2019-01-01", "2019-10-01"),
        ("Results for the last four months of 2021.", None, "2021-09-01/2021-12-31", "2021-09-01", "2022-01-01"),
        ("It opens in the third month of 2021.", None, "2021-03", "2021-03-01", "2021-04-01"),
        # ISO weeks: week 1 of 2015 began on Monday 29 December 2014
        ("How about the first week of 2015?", None, "2015-W01", "2014-12-29", "2015-01-05"),
        ("Out the last week of July 2016.", None, "2016-W30", "2016-07-25", "2016-08-01"),
        ("We meet the week of April 10th, 2018.", None, "2018-W15", "2018-04-09", "2018-04-16"),
    ],
)
def test_parts_counted_in_units(text, reference, value, low, high):
    v = only(text, reference)
    assert (v.value, v.low, v.high) == (value, low, high)


# --- stretches counted from the reference, week numbers, weekends -------------------------
# REF is Friday 1 March 2019; ISO week 1 of 2019 began on Monday 31 December 2018.


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        # "next N days" starts the day after the article's date and runs N whole days
        ("The ministry will decide in the next 5 days.", "in the next 5 days", "2019-03-02", "2019-03-07"),
        ("Prices may rise over the coming two months.", "over the coming two months", "2019-03-02", "2019-05-02"),
        ("What will change in the 2 upcoming years?", "in the 2 upcoming years", "2019-03-02", "2021-03-02"),
        # "within" counts from the article's date itself
        ("Repairs should be finished within 3 weeks.", "within 3 weeks", "2019-03-01", "2019-03-22"),
        ("A ruling is expected within a month.", "within a month", "2019-03-01", "2019-04-01"),
        # quarters are calendar quarters: Q2 and Q3 follow the first quarter of 2019
        ("Profit will grow in the next two quarters.", "in the next two quarters", "2019-04-01", "2019-10-01"),
    ],
)
def test_stretches_ahead_of_the_reference(text, surface, low, high):
    v = only(text)
    assert (v.text, v.low, v.high, v.precision, v.relative) == (surface, low, high, "range", True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He will serve for the next six years.", "P6Y"),  # a length of time, not a stretch of the calendar
        ("The plant ran for eight years.", "P8Y"),
        ("The firm was sold within two years of the merger.", "P2Y"),  # counted from the merger, not the article
    ],
)
def test_lengths_of_time_stay_durations(text, value):
    found = find_dates(text, REF)
    assert [(v.kind, v.value) for v in found] == [("duration", value)]


def test_stretch_ahead_needs_a_reference():
    assert dates("The ministry will decide in the next 5 days.", None) == []


@pytest.mark.parametrize(
    ("text", "reference", "value", "low"),
    [
        ("Output in week 31 of 2019 fell.", None, "2019-W31", "2019-07-29"),  # a year named: no reference needed
        ("Output in week 27 of last year fell.", REF, "2018-W27", "2018-07-02"),
        ("Sales in the week 10 were flat.", REF, "2019-W10", "2019-03-04"),
        ("It peaked in the 31st week of 2019.", REF, "2019-W31", "2019-07-29"),
        ("It was week 1 of 2020.", None, "2020-W01", "2019-12-30"),  # ISO week 1 may begin in December
    ],
)
def test_week_numbers(text, reference, value, low):
    v = only(text, reference)
    assert (v.value, v.low, v.precision) == (value, low, "week")
    assert v.high == (dt.date.fromisoformat(low) + dt.timedelta(days=7)).isoformat()


@pytest.mark.parametrize(
    "text",
    ["In Week 5 the Patriots won again.",  # a season's week, not the calendar's
     "He missed week 3 of training."],
)
def test_week_numbers_without_a_year_or_the_are_not_read(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("reference", "saturday"),
    [
        (dt.date(2019, 3, 1), "2019-02-23"),  # Friday: fighting that flared is the weekend just past
        (dt.date(2019, 3, 7), "2019-03-02"),  # Thursday: the weekend just past
        (dt.date(2019, 3, 3), "2019-03-02"),  # Sunday: the weekend under way
        (dt.date(2019, 3, 4), "2019-03-02"),  # Monday: the weekend just past
    ],
)
def test_the_weekend_reported_is_the_latest_one(reference, saturday):
    v = only("Fighting flared over the weekend.", reference)
    sunday = dt.date.fromisoformat(saturday) + dt.timedelta(days=1)
    assert (v.low, v.high) == (saturday, (sunday + dt.timedelta(days=1)).isoformat())


@pytest.mark.parametrize("text", ["The weekend of May 5 was busy.", "The weekend before the vote was calm."])
def test_a_weekend_named_by_what_follows_is_not_the_reference_weekend(text):
    assert [v.text for v in dates(text)] != ["the weekend"] and all("weekend" not in v.text for v in dates(text))


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("We meet a week from Monday.", "2019-03-11", "2019-03-11", "2019-03-12"),  # the coming Monday (4th) + 7
        ("Talks resume the week after next.", "2019-W11", "2019-03-11", "2019-03-18"),
        ("It happens this working week.", "2019-02-25/2019-03-01", "2019-02-25", "2019-03-02"),  # Monday to Friday
        ("Polls open three weeks from tmrw.", "2019-03-23", "2019-03-23", "2019-03-24"),
        ("Results come in a fortnight's time.", "2019-03-15", "2019-03-15", "2019-03-16"),
        ("It ends less than 3 days after tomorrow.", "2019-03-02/2019-03-04", "2019-03-02", "2019-03-05"),
        ("It ended more than 2 weeks before today.", "2019-02-15", None, "2019-02-15"),
        ("It starts more than 2 weeks after today.", "2019-03-15", "2019-03-15", None),
    ],
)
def test_offsets_counted_from_the_reference(text, value, low, high):
    v = only(text)
    assert (v.value, v.low, v.high) == (value, low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Pay comes at the end of the month.", "2019-03-21", "2019-04-01"),  # the last third of March
        ("Rates rise at the end of the year.", "2019-09-01", "2020-01-01"),
        ("Trials begin at the start of the year.", "2019-01-01", "2019-05-01"),
        ("Bills are due end of month.", "2019-03-21", "2019-04-01"),
    ],
)
def test_parts_of_the_reference_month_and_year(text, low, high):
    v = only(text)
    assert (v.low, v.high, v.relative) == (low, high, True)


@pytest.mark.parametrize(
    "text",
    ["Pay comes at the end of the month of Ramadan.", "At the end of the year before, sales fell."],
)
def test_parts_of_a_named_or_anaphoric_period_are_not_the_reference(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    ["Turnout rose to 3/4 of voters.", "The vote is on 1/2 of the seats.", "They cut it by 7/8."],
)
def test_fractions_without_a_year_are_not_dates(text):
    assert dates(text) == []


@pytest.mark.parametrize(("text", "value"), [("The vote is on 11/20.", "2018-11-20"), ("It closed on 10/1.", "2018-10-01")])
def test_month_day_pairs_that_are_not_fractions_are_dates(text, value):
    assert only(text).value == value  # the occurrence nearest 1 March 2019


@pytest.mark.parametrize(
    ("text", "reference", "low", "high"),
    [
        # Labor Day 2021 was Monday 6 September: Saturday to Monday
        ("Traffic peaked over the Labor Day weekend.", dt.date(2021, 11, 9), "2021-09-04", "2021-09-07"),
        # Thanksgiving 2023 was Thursday 23 November: Thursday to Sunday
        ("Stores stayed open the weekend of Thanksgiving 2023.", None, "2023-11-23", "2023-11-27"),
        # Halloween 2021 fell on a Sunday: that Saturday and Sunday
        ("Parties filled Halloween weekend 2021.", None, "2021-10-30", "2021-11-01"),
    ],
)
def test_holiday_weekends(text, reference, low, high):
    v = only(text, reference)
    assert (v.low, v.high, v.precision) == (low, high, "range")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Schools stay shut for the rest of the year.", "2019-03-01", "2020-01-01"),
        ("Markets are closed for the remainder of the week.", "2019-03-01", "2019-03-04"),
    ],
)
def test_rest_of_the_reference_period(text, low, high):
    v = only(text)
    assert (v.low, v.high, v.relative) == (low, high, True)


def test_year_after_a_period_of():
    v = only("Results for the last four months of 2021 have been listed.", None)
    assert (v.low, v.high) == ("2021-09-01", "2022-01-01")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # "the start/middle/end of X" bounding a range is an instant, not a third of X
        ("Output grew from 2007 to the start of 2008.", "2007-01-01", "2008-01-01"),
        ("Output grew between the end of 2007 and the end of 2008.", "2008-01-01", "2009-01-01"),
        ("Output grew from the middle of 2007 to the end of 2008.", "2007-07-02", "2009-01-01"),  # day 183 of 365
        ("Fishing is banned from the end of March 2018 to the middle of September 2018.", "2018-04-01", "2018-09-16"),
        # "early"/"late" keep their thirds
        ("Output grew from early 2007 to late 2008.", "2007-01-01", "2009-01-01"),
    ],
)
def test_range_bounded_by_instants(text, low, high):
    v = only(text, None)
    assert (v.low, v.high, v.precision) == (low, high, "range")


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        # a length of time laid from a day covers that many days from it
        ("The strike lasts two weeks starting March 4, 2019.", "two weeks starting March 4, 2019", "2019-03-04", "2019-03-18"),
        ("Offices close for 3 days starting from next Monday.", "3 days starting from next Monday", "2019-03-04", "2019-03-07"),
        ("The border shuts for 3 days, from today.", "3 days, from today", "2019-03-01", "2019-03-04"),
    ],
)
def test_durations_laid_from_a_day(text, surface, low, high):
    v = only(text)
    assert (v.text, v.low, v.high, v.precision) == (surface, low, high, "range")


def test_a_duration_beside_a_year_stays_a_duration():
    found = find_dates("He served 3 years from 2001 to 2004.", None)
    assert [(v.kind, v.value) for v in found] == [("duration", "P3Y"), ("date", "2001/2004")]


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("Rates rise by the end of the year.", "2020-01-01"),  # no later than 2019 ends
        ("The law passes by end of this month.", "2019-04-01"),
        ("The plant closes by the end of 2021.", "2022-01-01"),
    ],
)
def test_by_the_end_of_is_a_deadline(text, high):
    v = only(text)
    assert (v.low, v.high, v.bound) == (None, high, "max")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Talks were held on 3 and 4 March 2019.", ["2019-03-03", "2019-03-04"]),
        ("Voting is on 18 and 19 June.", ["2019-06-18", "2019-06-19"]),  # the nearest June to 1 March 2019
    ],
)
def test_two_days_sharing_a_month(text, values):
    assert [v.value for v in dates(text)] == values


def test_two_numbers_before_a_day_are_not_both_days():
    assert [v.text for v in dates("He was 18 and 19 June was his birthday.")] == ["19 June"]


def test_week_of_a_bare_day():
    # the 18th nearest 1 March 2019 is Monday 18 February (11 days back; 18 March is 17 ahead)
    v = only("Talks were set for the week of the 18th.")
    assert (v.value, v.low, v.high) == ("2019-W08", "2019-02-18", "2019-02-25")


@pytest.mark.parametrize(
    "text",
    [
        # stretches told in the past count from the story's own events, not the article's date
        "Over the course of the next eight days, the advisory was updated five times.",
        "Within five years, half of the settlers gave up and left.",
        # spending or serving a stretch is a length of time
        "He should spend the next eight years in Boston.",
        "Doubts will dog him for at least the next couple of years.",
        # sport: "win the weekend"
        "Fans came to see the team win the weekend.",
    ],
)
def test_news_stretches_not_anchored_at_the_reference(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seas could rise a metre by 2100, the panel said.", "2100"),
        ("The lease runs until 2150.", "2150"),
    ],
)
def test_years_after_2099_after_a_date_word(text, value):
    assert only(text, None).value == value


@pytest.mark.parametrize("text", ["The 2100 troops left.", "A score of 2100 was posted."])
def test_numbers_after_2099_without_a_date_word_are_not_years(text):
    assert dates(text, None) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pay rises on the 5th of last month were reversed.", "2019-02-05"),
        ("The vote is on the 21st of next month.", "2019-04-21"),
        ("It opens the 12th this month.", "2019-03-12"),
    ],
)
def test_day_of_a_month_named_from_the_reference(text, value):
    assert only(text).value == value


def test_day_of_a_month_that_lacks_it_is_not_read():
    assert [v.value for v in dates("They meet on the 30th of last month.")] == ["2019-02"]  # February 2019 has 28 days


@pytest.mark.parametrize(
    ("text", "saturday"),
    [
        # REF is a Friday: a past-tense sentence means the weekend just gone, a future one the coming
        ("The knee was examined over the weekend.", "2019-02-23"),
        ("The road will remain closed through the weekend.", "2019-03-02"),
        ("Teams are planning to travel there over the weekend.", "2019-03-02"),
        ("Greece agreed at the weekend to slash spending.", "2019-02-23"),  # simple past, no auxiliary
    ],
)
def test_the_weekend_follows_the_tense(text, saturday):
    assert only(text).low == saturday


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("Analysts expect a rebound in the next quarter.", "2019-34", "2019-04-01"),  # Q2 follows 1 March's Q1
        # the ten years ahead of the article, as "the past decade" is the ten behind it
        ("Demand should double in the next decade.", "2019-03-02/2029-03-01", "2019-03-02"),
    ],
)
def test_the_next_quarter_or_decade_outside_past_narrative(text, value, low):
    v = only(text)
    assert (v.value, v.low) == (value, low)


@pytest.mark.parametrize(
    "text",
    ["Sales fell in 2009 and were flat the next quarter.", "He said prices would fall the next quarter.",
     "The score was level in the next quarter of the game."],
)
def test_the_next_quarter_told_in_the_past_is_left_out(text):
    assert [v for v in dates(text) if "quarter" in v.text] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister will leave in two weeks.", "2019-03-15"),
        ("The plant will reopen in two years.", "2021"),  # at the precision of the unit, as "two years ago"
        ("Talks resume Monday two weeks from now.", "2019-03-11"),  # 15 March is in the week of Monday 11 March
    ],
)
def test_future_offsets_from_the_reference(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    "text",
    ["Cheeks will be the fifth coach in four years.", "It will be the first visit in 20 years.",
     "The firm will double sales in two years of trading."],
)
def test_in_n_years_counting_a_span_is_not_a_date(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Shares are up 3% for the year.", "2019"), ("Trading is halted for the day.", "2019-03-01")],
)
def test_for_the_period_closing_a_clause(text, value):
    assert only(text).value == value


def test_for_the_day_told_in_the_past_is_the_story_s_day():
    assert dates("By 5pm Monday, selection was winding down for the day.") == [
        v for v in dates("By 5pm Monday, selection was winding down for the day.") if v.text == "Monday"
    ]
