"""The incremental extraction cache: claims per source, in SQLite, keyed by content.

A source's key hashes its text, raw text, offsets and metadata together with the tool version,
a fingerprint of the extraction code and data, the model's name and version and the
extraction-relevant options, so any change that could change its claims misses the cache.
Two runs may share a folder (WAL, transactions, a busy timeout). A cache that cannot be
trusted (unreadable file, other schema version, undecodable row) is rebuilt, never used.
Entries no run has used for ``KEEP_DAYS`` are deleted when new ones are written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from array import array
from dataclasses import asdict, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from claimcheck import __version__
from claimcheck.records import Claim, Source

log = logging.getLogger("claimcheck.cache")

SCHEMA_VERSION = 2
DB_NAME = "claims.sqlite3"
BUSY_TIMEOUT_S = 60
KEEP_DAYS = 30  # entries no run has used for this long are deleted (old versions, deleted articles)
# Packages whose code or data decide what a source's claims are.
EXTRACTION_PACKAGES = ("extract", "nlp", "normalize", "entities", "engines")
_TUPLE_FIELDS = tuple(f.name for f in fields(Claim) if str(f.type).startswith("tuple"))


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the extraction code and data files, so an edited extractor never reads old claims."""
    pkg = Path(__file__).parent
    h = hashlib.sha256()
    files = [pkg / "records.py"]
    for name in EXTRACTION_PACKAGES:
        files += sorted(p for p in (pkg / name).rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".toml", ".txt"))
    for f in files:
        h.update(f.relative_to(pkg).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def today() -> int:
    """Days since the epoch: the unit in which the cache records when an entry was last used."""
    return int(time.time() // 86400)


def encode_claims(claims: list[Claim]) -> str:
    return json.dumps([asdict(c) for c in claims], ensure_ascii=False, separators=(",", ":"))


def decode_claims(data: str) -> list[Claim]:
    """Claims back from ``encode_claims`` (tuple fields rebuilt); raises on anything else."""
    rows = json.loads(data)
    if not isinstance(rows, list):
        raise ValueError("not a list of claims")
    out = []
    for d in rows:
        for name in _TUPLE_FIELDS:
            if isinstance(d.get(name), list):
                d[name] = tuple(d[name])
        out.append(Claim(**d))
    return out


class ClaimCache:
    """Claims per source key in ``folder``/claims.sqlite3."""

    def __init__(self, folder: str | Path, model: str, model_version: str | None, extraction: dict[str, Any] | None = None):
        self.folder = Path(folder)
        self.path = self.folder / DB_NAME
        self.salt = json.dumps(
            {"schema": SCHEMA_VERSION, "tool": __version__, "code": code_fingerprint(), "model": model,
             "model_version": model_version, "extraction": extraction or {}},
            sort_keys=True,
        )
        self.hits = self.misses = 0
        self._con = self._open()

    # -- opening and rebuilding

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
        return con

    def _open(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by claimcheck\n*\n", encoding="utf-8")
        try:
            con = self._connect()
            self._prepare(con)
            return con
        except sqlite3.DatabaseError as exc:  # not a database, or damaged: start again
            log.warning("cache %s is unreadable (%s); rebuilding it", self.path, exc)
            self._remove_files()
            con = self._connect()
            self._prepare(con)
            return con

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    @staticmethod
    def _prepare(con: sqlite3.Connection) -> None:
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None or row[0] != str(SCHEMA_VERSION):
                con.execute("DROP TABLE IF EXISTS claims")
                con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            con.execute("CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data TEXT NOT NULL, used INTEGER NOT NULL)")
            con.execute("SELECT count(*) FROM claims").fetchone()  # reads a page: fails on a damaged file
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise

    # -- keys, reading, writing

    def key(self, source: Source) -> str:
        h = hashlib.sha256(self.salt.encode())
        meta = [source.id, source.path, source.status, source.title, source.date, source.outlet, source.author, source.encoding]
        for part in (json.dumps(meta), source.raw, source.text):
            h.update(b"\0")
            h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
        h.update(array("q", source.offsets).tobytes())
        return h.hexdigest()

    def get_many(self, sources: list[Source]) -> dict[str, list[Claim]]:
        """Cached claims per source id, for the sources the cache holds."""
        keys = {self.key(s): s.id for s in sources}
        found: dict[str, list[Claim]] = {}
        bad: list[str] = []
        stale: list[str] = []  # hits last used before today
        now = today()
        items = list(keys)
        try:
            for i in range(0, len(items), 500):  # stay under SQLite's variable limit
                chunk = items[i : i + 500]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, data, used FROM claims WHERE key IN ({marks})"
                for key, data, used in self._con.execute(query, chunk):
                    try:
                        found[keys[key]] = decode_claims(data)
                    except (ValueError, TypeError, KeyError, AttributeError):
                        bad.append(key)
                        continue
                    if used != now:
                        stale.append(key)
        except sqlite3.DatabaseError as exc:
            log.warning("cache %s could not be read (%s); rebuilding it", self.path, exc)
            self._rebuild()
            found = {}
        if bad:
            log.warning("cache %s: %d undecodable entries dropped", self.path, len(bad))
        if bad or stale:  # at most one write a day per entry for a warm run
            self._write([], delete=bad, touch=stale)
        self.hits += len(found)
        self.misses += len(sources) - len(found)
        return found

    def put_many(self, sources: list[Source], claims: dict[str, list[Claim]]) -> None:
        """Store the claims of ``sources`` (those that survive a JSON round trip unchanged)."""
        rows = []
        for s in sources:
            cs = claims.get(s.id, [])
            try:
                data = encode_claims(cs)
                if decode_claims(data) != cs:
                    continue  # a value JSON cannot carry: not cached, never wrong
            except (TypeError, ValueError):
                continue
            rows.append((self.key(s), data))
        self._write(rows)

    def _write(self, rows: list[tuple[str, str]], delete: list[str] = (), touch: list[str] = ()) -> None:
        now = today()
        try:
            self._con.execute("BEGIN IMMEDIATE")
            try:
                self._con.executemany("DELETE FROM claims WHERE key = ?", [(k,) for k in delete])
                self._con.executemany("UPDATE claims SET used = ? WHERE key = ?", [(now, k) for k in touch])
                self._con.executemany(
                    "INSERT OR REPLACE INTO claims (key, data, used) VALUES (?, ?, ?)", [(k, d, now) for k, d in rows]
                )
                if rows:
                    self._con.execute("DELETE FROM claims WHERE used < ?", (now - KEEP_DAYS,))
                self._con.execute("COMMIT")
            except BaseException:
                if self._con.in_transaction:
                    self._con.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:  # a full disk or a damaged file: the run goes on without it
            log.warning("cache %s could not be written (%s)", self.path, exc)

    def _rebuild(self) -> None:
        self._con.close()
        self._remove_files()
        self._con = self._connect()
        self._prepare(self._con)

    def close(self) -> None:
        self._con.close()


def cached_extract(
    sources: list[Source],
    cache_dir: str | Path,
    model: str,
    run_engine: Callable[[list[Source]], dict[str, list[Claim]]],
    extraction: dict[str, Any] | None = None,
) -> dict[str, list[Claim]]:
    """Claims per source id: cached ones read back, only the misses given to ``run_engine`` (then stored)."""
    from claimcheck.nlp import model_info

    todo = [s for s in sources if s.status == "ok"]
    try:
        cache = ClaimCache(cache_dir, model, model_info(model).version, extraction)
    except (OSError, sqlite3.Error) as exc:
        log.warning("cache %s cannot be used (%s); extracting everything", cache_dir, exc)
        return run_engine(sources)
    try:
        found = cache.get_many(todo)
        misses = [s for s in todo if s.id not in found]
        if misses:
            fresh = run_engine(misses)
            cache.put_many(misses, fresh)
            found.update(fresh)
        return found
    finally:
        cache.close()
