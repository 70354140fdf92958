"""Units of measure: recognise a unit written after a number and convert values to SI base units.

Canonical symbols (``km``, ``t``, ``mi``, ``°C``, ``km2``, ``MB``...) are the ``unit`` of
quantity values: the unit as written, in one spelling. ``to_base`` converts to the
dimension's base unit so that rules can compare "20,000 tons" with "18,000 t" or "5 mi"
with "8 km".

Scheme: a bare "ton"/"tons" is the metric tonne ``t`` (how most news outside the US uses
it); "short ton" (``short_ton``) and "long ton" (``long_ton``) are their own units. Bytes
use decimal prefixes (``MB`` = 10^6 B); ``KiB``/``MiB``/``GiB`` are binary; lower-case
"mb" is megabit. Temperatures convert with an offset (``°C``, ``°F`` to ``K``). Time units
are left out: durations belong to the date recogniser.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "units.json"
_SHORT_POWERS = (("square ", "sq"), ("cubic ", "cu"))


class _Unit:
    __slots__ = ("symbol", "dimension", "factor", "offset")

    def __init__(self, symbol: str, dimension: str, factor: float, offset: float = 0.0) -> None:
        self.symbol = symbol
        self.dimension = dimension
        self.factor = factor
        self.offset = offset


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, _Unit], dict[str, str], dict[str, str], dict[str, str]]:
    """(units by symbol, case-sensitive symbol aliases, lower-cased name aliases, bases)."""
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    prefixes = data["prefixes"]
    units: dict[str, _Unit] = {}
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}

    def add(sym: str, dim: str, factor: float, offset: float, syms: list[str], nms: list[str], plurals: list[str]) -> None:
        units.setdefault(sym, _Unit(sym, dim, factor, offset))
        for s in [sym, *syms]:
            symbols.setdefault(s, sym)
        for nm in nms:
            nm = nm.lower()
            names.setdefault(nm, sym)
            for full, short in _SHORT_POWERS:
                if nm.startswith(full):
                    # "square metre" is also written "sq metre", "sq. metre"; "cubic foot" "cu ft"
                    rest = nm[len(full):]
                    for variant in (short + " " + rest, short + ". " + rest):
                        names.setdefault(variant, sym)
                        if not variant.endswith("s") and variant not in plurals:
                            names.setdefault(variant + "s", sym)
            if nm not in plurals and not nm.endswith("s"):
                names.setdefault(nm + ("es" if nm.endswith(("ch", "sh")) else "s"), sym)
        for p in plurals:
            names.setdefault(p.lower(), sym)

    for u in data["units"]:
        sym, dim, factor = u["symbol"], u["dimension"], float(u["factor"])
        offset = float(u.get("offset", 0.0))
        add(sym, dim, factor, offset, u.get("symbols", []), u.get("names", []), u.get("plurals", []))
        for p in u.get("prefixes", []):
            pname, pfactor = prefixes[p]
            canonical = ("µ" if p in ("μ", "u") else p) + sym
            add(canonical, dim, factor * pfactor, 0.0, [p + sym], [pname + n for n in u.get("names", [])[:2]], [])
        for alias, target in u.get("extra_symbols", {}).items():
            symbols.setdefault(alias, target)
        for alias, target in u.get("extra_names", {}).items():
            names.setdefault(alias.lower(), target)
    return units, symbols, names, data["bases"]


@lru_cache(maxsize=1)
def _rates() -> dict[str, tuple[str, str]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return {u["symbol"]: tuple(u["rate_of"]) for u in data["units"] if "rate_of" in u}


def split_rate(unit: str) -> tuple[str, str] | None:
    """(unit, rate) for a symbol that also holds a rate ("tpd" -> ("t", "day")), else None."""
    return _rates().get(unit)


def dimension(unit: str) -> str:
    """The dimension of a canonical unit symbol ("km" -> "length"); KeyError if unknown."""
    return _tables()[0][unit].dimension


def to_base(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` converted to the SI base unit of its dimension: (value, base symbol)."""
    units, _, _, bases = _tables()
    u = units[unit]
    return value * u.factor + u.offset, bases.get(u.dimension, u.dimension)


def known_units() -> list[str]:
    """Every canonical unit symbol, sorted."""
    return sorted(_tables()[0])


def lookup(surface: str) -> str | None:
    """Canonical symbol for a unit as written ("kilometres" -> "km", "MB" -> "MB"), or None."""
    _, symbols, names, _ = _tables()
    if surface in symbols:
        return symbols[surface]
    return names.get(surface.lower())


def is_symbol(surface: str) -> bool:
    """True when ``surface`` is a case-sensitive unit symbol (not a spelled-out name)."""
    return surface in _tables()[1]
