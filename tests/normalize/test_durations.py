"""Tests for claimcheck.normalize.durations: lengths of time as ISO 8601 durations."""

from __future__ import annotations

import pytest

from claimcheck.normalize.durations import find_durations


@pytest.mark.parametrize(
    ("text", "surface", "value", "approx", "bound"),
    [
        ("exchanges halted for the next eight years.", "for the next eight years", "P8Y", False, None),
        ("a war that lasted nearly two decades", "nearly two decades", "P20Y", True, None),
        ("it took three months to agree", "three months", "P3M", False, None),
        ("the first visit in over 50 years", "over 50 years", "P50Y", False, "min"),
        ("talks went on for more than 6 weeks", "more than 6 weeks", "P6W", False, "min"),
        ("held for less than two days", "less than two days", "P2D", False, "max"),
        ("occupied Cambodia for a decade while", "a decade", "P10Y", False, None),
        ("a 10-year plan was signed", "10-year", "P10Y", False, None),
        ("they talked for 5 hours", "5 hours", "PT5H", False, None),
        ("it lasted about a fortnight", "about a fortnight", "P2W", True, None),
        ("it lasted 2.5 years", "2.5 years", "P2.5Y", False, None),
        ("spanning seven decades of ties", "seven decades", "P70Y", False, None),
        ("the past twenty-five years", "the past twenty-five years", "P25Y", False, None),
    ],
)
def test_durations(text, surface, value, approx, bound):
    found = find_durations(text)
    assert len(found) == 1, [(d.text, d.value) for d in found]
    d = found[0]
    assert (d.text, d.value, d.approx, d.bound) == (surface, value, approx, bound)
    assert text[d.start : d.end] == surface
    assert d.kind == "duration" and d.low is None and d.high is None


@pytest.mark.parametrize(
    "text",
    [
        "a 35-year-old farmer",
        "the farmer, 35 years old, said",
        "a man aged 35 years",
        "it opened two years ago",
        "twice a year the council meets",
        "once a month",
        "they will meet in two weeks' time",
        "Vietnam could one day help",
        "for years the two sides argued",
        "in the 1990s",
    ],
)
def test_not_durations(text):
    assert find_durations(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The flight took 3 hrs in all.", "3 hrs", "PT3H"),  # abbreviated units
        ("a 5 yr plan", "5 yr", "P5Y"),
        ("the queue moved after 10 mins", "10 mins", "PT10M"),
        ("staff were given six weeks' notice", "six weeks", "P6W"),  # a possessive length of time
        ("after two quarters of growth", "two quarters", "P6M"),  # "of" a non-count noun: still time
    ],
)
def test_abbreviated_and_possessive_durations(text, surface, value):
    assert [(d.text, d.value) for d in find_durations(text)] == [(surface, value)]


@pytest.mark.parametrize(
    "text",
    [
        "three quarters of the vote went to him",  # a fraction of something, not nine months
        "three-quarters of Americans agree",
        "two quarters of voters stayed home",
    ],
)
def test_fractions_named_with_quarters_are_not_durations(text):
    assert find_durations(text) == []


@pytest.mark.parametrize("text", ["the blast came at about 1100 hrs", "patrols left at 0900 hours"])
def test_military_clock_times_are_not_durations(text):
    assert find_durations(text) == []


@pytest.mark.parametrize("text", ["Sat Nov 12 2011, 01:19 hrs", "a .290 average, 203 HR, 676 RBI"])
def test_clock_times_and_home_runs_are_not_hours(text):
    assert find_durations(text) == []
