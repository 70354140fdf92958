"""Tests for claimcheck.normalize.dates: further readings of dates as news writes them.

Expected values are worked out by hand (calendar facts: 2019-03-01 is a Friday, 2019-02-25
a Monday, 2019-03-31 a Sunday).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_dates import REF, dates, only  # the same reference day and helpers as the first date tests

from claimcheck.normalize.dates import find_dates


# --- "after" a day starts on that day --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "low"),
    [
        ("Prices rose after January 1, 2007 and fell later.", "after January 1, 2007", "2007-01-01", "2007-01-01"),
        ("Shares fell after Tuesday's vote.", "after Tuesday", "2019-02-26", "2019-02-26"),
        ("Talks resumed after 12 March 2018.", "after 12 March 2018", "2018-03-12", "2018-03-12"),
        ("No flights left later than 5 May 2017.", "later than 5 May 2017", "2017-05-05", "2017-05-05"),
    ],
)
def test_after_a_day_starts_on_that_day(text, surface, value, low):
    v = only(text)
    assert (v.text, v.value, v.low, v.high, v.bound) == (surface, value, low, None, "min")


@pytest.mark.parametrize(
    ("text", "value", "low"),
    [
        ("The alliance ended after 1975.", "1975", "1976-01-01"),  # a year or month is over first
        ("Exports grew after March 2016.", "2016-03", "2016-04-01"),
        ("Exports grew after the beginning of March 2016.", "2016-03", "2016-03-01"),
    ],
)
def test_after_a_month_or_year_starts_where_it_ends(text, value, low):
    v = only(text)
    assert (v.value, v.low, v.high, v.bound) == (value, low, None, "min")


def test_an_offset_from_a_day_is_not_an_open_bound():
    v = only("It closed two days after May 3, 2018.")
    assert (v.value, v.low, v.high, v.bound) == ("2018-05-05", "2018-05-05", "2018-05-06", None)


# --- "the Nth day of the month" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "bound"),
    [
        ("We will come back before the twenty-sixth day of the month.", "before the twenty-sixth day of the month",
         None, "2019-03-26", "max"),
        ("The plant will reopen on the 15th of the month.", "the 15th of the month", "2019-03-15", "2019-03-16", None),
        ("They will return after the 15th day of next month.", "after the 15th day of next month", "2019-04-15", None, "min"),
        ("Talks will end by the 10th of next month.", "the 10th of next month", "2019-04-10", "2019-04-11", None),
    ],
)
def test_day_of_the_reference_month_in_a_sentence_about_the_future(text, surface, low, high, bound):
    v = only(text)
    assert (v.text, v.low, v.high, v.bound) == (surface, low, high, bound)


@pytest.mark.parametrize(
    "text",
    [
        "Rent is due on the first of the month.",  # a habit, not this month's first
        "He died on the fifth day of the month.",  # the story's month
        "He died on the fifth of the month.",
        "Fasting will end on the 30th day of the month of Ramadan.",  # another calendar's month
    ],
)
def test_day_of_the_month_not_read_as_the_reference_month(text):
    assert dates(text) == []


def test_day_of_the_month_that_the_month_lacks_is_not_read():
    assert dates("We will meet on the 30th of the month.", dt.date(2019, 2, 10)) == []


# --- parts of a week ----------------------------------------------------------------------------

WEEK_REF = dt.date(2018, 11, 29)  # a Thursday; its week runs Monday 26 November to Sunday 2 December


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The disks will be renewed the end of the week.", "the end of the week", "2018-11-29", "2018-12-03"),
        ("Talks resume early next week.", "early next week", "2018-12-03", "2018-12-06"),  # Monday-Wednesday
        ("He resigned late last week.", "late last week", "2018-11-22", "2018-11-26"),  # Thursday-Sunday
        ("A vote is due in the middle of next week.", "the middle of next week", "2018-12-04", "2018-12-07"),
        ("Ships will sail at the beginning of the week.", "the beginning of the week", "2018-11-26", "2018-11-29"),
        ("Prices fell at the end of last week.", "the end of last week", "2018-11-22", "2018-11-26"),
    ],
)
def test_parts_of_a_week_are_whole_days(text, surface, low, high):
    v = only(text, WEEK_REF)
    assert (v.text, v.low, v.high, v.relative) == (surface, low, high, True)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("It must be done by the end of this week.", "by the end of this week"),
        ("A ruling is due by the end of the week.", "by the end of the week"),
    ],
)
def test_by_the_end_of_the_week_is_open_to_the_weeks_end(text, surface):
    v = only(text, WEEK_REF)
    assert (v.text, v.low, v.high, v.bound) == (surface, None, "2018-12-03", "max")


@pytest.mark.parametrize(
    "text",
    [
        "At the end of the week, the troops withdrew.",  # past narrative: the story's week
        "The end of the week was calm.",
        "Prices usually rise at the end of the week.",  # a habit
    ],
)
def test_the_end_of_the_week_in_past_narrative_is_not_the_reference_week(text):
    assert [v for v in dates(text, WEEK_REF) if "week" in v.text] == []


# --- stacked units: "the last 3 months and 2 weeks" ---------------------------------------------

STACK_REF = dt.date(2016, 11, 7)


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("They worked on it for the last 3 months and 2 weeks and 2 days.", "for the last 3 months and 2 weeks and 2 days",
         "2016-07-22"),  # 7 Nov - 3 months = 7 Aug; - 2 weeks = 24 Jul; - 2 days = 22 Jul
        ("Prices doubled over the past two years, three months.", "over the past two years, three months", "2014-08-07"),
        ("Rents rose over the last 2 years and a month.", "over the last 2 years and a month", "2014-10-07"),
    ],
)
def test_last_n_units_stacked(text, surface, low):
    v = only(text, STACK_REF)
    assert (v.text, v.low, v.high, v.precision) == (surface, low, "2016-11-07", "range")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In the past 3 years and 2 people died there.", "In the past 3 years"),  # "2 people" is no unit of time
        ("It rained for the past 3 days and nights.", "for the past 3 days"),
        ("They worked for the last 3 months and 2 days ago they won.", "for the last 3 months"),  # "2 days ago" is a day
    ],
)
def test_last_n_units_stop_at_what_is_not_a_unit(text, surface):
    v = dates(text, STACK_REF)[0]
    assert v.text == surface and v.high == "2016-11-07"


# --- "for the coming three quarters": calendar quarters ------------------------------------------

QUARTER_REF = dt.date(2019, 8, 20)  # in the third quarter


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("What are the sales for the coming three quarters?", "the coming three quarters", "2019-10-01", "2020-07-01"),
        ("The firm will post losses for the next two quarters.", "the next two quarters", "2019-10-01", "2020-04-01"),
        ("Guidance for the upcoming two quarters is weak.", "the upcoming two quarters", "2019-10-01", "2020-04-01"),
    ],
)
def test_next_n_quarters_after_for_are_calendar_quarters(text, surface, low, high):
    v = only(text, QUARTER_REF)
    assert (v.text, v.low, v.high, v.precision) == (surface, low, high, "range")


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("He will serve for the next six years.", "P6Y"),  # other units after "for" stay lengths of time
        ("Sales were flat for the next two quarters.", "P6M"),  # past narrative: the story's quarters
        ("Sales fell for the next two quarters after the merger.", "P6M"),  # counted from the merger
        ("Sales fell for the next two quarters.", "P6M"),  # a simple past is not seen as past: "next" alone is not enough
        ("After the merger, profits rose for the next three quarters.", "P9M"),
    ],
)
def test_next_n_units_after_for_that_stay_durations(text, duration):
    found = find_dates(text, QUARTER_REF)
    assert [(v.kind, v.value) for v in found] == [("duration", duration)]


# --- month and day in words ---------------------------------------------------------------------

WORDS_REF = dt.date(2016, 11, 7)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("I'll go back May twenty nine.", "May twenty nine", "2016-05-29"),
        ("It opens June twenty, the mayor said.", "June twenty", "2016-06-20"),
        ("The vote is on May twenty-ninth.", "May twenty-ninth", "2016-05-29"),
        ("Polls close January twenty-one.", "January twenty-one", "2017-01-21"),  # the nearest 21 January
    ],
)
def test_month_and_day_in_words(text, surface, value):
    v = only(text, WORDS_REF)
    assert (v.text, v.value, v.precision) == (surface, value, "day")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("In January twenty people died.", ["January"]),  # a count of people, not 20 January
        ("Since June twenty-five workers quit.", ["Since June"]),
        ("May twenty of them came.", []),
        ("Theresa May twenty years ago said no.", ["twenty years ago"]),
        ("It may twenty times over.", []),
    ],
)
def test_a_count_after_a_month_is_not_a_day(text, surfaces):
    assert [v.text for v in dates(text, WORDS_REF)] == surfaces


# --- days of a month named from the reference --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("I'll be out from the 4th to the 22nd of this month.", "from the 4th to the 22nd of this month", "2019-03-04", "2019-03-23"),
        ("Voting runs between the 1st and 15th of next month.", "between the 1st and 15th of next month", "2019-04-01", "2019-04-16"),
        ("The fair runs 4th-23rd next month.", "4th-23rd next month", "2019-04-04", "2019-04-24"),
        ("Talks will run from the 1st to the 10th of the month.", "from the 1st to the 10th of the month", "2019-03-01", "2019-03-11"),
    ],
)
def test_day_ranges_of_a_relative_month(text, surface, low, high):
    v = only(text)
    assert (v.text, v.low, v.high, v.precision) == (surface, low, high, "range")


def test_two_days_of_a_relative_month():
    found = dates("They meet on the 4th and 5th of next month.")
    assert [(v.value, v.high) for v in found] == [("2019-04-04", "2019-04-05"), ("2019-04-05", "2019-04-06")]


@pytest.mark.parametrize(
    "text",
    [
        "Rents were paid from the 1st to the 10th of the month.",  # a habit or the story's month
        "Prices are set from the 1st to the 5th of the month of Ramadan.",
    ],
)
def test_day_ranges_of_the_month_not_read_outside_the_future(text):
    assert dates(text) == []


# --- the Nth weekend of a month; "the last week of" something else -----------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Fans gather on the first weekend of May 2016.", "the first weekend of May 2016", "2016-05-07", "2016-05-09"),
        ("The fair is the second weekend of June 2019.", "the second weekend of June 2019", "2019-06-08", "2019-06-10"),  # 1 June 2019 is a Saturday
        ("Races end the last weekend of September 2019.", "the last weekend of September 2019", "2019-09-28", "2019-09-30"),
        ("Polls open the last weekend of this month.", "the last weekend of this month", "2019-03-30", "2019-04-01"),
    ],
)
def test_nth_weekend_of_a_month(text, surface, low, high):
    v = only(text)
    assert (v.text, v.low, v.high, v.precision) == (surface, low, high, "range")


def test_nth_week_in_a_year():
    v = only("Talks open the third week in 2027.")
    assert (v.text, v.value, v.low, v.high) == ("the third week in 2027", "2027-W03", "2027-01-18", "2027-01-25")


@pytest.mark.parametrize(
    "text",
    [
        "It was the last week of the campaign.",  # the campaign's final week, not the week before the reference
        "In the last year of his term he resigned.",
        "They rested during the next month of the trial.",
    ],
)
def test_the_last_period_of_something_is_not_the_previous_period(text):
    assert dates(text) == []


def test_last_week_itself_is_still_read():
    v = only("The leaders met last week.")
    assert (v.value, v.low, v.high) == ("2019-W08", "2019-02-18", "2019-02-25")


# --- weekday ranges of a named week; "on or before" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Talks run from Monday through Wednesday next week.", "from Monday through Wednesday next week", "2019-03-04", "2019-03-07"),
        ("The talks run Tuesday to Thursday this week.", "Tuesday to Thursday this week", "2019-02-26", "2019-03-01"),
        ("He was absent between Monday and Friday last week.", "between Monday and Friday last week", "2019-02-18", "2019-02-23"),
    ],
)
def test_weekday_ranges_of_a_named_week(text, surface, low, high):
    v = only(text)
    assert (v.text, v.low, v.high, v.precision) == (surface, low, high, "range")


def test_two_weekdays_of_a_named_week():
    found = dates("They meet on Monday and Friday next week.")
    assert [v.value for v in found] == ["2019-03-04", "2019-03-08"]  # not Monday of this week


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "bound"),
    [
        ("The vote is expected on or before March 15, 2019.", "on or before March 15, 2019", None, "2019-03-16", "max"),
        ("Shares bought on or after 1 June 2016 qualify.", "on or after 1 June 2016", "2016-06-01", None, "min"),
    ],
)
def test_on_or_before_includes_the_day(text, surface, low, high, bound):
    v = only(text)
    assert (v.text, v.low, v.high, v.bound) == (surface, low, high, bound)


# --- a day or weekday before/after a day; fortnights ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Stores reopen the day after Christmas 2016.", "the day after Christmas 2016", "2016-12-26"),
        ("Markets fell the day following May 3, 2016.", "the day following May 3, 2016", "2016-05-04"),
        ("It closed 3 days prior to June 5, 2016.", "3 days prior to June 5, 2016", "2016-06-02"),
        ("Sales start the Monday after Christmas 2016.", "the Monday after Christmas 2016", "2016-12-26"),  # 25 Dec 2016 is a Sunday
        ("He fasts the Friday before Easter 2017.", "the Friday before Easter 2017", "2017-04-14"),  # Easter 2017: 16 April
        ("They met the Sunday before Sunday, November 20, 2016.", "the Sunday before Sunday, November 20, 2016", "2016-11-13"),
    ],
)
def test_a_day_or_weekday_beside_a_day(text, surface, value):
    v = only(text)
    assert (v.text, v.value, v.low, v.precision) == (surface, value, value, "day")


def test_the_day_before_an_event_without_a_date_is_not_read():
    assert dates("Shares rose the day before the vote.") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Prices rose in the past fortnight.", "2019-02-15", "2019-03-01"),  # the 14 days up to 1 March
        ("Prices rose during the last fortnight.", "2019-02-15", "2019-03-01"),
        ("Prices will rise over the coming fortnight.", "2019-03-02", "2019-03-16"),
    ],
)
def test_fortnights_count_fourteen_days_from_the_reference(text, low, high):
    v = only(text)
    assert (v.low, v.high) == (low, high)


# --- the last day of a month; the weekend after next; the week of 9/14 --------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("We will meet on the last day of the month.", "the last day of the month", "2019-03-31"),
        ("It ends on the last day of next month.", "the last day of next month", "2019-04-30"),
        ("Bids closed on the last day of last month.", "the last day of last month", "2019-02-28"),
    ],
)
def test_last_day_of_a_relative_month(text, surface, value):
    v = only(text)
    assert (v.text, v.value) == (surface, value)


def test_last_day_of_the_month_as_a_habit_is_not_read():
    assert dates("Rent is due on the last day of the month.") == []


def test_the_weekend_after_next():
    v = only("I will leave the weekend after next.")
    assert (v.low, v.high) == ("2019-03-16", "2019-03-18")  # the weekend of the week after next week


@pytest.mark.parametrize(("text", "value"), [("Let's meet the week of 9/14.", "2018-W37"), ("Let's meet the week of 3/4.", None)])
def test_the_week_of_a_month_and_day(text, value):
    # 9/14 is the 14 September nearest the reference; "3/4" reads as a fraction, never a date
    assert [v.value for v in dates(text)] == ([value] if value else [])


# --- "Oct 1 - Oct 5": a spaced hyphen between two month-day dates is a range ----------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("The fair ran Oct 1 - Oct 5, 2016.", "Oct 1 - Oct 5, 2016", "2016-10-01", "2016-10-06"),
        ("The fair ran Sept 30 - Oct 2, 2016.", "Sept 30 - Oct 2, 2016", "2016-09-30", "2016-10-03"),
        ("The fair ran Dec 30, 2016 - Jan 2, 2017.", "Dec 30, 2016 - Jan 2, 2017", "2016-12-30", "2017-01-03"),
    ],
)
def test_month_day_ranges_with_a_spaced_hyphen(text, surface, low, high):
    v = only(text)
    assert (v.text, v.low, v.high) == (surface, low, high)


@pytest.mark.parametrize(("text", "value"), [("It opened 1-Oct-2016.", "2016-10-01"), ("It opened 1/Oct/2016.", "2016-10-01")])
def test_day_month_joined_by_a_hyphen_or_slash_is_still_one_date(text, value):
    assert only(text).value == value


# --- coordinated dates share a year; "in the years 2010 to 2015" ---------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It was signed on Jan. 5 and Feb. 10, 2016.", ["2016-01-05", "2016-02-10"]),  # not the January nearest the reference
        ("Votes on March 3, April 7 or May 5, 2015.", ["2015-03-03", "2015-04-07", "2015-05-05"]),
        ("It was signed Dec. 28 and Jan. 3, 2016.", ["2015-12-28", "2016-01-03"]),  # December comes before that January
        ("They met in June and July 2015.", ["2015-06", "2015-07"]),
    ],
)
def test_coordinated_dates_share_the_year_written(text, values):
    assert [v.value for v in dates(text)] == values


def test_a_year_after_and_is_not_shared_with_a_day():
    assert [v.value for v in dates("It rained on Jan. 5 and 2016 was dry.", dt.date(2016, 11, 7))] == ["2017-01-05", "2016"]


def test_in_the_years_x_to_y():
    v = only("Output fell in the years 2010 to 2015.")
    assert (v.text, v.low, v.high) == ("2010 to 2015", "2010-01-01", "2016-01-01")


# --- "May 5 next year"; "the year before last"; "Monday, next week" ------------------------------

LATE_REF = dt.date(2016, 11, 7)  # a Monday


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("I'll be out on the 5th of May next year.", "the 5th of May next year", "2017-05-05"),
        ("I'll be out May 5 next year.", "May 5 next year", "2017-05-05"),
        ("It happened on 5 May last year.", "5 May last year", "2015-05-05"),  # not the nearest 5 May (2016)
        ("It happened May 5, last year.", "May 5, last year", "2015-05-05"),
        ("It happened on the fifth of May last year.", "the fifth of May last year", "2015-05-05"),
        ("He left in May last year.", "May last year", "2015-05"),
    ],
)
def test_a_day_of_a_relative_year(text, surface, value):
    v = only(text, LATE_REF)
    assert (v.text, v.value) == (surface, value)


def test_a_day_of_a_relative_year_needs_a_reference():
    # without the article's date the year stays unknown: no interval
    assert [(v.value, v.low, v.high) for v in dates("It happened on 5 May last year.", None)] == [("XXXX-05-05", None, None)]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("I'll be out the month after next.", "2017-01", "2017-01-01", "2017-02-01"),
        ("Talks end the year after next.", "2018", "2018-01-01", "2019-01-01"),
        ("It was the month before last.", "2016-09", "2016-09-01", "2016-10-01"),
        ("It was the year before last.", "2014", "2014-01-01", "2015-01-01"),
    ],
)
def test_two_periods_away(text, value, low, high):
    v = only(text, LATE_REF)
    assert (v.value, v.low, v.high) == (value, low, high)


def test_weekday_comma_next_week():
    v = only("Let's meet Monday, next week.", LATE_REF)
    assert (v.text, v.value) == ("Monday, next week", "2016-11-14")


# --- stretches ending with a day or month: "the week ending Nov 4", "the year to March" ----------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Claims fell in the week ending Nov 4.", "the week ending Nov 4", "2016-10-29", "2016-11-05"),
        ("Profit rose in the year ended June 30, 2016.", "the year ended June 30, 2016", "2015-07-01", "2016-07-01"),
        ("Output grew in the three months to September 2016.", "the three months to September 2016", "2016-07-01", "2016-10-01"),
        ("Sales fell in the quarter ended Sept. 30.", "the quarter ended Sept. 30", "2016-07-01", "2016-10-01"),
        ("Prices rose 3% in the year to March, the agency said.", "the year to March", "2015-04-01", "2016-04-01"),  # the March before
        ("Rents rose in the 12 months to June.", "the 12 months to June", "2015-07-01", "2016-07-01"),
        ("Profits will rise in the quarter ending Dec. 31.", "the quarter ending Dec. 31", "2016-10-01", "2017-01-01"),
    ],
)
def test_stretches_ending_with_a_day_or_month(text, surface, low, high):
    v = only(text, LATE_REF)
    assert (v.text, v.low, v.high, v.precision) == (surface, low, high, "range")


@pytest.mark.parametrize(
    "text",
    [
        "He has three months to September to decide.",  # no "the": not a reported stretch
        "It took him years to March 2015 to agree.",
    ],
)
def test_a_length_before_to_without_the_is_not_a_stretch(text):
    assert all(v.precision != "range" for v in dates(text, LATE_REF))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The calm of about five-six months following the 19 July 2011 truce ended.", "2011-07-19"),  # a stretch after the truce
        ("In the six months following May 3, 2016, prices rose.", "2016-05-03"),
    ],
)
def test_months_following_a_day_are_not_a_day(text, value):
    assert [v.value for v in dates(text)] == [value]


# --- business days ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        # 7 November 2016 is a Monday: ten weekdays after it end on Monday 21 November
        ("The firm must respond within 10 business days.", "within 10 business days", "2016-11-07", "2016-11-22"),
        ("The exchange will stay shut in the next two business days.", "in the next two business days", "2016-11-08", "2016-11-10"),
        ("Results are due in the coming 3 working days.", "in the coming 3 working days", "2016-11-08", "2016-11-11"),
        ("He has within the next five working days to appeal.", "within the next five working days", "2016-11-07", "2016-11-15"),
    ],
)
def test_business_days_are_weekdays_after_the_reference(text, surface, low, high):
    v = only(text, LATE_REF)
    assert (v.text, v.low, v.high) == (surface, low, high)


def test_business_days_skip_the_weekend():
    v = only("The exchange will stay shut in the next 4 business days.", dt.date(2018, 8, 21))  # a Tuesday
    assert (v.low, v.high) == ("2018-08-22", "2018-08-28")  # Wednesday to the next Monday


def test_business_days_after_for_stay_a_length_of_time():
    assert dates("He was suspended for the next 4 business days.", LATE_REF) == []


# --- "from April 27th to the 3rd": the end in the next month --------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("I am off from April twenty-seventh to the third.", "from April twenty-seventh to the third", "2016-04-27", "2016-05-04"),
        # the nearest 28 December to 1 June 2016 is in 2015; the 2nd is then in January 2016
        ("The festival runs from December 28th to the 2nd.", "from December 28th to the 2nd", "2015-12-28", "2016-01-03"),
    ],
)
def test_a_range_ending_on_an_earlier_day_ends_in_the_next_month(text, surface, low, high):
    v = only(text, dt.date(2016, 6, 1))
    assert (v.text, v.low, v.high) == (surface, low, high)


@pytest.mark.parametrize(
    "text",
    ["The festival runs from April 27 to 3.", "It ran April 27 to the 3rd."],  # a bare number may be a time; "from" is needed
)
def test_a_backwards_range_needs_from_and_an_ordinal(text):
    assert [v.text for v in dates(text, dt.date(2016, 6, 1))] == ["April 27"]


# --- the Nth weekday of a month ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The vote is held on the first Monday of May 2016.", "the first Monday of May 2016", "2016-05-02"),
        ("Elections fall on the first Tuesday in November 2016.", "the first Tuesday in November 2016", "2016-11-01"),
        ("It meets the third Thursday of next month.", "the third Thursday of next month", "2016-12-15"),
        ("Clocks change the second Sunday of March 2017.", "the second Sunday of March 2017", "2017-03-12"),
        ("The fair ends the last Monday in May 2016.", "the last Monday in May 2016", "2016-05-30"),
    ],
)
def test_nth_weekday_of_a_month(text, surface, value):
    v = only(text, LATE_REF)
    assert (v.text, v.value, v.precision) == (surface, value, "day")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Rent is due the last Friday of the month.", []),  # not the latest Friday: some month's last Friday
        ("It fell on the fifth Monday of June 2016.", ["2016-06"]),  # June 2016 has four Mondays
        ("They met last Friday in Paris.", ["2016-11-04"]),  # "last Friday" itself is still read
    ],
)
def test_nth_weekday_not_read_as_a_recent_weekday(text, values):
    assert [v.value for v in dates(text, LATE_REF)] == values


# --- a weekday before a date stays in its sentence --------------------------------------------------


def test_a_weekday_ending_a_sentence_is_not_joined_to_the_next_date():
    found = dates("They met on Tuesday.\nThe Nov. 30 deadline passed.", LATE_REF)
    assert [(v.text, v.value) for v in found] == [("Tuesday", "2016-11-01"), ("Nov. 30", "2016-11-30")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Talks end Tue., Nov. 29, 2016.", "Tue., Nov. 29, 2016"), ("Talks end Tuesday, Nov. 29, 2016.", "Tuesday, Nov. 29, 2016")],
)
def test_a_weekday_before_a_date_joins_it(text, surface):
    assert only(text, LATE_REF).text == surface


# --- "go past seven years": "past" as a preposition -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The Angels are reluctant to go past seven years for Teixeira.", [("duration", "P7Y")]),
        ("Sales rose over past three years.", [("date", "2013-11-07/2016-11-06")]),
        ("Sales rose the last 3 years.", [("date", "2013-11-07/2016-11-06")]),
    ],
)
def test_the_past_n_years_needs_the_or_a_preposition(text, kinds):
    assert [(v.kind, v.value) for v in find_dates(text, LATE_REF)] == kinds


# --- the first/last week of a month holds its first/last Thursday, as ISO week 1 of a year ----------
# 2019-03-01 is a Friday, 2019-05-01 a Wednesday, 2019-04-30 a Tuesday.


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Sales slowed in the first week of March 2019.", "2019-W10", "2019-03-04", "2019-03-11"),  # not 25 Feb-3 Mar
        ("Polls opened the second week of March 2019.", "2019-W11", "2019-03-11", "2019-03-18"),
        ("Strikes spread in the last week of March 2019.", "2019-W13", "2019-03-25", "2019-04-01"),
        ("Talks open the first week of May 2019.", "2019-W18", "2019-04-29", "2019-05-06"),  # 1-5 May in it
        ("Strikes hit the last week of April 2019.", "2019-W17", "2019-04-22", "2019-04-29"),  # not 29 Apr-5 May
        ("Output fell in the first two weeks of March 2019.", "2019-03-04/2019-03-17", "2019-03-04", "2019-03-18"),
    ],
)
def test_week_of_a_month_holds_its_thursday(text, value, low, high):
    v = only(text)
    assert (v.value, v.low, v.high) == (value, low, high)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Shares fell in the first week of trading.", []),
        ("It was the last week of the season.", []),
        ("Exports rose in the first week of 2019.", ["2019-W01"]),  # a year's weeks are still ISO weeks
    ],
)
def test_week_of_something_else_is_not_a_month_week(text, values):
    assert [v.value for v in dates(text)] == values


# --- a day of the month alone after a preposition, closing its clause --------------------------
# REF is Friday 1 March 2019: the 27th nearest to it is 27 February, the 5th is 5 March.


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("The hearing was set for the 27th.", "2019-02-27", None),
        ("Bids must arrive by the 5th, officials said.", "2019-03-05", None),
        ("The strike lasted until the 21st.", "2019-02-21", "max"),
        ("Prices have climbed since the 3rd; they may keep rising.", "2019-02-03", "min"),  # "since": the past one
        ("No talks are planned before the twelfth.", "2019-03-12", "max"),
    ],
)
def test_a_day_of_the_month_after_a_preposition(text, value, bound):
    v = only(text)
    assert (v.value, v.bound) == (value, bound)


@pytest.mark.parametrize(
    "text",
    [
        "He scored for the 27th time.",
        "They voted for the 27th amendment.",
        "It was the 21st.",  # no preposition: a rank as often as a day
        "The bill passed by the 115th Congress failed.",
        "She came back for the third season.",
    ],
)
def test_an_ordinal_before_a_noun_is_not_a_day(text):
    assert dates(text) == []


# --- stacked units before "ago" count back one after the other --------------------------------------
# REF is 1 March 2019.


@pytest.mark.parametrize(
    ("text", "surface", "value", "precision"),
    [
        ("The plant opened two years and three months ago.", "two years and three months ago", "2016-12", "month"),
        ("She left 1 year, 2 months ago.", "1 year, 2 months ago", "2018-01", "month"),
        ("The fire broke out three weeks and two days ago.", "three weeks and two days ago", "2019-02-06", "day"),
        ("He was hired 4 years, 5 months and 10 days ago.", "4 years, 5 months and 10 days ago", "2014-09-21", "day"),
    ],
)
def test_stacked_units_ago(text, surface, value, precision):
    v = only(text)
    assert (v.text, v.value, v.precision) == (surface, value, precision)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two separate dates, not one stack
        ("Prices fell two years ago and rose three months ago.", ["2017", "2018-12"]),
        # the stretch, then the day: "the past 6 months" and "4 days ago"
        ("Over the past 6 months and 4 days ago the firm grew.", ["2018-09-01/2019-02-28", "2019-02-25"]),
    ],
)
def test_units_not_stacked_before_ago(text, values):
    assert [v.value for v in dates(text)] == values


# --- "Q3 this year", "H1 next year": a quarter or half of a year counted from the reference ---------


@pytest.mark.parametrize(
    ("text", "surface", "value", "low", "high"),
    [
        ("Margins widened in Q3 this year.", "Q3 this year", "2019-35", "2019-07-01", "2019-10-01"),
        ("Orders slumped in Q4 of last year.", "Q4 of last year", "2018-36", "2018-10-01", "2019-01-01"),
        ("A recovery is forecast for H2 next year.", "H2 next year", "2020-41", "2020-07-01", "2021-01-01"),
        ("Exports rose in q1 this year.", "q1 this year", "2019-33", "2019-01-01", "2019-04-01"),
    ],
)
def test_quarter_of_a_relative_year(text, surface, value, low, high):
    v = only(text)
    assert (v.text, v.value, v.low, v.high) == (surface, value, low, high)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The Lakers led by ten in Q3.", []),  # a game's quarter
        ("Profits rose in Q3.", []),  # which year's, and calendar or fiscal, is not said
        ("Profits rose in the third quarter.", []),
        ("It plans an H3 next year.", ["2020"]),  # no third half: only "next year"
        ("Profits rose in Q3 2018.", ["2018-35"]),
    ],
)
def test_quarter_without_its_year_is_not_read(text, values):
    assert [v.value for v in dates(text)] == values


# --- the week named before its days; "the rest of the current week"; "the noughties" ---------------
# REF is Friday 1 March 2019: this week runs 25 Feb-3 Mar, next week 4-10 March.


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Hearings resume next week, from Tuesday to Thursday.", "next week, from Tuesday to Thursday", "2019-03-05", "2019-03-08"),
        ("Talks ran this week between Mon and Wed.", "this week between Mon and Wed", "2019-02-25", "2019-02-28"),
        ("Markets were shut last week Monday to Wednesday.", "last week Monday to Wednesday", "2019-02-18", "2019-02-21"),
        ("The road stays shut for the rest of the current week.", "the rest of the current week", "2019-03-01", "2019-03-04"),
        ("Fashion of the noughties is back.", "the noughties", "2000-01-01", "2010-01-01"),
    ],
)
def test_week_before_its_days_and_other_periods(text, surface, low, high):
    v = only(text)
    assert (v.text, v.low, v.high) == (surface, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Next week, Friday to Monday, the fair runs.",  # days backwards: not a range of next week
        "Hearings resume next week and Tuesday to Thursday.",  # "and": the days are not said to be next week's
    ],
)
def test_week_before_days_near_misses(text):
    assert not any(v.precision == "range" and v.low >= "2019-03-04" for v in dates(text))


@pytest.mark.parametrize("text", ["The nineteen noughties", "It sold noughties pop."])  # no "the": as "nineties"
def test_noughties_near_misses(text):
    assert dates(text) == []


# --- "within N weeks from today" is the stretch "within N weeks" --------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "high"),
    [
        ("A ruling is expected within two weeks from today.", "within two weeks from today", "2019-03-15"),
        ("Aid should arrive within 10 days from now.", "within 10 days from now", "2019-03-11"),
    ],
)
def test_within_n_units_from_today(text, surface, high):
    v = only(text)
    assert (v.text, v.low, v.high) == (surface, "2019-03-01", high)


def test_within_n_units_from_an_event_stays_a_duration():
    found = find_dates("A ruling is expected within two weeks from the hearing.", REF)
    assert [(v.kind, v.value) for v in found] == [("duration", "P2W")]
