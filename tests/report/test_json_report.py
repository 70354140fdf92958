"""The JSON report: valid against its schema, deterministic, positions that point into the files."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimcheck.report import build_report, render_json
from claimcheck.report.json_report import schema

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.model


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_sample_report_matches_schema(sample_report):
    jsonschema.validate(sample_report, schema())


def test_same_input_gives_byte_identical_report(sample_result, sample_report):
    again = build_report(sample_result)
    assert render_json(again) == render_json(sample_report)


def test_claim_positions_point_at_the_value_in_the_original_file(sample_report):
    checked = 0
    for c in sample_report["claims"]:
        lines = (ROOT / c["path"]).read_text(encoding="utf-8").split("\n")
        line = lines[c["line"] - 1]
        first_word = c["text"].split()[0]
        assert line[c["column"] - 1 :].startswith(first_word), (c["text"], c["line"], c["column"], line)
        checked += 1
    assert checked > 50


def test_findings_carry_their_claims_in_full(sample_report):
    ids = {c["id"]: c for c in sample_report["claims"]}
    for f in sample_report["findings"]:
        for c in f["claims"]:
            assert c == ids[c["id"]]


def test_fingerprints_are_unique(sample_report):
    fps = [f["fingerprint"] for f in sample_report["findings"]]
    assert len(fps) == len(set(fps))


def test_every_input_is_accounted_for(tmp_path):
    from claimcheck.pipeline import run

    (tmp_path / "good.txt").write_text("Brazil exported 20,000 tons of coffee in 2004.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n")
    report = build_report(run([str(tmp_path)]))
    status = {Path(s["path"]).name: (s["status"], s["reason"]) for s in report["sources"]}
    assert status["good.txt"] == ("ok", None)
    assert status["empty.txt"][0] == "skipped"
    assert status["binary.txt"][0] == "error"
    assert status["picture.png"][0] == "skipped"
    assert all(reason for st, reason in status.values() if st != "ok")
    jsonschema.validate(report, schema())


def test_report_with_suppression_findings_matches_schema(tmp_path):
    from claimcheck.cli import main

    (tmp_path / "a.md").write_text("Brazil exported 5 tons of coffee.\n<!-- claimcheck: ignore CC101 -->\nPeru sold 5 tons.\n")
    out = tmp_path / "r.json"
    main(["check", str(tmp_path / "a.md"), "--no-cache", "--format", "json", "-o", str(out), "-q"])
    report = json.loads(out.read_text())
    assert "CC901" in {f["rule"] for f in report["findings"]}
    jsonschema.validate(report, schema())


def test_sources_list_the_names_they_write_each_once(check_texts):
    from claimcheck.report import build_report

    text = ("Kim Ill Song met Ho Chi Minh in Hanoi. Kim Ill Song returned home.\n\n"
            "In 1958 Ho Chi Minh signed 3 agreements.")
    report = build_report(check_texts([text, "Prices rose 5% in 2010."]))
    names = report["sources"][0]["names"]
    assert names == [{"name": "Kim Ill Song", "key": "kim ill song"}, {"name": "Ho Chi Minh", "key": "ho chi minh"}]
    assert report["sources"][1]["names"] == []
