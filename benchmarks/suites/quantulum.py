"""quantulum3's own English test cases (quantities.json): quantities, money, plain numbers, durations."""

from __future__ import annotations

from pathlib import Path

from benchmarks.suites import (
    Case, currency_targets, duration_amount, held_out, map_quantulum_unit, num_eq, overlaps,
    quantulum_values, read_json, same_quantity, unit_symbol, value_matches,
)
from claimcheck.records import Value

NAME = "quantulum"
# Ordinals are left out: quantulum3 does not annotate them ("21st-century" expects nothing).
KIND = {"number", "percent", "money", "quantity", "duration"}
PEERS = ("quantulum3",)
FILE = Path("quantulum3/quantities.json")


def load(data_dir: Path) -> list[Case]:
    """Every case of quantities.json; surfaces are located left to right as its README says."""
    cases = []
    for c in read_json(data_dir / FILE):
        text = c["req"]
        pos = 0
        expected = []
        for q in c["res"]:
            start = text.find(q["surface"], pos)
            if start < 0:
                start = text.find(q["surface"])
            end = start + len(q["surface"])
            pos = end
            expected.append({"start": start, "end": end, "value": q["value"], "unit": q["unit"],
                             "entity": q.get("entity", ""), "uncertainty": q.get("uncertainty")})
        cases.append(Case(text, expected, None, held_out(text), False))
    return cases


def _match(e: dict, v: Value) -> bool:
    if not overlaps(e["start"], e["end"], v):
        return False
    kind, unit, factor, rate = map_quantulum_unit(e["unit"], e.get("entity", ""))
    want, unc = float(e["value"]), e.get("uncertainty")
    if kind == "duration":
        return v.kind == "duration" and num_eq(duration_amount(v.value, unit), want)
    if kind == "money":
        targets = currency_targets(e["unit"].split(" per ")[0]) or ((unit, factor),)
        return (v.kind == "money" and any(v.unit == c and value_matches(want, v, uncertainty=unc, factor=f) for c, f in targets)
                and (rate is None or v.rate == rate))
    if kind == "quantity":
        if unit is None:
            return False
        if same_quantity(want, unit, v, unc) and (rate is None or v.rate == rate):
            return True
        # "kilometre per hour" is one unit (km/h) as much as km with a rate of hour: either reading
        # of the same quantity counts.
        whole = unit_symbol(e["unit"]) if rate else None
        return whole is not None and v.rate is None and same_quantity(want, whole, v, unc)
    if kind == "percent":
        return v.kind == "percent" and value_matches(want, v, uncertainty=unc)
    # A plain number: a year read as a date still carries the number ("1979").
    if v.kind == "date" and isinstance(v.value, str) and v.value.isdigit():
        return num_eq(float(v.value), want * factor)
    return v.kind in ("number", "ordinal") and value_matches(want, v, uncertainty=unc, factor=factor) and (rate is None or v.rate == rate)


def passes(case: Case, values: list[Value]) -> bool:
    """Each expected quantity is found with the same value in base units."""
    if not case.expected:
        return not any(v.kind in KIND for v in values)
    return all(any(_match(e, v) for v in values) for e in case.expected)


def peer_values(peer: str, case: Case) -> list[Value] | None:
    """quantulum3 on its own test data."""
    if peer == "quantulum3":
        return quantulum_values(case.input)
    return None
