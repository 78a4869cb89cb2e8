"""The fast reading and pydantic agree on the claims issue 14 adds: time claims, dates
counted from an event, `compatible` checks (every one-value edit of a sample)."""

from __future__ import annotations

from typing import Any

from test_fast_reader import _edits, _fast, _pydantic, _replaced, _same

SAMPLE: dict[str, Any] = {
    "article": {"path": "article.md"},
    "subjects": {"round-2": {"kind": "event"}},
    "claims": [
        {"id": "start", "subject": "round-2", "property": "start", "type": "time",
         "value": "2025-06-02T14:44+03:00", "text": "2:44 p.m.", "status": "verified"},
        {"id": "span", "subject": "round-2", "property": "span", "type": "time",
         "value": "14:44/15:58", "text": "from 2:44 p.m. to 3:58 p.m.", "status": "verified"},
        {"id": "eve", "subject": "round-2", "property": "eve", "type": "date",
         "value": {"relative_to": "start", "offset": "-P1D"}, "text": "the eve of the talks",
         "status": "verified"},
        {"id": "day", "subject": "round-2", "property": "date", "type": "date",
         "value": "2025-06-02", "text": "June 2", "status": "verified"},
    ],
    "checks": [{"id": "agree", "kind": "compatible", "items": ["start", "span"]}],
}  # fmt: skip


def test_the_sample_is_read_fast_and_alike() -> None:
    fast = _fast(SAMPLE)
    assert fast is not None and _same(_pydantic(SAMPLE), fast)


def test_no_one_value_edit_is_accepted_by_the_fast_reading_alone() -> None:
    edits = _edits(SAMPLE)
    assert len(edits) > 300
    disagreements = []
    for path, new in edits:
        edited = _replaced(SAMPLE, path, new)
        fast = _fast(edited)
        if fast is not None and not _same(_pydantic(edited), fast):
            disagreements.append((path, new))
    assert disagreements == []


def test_an_unquoted_time_and_a_bad_offset_are_refused_by_both() -> None:
    for path, new in (
        (("claims", 0, "value"), 884),  # YAML's reading of an unquoted 14:44
        (("claims", 1, "value"), "14:44+03:00/15:58+02:00"),
        (("claims", 2, "value", "offset"), "-P1M"),
        (("claims", 2, "value", "offset"), "P"),
        (("claims", 0, "value"), "2025-02-30T14:44"),
    ):
        edited = _replaced(SAMPLE, path, new)
        assert _fast(edited) is None and _pydantic(edited) is None, (path, new)
