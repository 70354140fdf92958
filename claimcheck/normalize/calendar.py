"""Calendar arithmetic on half-open date intervals ``[low, high)``.

Every period a text can name (a day, a month, a quarter, a season, a decade, part of any
of these) is turned into the first day it covers and the first day after it.
"""

from __future__ import annotations

import calendar as _stdcal
import datetime as dt

Span = tuple[dt.date, dt.date]

MIN_YEAR = 1
MAX_YEAR = 9998


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = _stdcal.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years (29 February becomes 28 February when needed)."""
    return add_months(day, 12 * years)


def day_span(day: dt.date) -> Span:
    """The one-day interval of ``day``."""
    return day, day + dt.timedelta(days=1)


def month_span(year: int, month: int) -> Span:
    """The interval of one calendar month."""
    start = dt.date(year, month, 1)
    return start, add_months(start, 1)


def year_span(year: int, years: int = 1) -> Span:
    """The interval of ``years`` calendar years starting with ``year``."""
    return dt.date(year, 1, 1), dt.date(year + years, 1, 1)


def quarter_span(year: int, quarter: int) -> Span:
    """The interval of calendar quarter 1-4 of ``year``."""
    start = dt.date(year, 3 * (quarter - 1) + 1, 1)
    return start, add_months(start, 3)


def half_span(year: int, half: int) -> Span:
    """The interval of half 1 or 2 of ``year``."""
    start = dt.date(year, 6 * (half - 1) + 1, 1)
    return start, add_months(start, 6)


def season_span(year: int, first_month: int, months: int) -> Span:
    """A season starting in ``first_month`` of ``year`` and lasting ``months`` months."""
    start = dt.date(year, first_month, 1)
    return start, add_months(start, months)


def week_span(day: dt.date) -> Span:
    """The Monday-to-Sunday week containing ``day``."""
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=7)


def decade_span(first_year: int) -> Span:
    """The ten years starting with ``first_year`` (1880 for "the 1880s")."""
    return year_span(first_year, 10)


def century_span(number: int) -> Span:
    """The years of the ``number``-th century as commonly written: the 19th is 1800-1899."""
    first = max(MIN_YEAR, (number - 1) * 100)  # there is no year 0
    return year_span(first, number * 100 - first)


def part_of(span: Span, low_frac: float, high_frac: float) -> Span:
    """A fraction of ``span`` (0 = start, 1 = end), rounded to the unit the span is made of.

    A span of whole years is cut at whole years, of whole months at months, else at days, so
    the early 1990s is 1990-1993 and early 1979 is January to April.
    """
    low, high = span
    if low.month == 1 and low.day == 1 and high.month == 1 and high.day == 1 and high.year - low.year > 1:
        years = high.year - low.year
        return (
            dt.date(low.year + round(years * low_frac), 1, 1),
            dt.date(low.year + round(years * high_frac), 1, 1),
        )
    if low.day == 1 and high.day == 1:
        months = (high.year - low.year) * 12 + high.month - low.month
        if months > 1:
            return add_months(low, round(months * low_frac)), add_months(low, round(months * high_frac))
    days = (high - low).days
    if 28 <= days <= 31:
        # a month is cut at fixed days (1-10, 11-20, 21-end) whatever its length
        cut = [min(round(30 * f), days) for f in (low_frac, high_frac)]
        cut = [days if f >= 1 else c for f, c in zip((low_frac, high_frac), cut)]
        return low + dt.timedelta(days=cut[0]), low + dt.timedelta(days=cut[1])
    return low + dt.timedelta(days=round(days * low_frac)), low + dt.timedelta(days=round(days * high_frac))


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether the date exists."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return False
    return 1 <= day <= _stdcal.monthrange(year, month)[1]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_span(year, month)[1] - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own letter
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
