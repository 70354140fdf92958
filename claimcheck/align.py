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

import pandas as pd

from claimcheck.extract.lexicon import lexicon
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
_DATE_PREDICATES_SKIPPED = _GENERIC | {"begin", "end", "continue", "start", "anniversary"}
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
        named = bool(claim.attribute and " " in claim.attribute)  # "gulf war", "border war"
        if claim.predicate not in lexicon().once_predicates and not named:
            return None  # visits, meetings, elections recur: two dates may be two occasions
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
    if a.source == b.source and a.sentence == b.sentence:
        return False, "one sentence lists different facts"
    pa, pb = _canonical(a.participants), _canonical(b.participants)
    people_a = {p for p in pa if p.startswith("PER:")}
    people_b = {p for p in pb if p.startswith("PER:")}
    if people_a and people_b and not people_a & people_b:
        return False, "different people"
    shared = sorted(pa & pb)
    if a.subject and b.subject and not set(a.subject) & set(b.subject):
        return False, "different subjects"
    if a.kind == "date":
        if a.attribute and b.attribute and a.attribute != b.attribute and a.attribute.split()[-1] == b.attribute.split()[-1]:
            if a.attribute != a.attribute.split()[-1] and b.attribute != b.attribute.split()[-1]:
                return False, "different events"  # "border war" is not "civil war"
        if not shared or len(pa & pb) / len(pa | pb) < 0.5:
            return False, "different participants"
        if a.predicate in lexicon().relational_predicates and min(len(pa), len(pb)) < 2:
            return False, "a relation with one party unknown"
        if _weak_date(a, pa) or _weak_date(b, pb):
            return False, "too little context"
        if a.source == b.source and pa != pb:
            return False, "different participants"
    else:
        if pa and pb and len(pa & pb) / len(pa | pb) < 0.5:
            return False, "different participants"
        if not _predicates_compatible(a.predicate, b.predicate):
            return False, "different predicates"
        if a.kind == "number" and not (a.time and b.time):
            return False, "counts without a time"  # "23 points", "four games": which game, which season?
        if not (pa and pb) and (a.predicate != b.predicate or a.predicate in _GENERIC or not (a.time and b.time)):
            return False, "too little context"  # a bare "32 million people" could be anything
        if not (pa and pb) and (a.attribute or "").split()[-1:] and a.attribute.split()[-1] in lexicon().generic_attributes:
            return False, "too little context"
        if a.kind == "percent" and a.predicate != b.predicate:
            return False, "different propositions"  # "68% believe X" and "83% are unhappy"
        if a.kind != "ordinal" and a.source == b.source and (pa != pb or a.predicate != b.predicate or a.predicate in _GENERIC):
            return False, "not clearly one fact"  # an article's two figures usually measure two things
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


def _weak_date(c: Claim, participants: set[str]) -> bool:
    """A date with one participant and no event name says too little to be matched."""
    named = bool(c.attribute and " " in c.attribute)
    return len(participants) < 2 and not named


def _canonical(ids: tuple[str, ...]) -> set[str]:
    """Participants with historic states read as their successors (West Germany ~ Germany)."""
    from claimcheck.entities.gazetteer import canonical

    return {canonical(i) for i in ids}


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
    order = {c.id: i for i, c in enumerate(claims)}
    groups: list[tuple[list[str], str]] = []
    keyed = df[df["block"].notna()]
    for _, block in keyed.groupby("block", sort=True):
        ids = sorted(block["id"], key=order.__getitem__)
        for part in _split_large(ids, by_id):
            groups.extend(_complete_linkage(part, by_id))
    facts: list[Fact] = []
    fact_of: dict[str, str] = {}
    groups.sort(key=lambda g: (order[g[0][0]], -len(g[0])))
    seen: set[str] = set()
    unique = []
    for members, why in groups:  # a claim of a split block may be grouped twice: keep its first group
        members = [m for m in members if m not in seen]
        if len(members) > 1:
            seen.update(members)
            unique.append((members, why))
    groups = unique
    for n, (members, why) in enumerate(groups, 1):
        first = by_id[members[0]]
        about = sorted({p for m in members for p in by_id[m].participants})
        fid = f"F{n}"
        facts.append(Fact(fid, first.kind, tuple(about), first.predicate, first.attribute, tuple(members), why))
        for m in members:
            fact_of[m] = fid
    return [replace(c, fact=fact_of.get(c.id)) for c in claims], facts


def _split_large(ids: list[str], by_id: dict[str, Claim]) -> list[list[str]]:
    """A block too large to compare within is split by participant (claims without any are dropped).

    Compatible claims share a participant, so a claim is put under each of its participants;
    a part that is still too large is cut, as a key that common says too little to align on.
    """
    if len(ids) <= MAX_BLOCK:
        return [ids]
    parts: dict[str, list[str]] = {}
    for cid in ids:
        for p in sorted(_canonical(by_id[cid].participants)):
            parts.setdefault(p, []).append(cid)
    return [members[:MAX_BLOCK] for _, members in sorted(parts.items())]


def _complete_linkage(ids: list[str], by_id: dict[str, Claim]) -> list[tuple[list[str], str]]:
    """Groups in which every two claims are compatible, built greedily in text order.

    Complete linkage, not connected components: a chain A~B~C must not make A and C one fact
    when they are not compatible themselves (two wars that each resemble a third).
    """
    groups: list[tuple[list[str], str]] = []
    for cid in ids:
        best = None
        for k, (members, _) in enumerate(groups):
            verdicts = [compatible(by_id[m], by_id[cid]) for m in members]
            if all(ok for ok, _ in verdicts):
                best = (k, verdicts[0][1])
                break
        if best is None:
            groups.append(([cid], ""))
        else:
            k, why = best
            members, old_why = groups[k]
            groups[k] = (members + [cid], old_why or why)
    return [(members, why) for members, why in groups if len(members) > 1]
