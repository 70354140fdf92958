import math

import pytest
from hypothesis import given, strategies as st

from claimcheck.records import Claim
from claimcheck.rules import compare


def claim(kind="number", value=None, low=None, high=None, unit=None, approx=False, bound=None, precision=None):
    return Claim(
        id="x", source="s", path="s.txt", line=1, column=1, kind=kind, text=str(value), sentence="",
        value=value, unit=unit, low=low, high=high, approx=approx, bound=bound, precision=precision,
    )


def num(v, **kw):
    lo = kw.pop("low", v)
    hi = kw.pop("high", v)
    return claim(value=v, low=lo, high=hi, **kw)


def date(low, high, precision="year"):
    return claim(kind="date", value=low[:4], low=low, high=high, precision=precision)


@pytest.mark.parametrize(
    "a,b,expected",
    [
        (num(20000), num(200000), compare.CONFLICT),
        (num(20000), num(20000), compare.AGREE),
        (num(5e6, high=None, bound="min"), num(5e6), compare.AGREE),  # "over $5 million" vs "$5 million"
        (num(5e6, high=None, bound="min"), num(4e6), compare.CONFLICT),
        (num(5e6, low=None, bound="max"), num(4e6), compare.AGREE),  # "under $5 million" vs "$4 million"
        (num(5000, approx=True), num(5400), compare.AGREE),  # "about 5,000" holds 5,400 at 10%
        (num(5000, approx=True), num(6000), compare.CONFLICT),
        (num(20, low=20, high=30), num(25), compare.AGREE),  # "between 20 and 30"
        (num(20, low=20, high=30), num(31), compare.CONFLICT),
    ],
)
def test_numeric_relation(a, b, expected):
    assert compare.numeric_relation(a, b) == expected
    assert compare.numeric_relation(b, a) == expected


def test_money_in_different_currencies_is_not_compared():
    a = claim(kind="money", value=5, low=5, high=5, unit="USD")
    b = claim(kind="money", value=9, low=9, high=9, unit="EUR")
    assert compare.numeric_relation(a, b) is None


@pytest.mark.parametrize(
    "a,b,expected",
    [
        (date("1996-01-01", "1997-01-01"), date("1996-01-01", "1997-01-01"), compare.AGREE),
        (date("1996-01-01", "1997-01-01"), date("1998-01-01", "1999-01-01"), compare.CONFLICT),
        # "2004" and "March 2004": the same value at another granularity
        (date("2004-01-01", "2005-01-01"), date("2004-03-01", "2004-04-01", "month"), compare.AGREE),
        # "1996" against "1994-1998": a point inside a range
        (date("1996-01-01", "1997-01-01"), date("1994-01-01", "1999-01-01", "range"), compare.LESS_PRECISE),
        # "1954-75" against "1955 to 1975"
        (date("1954-01-01", "1976-01-01", "range"), date("1955-01-01", "1976-01-01", "range"), compare.RANGE_DIFFERS),
        # "the 1970s" and "1975"
        (date("1970-01-01", "1980-01-01", "decade"), date("1975-01-01", "1976-01-01"), compare.AGREE),
        # disjoint ranges
        (date("1950-01-01", "1955-01-01", "range"), date("1960-01-01", "1965-01-01", "range"), compare.CONFLICT),
    ],
)
def test_date_relation(a, b, expected):
    assert compare.date_relation(a, b) == expected
    assert compare.date_relation(b, a) == expected


@pytest.mark.parametrize(
    "x,y,needle",
    [
        (20000, 200000, "factor of 10"),
        (3, 300, "factor of 100"),
        (1243, 1234, "swapped"),
        (100, 104, "rounding"),
    ],
)
def test_diagnose(x, y, needle):
    assert needle in compare.diagnose(num(x), num(y))


def test_diagnose_gives_nothing_for_unrelated_figures():
    assert compare.diagnose(num(17), num(52)) is None


def test_digit_slips_find_the_year_one_digit_away():
    assert compare.digit_slips(1770, (1950, 2020)) == [1970]
    assert compare.digit_slips(1492, (1950, 2020)) == [1992]
    assert compare.digit_slips(1234, (1950, 2020)) == []


@given(st.floats(min_value=1, max_value=1e12, allow_nan=False), st.integers(min_value=1, max_value=6))
def test_diagnose_finds_every_power_of_ten(x, k):
    assert f"factor of {10**k:,}" in compare.diagnose(num(x), num(x * 10**k))


@given(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
)
def test_numeric_relation_is_symmetric_and_matches_interval_overlap(lo, width, v):
    a = num(lo, low=lo, high=lo + width)
    b = num(v)
    expected = compare.AGREE if lo <= v <= lo + width else compare.CONFLICT
    assert compare.numeric_relation(a, b) == expected == compare.numeric_relation(b, a)
    assert not math.isnan(compare.numeric_interval(a).low)
