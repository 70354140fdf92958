"""Dates, date ranges, decades, relative dates and durations (stub: see issue 3)."""

from __future__ import annotations

import datetime as dt

from claimcheck.records import Value


def find_dates(text: str, reference: dt.date | None = None) -> list[Value]:
    """Every date, date range and duration in ``text`` (kinds ``date`` and ``duration``)."""
    return []
