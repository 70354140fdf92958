"""GitHub workflow commands, parsed back; the step summary table."""

from __future__ import annotations

import re

import pytest

from claimcheck.nlp import PipelineInfo
from claimcheck.pipeline import Result
from claimcheck.records import Claim, Finding, Source
from claimcheck.report import FORMATS, build_report
from claimcheck.report.github import escape_data, escape_property, render, step_summary, write_step_summary

COMMAND = re.compile(r"^::(?P<level>\w+) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m["props"].split(","))
    return m["level"], {k: unescape(v) for k, v in props.items()}, unescape(m["message"])


def _claim(cid: str, path: str, line: int, column: int, text: str) -> Claim:
    return Claim(id=cid, source=cid.split(":")[0], path=path, line=line, column=column, kind="money",
                 text=text, sentence=f"It cost {text}.", value=1.0, unit="USD", low=1.0, high=1.0)


def report(severity: str = "warning", message: str = "$40 million vs $95 million") -> dict:
    a = _claim("a:1", "news/a,1.md", 4, 9, "$40 million")
    b = _claim("b:1", "news/b.txt", 2, 9, "$95 million")
    finding = Finding("CC101", "quantity-mismatch", severity, message, ("a:1", "b:1"), fingerprint="f" * 32, id="R1")
    return build_report(Result([Source("a", "news/a,1.md"), Source("b", "news/b.txt")], [a, b], [], [finding],
                               PipelineInfo("m", "1", False)))


@pytest.mark.parametrize("severity,command", [("error", "error"), ("warning", "warning"), ("info", "notice")])
def test_github_annotation_level(tmp_path, severity, command):
    (line,) = render(report(severity), root=tmp_path).splitlines()
    assert parse(line)[0] == command


def test_github_annotation_properties_round_trip(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (line,) = render(report(), root=tmp_path).splitlines()
    _, props, message = parse(line)
    assert props == {"file": "news/a,1.md", "line": "4", "col": "9", "endColumn": "20", "title": "CC101 quantity-mismatch"}
    assert message.splitlines()[0] == "$40 million vs $95 million"
    assert "news/b.txt:2:9" in message  # the other source, on the next line of the annotation


@pytest.mark.parametrize("message", ["50% more: 1,200 vs 1.200", "a\r\nb", "100%0A literally", "x::y"])
def test_github_message_escaping_round_trips(tmp_path, message):
    (line,) = render(report(message=message), root=tmp_path).splitlines()
    assert "\n" not in line and "\r" not in line
    # The first line of the annotation is the finding's message, whitespace folded.
    assert parse(line)[2].splitlines()[0] == " ".join(message.split())


@pytest.mark.parametrize(
    "raw,data,prop",
    [("100%", "100%25", "100%25"), ("a\nb", "a%0Ab", "a%0Ab"), ("a\rb", "a%0Db", "a%0Db"),
     ("a:b,c", "a:b,c", "a%3Ab%2Cc"), ("%0A", "%250A", "%250A")],
)
def test_github_escaping_matches_the_toolkit(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_github_format_is_registered():
    assert "github" in FORMATS


def test_github_no_findings_prints_nothing(tmp_path):
    r = report()
    r["findings"] = []
    assert render(r, root=tmp_path) == ""


def test_github_step_summary_lists_every_finding(tmp_path):
    r = report()
    r["findings"] = r["findings"] * 60  # more than GitHub shows as annotations
    table = [row for row in step_summary(r, root=tmp_path).splitlines() if row.startswith("| ") and "CC101" in row]
    assert len(table) == 60
    assert "news/b.txt:2: $95 million" in table[0]


def test_github_step_summary_is_appended_to_the_named_file(tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n")
    assert write_step_summary(report(), {"GITHUB_STEP_SUMMARY": str(target)})
    text = target.read_text()
    assert text.startswith("earlier step\n") and "| warning | CC101 quantity-mismatch |" in text


def test_github_step_summary_needs_the_variable():
    assert not write_step_summary(report(), {})
