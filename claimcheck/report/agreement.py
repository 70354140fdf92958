"""How often each source agrees with the others, and how often it stands alone.

A claim *agrees* when it belongs to a fact that other sources also speak of (a fact with claims
from two or more sources) and no finding was raised on that fact. A claim *stands alone* when it
is the lone side of a cross-source finding: the finding's first claim, where the finding's claims
come from two or more sources (rules put the odd one out first).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceAgreement:
    id: str
    path: str
    title: str | None
    status: str
    claims: int
    compared: int  # claims in facts shared with other sources
    agree: int  # of those, claims in facts with no finding
    alone: int  # claims that are the lone side of a cross-source finding
    flagged: int  # claims in any finding

    @property
    def agree_share(self) -> float | None:
        """``agree / compared``, None when nothing of this source could be compared."""
        return self.agree / self.compared if self.compared else None


def source_agreement(report: dict) -> list[SourceAgreement]:
    """One row per source, in report order."""
    source_of = {c["id"]: c["source"] for c in report["claims"]}
    disputed = {f["fact"] for f in report["findings"] if f.get("fact")}
    compared: dict[str, int] = {}
    agree: dict[str, int] = {}
    for fact in report["facts"]:
        members = [source_of[c] for c in fact["claims"] if c in source_of]
        if len(set(members)) < 2:
            continue
        for s in members:
            compared[s] = compared.get(s, 0) + 1
            if fact["id"] not in disputed:
                agree[s] = agree.get(s, 0) + 1
    alone: dict[str, set[str]] = {}
    flagged: dict[str, set[str]] = {}
    for f in report["findings"]:
        for c in f["claims"]:
            flagged.setdefault(c["source"], set()).add(c["id"])
        if f["claims"] and len({c["source"] for c in f["claims"]}) >= 2:
            first = f["claims"][0]
            alone.setdefault(first["source"], set()).add(first["id"])
    return [
        SourceAgreement(
            id=s["id"],
            path=s["path"],
            title=s.get("title"),
            status=s["status"],
            claims=s["claims"],
            compared=compared.get(s["id"], 0),
            agree=agree.get(s["id"], 0),
            alone=len(alone.get(s["id"], ())),
            flagged=len(flagged.get(s["id"], ())),
        )
        for s in report["sources"]
    ]
