"""Currencies: ISO 4217 codes, symbols, names and minor units (cents, pence...)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def tables() -> dict:
    """All currency vocabulary, loaded once.

    Keys: codes (set of ISO codes incl. withdrawn ones), symbols, dollar_prefixes,
    prefix_codes, lowercase_codes, code_aliases, names (lower-cased name -> code),
    ambiguous (set of names needing a large or scaled amount), minor_units,
    minor_symbols, yen_yuan_context.
    """
    iso = json.loads((_DIR / "currencies.json").read_text(encoding="utf-8"))["currencies"]
    extra = json.loads((_DIR / "currency_aliases.json").read_text(encoding="utf-8"))
    codes = set(iso) | set(extra["withdrawn"])
    names: dict[str, str] = {}
    invariant = set(extra["invariant_plurals"])
    official = {code: name for code, name in iso.items()}
    official.update(extra["withdrawn"])
    skip_official = {"gold", "silver", "platinum", "palladium", "sucre", "sol", "mvdol"}
    for code, name in sorted(official.items()):
        low = name.lower()
        if "(" in low or low in skip_official or "unit" in low or "codes" in low:
            continue
        names.setdefault(low, code)
    for name, code in extra["names"].items():
        names[name.lower()] = code
    for name, code in list(names.items()):
        last = name.split()[-1]
        if last not in invariant and not name.endswith("s"):
            names.setdefault(name + "s", code)
    ambiguous = set(extra["ambiguous_names"])
    ambiguous |= {a + "s" for a in ambiguous}
    return {
        "codes": codes,
        "symbols": extra["symbols"],
        "dollar_prefixes": extra["dollar_prefixes"],
        "prefix_codes": set(extra["prefix_codes"]),
        "lowercase_codes": set(extra["lowercase_codes"]),
        "code_aliases": extra["code_aliases"],
        "names": names,
        "ambiguous": ambiguous,
        "minor_units": {k: (v[0], float(v[1])) for k, v in extra["minor_units"].items()},
        "minor_symbols": {k: (v[0], float(v[1])) for k, v in extra["minor_symbols"].items()},
        "yen_yuan_context": tuple(extra["yen_yuan_context"]),
    }


def code_for(surface: str, *, after_number: bool) -> str | None:
    """ISO code for a currency code written in text ("USD", "rmb"), or None."""
    t = tables()
    if surface.isupper():
        code = t["code_aliases"].get(surface, surface)
        if code in t["codes"] and (after_number or surface in t["prefix_codes"]):
            return code
        return None
    if surface in t["lowercase_codes"]:
        return t["code_aliases"].get(surface.upper(), surface.upper())
    return None


def name_code(name: str) -> str | None:
    """ISO code for a currency name ("swiss francs" -> "CHF"), or None."""
    return tables()["names"].get(name.lower())


def is_ambiguous(name: str) -> bool:
    """True for names that are also common words or other units ("won", "pound")."""
    return name.lower() in tables()["ambiguous"]
