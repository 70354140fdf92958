"""Claims: every value in the sources, with what it is said about.

``extract_claims`` is a pure function from sources to claim records (no global state), which
is what lets ``nlp.pipe(n_process=...)``, the cache and other engines reuse it unchanged.
Only sentences that can hold a value are parsed.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimcheck import progress
from claimcheck.extract import context as ctx
from claimcheck.extract.anniversary import anniversary_claims
from claimcheck.nlp import matmul
from claimcheck.nlp.sentences import Sentence, may_hold_claim, split_sentences
from claimcheck.nlp.values import REFERENCE_KEY, SPAN_KEY
from claimcheck.nlp.workers import freeze_msgpack_codecs
from claimcheck.records import Claim, Source

try:
    from claimcheck.entities.people import PersonRegistry, registry_of
except ImportError:  # pragma: no cover - while the module is being written
    PersonRegistry = None  # type: ignore[assignment,misc]


VALUES_PIPE = "claimcheck_values"


@dataclass(frozen=True)
class _Job:
    source_index: int
    sentence: Sentence


def parse_units(sources: list[Source]) -> Iterator[tuple[_Job, str]]:
    """The sentences worth parsing, with the job that locates them."""
    for i, src in enumerate(sources):
        if src.status != "ok":
            continue
        for sent in split_sentences(src.text):
            if may_hold_claim(sent.text):
                yield _Job(i, sent), sent.text


# Batches of 256 sentences: 1,024 gave the same claims but, over the whole run on ECB+, more
# memory (930 MB against 548 MB) and no speed-up.
def extract_claims(
    sources: list[Source], nlp: Language, jobs: int = 1, batch_size: int = 256
) -> list[Claim]:
    """All claims of all ``ok`` sources, in source order then text order."""
    units = list(parse_units(sources))
    report = progress.current()
    report.add_sentences(len(units))
    kept: deque[tuple[_Job, str]] = deque()
    docs = _docs_with_values(nlp, sources, units, kept, report)
    # Docs stream through: each is turned into claims and dropped. Units come in source order,
    # so only the current source's person registry is kept.
    registry_of: tuple[int, object] = (-1, None)
    by_source: dict[int, list[Claim]] = {}
    n_process = max(1, jobs)
    if n_process > 1:
        freeze_msgpack_codecs()  # Docs cross to the workers as msgpack; forked workers inherit this
    skip = [VALUES_PIPE] if VALUES_PIPE in nlp.pipe_names else []
    parsed: Iterable[Doc] = (
        nlp.pipe(docs, batch_size=batch_size, n_process=n_process, disable=skip) if units else []
    )
    with matmul.one_thread():
        for doc in parsed:
            job, _ = kept.popleft()  # nlp.pipe keeps order, and reads a unit before it yields its Doc
            src = sources[job.source_index]
            if registry_of[0] != job.source_index:
                registry_of = (job.source_index, _registry(src))
            by_source.setdefault(job.source_index, []).extend(
                claims_from_doc(doc, src, job.sentence, registry_of[1])
            )
            report.advance(sentences=1)
    out: list[Claim] = []
    for i, src in enumerate(sources):
        claims = sorted(by_source.get(i, []), key=lambda c: (c.start, c.end, c.kind))
        for n, claim in enumerate(claims, 1):
            out.append(_with_id(claim, f"{src.id}:{n}"))
    return out


def _make_docs(nlp: Language, sources: list[Source], units: list[tuple[_Job, str]]) -> Iterator[Doc]:
    for job, text in units:
        doc = nlp.make_doc(text)
        date = sources[job.source_index].date
        if date:
            doc.user_data[REFERENCE_KEY] = date[:10]
        yield doc


def _docs_with_values(
    nlp: Language, sources: list[Source], units: list[tuple[_Job, str]], kept: deque, report
) -> Iterator[Doc]:
    """Docs of the units in which the values component finds a value; each unit yielded goes to ``kept``.

    The values component reads only the text and the reference date, so it runs here before
    the model: a sentence without a value gives no claim and is never parsed (about one in
    five of those the cheap filter lets through, on news).
    """
    find_values = nlp.get_pipe(VALUES_PIPE) if VALUES_PIPE in nlp.pipe_names else None
    for unit, doc in zip(units, _make_docs(nlp, sources, units)):
        if find_values is not None:
            doc = find_values(doc)
            if not doc.spans.get(SPAN_KEY):
                report.advance(sentences=1)
                continue
        kept.append(unit)
        yield doc


def _registry(src: Source):
    if PersonRegistry is None:
        return None
    try:
        return registry_of(src.text)
    except Exception:  # a broken registry must never lose the source's claims
        return None


def _with_id(claim: Claim, cid: str) -> Claim:
    from dataclasses import replace

    return replace(claim, id=cid)


def claims_from_doc(doc: Doc, src: Source, sent: Sentence, registry=None) -> list[Claim]:
    """Claims of one parsed sentence of ``src``."""
    spans: list[Span] = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
    resolve = registry.resolve if registry is not None else None
    if resolve is not None:
        _add_person_mentions(doc, src, sent, resolve, registry)
    values = [(s, s._.claimcheck_value) for s in spans if s._.claimcheck_value]
    dates = [(s, v) for s, v in values if v["kind"] == "date" and not v.get("bound")]
    attribution = ctx.attribution_of(doc)
    derived, anniversary_bases = anniversary_claims(doc, src, sent, values, resolve)
    out: list[Claim] = list(derived)
    for span, value in values:
        kind = value["kind"]
        predicate, anchor = ctx.event_of(doc, span)
        subject, participants, scope = ctx.participants_of(doc, span, anchor, resolve, sent.start)
        attribute = ctx.attribute_of(doc, span, kind) if kind != "date" else ctx.event_phrase(doc, span)
        if kind in {"quantity", "money", "percent"} and not ctx.is_measurement(doc, span, value):
            attribute = None
        if kind == "number" and (ctx.is_definite_count(doc, span) or not ctx.is_count(doc, span, value)):
            attribute = None  # "the two countries" names things, it does not count them
        if kind == "date" and span.start in anniversary_bases:
            predicate = "anniversary"  # the date of the celebration, not of the event celebrated
        if kind == "ordinal" and attribute and scope:
            attribute = f"{attribute} @{scope}"
        time = None
        if kind not in {"date"}:
            time = ctx.time_of(doc, span, dates)
        out.append(
            make_claim(
                src,
                sent,
                value,
                subject=subject,
                participants=participants,
                predicate=predicate,
                attribute=attribute,
                time=time,
                rate=ctx.rate_of(doc, span, value),
                update=ctx.update_of(doc, span),
                attribution=attribution,
                approx=ctx.approx_of(doc, span, value),
            )
        )
    return out


def _add_person_mentions(doc: Doc, src: Source, sent: Sentence, resolve, registry=None) -> None:
    """Mark people the model missed: full names the article's registry found in this sentence,
    and surnames ("Perez met ...") that name someone met earlier in the article."""
    key = ctx.ENTITY_KEY
    existing = list(doc.spans[key]) if key in doc.spans else []
    covered = {i for s in existing for i in range(s.start, s.end)}
    extra = []
    for m in getattr(registry, "mentions", ()):
        if sent.start <= m.start and m.end <= sent.end:
            span = doc.char_span(m.start - sent.start, m.end - sent.start, alignment_mode="expand")
            if span is not None and not any(i in covered for i in range(span.start, span.end)):
                extra.append(Span(doc, span.start, span.end, label="PER:" + m.key))
                covered.update(range(span.start, span.end))
    for tok in doc:
        if tok.i in covered or not tok.is_title or tok.pos_ not in {"PROPN", ""} or tok.is_sent_start and tok.pos_ == "":
            continue
        person = resolve(tok.text, sent.start + tok.idx)
        if person:
            extra.append(Span(doc, tok.i, tok.i + 1, label="PER:" + person))
    if extra:
        doc.spans[key] = sorted(existing + extra, key=lambda s: (s.start, s.end))


def make_claim(src: Source, sent: Sentence, value: dict, **context) -> Claim:
    """A Claim for ``value`` (offsets relative to ``sent``) with its context."""
    start = sent.start + value["start"]
    end = sent.start + value["end"]
    line, column = src.position(start)
    time = context.pop("time", None)
    return Claim(
        id="",
        source=src.id,
        path=src.path,
        line=line,
        column=column,
        kind=value["kind"],
        text=src.text[start:end],
        sentence=sent.text,
        value=value["value"],
        unit=value.get("unit"),
        low=value.get("low"),
        high=value.get("high"),
        start=start,
        end=end,
        approx=bool(context.pop("approx", False) or value.get("approx")),
        bound=value.get("bound"),
        rate=context.pop("rate", None) or value.get("rate"),
        precision=value.get("precision"),
        relative=bool(value.get("relative")),
        time=(time["low"], time["high"]) if time else None,
        time_text=time["text"] if time else None,
        **context,
    )


def reference_date(src: Source) -> dt.date | None:
    """The article's own date, which anchors its relative dates."""
    return dt.date.fromisoformat(src.date[:10]) if src.date else None
