"""The concise format: one ``path:line:col: CODE message`` line per finding."""

from __future__ import annotations

import re

import pytest

from claimcheck.nlp import PipelineInfo
from claimcheck.pipeline import Result
from claimcheck.records import Claim, Finding, Source
from claimcheck.report import FORMATS, build_report

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>CC\d{3}) (?P<message>.+)$")


def _claim(cid: str, path: str, line: int, column: int) -> Claim:
    return Claim(id=cid, source=cid.split(":")[0], path=path, line=line, column=column, kind="date",
                 text="1929", sentence="It was signed in 1929.", value="1929", unit=None, low="1929-01-01", high="1930-01-01")


def report(n: int, message: str = "1929 vs 1939") -> dict:
    claims = [_claim(f"s{i}:1", f"dir/s{i}.md", i + 1, 7) for i in range(n + 1)]
    findings = [Finding("CC102", "date-mismatch", "warning", message, (f"s{i}:1", f"s{i + 1}:1"), fingerprint=str(i), id=f"R{i}")
                for i in range(n)]
    sources = [Source(f"s{i}", f"dir/s{i}.md") for i in range(n + 1)]
    return build_report(Result(sources, claims, [], findings, PipelineInfo("m", "1", False)))


@pytest.mark.parametrize("n", [1, 3])
def test_concise_one_line_per_finding(n):
    out = FORMATS["concise"](report(n)).splitlines()
    parsed = [LINE.match(line) for line in out]
    hits = [m for m in parsed if m]
    assert len(hits) == n
    assert [(m["path"], int(m["line"]), int(m["col"]), m["code"]) for m in hits] == [
        (f"dir/s{i}.md", i + 1, 7, "CC102") for i in range(n)
    ]
    assert out[-1] == f"Found {n} finding{'s' if n > 1 else ''}."


def test_concise_message_stays_on_one_line():
    (line, _) = FORMATS["concise"](report(1, message="1929\nvs   1939")).splitlines()
    assert LINE.match(line)["message"] == "1929 vs 1939"


def test_concise_without_findings():
    assert FORMATS["concise"](report(0)) == "No findings.\n"


def test_concise_unreadable_source_is_not_a_finding_line():
    r = report(1)
    r["sources"][0].update(status="error", reason="binary file")
    out = FORMATS["concise"](r).splitlines()
    assert "dir/s0.md: error: binary file" in out
    assert sum(1 for line in out if LINE.match(line)) == 1
