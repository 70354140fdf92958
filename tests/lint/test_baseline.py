"""Baseline files: written sorted, read back strictly, matched by fingerprint."""

from __future__ import annotations

import json

import pytest

from claimcheck.cli import UsageError
from claimcheck.lint.baseline import build_baseline, drop_baselined, load_baseline, render_baseline


def finding(fp: str, path: str, rule: str = "CC101") -> dict:
    return {"rule": rule, "message": f"m {fp}", "fingerprint": fp, "claims": [{"path": path, "line": 1}]}


def test_baseline_rows_are_sorted_and_deduplicated():
    report = {"findings": [finding("b", "z.txt"), finding("a", "a.txt"), finding("b", "z.txt")]}
    rows = build_baseline(report)["findings"]
    assert [(r["path"], r["fingerprint"]) for r in rows] == [("a.txt", "a"), ("z.txt", "b")]
    assert set(rows[0]) == {"fingerprint", "rule", "path", "message"}


def test_baseline_round_trip(tmp_path):
    report = {"findings": [finding("a", "a.txt"), finding("b", "b.txt")]}
    path = tmp_path / "base.json"
    path.write_text(render_baseline(report))
    assert load_baseline(path) == {"a", "b"}
    kept = drop_baselined({"findings": [finding("a", "a.txt"), finding("c", "c.txt")]}, load_baseline(path))
    assert [f["fingerprint"] for f in kept["findings"]] == ["c"]


@pytest.mark.parametrize("text", ["not json", "[]", '{"version": 2, "findings": []}', '{"version": 1, "findings": [{}]}',
                                  '{"version": 1}'])
def test_bad_baseline_is_a_usage_error(tmp_path, text):
    path = tmp_path / "base.json"
    path.write_text(text)
    with pytest.raises(UsageError):
        load_baseline(path)


def test_baseline_is_deterministic():
    report = {"findings": [finding("b", "b.txt"), finding("a", "a.txt")]}
    assert render_baseline(report) == render_baseline({"findings": report["findings"][::-1]})
    assert json.loads(render_baseline(report))["version"] == 1
