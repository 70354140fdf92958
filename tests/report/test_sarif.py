"""SARIF output: valid against the vendored SARIF 2.1.0 schema, repo-relative, stable fingerprints."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from claimcheck.lint.rules import all_rules
from claimcheck.nlp import PipelineInfo
from claimcheck.pipeline import Result
from claimcheck.records import Claim, Finding, Source
from claimcheck.report import FORMATS, build_report
from claimcheck.report.sarif import build_sarif


def _claim(cid: str, path: str, line: int, column: int, text: str, value: float) -> Claim:
    return Claim(id=cid, source=cid.split(":")[0], path=path, line=line, column=column, kind="number",
                 text=text, sentence=f"The flood killed {text} people.", value=value, unit=None, low=value, high=value)


def synthetic_report(severity: str = "warning") -> dict:
    """Two sources disagreeing once (CC101), one contradicting itself (CC201)."""
    a1 = _claim("a:1", "news/a b.md", 3, 18, "12", 12)
    a2 = _claim("a:2", "news/a b.md", 9, 5, "14", 14)
    b1 = _claim("b:1", "news/b.txt", 1, 18, "21", 21)
    findings = [
        Finding("CC101", "quantity-mismatch", severity, "12 vs 21 people killed", ("a:1", "b:1"), fingerprint="f" * 32, id="R1"),
        Finding("CC201", "self-contradicting-figure", "info", "12 vs 14", ("a:1", "a:2"), fingerprint="e" * 32, id="R2"),
    ]
    sources = [Source("a", "news/a b.md"), Source("b", "news/b.txt")]
    return build_report(Result(sources, [a1, a2, b1], [], findings, PipelineInfo("m", "1", False)))


def sarif_schema() -> dict:
    text = resources.files("claimcheck.report").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    return json.loads(text)


def test_sarif_is_valid_against_the_official_schema(tmp_path):
    log = build_sarif(synthetic_report(), root=tmp_path, cwd=tmp_path)
    jsonschema.validate(log, sarif_schema())


def test_sarif_format_is_registered_and_renders_json():
    log = json.loads(FORMATS["sarif"](synthetic_report()))
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")


def test_sarif_driver_declares_every_rule_with_docs(tmp_path):
    driver = build_sarif(synthetic_report(), root=tmp_path, cwd=tmp_path)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [r.code for r in all_rules()]
    for declared, rule in zip(driver["rules"], all_rules()):
        assert declared["name"] == rule.name
        assert rule.why in declared["help"]["text"] and rule.example in declared["help"]["markdown"]
        assert declared["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[rule.severity]


@pytest.mark.parametrize("severity,level", [("error", "error"), ("warning", "warning"), ("info", "note")])
def test_sarif_result_level_follows_the_finding_severity(tmp_path, severity, level):
    result = build_sarif(synthetic_report(severity), root=tmp_path, cwd=tmp_path)["runs"][0]["results"][0]
    assert result["level"] == level


def test_sarif_result_points_at_the_first_claim_relative_to_the_root(tmp_path):
    run = build_sarif(synthetic_report(), root=tmp_path, cwd=tmp_path)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    result = run["results"][0]
    rules = run["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "CC101"
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "news/a%20b.md", "uriBaseId": "%SRCROOT%"}
    assert loc["region"]["startLine"] == 3
    assert loc["region"]["startColumn"] == 18
    assert loc["region"]["endColumn"] == 20  # after the two characters of "12"
    assert result["partialFingerprints"] == {"claimcheck/v1": "f" * 32}


def test_sarif_related_locations_hold_the_other_claims(tmp_path):
    result = build_sarif(synthetic_report(), root=tmp_path, cwd=tmp_path)["runs"][0]["results"][0]
    (related,) = result["relatedLocations"]
    assert related["id"] == 1
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "news/b.txt"
    assert related["physicalLocation"]["region"]["startLine"] == 1
    assert "21" in related["message"]["text"]
    assert "(1)" in result["message"]["text"]  # a link viewers follow to the related location


def test_sarif_paths_are_relative_to_the_root_not_the_working_directory(tmp_path):
    sub = tmp_path / "articles"
    sub.mkdir()
    log = build_sarif(synthetic_report(), root=tmp_path, cwd=sub)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "articles/news/a%20b.md"


def test_sarif_path_outside_the_root_is_an_absolute_file_uri(tmp_path):
    root, elsewhere = tmp_path / "repo", tmp_path / "elsewhere"
    root.mkdir()
    elsewhere.mkdir()
    log = build_sarif(synthetic_report(), root=root, cwd=elsewhere)
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact["uri"].startswith("file:///") and "uriBaseId" not in artifact
    jsonschema.validate(log, sarif_schema())


def test_sarif_fingerprint_survives_moved_lines(tmp_path):
    moved = synthetic_report()
    for c in moved["findings"][0]["claims"]:
        c["line"] += 10
    before = build_sarif(synthetic_report(), root=tmp_path, cwd=tmp_path)["runs"][0]["results"][0]
    after = build_sarif(moved, root=tmp_path, cwd=tmp_path)["runs"][0]["results"][0]
    assert before["partialFingerprints"] == after["partialFingerprints"]


def test_sarif_without_findings_is_valid(tmp_path):
    report = synthetic_report()
    report["findings"] = []
    log = build_sarif(report, root=tmp_path, cwd=tmp_path)
    assert log["runs"][0]["results"] == []
    jsonschema.validate(log, sarif_schema())


def test_sarif_reports_unreadable_sources_as_notifications(tmp_path):
    report = synthetic_report()
    report["sources"][1].update(status="error", reason="not text")
    log = build_sarif(report, root=tmp_path, cwd=tmp_path)
    (note,) = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error" and "news/b.txt" in note["message"]["text"]
    jsonschema.validate(log, sarif_schema())


def test_vendored_schema_has_its_licence():
    here = Path(resources.files("claimcheck.report").joinpath("schema"))
    assert "MIT License" in (here / "sarif-2.1.0.LICENSE").read_text("utf-8")
