"""Repository-relative paths and path globs."""

from __future__ import annotations

import subprocess

import pytest

from claimcheck.lint.paths import path_matches, repo_relative, repo_root


@pytest.mark.parametrize(
    "pattern,path,expected",
    [
        ("*.md", "a.md", True), ("*.md", "deep/er/a.md", True), ("news/*.txt", "news/a.txt", True),
        ("news/*.txt", "news/x/a.txt", False), ("news/**/*.txt", "news/x/y/a.txt", True),
        ("news/**/*.txt", "news/a.txt", True), ("news", "news/x/a.txt", True), ("./news/a.txt", "news/a.txt", True),
        ("a?.md", "ab.md", True), ("a?.md", "a/.md", False), ("*.md", "a.txt", False),
    ],
)
def test_path_matches(pattern, path, expected):
    assert path_matches(pattern, path) is expected


def test_repo_root_is_the_git_toplevel(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert repo_root(deep) == tmp_path.resolve()
    assert repo_relative("c.md", repo_root(deep), deep) == "a/b/c.md"


def test_repo_root_outside_git_is_the_directory(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    if subprocess.run(["git", "rev-parse"], cwd=folder, capture_output=True).returncode == 0:
        pytest.skip("the temporary folder is inside a git repository")
    assert repo_root(folder) == folder.resolve()
    assert repo_relative("../elsewhere.md", folder, folder) is None
