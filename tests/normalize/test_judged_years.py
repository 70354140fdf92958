"""A bare year as the object of a verb that judges or remembers a time ("regard 1929 as a turning
point"): read by ``numbers.judged_year`` and turned into a year by ``scan``."""

from __future__ import annotations

import pytest

from claimcheck.normalize import scan


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Historians regard 1929 as the turning point", "1929"),
        ("Historians regard 1929 as the turning point.", "1929"),
        ("They see 2008 as the start of the slump", "2008"),
        ("Many remember 1989 as one of the best years", "1989"),
        ("Historians regard 1066 as a watershed", "1066"),
        ("Analysts described 2015 as its worst year", "2015"),
    ],
)
def test_judged_year_is_a_year(text, year):
    dates = [v for v in scan(text) if v.kind == "date"]
    assert [(v.value, v.low, v.high, v.precision) for v in dates] == [(year, f"{year}-01-01", f"{int(year) + 1}-01-01", "year")]
    assert not [v for v in scan(text) if v.kind == "number"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Officials deem 1500 people as eligible", 1500),  # a count keeps its noun
        ("Critics regard 2000 as too many", 2000),  # 'as' does not open a noun phrase
        ("They counted 1996 as of Monday", 1996),
        ("The toll reached 1996 as a result of the floods", 1996),  # not a verb of judgement
        ("They deem 2,000 as a minimum", 2000),  # written with a separator: a count
        ("They deem 5000 as a limit", 5000),  # not a year of news
    ],
)
def test_counts_stay_numbers(text, number):
    assert [v.value for v in scan(text) if v.kind == "number"] == [number]
    assert not [v for v in scan(text) if v.kind == "date"]
