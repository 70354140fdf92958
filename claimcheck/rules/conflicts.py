"""Disagreements between the claims of one fact: across sources (CC1xx) and inside one source (CC2xx)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Callable

from claimcheck.entities.display import attribute_label, entity_names
from claimcheck.records import Claim, Fact, Finding
from claimcheck.rules import compare
from claimcheck.rules.base import Corpus, Rule

NUMERIC = {"number", "quantity", "money", "percent"}


def _cluster(claims: list[Claim]) -> list[list[Claim]]:
    """Claims with the same normalised value, in first-seen order."""
    clusters: dict[tuple, list[Claim]] = {}
    for c in claims:
        key = (c.kind, c.unit, str(c.low), str(c.high), str(c.value), c.bound, c.approx)
        clusters.setdefault(key, []).append(c)
    return list(clusters.values())


def _pairs(
    corpus: Corpus, claims: list[Claim], relation: Callable[[Claim, Claim], str | None], wanted: set[str], internal: bool
) -> Iterator[tuple[list[Claim], list[Claim], str]]:
    """Pairs of value clusters whose relation is in ``wanted``: across sources, or within one."""
    clusters = _cluster(claims)
    for i in range(len(clusters)):
        for j in range(i + 1, len(clusters)):
            ci, cj = clusters[i], clusters[j]
            rel = relation(ci[0], cj[0])
            if rel not in wanted:
                continue
            if internal:
                shared = sorted({c.source for c in ci} & {c.source for c in cj})
                for src in shared:
                    yield [c for c in ci if c.source == src], [c for c in cj if c.source == src], rel
            else:
                si, sj = {c.source for c in ci}, {c.source for c in cj}
                if si == sj and len(si) == 1:
                    continue  # one source against itself is the internal rule's business
                # Report at the side that stands alone (fewer sources), ties at the later one.
                left = [c for c in ci if c.source not in sj or len(si) > 1]
                right = [c for c in cj if c.source not in si or len(sj) > 1]
                if not left or not right:
                    continue
                yield left, right, rel


def _order(left: list[Claim], right: list[Claim]) -> list[Claim]:
    """The claims of a finding, the lone side first (where the finding is reported)."""
    nl, nr = len({c.source for c in left}), len({c.source for c in right})
    first, second = (left, right) if (nl, left[0].id) < (nr, right[0].id) and nl <= nr else (right, left)
    if nl == nr:
        first, second = (left, right) if left[0].id > right[0].id else (right, left)
    return first + second


def _describe(corpus: Corpus, side: list[Claim]) -> str:
    sources = sorted({corpus.label(c.source) for c in side})
    return f"{side[0].text!r} ({', '.join(sources)})"


def _attribution(corpus: Corpus, claims: list[Claim]) -> str:
    attrs = sorted({f"{corpus.label(c.source)}: {c.attribution}" for c in claims if c.attribution})
    if not attrs:
        return ""
    return f" Sources of the figures: {'; '.join(attrs)}."


def _subject(fact: Fact | None, claims: list[Claim]) -> str:
    c = claims[0]
    what = attribute_label(c.attribute) or c.predicate or "this fact"
    about = entity_names(fact.about) if fact and fact.about else ""
    return f"{what}" + (f" ({about})" if about else "")


def _numeric_findings(corpus: Corpus, rule: Rule, internal: bool) -> Iterator[Finding]:
    for fact in corpus.facts:
        claims = [c for c in corpus.fact_claims(fact) if c.kind in NUMERIC]
        if len(claims) < 2:
            continue
        rel = lambda a, b: compare.numeric_relation(a, b, corpus.tolerance)  # noqa: E731
        for left, right, _ in _pairs(corpus, claims, rel, {compare.CONFLICT}, internal):
            ordered = _order(left, right)
            lone = ordered[: len(left) if ordered[0] is left[0] else len(right)]
            other = ordered[len(lone) :]
            diagnosis = compare.diagnose(lone[0], other[0])
            where = "this source gives" if internal else "sources disagree on"
            msg = (
                f"{where.capitalize()} {_subject(fact, ordered)}: {_describe(corpus, lone)} vs {_describe(corpus, other)}."
                + (f" Diagnosis: {diagnosis}." if diagnosis else "")
                + _attribution(corpus, ordered)
            )
            yield rule.finding(ordered, msg, fact.id, diagnosis)


def _date_groups(corpus: Corpus) -> Iterator[tuple[Fact | None, list[Claim], str]]:
    """Date claims that should agree: aligned events, and the time contexts of aligned figures."""
    for fact in corpus.facts:
        claims = corpus.fact_claims(fact)
        if fact.kind == "date":
            what = attribute_label(fact.attribute) or fact.predicate or "this event"
            yield fact, [c for c in claims if c.kind == "date"], f"the date of the {what}"
        elif fact.kind in NUMERIC:
            dated = []
            for c in claims:
                d = corpus.time_claim(c)
                if d is not None and d not in dated:
                    dated.append(d)
            if len(dated) >= 2:
                yield fact, dated, f"the date of the {fact.attribute or ''} figure".replace("  ", " ")


def _date_findings(corpus: Corpus, rule: Rule, wanted: set[str], internal: bool) -> Iterator[Finding]:
    for fact, claims, what in _date_groups(corpus):
        for left, right, rel in _pairs(corpus, claims, compare.date_relation, wanted, internal):
            ordered = _order(left, right)
            lone = ordered[: len(left) if ordered[0] is left[0] else len(right)]
            other = ordered[len(lone) :]
            about = f" ({entity_names(fact.about)})" if fact and fact.about else ""
            if rel == compare.LESS_PRECISE:
                msg = f"Less precise date for {what}{about}: {_describe(corpus, lone)} vs {_describe(corpus, other)}; the point lies inside the range, but the sources may describe the event differently."
            elif rel == compare.RANGE_DIFFERS:
                msg = f"Date ranges differ for {what.replace('the date of ', '')}{about}: {_describe(corpus, lone)} vs {_describe(corpus, other)}."
            else:
                prefix = "This source gives two dates" if internal else "Sources disagree on"
                msg = f"{prefix} {what}{about}: {_describe(corpus, lone)} vs {_describe(corpus, other)}."
            yield rule.finding(ordered, msg + _attribution(corpus, ordered), fact.id if fact else None)


def _rank_findings(corpus: Corpus, rule: Rule, internal: bool) -> Iterator[Finding]:
    def rel(a: Claim, b: Claim) -> str | None:
        try:
            return compare.AGREE if float(a.value) == float(b.value) else compare.CONFLICT
        except (TypeError, ValueError):
            return None

    for fact in corpus.facts:
        claims = [c for c in corpus.fact_claims(fact) if c.kind == "ordinal"]
        if len(claims) < 2:
            continue
        for left, right, _ in _pairs(corpus, claims, rel, {compare.CONFLICT}, internal):
            ordered = _order(left, right)
            lone = ordered[: len(left) if ordered[0] is left[0] else len(right)]
            other = ordered[len(lone) :]
            who = entity_names(ordered[0].subject) or "the subject"
            attribute = attribute_label(ordered[0].attribute) or "rank"
            times = sorted({c.time_text for c in ordered if c.time_text})
            when = f" (times given: {', '.join(times)})" if times else ""
            prefix = "This source ranks" if internal else "Sources rank"
            msg = f"{prefix} {who} differently as {attribute}: {_describe(corpus, lone)} vs {_describe(corpus, other)}{when}."
            yield rule.finding(ordered, msg + _attribution(corpus, ordered), fact.id)


def quantity_mismatch(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _numeric_findings(corpus, rule, internal=False)


def quantity_mismatch_internal(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _numeric_findings(corpus, rule, internal=True)


def date_mismatch(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _date_findings(corpus, rule, {compare.CONFLICT}, internal=False)


def date_less_precise(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _date_findings(corpus, rule, {compare.LESS_PRECISE}, internal=False)


def date_range_mismatch(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _date_findings(corpus, rule, {compare.RANGE_DIFFERS}, internal=False)


def date_mismatch_internal(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _date_findings(corpus, rule, {compare.CONFLICT, compare.RANGE_DIFFERS}, internal=True)


def rank_mismatch(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _rank_findings(corpus, rule, internal=False)


def rank_mismatch_internal(corpus: Corpus, rule: Rule) -> Iterator[Finding]:
    return _rank_findings(corpus, rule, internal=True)
