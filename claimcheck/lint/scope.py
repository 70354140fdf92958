"""Which findings a lint run reports: those in checked files (``--against``), minus per-path ignores."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Callable

from claimcheck.config import PathIgnore
from claimcheck.lint.paths import path_matches, repo_relative


def _norm(path: str) -> str:
    p = path.replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p.rstrip("/") or p


def under(path: str, roots: list[str]) -> bool:
    """Whether the file ``path`` is one of ``roots`` or inside one of them (relative to the working directory)."""
    p = os.path.abspath(path)
    return any(p == r or p.startswith(r.rstrip(os.sep) + os.sep) for r in map(os.path.abspath, roots))


def put_first(finding: dict, wanted: Callable[[dict], bool]) -> dict | None:
    """``finding`` with its first wanted claim moved to the front, or None if no claim is wanted."""
    claims = finding["claims"]
    for i, c in enumerate(claims):
        if wanted(c):
            return finding if i == 0 else {**finding, "claims": [c, *claims[:i], *claims[i + 1 :]]}
    return None


def keep_checked(report: dict, checked: list[str]) -> dict:
    """Findings that involve a checked file, reported at its claim; corpus-only findings dropped."""
    kept = []
    for f in report["findings"]:
        g = put_first(f, lambda c: under(c["path"], checked))
        if g is not None:
            kept.append(g)
    return {**report, "findings": kept}


def drop_path_ignores(report: dict, ignores: tuple[PathIgnore, ...], base: Path) -> dict:
    """Findings whose first claim's file matches a ``[[per-path-ignores]]`` glob for the finding's rule removed.

    Globs are relative to ``base`` (the config file's folder).
    """
    if not ignores:
        return report

    def ignored(f: dict) -> bool:
        path = f["claims"][0]["path"]
        rel = repo_relative(path, base.resolve()) or _norm(path)
        return any(f["rule"] in ig.rules and path_matches(ig.path, rel) for ig in ignores)

    return {**report, "findings": [f for f in report["findings"] if not ignored(f)]}


def finish(report: dict) -> dict:
    """Findings in file order (as the sources are listed) with the summary counted again."""
    order = {s["id"]: i for i, s in enumerate(report["sources"])}
    findings = sorted(
        report["findings"],
        key=lambda f: (order.get(f["claims"][0]["source"], len(order)), f["claims"][0]["line"], f["claims"][0]["column"]),
    )
    counts = Counter(f["severity"] for f in findings)
    summary = {**report["summary"], "findings": {s: counts.get(s, 0) for s in ("error", "warning", "info")}}
    return {**report, "summary": summary, "findings": findings}
