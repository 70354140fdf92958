"""Compare two claims' values as intervals, and diagnose a numeric disagreement."""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimcheck.records import Claim

AGREE = "agree"
LESS_PRECISE = "less-precise"  # a point inside the other's range
RANGE_DIFFERS = "range-differs"  # two explicit ranges that overlap but do not match
CONFLICT = "conflict"  # disjoint

VAGUE_PRECISIONS = {"decade", "century", "season", "quarter", "half", "part"}


@dataclass(frozen=True)
class Interval:
    low: float
    high: float  # inclusive for numbers; for dates an exclusive ordinal day is converted to inclusive


def numeric_interval(c: Claim, tolerance: float = 0.1) -> Interval | None:
    """The closed interval a numeric claim allows, widened by ``tolerance`` when approximate."""
    base = _to_base(c)
    if base is None:
        return None
    low, high, factor = base
    if c.bound == "min" and high is None:
        high = math.inf
    if c.bound == "max" and low is None:
        low = -math.inf
    if low is None or high is None:
        if c.value is None:
            return None
        low = high = float(c.value) * factor
    if c.approx:
        span = max(abs(low), abs(high)) * tolerance
        low, high = low - span, high + span
    return Interval(low, high)


def _to_base(c: Claim) -> tuple[float | None, float | None, float] | None:
    if c.kind == "quantity":
        try:
            from claimcheck.normalize.units import to_base

            factor, _ = to_base(1.0, c.unit)
        except (ImportError, KeyError, ValueError, TypeError):
            factor = 1.0
    else:
        factor = 1.0
    try:
        low = float(c.low) * factor if c.low is not None else None
        high = float(c.high) * factor if c.high is not None else None
    except (TypeError, ValueError):
        return None
    return low, high, factor


def numeric_relation(a: Claim, b: Claim, tolerance: float = 0.1) -> str | None:
    """AGREE or CONFLICT for two numeric claims in one unit system (None: not comparable)."""
    if a.kind != b.kind or (a.kind == "money" and a.unit != b.unit):
        return None
    ia, ib = numeric_interval(a, tolerance), numeric_interval(b, tolerance)
    if ia is None or ib is None:
        return None
    if ia.low <= ib.high and ib.low <= ia.high:
        return AGREE
    return CONFLICT


def date_relation(a: Claim, b: Claim) -> str | None:
    """How two dates relate: agree, less-precise, range-differs or conflict."""
    if not (a.low and a.high and b.low and b.high):
        return None
    if a.high <= b.low or b.high <= a.low:
        return CONFLICT
    if a.low == b.low and a.high == b.high:
        return AGREE
    a_in_b = b.low <= a.low and a.high <= b.high
    b_in_a = a.low <= b.low and b.high <= a.high
    a_range, b_range = a.precision == "range", b.precision == "range"
    if a_range and b_range:
        return RANGE_DIFFERS
    if a_in_b or b_in_a:
        inner, outer = (a, b) if a_in_b else (b, a)
        if outer.precision == "range":
            return LESS_PRECISE
        # "2004" and "March 2004", "the 1970s" and "1975": the same value at another granularity.
        return AGREE
    return RANGE_DIFFERS if (a_range or b_range) else CONFLICT


def diagnose(a: Claim, b: Claim) -> str | None:
    """A likely cause of a numeric disagreement: a power of ten, swapped digits, rounding."""
    try:
        x, y = float(a.value), float(b.value)
    except (TypeError, ValueError):
        return None
    if x <= 0 or y <= 0:
        return None
    big, small = max(x, y), min(x, y)
    ratio = big / small
    k = round(math.log10(ratio))
    if k >= 1 and abs(ratio / 10**k - 1) < 0.01:
        return f"off by a factor of {10**k:,} (a digit or zero dropped or added?)"
    sx, sy = _digits(x), _digits(y)
    if len(sx) == len(sy) and sx != sy and sorted(sx) == sorted(sy):
        diffs = [i for i in range(len(sx)) if sx[i] != sy[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            return "two adjacent digits swapped"
    if ratio < 1.1:
        return f"close ({(ratio - 1) * 100:.1f}% apart): rounding or a different count?"
    return None


def _digits(x: float) -> str:
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return s.replace(".", "")


def digit_slips(year: int, frame: tuple[int, int]) -> list[int]:
    """Years within ``frame`` that differ from ``year`` in exactly one digit ("1780" -> "1980")."""
    s = f"{year:04d}"
    out = []
    for i in range(4):
        for d in "0123456789":
            if d == s[i]:
                continue
            cand = int(s[:i] + d + s[i + 1 :])
            if frame[0] <= cand <= frame[1]:
                out.append(cand)
    return sorted(set(out))
