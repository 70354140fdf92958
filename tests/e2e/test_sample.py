"""The sample corpus against the hand-written list of what a careful reader finds in it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

EXPECTED = tomllib.loads((Path(__file__).parent / "sample_expectations.toml").read_text("utf-8"))
pytestmark = pytest.mark.model


def _matches(claim: dict, want: dict) -> bool:
    # The recogniser may take a preposition or qualifier into the span ("from 1994-1998").
    if claim["source"] != want["source"] or want["text"] not in claim["text"]:
        return False
    return all(claim.get(k) == v for k, v in want.items() if k not in {"source", "text"})


def _findings_with(report: dict, wants: list[dict]) -> list[dict]:
    return [f for f in report["findings"] if all(any(_matches(c, w) for c in f["claims"]) for w in wants)]


@pytest.mark.parametrize("case", EXPECTED["disagreement"], ids=lambda c: c["id"])
def test_disagreement_is_reported(sample_report, case):
    hits = [f for f in _findings_with(sample_report, case["claims"]) if f["rule"] in case["rules"]]
    assert hits, f"not reported: {case['reason']}"


@pytest.mark.parametrize("case", EXPECTED["agreement"], ids=lambda c: c["id"])
def test_agreement_is_not_reported(sample_report, case):
    hits = _findings_with(sample_report, case["claims"])
    assert not hits, f"false alarm ({case['reason']}): {[h['message'] for h in hits]}"


@pytest.mark.parametrize("case", EXPECTED["agreement"] + EXPECTED["disagreement"], ids=lambda c: c["id"])
def test_every_named_claim_is_extracted(sample_report, case):
    for want in case["claims"]:
        assert any(_matches(c, want) for c in sample_report["claims"]), f"claim not extracted: {want}"


def test_every_source_is_read(sample_report):
    assert [s["status"] for s in sample_report["sources"]] == ["ok"] * 5


def test_no_finding_from_sample_is_unexplained(sample_report):
    """Every warning or error is one the hand-written list expects (precision on the sample)."""
    allowed = EXPECTED["disagreement"] + EXPECTED.get("optional", [])
    for f in sample_report["findings"]:
        if f["severity"] == "info":
            continue
        explained = any(
            all(any(_matches(c, w) for c in f["claims"]) for w in case["claims"]) for case in allowed
        )
        assert explained, f"unexpected finding {f['rule']}: {f['message']}"
