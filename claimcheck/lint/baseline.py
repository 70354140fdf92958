"""Baselines: accept today's findings, report only new ones.

A baseline file lists findings by fingerprint (rule plus each claim's file, value and sentence,
no line numbers), so moving text around a file keeps a finding baselined; rule, path and
message are kept beside it for the people who review the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.cli import UsageError

BASELINE_VERSION = 1
DEFAULT_NAME = "claimcheck-baseline.json"  # never read as an article, wherever it lies


def build_baseline(report: dict) -> dict:
    """The baseline of ``report``'s findings, sorted so that it diffs well."""
    rows = {
        f["fingerprint"]: {
            "fingerprint": f["fingerprint"],
            "rule": f["rule"],
            "path": f["claims"][0]["path"],
            "message": f["message"],
        }
        for f in report["findings"]
    }
    findings = sorted(rows.values(), key=lambda r: (r["path"], r["rule"], r["fingerprint"]))
    return {"version": BASELINE_VERSION, "tool": "claimcheck", "findings": findings}


def render_baseline(report: dict) -> str:
    return json.dumps(build_baseline(report), ensure_ascii=False, indent=2) + "\n"


def load_baseline(path: str | Path) -> set[str]:
    """The fingerprints in the baseline file at ``path`` (a usage error if it is not one)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a claimcheck baseline (bad JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise UsageError(f"{path}: not a claimcheck baseline (version {BASELINE_VERSION})")
    try:
        return {str(row["fingerprint"]) for row in data["findings"]}
    except (TypeError, KeyError):
        raise UsageError(f"{path}: not a claimcheck baseline (a finding without a fingerprint)") from None


def drop_baselined(report: dict, fingerprints: set[str]) -> dict:
    """Only the findings whose fingerprint is not in the baseline."""
    return {**report, "findings": [f for f in report["findings"] if f["fingerprint"] not in fingerprints]}
