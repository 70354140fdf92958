"""Plain typed records passed between the pipeline stages.

sources -> Source; normalize -> Value; extract -> Claim; align -> Fact; rules -> Finding.
Each record is a frozen dataclass with a ``to_dict`` that gives its JSON form.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

Kind = Literal["number", "ordinal", "percent", "money", "quantity", "duration", "date"]
KINDS: tuple[str, ...] = ("number", "ordinal", "percent", "money", "quantity", "duration", "date")
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SourceStatus = Literal["ok", "error", "skipped"]


@dataclass(frozen=True)
class Value:
    """A normalised value found in text.

    ``start``/``end`` are character offsets into the text scanned (end exclusive).
    Numeric kinds carry a float/int ``value``; ``date`` carries an ISO string at the
    precision written ("1996", "1978-12", "2019-02-27", "188X" for a decade,
    "1994/1998" for a range) and ``duration`` an ISO 8601 duration ("P8Y").
    ``low``/``high`` give the interval: numbers for numeric kinds, ISO dates for dates
    (``high`` exclusive); ``None`` where the interval is open.
    """

    kind: str
    text: str
    start: int
    end: int
    value: Any
    unit: str | None = None
    low: Any = None
    high: Any = None
    approx: bool = False  # "about", "nearly", "some"
    bound: str | None = None  # "min" ("over", "at least", "since"), "max" ("under", "before")
    rate: str | None = None  # "per year", "each day", ...
    precision: str | None = None  # dates: day, month, season, year, decade, century, range
    relative: bool = False  # dates: resolved against a reference date ("last year")

    def to_dict(self) -> dict[str, Any]:
        return _fields_of(self)


def _fields_of(record: Any) -> dict[str, Any]:
    """A record's fields as a dict (shallow: ``dataclasses.asdict`` deep-copies, and costs a tenth
    of extraction; records are frozen and their values plain)."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True)
class Source:
    """One input document after reading and cleaning.

    ``text`` is the cleaned text the pipeline reads; ``offsets`` maps each character of
    ``text`` to its character offset in ``raw`` (the decoded file), so positions can be
    reported against the original file. ``status`` is ``ok``, ``error`` or ``skipped``
    with ``reason`` saying why; every input path yields exactly one Source.
    """

    id: str
    path: str
    status: str = "ok"
    reason: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date of publication, if known
    outlet: str | None = None
    author: str | None = None
    encoding: str | None = None
    raw: str = ""
    text: str = ""
    offsets: tuple[int, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. "decoded as cp1252", "removed 2 cookie banners"

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original file of ``text[offset]``."""
        if not self.offsets:
            raw_offset = offset
        elif offset >= len(self.offsets):
            raw_offset = self.offsets[-1] + 1
        else:
            raw_offset = self.offsets[offset]
        line = self.raw.count("\n", 0, raw_offset) + 1
        line_start = self.raw.rfind("\n", 0, raw_offset) + 1
        return line, raw_offset - line_start + 1


@dataclass(frozen=True)
class Claim:
    """A value together with what it is said about, in one sentence of one source."""

    id: str
    source: str
    path: str
    line: int
    column: int
    kind: str
    text: str
    sentence: str
    value: Any
    unit: str | None
    low: Any
    high: Any
    start: int = 0  # offset in the source's cleaned text
    end: int = 0
    approx: bool = False
    bound: str | None = None
    rate: str | None = None
    precision: str | None = None
    relative: bool = False
    subject: tuple[str, ...] = ()  # canonical entity ids the claim is about
    participants: tuple[str, ...] = ()  # all canonical entities of the clause
    predicate: str | None = None  # canonical predicate class ("buy", "visit", ...)
    attribute: str | None = None  # what is measured ("coffee", "trade partner", ...)
    time: tuple[str, str] | None = None  # time context interval (ISO, high exclusive)
    time_text: str | None = None
    attribution: str | None = None  # "according to the ministry"
    update: bool = False  # "the toll rose to ..."
    fact: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = _fields_of(self)
        d["subject"] = list(self.subject)
        d["participants"] = list(self.participants)
        d["time"] = list(self.time) if self.time else None
        return d


@dataclass(frozen=True)
class Fact:
    """Claims from one or more sources that speak of the same fact."""

    id: str
    kind: str
    about: tuple[str, ...]
    predicate: str | None
    attribute: str | None
    claims: tuple[str, ...]
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "about": list(self.about),
            "predicate": self.predicate,
            "attribute": self.attribute,
            "claims": list(self.claims),
            "why": self.why,
        }


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one or more claims."""

    rule: str
    name: str
    severity: str
    message: str
    claims: tuple[str, ...]
    fact: str | None = None
    diagnosis: str | None = None
    fingerprint: str = ""
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
