import spacy

from claimcheck.nlp import values  # noqa: F401  (registers the factory)


def make():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimcheck_values")
    return nlp


def test_values_become_spans_with_their_normalised_value():
    doc = make()("They bought 20,000 tons of wheat in 1996.")
    got = [(s.label_, s._.claimcheck_value["text"], s._.claimcheck_value["value"]) for s in doc.spans["claimcheck_values"]]
    assert got == [("quantity", "20,000 tons", 20000), ("date", "1996", "1996")]


def test_two_values_inside_one_token_give_one_span_with_its_own_value():
    doc = make()("on Dec 23 2012, 6:11p")
    spans = [s for s in doc.spans["claimcheck_values"] if s.text == "6:11p"]
    assert len(spans) <= 1
    for s in spans:
        v = s._.claimcheck_value
        assert doc.text[v["start"] : v["end"]] == v["text"]


def test_reference_date_comes_from_user_data():
    nlp = make()
    doc = nlp.make_doc("It happened last year.")
    doc.user_data["claimcheck_reference"] = "2019-02-08"
    doc = nlp(doc)
    (span,) = doc.spans["claimcheck_values"]
    assert span._.claimcheck_value["value"] == "2018"


def test_values_survive_serialisation():
    from spacy.tokens import Doc

    nlp = make()
    doc = nlp("It cost $5 million in 2004.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s._.claimcheck_value["text"] for s in again.spans["claimcheck_values"]] == ["$5 million", "2004"]
