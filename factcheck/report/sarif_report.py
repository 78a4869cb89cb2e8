"""`--format sarif`: SARIF 2.1.0 for code-scanning views (GitHub code scanning, IDE viewers).

- One rule per finding code in the catalogue: `id` the code, `name` the rule's name,
  `shortDescription` its summary, `fullDescription` and `help` the text `factcheck explain`
  prints (and `help.markdown` the same with the examples fenced), `defaultConfiguration.level`
  from its default severity (error → error, warning → warning, info → note).
- One result per finding, at its effective severity: the primary location in the claims file,
  the article location (where the finding has one) in `relatedLocations`. Silenced findings
  are results too, with an in-source `suppressions` entry carrying the reason.
- The findings an edit of the article caused (`Finding.folded`, `factcheck.grouping`) are no
  results of their own: each is a further `relatedLocations` entry of its FC207, at its own
  place, its message the finding's code, severity and message. Code-scanning views open one
  alert per result, so the edit is one alert, as it is one finding in every other report
  (docs/grouping.md says why; the JSON report keeps every finding).
- With `--changed-since`, the run's `properties` say what the selection chose: the ref
  (`changedSince`), whether every claims file was checked (`fullRun`) and why (`reason`:
  the configuration or a register file changed), the files it could have chosen
  (`candidates`) and the ones it did (`claimsFiles`): the JSON report's `selection`.
- URIs are relative to the report's root (the folder factcheck runs from, normally the
  repository root) with `uriBaseId: "%SRCROOT%"`; a file outside it gets an absolute URI.
- `partialFingerprints["factcheck/v1"]` is a hash of the code, the claims file and the claim
  or check id, then `:n` for the n-th such finding: no line numbers or message text, so an
  alert keeps its identity when lines move or a message is reworded.
- Input text is capped (`factcheck.report.escape.bounded`); messages show control and bidi
  characters escaped (`visible`), since code-scanning views display them; a file name byte
  that is not UTF-8 is percent-encoded in a URI (`%FF`) and, anywhere else, written as
  U+FFFD, so the log is always valid UTF-8 JSON (`json_text`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from factcheck import __version__
from factcheck.findings import Finding, folded_by_cause
from factcheck.report.escape import bounded, json_text, visible
from factcheck.result import RunResult, Selection
from factcheck.rules import RULES, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factcheck/v1"
SRCROOT = "%SRCROOT%"


def artifact_location(path: str, root: Path) -> dict:
    """A SARIF artifactLocation for `path` (relative to the current folder, or absolute)."""
    absolute = (Path.cwd() / path).resolve()
    try:
        relative = absolute.relative_to(root.resolve())
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(_name_bytes(relative.as_posix())), "uriBaseId": SRCROOT}


def _name_bytes(path: str) -> bytes:
    """The file name's bytes, so one that is not UTF-8 is quoted as itself (`%FF`)."""
    try:
        return os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate that stands for no byte: not a real name
        return path.encode("utf-8", "replace")


def _fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}\n{text.strip(chr(10))}\n{fence}"


def _rule(rule: Rule) -> dict:
    explained = rule.explain()
    markdown = (
        f"**{rule.code} {rule.name}** (default severity: {rule.severity})\n\n"
        f"{rule.summary}\n\n{rule.doc}\n\n"
        f"Fails:\n\n{_fence(rule.failing)}\n\nPasses:\n\n{_fence(rule.passing)}\n"
    )
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": explained},
        "help": {"text": explained, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _physical(path: str, line: int | None, column: int | None, root: Path) -> dict:
    location: dict = {"artifactLocation": artifact_location(path, root)}
    if line:
        region = {"startLine": line}
        if column:
            region["startColumn"] = column
        location["region"] = region
    return location


def fingerprint_key(finding: Finding, root: Path) -> str:
    """What identifies a finding across runs: code, claims file, claim or check id."""
    about = f"check:{finding.check}" if finding.check else f"claim:{finding.claim or ''}"
    key = "\0".join((finding.code, artifact_location(finding.file, root)["uri"], about))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _result(
    finding: Finding,
    root: Path,
    index: dict[str, int],
    occurrence: int,
    folded: list[Finding] | None = None,
) -> dict:
    message = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    result: dict = {"ruleId": finding.code}
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    result["level"] = LEVELS[finding.severity]
    result["message"] = {"text": visible(message, keep_lines=True)}
    result["locations"] = [
        {"physicalLocation": _physical(finding.file, finding.line, finding.column, root)}
    ]
    related = []
    if finding.article_file and finding.article_line:
        related.append(
            {
                "id": 1,
                "physicalLocation": _physical(
                    finding.article_file, finding.article_line, finding.article_column, root
                ),
                "message": {"text": "the article's words"},
            }
        )
    for caused in folded or []:
        about = caused.claim or caused.check
        text = f"caused by this edit: {caused.code} {caused.severity} {caused.message}"
        related.append(
            {
                "id": len(related) + 1,
                "physicalLocation": _physical(caused.file, caused.line, caused.column, root),
                "message": {"text": visible(text + (f" [{about}]" if about else ""))},
            }
        )
    if related:
        result["relatedLocations"] = related
    key = fingerprint_key(finding, root)
    result["partialFingerprints"] = {FINGERPRINT: f"{key}:{occurrence}"}
    properties = {k: v for k, v in (("claim", finding.claim), ("check", finding.check)) if v}
    if properties:
        result["properties"] = properties
    return result


def build(run: RunResult, root: Path, failed: bool) -> dict:
    """The SARIF log as a dict."""
    run = bounded(run)
    index = {code: i for i, code in enumerate(RULES)}
    entries: list[tuple[Finding, str | None]] = []
    for f in run.files:
        entries += [(x, None) for x in f.findings]
        entries += [(s.finding, s.reason) for s in f.silenced]
    entries.sort(key=lambda entry: entry[0].sort_key())
    folded = folded_by_cause(finding for finding, _reason in entries)
    seen: dict[str, int] = {}
    results = []
    for finding, reason in entries:
        if finding.folded and finding.cause:
            continue  # a related location of its FC207
        key = fingerprint_key(finding, root)
        seen[key] = seen.get(key, 0) + 1
        under = folded.get(finding.cause or "") if finding.cause else None
        result = _result(finding, root, index, seen[key], under)
        if reason is not None:
            result["suppressions"] = [{"kind": "inSource", "justification": reason}]
        results.append(result)
    sarif_run: dict = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(rule) for rule in RULES.values()],
            }
        },
        "invocations": [{"executionSuccessful": True, "exitCode": 1 if failed else 0}],
        "originalUriBaseIds": {SRCROOT: {"uri": root.resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if run.selection is not None:
        sarif_run["properties"] = _selection_properties(run.selection)
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [sarif_run]}


def _selection_properties(selection: Selection) -> dict:
    """The run's property bag with --changed-since: the JSON report's `selection`, its
    keys in SARIF's camelCase (`changed_since` → `changedSince`), so the two never differ."""
    from factcheck.report.json_report import selection_entry

    return {_camel(key): value for key, value in selection_entry(selection).items()}


def _camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(word.capitalize() for word in rest)


def render(run: RunResult, context: object = None) -> str:
    """The SARIF text."""
    root = getattr(context, "root", None) or Path.cwd()
    failed = getattr(context, "failed", None)
    if failed is None:
        failed = run.fails("error")
    return json_text(json.dumps(build(run, root, failed), indent=2, ensure_ascii=False)) + "\n"
