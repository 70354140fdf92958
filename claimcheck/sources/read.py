"""Paths to ``Source`` records: walking folders, ids, formats, manifests and bad input."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from claimcheck.records import Source
from claimcheck.sources.clean import clean
from claimcheck.sources.decode import BadInput, Decoded, decode
from claimcheck.sources.html import html_text
from claimcheck.sources.manifest import MANIFEST_NAME, Manifest, ManifestError, load_manifest
from claimcheck.sources.mapped import Offsets
from claimcheck.sources.markdown import markdown_text
from claimcheck.sources.metadata import parse_date
from claimcheck.sources.tables import Row, TableError, read_csv, read_json, read_jsonl, read_parquet

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".csv": "csv",
    ".parquet": "parquet",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
TABLES = ("csv", "parquet", "json", "jsonl")


def read_text(text: str, path: str = "<stdin>", date: str | None = None) -> Source:
    """A Source from text already in memory; the format follows ``path``'s extension (else text)."""
    fmt = FORMATS.get(Path(path).suffix.lower(), "text")
    if fmt in TABLES:
        fmt = "text"
    source_id = path if path.startswith("<") else Path(path).with_suffix("").as_posix()
    if not text.strip():
        return Source(id=source_id, path=path, status="skipped", reason="empty file", raw=text)
    return _document(source_id, path, Decoded(text, "utf-8"), fmt, {"date": date} if date else {})


def read_sources(paths: Sequence[str | Path]) -> list[Source]:
    """Sources for every input path: files, folders (walked recursively) and manifests.

    Order is by path, then by row within a table file; every path yields at least one Source.
    """
    files: list[tuple[Path, str | None]] = []  # (path, error for a missing path)
    bases: list[Path] = []
    explicit_manifests: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            bases.append(p)
            files.extend(_walk(p))
        elif p.name == MANIFEST_NAME and p.is_file():
            bases.append(p.parent)
            explicit_manifests.append(p)
        elif p.exists() or p.is_symlink():
            bases.append(p.parent)
            files.append((p, None if p.exists() else "broken symbolic link"))
        else:
            bases.append(p.parent)
            files.append((p, "no such file or directory"))
    manifests = _Manifests()
    for m in explicit_manifests:
        manifest = manifests.get(m.parent)
        if manifest is not None and manifest.entries:
            files.extend((m.parent / rel, None) for rel in sorted(manifest.entries))
        else:
            # A manifest given on its own that names nothing must still say so.
            error = manifests.errors.get(Path(os.path.abspath(m.parent)))
            files.append((m, error or "manifest lists no articles"))
    seen: set[str] = set()
    unique: list[tuple[Path, str | None]] = []
    for f, err in files:
        key = os.path.abspath(f)
        if key not in seen:
            seen.add(key)
            unique.append((f, err))
    root = _common_root(bases)
    ids = _ids([f for f, _ in unique], root)
    shown = {f: _display(f) for f, _ in unique}
    out: list[Source] = []
    for f, err in sorted(unique, key=lambda item: shown[item[0]]):
        if err:
            status = "skipped" if err == "manifest lists no articles" else "error"
            out.append(Source(id=ids[f], path=shown[f], status=status, reason=err))
            continue
        out.extend(_read_file(f, ids[f], shown[f], manifests))
    return out


def _walk(folder: Path) -> list[tuple[Path, str | None]]:
    """Files under ``folder`` (hidden ones skipped), and folders that could not be listed."""
    found: list[tuple[Path, str | None]] = []

    def unlisted(error: OSError) -> None:
        reason = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
        found.append((Path(error.filename), f"cannot list folder: {reason}"))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unlisted):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(
            (Path(dirpath) / name, None)
            for name in sorted(filenames)
            if not name.startswith(".") and name != MANIFEST_NAME
        )
    return found


def _common_root(bases: list[Path]) -> Path:
    absolute = [os.path.abspath(b) for b in bases] or [os.getcwd()]
    return Path(os.path.commonpath(absolute))


def _ids(files: list[Path], root: Path) -> dict[Path, str]:
    """Path relative to the common root without extension; the extension is kept on a clash."""
    prefix = str(root).rstrip(os.sep) + os.sep
    rel: dict[Path, str] = {}
    for f in files:
        absolute = os.path.abspath(f)
        inside = absolute[len(prefix):] if absolute.startswith(prefix) else os.path.relpath(absolute, root)
        rel[f] = inside.replace(os.sep, "/")
    stems = {f: os.path.splitext(r)[0] if not os.path.basename(r).startswith(".") else r for f, r in rel.items()}
    counts: dict[str, int] = {}
    for s in stems.values():
        counts[s] = counts.get(s, 0) + 1
    return {f: (stems[f] if counts[stems[f]] == 1 else rel[f]) for f in files}


def _display(f: Path) -> str:
    """The path relative to the current directory when it lies under it, '/' separators."""
    absolute = os.path.abspath(f)
    prefix = os.getcwd().rstrip(os.sep) + os.sep
    if absolute.startswith(prefix):
        return absolute[len(prefix):].replace(os.sep, "/")
    return f.as_posix()


class _Manifests:
    """Manifests found in a file's folder or its parents, each loaded once."""

    def __init__(self) -> None:
        self._cache: dict[Path, Manifest | None] = {}
        self._chains: dict[str, list[Path]] = {}  # folder -> folders holding a manifest, nearest first
        self.errors: dict[Path, str] = {}

    def get(self, folder: Path) -> Manifest | None:
        folder = Path(os.path.abspath(folder))
        if folder not in self._cache:
            path = folder / MANIFEST_NAME
            manifest = None
            if path.is_file():
                try:
                    manifest = load_manifest(path)
                except ManifestError as exc:
                    self.errors[folder] = str(exc)
            self._cache[folder] = manifest
        return self._cache[folder]

    def lookup(self, file: Path) -> tuple[dict[str, str], str | None]:
        """The nearest manifest's entry for ``file``, and a manifest error to note."""
        folder = os.path.dirname(os.path.abspath(file))
        chain = self._chains.get(folder)
        if chain is None:
            here = Path(folder)
            chain = [c for c in (here, *here.parents) if self.get(c) is not None or c in self.errors]
            self._chains[folder] = chain
        for candidate in chain:
            if candidate in self.errors:
                return {}, self.errors[candidate]
            manifest = self._cache[candidate]
            entry = manifest.lookup(file) if manifest else {}
            if entry:
                return entry, None
        return {}, None


def _read_file(f: Path, source_id: str, shown: str, manifests: _Manifests) -> list[Source]:
    fmt = FORMATS.get(f.suffix.lower())
    if fmt is None:
        reason = f"unsupported file type {f.suffix.lower()}" if f.suffix else "unsupported file type (no extension)"
        return [Source(id=source_id, path=shown, status="skipped", reason=reason)]
    entry, manifest_error = manifests.lookup(f)
    try:
        if not stat.S_ISREG(f.stat().st_mode):
            raise BadInput("skipped", "not a regular file")
        if fmt == "parquet":
            if f.stat().st_size == 0:
                raise BadInput("skipped", "empty file")
            return _table_sources(source_id, shown, read_parquet(f), None, entry)
        decoded = decode(f.read_bytes())
    except BadInput as exc:
        return [Source(id=source_id, path=shown, status=exc.status, reason=exc.reason)]
    except TableError as exc:
        return [Source(id=source_id, path=shown, status="error", reason=str(exc))]
    except PermissionError:
        return [Source(id=source_id, path=shown, status="error", reason="permission denied")]
    except OSError as exc:
        return [Source(id=source_id, path=shown, status="error", reason=exc.strerror or str(exc))]
    if fmt in TABLES:
        try:
            rows = {"csv": read_csv, "json": read_json, "jsonl": read_jsonl}[fmt](_lines_fixed(decoded).text)
        except TableError as exc:
            return [Source(id=source_id, path=shown, status="error", reason=str(exc), encoding=decoded.encoding)]
        return _table_sources(source_id, shown, rows, decoded, entry)
    source = _document(source_id, shown, decoded, fmt, entry)
    if manifest_error:
        source = _with_note(source, manifest_error)
    return [source]


def _lines_fixed(decoded: Decoded) -> Decoded:
    """Old Mac files end lines with a bare CR: read them as newlines so positions count lines."""
    text = decoded.text
    if "\r" in text and "\n" not in text:
        return Decoded(text.replace("\r", "\n"), decoded.encoding, (*decoded.notes, "read CR line endings as newlines"))
    return decoded


def _document(source_id: str, shown: str, decoded: Decoded, fmt: str, entry: dict[str, str]) -> Source:
    decoded = _lines_fixed(decoded)
    raw = decoded.text
    title: str | None = None
    if fmt == "markdown":
        text, offs, title = markdown_text(raw)
    elif fmt == "html":
        text, offs, page = html_text(raw)
        title = page.pop("title", None)
        # The page's <meta> tags come after the manifest, before what the text says.
        entry = {**{k: v for k, v in page.items() if k != "date" or _iso(v)}, **entry}
    else:
        text, offs = raw, range(len(raw))
    return _cleaned(source_id, shown, raw, text, offs, len(raw), fmt, title, entry, decoded.encoding, decoded.notes)


def _cleaned(
    source_id: str,
    shown: str,
    raw: str,
    text: str,
    offs: Offsets,
    end: int,
    fmt: str,
    title: str | None,
    entry: dict[str, str],
    encoding: str | None,
    notes: tuple[str, ...],
) -> Source:
    result = clean(text, offs, end, hard_wrap=fmt != "html", blank_breaks=fmt == "markdown")
    meta = result.meta
    date = _iso(entry.get("date")) or meta.date
    status, reason = "ok", None
    if not result.text.strip():
        status, reason = "skipped", "no article text after cleaning"
    return Source(
        id=source_id,
        path=shown,
        status=status,
        reason=reason,
        title=entry.get("title") or title or meta.title,
        date=date,
        outlet=entry.get("outlet") or meta.outlet,
        author=entry.get("author") or meta.author,
        encoding=encoding,
        raw=raw,
        text=result.text,
        offsets=result.offsets,
        notes=(*notes, *result.notes),
    )


def _iso(value: str | None) -> str | None:
    """A manifest or column date as ISO: kept when already ISO, else parsed as a short span."""
    if not value:
        return None
    value = value.strip()
    head = value[:10]
    if len(head) == 10 and head[4] == "-" and head[7] == "-" and head.replace("-", "").isdigit():
        return head
    if len(value) in (4, 7) and value.replace("-", "").isdigit():
        return value
    return parse_date(value) if len(value.split()) <= 6 else None


def _table_sources(
    source_id: str, shown: str, rows: list[Row], decoded: Decoded | None, entry: dict[str, str]
) -> list[Source]:
    out: list[Source] = []
    encoding = decoded.encoding if decoded else None
    notes = decoded.notes if decoded else ()
    for row in rows:
        row_id = f"{source_id}#{row.number}"
        if row.error:
            out.append(Source(id=row_id, path=shown, status="error", reason=row.error))
            continue
        if row.text is None:
            out.append(Source(id=row_id, path=shown, status="skipped", reason="row has no text"))
            continue
        end = row.offsets[-1] + 1 if len(row.offsets) else 0
        meta = {**entry, **row.meta}  # a row's own columns win over a file-level manifest entry
        source = _cleaned(row_id, shown, row.raw, row.text, row.offsets, end, "text", None, meta, encoding, notes)
        out.append(source)
    if not out:
        out.append(Source(id=source_id, path=shown, status="skipped", reason="table has no rows"))
    return out


def _with_note(source: Source, note: str) -> Source:
    return replace(source, notes=(*source.notes, note))
