"""Every rule declares texts where it must fire and texts where it must not; all are run here."""

import pytest

from claimcheck.rules import RULES

FIRES = [(r.code, i, ex) for r in RULES for i, ex in enumerate(r.fires)]
QUIET = [(r.code, i, ex) for r in RULES for i, ex in enumerate(r.quiet)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_is_documented_and_has_examples_both_ways(rule):
    assert rule.fires, f"{rule.code} has no example where it must fire"
    assert rule.quiet, f"{rule.code} has no example where it must stay quiet"
    for part in (rule.summary, rule.what, rule.why, rule.example):
        assert len(part) > 20
    assert rule.severity in {"error", "warning", "info"}


def test_rule_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.model
@pytest.mark.parametrize("code,i,example", FIRES, ids=[f"{c}-fires-{i}" for c, i, _ in FIRES])
def test_rule_fires_on_its_examples(check_texts, code, i, example):
    result = check_texts(example.texts, example.dates)
    codes = [f.rule for f in result.findings]
    assert code in codes, f"{code} did not fire; findings: {[(f.rule, f.message) for f in result.findings]}"


@pytest.mark.model
@pytest.mark.parametrize("code,i,example", QUIET, ids=[f"{c}-quiet-{i}" for c, i, _ in QUIET])
def test_rule_stays_quiet_on_its_counter_examples(check_texts, code, i, example):
    result = check_texts(example.texts, example.dates)
    fired = [f.message for f in result.findings if f.rule == code]
    assert not fired, f"{code} fired ({example.note}): {fired}"
