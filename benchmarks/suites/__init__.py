"""Shared pieces of the normalisation benchmark suites.

Each suite module defines ``NAME``, ``KIND`` (the value kinds the suite is about),
``PEERS``, ``load(data_dir) -> list[Case]``, ``passes(case, values) -> bool`` and
``peer_values(peer, case) -> list[Value] | None``. A case passes when every expected value
is found with an overlapping span and the same value (and unit where the suite names one),
and, for a case expecting nothing, nothing of the suite's kind is extracted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimcheck.normalize import money, units
from claimcheck.records import Value

NUMERIC_KINDS = ("number", "ordinal", "percent", "money", "quantity")
REL_TOL = 1e-6


@dataclass
class Case:
    """One benchmark case. ``expected`` holds suite-specific dicts with ``start``/``end`` (end exclusive)."""

    input: str
    expected: list
    reference: dt.date | None
    held_out: bool
    not_supported: bool
    extra: dict[str, Any] = field(default_factory=dict)


def held_out(text: str) -> bool:
    """The fixed fifth of each suite kept aside from tuning."""
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % 5 == 0


def read_json(path: Path) -> Any:
    """A JSON file that may start with a BOM."""
    return json.loads(path.read_text(encoding="utf-8-sig"))


def overlaps(start: int, end: int, v: Value) -> bool:
    """True when [start, end) and the value's span share a character."""
    return v.start < end and start < v.end


def num_eq(a: Any, b: Any, tol: float = REL_TOL) -> bool:
    """Numbers equal within a relative tolerance (absolute near zero)."""
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) or isinstance(a, bool) or isinstance(b, bool):
        return False
    return math.isclose(float(a), float(b), rel_tol=tol, abs_tol=1e-12)


def value_matches(expected: float, v: Value, *, uncertainty: float | None = None, factor: float = 1.0) -> bool:
    """``v`` carries ``expected`` (times ``factor``): its value or, for a range, an end.

    With an ``uncertainty`` (quantulum's midpoint +- half-width), the range ends must match.
    """
    want = expected * factor
    if uncertainty:
        lo, hi = (expected - uncertainty) * factor, (expected + uncertainty) * factor
        return num_eq(v.low, lo) and num_eq(v.high, hi)
    return any(num_eq(x, want) for x in (v.value, v.low, v.high))


def rt_entities(case: dict) -> list[dict]:
    """Recognizers-Text Model-layout results as dicts with an exclusive ``end``."""
    out = []
    for r in case.get("Results", []):
        res = r.get("Resolution") or {}
        out.append({
            "text": r["Text"],
            "start": r["Start"],
            "end": r["End"] + 1,
            "type": r.get("TypeName") or r.get("Typename"),
            "value": None if res.get("value") in (None, "") else res["value"],
            "unit": res.get("unit"),
            "iso": res.get("isoCurrency"),
        })
    return out


def rt_cases(path: Path) -> list[Case]:
    """Cases of a Recognizers-Text Model file."""
    cases = []
    for c in read_json(path):
        ref = None
        ctx = c.get("Context") or {}
        if ctx.get("ReferenceDateTime"):
            ref = dt.date.fromisoformat(ctx["ReferenceDateTime"][:10])
        cases.append(Case(
            c["Input"], rt_entities(c), ref, held_out(c["Input"]),
            bool(c.get("NotSupported") or c.get("NotSupportedByDesign")),
        ))
    return cases


def to_float(s: Any) -> float | None:
    """A suite's decimal string as a float ("1E-12", "100%") or None."""
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    try:
        return float(str(s).rstrip("%"))
    except ValueError:
        return None


# ---------------------------------------------------------------- unit names

# Currency names of the suites that need more than an ISO lookup: (code, factor) pairs;
# a suite's "Cent" value of 50 is our 0.50 USD.
_CURRENCY_NAMES: dict[str, tuple[tuple[str, float], ...]] = {
    "dollar": (("USD", 1.0),),
    "united states dollar": (("USD", 1.0),),
    "pound": (("GBP", 1.0),),
    "british pound": (("GBP", 1.0),),
    "pound sterling": (("GBP", 1.0),),
    "cent": (("USD", 0.01), ("EUR", 0.01)),
    "pence": (("GBP", 0.01),),
    "penny": (("GBP", 0.01), ("USD", 0.01)),
    "dime": (("USD", 0.1),),
    "franc": tuple((c, 1.0) for c in ("CHF", "FRF", "BEF", "LUF", "XOF", "XAF", "CDF", "RWF", "BIF", "GNF", "DJF", "KMF", "XPF")),
    "rupee": tuple((c, 1.0) for c in ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")),
    "peseta": (("ESP", 1.0),),
    "netherlands guilder": (("NLG", 1.0),),
    "finnish markka": (("FIM", 1.0),),
    "bitcoin": (("XBT", 1.0),),
    "satoshi": (("XBT", 1e-8),),
    "euro": (("EUR", 1.0),),
    "chinese yuan": (("CNY", 1.0),),
}


def currency_targets(name: str | None, iso: str | None = None) -> tuple[tuple[str, float], ...]:
    """Acceptable (ISO code, factor) pairs for a suite's currency name."""
    if iso:
        return ((iso, 1.0),)
    if not name:
        return ()
    low = name.lower()
    if low in _CURRENCY_NAMES:
        return _CURRENCY_NAMES[low]
    code = money.name_code(low)
    return ((code, 1.0),) if code else ()


# Unit names of the suites that our unit vocabulary spells differently.
_UNIT_NAMES = {
    "ton": "t", "metric ton": "t", "tonne": "t", "pound": "lb", "pound-mass": "lb", "degree": "deg",
    "c": "°C", "f": "°F", "watt per minute": "W/min", "kilometre per square second": "km/s2",
    "ton per day": "t/d", "joule per square metre": "J/m2", "square mile": "mi2", "cubic foot": "ft3",
    "mile per hour": "mph", "kilometer per hour": "km/h", "kilometre per hour": "km/h", "watt hour": "Wh",
    "megawatt hour": "MWh", "meter per millisecond": "m/ms", "centimeter per millisecond": "cm/ms",
    "kilometer per millisecond": "km/ms", "megabit": "Mbit", "megabyte": "MB", "cubic centimetre": "cm3",
    "inverse femtobarn": "1/fb", "joule second": "J*s", "inverse second": "1/s", "dram": "dr",
    "kibibyte": "KiB", "teraelectronvolt": "TeV", "electronvolt": "eV",
}


@lru_cache(maxsize=None)
def unit_symbol(name: str) -> str | None:
    """Our canonical unit symbol for a suite's unit name ("Kilometer" -> "km"), or None."""
    low = name.lower()
    if low in _UNIT_NAMES:
        return _UNIT_NAMES[low]
    return units.lookup(name) or units.lookup(low) or units.lookup(re.sub(r"s$", "", low))


def same_quantity(exp_value: float, exp_unit: str, v: Value, uncertainty: float | None = None) -> bool:
    """A quantity value equals the expected one after conversion to base units."""
    if v.kind != "quantity" or v.unit is None:
        return False
    try:
        if units.dimension(v.unit) != units.dimension(exp_unit):
            return False
        k = units.to_base(1.0, exp_unit)[0] - units.to_base(0.0, exp_unit)[0]
        off = units.to_base(0.0, exp_unit)[0]
        kv = units.to_base(1.0, v.unit)[0] - units.to_base(0.0, v.unit)[0]
        offv = units.to_base(0.0, v.unit)[0]
    except KeyError:
        return False

    def base(x: Any, k_: float, o_: float) -> Any:
        return x * k_ + o_ if isinstance(x, (int, float)) else None

    vv = Value(v.kind, v.text, v.start, v.end, base(v.value, kv, offv), None, base(v.low, kv, offv), base(v.high, kv, offv))
    if uncertainty:
        return num_eq(vv.low, (exp_value - uncertainty) * k + off) and num_eq(vv.high, (exp_value + uncertainty) * k + off)
    return any(num_eq(x, exp_value * k + off) for x in (vv.value, vv.low, vv.high))


_DURATION = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MI>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?$"
)
DURATION_FIELDS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "MI", "second": "S"}


def duration_amount(iso: Any, unit: str) -> float | None:
    """The amount of ``unit`` (year, month, week, day, hour...) in an ISO 8601 duration."""
    if not isinstance(iso, str):
        return None
    m = _DURATION.match(iso)
    if not m or unit not in DURATION_FIELDS:
        return None
    g = m.group(DURATION_FIELDS[unit])
    return float(g) if g else None


# ---------------------------------------------------------------- quantulum3 as a peer


@lru_cache(maxsize=1)
def _quantulum():  # noqa: ANN202 - optional dependency
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser
    except ImportError:  # pragma: no cover - bench extra not installed
        return None
    return parser


def quantulum_values(text: str) -> list[Value] | None:
    """quantulum3's reading of ``text`` as our Values (None when quantulum3 is missing)."""
    parser = _quantulum()
    if parser is None:
        return None
    try:
        quants = parser.parse(text)
    except Exception:  # noqa: BLE001 - a peer crash is a miss, not a benchmark failure
        return []
    out = []
    for q in quants:
        kind, unit, factor, rate = map_quantulum_unit(q.unit.name, getattr(q.unit.entity, "name", ""))
        v = q.value * factor
        unc = (q.uncertainty or 0) * factor
        lo, hi = (v - unc, v + unc) if unc else (v, v)
        s, e = q.span
        if kind == "duration":
            field_ = DURATION_FIELDS[unit]
            value = f"PT{q.value:g}{field_[0]}" if field_ in ("H", "MI", "S") else f"P{q.value:g}{field_}"
        else:
            value = v
        out.append(Value(kind, text[s:e], s, e, value, unit, lo, hi, rate=rate))
    return out


def map_quantulum_unit(name: str, entity: str = "") -> tuple[str, str | None, float, str | None]:
    """(kind, our unit, factor, rate) for a quantulum3 unit name."""
    low = name.lower()
    if low == "dimensionless":
        return "number", None, 1.0, None
    if low == "percentage":
        return "percent", None, 1.0, None
    if low in ("dozen",):
        return "number", None, 12.0, None
    if low == "baker's dozen":
        return "number", None, 13.0, None
    if low == "gross":
        return "number", None, 144.0, None
    if low.startswith("count per "):
        return "number", None, 1.0, low.split()[-1]
    if low in DURATION_FIELDS:
        return "duration", low, 1.0, None
    base, _, per = low.rpartition(" per ") if " per " in low else (low, "", "")
    cur = currency_targets(base)
    if cur or entity == "currency":
        code, factor = cur[0] if cur else (None, 1.0)
        return "money", code, factor, (unit_symbol(per) or per.split()[-1]) if per else None
    if per and per.split()[-1] in ("year", "day", "week", "month", "hour"):
        sym = unit_symbol(base)
        if sym:
            return "quantity", sym, 1.0, per.split()[-1]
    return "quantity", unit_symbol(low), 1.0, None
