"""Tables of articles: one Source per row, metadata columns, positions, bad tables."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from claimcheck.sources import read_sources

from .helpers import assert_offsets_map

ROWS = [
    {"id": "x1", "title": "Rice record", "date": "2021-02-24", "outlet": "The Daily", "author": "Jane Doe",
     "text": 'Exports rose to 6.2 million tonnes, the "best" year since 1989.\nImports fell 3%.'},
    {"id": "x2", "title": "Empty", "date": "", "outlet": "", "author": "", "text": "   "},
    {"id": "x3", "title": "Port", "date": "March 3, 2020", "outlet": "Wire", "author": "", "text": "The port handled 41 million tonnes."},
]


def _csv(tmp_path, text_column="text"):
    frame = pd.DataFrame(ROWS).rename(columns={"text": text_column})
    path = tmp_path / "articles.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.mark.parametrize("column", ["text", "Body", "content", "article", "full_text"])
def test_tables_csv_rows_and_text_column(tmp_path, column):
    sources = read_sources([_csv(tmp_path, column)])
    assert [s.id for s in sources] == ["articles#1", "articles#2", "articles#3"]
    first, empty, third = sources
    assert first.status == "ok"
    assert first.text == ROWS[0]["text"]
    assert (first.title, first.date, first.outlet, first.author) == ("Rice record", "2021-02-24", "The Daily", "Jane Doe")
    assert (empty.status, empty.reason) == ("skipped", "row has no text")
    assert third.date == "2020-03-03"
    assert third.author is None


def test_tables_csv_positions_point_into_the_file(tmp_path):
    path = _csv(tmp_path)
    first, _, third = read_sources([path])
    lines = path.read_text().split("\n")
    # Row 1's cell holds a doubled quote and a line break: "best" and "Imports" are still found.
    line = next(i for i, l in enumerate(lines, 1) if "Exports rose" in l)
    assert first.position(first.text.index("6.2 million")) == (line, lines[line - 1].index("6.2 million") + 1)
    assert first.position(first.text.index("best")) == (line, lines[line - 1].index("best") + 1)
    assert first.position(first.text.index("Imports")) == (line + 1, 1)
    line3 = next(i for i, l in enumerate(lines, 1) if "41 million" in l)
    assert third.position(third.text.index("41 million")) == (line3, lines[line3 - 1].index("41 million") + 1)
    assert_offsets_map(first)
    assert_offsets_map(third)


@pytest.mark.parametrize("kind", ["list", "object", "jsonl", "parquet"])
def test_tables_json_jsonl_parquet(tmp_path, kind):
    if kind == "list":
        path = tmp_path / "a.json"
        path.write_text(json.dumps(ROWS))
    elif kind == "object":
        path = tmp_path / "a.json"
        path.write_text(json.dumps({"meta": {"n": 3}, "articles": ROWS}))
    elif kind == "jsonl":
        path = tmp_path / "a.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    else:
        path = tmp_path / "a.parquet"
        pd.DataFrame(ROWS).to_parquet(path)
    sources = read_sources([path])
    assert [(s.id, s.status) for s in sources] == [("a#1", "ok"), ("a#2", "skipped"), ("a#3", "ok")]
    third = sources[2]
    assert third.text == ROWS[2]["text"]
    assert third.date == "2020-03-03"
    first = sources[0]
    assert first.text == ROWS[0]["text"]
    assert first.path == path.as_posix() or first.path.endswith(path.name)
    assert (first.title, first.date, first.outlet) == ("Rice record", "2021-02-24", "The Daily")
    if kind == "parquet":
        # Convention: raw is the cell text, so positions are line/column within the cell.
        assert first.raw == ROWS[0]["text"]
        assert first.position(first.text.index("Imports")) == (2, 1)
    else:
        # JSON: positions point into the string literal in the file ("\n" is escaped there).
        lines = path.read_text().split("\n")
        line = next(i for i, l in enumerate(lines, 1) if "Imports fell" in l)
        for needle in ("Imports", "6.2 million", "best"):
            column = lines[line - 1].index(needle) + 1
            assert first.position(first.text.index(needle)) == (line, column)


@pytest.mark.parametrize(
    ("name", "content", "reason_start"),
    [
        ("bad.csv", 'text,title\n"unclosed quote,x\nmore"text" here,y\n', "invalid CSV"),
        ("bad.json", '[{"text": "a"', "invalid JSON"),
        ("scalar.json", "42", "JSON holds a int"),
        ("nocol.csv", "headline,when\nA,2020\n", "no text column"),
        ("bad.parquet", "PAR1 this is not really parquet PAR1", "invalid parquet"),
    ],
)
def test_tables_corrupt_files_are_errors(tmp_path, name, content, reason_start):
    path = tmp_path / name
    path.write_text(content)
    [source] = read_sources([path])
    assert source.status == "error"
    assert source.reason.startswith(reason_start)


def test_tables_jsonl_bad_line_is_an_error_row(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ROWS[0]) + "\n{broken\n" + json.dumps(ROWS[2]) + "\n")
    sources = read_sources([path])
    assert [s.status for s in sources] == ["ok", "error", "ok"]
    assert sources[1].reason.startswith("invalid JSON on line 2")


def test_tables_json_pretty_printed_with_escapes(tmp_path):
    rows = [{"body": "Café sales rose 5%.\nTax: \"zero\"\tnow.", "source": "Gazette"}, {"body": "Second 12 items."}]
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"data": rows}, indent=2), encoding="utf-8")  # ensure_ascii: é is \u00e9
    first, second = read_sources([path])
    assert first.text == 'Café sales rose 5%.\nTax: "zero" now.'
    assert first.outlet == "Gazette"
    lines = path.read_text().split("\n")
    line = next(i for i, l in enumerate(lines, 1) if "Caf" in l)
    assert first.position(first.text.index("sales")) == (line, lines[line - 1].index("sales") + 1)
    assert first.position(first.text.index("é")) == (line, lines[line - 1].index("\\u00e9") + 1)
    line2 = next(i for i, l in enumerate(lines, 1) if "Second 12" in l)
    assert second.position(second.text.index("12")) == (line2, lines[line2 - 1].index("12 items") + 1)


def test_tables_jsonl_row_with_surrogate_escape_does_not_shift_later_rows(tmp_path):
    rows = [{"text": "Smile \U0001F600 rose 5%."}, {"text": "Second row 7 units."}]
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")  # the emoji is written as \ud83d\ude00
    first, second = read_sources([path])
    assert first.text == rows[0]["text"]
    assert second.position(second.text.index("7 units")) == (2, path.read_text().split("\n")[1].index("7 units") + 1)
