"""Plain text for the terminal: one block per finding, then a summary line."""

from __future__ import annotations


def _loc(c: dict) -> str:
    return f"{c['path']}:{c['line']}:{c['column']}"


def _quote(sentence: str, text: str, width: int = 110) -> str:
    s = " ".join(sentence.split())
    i = s.find(text)
    if len(s) > width and i >= 0:
        start = max(0, i - width // 2)
        s = ("…" if start else "") + s[start : start + width] + ("…" if start + width < len(s) else "")
    return s


def render(report: dict) -> str:
    lines: list[str] = []
    for f in report["findings"]:
        first, *others = f["claims"]
        lines.append(f"{_loc(first)}: {f['severity']} {f['rule']} [{f['name']}] {f['message']}")
        lines.append(f"    > {_quote(first['sentence'], first['text'])}")
        for c in others:
            lines.append(f"    {_loc(c)}: {c['text']!r}")
            lines.append(f"    > {_quote(c['sentence'], c['text'])}")
        lines.append("")
    for s in report["sources"]:
        if s["status"] != "ok":
            lines.append(f"{s['path']}: {s['status']}: {s['reason']}")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def summary_line(report: dict) -> str:
    sm = report["summary"]
    ok = sum(1 for s in report["sources"] if s["status"] == "ok")
    counts = sm["findings"]
    found = ", ".join(f"{counts[k]} {k}{'s' if counts[k] != 1 and k != 'info' else ''}" for k in ("error", "warning", "info"))
    return (
        f"{sm['sources']} sources ({ok} read), {sm['claims']} claims, {sm['facts']} aligned facts; "
        f"findings: {found}"
    )
