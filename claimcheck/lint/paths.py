"""Paths as CI tools want them: relative to the repository root, with forward slashes."""

from __future__ import annotations

import os
import re
import subprocess
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=8)
def _toplevel(cwd: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return (out.stdout.strip() or None) if out.returncode == 0 else None


def repo_root(cwd: str | Path | None = None) -> Path:
    """The git toplevel that holds ``cwd`` (default: the working directory), else ``cwd`` itself."""
    here = Path(cwd or os.getcwd()).resolve()
    top = _toplevel(str(here))
    return Path(top).resolve() if top else here


def repo_relative(path: str, root: Path, cwd: str | Path | None = None) -> str | None:
    """``path`` (as given on the command line) relative to ``root``, '/'-separated; None if outside it."""
    full = Path(cwd or os.getcwd(), path).resolve()
    try:
        return full.relative_to(root).as_posix()
    except ValueError:
        return None


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A regex for a path glob: ``*`` and ``?`` stay within a folder, ``**/`` spans folders.

    A pattern without '/' matches the file name in any folder, as in .gitignore.
    """
    pattern = pattern.replace("\\", "/")
    while pattern.startswith("./"):
        pattern = pattern[2:]
    if "/" not in pattern:
        pattern = "**/" + pattern
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    # A pattern naming a folder also covers what is inside it.
    return re.compile("".join(out) + "(?:/.*)?")


def path_matches(pattern: str, path: str) -> bool:
    """Whether the '/'-separated relative ``path`` matches the glob ``pattern``."""
    return glob_regex(pattern).fullmatch(path.replace("\\", "/").removeprefix("./")) is not None
