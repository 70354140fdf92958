"""English date vocabulary (``data/dates.json``) and the regex fragments built from it."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

_DATA_PATH = Path(__file__).with_name("data") / "dates.json"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed ``dates.json`` (loaded once)."""
    with _DATA_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def holidays() -> dict[str, Any]:
    """The parsed ``dates_holidays.json``: name -> [month, day] or {"easter": offset}."""
    with _DATA_PATH.with_name("dates_holidays.json").open(encoding="utf-8") as handle:
        return {k: v for k, v in json.load(handle).items() if not k.startswith("_")}


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A non-capturing regex alternation of ``words``, longest first so the regex is greedy.

    A space or hyphen inside a word matches any run of spaces or one hyphen.
    """
    items = sorted((w for w in words if not w.startswith("_")), key=lambda w: (-len(w), w))
    parts = [re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for w in items]
    return "(?:" + "|".join(parts) + ")"


def month_number(word: str) -> int | None:
    """Month 1-12 for a month name or abbreviation (with or without its dot)."""
    return lexicon()["months"].get(word.lower().rstrip(".").strip())


def weekday_number(word: str) -> int | None:
    """Weekday (Monday 0) for a weekday name or abbreviation."""
    key = word.lower().rstrip(".").strip()
    lex = lexicon()
    return lex["weekdays"].get(key, lex["weekday_abbreviations"].get(key))


def _norm(word: str) -> str:
    return re.sub(r"[\s-]+", "-", word.lower().strip())


def ordinal_value(word: str) -> int | None:
    """Day number for "27th", "27", "third" or "twenty-seventh"."""
    word = word.lower().strip()
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    table = {_norm(k): v for k, v in lexicon()["ordinal_words"].items()}
    return table.get(_norm(word))


def count_value(word: str) -> float | None:
    """Number for "3", "2.5", "three", "twenty-five", "a couple of"; None when vague or unknown."""
    word = word.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        number = float(word)
        return int(number) if number.is_integer() else number
    table = {_norm(k): v for k, v in lexicon()["cardinal_words"].items()}
    key = _norm(word)
    if key in table:
        return table[key]
    # "twenty five" written without the hyphen
    parts = key.split("-")
    if len(parts) == 2 and parts[0] in table and parts[1] in table:
        tens, ones = table[parts[0]], table[parts[1]]
        if tens and ones and tens % 10 == 0 and tens >= 20 and ones < 10:
            return tens + ones
    return None
