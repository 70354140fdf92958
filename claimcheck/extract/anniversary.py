"""Dates implied by anniversaries: "the 25th anniversary of X in 2015" says X happened in 1990."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from claimcheck.extract import context as ctx
from claimcheck.nlp.sentences import Sentence
from claimcheck.records import Claim, Source

if TYPE_CHECKING:
    from claimcheck.extract.context import PersonResolver


def anniversary_claims(
    doc: Doc, src: Source, sent: Sentence, values: list[tuple[Span, dict]], resolve: "PersonResolver | None"
) -> tuple[list[Claim], set[int]]:
    """A derived date claim for each "Nth anniversary" whose date is given in the sentence.

    Also returns the token starts of the dates used as anniversaries' dates: those date the
    celebration, not the event it celebrates.
    """
    from claimcheck.extract import make_claim

    out: list[Claim] = []
    bases: set[int] = set()
    dates = [(s, v) for s, v in values if v["kind"] == "date" and not v.get("bound") and v.get("low")]
    for span, value in values:
        if value["kind"] != "ordinal" or not isinstance(value.get("value"), (int, float)):
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is None or nxt.lower_ not in {"anniversary", "birthday", "jubilee"}:
            continue
        years = int(value["value"])
        found = _nearest_after(dates, span)
        if found is None:
            continue
        when_span, when = found
        derived = _shift(when, years)
        if derived is None:
            continue
        event_tok = ctx._of_object(nxt) if doc.has_annotation("DEP") else None
        predicate = ctx._class_for(event_tok, doc) if event_tok is not None else None
        if event_tok is not None and event_tok.pos_ == "NOUN":
            inner = ctx._of_object(event_tok)
            if inner is not None and inner.lemma_.lower() in ctx.lexicon().relation_nouns:
                predicate = "relations"
        anchor = event_tok if event_tok is not None else nxt
        subject, participants, _ = ctx.participants_of(doc, span, anchor, resolve, sent.start)
        start, end = span.start_char, nxt.idx + len(nxt.text) - doc[0].idx
        surface = {"kind": "date", "start": start, "end": end, **derived}
        claim = make_claim(
            src,
            sent,
            surface,
            subject=subject,
            participants=participants,
            predicate=predicate,
            attribute=None,
            attribution=None,
        )
        out.append(claim)
        bases.add(when_span.start)
    return out, bases


def _nearest_after(dates: list[tuple[Span, dict]], span: Span) -> tuple[Span, dict] | None:
    after = [(s, v) for s, v in dates if s.start > span.start]
    pool = after or dates
    if not pool:
        return None
    return min(pool, key=lambda sv: abs(sv[0].start - span.start))


def _shift(value: dict, years: int) -> dict | None:
    """``value`` moved back by ``years`` at the same precision (a year, or a month of a year)."""
    low, high = value.get("low"), value.get("high")
    if not low or not high:
        return None
    y, m = int(low[:4]) - years, low[5:7]
    precision = value.get("precision")
    if precision == "year" or (low[5:] == "01-01" and high[5:] == "01-01" and int(high[:4]) - int(low[:4]) == 1):
        return {"value": f"{y:04d}", "low": f"{y:04d}-01-01", "high": f"{y + 1:04d}-01-01", "precision": "year",
                "note": f"implied by {value.get('text')}"}
    if precision in {"month", "day"}:
        month = int(m)
        ny, nm = (y + 1, 1) if month == 12 else (y, month + 1)
        return {"value": f"{y:04d}-{m}", "low": f"{y:04d}-{m}-01", "high": f"{ny:04d}-{nm:02d}-01",
                "precision": "month", "note": f"implied by {value.get('text')}"}
    return None
