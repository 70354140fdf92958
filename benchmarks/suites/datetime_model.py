"""Recognizers-Text ``DateTimeModel.json``: the cases whose answers are dates and date ranges.

Every case whose expected results are all of type ``date`` or ``daterange`` is kept, the
ones expecting nothing included, each with its ``Context.ReferenceDateTime`` as reference.
A case passes when every expected value is found by a ``date`` Value with an overlapping
span and the same value, and no ``date`` is found where the case expects nothing:

* a ``date`` matches when it equals our ``value`` or our ``low`` (the start of our interval);
  so does a ``daterange`` given only by a ``value`` (no ``start``/``end``: "around the 21st");
* a ``daterange`` matches when our ``low``/``high`` equal its ``start``/``end`` (``None`` for
  an open end). Recognizers-Text ends an explicit range at the *start* of its last named
  unit ("2014 to 2018" ends 2018-01-01, "November 18-19" ends on the 19th) while claimcheck
  includes that unit (2019-01-01, the 20th). For our ``range`` values an end one day, week,
  month, quarter or year later than the suite's (at that unit's boundary) is therefore accepted;
  ``strict=True`` turns this off, and the report gives both figures.
* an expected value the suite marks "not resolved" ("Feb 30", "this school year") requires
  nothing and forbids nothing.

Alternatives (past and future readings) are alternatives: any one matching is enough.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from claimcheck.normalize.calendar import add_months
from claimcheck.records import Value

try:
    from benchmarks.suites import Case
except ImportError:  # the runner's package is written in parallel; same fields
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Case:  # type: ignore[no-redef]
        input: str
        expected: list
        reference: dt.date | None
        held_out: bool
        not_supported: bool


NAME = "DateTime date+daterange"
KIND = {"date"}
PEERS = ("dateparser",)

_FILE = Path("recognizers-text/DateTime/English/DateTimeModel.json")


def _path(data_dir: str | Path) -> Path:
    data_dir = Path(data_dir)
    for candidate in (data_dir / _FILE, data_dir / "benchmarks" / _FILE, data_dir / _FILE.relative_to("recognizers-text")):
        if candidate.exists():
            return candidate
    return data_dir / _FILE


def _values(entity: dict[str, Any]) -> list[dict[str, Any]]:
    return entity.get("Resolution", {}).get("values", [])


def held_out(text: str) -> bool:
    """The fixed fifth of the cases kept aside from development."""
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % 5 == 0


def load(data_dir: str | Path) -> list[Case]:
    """The date/daterange cases of ``DateTimeModel.json`` under ``data_dir``."""
    with _path(data_dir).open(encoding="utf-8-sig") as handle:
        raw = json.load(handle)
    cases: list[Case] = []
    for item in raw:
        results = item.get("Results", [])
        if not all(_values(r) and all(v.get("type") in ("date", "daterange") for v in _values(r)) for r in results):
            continue
        ref = item.get("Context", {}).get("ReferenceDateTime")
        reference = dt.date.fromisoformat(ref[:10]) if ref else None
        flagged = bool(item.get("NotSupported") or item.get("NotSupportedByDesign"))
        expected = [_expected(r) for r in results]
        cases.append(Case(input=item["Input"], expected=expected, reference=reference, held_out=held_out(item["Input"]), not_supported=flagged))
    return cases


def _summary(alt: dict[str, Any]) -> str:
    if "value" in alt:
        return alt["value"]
    if "start" in alt or "end" in alt:
        return f"{alt.get('start') or '..'}/{alt.get('end') or '..'}"
    return "not resolved"


def _expected(entity: dict[str, Any]) -> dict[str, Any]:
    """One expected entity: span with ``end`` exclusive, a readable ``value``, the alternatives."""
    alternatives = _values(entity)
    return {
        "start": entity["Start"],
        "end": entity["End"] + 1,
        "text": entity["Text"],
        "value": " | ".join(_summary(a) for a in alternatives),
        "alternatives": alternatives,
    }


def _later_ends(end: str) -> set[str]:
    day = dt.date.fromisoformat(end)
    ends = {(day + dt.timedelta(days=1)).isoformat()}
    ends.add((day + dt.timedelta(days=7)).isoformat())  # a week
    if day.day == 1:
        ends.add(add_months(day, 1).isoformat())
        if day.month in (1, 4, 7, 10):  # a quarter
            ends.add(add_months(day, 3).isoformat())
        if day.month == 1:
            ends.add(dt.date(day.year + 1, 1, 1).isoformat())
    return ends


def _matches(alt: dict[str, Any], value: Value, strict: bool) -> bool:
    point = "value" in alt and "start" not in alt and "end" not in alt
    if alt.get("type") == "date" or point:  # a daterange given only as a point ("around the 21st") is a date
        return "value" in alt and alt["value"] in (value.value, value.low)
    start, end = alt.get("start"), alt.get("end")
    if value.low != start:
        return False
    if value.high == end:
        return True
    return not strict and value.precision == "range" and end is not None and value.high is not None and value.high in _later_ends(end)


def _resolved(entity: dict[str, Any]) -> bool:
    return any(("value" in v and v["value"] != "not resolved") or "start" in v or "end" in v for v in entity["alternatives"])


def passes(case: Case, values: list[Value], strict: bool = False) -> bool:
    """Whether ``values`` (from ``scan``) answer ``case``; see the module docstring."""
    dates = [v for v in values if v.kind == "date"]
    if not case.expected:
        return not dates
    for entity in case.expected:
        if not _resolved(entity):
            continue
        start, end = entity["start"], entity["end"]
        near = [v for v in dates if v.start < end and v.end > start]
        if not any(_matches(alt, v, strict) for v in near for alt in entity["alternatives"]):
            return False
    return True


def peer_values(peer: str, case: Case) -> list[Value] | None:
    """What ``peer`` finds in the case: dateparser's ``search_dates`` as day-precision dates."""
    if peer != "dateparser":
        return None
    from dateparser.search import search_dates

    settings: dict[str, Any] = {}
    if case.reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(case.reference, dt.time())
    try:
        found = search_dates(case.input, languages=["en"], settings=settings) or []
    except Exception:  # noqa: BLE001 - a peer's crash is a miss, not a harness failure
        return []
    values: list[Value] = []
    cursor = 0
    for text, when in found:
        start = case.input.find(text, cursor)
        if start < 0:
            start = case.input.find(text)
        if start < 0:
            continue
        cursor = start + len(text)
        day = when.date()
        values.append(
            Value(kind="date", text=text, start=start, end=start + len(text), value=day.isoformat(),
                  low=day.isoformat(), high=(day + dt.timedelta(days=1)).isoformat(), precision="day")
        )
    return values
