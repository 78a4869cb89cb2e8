"""The JSON report is laid out as `json.dumps(report, indent=2)` would lay it out, byte for
byte, and writing it leaves no reference cycles behind (an entry's nested values are
written by `json_report._nested_text`, not by json.dumps with an indent, whose closures
left a cycle per call for the garbage collector)."""

from __future__ import annotations

import gc
import json
import random
from pathlib import Path

from conftest import ROOT
from factcheck.report.json_report import _entry_text

# Texts that look like the encoder's separators, quotes and escapes.
AWKWARD = [
    "",
    "}",
    "{",
    "},\n      {",
    '"},\n      {"',
    "a\\b",
    'say "x"',
    "line\nbreak",
    "tab\there",
    "Zelenskyy’s “word”",
    "[]",
    "{}",
    ",",
]


def _random_value(rng: random.Random, depth: int = 0) -> object:
    choice = rng.random()
    if depth > 3 or choice < 0.4:
        return rng.choice(AWKWARD) + rng.choice(AWKWARD)
    if choice < 0.55:
        return rng.choice([None, True, False, 0, -3, 12345, 1.5, float("inf"), 10**30])
    if choice < 0.7:
        return rng.choice([[], {}, ()])
    if choice < 0.85:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(1, 4))]
    return {rng.choice(AWKWARD): _random_value(rng, depth + 1) for _ in range(rng.randint(1, 4))}


def _random_entry(rng: random.Random) -> dict[str, object]:
    # Keys are the report's own field names, never input.
    return {f"key{index}": _random_value(rng) for index in range(rng.randint(1, 6))}


def _as_dumped(entry: dict[str, object]) -> str:
    """The entry as it stands in a top-level array of a report dumped with indent=2."""
    dumped = json.dumps({"a": [entry]}, indent=2, ensure_ascii=False)
    return dumped[len('{\n  "a": [\n    ') : -len("\n  ]\n}")]


def test_entries_are_laid_out_as_json_dumps_would() -> None:
    rng = random.Random(6)
    for _ in range(3000):
        entry = _random_entry(rng)
        assert _entry_text(entry) == _as_dumped(entry), entry


def test_a_value_json_would_convert_is_left_to_json() -> None:
    """A key that is not text, or a value of another type, is written by json.dumps."""

    class Text(str):
        pass

    for entry in ({"a": {1: "x", None: [2]}}, {"a": [Text("Kyiv’s")]}):
        assert _entry_text(entry) == _as_dumped(entry)


def test_writing_entries_leaves_no_reference_cycles() -> None:
    """A finding with changed words and a file's coverage (nested values) leave nothing for
    the cyclic garbage collector: with json.dumps(indent=2) each left some 30 objects."""
    finding = {
        "code": "FC501",
        "changes": [{"kind": "mention", "old": "June 2", "new": None, "claims": ["a", "b"]}],
    }
    coverage = {"coverage": {"date": {"covered": 3, "total": 4}}}
    gc.collect()
    gc.disable()
    try:
        for _ in range(50):
            _entry_text(finding)
            _entry_text(coverage)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_report_is_its_own_indent_2_dump(factcheck, tmp_path: Path, monkeypatch) -> None:
    """The bundled example through the real command line: the report file is exactly what
    json.dumps(indent=2) makes of its own content."""
    monkeypatch.chdir(ROOT)
    output = tmp_path / "report.json"
    run = factcheck("verify", "--format", "json", "--output", output)
    assert run.code == 0, run.err
    text = output.read_text(encoding="utf-8")
    report = json.loads(text)
    assert len(report["claims"]) > 50 and report["files"][0]["coverage"]
    assert text == json.dumps(report, indent=2, ensure_ascii=False) + "\n"
