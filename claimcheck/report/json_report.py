"""The JSON report: versioned, schema in ``schema/report.schema.json``, byte-identical for the same input."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from typing import Any

from claimcheck import __version__
from claimcheck.pipeline import Result
from claimcheck.entities.people import registry_of
from claimcheck.records import Claim, Source

SCHEMA_VERSION = 1
CLAIM_FIELDS = (
    "id", "source", "path", "line", "column", "kind", "text", "sentence", "value", "unit", "low", "high",
    "approx", "bound", "rate", "precision", "subject", "participants", "predicate", "attribute", "time",
    "time_text", "attribution", "update", "fact",
)


def schema() -> dict:
    """The JSON Schema of the report."""
    return json.loads(resources.files("claimcheck.report").joinpath("schema/report.schema.json").read_text("utf-8"))


def claim_dict(c: Claim) -> dict[str, Any]:
    d = c.to_dict()
    return {k: d[k] for k in CLAIM_FIELDS}


def names_of(source: Source) -> list[dict[str, str]]:
    """Multi-word proper names written in ``source`` (people mostly: the article's
    :class:`~claimcheck.entities.people.PersonRegistry`), each once as first written, in text order."""
    if source.status != "ok":
        return []
    first: dict[str, str] = {}
    for m in registry_of(source.text).mentions:
        first.setdefault(m.key, m.text)
    return [{"name": name, "key": key} for key, name in first.items()]


def build_report(result: Result) -> dict[str, Any]:
    """The report as a plain dict, in the schema's field order."""
    per_source = Counter(c.source for c in result.claims)
    claims = {c.id: claim_dict(c) for c in result.claims}
    severities = Counter(f.severity for f in result.findings)
    return {
        "version": SCHEMA_VERSION,
        "tool": {
            "name": "claimcheck",
            "version": __version__,
            "model": result.pipeline.model,
            "model_version": result.pipeline.version,
        },
        "summary": {
            "sources": len(result.sources),
            "claims": len(result.claims),
            "facts": len(result.facts),
            "findings": {s: severities.get(s, 0) for s in ("error", "warning", "info")},
        },
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "date": s.date,
                "outlet": s.outlet,
                "author": s.author,
                "status": s.status,
                "reason": s.reason,
                "encoding": s.encoding,
                "notes": list(s.notes),
                "claims": per_source.get(s.id, 0),
                "names": names_of(s),
            }
            for s in result.sources
        ],
        "claims": list(claims.values()),
        "facts": [f.to_dict() for f in result.facts],
        "findings": [
            {
                "id": f.id,
                "rule": f.rule,
                "name": f.name,
                "severity": f.severity,
                "message": f.message,
                "diagnosis": f.diagnosis,
                "fact": f.fact,
                "fingerprint": f.fingerprint,
                "claims": [claims[c] for c in f.claims],
            }
            for f in result.findings
        ],
    }


def render_json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
