"""Group claims that speak of the same fact.

Claims are first put in blocks by a key (what is measured, in what dimension; or which event a
date belongs to), a pandas ``groupby``, so the cost grows with the size of the blocks rather
than with the square of the corpus. Inside a block, two claims are the same fact when their
participants, predicates, rates and time contexts are compatible; groups are the connected
components of that relation. A weak match is left out: a false alarm costs the reader more
than a miss.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

import pandas as pd

from claimcheck.records import Claim, Fact

# Predicates that say nothing about which event a figure belongs to.
_GENERIC = {None, "be", "have", "do", "say", "tell", "make", "get", "see", "become", "remain", "continue", "include"}
# Predicate classes that can describe the same transaction or event in other words.
_COMPATIBLE = [
    {"buy", "pay", "owe", "import", "cost"},
    {"sell", "export", "supply"},
    {"kill"},
    {"invade", "attack", "occupy"},
    {"relations", "establish", "recognize"},
    {"meet", "visit"},
]
# Dates anchored on these predicates are not events of their own.
_DATE_PREDICATES_SKIPPED = _GENERIC | {"begin", "end", "continue", "start"}
MAX_BLOCK = 400


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    """The claims table: one row per claim."""
    rows = [c.to_dict() for c in claims]
    df = pd.DataFrame(rows)
    if df.empty:
        return df
    df["block"] = [block_key(c) for c in claims]
    return df


def block_key(claim: Claim) -> str | None:
    """The blocking key of ``claim``, or None when it cannot be compared."""
    if claim.kind in {"number", "quantity", "money", "percent"}:
        if not claim.attribute:
            return None
        return f"{claim.kind}|{measure(claim)}|{claim.attribute}|{claim.rate or ''}"
    if claim.kind == "ordinal":
        if not claim.attribute or not is_rank(claim):
            return None
        return f"rank|{claim.attribute}"
    if claim.kind == "date":
        if claim.bound or claim.predicate in _DATE_PREDICATES_SKIPPED or not claim.participants:
            return None
        if not claim.low or not claim.high:
            return None
        return f"date|{claim.predicate}"
    return None


def measure(claim: Claim) -> str:
    """The dimension a numeric claim is measured in (currency for money)."""
    if claim.kind == "quantity":
        try:
            from claimcheck.normalize.units import dimension

            return dimension(claim.unit) or str(claim.unit)
        except (ImportError, AttributeError, KeyError):
            return str(claim.unit)
    if claim.kind == "money":
        return str(claim.unit)
    return claim.kind


def is_rank(claim: Claim) -> bool:
    """A rank among others ("third largest", "biggest", "the first country to ...")."""
    from claimcheck.extract.lexicon import lexicon

    words = claim.text.lower().replace("-", " ").split()
    sup = lexicon().superlatives
    return any(w.endswith("est") or w in {"top", "most", "least"} or w[:-3] in sup for w in words[1:] + words[:1]) or (
        " to " in claim.sentence.lower() and "country" in (claim.attribute or "")
    )


def compatible(a: Claim, b: Claim) -> tuple[bool, str]:
    """Whether two claims in one block speak of the same fact, with the reason."""
    if a.source == b.source and a.start == b.start:
        return False, "same mention"
    if a.update or b.update:
        return False, "a later update"
    pa, pb = set(a.participants), set(b.participants)
    people_a = {p for p in pa if p.startswith("PER:")}
    people_b = {p for p in pb if p.startswith("PER:")}
    if people_a and people_b and not people_a & people_b:
        return False, "different people"
    shared = sorted(pa & pb)
    if a.subject and b.subject and not set(a.subject) & set(b.subject):
        return False, "different subjects"
    if a.kind == "date":
        if not shared or len(pa & pb) / len(pa | pb) < 0.5:
            return False, "different participants"
        if a.source == b.source and pa != pb:
            return False, "different participants"
    else:
        if pa and pb and len(pa & pb) / len(pa | pb) < 0.5:
            return False, "different participants"
        if not _predicates_compatible(a.predicate, b.predicate):
            return False, "different predicates"
        if a.time and b.time and not (a.time[0] < b.time[1] and b.time[0] < a.time[1]):
            return False, "different times"
        if a.kind == "ordinal" and set(a.subject) != set(b.subject):
            return False, "different subjects"
        if a.kind == "ordinal" and not a.subject:
            return False, "no subject"
    why = []
    if a.attribute:
        why.append(f"same measure '{a.attribute}'")
    if a.predicate and a.predicate == b.predicate:
        why.append(f"same event '{a.predicate}'")
    if shared:
        why.append("shared participants " + ", ".join(shared))
    if a.time and b.time:
        why.append("overlapping times")
    return True, "; ".join(why)


def _predicates_compatible(p: str | None, q: str | None) -> bool:
    if p == q or p in _GENERIC or q in _GENERIC:
        return True
    return any(p in group and q in group for group in _COMPATIBLE)


def align(claims: list[Claim]) -> tuple[list[Claim], list[Fact]]:
    """Claims with their ``fact`` set, and the facts (groups of two or more claims)."""
    if not claims:
        return [], []
    df = claims_frame(claims)
    by_id = {c.id: c for c in claims}
    parent: dict[str, str] = {}
    reasons: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    keyed = df[df["block"].notna()]
    for _, group in keyed.groupby("block", sort=True):
        ids = list(group["id"])
        if len(ids) > MAX_BLOCK:
            ids = ids[:MAX_BLOCK]  # a key this common is not specific enough to align on
        for x, y in combinations(ids, 2):
            ok, why = compatible(by_id[x], by_id[y])
            if ok:
                rx, ry = find(x), find(y)
                if rx != ry:
                    parent[max(rx, ry)] = min(rx, ry)
                reasons.setdefault(min(rx, ry), why)
    groups: dict[str, list[str]] = {}
    for cid in by_id:
        if cid in parent or any(v == cid for v in parent.values()):
            groups.setdefault(find(cid), []).append(cid)
    order = {c.id: i for i, c in enumerate(claims)}
    facts: list[Fact] = []
    fact_of: dict[str, str] = {}
    for n, (root, members) in enumerate(sorted(groups.items(), key=lambda kv: min(order[m] for m in kv[1])), 1):
        members.sort(key=order.__getitem__)
        first = by_id[members[0]]
        about = sorted({p for m in members for p in by_id[m].participants})
        fid = f"F{n}"
        facts.append(
            Fact(
                id=fid,
                kind=first.kind,
                about=tuple(about),
                predicate=first.predicate,
                attribute=first.attribute,
                claims=tuple(members),
                why=reasons.get(root, ""),
            )
        )
        for m in members:
            fact_of[m] = fid
    return [replace(c, fact=fact_of.get(c.id)) for c in claims], facts
