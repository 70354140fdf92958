"""Names for people to read: entity ids and claim attributes as display text."""

from __future__ import annotations

from collections.abc import Iterable


def entity_name(eid: str) -> str:
    """"KEN" -> "Kenya", "PER:juan perez" -> "Juan Perez", "ORG:acme" -> "Acme"."""
    from claimcheck.entities.gazetteer import gazetteer

    if eid in gazetteer().entities:
        return gazetteer().name(eid)
    # model entities carry their name key: "PER:juan perez"
    return " ".join(w[:1].upper() + w[1:] for w in eid.split(":", 1)[-1].split())


def entity_names(ids: Iterable[str]) -> str:
    """Display names of several entities, comma-separated, in the order given."""
    return ", ".join(entity_name(i) for i in ids)


def attribute_label(attribute: str | None) -> str | None:
    """A claim's attribute for reading: "investor @VNM" -> "investor of Vietnam"."""
    if not attribute:
        return attribute
    what, _, scope = attribute.partition(" @")
    return f"{what} of {entity_name(scope)}" if scope else what
