"""The HTML report: self-contained, escaped, deterministic, and showing what each section promises."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape

from claimcheck import cli
from claimcheck.report import FORMATS, html
from claimcheck.report.agreement import source_agreement
from claimcheck.report.chart import BREAK, COLORS, LABEL_WIDTH, RIGHT, WIDTH, clusters, timeline, year_fraction
from claimcheck.report.names import name_review

FIXTURE = Path(__file__).parent / "fixtures" / "report.json"
def esc(text: str) -> str:
    """``text`` as the template's autoescaping writes it."""
    return str(escape(text))


PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1">'


@pytest.fixture
def report() -> dict:
    return json.loads(FIXTURE.read_text("utf-8"))


def _claim(cid: str, source: str, kind: str = "quantity", fact: str | None = None, **kw) -> dict:
    c = {
        "id": cid, "source": source, "path": f"{source}.txt", "line": 1, "column": 1, "kind": kind,
        "text": "20", "sentence": "It was 20.", "value": 20.0, "unit": None, "low": 20.0, "high": 20.0,
        "approx": False, "bound": None, "rate": None, "precision": None, "subject": [], "participants": [],
        "predicate": None, "attribute": None, "time": None, "time_text": None, "attribution": None,
        "update": False, "fact": fact,
    }
    c.update(kw)
    return c


def _report(claims: list[dict], facts: list[dict] = (), findings: list[tuple] = ()) -> dict:
    """A minimal report; ``findings`` are (fact id, severity, [claim ids], rule)."""
    by_id = {c["id"]: c for c in claims}
    sources = sorted({c["source"] for c in claims})
    return {
        "version": 1,
        "tool": {"name": "claimcheck", "version": "0", "model": "m", "model_version": None},
        "summary": {"sources": len(sources), "claims": len(claims), "facts": len(facts),
                    "findings": {s: sum(1 for f in findings if f[1] == s) for s in ("error", "warning", "info")}},
        "sources": [{"id": s, "path": f"{s}.txt", "title": None, "date": None, "status": "ok", "reason": None,
                     "claims": sum(1 for c in claims if c["source"] == s)} for s in sources],
        "claims": claims,
        "facts": list(facts),
        "findings": [
            {"id": f"R{i}", "rule": rule, "name": "n", "severity": sev, "message": "m", "diagnosis": None,
             "fact": fid, "fingerprint": "x", "claims": [by_id[c] for c in ids]}
            for i, (fid, sev, ids, rule) in enumerate(findings, 1)
        ],
    }


# -- the page as a whole ---------------------------------------------------------------------------


def test_html_is_registered_as_a_format(report):
    assert FORMATS["html"](report) == html.render(report)


def test_html_same_report_gives_byte_identical_page(report):
    assert html.render(report) == html.render(copy.deepcopy(report))


def test_html_loads_nothing_and_runs_nothing(report):
    page = html.render(report)
    assert "<script" not in page.lower()
    assert re.search(r"<link\b", page) is None
    assert re.search(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", page) is None
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page  # the CSP: no fetch, no script even if something slipped through


def test_html_title_and_summary_numbers(report):
    page = html.render(report)
    assert re.search(r"<title>claimcheck report: 5 sources, 5 findings</title>", page)
    stats = dict(re.findall(r'data-stat="(\w+)">(\d+)<', page))
    sm = report["summary"]
    assert stats == {
        "sources": str(sm["sources"]), "claims": str(sm["claims"]), "facts": str(sm["facts"]),
        **{k: str(v) for k, v in sm["findings"].items()},
    }


@pytest.mark.parametrize(
    "heading",
    ["How to read this report", "Summary", "Findings by rule", "Disputed facts", "Timeline of dated claims",
     "How often each source agrees with the others", "Names spelled differently", "Grouped facts and why",
     "Sources that could not be read"],
)
def test_html_has_section(report, heading):
    assert re.search(rf"<h[23][^>]*>{re.escape(heading)}</h[23]>", html.render(report))


@pytest.mark.parametrize("severity", ["error", "warning", "info"])
def test_html_explains_every_severity(report, severity):
    page = html.render(report)
    assert esc(html.SEVERITY_HELP[severity]) in page


def test_html_renders_a_report_with_nothing_in_it():
    page = html.render(_report([]))
    assert "No grouped fact is disputed." in page
    assert "No source has a dated claim to draw." in page
    assert "All 0 sources were read." in page


# -- untrusted text ----------------------------------------------------------------------------------


def _set(report: dict, where: str, value: str) -> None:
    if where.startswith("claim."):
        field = where.split(".", 1)[1]
        for c in report["claims"]:
            c[field] = value
        for f in report["findings"]:
            for c in f["claims"]:
                c[field] = value
    elif where.startswith("source."):
        for s in report["sources"]:
            s[where.split(".", 1)[1]] = value
    elif where.startswith("fact."):
        for fact in report["facts"]:
            fact[where.split(".", 1)[1]] = value
    elif where.startswith("finding."):
        for f in report["findings"]:
            f[where.split(".", 1)[1]] = value


def test_templates_never_turn_escaping_off():
    from importlib import resources

    for f in resources.files("claimcheck.report").joinpath("templates").iterdir():
        text = re.sub(r"\{#.*?#\}", "", f.read_text("utf-8"), flags=re.S)  # comments may name |safe
        assert re.search(r"\|\s*safe\b", text) is None and "autoescape false" not in text, f.name
    assert html.environment().autoescape is True


@pytest.mark.parametrize(
    "where",
    ["claim.sentence", "claim.text", "claim.path", "claim.source", "source.title", "source.outlet",
     "source.reason", "source.path", "fact.why", "fact.attribute", "finding.message", "finding.diagnosis",
     "finding.name"],
)
def test_html_escapes_text_from_the_input(report, where):
    _set(report, where, f"x {PAYLOAD} y")
    page = html.render(report)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert str(escape(f"x {PAYLOAD} y")) in page


def test_html_value_in_a_hostile_sentence_is_highlighted_as_text(report):
    c = report["findings"][0]["claims"][0]
    c["sentence"] = f"{PAYLOAD} then {c['text']} and <b>more</b>"
    page = html.render(report)
    assert f'<mark class="value">{esc(c["text"])}</mark>' in page
    assert "&lt;b&gt;more&lt;/b&gt;" in page


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("It cost $20 then.", "$20", [("It cost ", False), ("$20", True), (" then.", False)]),
        ("1996 was dry.", "1996", [("1996", True), (" was dry.", False)]),
        ("It ended in 1975", "1975", [("It ended in ", False), ("1975", True)]),
        ("No value here.", "1996", [("No value here.", False)]),
        ("Only 5 of 5 came.", "5", [("Only ", False), ("5", True), (" of 5 came.", False)]),
        ("Empty value.", "", [("Empty value.", False)]),
    ],
)
def test_pieces_split_the_sentence_around_the_value(sentence, text, expected):
    got = html.pieces(sentence, text)
    assert got == expected
    assert "".join(p for p, _ in got) == sentence


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (_claim("a:1", "a", value=20000.0, unit="t", low=20000.0, high=20000.0), "20000 t"),
        (_claim("a:1", "a", value=3.0, unit="%", low=2.7, high=3.3, approx=True, rate="year"),
         "3 %, [2.7, 3.3], per year, approximate"),
        (_claim("a:1", "a", kind="ordinal", value=3, low=3, high=3), "rank 3"),
        (_claim("a:1", "a", kind="date", value="1996", low="1996-01-01", high="1997-01-01", precision="year"),
         "1996-01-01 to 1997-01-01 (exclusive), year"),
        (_claim("a:1", "a", kind="date", low=None, high="1990-01-01", bound="max"), "… to 1990-01-01 (exclusive), bound: max"),
    ],
)
def test_normalised_value_in_words(claim, expected):
    assert html.normalised(claim) == expected


@pytest.mark.parametrize(("eid", "expected"), [("PER:kim il sung", "Kim Il Sung"), ("VNM", "Vietnam"), ("HIST:RVN", "South Vietnam"), ("ORG:oda", "Oda")])
def test_entity_label(eid, expected):
    assert html.entity_label(eid) == expected


# -- disputed facts --------------------------------------------------------------------------------


def test_html_one_card_per_disputed_fact(report):
    page = html.render(report)
    disputed = {f["fact"] for f in report["findings"] if f["fact"]}
    cards = re.findall(r'<article class="card sev-\w+" id="fact-([^"]+)"', page)
    assert sorted(cards) == sorted(disputed)


def test_html_findings_without_a_fact_get_their_own_card(report):
    page = html.render(report)
    loose = [f["id"] for f in report["findings"] if not f["fact"]]
    assert re.findall(r'<article class="card sev-\w+" id="finding-([^"]+)"', page) == loose


def test_html_card_shows_message_diagnosis_and_each_quote_highlighted(report):
    page = html.render(report)
    for f in report["findings"]:
        assert esc(f["message"]) in page
        if f["diagnosis"]:
            assert esc(f["diagnosis"]) in page
        for c in f["claims"]:
            assert f'<mark class="value">{esc(c["text"])}</mark>' in page
            assert f'{c["path"]}:{c["line"]}:{c["column"]}' in page


def test_html_card_severity_is_the_worst_of_its_findings():
    claims = [_claim("a:1", "a", fact="F"), _claim("b:1", "b", fact="F"), _claim("c:1", "c", fact="F")]
    facts = [{"id": "F", "kind": "quantity", "about": [], "claims": ["a:1", "b:1", "c:1"], "why": "w"}]
    rep = _report(claims, facts, [("F", "info", ["a:1", "b:1"], "CC104"), ("F", "error", ["c:1", "a:1"], "CC101")])
    assert '<article class="card sev-error" id="fact-F">' in html.render(rep)


def test_html_grouped_facts_show_why_and_members(report):
    page = html.render(report)
    for fact in report["facts"]:
        block = page[page.index(f'id="group-{fact["id"]}"'):]
        block = block[: block.index("</details>")]
        assert str(escape(fact["why"])) in block
        assert block.count('<figure class="quote') == len(fact["claims"])


def test_html_lists_unread_sources_with_their_reason(report):
    page = html.render(report)
    section = page[page.index('id="unread"'):]
    for s in report["sources"]:
        if s["status"] == "ok":
            assert s["path"] not in section
        else:
            assert s["path"] in section and esc(s["reason"]) in section


# -- source agreement ----------------------------------------------------------------------------


def _agreement(rep: dict) -> dict:
    return {a.id: (a.compared, a.agree, a.alone) for a in source_agreement(rep)}


def test_agreement_counts_claims_in_shared_facts_without_findings():
    claims = [_claim("a:1", "a", fact="F"), _claim("b:1", "b", fact="F"), _claim("a:2", "a", fact="G")]
    facts = [{"id": "F", "kind": "quantity", "about": [], "claims": ["a:1", "b:1"], "why": ""},
             {"id": "G", "kind": "quantity", "about": [], "claims": ["a:2"], "why": ""}]
    # G has one source: nothing to agree with, so it is not compared.
    assert _agreement(_report(claims, facts)) == {"a": (1, 1, 0), "b": (1, 1, 0)}


def test_agreement_the_first_claim_of_a_cross_source_finding_stands_alone():
    claims = [_claim(f"{s}:1", s, fact="F") for s in "abc"]
    facts = [{"id": "F", "kind": "quantity", "about": [], "claims": ["a:1", "b:1", "c:1"], "why": ""}]
    rep = _report(claims, facts, [("F", "warning", ["c:1", "a:1", "b:1"], "CC101")])
    assert _agreement(rep) == {"a": (1, 0, 0), "b": (1, 0, 0), "c": (1, 0, 1)}


def test_agreement_a_source_contradicting_itself_does_not_stand_alone():
    claims = [_claim("a:1", "a"), _claim("a:2", "a")]
    rep = _report(claims, [], [(None, "error", ["a:1", "a:2"], "CC201")])
    assert _agreement(rep) == {"a": (0, 0, 0)}
    assert source_agreement(rep)[0].flagged == 2


def test_agreement_on_the_fixture(report):
    # F3 (relations, herald and courier) is the only shared fact without a finding; the gazette's
    # claims come first in the three cross-source findings R1-R3.
    got = _agreement(report)
    assert got["herald"] == (4, 1, 0)
    assert got["courier"] == (4, 1, 0)
    assert got["gazette"] == (3, 0, 3)
    assert got["scan"] == got["photo"] == (0, 0, 0)


# -- timeline -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso", "expected"),
    [("1996", 1996.0), ("1996-01-01", 1996.0), ("1997-01-01", 1997.0), ("2000-07-01", 2000 + 182 / 366),
     ("1950-02", 1950 + 31 / 365), (None, None), ("soon", None), (1996, None), ("1996-13-01", None)],
)
def test_year_fraction(iso, expected):
    got = year_fraction(iso)
    assert got == (pytest.approx(expected) if expected is not None else None)


def test_timeline_one_row_per_readable_source_and_one_mark_per_dated_claim(report):
    chart = timeline(report)
    ok = [s for s in report["sources"] if s["status"] == "ok"]
    dated = [c for c in report["claims"] if c["kind"] == "date"]
    assert len(chart.rows) == len(ok)
    assert len(chart.marks) == len(dated)
    for m in chart.marks:
        assert LABEL_WIDTH <= m.x and m.x + m.width <= WIDTH - RIGHT + 0.01


def test_timeline_colours_claims_by_their_worst_finding(report):
    chart = timeline(report)
    in_findings = {c["id"] for f in report["findings"] for c in f["claims"] if c["kind"] == "date"}
    flagged = [m for m in chart.marks if m.severity != "none"]
    assert len(flagged) == len(in_findings)
    # 'the 1770s' is in a warning (CC301) and an error (CC302): it shows as an error.
    [m] = [m for m in chart.marks if m.title.startswith("the 1770s")]
    assert m.color == COLORS["error"]
    assert chart.marks[-1].severity == "error"  # drawn last, on top


def test_timeline_mark_spans_its_interval():
    claims = [
        _claim("a:1", "a", kind="date", text="1990", value="1990", low="1990-01-01", high="1991-01-01"),
        _claim("a:2", "a", kind="date", text="the 2000s", value="200X", low="2000-01-01", high="2010-01-01"),
    ]
    chart = timeline(_report(claims))
    year, decade = sorted(chart.marks, key=lambda m: m.x)
    assert decade.width == pytest.approx(10 * year.width, rel=0.01)
    ticks = [int(t.label) for t in chart.ticks]
    assert ticks[0] <= 1990 and ticks[-1] >= 2010
    assert ticks == sorted(ticks) and len(set(b - a for a, b in zip(ticks, ticks[1:]))) == 1


def test_timeline_open_interval_is_drawn_at_its_known_end():
    claims = [_claim("a:1", "a", kind="date", text="before 1990", bound="max", low=None, high="1990-01-01"),
              _claim("a:2", "a", kind="date", text="2000", low="2000-01-01", high="2001-01-01")]
    chart = timeline(_report(claims))
    assert len(chart.marks) == 2


@pytest.mark.parametrize(
    ("intervals", "expected"),
    [
        ([(1950, 1951), (1960, 1961), (2000, 2001)], [(1950, 2001)]),  # 39 empty years: not a stray date
        ([(1, 2), (9, 10)], [(1, 10)]),
        ([(1770, 1780), (1950, 1951), (2019, 2020)], [(1770, 1780), (1950, 2020)]),
        ([(1950, 2020), (1970, 1971)], [(1950, 2020)]),
        ([(1000, 1001), (1500, 1501), (1900, 1901), (2000, 2001)], [(1000, 1001), (1500, 1501), (1900, 2001)]),
        ([(1000, 1001), (1300, 1301), (1600, 1601), (1900, 1901), (2200, 2201)], [(1000, 2201)]),
    ],
)
def test_clusters_break_the_axis_only_at_long_empty_stretches(intervals, expected):
    assert clusters(intervals) == expected


def test_timeline_stray_date_gets_its_own_segment_and_the_rest_keep_their_room():
    claims = [_claim(f"a:{y}", "a", kind="date", text=str(y), low=f"{y}-01-01", high=f"{y + 1}-01-01")
              for y in (1775, 1950, 1975, 2000)]
    chart = timeline(_report(claims))
    first, second = chart.segments
    assert first.start <= 1775 < 1776 <= first.end and second.start <= 1950 and second.end >= 2001
    assert second.left - first.right == BREAK and len(chart.breaks) == 1
    assert first.right < chart.breaks[0] < second.left
    xs = {m.title.split(" ")[0]: m.x for m in chart.marks}
    assert xs["1775"] < chart.breaks[0] < xs["1950"] < xs["1975"] < xs["2000"]
    # Without the break, 250 years would share the width; with it, 1950-2000 gets most of it.
    assert xs["2000"] - xs["1950"] > 0.5 * (WIDTH - RIGHT - LABEL_WIDTH)
    years = [int(t.label) for t in chart.ticks]
    assert years == sorted(years)


def test_timeline_none_without_dated_claims():
    assert timeline(_report([_claim("a:1", "a")])) is None


def test_html_chart_is_inline_svg_with_the_mark_colours(report):
    page = html.render(report)
    svg = page[page.index("<svg"): page.index("</svg>")]
    assert svg.count('<rect class="mark') == sum(1 for c in report["claims"] if c["kind"] == "date")
    assert f'fill="{COLORS["error"]}"' in svg and f'fill="{COLORS["none"]}"' in svg


# -- names ----------------------------------------------------------------------------------------


def test_names_groups_spellings_across_sources(report):
    review = name_review(report)
    assert review.note is None
    groups = [{s.name.casefold().replace("-", " "): s.sources for s in g} for g in review.groups]
    kim = [g for g in groups if "kim il song" in g]
    assert kim == [{"kim il sung": ("gazette", "herald"), "kim il song": ("courier",)}]


def test_names_include_people_written_where_no_claim_is(report):
    # "Kim Ill Song" stands in a sentence without a figure: only the source's own list has it.
    with_people = dict(report, sources=[dict(s) for s in report["sources"]])
    extra = {"id": "almanac", "path": "almanac.txt", "names": [{"name": "Kim Ill Song", "key": "kim ill song"}]}
    with_people["sources"].append(extra)
    groups = [{s.name: s.sources for s in g} for g in name_review(with_people).groups]
    kim = [g for g in groups if "Kim Ill Song" in g]
    assert len(kim) == 1 and kim[0]["Kim Ill Song"] == ("almanac",)
    assert len(kim[0]) == 3  # with the two spellings the claims carry


def test_names_a_source_lists_are_not_read_again_from_its_sentences():
    from claimcheck.entities import people
    from claimcheck.report.names import spellings

    claim = {"source": "a", "sentence": "Kim Ill Song arrived.", "subject": [], "participants": []}
    listed = {"sources": [{"id": "a", "names": [{"name": "Kim Il-sung", "key": "kim il sung"}]}], "claims": [claim]}
    assert {k: (shown, ids) for k, (shown, ids) in spellings(listed, people).items()} == {
        "kim il sung": ("Kim Il-sung", {"a"})}
    unlisted = {"sources": [{"id": "a"}], "claims": [claim]}
    assert list(spellings(unlisted, people)) == ["kim ill song"]


def test_names_without_the_matcher_say_so(report, monkeypatch):
    monkeypatch.setattr("claimcheck.report.names._people", lambda: None)
    review = name_review(report)
    assert review.groups == [] and "not available" in review.note
    assert esc(review.note) in html.render(report)


# -- the report command ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "output", "expected"),
    [(None, "reports/x.html", "html"), (None, "x.HTM", "html"), (None, "x.md", "markdown"), (None, "x.csv", "csv"),
     (None, "x.parquet", "parquet"), (None, "x.json", "json"), (None, "x.report", "html"), (None, None, "html"),
     ("markdown", "x.html", "markdown")],
)
def test_report_format_from_option_or_extension(fmt, output, expected):
    assert cli.report_format(fmt, output) == expected


@pytest.fixture
def fake_run(monkeypatch, report):
    """``claimcheck report`` on any path gives the fixture report (the pipeline is tested elsewhere)."""
    monkeypatch.setattr("claimcheck.pipeline.run", lambda paths, options=None: object())
    monkeypatch.setattr("claimcheck.report.build_report", lambda result: report)
    return report


def test_report_command_exits_zero_with_findings(tmp_path, fake_run):
    out = tmp_path / "reports" / "r.html"
    assert fake_run["findings"]
    assert cli.main(["report", str(tmp_path), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == html.render(fake_run)


@pytest.mark.parametrize("name", ["r.md", "r.json", "r.csv"])
def test_report_command_writes_the_format_its_extension_names(tmp_path, fake_run, name):
    out = tmp_path / name
    assert cli.main(["report", str(tmp_path), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == FORMATS[cli.report_format(None, name)](fake_run)


@pytest.mark.parametrize(
    "argv",
    [["report", "{tmp}", "--format", "nonsense"], ["report", "{tmp}/missing"], ["report", "{tmp}", "--jobs", "0"]],
)
def test_report_command_usage_errors_exit_two(tmp_path, fake_run, argv, capsys):
    assert cli.main([a.format(tmp=tmp_path) for a in argv]) == 2
    assert "error" in capsys.readouterr().err


# -- the real pipeline's output --------------------------------------------------------------------


@pytest.mark.model
def test_html_renders_the_sample_report(sample_report):
    page = html.render(sample_report)
    assert page == html.render(copy.deepcopy(sample_report))
    stats = dict(re.findall(r'data-stat="(\w+)">(\d+)<', page))
    assert int(stats["claims"]) == len(sample_report["claims"])
    disputed = {f["fact"] for f in sample_report["findings"] if f["fact"]}
    assert len(re.findall(r'<article class="card sev-\w+" id="fact-', page)) == len(disputed)
    for f in sample_report["findings"]:
        for c in f["claims"]:
            assert f'<mark class="value">{esc(c["text"])}</mark>' in page
