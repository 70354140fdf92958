"""Recognizers-Text English CurrencyModel: money amounts with ISO currencies."""

from __future__ import annotations

from pathlib import Path

from benchmarks.suites import Case, currency_targets, overlaps, quantulum_values, rt_cases, to_float, value_matches
from claimcheck.records import Value

NAME = "currency"
KIND = {"money"}
PEERS = ("quantulum3",)
FILE = Path("recognizers-text/NumberWithUnit/English/CurrencyModel.json")


def load(data_dir: Path) -> list[Case]:
    """Every case of CurrencyModel.json."""
    return rt_cases(data_dir / FILE)


def passes(case: Case, values: list[Value]) -> bool:
    """Each expected amount is found with its currency (a bare currency word has no value and cannot be)."""
    if not case.expected:
        return not any(v.kind in KIND for v in values)
    for e in case.expected:
        want = to_float(e["value"])
        targets = currency_targets(e["unit"], e["iso"])
        if want is None or not targets:
            return False
        if not any(
            v.kind == "money" and overlaps(e["start"], e["end"], v)
            and any(v.unit == code and value_matches(want, v, factor=f) for code, f in targets)
            for v in values
        ):
            return False
    return True


def peer_values(peer: str, case: Case) -> list[Value] | None:
    """quantulum3 reads currencies too."""
    if peer == "quantulum3":
        return quantulum_values(case.input)
    return None
