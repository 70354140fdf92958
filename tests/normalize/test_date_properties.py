"""Property tests for the date recogniser and the calendar arithmetic under it."""

from __future__ import annotations

import calendar as stdcal
import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.normalize import calendar as cal
from claimcheck.normalize.dates import find_dates

MONTHS = [stdcal.month_name[i] for i in range(1, 13)]
# news agency style: five months are never abbreviated, September is "Sept."
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ISO_VALUE = re.compile(
    r"(?:\d{4}|X{4})(?:-(?:\d{2}|XX|W\d{2}))?(?:-\d{2})?"  # day, month, season/quarter/half code, week
    r"|\d{3}X|\d{2}XX"  # decade, century
)
DURATION = re.compile(r"P(?:\d+(?:\.\d+)?[YMWD]|T\d+(?:\.\d+)?[HM])")

# text made of the pieces dates are built from, so the search reaches the recogniser's branches
PIECES = st.sampled_from(
    ["in", "since", "from", "to", "between", "and", "the", "early", "mid-", "late", "last", "next", "on", "of", "-", "–",
     "/", ",", ".", "$", "'", "s", "th", "1990", "1996", "2019", "75", "13", "27", "3", "May", "march", "Sept.", "Oct",
     "Tuesday", "year", "years", "ago", "century", "19th", "Q3", "summer", "nearly", "two", "decades", "tons", "%",
     "(", ")", "1,996", "2000", "people", "week", "of", "first", "half", "today", " ", "\n",
     "within", "weekend", "Labor Day", "Thanksgiving", "hrs", "quarters", "starting", "upcoming", "end", "rest",
     "2100", "couple", "was", "will", "than", "more", "tomorrow", "month", "31", "for"]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map(" ".join), st.lists(PIECES, max_size=40).map("".join))
REFS = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


@settings(max_examples=200, deadline=2000)
@given(TEXTS, REFS)
def test_find_dates_never_raises_and_values_are_well_formed(text, reference):
    found = find_dates(text, reference)
    previous_end = 0
    for v in found:
        assert 0 <= v.start < v.end <= len(text)
        assert text[v.start : v.end] == v.text
        assert v.start >= previous_end  # sorted, no overlaps
        previous_end = v.end
        if v.kind == "date":
            for part in str(v.value).split("/"):
                assert ISO_VALUE.fullmatch(part), v
            if v.low and v.high:
                assert v.low < v.high
            if v.low is None and v.high is None:
                assert "X" in v.value or v.bound, v
            if reference is None:
                assert not v.relative
        else:
            assert v.kind == "duration" and DURATION.fullmatch(v.value), v


@settings(max_examples=20, deadline=2000)
@given(st.text(alphabet="0123456789-/.,: aA", min_size=1000, max_size=3000))
def test_find_dates_is_fast_on_long_digit_runs(text):
    find_dates(text, dt.date(2020, 1, 1))


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(["long", "day-first", "iso", "abbr"]))
def test_written_days_read_back(day, style):
    written = {
        "long": f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        "day-first": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        "iso": day.isoformat(),
        "abbr": f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}",
    }[style]
    found = [v for v in find_dates(f"It happened on {written}.") if v.kind == "date"]
    assert [(v.value, v.low, v.high) for v in found] == [
        (day.isoformat(), day.isoformat(), (day + dt.timedelta(days=1)).isoformat())
    ]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=2099))
def test_years_after_in_read_back(year):
    found = find_dates(f"It happened in {year}.")
    assert [(v.value, v.low, v.high) for v in found] == [(str(year), f"{year}-01-01", f"{year + 1}-01-01")]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=100, max_value=209))
def test_decades_read_back(tens):
    first = tens * 10
    found = find_dates(f"It happened in the {first}s.")
    if first % 100 == 0 and first < 2000:  # "the 1800s" is the century
        assert [v.value for v in found] == [f"{first // 100}XX"]
    else:
        assert [(v.value, v.low, v.high) for v in found] == [(f"{tens}X", f"{first}-01-01", f"{first + 10}-01-01")]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=2098), st.integers(min_value=1, max_value=60))
def test_year_ranges_read_back(start, length):
    end = min(start + length, 2099)
    found = find_dates(f"The war lasted from {start} to {end}.")
    assert [(v.value, v.low, v.high) for v in found] == [(f"{start}/{end}", f"{start}-01-01", f"{end + 1}-01-01")]


@given(st.dates(min_value=dt.date(100, 1, 1), max_value=dt.date(9000, 1, 1)), st.integers(min_value=-240, max_value=240))
def test_add_months_keeps_day_where_it_exists(day, months):
    moved = cal.add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == min(day.day, stdcal.monthrange(moved.year, moved.month)[1])


@given(st.integers(min_value=1, max_value=9000), st.integers(min_value=1, max_value=12))
def test_month_span_is_the_whole_month(year, month):
    low, high = cal.month_span(year, month)
    assert low.day == 1 and high.day == 1
    assert (high - low).days == stdcal.monthrange(year, month)[1]


@given(st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9000, 1, 1)))
def test_week_span_is_monday_to_sunday(day):
    low, high = cal.week_span(day)
    assert low.weekday() == 0 and (high - low).days == 7 and low <= day < high


@given(st.integers(min_value=1, max_value=8000), st.sampled_from([1, 10, 100]))
def test_parts_cover_the_period(first, years):
    span = cal.year_span(first, years)
    early = cal.part_of(span, 0, 0.3333)
    mid = cal.part_of(span, 0.3333, 0.6667)
    late = cal.part_of(span, 0.6667, 1)
    assert early[0] == span[0] and late[1] == span[1]
    assert early[1] == mid[0] and mid[1] == late[0]
    assert early[0] < early[1] < late[1]


@given(st.integers(min_value=1583, max_value=4099))
def test_easter_is_a_sunday_in_its_window(year):
    day = cal.easter(year)
    assert day.weekday() == 6
    assert dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@given(st.integers(min_value=1, max_value=9000), st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=6),
       st.sampled_from([1, 2, 3, 4, -1]))
def test_nth_weekday_is_that_weekday_of_that_month(year, month, weekday, n):
    day = cal.nth_weekday(year, month, weekday, n)
    assert (day.year, day.month, day.weekday()) == (year, month, weekday)
    if n > 0:
        assert (day.day - 1) // 7 + 1 == n
    else:
        assert day.day + 7 > stdcal.monthrange(year, month)[1]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=2099), st.integers(min_value=1, max_value=53))
def test_iso_week_numbers_read_back(year, week):
    found = [v for v in find_dates(f"Output fell in week {week} of {year}.") if v.value and "W" in v.value]
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:  # a year with 52 weeks has no week 53
        assert found == []
        return
    assert [(v.value, v.low, v.high) for v in found] == [
        (f"{year}-W{week:02d}", monday.isoformat(), (monday + dt.timedelta(days=7)).isoformat())
    ]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(min_value=1, max_value=90))
def test_next_n_days_start_the_day_after_the_reference(reference, n):
    found = find_dates(f"A decision is due in the next {n} days.", reference)
    first = reference + dt.timedelta(days=1)
    assert [(v.kind, v.low, v.high) for v in found] == [("date", first.isoformat(), (first + dt.timedelta(days=n)).isoformat())]
    assert [v.kind for v in find_dates(f"A decision is due in the next {n} days.")] == ["duration"]  # no reference: no date
