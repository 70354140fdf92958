"""``git diff -U0`` parsing and the changed-line filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.lint.diff import keep_changed, parse_diff, report_at_changed

DIFF = """diff --git a/news/a.md b/news/a.md
index 1..2 100644
--- a/news/a.md
+++ b/news/a.md
@@ -3 +3 @@ heading
-old
+new
@@ -10,0 +11,2 @@
+added
+added
@@ -20,2 +21,0 @@
-gone
-gone
diff --git a/old.txt b/old.txt
deleted file mode 100644
--- a/old.txt
+++ /dev/null
@@ -1 +0,0 @@
-bye
diff --git "a/we\\303\\251ird.txt" "b/we\\303\\251ird.txt"
--- "a/we\\303\\251ird.txt"
+++ "b/we\\303\\251ird.txt"
@@ -1,0 +2 @@
+x
"""


def test_parse_diff_added_and_changed_lines():
    assert parse_diff(DIFF) == {"news/a.md": {3, 11, 12}, "weéird.txt": {2}}


def claim(path: str, line: int) -> dict:
    return {"path": path, "line": line}


@pytest.mark.parametrize(
    "claims,kept,first",
    [
        ([claim("news/a.md", 3), claim("b.md", 1)], True, "news/a.md"),
        ([claim("b.md", 1), claim("news/a.md", 12)], True, "news/a.md"),  # reported at the changed line
        ([claim("b.md", 1), claim("news/a.md", 4)], False, None),
        ([claim("new.md", 40)], True, "new.md"),  # untracked: whole file
    ],
)
def test_findings_touching_changed_lines(tmp_path, monkeypatch, claims, kept, first):
    monkeypatch.chdir(tmp_path)
    changes = {"news/a.md": {3, 11, 12}, "new.md": None}
    report = {"findings": [{"claims": claims}]}
    moved = report_at_changed(report, changes, Path(tmp_path))
    out = keep_changed(moved, changes, Path(tmp_path))["findings"]
    assert bool(out) == kept
    if kept:
        assert out[0]["claims"][0]["path"] == first
