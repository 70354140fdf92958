"""The claims table as CSV and Parquet: one row per claim, fixed columns, a Parquet round trip."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from claimcheck import cli
from claimcheck.report import FORMATS
from claimcheck.report.tables import COLUMNS, LIST_SEPARATOR, claims_table, render_csv, render_parquet, scalar_text

FIXTURE = Path(__file__).parent / "fixtures" / "report.json"
# What the table must hold whatever else it holds: the normalised value and where the claim is.
REQUIRED = ("value", "unit", "low", "high", "precision", "approx", "bound", "rate", "fact", "source", "path",
            "line", "column", "text", "sentence")


@pytest.fixture
def report() -> dict:
    return json.loads(FIXTURE.read_text("utf-8"))


def _none(v):
    """pandas writes a missing value as NaN or None; the report as None."""
    return None if v is None or (isinstance(v, float) and pd.isna(v)) else v


def _empty(report: dict) -> dict:
    return {**report, "claims": [], "facts": [], "findings": []}


@pytest.mark.parametrize("column", REQUIRED)
def test_table_has_required_column(column):
    assert column in COLUMNS


def test_table_one_row_per_claim_in_report_order(report):
    df = claims_table(report)
    assert list(df.columns) == list(COLUMNS)
    assert list(df["id"]) == [c["id"] for c in report["claims"]]
    for row, c in zip(df.to_dict("records"), report["claims"]):
        for key in ("source", "path", "line", "column", "text", "sentence", "fact", "unit", "precision", "bound",
                    "rate", "approx"):
            assert _none(row[key]) == c[key], key


@pytest.mark.parametrize(
    ("value", "expected"),
    [(20000.0, "20000"), (2.5, "2.5"), (7, "7"), ("1996-01-01", "1996-01-01"), (None, None), (True, "true"),
     (1e20, "1e+20"), (-3.0, "-3")],
)
def test_scalar_text(value, expected):
    assert scalar_text(value) == expected


def test_table_numbers_are_numeric_and_dates_are_not(report):
    df = claims_table(report).set_index("id")
    for c in report["claims"]:
        row = df.loc[c["id"]]
        if c["kind"] == "date":
            assert pd.isna(row["value_number"]) and row["low"] == c["low"]
        else:
            assert row["value_number"] == c["value"] and row["low_number"] == c["low"]


def test_csv_joins_list_fields(report):
    df = pd.read_csv(io.StringIO(render_csv(report)), dtype=str, keep_default_na=False)
    assert list(df.columns) == list(COLUMNS)
    for row, c in zip(df.to_dict("records"), report["claims"]):
        assert row["participants"] == LIST_SEPARATOR.join(c["participants"])
        assert row["time"] == (LIST_SEPARATOR.join(c["time"]) if c["time"] else "")
        assert row["sentence"] == c["sentence"]
        assert int(row["line"]) == c["line"] and int(row["column"]) == c["column"]


def test_csv_has_unix_line_ends_and_one_line_per_claim_without_newlines(report):
    text = render_csv(report)
    assert "\r" not in text
    assert text.count("\n") == len(report["claims"]) + 1


def test_parquet_round_trips(report):
    back = pd.read_parquet(io.BytesIO(render_parquet(report)))
    expected = claims_table(report)
    assert list(back.columns) == list(COLUMNS)
    for col in COLUMNS:
        got = [list(v) if hasattr(v, "tolist") else _none(v) for v in back[col].tolist()]
        want = [_none(v) for v in expected[col].tolist()]
        assert got == want, col


def test_parquet_keeps_lists_as_lists(report):
    table = pq.read_table(io.BytesIO(render_parquet(report)))
    participants = table.column("participants").to_pylist()
    assert participants == [c["participants"] for c in report["claims"]]


@pytest.mark.parametrize("render", [render_csv, render_parquet])
def test_tables_are_deterministic(report, render):
    assert render(report) == render(json.loads(json.dumps(report)))


def test_empty_report_gives_header_only_csv_and_zero_row_parquet(report):
    assert render_csv(_empty(report)).strip() == ",".join(COLUMNS)
    table = pq.read_table(io.BytesIO(render_parquet(_empty(report))))
    assert table.num_rows == 0 and table.column_names == list(COLUMNS)


@pytest.mark.parametrize("name", ["csv", "parquet"])
def test_tables_are_registered_formats(report, name):
    assert FORMATS[name](report) == {"csv": render_csv, "parquet": render_parquet}[name](report)


def test_report_command_writes_parquet_bytes(tmp_path, report, monkeypatch):
    monkeypatch.setattr("claimcheck.pipeline.run", lambda paths, options=None: object())
    monkeypatch.setattr("claimcheck.report.build_report", lambda result: report)
    out = tmp_path / "claims.parquet"
    assert cli.main(["report", str(tmp_path), "-o", str(out)]) == 0
    assert out.read_bytes() == render_parquet(report)
