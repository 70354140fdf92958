"""Checked files vs corpus, per-path ignores and the summary after filtering."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import PathIgnore
from claimcheck.lint.scope import drop_path_ignores, finish, keep_checked, under


@pytest.mark.parametrize(
    "path,roots,expected",
    [("a.txt", ["a.txt"], True), ("dir/a.txt", ["dir"], True), ("dir/a.txt", ["./dir/"], True),
     ("dirx/a.txt", ["dir"], False), ("a.txt", ["."], True), ("corpus/a.txt", ["draft.txt"], False)],
)
def test_under(tmp_path, monkeypatch, path, roots, expected):
    monkeypatch.chdir(tmp_path)
    assert under(path, roots) is expected


def c(path: str, source: str = "s", line: int = 1) -> dict:
    return {"path": path, "source": source, "line": line, "column": 1}


def test_keep_checked_reorders_and_drops(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    report = {"findings": [
        {"rule": "CC101", "claims": [c("corpus/a.txt"), c("draft.txt")]},
        {"rule": "CC101", "claims": [c("corpus/a.txt"), c("corpus/b.txt")]},
    ]}
    out = keep_checked(report, ["draft.txt"])["findings"]
    assert [[x["path"] for x in f["claims"]] for f in out] == [["draft.txt", "corpus/a.txt"]]


@pytest.mark.parametrize(
    "glob,rules,dropped",
    [("archive/*.md", ("CC101",), True), ("archive/*.md", ("CC102",), False), ("*.md", ("CC101",), True),
     ("other/**", ("CC101",), False), ("archive", ("CC101",), True)],
)
def test_per_path_ignores(tmp_path, monkeypatch, glob, rules, dropped):
    monkeypatch.chdir(tmp_path)
    report = {"findings": [{"rule": "CC101", "claims": [c("archive/x.md")]}]}
    out = drop_path_ignores(report, (PathIgnore(glob, rules),), Path(tmp_path))
    assert (out["findings"] == []) is dropped


def test_per_path_ignores_are_relative_to_the_config_folder(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    report = {"findings": [{"rule": "CC101", "claims": [c("x.md")]}]}
    assert drop_path_ignores(report, (PathIgnore("sub/x.md", ("CC101",)),), tmp_path)["findings"] == []


def test_finish_sorts_by_source_then_position_and_counts():
    report = {
        "sources": [{"id": "a"}, {"id": "b"}],
        "summary": {"sources": 2, "findings": {}},
        "findings": [
            {"severity": "error", "claims": [c("b.md", "b", 1)]},
            {"severity": "warning", "claims": [c("a.md", "a", 9)]},
            {"severity": "warning", "claims": [c("a.md", "a", 2)]},
        ],
    }
    out = finish(report)
    assert [(f["claims"][0]["source"], f["claims"][0]["line"]) for f in out["findings"]] == [("a", 2), ("a", 9), ("b", 1)]
    assert out["summary"]["findings"] == {"error": 1, "warning": 2, "info": 0}
    assert out["summary"]["sources"] == 2
