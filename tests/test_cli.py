"""The command line: exit codes, formats, the extract contract."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimcheck import __version__
from claimcheck.cli import main


def run_cli(*args, stdin=None):
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], input=stdin, capture_output=True, text=True, timeout=300
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_version():
    code, out, _ = run_cli("--version")
    assert code == 0
    assert out.strip() == f"claimcheck {__version__}"


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2


def test_unknown_format_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Nothing here.")
    assert main(["check", str(tmp_path), "--format", "nope"]) == 2
    assert "unknown format" in capsys.readouterr().err


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_unknown_rule_is_a_usage_error(capsys):
    assert main(["rule", "CC999"]) == 2


def test_rule_doc_has_what_why_example(capsys):
    assert main(["rule", "cc101"]) == 0
    out = capsys.readouterr().out
    for heading in ("## What it does", "## Why", "## Example"):
        assert heading in out


@pytest.mark.parametrize(
    "text,kind,value,unit",
    [
        ("They bought 20,000 tons of wheat.", "quantity", 20000, "t"),
        ("It cost $5 million.", "money", 5000000, "USD"),
        ("Prices rose 5%.", "percent", 5, None),
        ("It was the third largest exporter.", "ordinal", 3, None),
        ("It happened in 1996.", "date", "1996", None),
    ],
)
def test_extract_jsonl_contract(tmp_path, text, kind, value, unit):
    f = tmp_path / "in.txt"
    f.write_text(f"A heading\n{text}\n")
    code, out, _ = run_cli("extract", "--lines", str(f), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    hits = [r for r in records if r["kind"] == kind]
    assert hits, records
    r = hits[0]
    assert r["line"] == 1
    assert text[r["start"] : r["end"]] == r["text"]
    assert r["value"] == value
    assert r["unit"] == unit
    for key in ("low", "high"):
        assert key in r


def test_extract_reads_stdin_and_anchors_relative_dates():
    code, out, _ = run_cli("extract", "-", "--reference-date", "2019-02-08", stdin="It began last year.")
    assert code == 0
    (rec,) = [json.loads(line) for line in out.splitlines() if json.loads(line)["kind"] == "date"]
    assert rec["value"] == "2018"
    assert (rec["low"], rec["high"]) == ("2018-01-01", "2019-01-01")


def test_extract_leaves_relative_dates_unresolved_without_a_reference():
    code, out, _ = run_cli("extract", "-", stdin="It began last year.")
    assert code == 0
    assert not [line for line in out.splitlines() if json.loads(line)["kind"] == "date"]


@pytest.mark.model
def test_check_exit_codes_and_fail_level(tmp_path):
    (tmp_path / "a.txt").write_text("Brazil exported 20,000 tons of coffee to Germany in 2004.\n")
    (tmp_path / "b.txt").write_text("Brazil exported 200,000 tons of coffee to Germany in 2004.\n")
    code, out, _ = run_cli("check", str(tmp_path), "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert [f["rule"] for f in report["findings"]] == ["CC101"]
    assert run_cli("check", str(tmp_path), "--fail-level", "error")[0] == 0
    assert run_cli("check", str(tmp_path), "--exit-zero")[0] == 0
    (tmp_path / "b.txt").write_text("Brazil exported 20,000 tons of coffee to Germany in 2004.\n")
    assert run_cli("check", str(tmp_path))[0] == 0


def test_missing_model_falls_back_to_blank_pipeline(tmp_path):
    (tmp_path / "a.txt").write_text("Brazil exported 20,000 tons of coffee to Germany in 2004.\n")
    code, out, err = run_cli("check", str(tmp_path), "--model", "no_such_model_xyz", "--format", "json")
    assert code == 0
    assert "not installed" in err
    report = json.loads(out)
    assert {c["kind"] for c in report["claims"]} >= {"quantity", "date"}
    assert report["tool"]["model_version"] is None


def test_report_dir_writes_every_readable_format(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Nothing to see.\n")
    out = tmp_path / "reports"
    assert main(["check", str(tmp_path / "in"), "--report-dir", str(out), "-q", "-o", str(tmp_path / "x.txt")]) == 0
    assert json.loads((out / "claimcheck.json").read_text())["version"] == 1
    assert (out / "claimcheck.md").read_text().startswith("# claimcheck report")
    assert "<html" in (out / "claimcheck.html").read_text()
    assert (out / "claims.csv").read_text().startswith("id,")
