"""Output formats. Each renders the JSON report (the contract) to text.

``FORMATS`` maps a ``--format`` name to a renderer ``(report: dict) -> str``.
"""

from __future__ import annotations

from typing import Callable

from claimcheck.report import concise, github, markdown, sarif, text
from claimcheck.report.json_report import build_report, render_json

Renderer = Callable[[dict], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": render_json,
    "markdown": markdown.render,
    "concise": concise.render,
    "sarif": sarif.render,
    "github": github.render,
}

__all__ = ["FORMATS", "build_report", "render_json"]
