"""GitHub Actions workflow commands: one annotation per finding, and a step summary table.

GitHub shows only a few annotations per step, so ``write_step_summary`` also appends every
finding to the Markdown file named by ``GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

import os
from pathlib import Path

from claimcheck.lint.paths import repo_relative, repo_root
from claimcheck.report.sarif import end_column

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message as @actions/core does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value as @actions/core does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file(path: str, root: Path) -> str:
    return repo_relative(path, root) or path


def _message(finding: dict) -> str:
    others = finding["claims"][1:]
    lines = [" ".join(finding["message"].split())]
    lines += [f"{c['path']}:{c['line']}:{c['column']}: {c['text']!r}" for c in others]
    return "\n".join(lines)


def annotation(finding: dict, root: Path) -> str:
    """The workflow command for one finding."""
    c = finding["claims"][0]
    props = {
        "file": _file(c["path"], root),
        "line": str(c["line"]),
        "col": str(c["column"]),
        "endColumn": str(end_column(c)),
        "title": f"{finding['rule']} {finding['name']}",
    }
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{COMMANDS[finding['severity']]} {head}::{escape_data(_message(finding))}"


def render(report: dict, root: Path | None = None) -> str:
    root = root or repo_root()
    lines = [annotation(f, root) for f in report["findings"]]
    for s in report["sources"]:
        if s["status"] == "error":
            props = f"file={escape_property(_file(s['path'], root))},title=claimcheck"
            lines.append(f"::error {props}::{escape_data(s['reason'] or 'cannot be read')}")
    return "\n".join(lines) + ("\n" if lines else "")


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def step_summary(report: dict, root: Path | None = None) -> str:
    """A Markdown table of every finding, for the job summary."""
    root = root or repo_root()
    counts = report["summary"]["findings"]
    out = ["## claimcheck", "", ", ".join(f"{counts.get(k, 0)} {k}" for k in ("error", "warning", "info")), ""]
    if not report["findings"]:
        return "\n".join(out + ["No findings.", ""]) + "\n"
    out += ["| severity | rule | where | message | other sources |", "|---|---|---|---|---|"]
    for f in report["findings"]:
        c, *others = f["claims"]
        where = f"{_file(c['path'], root)}:{c['line']}:{c['column']}"
        also = "<br>".join(_cell(f"{_file(o['path'], root)}:{o['line']}: {o['text']}") for o in others)
        out.append(f"| {f['severity']} | {f['rule']} {f['name']} | {_cell(where)} | {_cell(f['message'])} | {also} |")
    return "\n".join(out) + "\n\n"


def write_step_summary(report: dict, environ: dict | None = None) -> bool:
    """Append ``step_summary`` to the file named by ``GITHUB_STEP_SUMMARY``; False when it is not set."""
    target = (environ if environ is not None else os.environ).get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(step_summary(report))
    return True
