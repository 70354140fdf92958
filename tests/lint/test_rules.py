"""The lint rules are documented like every other rule and listed after the registry."""

from __future__ import annotations

import pytest

from claimcheck.lint.rules import LINT_RULES, all_rules, get_rule
from claimcheck.rules import RULES


def test_all_rules_is_the_registry_then_the_lint_rules():
    codes = [r.code for r in all_rules()]
    assert codes[: len(RULES)] == [r.code for r in RULES]
    assert {"CC900", "CC901"} <= set(codes) and len(codes) == len(set(codes))


@pytest.mark.parametrize("rule", LINT_RULES, ids=lambda r: r.code)
def test_lint_rule_docs(rule):
    assert rule.severity == "warning"
    for text in (rule.summary, rule.what, rule.why, rule.example):
        assert text.strip()
    assert "claimcheck:" in rule.example
    assert get_rule(rule.code.lower()) is rule
