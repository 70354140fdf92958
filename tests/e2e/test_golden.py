"""The sample corpus's reports, compared byte for byte with reviewed golden files.

After a deliberate change, regenerate with ``CLAIMCHECK_UPDATE_GOLDEN=1 pytest tests/e2e/test_golden.py``
and review the diff before committing it: the golden files are the reviewed record of what
claimcheck says about the sample, and test_sample.py checks them against the hand-written list.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.report import markdown
from claimcheck.report.json_report import render_json

GOLDEN = Path(__file__).parent / "golden"
pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "name,render", [("sample.json", render_json), ("sample.md", markdown.render)], ids=["json", "markdown"]
)
def test_report_matches_golden(sample_report, name, render):
    got = render(sample_report)
    path = GOLDEN / name
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"no golden file {path}; run with CLAIMCHECK_UPDATE_GOLDEN=1 and review it"
    assert got == path.read_text(encoding="utf-8")
