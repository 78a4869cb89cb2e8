"""`--format json`: the machine-readable report described by schemas/report.schema.json.

Written as a stream: each file's entries go out (to spooled temporary files, one per array)
as soon as the file is checked, and the summary is written last, so an archive of ten
thousand articles is never held in memory. The key order of the object is not part of the
contract; `summary` comes first in the file all the same, because it is assembled at the end.

Each text of a file's entries is capped first (`factcheck.report.escape.cap`, as `bounded`
would cap the result: every entry's text is a field of the result as it stands), and each entry's
text is made valid UTF-8 and safe to print (`json_text`): a file name byte that is not
UTF-8 is written as U+FFFD, and C1 and bidi controls as `\\u009b`-style escapes.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import IO, Any

from factcheck import __version__
from factcheck.findings import WordChange
from factcheck.report.escape import MAX_TEXT, bounded, cap, json_text
from factcheck.result import FileResult, RunResult, Selection

_ARRAYS = ("findings", "claims", "checks", "files")
# The summary's counts, in the order the schema lists them (factcheck.model.report.Summary).
SUMMARY_KEYS = (
    "articles", "claims", "checks", "errors", "warnings", "infos", "passed", "failed",
    "silenced", "mentions", "covered", "folded",
)  # fmt: skip

# Entries are plain dictionaries: the pydantic models in factcheck.model.report describe them
# (and generate the schema the tests validate every report against), but building their
# serializers would cost a CI run a tenth of a second for nothing.
Entry = dict[str, Any]


def _claims(f: FileResult) -> list[Entry]:
    return [
        {
            "id": c.id,
            "status": c.status,
            "result": c.outcome,
            "type": c.type,
            "value": c.value,
            "text": c.text,
            "file": f.claims_file,
            "line": c.line,
            "article_file": f.article_file if c.article_line else None,
            "article_line": c.article_line,
            "article_column": c.article_column,
        }
        for c in f.claims
    ]


def _findings(f: FileResult) -> list[Entry]:
    return [
        {
            "code": x.code,
            "severity": x.severity,
            "message": x.message,
            "hint": x.hint,
            "claim": x.claim,
            "check": x.check,
            "file": x.file,
            "line": x.line,
            "column": x.column,
            "article_file": x.article_file,
            "article_line": x.article_line,
            "article_column": x.article_column,
            "cause": x.cause,
            "folded_into": x.cause if x.folded else None,
            "changes": [_change(c) for c in x.changes],
        }
        for x in f.findings
    ]


def _change(c: WordChange) -> Entry:
    return {
        "kind": c.kind,
        "old": c.old,
        "new": c.new,
        "article_line": c.article_line,
        "article_column": c.article_column,
        "claims": list(c.claims),
    }


def _checks(f: FileResult) -> list[Entry]:
    return [
        {
            "id": c.id,
            "kind": c.kind,
            "result": c.outcome,
            "description": c.description,
            "file": f.claims_file,
            "line": c.line,
        }
        for c in f.checks
    ]


def _file(f: FileResult) -> Entry:
    return {
        "claims_file": f.claims_file,
        "article_file": f.article_file,
        "title": f.title,
        "published": f.published,
        "claims": len(f.claims),
        "checks": len(f.checks),
        "changed_since": f.changed_since,
        "changed_lines": f.changed_lines,
        "coverage": {
            kind: {"covered": covered, "total": total}
            for kind, (covered, total) in f.coverage.items()
        },
        "errors": sum(1 for x in f.findings if x.severity == "error" and not x.folded),
        "warnings": sum(1 for x in f.findings if x.severity == "warning" and not x.folded),
    }


def selection_entry(s: Selection) -> Entry:
    """The report's `selection`; SARIF writes the same in its run's properties."""
    return {
        "changed_since": s.changed_since,
        "full_run": s.full_run_reason is not None,
        "reason": s.full_run_reason,
        "candidates": s.candidates,
        "claims_files": s.claims_files,
    }


class JsonWriter:
    """Writes the JSON report to `out` one checked file at a time."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        # Open for the writer's whole life and closed by finish(): no `with` fits that.
        self.parts = {
            name: tempfile.SpooledTemporaryFile(2**20, "w+", encoding="utf-8")  # noqa: SIM115
            for name in _ARRAYS
        }
        self.counts = {name: 0 for name in _ARRAYS}
        self.totals: dict[str, int] = dict.fromkeys(SUMMARY_KEYS, 0)

    def _write(self, name: str, entries: list[Entry]) -> None:
        """Append a file's entries to array `name`, in one write (the spool's `write` is
        Python, and checks whether to roll over to disk at every call)."""
        if not entries:
            return
        lead = ",\n    " if self.counts[name] else "\n    "
        self.parts[name].write(json_text(lead + ",\n    ".join(map(_entry_text, entries))))
        self.counts[name] += len(entries)

    def add(self, f: FileResult) -> None:
        """Write one file's findings, claims, checks and file entry; keep only counts."""
        claims = _capped(_claims(f))
        self._write("findings", _capped(_findings(f)))
        self._write("claims", claims)
        self._write("checks", _capped(_checks(f)))
        self._write("files", _capped([_file(f)]))
        severities = [x.severity for x in f.findings if not x.folded]
        totals = self.totals
        totals["articles"] += 1
        totals["claims"] += len(f.claims)
        totals["checks"] += len(f.checks)
        totals["errors"] += severities.count("error")
        totals["warnings"] += severities.count("warning")
        totals["infos"] += severities.count("info")
        totals["passed"] += sum(1 for c in claims if c["result"] == "pass")
        totals["failed"] += sum(1 for c in claims if c["result"] == "fail")
        totals["silenced"] += len(f.silenced)
        totals["folded"] += sum(1 for x in f.findings if x.folded)
        totals["mentions"] += sum(total for _, total in f.coverage.values())
        totals["covered"] += sum(covered for covered, _ in f.coverage.values())

    def finish(self, selection: Selection | None = None) -> None:
        """Write the object: version, tool, summary, the selection (with --changed-since),
        then each array from its spool."""
        tool = {"name": "factcheck", "version": __version__}
        summary = json.dumps(self.totals, indent=2)
        self.out.write('{\n  "version": 1,\n')
        self.out.write(f'  "tool": {_indented(json.dumps(tool, indent=2), depth=1)},\n')
        self.out.write(f'  "summary": {_indented(summary, depth=1)}')
        if selection is not None:
            entry = json.dumps(
                _capped([selection_entry(selection)])[0], indent=2, ensure_ascii=False
            )
            self.out.write(f',\n  "selection": {_indented(json_text(entry), depth=1)}')
        for name in _ARRAYS:
            stream = self.parts[name]
            stream.seek(0)
            self.out.write(f',\n  "{name}": [')
            while chunk := stream.read(2**16):
                self.out.write(chunk)
            self.out.write("\n  ]" if self.counts[name] else "]")
            stream.close()
        self.out.write("\n}\n")


def _capped(entries: list[Entry]) -> list[Entry]:
    """`entries` with every text (keys of nested objects too) capped at `MAX_TEXT`, in place.

    The same texts as `escape.bounded(result)` would give: each text of an entry is a field
    of the result copied as it is. Capping the entries, not the result, skips what the
    report never shows (a claim's sentence and excerpt, the archive's facts): walking the
    whole result was a quarter of the writer's time.
    """
    for entry in entries:
        for key, value in entry.items():
            kind = type(value)
            if kind is str:
                if len(value) > MAX_TEXT:
                    entry[key] = cap(value)
            elif kind is list or kind is dict:
                entry[key] = bounded(value)  # a finding's changes, a file's coverage
    return entries


# An entry of the report's arrays, one key a line, in one call of the C encoder: with this
# item separator and no indent it writes `{"id": "x",\n      "line": 3}`, which lacks only
# the line breaks inside the braces. (With `indent`, json encodes in Python: a tenth of the
# time of verifying an archive.) The encoder is made once, not at each `JSONEncoder.encode`
# (that made a third of the cost of an entry).
_ITEM_SEPARATOR = ",\n      "
_SCALARS = frozenset({str, int, bool, type(None)})


def _flat_encoder() -> Callable[[Entry], str]:
    if c_make_encoder is None:  # a Python built without the json accelerator
        return json.JSONEncoder(ensure_ascii=False, separators=(_ITEM_SEPARATOR, ": ")).encode
    # markers, default, string encoder, indent, key and item separators, sort_keys,
    # skipkeys, allow_nan: what JSONEncoder(ensure_ascii=False, separators=...) passes.
    encode = c_make_encoder(
        None, None, encode_basestring, None, ": ", _ITEM_SEPARATOR, False, False, True
    )
    return lambda entry: "".join(encode(entry, 0))


_encode_flat = _flat_encoder()


def _entry_text(entry: Entry) -> str:
    """`json.dumps(entry, indent=2)` as it stands in an array of the report, byte for byte.

    A flat entry (every value a string, number, boolean, null or an empty list: every claim
    and check, and every finding without changed words) is encoded whole by the C encoder;
    an entry holding a list or an object (a file's coverage, a finding's changes) key by
    key, its nested values indented by json.dumps.
    """
    if entry and all(type(v) in _SCALARS or (type(v) is list and not v) for v in entry.values()):
        return "{\n      " + _encode_flat(entry)[1:-1] + "\n    }"
    lines = []
    for key, value in entry.items():
        scalar = type(value) in _SCALARS
        text = _scalar_text(value) if scalar else _nested_text(value, depth=3)
        lines.append(f'      "{key}": {text}')
    return "{\n" + ",\n".join(lines) + "\n    }"


class _Unusual(Exception):
    """A value `_nested_text` leaves to json.dumps."""


def _nested_text(value: Any, depth: int) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` as it stands `depth` levels deep in
    the report, byte for byte.

    With an indent, json.dumps encodes in Python, through closures that refer to each other:
    each call left a reference cycle of some thirty objects that only the cyclic garbage
    collector frees. A file's coverage and each finding with changed words made one (about
    15 a file of the scale corpus, and most of the collections of an archive run: 27 over
    1,000 files, 0.47 s). Here lists, objects, text and numbers are written by plain
    recursion; any other value is left to json.dumps.
    """
    try:
        return _nested(value, depth)
    except _Unusual:
        return _indented(json.dumps(value, indent=2, ensure_ascii=False), depth)


_NUMBERS_AND_CONSTANTS = frozenset({int, float, bool, type(None)})
_CONSTANTS = {True: "true", False: "false", None: "null"}


def _scalar_text(value: str | int | float | bool | None) -> str:
    """`json.dumps(value, ensure_ascii=False)` of a string, number, boolean or null.

    json.dumps builds its C encoder anew at each call: a few microseconds for a number, and
    an entry of nested values has many."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is bool or value is None:
        return _CONSTANTS[value]
    return json.dumps(value)  # a float: NaN and Infinity as json writes them


def _nested(value: Any, depth: int) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind in _NUMBERS_AND_CONSTANTS:
        return _scalar_text(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = "\n" + "  " * (depth + 1)
        pairs = []
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            pairs.append(f"{encode_basestring(key)}: {_nested(item, depth + 1)}")
        return "{" + inner + ("," + inner).join(pairs) + "\n" + "  " * depth + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = "\n" + "  " * (depth + 1)
        items = [_nested(item, depth + 1) for item in value]
        return "[" + inner + ("," + inner).join(items) + "\n" + "  " * depth + "]"
    raise _Unusual


def _indented(text: str, depth: int) -> str:
    """A JSON value as it stands `depth` levels deep in the report."""
    return text.replace("\n", "\n" + "  " * depth)


def render(run: RunResult, context: object = None) -> str:
    """The whole report as text (the same bytes the streaming writer produces)."""
    import io

    buffer = io.StringIO()
    writer = JsonWriter(buffer)
    for f in run.files:
        writer.add(f)
    writer.finish(run.selection)
    return buffer.getvalue()
