"""The timeline chart of the HTML report: dated claims per source, laid out as SVG geometry.

The geometry is computed here and drawn by the template as inline SVG, so the chart is real
pixels in any browser, offline, with no script. Colours are constants so tests can find them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

# Fill of a dated claim by the most severe finding it is part of; "none" when in no finding.
COLORS = {"error": "#c62828", "warning": "#e07800", "info": "#1f6fb2", "none": "#7b8794"}
SEVERITY_ORDER = ("error", "warning", "info")

WIDTH = 960
LABEL_WIDTH = 200
RIGHT = 24
TOP = 12
ROW = 30
AXIS = 34
MARK_HEIGHT = 16
MIN_MARK = 4  # px: a day-precise date is still visible
BREAK = 36  # px between two segments of a broken axis
BREAK_GAP = 0.3  # a stretch with no date longer than this share of the span breaks the axis,
BREAK_YEARS = 50  # if it is also this long: a few decades apart is the story, not a stray date
MAX_SEGMENTS = 3
MIN_SEGMENT = 110  # px
TICK_SPACING = 56  # px, at least, between year labels
_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
_ISO = re.compile(r"^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    width: float
    height: float
    color: str
    severity: str  # "error", "warning", "info" or "none"
    title: str  # tooltip: what the claim says and where


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    anchor: str = "middle"  # "end"/"start" beside a break, so labels on both sides do not collide


@dataclass(frozen=True)
class Row:
    y: float  # top of the row
    label: str
    title: str


@dataclass
class Chart:
    width: int
    height: int
    rows: list[Row] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    plot_left: int = LABEL_WIDTH
    plot_right: int = WIDTH - RIGHT
    axis_y: float = 0.0
    row_height: int = ROW
    segments: list = field(default_factory=list)  # of Segment: the axis, broken where nothing is dated
    breaks: list[float] = field(default_factory=list)  # x of each break between two segments


def year_fraction(iso: object) -> float | None:
    """``iso`` ("1996", "1996-03", "1996-03-15") as a fractional year; None if it is not a date."""
    if not isinstance(iso, str):
        return None
    m = _ISO.match(iso.strip())
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2) or 1)
    day = int(m.group(3) or 1)
    if 1 <= year <= 9999:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        start = dt.date(year, 1, 1)
        days = (dt.date(year + 1, 1, 1) - start).days if year < 9999 else 365
        return year + (d - start).days / days
    return year + (month - 1) / 12


def _interval(claim: dict) -> tuple[float, float] | None:
    low, high = year_fraction(claim.get("low")), year_fraction(claim.get("high"))
    if low is None and high is None:
        return None
    # An open interval ("before 1990") is drawn at its known end only.
    if low is None:
        low = high
    if high is None:
        high = low
    return (min(low, high), max(low, high))


def _step(span: float, most: int = 10) -> int:
    """The smallest round step that cuts ``span`` years into at most ``most`` parts."""
    for step in _STEPS:
        if span / step <= most:
            return step
    return int(10 ** math.ceil(math.log10(span / most)))


@dataclass(frozen=True)
class Segment:
    """A stretch of the time axis ``start``..``end`` (years) drawn at ``left``..``right`` (px)."""

    start: int
    end: int
    left: float
    right: float
    step: int

    def x(self, year: float) -> float:
        return round(self.left + (year - self.start) / (self.end - self.start) * (self.right - self.left), 2)


def clusters(intervals: list[tuple[float, float]], gap: float = BREAK_GAP) -> list[tuple[float, float]]:
    """The stretches of time the intervals cover, split where nothing is dated for more than
    ``gap`` of the whole span and ``BREAK_YEARS``: one stray date centuries off must not squash
    all the others. More than ``MAX_SEGMENTS`` stretches are drawn as one."""
    ordered = sorted(intervals)
    lo, hi = ordered[0][0], max(b for _, b in ordered)
    out = [list(ordered[0])]
    for a, b in ordered[1:]:
        if a - out[-1][1] > max(gap * (hi - lo), BREAK_YEARS):
            out.append([a, b])
        else:
            out[-1][1] = max(out[-1][1], b)
    if len(out) > MAX_SEGMENTS:
        return [(lo, hi)]
    return [(a, b) for a, b in out]


def segments(intervals: list[tuple[float, float]], left: float, right: float) -> list[Segment]:
    """The axis: one segment per cluster, widths by span (each at least ``MIN_SEGMENT`` px)."""
    parts = clusters(intervals)
    width = right - left - BREAK * (len(parts) - 1)
    spans = [max(b - a, 1.0) for a, b in parts]
    shares = [max(MIN_SEGMENT, width * sp / sum(spans)) for sp in spans]
    scale = width / sum(shares)
    out, x = [], left
    for (a, b), share in zip(parts, shares):
        px = share * scale
        step = _step(max(b - a, 1.0), max(1, int(px // TICK_SPACING)))
        start = math.floor(a / step) * step
        stop = math.ceil(b / step) * step
        if stop <= start:
            stop = start + step
        out.append(Segment(start, stop, round(x, 2), round(x + px, 2), step))
        x += px + BREAK
    return out


def _short(label: str, limit: int = 24) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def claim_severity(report: dict) -> dict[str, str]:
    """Claim id -> the most severe severity of the findings it is part of."""
    worst: dict[str, str] = {}
    for f in report["findings"]:
        for c in f["claims"]:
            old = worst.get(c["id"])
            if old is None or SEVERITY_ORDER.index(f["severity"]) < SEVERITY_ORDER.index(old):
                worst[c["id"]] = f["severity"]
    return worst


def timeline(report: dict, labels: dict[str, str] | None = None) -> Chart | None:
    """The chart of the report's dated claims, one row per readable source; None if no claim is dated.

    ``labels`` overrides a row's label (default: the source's outlet, title or id).
    """
    sources = [s for s in report["sources"] if s["status"] == "ok"]
    dated = [(c, iv) for c in report["claims"] if c["kind"] == "date" for iv in [_interval(c)] if iv]
    if not dated or not sources:
        return None
    height = TOP + ROW * len(sources) + AXIS
    chart = Chart(width=WIDTH, height=height, axis_y=TOP + ROW * len(sources))
    chart.segments = segments([iv for _, iv in dated], chart.plot_left, chart.plot_right)

    def x_of(year: float) -> float:
        for seg in chart.segments:
            if year <= seg.end:
                return seg.x(max(year, seg.start))
        return chart.segments[-1].x(year)

    last = len(chart.segments) - 1
    for i, seg in enumerate(chart.segments):
        year = seg.start
        while year <= seg.end:
            anchor = "middle"
            if year == seg.start and i > 0:
                anchor = "start"
            elif year + seg.step > seg.end and i < last:
                anchor = "end"
            chart.ticks.append(Tick(seg.x(year), str(year), anchor))
            year += seg.step
    chart.breaks = [round((a.right + b.left) / 2, 2) for a, b in zip(chart.segments, chart.segments[1:])]
    row_of = {}
    for i, s in enumerate(sources):
        label = (labels or {}).get(s["id"]) or s.get("outlet") or s.get("title") or s["id"]
        y = TOP + ROW * i
        row_of[s["id"]] = y
        chart.rows.append(Row(y=y, label=_short(label), title=f"{label} ({s['path']})"))
    severity = claim_severity(report)
    placed = []
    for c, (a, b) in dated:
        if c["source"] not in row_of:
            continue
        sev = severity.get(c["id"], "none")
        x0, x1 = x_of(a), x_of(b)
        width = max(x1 - x0, MIN_MARK)
        x = min(x0, chart.plot_right - width)
        y = row_of[c["source"]] + (ROW - MARK_HEIGHT) / 2
        finding = f"; in a {sev} finding" if sev != "none" else ""
        title = f"{c['text']} ({c['low'] or '…'} to {c['high'] or '…'}) at {c['path']}:{c['line']}:{c['column']}{finding}"
        placed.append(Mark(round(x, 2), y, round(width, 2), MARK_HEIGHT, COLORS[sev], sev, title))
    # Flagged marks last so they are drawn on top of the others; most severe on top of all.
    rank = {"none": 0, "info": 1, "warning": 2, "error": 3}
    chart.marks = sorted(placed, key=lambda m: rank[m.severity])
    return chart
