"""Suppression comments: the forms, the lines they cover, and CC900/CC901."""

from __future__ import annotations

import pytest

from claimcheck.lint.suppress import apply_suppressions, directives
from claimcheck.records import Source


def src(raw: str, sid: str = "a") -> Source:
    return Source(id=sid, path=f"{sid}.md", raw=raw, text=raw)


@pytest.mark.parametrize(
    "raw,kind,codes,reason,covers",
    [
        ('<!-- claimcheck: ignore CC101 reason="checked" -->\nText.\n', "ignore", ("CC101",), "checked", (2, 2)),
        ('<!-- claimcheck: ignore CC101 reason="checked" -->\n\n\nText.\n', "ignore", ("CC101",), "checked", (4, 4)),
        ('Text. <!-- claimcheck: ignore CC101 reason="checked" -->\nMore.\n', "ignore", ("CC101",), "checked", (1, 1)),
        ("<!--claimcheck:ignore cc101, CC102 reason='two'-->\nText.\n", "ignore", ("CC101", "CC102"), "two", (2, 2)),
        ('claimcheck: ignore CC101 reason="plain text form"\nText.\n', "ignore", ("CC101",), "plain text form", (2, 2)),
        ('  claimcheck: ignore-file reason="all"\nText.\nMore.\n', "ignore-file", (), "all", (1, 4)),
        ('<!-- claimcheck: ignore CC101 -->\nText.\n', "ignore", ("CC101",), None, (2, 2)),
        ('<!-- claimcheck: ignore CC101 reason="  " -->\nText.\n', "ignore", ("CC101",), None, (2, 2)),
        ('x\n<!-- claimcheck: ignore-start CC102 reason="r" -->\na\nb\n<!-- claimcheck: ignore-end -->\nc\n',
         "ignore-start", ("CC102",), "r", (2, 5)),
        ('<!-- claimcheck: ignore-start reason="r" -->\na\nb\n', "ignore-start", (), "r", (1, 4)),
    ],
)
def test_directive_forms(raw, kind, codes, reason, covers):
    (d,) = directives(src(raw))
    assert (d.kind, d.codes, d.reason, (d.first, d.last)) == (kind, codes, reason, covers)


@pytest.mark.parametrize(
    "raw",
    [
        "The claimcheck: ignore CC101 tool is mentioned in prose.\n",  # plain form only as a whole line
        "<!-- claimcheck: ignore everything -->\n",  # not a code
        "<!-- claimcheck: ignored CC101 -->\n",
        "<!-- a comment about claimcheck -->\n",
    ],
)
def test_not_directives(raw):
    assert directives(src(raw)) == []


def test_directive_position_is_the_comment():
    (d,) = directives(src('Intro.\n  <!-- claimcheck: ignore CC101 reason="r" -->\nText.\n'))
    assert (d.line, d.column) == (2, 3)
    assert d.end_column == 3 + len('<!-- claimcheck: ignore CC101 reason="r" -->')


def test_nested_passages_close_innermost_first():
    raw = ('<!-- claimcheck: ignore-start CC101 reason="outer" -->\n1\n'
           '<!-- claimcheck: ignore-start CC102 reason="inner" -->\n2\n<!-- claimcheck: ignore-end -->\n3\n'
           "<!-- claimcheck: ignore-end -->\n4\n")
    outer, inner = directives(src(raw))
    assert (outer.first, outer.last) == (1, 7)
    assert (inner.first, inner.last) == (3, 5)


def claim(sid: str, line: int) -> dict:
    return {"id": f"{sid}:{line}", "source": sid, "path": f"{sid}.md", "line": line, "column": 1, "text": "12",
            "sentence": "12 people."}


def finding(rule: str, *claims: dict) -> dict:
    return {"id": "R1", "rule": rule, "name": "x", "severity": "warning", "message": "m", "fingerprint": rule,
            "claims": list(claims)}


def report(*findings: dict) -> dict:
    return {"sources": [{"id": "a"}, {"id": "b"}], "summary": {}, "findings": list(findings)}


def test_a_finding_is_suppressed_at_its_first_claim_only():
    sources = [src('<!-- claimcheck: ignore CC101 reason="r" -->\n12 people.\n'), src("21 people.\n", "b")]
    at_a = finding("CC101", claim("a", 2), claim("b", 1))
    at_b = finding("CC101", claim("b", 1), claim("a", 2))
    out = apply_suppressions(report(at_a, at_b), sources)
    assert [f["claims"][0]["source"] for f in out["findings"]] == ["b"]


def test_unused_suppression_names_only_its_unused_codes():
    sources = [src('<!-- claimcheck: ignore CC101 CC102 reason="r" -->\n12 people.\n')]
    out = apply_suppressions(report(finding("CC101", claim("a", 2))), sources)
    (lint,) = out["findings"]
    assert lint["rule"] == "CC900" and "CC102" in lint["message"] and "CC101" not in lint["message"]
    assert lint["claims"][0]["line"] == 1 and lint["claims"][0]["kind"] == "directive"


def test_missing_reason_is_reported_and_does_not_suppress():
    sources = [src("<!-- claimcheck: ignore CC101 -->\n12 people.\n")]
    out = apply_suppressions(report(finding("CC101", claim("a", 2))), sources)
    assert sorted(f["rule"] for f in out["findings"]) == ["CC101", "CC901"]


@pytest.mark.parametrize("enabled,expected", [(None, ["CC900"]), ({"CC101"}, []), ({"CC900"}, []), ({"CC102", "CC900"}, ["CC900"])])
def test_lint_rules_follow_the_enabled_set(enabled, expected):
    sources = [src('<!-- claimcheck: ignore CC102 reason="r" -->\nText.\n')]
    out = apply_suppressions(report(), sources, enabled=enabled)
    assert [f["rule"] for f in out["findings"]] == expected


def test_lint_rule_severity_can_be_configured():
    sources = [src("<!-- claimcheck: ignore CC101 -->\nText.\n")]
    (f,) = apply_suppressions(report(), sources, severities={"CC901": "error"})["findings"]
    assert f["severity"] == "error"


def test_lint_fingerprint_survives_moved_lines():
    one = apply_suppressions(report(), [src("<!-- claimcheck: ignore CC101 -->\nText.\n")])
    two = apply_suppressions(report(), [src("New lead.\n\n<!-- claimcheck: ignore CC101 -->\nText.\n")])
    assert one["findings"][0]["fingerprint"] == two["findings"][0]["fingerprint"]
