"""Output formats. Each renders the JSON report (the contract) to text.

``FORMATS`` maps a ``--format`` name to a renderer ``(report: dict) -> str``; a binary format
(parquet) returns bytes.
"""

from __future__ import annotations

from typing import Callable

from claimcheck.report import concise, github, html, markdown, sarif, tables, text
from claimcheck.report.json_report import build_report, render_json

Renderer = Callable[[dict], "str | bytes"]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": render_json,
    "markdown": markdown.render,
    "concise": concise.render,
    "sarif": sarif.render,
    "github": github.render,
    "html": html.render,
    "csv": tables.render_csv,
    "parquet": tables.render_parquet,
}

__all__ = ["FORMATS", "build_report", "render_json"]
