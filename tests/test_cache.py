"""The extraction cache: only changed sources are extracted again; a broken cache is rebuilt."""

from __future__ import annotations

import multiprocessing
import sqlite3
from dataclasses import replace

import pytest

import claimcheck.engines
from claimcheck.cache import DB_NAME, ClaimCache, cached_extract, decode_claims, encode_claims
from claimcheck.pipeline import Options, extract_step
from claimcheck.records import Claim, Source


def source(sid: str, text: str, raw: str | None = None) -> Source:
    raw = text if raw is None else raw
    return Source(id=sid, path=f"{sid}.txt", raw=raw, text=text, offsets=tuple(range(len(text))))


def claims_of(s: Source) -> list[Claim]:
    """One claim per word of the text: enough to tell sources and versions apart."""
    return [
        Claim(id=f"{s.id}:{n}", source=s.id, path=s.path, line=1, column=n, kind="date", text=w, sentence=s.text,
              value=w, unit=None, low="2004-01-01", high="2005-01-01", subject=("BRA", "DEU"), participants=("BRA",),
              time=("2004-01-01", "2005-01-01"), approx=n % 2 == 0)
        for n, w in enumerate(s.text.split(), 1)
    ]


class CountingEngine:
    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, sources, model=None, jobs=1, **kw):
        self.calls.append([s.id for s in sources])
        return {s.id: claims_of(s) for s in sources if s.status == "ok"}

    @property
    def extracted(self) -> list[str]:
        return [sid for call in self.calls for sid in call]


def run_cached(folder, sources, engine, model="m", extraction=None):
    return cached_extract(sources, folder, model, engine, extraction)


@pytest.fixture
def corpus():
    return [source("a", "Brazil sold coffee in 2004"), source("b", "Germany bought coffee in 2004"), source("c", "A third text")]


def test_claims_round_trip_through_json():
    claims = claims_of(source("a", "Brazil sold coffee"))
    back = decode_claims(encode_claims(claims))
    assert back == claims
    assert isinstance(back[0].subject, tuple) and isinstance(back[0].time, tuple)


def test_warm_run_extracts_nothing(tmp_path, corpus):
    engine = CountingEngine()
    cold = run_cached(tmp_path, corpus, engine)
    warm = run_cached(tmp_path, corpus, engine)
    assert engine.calls == [["a", "b", "c"]]
    assert warm == cold == {s.id: claims_of(s) for s in corpus}


@pytest.mark.parametrize(
    "change",
    [
        lambda s: source(s.id, s.text + " again"),  # text
        lambda s: source(s.id, s.text, raw="<!-- claimcheck: ignore -->\n" + s.text),  # raw only: lines move
        lambda s: replace(s, date="2020-01-01"),  # metadata
        lambda s: replace(s, path="moved/b.txt"),  # where it is reported
        lambda s: replace(s, offsets=tuple(range(1, len(s.text) + 1))),
    ],
)
def test_only_the_changed_source_is_extracted_again(tmp_path, corpus, change):
    engine = CountingEngine()
    run_cached(tmp_path, corpus, engine)
    changed = [corpus[0], change(corpus[1]), corpus[2]]
    result = run_cached(tmp_path, changed, engine)
    assert engine.calls[1:] == [["b"]]
    assert result["b"] == claims_of(changed[1])


@pytest.mark.parametrize("other", [{"model": "other_model"}, {"extraction": {"option": 2}}])
def test_model_and_extraction_options_are_in_the_key(tmp_path, corpus, other):
    engine = CountingEngine()
    run_cached(tmp_path, corpus, engine, extraction={"option": 1})
    kw = {"model": "m", "extraction": {"option": 1}} | other
    run_cached(tmp_path, corpus, engine, **kw)
    assert engine.calls == [["a", "b", "c"], ["a", "b", "c"]]


def test_model_version_is_in_the_key(tmp_path, corpus):
    one = ClaimCache(tmp_path, "m", "3.8.0")
    two = ClaimCache(tmp_path, "m", "3.8.1")
    assert one.key(corpus[0]) != two.key(corpus[0])
    assert one.key(corpus[0]) == ClaimCache(tmp_path, "m", "3.8.0").key(corpus[0])


def test_sources_that_failed_to_read_are_not_extracted(tmp_path, corpus):
    engine = CountingEngine()
    bad = Source(id="x", path="x.txt", status="error", reason="binary")
    run_cached(tmp_path, [*corpus, bad], engine)
    assert engine.extracted == ["a", "b", "c"]


@pytest.mark.parametrize("garbage", [b"this is not a database" * 100, b"SQLite format 3\x00" + b"\xff" * 4000, b""])
def test_corrupt_cache_file_is_rebuilt(tmp_path, corpus, garbage):
    engine = CountingEngine()
    run_cached(tmp_path, corpus, engine)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    (tmp_path / DB_NAME).write_bytes(garbage)
    assert run_cached(tmp_path, corpus, engine) == {s.id: claims_of(s) for s in corpus}
    assert engine.calls == [["a", "b", "c"], ["a", "b", "c"]]
    run_cached(tmp_path, corpus, engine)
    assert len(engine.calls) == 2  # the rebuilt cache works


def test_other_schema_version_is_rebuilt(tmp_path, corpus):
    engine = CountingEngine()
    run_cached(tmp_path, corpus, engine)
    con = sqlite3.connect(tmp_path / DB_NAME)
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    con.commit()
    con.close()
    run_cached(tmp_path, corpus, engine)
    assert engine.calls == [["a", "b", "c"], ["a", "b", "c"]]


@pytest.mark.parametrize("data", ["{not json", '{"a": 1}', '[{"unknown_field": 1}]', "[1, 2]"])
def test_undecodable_row_is_extracted_again(tmp_path, corpus, data):
    engine = CountingEngine()
    cache = ClaimCache(tmp_path, "m", None)
    key = cache.key(corpus[0])
    cache.close()
    run_cached(tmp_path, corpus, engine)
    con = sqlite3.connect(tmp_path / DB_NAME)
    con.execute("UPDATE claims SET data = ? WHERE key = ?", (data, key))
    con.commit()
    con.close()
    from claimcheck.nlp import model_info

    assert model_info("m").version is None  # so the key above is the one cached_extract uses
    assert run_cached(tmp_path, corpus, engine)["a"] == claims_of(corpus[0])
    assert engine.calls[1:] == [["a"]]
    run_cached(tmp_path, corpus, engine)
    assert len(engine.calls) == 2  # the row was replaced by a good one


def test_unusable_cache_folder_falls_back_to_extracting(tmp_path, corpus):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    engine = CountingEngine()
    assert run_cached(blocker / "cache", corpus, engine) == {s.id: claims_of(s) for s in corpus}


def _writer(folder, prefix):
    engine = CountingEngine()
    sources = [source(f"{prefix}{i}", f"text number {i} of {prefix}") for i in range(40)]
    for i in range(0, 40, 5):  # many small transactions, interleaving with the other process
        run_cached(folder, sources[: i + 5], engine)


def test_two_processes_share_one_cache(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), p)) for p in ("p", "q")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    con = sqlite3.connect(tmp_path / DB_NAME)
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 80
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_extract_step_uses_the_cache(tmp_path, corpus, monkeypatch):
    engine = CountingEngine()
    monkeypatch.setitem(claimcheck.engines.ENGINES, "local", engine)
    monkeypatch.setattr("claimcheck.pipeline.ENGINES", claimcheck.engines.ENGINES)
    options = Options(cache_dir=str(tmp_path / "cache"))
    first = extract_step(corpus, options)
    edited = [corpus[0], source("b", "Germany bought tea in 2005"), corpus[2]]
    second = extract_step(edited, options)
    assert engine.calls == [["a", "b", "c"], ["b"]]
    assert [c.id for c in first] == [c.id for s in corpus for c in claims_of(s)]
    assert second == [c for s in edited for c in claims_of(s)]
    assert extract_step(edited, Options()) == second  # without a cache: the engine, every time
    assert engine.calls[-1] == ["a", "b", "c"]
    assert (tmp_path / "cache" / ".gitignore").read_text().strip().endswith("*")


def test_entries_unused_for_a_month_are_pruned(tmp_path, corpus, monkeypatch):
    import claimcheck.cache

    engine = CountingEngine()
    monkeypatch.setattr(claimcheck.cache, "today", lambda: 1000)
    run_cached(tmp_path, corpus, engine)
    monkeypatch.setattr(claimcheck.cache, "today", lambda: 1020)
    run_cached(tmp_path, corpus[:1], engine)  # a hit: "a" is used again on day 1020
    monkeypatch.setattr(claimcheck.cache, "today", lambda: 1000 + claimcheck.cache.KEEP_DAYS + 1)
    run_cached(tmp_path, [source("d", "A new article")], engine)  # a write prunes b and c
    run_cached(tmp_path, corpus, engine)
    assert engine.calls == [["a", "b", "c"], ["d"], ["b", "c"]]
