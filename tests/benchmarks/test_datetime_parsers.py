"""The extra dev date suite: Recognizers-Text parser files read as DateTimeModel-style cases."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from benchmarks.suites import datetime_model, datetime_parsers
from claimcheck.records import Value

ENGLISH = Path("recognizers-text/DateTime/English")


def _date_result(text: str, start: int, past: str, future: str) -> dict:
    return {"Text": text, "Type": "date", "Start": start, "Length": len(text),
            "Value": {"Timex": "XXXX", "FutureResolution": {"date": future}, "PastResolution": {"date": past}}}


def _range_result(text: str, start: int, begin: str, end: str) -> dict:
    res = {"startDate": begin, "endDate": end}
    return {"Text": text, "Type": "daterange", "Start": start, "Length": len(text),
            "Value": {"Timex": "XXXX", "FutureResolution": res, "PastResolution": dict(res)}}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / ENGLISH
    folder.mkdir(parents=True)
    ref = {"ReferenceDateTime": "2020-03-10T00:00:00"}
    model = [{"Input": "The vote is on Friday", "Context": ref, "Results": []}]
    dates = [
        {"Input": "  the vote is on FRIDAY ", "Context": ref, "Results": []},  # shared with the model file
        {"Input": "Polls close on the 14th", "Context": ref,
         "Results": [_date_result("the 14th", 15, "2020-02-14", "2020-03-14")]},
        {"Input": "Nothing to see", "Context": ref, "Results": [], "NotSupported": "dotnet"},
    ]
    periods = [
        {"Input": "Sales rose in June 2019",
         "Results": [_range_result("June 2019", 14, "2019-06-01", "2019-07-01")]},
    ]
    (folder / "DateTimeModel.json").write_text(json.dumps(model), encoding="utf-8")
    (folder / "DateParser.json").write_text("\ufeff" + json.dumps(dates), encoding="utf-8")
    (folder / "DatePeriodParser.json").write_text(json.dumps(periods), encoding="utf-8")
    return tmp_path


def test_inputs_shared_with_the_model_file_are_dropped(data_dir: Path) -> None:
    inputs = [c.input for c in datetime_parsers.load(data_dir)]
    assert inputs == ["Polls close on the 14th", "Nothing to see", "Sales rose in June 2019"]


def test_every_case_is_dev(data_dir: Path) -> None:
    assert not any(c.held_out for c in datetime_parsers.load(data_dir))


def test_date_result_becomes_model_entity(data_dir: Path) -> None:
    case = datetime_parsers.load(data_dir)[0]
    assert case.reference == dt.date(2020, 3, 10)
    (entity,) = case.expected
    assert case.input[entity["start"]:entity["end"]] == "the 14th" == entity["text"]
    assert entity["alternatives"] == [{"type": "date", "value": "2020-02-14"}, {"type": "date", "value": "2020-03-14"}]
    assert entity["value"] == "2020-02-14 | 2020-03-14"


def test_range_result_without_context_and_equal_alternatives(data_dir: Path) -> None:
    case = datetime_parsers.load(data_dir)[2]
    assert case.reference is None
    (entity,) = case.expected
    assert case.input[entity["start"]:entity["end"]] == "June 2019"
    assert entity["alternatives"] == [{"type": "daterange", "start": "2019-06-01", "end": "2019-07-01"}]


def test_not_supported_flag_and_empty_expectation(data_dir: Path) -> None:
    case = datetime_parsers.load(data_dir)[1]
    assert case.not_supported and case.expected == []


def test_matching_rules_are_the_model_suites(data_dir: Path) -> None:
    assert datetime_parsers.passes is datetime_model.passes
    case = datetime_parsers.load(data_dir)[0]
    past = Value(kind="date", text="the 14th", start=15, end=23, value="2020-02-14", low="2020-02-14",
                 high="2020-02-15", precision="day")
    assert datetime_parsers.passes(case, [past])
    assert not datetime_parsers.passes(case, [])
