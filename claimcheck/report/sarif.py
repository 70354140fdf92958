"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Locations are relative to the repository root (``%SRCROOT%``): the git toplevel when run
inside a repository, else the working directory. Columns count Unicode code points.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from claimcheck.lint.paths import repo_relative, repo_root
from claimcheck.lint.rules import all_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/claimcheck-conflicts/"  # the project has no other home yet
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimcheck/v1"


def end_column(claim: dict) -> int:
    """1-based column just after the claim's value (on its first line)."""
    if claim.get("end_column") and claim.get("end_line", claim["line"]) == claim["line"]:
        return int(claim["end_column"])
    first_line = str(claim["text"]).split("\n", 1)[0]
    return claim["column"] + max(len(first_line), 1)


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {
            "text": f"{rule.summary}\n\nWhat it does: {rule.what}\n\nWhy: {rule.why}\n\nExample: {rule.example}",
            "markdown": f"{rule.summary}\n\n## What it does\n{rule.what}\n\n## Why\n{rule.why}\n\n"
            f"## Example\n{rule.example}\n",
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _location(claim: dict, root: Path, cwd: Path | None) -> dict:
    rel = repo_relative(claim["path"], root, cwd)
    if rel is not None:
        artifact = {"uri": quote(rel, safe="/"), "uriBaseId": "%SRCROOT%"}
    else:  # outside the repository: an absolute file URI, no base
        artifact = {"uri": Path(cwd or Path.cwd(), claim["path"]).resolve().as_uri()}
    return {
        "physicalLocation": {
            "artifactLocation": artifact,
            "region": {
                "startLine": claim["line"],
                "startColumn": claim["column"],
                "endColumn": end_column(claim),
                "snippet": {"text": claim["text"]},
            },
        }
    }


def _result(finding: dict, index: dict[str, int], root: Path, cwd: Path | None) -> dict:
    first, *others = finding["claims"]
    related = []
    for n, c in enumerate(others, 1):
        loc = _location(c, root, cwd)
        loc["id"] = n
        loc["message"] = {"text": f"{c['path']} says {c['text']!r}: {' '.join(c['sentence'].split())}"}
        related.append(loc)
    message = finding["message"]
    if related:
        # Markdown-style links let viewers jump to the other sources.
        message += " (" + ", ".join(f"[{c['path']}:{c['line']}]({n})" for n, c in enumerate(others, 1)) + ")"
    result = {
        "ruleId": finding["rule"],
        "level": LEVELS[finding["severity"]],
        "message": {"text": message},
        "locations": [_location(first, root, cwd)],
        "partialFingerprints": {FINGERPRINT_KEY: finding["fingerprint"]},
    }
    if finding["rule"] in index:
        result["ruleIndex"] = index[finding["rule"]]
    if related:
        result["relatedLocations"] = related
    return result


def build_sarif(report: dict, root: Path | None = None, cwd: Path | None = None) -> dict:
    """The SARIF log of ``report``; paths are made relative to ``root`` (default: ``repo_root``)."""
    root = (root or repo_root(cwd)).resolve()
    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    notifications = [
        {
            "level": "error" if s["status"] == "error" else "note",
            "message": {"text": f"{s['path']}: {s['status']}: {s['reason'] or ''}".rstrip(": ")},
        }
        for s in report["sources"]
        if s["status"] != "ok"
    ]
    invocation: dict = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    tool = report["tool"]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimcheck",
                        "version": tool["version"],
                        "semanticVersion": tool["version"],
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(r) for r in rules],
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root.as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index, root, cwd) for f in report["findings"]],
                "properties": {"model": tool["model"], "modelVersion": tool.get("model_version")},
            }
        ],
    }


def render(report: dict) -> str:
    return json.dumps(build_sarif(report), ensure_ascii=False, indent=2) + "\n"
