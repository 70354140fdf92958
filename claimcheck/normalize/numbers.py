"""Numbers, ordinals and ranks, percentages, money and quantities (stub: see issue 3)."""

from __future__ import annotations

from claimcheck.records import Value


def find_numeric(text: str) -> list[Value]:
    """Every numeric value in ``text`` (kinds number, ordinal, percent, money, quantity)."""
    return []
