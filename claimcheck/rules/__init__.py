"""The rule registry: every rule declared in one place, with its code, docs and examples.

Codes are stable: CC1xx compare sources with each other, CC2xx find a source contradicting
itself, CC3xx check a source's dates against its own time line.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.records import Claim, Fact, Finding, Source
from claimcheck.rules import conflicts, timeline
from claimcheck.rules.base import Corpus, Example, Rule, fingerprint

E = Example

RULES: tuple[Rule, ...] = (
    Rule(
        code="CC101",
        name="quantity-mismatch",
        severity="warning",
        summary="Sources give different figures for the same quantity, amount, count or percentage.",
        what="Compares the numeric claims that alignment grouped as one fact (same measure, compatible "
        "participants, predicate, rate and time) across sources, as intervals: approximate figures are "
        "widened by the tolerance, bounds ('over', 'at least') are open on one side. Disjoint intervals are "
        "reported, with a diagnosis when one fits: a power of ten, two swapped digits, rounding.",
        why="A figure that differs between outlets is the first thing a fact-checker must resolve; a factor "
        "of ten usually means a typo in one of them.",
        example="'Brazil exported 20,000 tons of coffee to Germany in 2004.' vs 'Brazil exported 200,000 tons "
        "of coffee to Germany in 2004.' -> CC101, off by a factor of 10.",
        check=conflicts.quantity_mismatch,
        fires=(
            E(("Brazil exported 20,000 tons of coffee to Germany in 2004.",
               "Brazil exported 200,000 tons of coffee to Germany in 2004.")),
            E(("The flood killed 12 people in Kenya in 2018.", "The flood killed 21 people in Kenya in 2018.")),
            E(("Norway paid $40 million for the Finnish ferries in 2011.",
               "Norway paid $95 million for the Finnish ferries in 2011.")),
        ),
        quiet=(
            E(("Brazil exported 20,000 tons of coffee to Germany in 2004.",
               "Brazil exported 20,000 tonnes of coffee to Germany in 2004."), note="same value, other spelling"),
            E(("Norway paid over $5 million for the Finnish ferries.",
               "Norway paid $5 million for the Finnish ferries."), note="a bound that holds"),
            E(("Brazil sends about 5,000 tons of coffee to Germany each year.",
               "Brazil sold 200,000 tons of coffee to Germany in 2004."), note="a yearly amount vs a one-off sale"),
            E(("The death toll rose to 40 in Kenya on Tuesday, officials said.",
               "The flood killed 12 people in Kenya."), note="a later update"),
            E(("Chile exported 20,000 tons of copper in 2004.",
               "Peru exported 200,000 tons of copper in 2004."), note="different participants"),
        ),
    ),
    Rule(
        code="CC102",
        name="date-mismatch",
        severity="warning",
        summary="Sources date the same event differently.",
        what="Compares the dates of one event (same predicate, mostly the same participants and people) across "
        "sources, and the dates of aligned figures, as intervals: '1996' is all of 1996, 'March 2004' all of "
        "that month. Disjoint intervals are reported.",
        why="Dates are copied from source to source; a wrong year spreads and is hard to notice in one article.",
        example="'Kenya and Uganda established diplomatic relations in 1964.' vs '... in 1966.'",
        check=conflicts.date_mismatch,
        fires=(
            E(("Kenya and Uganda established diplomatic relations in 1964.",
               "Kenya and Uganda established diplomatic relations in 1966.")),
            E(("Kenya's invasion of Somalia in 2011 was condemned.", "Kenya's invasion of Somalia in 2013 was condemned.")),
        ),
        quiet=(
            E(("Kenya and Uganda established diplomatic relations in 1964.",
               "Kenya and Uganda established diplomatic relations in June 1964."),
              note="same date at another granularity"),
            E(("Angela Merkel visited Ghana in March 2010.", "Angela Merkel visited Ghana in 2012."),
              note="visits recur: two dates may be two visits"),
            E(("Chile and Peru established diplomatic relations in 1990.",
               "Chile and Peru marked the 25th anniversary of the establishment of diplomatic relations in 2015."),
              note="an anniversary that implies the same year"),
            E(("Juan Perez visited Ghana in 1958.", "Maria Perez visited Ghana in 2019."),
              note="different people who share a name part"),
        ),
    ),
    Rule(
        code="CC103",
        name="rank-mismatch",
        severity="warning",
        summary="Sources rank the same subject differently ('third largest' vs 'fourth largest').",
        what="Compares rank claims (an ordinal or a superlative with a noun: 'second largest investor', "
        "'biggest donor', 'the first country to ratify') about the same subject, measure and scope.",
        why="Rankings change over time and are often quoted from different years; a mismatch deserves a check "
        "of the year each source means.",
        example="'Japan is Kenya's third largest trade partner.' vs 'Japan is Kenya's fourth largest trade partner.'",
        check=conflicts.rank_mismatch,
        fires=(
            E(("Japan is Kenya's third largest trade partner.", "Japan is Kenya's fourth largest trade partner.")),
            E(("Japan is Kenya's biggest investor.", "Japan is Kenya's second largest investor.")),
        ),
        quiet=(
            E(("Japan is Kenya's third largest trade partner.", "India is Kenya's fourth largest trade partner."),
              note="different subjects"),
            E(("Japan is Kenya's largest investor.", "Japan is Kenya's biggest investor."), note="same rank"),
        ),
    ),
    Rule(
        code="CC104",
        name="less-precise-date",
        severity="info",
        summary="One source gives a point in time, another a range that holds it.",
        what="Reported when the date of an event or of an aligned figure is a point in one source and an explicit "
        "range containing it in another ('1996' vs '1994-1998').",
        why="Not a contradiction, but the sources may describe the event differently (one purchase, or several "
        "over years); worth a look.",
        example="'Egypt bought 50 trains in 2006.' vs 'Egypt bought 50 trains between 2004 and 2008.'",
        check=conflicts.date_less_precise,
        fires=(E(("Egypt bought 50 trains from Spain in 2006.", "Egypt bought 50 trains from Spain in 2004-2008.")),),
        quiet=(E(("Egypt bought 50 trains from Spain in 2006.", "Egypt bought 50 trains from Spain in 2006.")),),
    ),
    Rule(
        code="CC105",
        name="date-range-mismatch",
        severity="warning",
        summary="Sources give overlapping but different ranges for the same period.",
        what="Two explicit ranges for one event or period that overlap without being equal ('1954-75' vs "
        "'1955 to 1975').",
        why="The ends of a period are facts too; one source may have the wrong start or end.",
        example="'The civil war in Ruritania lasted from 1921 to 1930.' vs 'The civil war in Ruritania lasted from 1922 to 1930.'",
        check=conflicts.date_range_mismatch,
        fires=(E(("The border war between Sweden and Finland lasted from 1921 to 1930.",
                  "The border war between Sweden and Finland lasted from 1922 to 1930.")),),
        quiet=(E(("The border war between Sweden and Finland lasted from 1921 to 1930.",
                  "The border war between Sweden and Finland lasted from 1921 to 1930.")),
               E(("The border war between Sweden and Finland lasted from 1921 to 1930.",
                  "At the height of the border war between Sweden and Finland, from 1925 to 1927, trade stopped."),
                 note="a phase of the war is not the war")),
    ),
    Rule(
        code="CC201",
        name="self-contradicting-figure",
        severity="error",
        summary="One source gives two different figures for the same quantity.",
        what="CC101's comparison applied to the claims of one source.",
        why="An article that contradicts itself is wrong at least once, whatever the other sources say.",
        example="'Brazil exported 20,000 tons of coffee to Germany in 2004. ... The 2004 sale of 25,000 tons of coffee to Germany ...'",
        check=conflicts.quantity_mismatch_internal,
        fires=(E(("Brazil exported 20,000 tons of coffee to Germany in 2004. Later, Brazil exported 35,000 tons of coffee to Germany in 2004.",)),),
        quiet=(E(("Brazil exported 20,000 tons of coffee to Germany in 2004. Brazil exported 35,000 tons of coffee to Germany in 2009.",),
                 note="different years"),),
    ),
    Rule(
        code="CC202",
        name="self-contradicting-date",
        severity="error",
        summary="One source gives two different dates for the same event.",
        what="CC102's comparison applied to the claims of one source.",
        why="An article that contradicts itself is wrong at least once.",
        example="'Kenya and Uganda established diplomatic relations in 1964. ... since Kenya and Uganda established diplomatic relations in 1966 ...'",
        check=conflicts.date_mismatch_internal,
        fires=(E(("Kenya and Uganda established diplomatic relations in 1964. Trade grew after Kenya and Uganda established diplomatic relations in 1966.",)),),
        quiet=(E(("Kenya and Uganda established diplomatic relations in 1964. Kenya and Uganda established diplomatic relations in June 1964.",)),
               E(("She hosted the awards in 2001. She returned to host the awards in 2005.",), note="a recurring event")),
    ),
    Rule(
        code="CC203",
        name="self-contradicting-rank",
        severity="error",
        summary="One source ranks the same subject differently in two places.",
        what="CC103's comparison applied to the claims of one source.",
        why="An article that contradicts itself is wrong at least once.",
        example="'Japan is Kenya's biggest investor. ... Japan, Kenya's third largest investor, ...'",
        check=conflicts.rank_mismatch_internal,
        fires=(E(("Japan is Kenya's biggest investor. Today Japan is Kenya's third largest investor.",)),),
        quiet=(E(("Japan is Kenya's biggest investor. Today Japan is Kenya's largest investor.",)),),
    ),
    Rule(
        code="CC301",
        name="date-outside-timeframe",
        severity="warning",
        summary="A date lies far outside the time frame of its own article, one digit away from it.",
        what="Takes the article's other dates and its publication date as its time frame (the 10th to 90th "
        "percentile when there are many) and reports a year, month or decade more than max(100 years, twice "
        "the frame's width) outside it when changing one digit brings it inside ('1780s' -> '1980s'). Dates "
        "far away that no one-digit slip explains, and centuries, are taken as history and left alone.",
        why="'The 1780s' in a story about the 1980s is a typo that spell checkers cannot see.",
        example="An article about 1950-2020 that says 'through the 1780s' -> 'perhaps 1980s'.",
        check=timeline.outside_timeframe,
        fires=(E(("Ghana won independence in 1957. A coup followed in 1966. Elections came in 1979, 1992 and 2000. "
                  "Cocoa exports fell through the 1780s.",)),),
        quiet=(E(("Ghana won independence in 1957. A coup followed in 1966. Elections came in 1979, 1992 and 2000. "
                  "Cocoa exports fell through the 1980s.",)),
               E(("The castle was built in 1482. It was rebuilt in 1530, 1610 and 1700, and restored in 1890 and 1990.",),
                 note="a long history has a wide frame"),
               E(("The order was founded by the king in 1888. It honoured artists in 2001, 2004, 2006 and 2010.",),
                 note="a historical reference no digit slip explains"),
               E(("Mines opened in 2001, 2004, 2006 and 2010. Mining here goes back to the 15th century.",),
                 note="a century is history")),
    ),
    Rule(
        code="CC302",
        name="broken-chronology",
        severity="error",
        summary="A passage 'continues' into a time before the one it continues.",
        what="Reports a date introduced by 'through', 'until' or 'into' in a sentence that says something "
        "continued, remained or persisted, when the passage just before it is dated more than ten years later.",
        why="Continuation runs forward in time; a date that runs backward is almost always a typo.",
        example="'In a cable from 1982, ... Trade continued to fall through the 1780s.'",
        check=timeline.broken_chronology,
        fires=(E(("Ghana and Togo closed their border in 1982. Trade between them continued to fall through the 1780s.",)),),
        quiet=(E(("Ghana and Togo closed their border in 1982. Trade between them continued to fall through the 1990s.",)),),
    ),
)

BY_CODE = {r.code: r for r in RULES}


def get(code: str) -> Rule:
    """The rule with ``code`` (KeyError if unknown)."""
    return BY_CODE[code.upper()]


def run_rules(
    sources: list[Source],
    claims: list[Claim],
    facts: list[Fact],
    enabled: set[str] | None = None,
    severities: dict[str, str] | None = None,
    tolerance: float = 0.1,
) -> list[Finding]:
    """Every finding of every enabled rule, with ids and fingerprints, in a deterministic order."""
    corpus = Corpus(sources, claims, facts, tolerance)
    order = {c.id: i for i, c in enumerate(claims)}
    seen: set[str] = set()
    findings: list[Finding] = []
    for rule in RULES:
        if enabled is not None and rule.code not in enabled:
            continue
        for f in rule.check(corpus, rule):
            fp = fingerprint(f, corpus.by_id)
            if fp in seen:
                continue
            seen.add(fp)
            sev = (severities or {}).get(rule.code, f.severity)
            findings.append(replace(f, fingerprint=fp, severity=sev))
    findings.sort(key=lambda f: (order[f.claims[0]], f.rule, f.fingerprint))
    return [replace(f, id=f"R{n}") for n, f in enumerate(findings, 1)]
