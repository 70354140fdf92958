"""What a rule is: a small declaration with a stable code, a check, docs and examples."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Callable, Iterable

from claimcheck.records import Claim, Fact, Finding, Source


@dataclass(frozen=True)
class Example:
    """A tiny corpus: one text per source; the rule must (or must not) fire on it."""

    texts: tuple[str, ...]
    dates: tuple[str | None, ...] = ()
    note: str = ""


@dataclass
class Corpus:
    """Everything a rule may look at."""

    sources: list[Source]
    claims: list[Claim]
    facts: list[Fact]
    tolerance: float = 0.1
    by_id: dict[str, Claim] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.claims}
        self._labels = {s.id: s.outlet or s.author or s.id.rsplit("/", 1)[-1] for s in self.sources}
        self._dates: dict[tuple[str, str], list[Claim]] = {}
        for c in self.claims:
            if c.kind == "date":
                self._dates.setdefault((c.source, c.sentence), []).append(c)

    def label(self, source_id: str) -> str:
        """A readable name for a source: its outlet, else its author, else its file name."""
        return self._labels.get(source_id, source_id)

    def time_claim(self, claim: Claim) -> Claim | None:
        """The date claim that gives ``claim``'s time context, if any."""
        if not claim.time:
            return None
        for d in self._dates.get((claim.source, claim.sentence), []):
            if (d.low, d.high) == tuple(claim.time) and not d.bound:
                return d
        return None

    def fact_claims(self, fact: Fact) -> list[Claim]:
        return [self.by_id[c] for c in fact.claims]


@dataclass(frozen=True)
class Rule:
    """A declared check. ``check`` yields findings without id or fingerprint; the runner adds them."""

    code: str
    name: str
    severity: str
    summary: str
    what: str
    why: str
    example: str
    check: Callable[[Corpus, "Rule"], Iterable[Finding]]
    fires: tuple[Example, ...] = ()
    quiet: tuple[Example, ...] = ()

    def doc(self) -> str:
        """The rule's documentation, as ``claimcheck rule CODE`` prints it."""
        return (
            f"{self.code} {self.name} (default severity: {self.severity})\n\n"
            f"{self.summary}\n\n## What it does\n{self.what}\n\n## Why\n{self.why}\n\n## Example\n{self.example}\n"
        )

    def finding(self, claims: list[Claim], message: str, fact: str | None = None, diagnosis: str | None = None) -> Finding:
        return Finding(
            rule=self.code,
            name=self.name,
            severity=self.severity,
            message=message,
            claims=tuple(c.id for c in claims),
            fact=fact,
            diagnosis=diagnosis,
        )


def fingerprint(finding: Finding, claims: dict[str, Claim]) -> str:
    """A content hash of the finding: rule, and each claim's source path, value and sentence.

    Line numbers are left out so that edits elsewhere in a file keep the fingerprint.
    """
    parts = [finding.rule]
    for cid in sorted(finding.claims, key=lambda i: (claims[i].path, claims[i].text, claims[i].sentence)):
        c = claims[cid]
        parts.append(json.dumps([c.path, c.kind, c.text, str(c.value), c.unit, " ".join(c.sentence.split())]))
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]
