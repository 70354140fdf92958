"""People's names spelled differently across sources, gathered from a report for review.

Names come from the report alone (the contract): the people among the claims' participants
(``PER:<name key>``), the full names written in the sentences that carry claims, and the full
names each source writes anywhere (``sources[].names``), so that a name spelled differently in
a sentence without a figure is still seen. The grouping
of spellings is ``claimcheck.entities.people.spelling_variants``; without it the report says so.
"""

from __future__ import annotations

from dataclasses import dataclass

PERSON_PREFIX = "PER:"


@dataclass(frozen=True)
class Spelling:
    """One way of writing a name, and where it is written so."""

    name: str  # as first written in a sentence; the name key when only a participant id has it
    sources: tuple[str, ...]


@dataclass(frozen=True)
class NameReview:
    groups: list[list[Spelling]]
    note: str | None  # why the list may be incomplete, or None


def _people():
    try:
        from claimcheck.entities import people
    except ImportError:
        return None
    if not hasattr(people, "spelling_variants"):
        return None
    return people


def spellings(report: dict, people=None) -> dict[str, tuple[str, set[str]]]:
    """Name key -> (display spelling, source ids), in order of first appearance."""
    found: dict[str, tuple[str, set[str]]] = {}

    def add(key: str, shown: str, source: str) -> None:
        entry = found.setdefault(key, (shown, set()))
        entry[1].add(source)

    # A source's own list (the whole text's names, as first written) comes first; the sentences
    # of claims are read only for sources without one (reports written before the list existed).
    listed = set()
    for s in report.get("sources", ()):
        if "names" in s:
            listed.add(s["id"])
            for person in s["names"]:
                add(person["key"], person["name"], s["id"])
    for c in report["claims"]:
        if people is not None and hasattr(people, "PersonRegistry") and c["source"] not in listed:
            for m in people.PersonRegistry.from_text(c["sentence"]).mentions:
                add(m.key, m.text, c["source"])
        for p in (*c.get("subject", ()), *c.get("participants", ())):
            if p.startswith(PERSON_PREFIX) and p[len(PERSON_PREFIX):]:
                add(p[len(PERSON_PREFIX):], p[len(PERSON_PREFIX):], c["source"])
    return found


def name_review(report: dict) -> NameReview:
    """Groups of two or more spellings that are likely one person, each with its sources."""
    people = _people()
    if people is None:
        return NameReview(
            [],
            "Names spelled differently could not be checked: the name matcher "
            "(claimcheck.entities.people.spelling_variants) is not available in this installation.",
        )
    found = spellings(report, people)
    groups = people.spelling_variants(list(found))
    review = []
    for g in groups:
        members = [Spelling(found[k][0], tuple(sorted(found[k][1]))) for k in g]
        # Only a spelling difference *across* sources needs a reader's eye.
        if len({s for m in members for s in m.sources}) >= 2:
            review.append(members)
    return NameReview(review, None)
