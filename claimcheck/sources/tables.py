"""Tables of articles (.csv, .parquet, .json, .jsonl): one article per row.

The text column is the first of ``TEXT_COLUMNS`` present (case-insensitive); ``title``,
``date``, ``outlet``/``source``/``publisher``, ``author`` columns are read when present.

Positions: for CSV, ``raw`` is the whole decoded file and offsets point at the cell's text in
it when the cell can be located verbatim (quotes doubled as CSV writes them) inside the row's
lines, otherwise every character maps to the row's first character. For JSON and JSON Lines,
``raw`` is the whole file and offsets point into the text's string literal (an escape such as
``\n`` maps to its backslash); a row whose literal cannot be found keeps the parquet
convention. For parquet, ``raw`` is the cell text itself, so a position is the line and column
within the cell (the ``path`` still names the file).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TEXT_COLUMNS = ("text", "body", "content", "article", "full_text")
META_COLUMNS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate"),
    "outlet": ("outlet", "source", "publisher", "site", "domain"),
    "author": ("author", "authors", "byline"),
}
_LIST_KEYS = ("articles", "data", "items", "rows", "records", "documents", "docs", "results")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles can be longer than the 128 kB default


class TableError(Exception):
    """A table that cannot be parsed; the message is the parser's."""


@dataclass
class Row:
    number: int  # 1-based, header excluded
    text: str | None
    raw: str
    offsets: range | list[int]
    meta: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def _columns(names: list[str]) -> tuple[str | None, dict[str, str]]:
    lower = {str(n).strip().casefold(): n for n in names}
    text_col = next((lower[c] for c in TEXT_COLUMNS if c in lower), None)
    meta = {}
    for key, options in META_COLUMNS.items():
        found = next((lower[c] for c in options if c in lower), None)
        if found is not None:
            meta[key] = found
    return text_col, meta


def _value(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "isoformat") and not isinstance(v, str):
        try:
            return v.date().isoformat() if hasattr(v, "date") and callable(v.date) else v.isoformat()
        except (TypeError, ValueError):
            return None
    if isinstance(v, list):
        v = ", ".join(str(x) for x in v)
    s = str(v)
    return s if s.strip() else None


def _no_text_column(names: list[str]) -> TableError:
    return TableError(f"no text column (expected one of {', '.join(TEXT_COLUMNS)}; found {', '.join(map(str, names))})")


def _dict_rows(records: list[Any]) -> tuple[list[Row], str]:
    """Rows of a list of records, and the name of the text column."""
    names: list[str] = []
    for r in records:
        if isinstance(r, dict):
            names.extend(k for k in r if k not in names)
    text_col, meta_cols = _columns(names)
    if text_col is None:
        raise _no_text_column(names)
    rows: list[Row] = []
    for n, record in enumerate(records, 1):
        if not isinstance(record, dict):
            rows.append(Row(n, None, "", range(0), error=f"row is a {type(record).__name__}, not an object"))
            continue
        text = _value(record.get(text_col))
        meta = {k: s for k, c in meta_cols.items() if (s := _value(record.get(c)))}
        rows.append(Row(n, text, text or "", range(len(text or "")), meta))
    return rows, text_col


_JSON_BODY = re.compile(r'(?:[^"\\]|\\.)*', re.S)
_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)
_JSON_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def _json_literal(raw: str, start: int) -> tuple[str, list[int], int]:
    """Decode the JSON string body starting at ``start``: text, raw offsets, end offset."""
    end = _JSON_BODY.match(raw, start).end()  # type: ignore[union-attr]  # always matches
    parts: list[str] = []
    offs: list[int] = []
    pos = start
    for e in _JSON_ESCAPE.finditer(raw, start, end):
        parts.append(raw[pos: e.start()])
        offs.extend(range(pos, e.start()))
        code = e.group(1)
        parts.append(chr(int(code[1:], 16)) if code[0] == "u" and len(code) == 5 else _JSON_SIMPLE.get(code, code))
        offs.append(e.start())
        pos = e.end()
    parts.append(raw[pos:end])
    offs.extend(range(pos, end))
    return "".join(parts), offs, end


def _json_string(literal: str) -> str | None:
    try:
        value = json.loads(literal)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, str) else None


def _locate_json(raw: str, rows: list[Row], text_col: str) -> list[Row]:
    """Point each row's text into the JSON file where its string literal is found, in order.

    A row whose literal cannot be found (unusual escapes, a number in the text column) keeps
    the cell-text convention.
    """
    key = re.compile(rf'"{re.escape(text_col)}"\s*:\s*"')
    pos = 0
    for row in rows:
        if not row.text:
            continue
        m = key.search(raw, pos)
        if not m:
            break
        text, offs, end = _json_literal(raw, m.end())
        if text == row.text:
            row.raw, row.offsets = raw, offs
            pos = end
        elif _json_string(raw[m.end() - 1: end + 1]) == row.text:
            pos = end  # this row's literal, with escapes mapped differently: keep the cell convention
    return rows


def read_json(raw: str) -> list[Row]:
    """Rows of a JSON file: a list of objects, or an object holding such a list."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TableError(f"invalid JSON: {exc}") from exc
    if isinstance(data, dict):
        lists = [data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)]
        lists += [v for k, v in data.items() if k not in _LIST_KEYS and isinstance(v, list)]
        if not lists:
            if _columns(list(data))[0] is not None:
                return _locate_json(raw, *_dict_rows([data]))
            raise TableError("JSON object holds no list of articles")
        data = lists[0]
    if not isinstance(data, list):
        raise TableError(f"JSON holds a {type(data).__name__}, not a list of articles")
    return _locate_json(raw, *_dict_rows(data))


def read_jsonl(raw: str) -> list[Row]:
    """Rows of a JSON Lines file (one object per non-blank line)."""
    records: list[Any] = []
    errors: dict[int, str] = {}
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors[len(records)] = f"invalid JSON on line {n}: {exc}"
            records.append(None)
    if records and len(errors) == len(records):
        raise TableError(next(iter(errors.values())))
    rows, text_col = _dict_rows([r if r is not None else {} for r in records])
    for k, msg in errors.items():
        rows[k] = Row(rows[k].number, None, "", range(0), error=msg)
    return _locate_json(raw, rows, text_col)


def read_parquet(path: Path) -> list[Row]:
    """Rows of a parquet file (read with pandas and pyarrow)."""
    import pandas as pd

    try:
        frame = pd.read_parquet(path)
    except Exception as exc:  # pyarrow raises many types for a corrupt file
        raise TableError(f"invalid parquet: {exc}") from exc
    return _dict_rows(frame.to_dict("records"))[0]


def read_csv(raw: str) -> list[Row]:
    """Rows of a CSV file, with offsets into the file where the cell text is found."""
    line_starts = [0]
    pos = raw.find("\n")
    while pos >= 0:
        line_starts.append(pos + 1)
        pos = raw.find("\n", pos + 1)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel
        head = raw[:4096]
        if "," not in head.split("\n", 1)[0]:
            try:
                dialect = csv.Sniffer().sniff(head, delimiters=",;\t|")
            except csv.Error:
                pass
        reader = csv.reader(io.StringIO(raw, newline=""), dialect, strict=True)
        header = next(reader, None)
        if header is None:
            raise TableError("empty CSV")
        text_col, meta_cols = _columns(header)
        if text_col is None:
            raise _no_text_column(header)
        index = {name: header.index(name) for name in [text_col, *meta_cols.values()]}
        rows: list[Row] = []
        last_line = reader.line_num
        for n, record in enumerate(reader, 1):
            first, last_line = last_line + 1, reader.line_num
            if not any(c.strip() for c in record):
                continue
            cell = lambda col: record[index[col]] if index[col] < len(record) else ""  # noqa: E731
            text = cell(text_col) if cell(text_col).strip() else None
            meta = {k: v for k, c in meta_cols.items() if (v := cell(c).strip())}
            start = line_starts[min(first, len(line_starts)) - 1]
            end = line_starts[last_line] if last_line < len(line_starts) else len(raw)
            rows.append(Row(n, text, raw, _locate(raw, text or "", start, end), meta))
        return rows
    except csv.Error as exc:
        raise TableError(f"invalid CSV: {exc}") from exc


def _locate(raw: str, text: str, start: int, end: int) -> range | list[int]:
    """Offsets of ``text`` in ``raw[start:end]``, undoing CSV quote doubling."""
    escaped = text.replace('"', '""')
    found = raw.find(escaped, start, end)
    if found < 0:
        return [start] * len(text)
    if escaped == text:
        return range(found, found + len(text))
    offs: list[int] = []
    pos = found
    for ch in text:
        offs.append(pos)
        pos += 2 if ch == '"' else 1
    return offs
