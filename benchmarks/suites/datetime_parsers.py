"""Recognizers-Text ``DateParser.json`` and ``DatePeriodParser.json``: extra dev cases for dates.

Not one of the issue's target suites: an extra *development* suite, written by the same
authors in the same families as ``DateTimeModel.json``, so that fixes made for the target
suite's dev part can be checked on more examples than the ones they were made for.

The parser files use another layout: each result has ``Text``, ``Type`` (``date`` or
``daterange``), ``Start``, ``Length`` and ``Value`` with ``FutureResolution`` and
``PastResolution`` (``{"date": ...}`` or ``{"startDate": ..., "endDate": ...}``). Each result
becomes the expected-entity dict of :mod:`benchmarks.suites.datetime_model` (span with an
exclusive ``end``, a readable ``value``, the alternatives as ``{"type": "date", "value"}`` or
``{"type": "daterange", "start", "end"}``), and the matching rules are that module's: past and
future resolutions are alternatives, ranges end at the start of their last named unit.

Every case is dev (``held_out`` False). A case whose input also occurs in
``DateTimeModel.json`` (compared stripped and case-insensitively) is dropped, so that no
held-out case of the target suite is seen here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from benchmarks.suites import datetime_model
from benchmarks.suites.datetime_model import Case, passes, peer_values  # the suite interface, reused

__all__ = ["FILES", "KIND", "NAME", "PEERS", "Case", "expected_entity", "load", "model_inputs", "passes", "peer_values"]

NAME = "DateTime parsers (extra dev, not a target)"
KIND = {"date"}
PEERS = ("dateparser",)

_DIR = Path("recognizers-text/DateTime/English")
FILES = ("DateParser.json", "DatePeriodParser.json")


def _dir(data_dir: str | Path) -> Path:
    return datetime_model._path(data_dir).parent


def _key(text: str) -> str:
    return text.strip().lower()


def model_inputs(data_dir: str | Path) -> set[str]:
    """The inputs of ``DateTimeModel.json`` (all of them, dev and held-out), as compared here."""
    with datetime_model._path(data_dir).open(encoding="utf-8-sig") as handle:
        return {_key(item["Input"]) for item in json.load(handle)}


def _alternative(resolution: dict[str, Any] | None) -> dict[str, Any] | None:
    if not resolution:
        return None
    if "date" in resolution:
        return {"type": "date", "value": resolution["date"]}
    if "startDate" in resolution or "endDate" in resolution:
        return {"type": "daterange", "start": resolution.get("startDate"), "end": resolution.get("endDate")}
    return None


def expected_entity(result: dict[str, Any]) -> dict[str, Any]:
    """One parser-file result as a ``datetime_model`` expected entity."""
    value = result.get("Value") or {}
    alternatives: list[dict[str, Any]] = []
    for key in ("PastResolution", "FutureResolution"):
        alt = _alternative(value.get(key))
        if alt is not None and alt not in alternatives:
            alternatives.append(alt)
    if not alternatives:
        alternatives = [{"type": result.get("Type", "date"), "value": "not resolved"}]
    return {
        "start": result["Start"],
        "end": result["Start"] + result["Length"],
        "text": result["Text"],
        "value": " | ".join(datetime_model._summary(a) for a in alternatives),
        "alternatives": alternatives,
    }


def load(data_dir: str | Path) -> list[Case]:
    """The cases of both parser files under ``data_dir``, minus inputs shared with the model file."""
    skip = model_inputs(data_dir)
    cases: list[Case] = []
    for name in FILES:
        with (_dir(data_dir) / name).open(encoding="utf-8-sig") as handle:
            raw = json.load(handle)
        for item in raw:
            key = _key(item["Input"])
            if key in skip:
                continue
            results = item.get("Results", [])
            if not all(r.get("Type") in ("date", "daterange") for r in results):
                continue
            ref = (item.get("Context") or {}).get("ReferenceDateTime")
            reference = dt.date.fromisoformat(ref[:10]) if ref else None
            flagged = bool(item.get("NotSupported") or item.get("NotSupportedByDesign"))
            cases.append(Case(input=item["Input"], expected=[expected_entity(r) for r in results],
                              reference=reference, held_out=False, not_supported=flagged))
    return cases
