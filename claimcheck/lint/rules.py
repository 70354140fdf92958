"""The lint rules: findings about suppression comments rather than about claims.

Their checks find nothing in a corpus (they look at comments, not claims): ``claimcheck.lint.suppress``
produces their findings. ``all_rules`` is the registry plus these; the registry may also append
``LINT_RULES`` to ``RULES`` itself, this module imports nothing from it at import time.
"""

from __future__ import annotations

from typing import Iterable

from claimcheck.records import Finding
from claimcheck.rules.base import Corpus, Rule


def _from_comments(corpus: Corpus, rule: Rule) -> Iterable[Finding]:
    """Nothing: these rules are checked on suppression comments, by ``claimcheck.lint.suppress``."""
    return ()


UNUSED = Rule(
    code="CC900",
    name="unused-suppression",
    severity="warning",
    summary="A suppression comment suppresses nothing.",
    what="Reports a 'claimcheck: ignore' comment (next line, passage or file) that did not suppress any "
    "finding of the rules it names, so it can be removed. Only rules that are enabled are considered.",
    why="Stale suppressions hide the next real disagreement at that place, and tell readers that a figure "
    "was disputed when it no longer is.",
    example="'<!-- claimcheck: ignore CC101 reason=\"checked\" -->' above a paragraph whose figures agree "
    "with every other source -> CC900.",
    check=_from_comments,
)

MISSING_REASON = Rule(
    code="CC901",
    name="missing-suppression-reason",
    severity="warning",
    summary="A suppression comment gives no reason, so it suppresses nothing.",
    what="Reports a 'claimcheck: ignore' comment without a non-empty reason=\"...\". Such a comment is not "
    "honoured: the findings it would suppress are still reported.",
    why="A disagreement between sources is silenced only for a recorded reason (who checked the figure, "
    "against what), so the next editor can tell a checked figure from a hidden one.",
    example="'<!-- claimcheck: ignore CC101 -->' -> CC901; write "
    "'<!-- claimcheck: ignore CC101 reason=\"figures checked with the ministry\" -->'.",
    check=_from_comments,
)

LINT_RULES: tuple[Rule, ...] = (UNUSED, MISSING_REASON)


def all_rules() -> tuple[Rule, ...]:
    """Every rule: the registry's, then the lint rules (unless the registry already holds them)."""
    from claimcheck.rules import RULES  # here, so that the registry may import this module

    have = {r.code for r in RULES}
    return RULES + tuple(r for r in LINT_RULES if r.code not in have)


def get_rule(code: str) -> Rule:
    """The rule with ``code`` among ``all_rules`` (KeyError if unknown)."""
    for r in all_rules():
        if r.code == code.upper():
            return r
    raise KeyError(code)
