"""A self-contained HTML report for people, rendered from the JSON report with Jinja2.

Everything read from articles is untrusted: the template autoescapes every value, and highlighted
values are sentences split into plain-text pieces here (never markup put into strings). The page
loads nothing from the network and runs no script; its Content-Security-Policy forbids both.
"""

from __future__ import annotations

from claimcheck.entities.display import attribute_label, entity_name

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jinja2
from markupsafe import Markup

from claimcheck.report.agreement import source_agreement
from claimcheck.report.chart import COLORS, SEVERITY_ORDER, claim_severity, timeline
from claimcheck.report.names import name_review
from claimcheck.report.tables import scalar_text

SEVERITY_HELP = {
    "error": "Almost certainly a mistake: a source contradicts itself or breaks its own chronology.",
    "warning": "Sources disagree, or a value is implausible for its article: at least one is probably wrong; "
    "check a primary source.",
    "info": "A difference worth knowing that is not a contradiction, such as a year given where another "
    "source gives a range that holds it.",
}


@dataclass(frozen=True)
class Quote:
    """One claim shown as its sentence with the value highlighted."""

    claim: dict
    pieces: list[tuple[str, bool]]  # (text, is the value)
    source_label: str
    normalised: str
    lone: bool  # the finding's first claim: the side that stands alone


def pieces(sentence: str, text: str) -> list[tuple[str, bool]]:
    """``sentence`` split around the first occurrence of ``text``: [(before, False), (text, True), (after, False)]."""
    i = sentence.find(text) if text else -1
    if i < 0:
        return [(sentence, False)]
    parts = [(sentence[:i], False), (text, True), (sentence[i + len(text) :], False)]
    return [p for p in parts if p[0]]


def normalised(c: dict) -> str:
    """The claim's normalised value in words: "20000 t", "1996-01-01 to 1997-01-01 (year)"."""
    bits = []
    if c["kind"] == "date":
        low, high = scalar_text(c.get("low")), scalar_text(c.get("high"))
        bits.append(f"{low or '…'} to {high or '…'} (exclusive)")
    elif c["kind"] == "ordinal":
        bits.append(f"rank {scalar_text(c.get('value'))}")
    else:
        value = scalar_text(c.get("value"))
        bits.append(" ".join(x for x in (value, c.get("unit")) if x))
        if (c.get("low"), c.get("high")) != (c.get("value"), c.get("value")):
            bits.append(f"[{scalar_text(c.get('low')) or '…'}, {scalar_text(c.get('high')) or '…'}]")
    for key, shown in (("precision", "{}"), ("bound", "bound: {}"), ("rate", "per {}")):
        if c.get(key):
            bits.append(shown.format(c[key]))
    if c.get("approx"):
        bits.append("approximate")
    return ", ".join(b for b in bits if b)


def _source_labels(report: dict) -> dict[str, str]:
    labels = {}
    for s in report["sources"]:
        parts = [p for p in (s.get("outlet"), s.get("title")) if p]
        labels[s["id"]] = " — ".join(parts) if parts else s["id"]
    return labels


def entity_label(eid: str) -> str:
    """A canonical entity id for reading: "PER:juan perez" -> "Juan Perez", "KEN" -> "Kenya"."""
    return entity_name(eid)


def _fact_label(fact: dict) -> str:
    what = attribute_label(fact.get("attribute")) or fact.get("predicate") or fact["kind"]
    about = ", ".join(entity_label(e) for e in fact.get("about") or [])
    return f"{what} ({about})" if about else str(what)


def _rule_info() -> dict[str, dict]:
    try:
        from claimcheck.rules import RULES
    except ImportError:  # the report still renders from the JSON alone
        return {}
    return {r.code: {"summary": r.summary, "name": r.name} for r in RULES}


def page(report: dict) -> dict:
    """Everything the template shows, computed from the report dict."""
    labels = _source_labels(report)
    claims = {c["id"]: c for c in report["claims"]}
    facts = {f["id"]: f for f in report["facts"]}
    severity = claim_severity(report)

    def quote(c: dict, lone: bool = False) -> Quote:
        return Quote(c, pieces(c["sentence"], c["text"]), labels.get(c["source"], c["source"]), normalised(c), lone)

    def finding_view(f: dict) -> dict:
        cross = len({c["source"] for c in f["claims"]}) >= 2
        return {
            "finding": f,
            "cross": cross,
            "quotes": [quote(c, lone=cross and i == 0) for i, c in enumerate(f["claims"])],
        }

    by_fact: dict[str, list[dict]] = {}
    loose = []
    for f in report["findings"]:
        if f.get("fact") in facts:
            by_fact.setdefault(f["fact"], []).append(f)
        else:
            loose.append(finding_view(f))
    disputed = []
    for fid, fact in facts.items():
        if fid not in by_fact:
            continue
        shown = {c["id"] for f in by_fact[fid] for c in f["claims"]}
        worst = min((SEVERITY_ORDER.index(f["severity"]) for f in by_fact[fid]), default=2)
        disputed.append(
            {
                "fact": fact,
                "label": _fact_label(fact),
                "severity": SEVERITY_ORDER[worst],
                "findings": [finding_view(f) for f in by_fact[fid]],
                "others": [quote(claims[c]) for c in fact["claims"] if c in claims and c not in shown],
            }
        )
    grouped = [
        {
            "fact": fact,
            "label": _fact_label(fact),
            "disputed": fid in by_fact,
            "sources": sorted({claims[c]["source"] for c in fact["claims"] if c in claims}),
            "members": [quote(claims[c]) for c in fact["claims"] if c in claims],
        }
        for fid, fact in facts.items()
    ]
    rule_info = _rule_info()
    by_rule: dict[tuple[str, str, str], int] = {}
    for f in report["findings"]:
        key = (f["rule"], f["name"], f["severity"])
        by_rule[key] = by_rule.get(key, 0) + 1
    rules = [
        {"rule": r, "name": n, "severity": s, "count": k, "summary": rule_info.get(r, {}).get("summary", "")}
        for (r, n, s), k in sorted(by_rule.items(), key=lambda kv: (SEVERITY_ORDER.index(kv[0][2]), kv[0][0]))
    ]
    sources_ok = sum(1 for s in report["sources"] if s["status"] == "ok")
    return {
        "report": report,
        "summary": report["summary"],
        "sources_ok": sources_ok,
        "severities": [
            {"name": s, "count": report["summary"]["findings"].get(s, 0), "help": SEVERITY_HELP[s], "color": COLORS[s]}
            for s in SEVERITY_ORDER
        ],
        "rules": rules,
        "disputed": disputed,
        "loose": loose,
        "chart": timeline(report),
        "colors": COLORS,
        "flagged_dates": sum(1 for c in report["claims"] if c["kind"] == "date" and c["id"] in severity),
        "agreement": source_agreement(report),
        "labels": labels,
        "names": name_review(report),
        "grouped": grouped,
        "unread": [s for s in report["sources"] if s["status"] != "ok"],
        "tool": report["tool"],
    }


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment: package templates, autoescaping on for everything."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["percent"] = lambda x: "–" if x is None else f"{round(100 * x)}%"
    return env


def _asset(name: str) -> Markup:
    # Our own package file, never input: the one thing marked safe.
    return Markup(resources.files("claimcheck.report").joinpath("templates", name).read_text("utf-8"))


def render(report: dict) -> str:
    """The report as one self-contained HTML page."""
    template = environment().get_template("report.html.j2")
    return template.render(css=_asset("report.css"), **page(report))
