"""Read what a value is said about from the parse of its sentence.

For a value span this finds the predicate (the event or relation: "buy", "visit", "relations"),
the attribute (what is measured: "coffee", "trade partner"), the participants (canonical
entities in the clause), the subject, the time context (a date in the same clause) and the
qualifiers (rate, later update, attribution). Without a parse (blank pipeline) it falls back
to word order and returns less.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from claimcheck.extract.lexicon import lexicon

ENTITY_KEY = "claimcheck_entities"
_CLAUSE_BREAKS = {"advcl", "relcl", "ccomp", "parataxis", "csubj"}
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "npadvmod", "compound", "poss"}


@dataclass
class Context:
    subject: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    predicate: str | None = None
    attribute: str | None = None
    scope: str | None = None  # ranks: among whose ("Germany's" biggest investor)
    time: dict | None = None  # the Value dict of the date that times the claim
    rate: str | None = None
    update: bool = False
    attribution: str | None = None
    approx: bool = False
    event_token: int | None = None
    notes: list[str] = field(default_factory=list)


PersonResolver = Callable[[str, int], "str | None"]


def _entities(doc: Doc) -> list[Span]:
    return list(doc.spans[ENTITY_KEY]) if ENTITY_KEY in doc.spans else []


def _entity_id(span: Span, resolve_person: PersonResolver | None, offset: int) -> str:
    label = span.label_
    if label.startswith("PER:") and resolve_person is not None and " " not in label[4:]:
        key = resolve_person(span.text, offset + span.start_char)
        if key:
            return "PER:" + key
    return label


def _clause_tokens(head: Token) -> set[int]:
    """Token indices of ``head``'s clause: its subtree minus embedded clauses."""
    keep: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for child in tok.children:
            if child.dep_ in _CLAUSE_BREAKS:
                continue
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
                continue
            stack.append(child)
    return keep


def _governing_verb(tok: Token) -> Token | None:
    seen = 0
    while seen < 40:
        if tok.pos_ in {"VERB", "AUX"} or (tok.dep_ == "ROOT" and not tok.is_punct):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
        seen += 1
    return None


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


_TEXT_KEY = "claimcheck_text"


def _text(doc: Doc) -> str:
    """The Doc's text, joined once (``Doc.text`` joins all the tokens each time it is read)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def _compound_phrase(tok: Token) -> str:
    """The noun with its compound modifiers, lemmatised: "trade partner", "air strike"."""
    synonyms = lexicon().compound_synonyms
    parts = []
    for c in tok.lefts:
        if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}:
            # "an eight-year deal" is not "a seven-year deal": keep the number of a compound
            parts.extend(n.lower_ for n in c.lefts if n.dep_ == "nummod")
            parts.append(_lemma(c))
    parts.append(_lemma(tok))
    return " ".join(synonyms.get(p, p) for p in parts)


_TIMES_SIGN = re.compile(r"\s*[x×]\s*\d")


def is_measurement(doc: Doc, span: Span, value: dict | None = None) -> bool:
    """False for a value that is half of a score, ratio, clock time or size ("88-72", "6:11", "1440 x 900")."""
    start, end = (value["start"], value["end"]) if value else (span.start_char, span.end_char)
    text = _text(doc)
    if start >= 2 and text[start - 1] in "-–:/" and text[start - 2].isdigit():
        return False
    if end < len(text) and text[end] in ":/" and end + 1 < len(text) and text[end + 1].isdigit():
        return False
    if _TIMES_SIGN.match(text, end) or re.search(r"\d\s*[x×]\s*$", text[max(0, start - 8) : start]):
        return False
    return True


def is_count(doc: Doc, span: Span, value: dict) -> bool:
    """False for numbers that name rather than count: "one-party rule", "two-way trade", "one of them"."""
    end = span.end_char
    if end < len(_text(doc)) and _text(doc)[end] == "-":
        return False
    start = span.start_char
    if not is_measurement(doc, span, value):
        return False
    before = _text(doc)[max(0, start - 16) : start].split()
    markers = {m.rstrip(".") for m in lexicon().identifier_markers}
    if before and (before[-1].lower().rstrip(".") in markers or before[-1] == "#"):
        return False  # "Juror No. 8", "Resolution 1441", "Flight 370"
    if span.end < len(doc) and doc[span.end].lower_ in lexicon().time_zones:
        return False  # a clock time: "1100 GMT"
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].lower_ in {"the", "its", "their", "them", "these", "those", "our"}:
        return False  # a part of a whole: "three of the seven bullets"
    if span.text.lower() in {"one", "a", "an"}:
        return False
    return True


def is_definite_count(doc: Doc, span: Span) -> bool:
    """A number used as a reference, not a claim: "the two countries", "both sides", "its one ally"."""
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.lower_ in lexicon().definite_markers or before.dep_ == "poss"


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _value_root(doc: Doc, span: Span) -> Token:
    return span.root


def attribute_of(doc: Doc, span: Span, kind: str) -> str | None:
    """The noun the value quantifies: "coffee" for "20,000 tons of coffee", "pilot" for "200 pilots"."""
    lex = lexicon()
    root = span.root
    if not doc.has_annotation("DEP"):
        return _attribute_by_order(doc, span)
    candidates: list[Token] = []
    if kind in {"quantity", "money", "percent", "number"}:
        # "20,000 tons of coffee" (root: tons) -> of-object; "200 pilots" (root: 200, nummod) -> head.
        obj = _of_object(root)
        if obj is not None:
            candidates.append(obj)
        if root.dep_ in {"nummod", "quantmod", "amod", "compound", "npadvmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
            head = root.head
            if head.lemma_.lower() in {"worth", "value"}:
                head = head.head
            candidates.append(head)
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ == "of":
            candidates.append(root.head.head)  # "an amount of $18 million"
        if root.dep_ == "npadvmod" and root.head.lemma_.lower() == "worth":
            candidates.append(root.head.head)
        if kind == "money" and root.dep_ in {"dobj", "attr"} and root.head.pos_ in {"VERB", "AUX"}:
            # "paid $40 million for the ferries", "spent $2 billion on roads"
            for prep in root.head.children:
                if prep.dep_ == "prep" and prep.lower_ in {"for", "on"}:
                    candidates.extend(g for g in prep.children if g.dep_ == "pobj")
        if kind == "money" and root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "VERB":
            # "sold the ferries for $40 million"
            candidates.extend(c for c in root.head.head.children if c.dep_ == "dobj")
    elif kind == "ordinal":
        tok = root
        for _ in range(4):
            if tok.pos_ in {"NOUN", "PROPN"} and tok not in span:
                break
            tok = tok.head
        if tok.pos_ in {"NOUN", "PROPN"}:
            candidates.append(tok)
    for cand in candidates:
        lemma = _lemma(cand)
        if cand.pos_ not in {"NOUN", "PROPN"} or lemma in lex.light_attributes or cand in span:
            obj = _of_object(cand)
            if obj is not None and obj not in span and obj.pos_ in {"NOUN", "PROPN"}:
                cand = obj
            else:
                continue
        phrase = _compound_phrase(cand)
        obj = _of_object(cand)
        if kind == "ordinal" and obj is not None and obj.pos_ == "NOUN":
            phrase += " of " + _lemma(obj)
        return phrase
    return None


def _attribute_by_order(doc: Doc, span: Span) -> str | None:
    i = span.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    while i < len(doc) and doc[i].lower_ in {"the", "a", "an"}:
        i += 1
    if i < len(doc) and doc[i].is_alpha and doc[i].is_lower:
        return doc[i].lower_
    return None


def event_of(doc: Doc, span: Span) -> tuple[str | None, Token | None]:
    """The event a value belongs to, as (predicate class, head token)."""
    lex = lexicon()
    if not doc.has_annotation("DEP"):
        return None, None
    root = span.root
    if (
        span.label_ == "date"
        and root.dep_ in {"compound", "amod", "nmod", "poss", "nummod", "det"}
        and root.head.pos_ in {"NOUN", "PROPN"}
        and root.head.i >= span.end
    ):
        return None, None  # "the 1940s actress": the date describes a noun, it dates no event
    # A date in "invasion of Somalia in 2011" belongs to the noun phrase just before it, even
    # when the parser attaches the prepositional phrase to the verb: walk back over the phrase's
    # modifiers ("of Somalia", "to the capital") to its head noun, and take it if it names an event.
    noun = _preceding_head_noun(doc, span.start)
    if noun is not None:
        phase = _phase_of(noun)
        if phase is not None:
            # "the end of the war in 1975", "the height of the war between 1964 and 1969"
            return f"{_lemma(phase)} of {_class_for(noun, doc)}", phase
        if _lemma(noun) in lex.event_nouns:
            return _class_for(noun, doc), noun
    verb = _governing_verb(root)
    if verb is None:
        return None, None
    if _lemma(verb) in lex.duration_verbs:
        # "the war that lasted from 1955 to 1975": the period belongs to the verb's subject.
        subj = verb.head if verb.dep_ == "relcl" else next(
            (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None
        )
        if subj is not None and _lemma(subj) in lex.event_nouns:
            return _class_for(subj, doc), subj
    return _class_for(verb, doc), verb


def _phase_of(noun: Token) -> Token | None:
    """The phase noun governing ``noun`` through "of" ("the end of the war" -> end)."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lexicon().phase_nouns:
        return head.head
    if noun.lower_ in lexicon().phase_nouns and noun.dep_ != "pobj":
        return None
    return None


def event_phrase(doc: Doc, span: Span) -> str | None:
    """The event noun a date belongs to with its compounds ("gulf war", "border war")."""
    noun = _preceding_head_noun(doc, span.start)
    if noun is None or _lemma(noun) not in lexicon().event_nouns:
        return None
    return _compound_phrase(noun)


_TRANSPARENT = {"year", "years", "era", "period", "days", "time", "times", "decade", "decades"}


def _preceding_head_noun(doc: Doc, start: int) -> Token | None:
    """The head noun of the noun phrase right before token ``start`` (None if a verb comes first)."""
    j = start - 1
    while j >= 0 and doc[j].text in {"(", "[", ",", "in", "on", "at", "during", "from", "since", "of"} and start - j <= 2:
        j -= 1
    steps = 0
    while j >= 0 and steps < 8:
        tok = doc[j]
        if tok.pos_ in {"VERB", "AUX", "SCONJ", "PRON"} or tok.text in {";", ":", ".", "—", "–"}:
            return None
        if tok.pos_ == "NOUN":
            if tok.lower_ in _TRANSPARENT:
                # "the Gulf War years (1990-91)": look through to the compound modifier
                mods = [c for c in tok.lefts if c.dep_ == "compound"]
                return mods[-1] if mods else None
            return tok
        if tok.pos_ == "PROPN" and tok.lower_ in lexicon().event_nouns and tok.dep_ != "compound":
            return tok
        j -= 1
        steps += 1
    return None


def _class_for(tok: Token, doc: Doc) -> str:
    lex = lexicon()
    lemma = _lemma(tok)
    if tok.pos_ in {"VERB", "AUX"}:
        objects = [c for c in tok.children if c.dep_ in {"dobj", "attr", "nsubjpass"}]
        for obj in objects:
            olemma = _lemma(obj)
            cls = lex.predicate_class(lemma)
            if olemma in lex.relation_nouns and (lemma in lex.relation_verbs or cls in lex.relation_verbs or cls == "establish"):
                return "relations"
            if lemma in lex.light_verbs and olemma in lex.event_nouns:
                return lex.predicate_class(olemma) or olemma
    if tok.pos_ == "NOUN":
        obj = _of_object(tok)
        if obj is not None and _lemma(obj) in lex.relation_nouns and lex.predicate_class(lemma) in {"establish", "found"}:
            return "relations"
    if lemma == "be":
        return "be"
    return lex.predicate_class(lemma) or lemma


def participants_of(
    doc: Doc, span: Span, anchor: Token | None, resolve_person: PersonResolver | None, offset: int
) -> tuple[tuple[str, ...], tuple[str, ...], str | None]:
    """(subject ids, participant ids, scope id) for the clause of ``anchor``."""
    ents = _entities(doc)
    if not ents:
        return (), (), None
    if anchor is None or not doc.has_annotation("DEP"):
        ids = sorted({_entity_id(e, resolve_person, offset) for e in ents})
        return (), tuple(ids), None
    clause_head = anchor
    if anchor.pos_ == "NOUN":
        verb = _governing_verb(anchor)
        # A light verb's subject is the event's agent ("Kim made a visit").
        if verb is not None and _lemma(verb) in lexicon().light_verbs:
            clause_head = verb
    scope_tokens = _clause_tokens(clause_head)
    if anchor.pos_ == "NOUN" and clause_head.i == anchor.i:
        scope_tokens |= {anchor.head.i} if anchor.dep_ == "pobj" else set()
    # Conjoined and controlled predicates share their subject ("X is A, B and C"; "X failed to pay").
    head = clause_head
    while head.dep_ in {"conj", "xcomp"} and head.head.i != head.i:
        head = head.head
    subj_tokens = {c.i for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}}
    if anchor.pos_ in {"NOUN", "PROPN"} and anchor.i == clause_head.i:
        # A nominal event's possessor is its agent: "Merkel's visit", "Iraq's invasion".
        subj_tokens = {c.i for c in anchor.children if c.dep_ == "poss"}
    subj_tokens = {t.i for i in subj_tokens for t in doc[i].subtree}
    scope_tokens |= subj_tokens
    part_ids: set[str] = set()
    subj_ids: set[str] = set()
    for ent in ents:
        if any(t.i in scope_tokens for t in ent):
            eid = _entity_id(ent, resolve_person, offset)
            part_ids.add(eid)
            if any(t.i in subj_tokens for t in ent):
                subj_ids.add(eid)
    scope_id = None
    target = span.root
    while target.pos_ not in {"NOUN", "PROPN"} and target.head.i != target.i:
        target = target.head
    first = target
    while first.dep_ in {"conj", "appos"} and first.head.i != first.i:
        first = first.head
    for child in first.children:
        if child.dep_ == "poss":
            for ent in ents:
                if child in ent:
                    scope_id = _entity_id(ent, resolve_person, offset)
    return tuple(sorted(subj_ids)), tuple(sorted(part_ids)), scope_id


def rate_of(doc: Doc, span: Span, value: dict) -> str | None:
    """A rate that applies to the value ("each year" -> "year")."""
    if value.get("rate"):
        return str(value["rate"])
    lex = lexicon()
    if not doc.has_annotation("DEP"):
        window: Iterable[Token] = doc[span.end : span.end + 6]
    else:
        verb = _governing_verb(span.root)
        if verb is not None and _lemma(verb) in lex.rate_verbs:
            return "average"  # "has averaged 100 RBIs" is a rate, not a total
        window = verb.subtree if verb is not None else ()
    # One pass over the window, carrying the previous word: no lists of its tokens, and each
    # token's text read once.
    prev = ""
    for tok in window:
        low = tok.lower_
        if low in {"annually", "yearly", "monthly", "weekly", "daily", "hourly", "apiece"}:
            return lex.rate_units.get(low)
        if low in {"year", "month", "week", "day", "hour", "annum", "capita"} and prev in {"a", "per", "each", "every", "an"}:
            return lex.rate_units.get(low)
        prev = low
    return None


def update_of(doc: Doc, span: Span) -> bool:
    """True when the value is given as a later figure ("the toll rose to 40")."""
    if not doc.has_annotation("DEP"):
        return False
    lex = lexicon()
    root = span.root
    head = root.head
    if head.lower_ in {"to", "at"} and head.head.pos_ == "VERB" and _lemma(head.head) in lex.update_verbs:
        return True
    if head.pos_ == "VERB" and _lemma(head) in lex.update_verbs and root.dep_ in {"dobj", "npadvmod"}:
        return True
    return False


def attribution_of(doc: Doc) -> str | None:
    """Who the sentence attributes its figures to ("according to the ministry", "police said")."""
    text = _text(doc)
    lower = text.lower()
    idx = lower.find("according to ")
    if idx >= 0:
        rest = text[idx + len("according to ") :]
        stop = min((rest.find(ch) for ch in ",;." if rest.find(ch) >= 0), default=len(rest))
        return "according to " + rest[:stop].strip()
    if not doc.has_annotation("DEP"):
        return None
    lex = lexicon()
    for tok in doc:
        if tok.pos_ == "VERB" and _lemma(tok) in lex.attribution_verbs:
            subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj and subj[0].pos_ != "PRON":
                phrase = doc[subj[0].left_edge.i : subj[0].right_edge.i + 1].text
                return f"{phrase} {tok.text}"
    return None


def approx_of(doc: Doc, span: Span, value: dict) -> bool:
    if value.get("approx"):
        return True
    before = _text(doc)[max(0, span.start_char - 20) : span.start_char].lower().rstrip()
    return any(before.endswith(a) for a in lexicon().approximators)


def time_of(doc: Doc, span: Span, dates: list[tuple[Span, dict]]) -> dict | None:
    """The date that times the value: the nearest in the parse tree among the sentence's dates."""
    if not dates:
        return None
    candidates = [(s, v) for s, v in dates if s.start != span.start and v.get("low") and v.get("high")]
    if not candidates:
        return None
    if not doc.has_annotation("DEP"):
        return min(candidates, key=lambda sv: abs(sv[0].start - span.start))[1]
    value_path = _path_to_root(span.root)
    value_verb = _governing_verb(span.root)
    best, best_key = None, None
    for s, v in candidates:
        path = _path_to_root(s.root)
        date_verb = _governing_verb(s.root)
        if value_verb is not None and date_verb is not None and date_verb.i not in value_path:
            continue  # a date in another clause ("... and was promoted in 2003") times something else
        common = next((i for i, t in enumerate(value_path) if t in path), len(value_path))
        dist = common + (path.index(value_path[common]) if common < len(value_path) else len(path))
        key = (dist, abs(s.start - span.start))
        if best_key is None or key < best_key:
            best, best_key = v, key
    return best


def _path_to_root(tok: Token) -> list[int]:
    path = [tok.i]
    while tok.head.i != tok.i and len(path) < 60:
        tok = tok.head
        path.append(tok.i)
    return path
