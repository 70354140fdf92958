"""``--diff REV``: the lines changed since a git revision, and the findings that touch them."""

from __future__ import annotations

import codecs
import re
import subprocess
from pathlib import Path

from claimcheck.cli import UsageError
from claimcheck.lint.paths import repo_relative
from claimcheck.lint.scope import put_first

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")

Changes = dict[str, "set[int] | None"]  # repo-relative path -> changed lines (None: the whole file is new)


def parse_diff(text: str) -> Changes:
    """Added or changed lines per file of a ``git diff -U0`` (deleted files and pure deletions add none)."""
    out: Changes = {}
    path: str | None = None
    for line in text.splitlines():
        if line.startswith("+++ "):
            target = line[4:].strip()
            if target.startswith('"') and target.endswith('"'):  # git's C-style quoting of odd names
                target = codecs.escape_decode(target[1:-1].encode("utf-8"))[0].decode("utf-8")
            path = None if target == "/dev/null" else target.removeprefix("b/")
            if path is not None:
                out.setdefault(path, set())
        elif path is not None and (m := _HUNK.match(line)):
            start, count = int(m[1]), int(m[2]) if m[2] is not None else 1
            lines = out[path]
            if lines is not None:
                lines.update(range(start, start + count))
    return out


def _git(args: list[str], root: Path) -> str:
    try:
        proc = subprocess.run(["git", "-c", "core.quotePath=false", *args], cwd=root, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as exc:
        raise UsageError(f"--diff needs git: {exc}") from None
    if proc.returncode != 0:
        raise UsageError(f"--diff: git {' '.join(args[:2])} failed: {proc.stderr.strip() or proc.returncode}")
    return proc.stdout


def changed_since(rev: str, root: Path) -> Changes:
    """Lines changed in the work tree since ``rev``, per file relative to the repository ``root``.

    Files git does not track yet (and does not ignore) count as changed throughout.
    """
    if rev.startswith("-"):
        raise UsageError(f"--diff: {rev!r} is not a revision")
    changes = parse_diff(_git(["diff", "-U0", "--no-color", "--no-ext-diff", rev, "--"], root))
    for path in _git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0"):
        if path:
            changes[path] = None
    return changes


def touches(claim: dict, changes: Changes, root: Path) -> bool:
    rel = repo_relative(claim["path"], root)
    if rel is None or rel not in changes:
        return False
    lines = changes[rel]
    return lines is None or claim["line"] in lines


def report_at_changed(report: dict, changes: Changes, root: Path) -> dict:
    """Findings reported at a claim on a changed line when they have one (none dropped)."""
    return {
        **report,
        "findings": [put_first(f, lambda c: touches(c, changes, root)) or f for f in report["findings"]],
    }


def keep_changed(report: dict, changes: Changes, root: Path) -> dict:
    """Only the findings with a claim on a changed line."""
    return {
        **report,
        "findings": [f for f in report["findings"] if any(touches(c, changes, root) for c in f["claims"])],
    }
