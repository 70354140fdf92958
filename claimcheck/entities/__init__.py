"""Who or what a claim is about: canonical ids for places, organisations and people.

- :mod:`claimcheck.entities.gazetteer`: countries, territories, historic states, capitals,
  demonyms and international organisations (``lookup``, ``same_entity``, ``name``).
- :mod:`claimcheck.entities.people`: person name keys, full and partial mentions in an
  article, spelling variants across sources.

The spaCy component that marks them in a Doc is :mod:`claimcheck.nlp.entities`.
"""

from claimcheck.entities.gazetteer import Entity, canonical, gazetteer, lookup, name, same_entity
from claimcheck.entities.people import PersonRegistry, name_key, spelling_variants

__all__ = [
    "Entity", "PersonRegistry", "canonical", "gazetteer", "lookup", "name", "name_key", "same_entity",
    "spelling_variants",
]
