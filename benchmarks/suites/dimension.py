"""Recognizers-Text English DimensionModel: lengths, weights, areas, volumes, speeds, data sizes."""

from __future__ import annotations

from pathlib import Path

from benchmarks.suites import Case, overlaps, quantulum_values, rt_cases, same_quantity, to_float, unit_symbol
from claimcheck.normalize import units
from claimcheck.records import Value

NAME = "dimension"
KIND = {"quantity"}
PEERS = ("quantulum3",)
FILE = Path("recognizers-text/NumberWithUnit/English/DimensionModel.json")


def load(data_dir: Path) -> list[Case]:
    """Every case of DimensionModel.json."""
    return rt_cases(data_dir / FILE)


def _is_dimension(v: Value) -> bool:
    # Temperatures have their own Recognizers-Text model; the dimension suite does not cover them.
    if v.kind != "quantity":
        return False
    try:
        return units.dimension(v.unit) != "temperature"
    except KeyError:
        return True


def passes(case: Case, values: list[Value]) -> bool:
    """Each expected measure is found with an equal value in base units."""
    if not case.expected:
        return not any(_is_dimension(v) for v in values)
    for e in case.expected:
        want = to_float(e["value"])
        sym = unit_symbol(e["unit"] or "")
        if want is None or sym is None:
            return False
        if not any(overlaps(e["start"], e["end"], v) and same_quantity(want, sym, v) for v in values):
            return False
    return True


def peer_values(peer: str, case: Case) -> list[Value] | None:
    """quantulum3 reads quantities too."""
    if peer == "quantulum3":
        return quantulum_values(case.input)
    return None
