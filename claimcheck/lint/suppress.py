"""Suppression comments in articles, and the lint findings about them (CC900, CC901).

Forms (the HTML comment in Markdown/HTML; the bare line in plain text)::

    <!-- claimcheck: ignore CC101 reason="figures checked with the ministry" -->
    <!-- claimcheck: ignore-start CC102 reason="..." --> ... <!-- claimcheck: ignore-end -->
    <!-- claimcheck: ignore-file CC301 reason="..." -->
    claimcheck: ignore CC101 reason="..."

``ignore`` covers its own line when it follows text there, else the next non-blank line.
Without codes a comment covers every rule. Without a non-empty reason it covers nothing
and is reported (CC901); one that covered no finding is reported too (CC900).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from claimcheck.lint.rules import MISSING_REASON, UNUSED
from claimcheck.records import Source

_HTML = re.compile(r"<!--\s*claimcheck:\s*(?P<body>.*?)\s*-->")
_PLAIN = re.compile(r"^[ \t]*(?P<all>claimcheck:[ \t]*(?P<body>ignore\S*(?:[ \t].*?)?))[ \t]*$", re.M)
_BODY = re.compile(
    r"^(?P<kind>ignore-start|ignore-end|ignore-file|ignore)(?![\w-])\s*(?P<codes>.*?)\s*"
    r"(?:reason\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'))?\s*$",
    re.S,
)
_CODE = re.compile(r"^CC\d{3}$", re.I)


@dataclass
class Directive:
    """One suppression comment and the lines (1-based, inclusive) it covers."""

    source: str
    path: str
    kind: str
    codes: tuple[str, ...]  # empty: every rule
    reason: str | None
    text: str
    line: int
    column: int
    end_column: int
    first: int = 0
    last: int = 0
    used: set[str] = field(default_factory=set)

    def covers(self, rule: str, line: int) -> bool:
        return bool(self.reason) and self.first <= line <= self.last and (not self.codes or rule in self.codes)


def _parse_body(body: str) -> tuple[str, tuple[str, ...], str | None] | None:
    m = _BODY.match(body)
    if not m:
        return None
    tokens = [t for t in re.split(r"[\s,]+", m["codes"]) if t]
    if not all(_CODE.match(t) for t in tokens):
        return None  # not a directive we understand; left alone rather than guessed at
    reason = m["dq"] if m["dq"] is not None else m["sq"]
    return m["kind"], tuple(t.upper() for t in tokens), (reason.strip() or None) if reason is not None else None


def directives(source: Source) -> list[Directive]:
    """The suppression comments of ``source``'s raw text, with the lines each covers."""
    raw = source.raw
    if "claimcheck:" not in raw:
        return []
    lines = raw.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    found = sorted(
        [(m.start(), m.end(), m["body"]) for m in _HTML.finditer(raw)]
        + [(m.start("all"), m.end("all"), m["body"]) for m in _PLAIN.finditer(raw)]
    )
    out: list[Directive] = []
    open_blocks: list[Directive] = []
    for start, end, body in found:
        parsed = _parse_body(body)
        if parsed is None:
            continue
        kind, codes, reason = parsed
        line = raw.count("\n", 0, start) + 1
        end_line = raw.count("\n", 0, end) + 1
        column = start - starts[line - 1] + 1
        end_col = end - starts[end_line - 1] + 1 if end_line == line else len(lines[line - 1]) + 1
        d = Directive(source.id, source.path, kind, codes, reason, raw[start:end], line, column, end_col)
        if kind == "ignore-end":
            if open_blocks:
                open_blocks.pop().last = line
            continue
        if kind == "ignore-file":
            d.first, d.last = 1, len(lines)
        elif kind == "ignore-start":
            d.first, d.last = line, len(lines)  # until its ignore-end, or the end of the file
            open_blocks.append(d)
        elif lines[line - 1][: column - 1].strip():
            d.first = d.last = line  # after text on the same line: that line
        else:
            nxt = next((i for i in range(end_line, len(lines)) if lines[i].strip()), None)
            d.first = d.last = (nxt + 1) if nxt is not None else end_line
        out.append(d)
    return out


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]


def directive_claim(d: Directive, n: int) -> dict:
    """Where a lint finding is reported: the comment, in the shape of a report claim."""
    return {
        "id": f"{d.source}:directive:{n}", "source": d.source, "path": d.path, "line": d.line, "column": d.column,
        "end_line": d.line, "end_column": d.end_column, "kind": "directive", "text": d.text, "sentence": d.text,
        "value": None, "unit": None, "low": None, "high": None, "approx": False, "bound": None, "rate": None,
        "precision": None, "subject": [], "participants": [], "predicate": None, "attribute": None, "time": None,
        "time_text": None, "attribution": None, "update": False, "fact": None,
    }


def _lint_finding(rule, severity: str, message: str, d: Directive, n: int) -> dict:
    return {
        "id": f"L{n}", "rule": rule.code, "name": rule.name, "severity": severity, "message": message,
        "diagnosis": None, "fact": None, "fingerprint": _fingerprint(rule.code, d.path, " ".join(d.text.split())),
        "claims": [directive_claim(d, n)],
    }


def apply_suppressions(
    report: dict,
    sources: list[Source],
    enabled: set[str] | None = None,
    severities: dict[str, str] | None = None,
) -> dict:
    """Drop the findings a suppression covers (at their first claim) and add CC900/CC901 findings.

    Only ``sources`` are read for comments (with ``--against``: the checked files, not the corpus).
    """
    per_source: dict[str, list[Directive]] = {}
    for s in sources:
        if s.raw:
            per_source[s.id] = directives(s)
    kept = []
    for f in report["findings"]:
        first = f["claims"][0]
        hits = [d for d in per_source.get(first["source"], ()) if d.covers(f["rule"], first["line"])]
        for d in hits:
            d.used.add(f["rule"])
        if not hits:
            kept.append(f)
    severities = severities or {}

    def on(rule) -> bool:
        return enabled is None or rule.code in enabled

    lint: list[dict] = []
    for ds in per_source.values():
        for d in ds:
            if not d.reason and on(MISSING_REASON):
                sev = severities.get(MISSING_REASON.code, MISSING_REASON.severity)
                msg = f"suppression without a reason is not honoured: add reason=\"...\" to {d.text!r}"
                lint.append(_lint_finding(MISSING_REASON, sev, msg, d, len(lint) + 1))
            elif d.reason and on(UNUSED):
                named = [c for c in d.codes if enabled is None or c in enabled]
                if d.codes and not named:
                    continue  # every rule it names is off: nothing it could have suppressed
                unused = [c for c in named if c not in d.used] if d.codes else ([] if d.used else ["all rules"])
                if unused:
                    sev = severities.get(UNUSED.code, UNUSED.severity)
                    msg = f"unused suppression ({d.kind} {', '.join(unused)}): no such finding here"
                    lint.append(_lint_finding(UNUSED, sev, msg, d, len(lint) + 1))
    return {**report, "findings": kept + lint}
