"""Merge the numeric and the date recognisers into one list of values."""

from __future__ import annotations

import datetime as dt

from claimcheck.normalize.dates import find_dates
from claimcheck.normalize.numbers import find_numeric, judged_year
from claimcheck.records import Value

# On a tie in span length, the more specific reading wins ("1996" is a year, not a count).
_PRIORITY = {"date": 0, "duration": 1, "money": 2, "quantity": 3, "percent": 4, "ordinal": 5, "number": 6}


def scan(text: str, reference: dt.date | None = None) -> list[Value]:
    """Every value in ``text``, non-overlapping, in text order.

    ``reference`` is the article's own date; relative dates ("last year") are resolved
    against it and left out when it is ``None``.
    """
    candidates = find_dates(text, reference) + find_numeric(text)
    # Longest span first, then the more specific kind: greedy selection keeps the best
    # reading of each stretch of text.
    candidates.sort(key=lambda v: (-(v.end - v.start), _PRIORITY.get(v.kind, 9), v.start))
    taken: list[Value] = []
    for cand in candidates:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda v: (v.start, v.end))
    # "Historians regard 1929 as the turning point": a year the date recogniser has no context for.
    return [_as_year(v) if judged_year(text, v) else v for v in taken]


def _as_year(v: Value) -> Value:
    y = int(v.text)
    return Value("date", v.text, v.start, v.end, v.text, None, f"{y:04d}-01-01", f"{y + 1:04d}-01-01", precision="year")
