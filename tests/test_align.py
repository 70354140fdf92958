from dataclasses import replace

import pytest

from claimcheck.align import align, block_key, compatible
from claimcheck.records import Claim

BASE = Claim(
    id="", source="a", path="a.txt", line=1, column=1, kind="quantity", text="20,000 tons", sentence="s",
    value=20000, unit="t", low=20000, high=20000, attribute="coffee", predicate="buy",
    participants=("BRA", "DEU"), time=("2004-01-01", "2005-01-01"),
)


def c(cid, **kw):
    src = cid.split(":")[0]
    return replace(BASE, id=cid, source=src, path=f"{src}.txt", start=kw.pop("start", 0), **kw)


def test_same_measure_participants_and_time_are_one_fact():
    claims, facts = align([c("a:1"), c("b:1", value=200000, low=200000, high=200000)])
    assert len(facts) == 1
    assert facts[0].claims == ("a:1", "b:1")
    assert claims[0].fact == claims[1].fact == facts[0].id
    assert "coffee" in facts[0].why


@pytest.mark.parametrize(
    "other,reason",
    [
        ({"participants": ("CHL", "DEU")}, "different participants"),
        ({"time": ("2009-01-01", "2010-01-01")}, "different times"),
        ({"predicate": "sell"}, "different predicates"),
        ({"update": True}, "a later update"),
    ],
)
def test_incompatible_claims_are_kept_apart(other, reason):
    ok, why = compatible(c("a:1"), c("b:1", **other))
    assert not ok
    assert why == reason


def test_a_yearly_amount_is_blocked_apart_from_a_one_off():
    assert block_key(c("a:1")) != block_key(c("b:1", rate="year"))


def test_different_people_never_share_a_date_fact():
    d = dict(kind="date", value="1958", low="1958-01-01", high="1959-01-01", predicate="visit", unit=None)
    a = c("a:1", participants=("GHA", "PER:juan perez"), **d)
    b = c("b:1", participants=("GHA", "PER:maria perez"), **d)
    assert compatible(a, b) == (False, "different people")


def test_claims_without_a_measure_are_not_aligned():
    assert block_key(c("a:1", attribute=None)) is None


def test_alignment_is_deterministic_and_order_independent():
    claims = [c("a:1"), c("b:1"), c("c:1", value=3, low=3, high=3)]
    _, f1 = align(claims)
    _, f2 = align(list(reversed(claims)))
    assert [f.claims for f in f1] == [tuple(sorted(f.claims)) for f in f2]


def test_a_very_large_block_is_split_by_participant_not_truncated(monkeypatch):
    import claimcheck.align as align_mod

    monkeypatch.setattr(align_mod, "MAX_BLOCK", 4)
    claims = [c(f"s{i}:1", participants=("BRA", "DEU")) for i in range(3)]
    claims += [c(f"t{i}:1", participants=("CHL", "PER")) for i in range(3)]
    _, facts = align(claims)
    assert sorted(f.claims for f in facts) == [("s0:1", "s1:1", "s2:1"), ("t0:1", "t1:1", "t2:1")]
