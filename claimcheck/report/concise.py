"""One line per finding, ``path:line:col: CODE message``, for editors, grep and pre-commit."""

from __future__ import annotations


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def render(report: dict) -> str:
    lines = []
    for f in report["findings"]:
        c = f["claims"][0]
        lines.append(f"{c['path']}:{c['line']}:{c['column']}: {f['rule']} {_one_line(f['message'])}")
    for s in report["sources"]:
        if s["status"] == "error":
            # Not in the finding format, so line parsers pass over it.
            lines.append(f"{s['path']}: error: {_one_line(s['reason'] or 'cannot be read')}")
    n = len(report["findings"])
    lines.append(f"Found {n} finding{'s' if n != 1 else ''}." if n else "No findings.")
    return "\n".join(lines) + "\n"
