"""Normalised keys for matching names written in different ways."""

from __future__ import annotations

import re
import unicodedata

_DASHES = re.compile(r"[-\u2010-\u2015]")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


def fold(text: str) -> str:
    """``text`` without diacritics: "Nguyễn" -> "Nguyen", "Côte" -> "Cote"."""
    # đ/Đ and ø/ł have no decomposition, so NFKD alone would keep them
    text = text.translate(_NO_DECOMPOSITION)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NO_DECOMPOSITION = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss"})


def alias_key(text: str) -> str:
    """Case-, diacritic-, dash- and spacing-insensitive key of a place or organisation name.

    A leading "the" and a possessive ending are removed: "the Philippines'" -> "philippines".
    """
    text = fold(text).replace("\u2019", "'").replace("\u2018", "'").casefold().strip()
    text = _POSSESSIVE.sub("", text)
    text = _DASHES.sub(" ", text)
    text = _ARTICLE.sub("", _SPACES.sub(" ", text).strip())
    return text
