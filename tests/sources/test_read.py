"""Reading paths: walking, ids, display paths, unsupported and bad input, manifests, order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.sources import read_sources, read_text

from .helpers import assert_offsets_map

STORY = "Exports rose 4% to 12 million tonnes in 2020, the ministry said.\n\nImports fell to 3 million tonnes.\n"


def _write(root: Path, files: dict[str, bytes | str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path / "news",
        {
            "b.txt": STORY,
            "a.md": "# Title\n\n" + STORY,
            "sub/c.txt": STORY,
            "sub/d.html": "<html><body><p>" + STORY + "</p></body></html>",
            "picture.png": b"\x89PNG\r\n\x1a\n\x00\x00",
            ".hidden.txt": STORY,
            ".git/config.txt": STORY,
            "README": STORY,
        },
    )
    return tmp_path / "news"


def test_read_walks_folders_recursively_in_path_order(corpus):
    sources = read_sources(["news"])
    assert [s.path for s in sources] == [
        "news/README",
        "news/a.md",
        "news/b.txt",
        "news/picture.png",
        "news/sub/c.txt",
        "news/sub/d.html",
    ]
    assert [s.id for s in sources] == ["README", "a", "b", "picture", "sub/c", "sub/d"]
    status = {s.id: (s.status, s.reason) for s in sources}
    assert status["picture"] == ("skipped", "unsupported file type .png")
    assert status["README"] == ("skipped", "unsupported file type (no extension)")
    assert all(status[k][0] == "ok" for k in ("a", "b", "sub/c", "sub/d"))


def test_read_ids_relative_to_common_root_of_inputs(corpus):
    sources = read_sources(["news/sub/c.txt", "news/b.txt"])
    assert [(s.id, s.path) for s in sources] == [("b", "news/b.txt"), ("sub/c", "news/sub/c.txt")]
    single = read_sources([corpus / "sub" / "c.txt"])  # absolute path under the cwd
    assert [(s.id, s.path) for s in single] == [("c", "news/sub/c.txt")]


def test_read_ids_keep_extension_when_stems_clash(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, {"x.txt": STORY, "x.md": STORY})
    assert sorted(s.id for s in read_sources(["."])) == ["x.md", "x.txt"]


def test_read_missing_path_is_an_error(corpus):
    sources = read_sources(["news/nope.txt", "news/b.txt"])
    assert [(s.path, s.status) for s in sources] == [("news/b.txt", "ok"), ("news/nope.txt", "error")]
    assert sources[1].reason == "no such file or directory"


def test_read_is_deterministic(corpus):
    first = read_sources(["news"])
    second = read_sources(["news/"])
    assert first == second
    assert [s.id for s in read_sources(["news/sub", "news/b.txt"])] == ["b", "sub/c", "sub/d"]


@pytest.mark.parametrize(
    ("content", "status", "reason"),
    [
        (b"", "skipped", "empty file"),
        (b"   \n\n\t  \n", "skipped", "empty file"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00", "error", "binary file"),
        (bytes(range(256)) * 20, "error", "binary file"),
    ],
)
def test_read_bad_input_classes(tmp_path, content, status, reason):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    [source] = read_sources([path])
    assert (source.status, source.reason) == (status, reason)


@pytest.mark.parametrize(
    ("codec", "note"),
    [
        ("utf-8-sig", None),
        ("utf-16", "decoded as utf-16"),
        ("cp1252", "decoded as "),
    ],
)
def test_read_other_encodings(tmp_path, codec, note):
    text = "Café exports rose 4% – “a record” – to 12 million tonnes in 2020, the ministry said. " * 3
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(codec))
    [source] = read_sources([path])
    assert source.status == "ok"
    assert source.text == text.strip()
    assert not source.raw.startswith("\ufeff")
    if note:
        assert any(n.startswith(note) for n in source.notes)
    else:
        assert not any(n.startswith("decoded") for n in source.notes)


def test_read_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(STORY)
    path.chmod(0)
    try:
        readable = True
        try:
            with open(path, "rb") as handle:
                handle.read(1)
        except PermissionError:
            readable = False
        [source] = read_sources([path])
    finally:
        path.chmod(0o644)
    if readable:  # root reads through chmod 000: then the file is simply read
        assert source.status == "ok"
    else:
        assert (source.status, source.reason) == ("error", "permission denied")


def test_read_io_error_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "doc.txt"
    path.write_text(STORY)

    def fail(self):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "read_bytes", fail)
    [source] = read_sources([path])
    assert (source.status, source.reason) == ("error", "Input/output error")


def test_read_crlf_and_cr_line_endings(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(STORY.replace("\n", "\r\n").encode())
    (tmp_path / "cr.txt").write_bytes(STORY.replace("\n", "\r").encode())
    for source in read_sources([tmp_path]):
        assert source.text == STORY.strip()
        assert source.position(source.text.index("Imports")) == (3, 1)
        assert_offsets_map(source)


def test_read_manifest_applies_and_is_not_a_source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(
        tmp_path / "corpus",
        {
            "one.txt": "Published February 20, 2019\n\n" + STORY,
            "deep/two.txt": STORY,
            "three.txt": "Published March 1, 2020\n\n" + STORY,
            "manifest.toml": (
                '[[article]]\npath = "one.txt"\ntitle = "One"\noutlet = "The Daily"\nauthor = "A. Writer"\ndate = 2019-02-21\n\n'
                '[[article]]\npath = "deep/two.txt"\ndate = "2018-05-01"\n'
            ),
        },
    )
    sources = {s.id: s for s in read_sources(["corpus"])}
    assert sorted(sources) == ["deep/two", "one", "three"]
    one = sources["one"]
    assert (one.title, one.outlet, one.author, one.date) == ("One", "The Daily", "A. Writer", "2019-02-21")
    assert sources["deep/two"].date == "2018-05-01"
    assert sources["three"].date == "2020-03-01"  # not in the manifest: from its dateline


def test_read_explicit_manifest_reads_its_articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, {"a.txt": STORY, "b.txt": STORY, "manifest.toml": '[[article]]\npath = "a.txt"\ntitle = "A"\n'})
    sources = read_sources(["manifest.toml"])
    assert [(s.id, s.title) for s in sources] == [("a", "A")]


def test_read_invalid_manifest_is_noted(tmp_path):
    _write(tmp_path, {"a.txt": STORY, "manifest.toml": "[[article]\npath = "})
    [source] = read_sources([tmp_path])
    assert source.status == "ok"
    assert any(note.startswith("invalid manifest") for note in source.notes)


@pytest.mark.parametrize(
    ("path", "expected_id"),
    [("<stdin>", "<stdin>"), ("notes/today.txt", "notes/today")],
)
def test_read_text_ids(path, expected_id):
    source = read_text(STORY, path=path)
    assert (source.id, source.path, source.status) == (expected_id, path, "ok")
    assert source.text == STORY.strip()
    assert_offsets_map(source)


def test_read_text_empty_is_skipped():
    assert read_text("  \n").status == "skipped"


def test_read_position_points_into_file(tmp_path):
    text = "Headline here\n\n  Exports   rose\u00a0to 12 million tonnes.\n\nSecond line with 3 numbers.\n"
    path = tmp_path / "doc.txt"
    path.write_text(text)
    [source] = read_sources([path])
    assert source.text == "Headline here\n\nExports rose to 12 million tonnes.\n\nSecond line with 3 numbers."
    assert source.position(source.text.index("Exports")) == (3, 3)
    assert source.position(source.text.index("rose")) == (3, 13)
    assert source.position(source.text.index("12 million")) == (3, 21)
    assert source.position(source.text.index("Second")) == (5, 1)
    assert_offsets_map(source)


def test_read_fifo_is_skipped_not_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [source] = read_sources([tmp_path])
    assert (source.status, source.reason) == ("skipped", "not a regular file")


def test_read_unlistable_folder_is_reported(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY)
    locked.chmod(0)
    try:
        listable = os.access(locked, os.R_OK | os.X_OK)
        sources = read_sources([tmp_path])
    finally:
        locked.chmod(0o755)
    if listable:  # root lists through chmod 000
        assert [s.status for s in sources] == ["ok", "ok"]
    else:
        assert [(s.id, s.status) for s in sources] == [("b", "ok"), ("locked", "error")]
        assert sources[1].reason == "cannot list folder: permission denied"


def test_read_unlistable_folder_when_listing_fails(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY)
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    sources = read_sources([tmp_path])
    assert [(s.id, s.status) for s in sources] == [("b", "ok"), ("locked", "error")]
    assert sources[1].reason == "cannot list folder: permission denied"


@pytest.mark.parametrize(
    ("manifest", "status", "reason_start"),
    [
        ("[[article]\npath = ", "error", "invalid manifest"),
        ("# nothing listed\n", "skipped", "manifest lists no articles"),
    ],
)
def test_read_explicit_manifest_that_names_nothing_is_reported(tmp_path, monkeypatch, manifest, status, reason_start):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "manifest.toml").write_text(manifest)
    [source] = read_sources(["manifest.toml"])
    assert source.status == status
    assert source.reason.startswith(reason_start)
    assert source.path == "manifest.toml"


def test_read_explicit_manifest_naming_a_missing_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "manifest.toml").write_text('[[article]]\npath = "gone.txt"\n')
    [source] = read_sources(["manifest.toml"])
    assert (source.id, source.status) == ("gone", "error")
