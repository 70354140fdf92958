"""The claims table for analysts: one row per claim, as CSV or Parquet (via pandas).

Columns are in the fixed order of ``COLUMNS``. ``value``, ``low`` and ``high`` are text in both
formats because one column holds numbers and ISO dates alike ("20000", "1996-01-01"); the
``*_number`` columns repeat the numeric ones as floats (empty for dates) so they can be filtered
and summed. List fields (subject, participants, time) are joined with "; " in CSV and kept as
lists of strings in Parquet.
"""

from __future__ import annotations

import io
import math

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

LIST_SEPARATOR = "; "
_STR = pa.string()
_LIST = pa.list_(pa.string())
SCHEMA = pa.schema(
    [
        ("id", _STR),
        ("fact", _STR),
        ("source", _STR),
        ("path", _STR),
        ("line", pa.int64()),
        ("column", pa.int64()),
        ("kind", _STR),
        ("text", _STR),
        ("value", _STR),
        ("unit", _STR),
        ("low", _STR),
        ("high", _STR),
        ("value_number", pa.float64()),
        ("low_number", pa.float64()),
        ("high_number", pa.float64()),
        ("precision", _STR),
        ("approx", pa.bool_()),
        ("bound", _STR),
        ("rate", _STR),
        ("subject", _LIST),
        ("participants", _LIST),
        ("predicate", _STR),
        ("attribute", _STR),
        ("time", _LIST),
        ("time_text", _STR),
        ("attribution", _STR),
        ("update", pa.bool_()),
        ("sentence", _STR),
    ]
)
COLUMNS: tuple[str, ...] = tuple(SCHEMA.names)
LIST_COLUMNS = ("subject", "participants", "time")


def scalar_text(v: object) -> str | None:
    """A JSON scalar as text: whole floats without ".0" (20000.0 -> "20000"), dates unchanged."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isfinite(v) and v.is_integer() and abs(v) < 1e16:
            return str(int(v))
        return repr(v)
    return str(v)


def _number(v: object) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _row(c: dict) -> dict:
    row = {
        "id": c["id"],
        "fact": c.get("fact"),
        "source": c["source"],
        "path": c["path"],
        "line": c["line"],
        "column": c["column"],
        "kind": c["kind"],
        "text": c["text"],
        "value": scalar_text(c.get("value")),
        "unit": c.get("unit"),
        "low": scalar_text(c.get("low")),
        "high": scalar_text(c.get("high")),
        "value_number": _number(c.get("value")),
        "low_number": _number(c.get("low")),
        "high_number": _number(c.get("high")),
        "precision": c.get("precision"),
        "approx": bool(c.get("approx", False)),
        "bound": c.get("bound"),
        "rate": c.get("rate"),
        "subject": list(c.get("subject") or []),
        "participants": list(c.get("participants") or []),
        "predicate": c.get("predicate"),
        "attribute": c.get("attribute"),
        "time": list(c["time"]) if c.get("time") else None,
        "time_text": c.get("time_text"),
        "attribution": c.get("attribution"),
        "update": bool(c.get("update", False)),
        "sentence": c["sentence"],
    }
    return row


def claims_table(report: dict) -> pd.DataFrame:
    """The report's claims as a DataFrame, one row per claim in report order, columns ``COLUMNS``."""
    rows = [_row(c) for c in report["claims"]]
    return SCHEMA.empty_table().to_pandas() if not rows else pd.DataFrame(rows, columns=list(COLUMNS))


def render_csv(report: dict) -> str:
    """The claims table as CSV (UTF-8 text, "\\n" line ends, list fields joined with "; ")."""
    df = claims_table(report).copy()
    for col in LIST_COLUMNS:
        df[col] = [LIST_SEPARATOR.join(v) if v is not None else None for v in df[col]]
    for col in ("approx", "update"):
        df[col] = ["true" if v else "false" for v in df[col]]
    # Whole numbers stay whole in the numeric columns too ("20000", not "20000.0").
    for col in ("value_number", "low_number", "high_number"):
        df[col] = [scalar_text(None if pd.isna(v) else float(v)) for v in df[col]]
    return df.to_csv(index=False, lineterminator="\n")


def render_parquet(report: dict) -> bytes:
    """The claims table as a Parquet file with the fixed ``SCHEMA``."""
    table = pa.Table.from_pandas(claims_table(report), schema=SCHEMA, preserve_index=False)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()
