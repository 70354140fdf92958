"""``manifest.toml``: per-article metadata given by the user, which wins over the text's own.

Layout (paths relative to the manifest's folder, '/' separators)::

    [[article]]
    path = "2021/interpreter.txt"
    title = "..."
    outlet = "The Interpreter"
    author = "..."
    date = 2021-02-24          # a TOML date or an ISO string

``[[articles]]``, ``[[source]]`` and ``[[sources]]`` are accepted for ``[[article]]``, and so is
a table per path (``["2021/interpreter.txt"]`` with the same keys).
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

MANIFEST_NAME = "manifest.toml"
FIELDS = ("title", "date", "outlet", "author")
_LISTS = ("article", "articles", "source", "sources")


@dataclass(frozen=True)
class Manifest:
    folder: Path
    entries: dict[str, dict[str, str]]  # relative path -> field -> value

    def lookup(self, file: Path) -> dict[str, str]:
        """The entry for ``file`` (matched by path relative to the manifest's folder), or {}."""
        if not self.entries:
            return {}
        rel = os.path.relpath(os.path.realpath(file), os.path.realpath(self.folder)).replace(os.sep, "/")
        return self.entries.get(rel, {})


class ManifestError(Exception):
    pass


def load_manifest(path: Path) -> Manifest:
    """Read a manifest; raises ``ManifestError`` with the parser's message when it is invalid."""
    try:
        data = tomllib.loads(path.read_text("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError(f"invalid manifest: {exc}") from exc
    rows: list[dict[str, object]] = []
    for key in _LISTS:
        value = data.get(key)
        if isinstance(value, list):
            rows.extend(r for r in value if isinstance(r, dict))
    for key, value in data.items():
        if key not in _LISTS and isinstance(value, dict):
            rows.append({"path": key, **value})
    entries: dict[str, dict[str, str]] = {}
    for row in rows:
        rel = row.get("path")
        if not isinstance(rel, str):
            continue
        rel = Path(rel.replace("\\", "/")).as_posix().removeprefix("./")
        entries[rel] = {k: _text(row[k]) for k in FIELDS if k in row and _text(row[k])}
    return Manifest(path.parent, entries)


def _text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()
