"""Recognizers-Text English NumberModel: numbers in digits and words, fractions, scales."""

from __future__ import annotations

from pathlib import Path

from benchmarks.suites import (
    DURATION_FIELDS, NUMERIC_KINDS, Case, duration_amount, num_eq, overlaps, quantulum_values, rt_cases, to_float,
    value_matches,
)
from claimcheck.records import Value

NAME = "number"
KIND = {"number", "ordinal", "percent"}
PEERS = ("quantulum3",)
FILE = Path("recognizers-text/Number/English/NumberModel.json")


def load(data_dir: Path) -> list[Case]:
    """Every case of NumberModel.json."""
    return rt_cases(data_dir / FILE)


def passes(case: Case, values: list[Value]) -> bool:
    """Each expected number is found; a number inside money, a quantity or a duration counts.

    "$20" holds 20 and "3 years" (a duration, P3Y) holds 3: the number as written is read
    right, and the suite does not ask what it counts.
    """
    if not case.expected:
        return not any(v.kind in KIND for v in values)
    for e in case.expected:
        want = to_float(e["value"])
        if want is None:
            return False
        if not any((v.kind in NUMERIC_KINDS or v.kind == "duration") and overlaps(e["start"], e["end"], v) and _matches(want, v) for v in values):
            return False
    return True


def _matches(want: float, v: Value) -> bool:
    if v.kind == "duration":
        # One designator only ("P3Y", "PT5H"): a compound duration holds no single number.
        amounts = [a for a in (duration_amount(v.value, u) for u in DURATION_FIELDS) if a is not None]
        return len(amounts) == 1 and num_eq(amounts[0], want)
    if v.kind == "money" and v.unit:
        # The suite reads the number as written: "$20" is 20 and "50 cents" is 50.
        return value_matches(want, v) or value_matches(want, v, factor=0.01)
    return value_matches(want, v)


def peer_values(peer: str, case: Case) -> list[Value] | None:
    """quantulum3 reads numbers too; other peers do not apply."""
    if peer == "quantulum3":
        return quantulum_values(case.input)
    return None
