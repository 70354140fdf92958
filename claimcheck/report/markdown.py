"""A Markdown report for people: summary, findings with quotes side by side, sources."""

from __future__ import annotations

from claimcheck.report.text import summary_line

_ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _quote(sentence: str, text: str) -> str:
    s = _cell(sentence)
    t = _cell(text)
    return s.replace(t, f"**{t}**", 1) if t and t in s else s


def source_labels(report: dict) -> dict[str, str]:
    """A readable name per source id: outlet, else author, else the file's name."""
    return {s["id"]: s.get("outlet") or s.get("author") or s["id"].rsplit("/", 1)[-1] for s in report["sources"]}


def render(report: dict) -> str:
    labels = source_labels(report)
    out = ["# claimcheck report", "", summary_line(report), ""]
    counts = report["summary"]["findings"]
    out += ["| severity | findings |", "|---|---|"]
    out += [f"| {_ICON[k]} {k} | {counts[k]} |" for k in ("error", "warning", "info")]
    out.append("")
    out += ["## Findings", ""]
    if not report["findings"]:
        out += ["No disagreements found.", ""]
    for f in report["findings"]:
        out.append(f"### {_ICON[f['severity']]} {f['rule']} {f['name']}: {f['severity']}")
        out.append("")
        out.append(_cell(f["message"]))
        out.append("")
        out += ["| source | where | value | quote |", "|---|---|---|---|"]
        for c in f["claims"]:
            out.append(
                f"| {_cell(labels.get(c['source'], c['source']))} | {_cell(c['path'])}:{c['line']}:{c['column']} | "
                f"{_cell(c['text'])} | {_quote(c['sentence'], c['text'])} |"
            )
        out.append("")
    out += ["## Sources", "", "| source | title | date | status | claims |", "|---|---|---|---|---|"]
    for s in report["sources"]:
        status = s["status"] + (f": {_cell(s['reason'])}" if s.get("reason") else "")
        out.append(
            f"| {_cell(s['path'])} | {_cell(s.get('title') or '')} | {s.get('date') or ''} | {status} | {s['claims']} |"
        )
    out.append("")
    tool = report["tool"]
    out.append(f"_claimcheck {tool['version']}, model {tool['model']} {tool.get('model_version') or '(not installed)'}; report schema v{report['version']}._")
    return "\n".join(out) + "\n"
