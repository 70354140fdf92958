"""The intermediate record of the date recogniser: a stretch of text read as a date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass
class Atom:
    """A recognised stretch of text before it becomes a Value."""

    start: int
    end: int
    y: int | None = None  # calendar fields of a day or month
    m: int | None = None
    d: int | None = None
    low: dt.date | None = None  # interval for periods that are not plain days/months/years
    high: dt.date | None = None
    value: str = ""
    precision: str = ""
    relative: bool = False
    weak: bool = False  # a bare month name: kept only when the context reads as a date
    priority: int = 0
    bound: str | None = None
    open_low: bool = False
    open_high: bool = False
    part: tuple[float, float] | None = None  # "early", "the end of": a fraction of the period
    part_key: str = ""
    blocker: bool = False  # a relative phrase read without a reference: claims its text, emits nothing

    @property
    def calendar(self) -> bool:
        return self.low is None and (self.m is not None or self.y is not None or self.d is not None)


def span_atom(m: re.Match[str] | tuple[int, int], low: dt.date, high: dt.date, value: str, precision: str, priority: int = 3, relative: bool = False) -> Atom:
    """An atom whose interval is already known (periods, relative dates)."""
    start, end = (m.start(), m.end()) if isinstance(m, re.Match) else m
    return Atom(start, end, low=low, high=high, value=value, precision=precision, priority=priority, relative=relative)
