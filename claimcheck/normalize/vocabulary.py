"""The words and signs a value can be read from, gathered from the normaliser's own lexicons.

The sentence filter (``claimcheck.nlp.sentences.may_hold_claim``) sends a sentence on to the
value finder only when it holds a digit, one of these signs or one of these words. Gathering
them from the tables the finders read (``data/number_words.json``, ``ranks.json``,
``dates.json``, ``dates_holidays.json``, ``currency_aliases.json``) keeps the two from drifting
apart: a new month abbreviation or holiday reaches the filter with the data.
``tests/nlp/test_sentences.py`` checks that no value the finder reads in the test data is lost
to the filter.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.normalize import dates_lexicon, money, ranks, words

# Words the date patterns spell out themselves rather than read from a table: "for the
# weekend", "next workweek", "to date", "until now", "till the present".
PATTERN_WORDS = ("weekend", "weekends", "workweek", "date", "now", "present")
# Words that are never a value alone: articles counted as one ("a week") and shift words ("last
# week") need a unit, and the unit is here.
_NOT_ALONE = frozenset({"a", "an", "the", "of", "this", "that", "last", "next", "st", "st."})


@lru_cache(maxsize=1)
def value_words() -> frozenset[str]:
    """Lower-case words at least one of which every value written without digits contains."""
    numbers = words.data()
    dates = dates_lexicon.lexicon()
    rank_data = ranks.data()
    tables = [numbers[t] for t in ("units", "tens", "hundred", "scales", "dozens", "ordinals", "fraction_only",
                                   "counted_idioms")]
    tables += [rank_data["superlatives"], rank_data["rank_one"]]
    # Not dates' "cardinal_words" ("a few", "several"): they count a unit, and the unit is here.
    tables += [dates[t] for t in ("months", "weekdays", "weekday_abbreviations", "seasons", "ordinal_words",
                                  "decade_words", "century_ordinals", "relative_days", "units", "day_parts")]
    tables.append(dates_lexicon.holidays())
    tables.append(money.tables()["minor_units"])  # "a penny", "a dime"
    names = [key.lower().split() for table in tables for key in _keys(table)]
    found: set[str] = set(PATTERN_WORDS)
    found.update(name[0] for name in names if len(name) == 1)
    for name in names:  # a phrase needs one of its words, the longest unless one is here already
        content = [w for w in name if w not in _NOT_ALONE and any(ch.isalpha() for ch in w)]
        if len(name) > 1 and content and not found.intersection(content):
            found.add(max(content, key=len))
    return frozenset(w for w in found - _NOT_ALONE if any(ch.isalpha() for ch in w))  # signs: value_signs()


@lru_cache(maxsize=1)
def value_signs() -> str:
    """Characters that are a value, or part of one, other than digits: vulgar fractions, currency signs, %."""
    tables = money.tables()
    signs = set(tables["symbols"]) | set(tables["minor_symbols"]) | set(tables["minor_units"])
    signs |= set(words.data()["vulgar_fractions"]) | {"%", "‰"}
    return "".join(sorted(s for s in signs if len(s) == 1 and not s.isalpha()))


def _keys(table: object) -> list[str]:
    keys = table.keys() if isinstance(table, dict) else table
    return [k for k in keys if isinstance(k, str) and not k.startswith("_")]  # type: ignore[union-attr]
