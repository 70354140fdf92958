"""Recognise and normalise values in text: numbers, units, money, dates, ranks.

``scan(text, reference)`` is the single entry point every other stage uses (the spaCy
component, ``claimcheck extract`` and the benchmarks): it runs the numeric and the date
recognisers and resolves overlaps between them.
"""

from claimcheck.normalize.scan import scan

__all__ = ["scan"]
