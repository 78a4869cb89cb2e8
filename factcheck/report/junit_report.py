"""`--format junit`: JUnit XML for test dashboards (Jenkins, GitLab, Azure, test reporters).

The Ant/Jenkins dialect, valid against the widely used windyroad JUnit XSD:

- `<testsuites>` holds one `<testsuite>` per claims file: `name` (and `package`) the claims
  file, the article, its title and dateline as `<property>`s.
- In each suite, one `<testcase>` for the file itself, named after the claims file (it fails
  on findings tied to no claim or check, such as a YAML syntax error, and passes otherwise,
  so a fixed file turns green instead of vanishing), then one per claim (`name` = claim id)
  and one per check (`name` = check id), all with `classname` = the claims file.
- A test case fails when it has an error finding: one `<failure>` (the schema allows one)
  whose `type` is its codes, `message` the first error's message, and text every finding of
  the case with its claims-file and article locations and hint.
- Warnings do not fail: a claim with only warnings passes. The schema allows no output per
  test case, so warnings and notes go to the suite's `<system-out>`, one line each, named
  after their claim or check, followed by the silenced findings with their reasons.
- A check that cannot tell, or a claim that was not checked, is `<skipped>` with the reason.
- The findings an edit of the article caused (`Finding.folded`, `factcheck.grouping`) are
  lines of its FC207's failure text, marked `↳`, rather than findings of their own: a
  folded warning is not repeated in `<system-out>`. A claim whose words the edit broke still
  fails (its test case is that claim's), its failure text naming the FC207 it comes from.

Input text is capped (`factcheck.report.escape.bounded`) and made fit for XML 1.0
(`xml_text`): characters XML forbids, lone surrogates among them (a file name byte that is
not UTF-8), become U+FFFD, so lxml and the XSD always read the file.

The report has no timings (`time="0"`); the timestamp is the time of writing, in UTC
(or `SOURCE_DATE_EPOCH`, for reproducible files).
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import xml.etree.ElementTree as ET

from factcheck.findings import Finding, folded_by_cause
from factcheck.report.escape import bounded, markup_lines, xml_text
from factcheck.result import FileResult, RunResult


def _timestamp() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    else:
        moment = dt.datetime.now(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _hostname() -> str:
    return xml_text(socket.gethostname().strip()) or "localhost"


def describe(finding: Finding) -> str:
    """One finding as lines of text: where, code, message, article, hint."""
    lines = [f"{finding.location}: {finding.code} {finding.severity} {finding.message}"]
    if finding.article_file and finding.article_line:
        column = finding.article_column or 1
        lines.append(f"    article {finding.article_file}:{finding.article_line}:{column}")
    if finding.hint:
        lines.append(f"    hint    {finding.hint}")
    return "\n".join(lines)


def _described(finding: Finding, folded: dict[str, list[Finding]], shown: set[int]) -> str:
    """A finding's lines: an FC207 followed by what its edit caused (`↳`), a folded finding
    shown elsewhere by the FC207 it comes from."""
    lines = [describe(finding)]
    if finding.folded and finding.cause:
        lines.append(f"    caused by the edit reported by FC207 ({finding.cause})")
    elif finding.cause:
        for caused in folded.get(finding.cause, []):
            shown.add(id(caused))
            lines.append("  ↳ " + describe(caused).replace("\n", "\n  "))
    return "\n".join(lines)


def _case(
    suite: ET.Element,
    name: str,
    classname: str,
    findings: list[Finding],
    skip: str | None,
    folded: dict[str, list[Finding]] | None = None,
) -> str:
    """Add a test case; returns its result: failure, skipped or pass."""
    case = ET.SubElement(
        suite, "testcase", {"name": xml_text(name), "classname": xml_text(classname), "time": "0"}
    )
    # The finding a case fails for first: an edit's FC207 before what it caused.
    errors = sorted((x for x in findings if x.severity == "error"), key=lambda x: x.folded)
    if errors:
        codes = ", ".join(dict.fromkeys(x.code for x in errors))
        failure = ET.SubElement(
            case, "failure", {"message": xml_text(errors[0].message), "type": codes}
        )
        ordered = errors + [x for x in findings if x.severity != "error"]
        shown: set[int] = set()
        lines = []
        for finding in ordered:
            if id(finding) not in shown:
                lines.append(_described(finding, folded or {}, shown))
        failure.text = xml_text("\n".join(lines))
        return "failure"
    if skip is not None:
        ET.SubElement(case, "skipped", {"message": xml_text(skip)})
        return "skipped"
    return "pass"


def _suite(parent: ET.Element, index: int, f: FileResult, timestamp: str, host: str) -> None:
    name = xml_text(f.claims_file)
    suite = ET.SubElement(parent, "testsuite", {"name": name, "package": name, "id": str(index)})
    properties = ET.SubElement(suite, "properties")
    for key, value in (("article", f.article_file), ("title", f.title), ("published", f.published)):
        if value:
            ET.SubElement(properties, "property", {"name": key, "value": xml_text(value)})

    claim_ids = {c.id for c in f.claims}
    check_ids = {c.id for c in f.checks}
    folded = folded_by_cause(f.findings)
    # A folded finding is shown in its FC207's failure text, and in its own test case only
    # when it fails that case (a claim the edit broke).
    loose = [
        x
        for x in f.findings
        if not (x.check in check_ids or x.claim in claim_ids)
        and not (x.folded and x.severity != "error")
    ]
    outcomes = [_case(suite, f.claims_file, f.claims_file, loose, None, folded)]
    for claim in f.claims:
        skip = "not checked against the article" if claim.outcome == "not-checked" else None
        own = [x for x in claim.findings if not (x.folded and x.severity != "error")]
        outcomes.append(_case(suite, claim.id, f.claims_file, own, skip, folded))
    for check in f.checks:
        findings = [x for x in f.findings if x.check == check.id]
        skip = None
        if check.outcome == "cannot-tell":
            notes = [x.message for x in findings if x.severity == "info"]
            skip = "; ".join(notes) or "cannot tell"
        outcomes.append(_case(suite, check.id, f.claims_file, findings, skip, folded))

    out = []
    for x in f.findings:
        if x.severity != "error" and not x.folded:
            about = x.check if x.check in check_ids else x.claim if x.claim in claim_ids else None
            out.append(f"[{about or f.claims_file}] {_described(x, folded, set())}")
    for s in f.silenced:
        about = s.finding.claim or s.finding.check or f.claims_file
        out.append(f"[{about}] silenced: {describe(s.finding)}\n    reason  {s.reason}")
    ET.SubElement(suite, "system-out").text = xml_text("".join(line + "\n" for line in out))
    ET.SubElement(suite, "system-err").text = ""

    suite.set("timestamp", timestamp)
    suite.set("hostname", host)
    suite.set("tests", str(len(outcomes)))
    suite.set("failures", str(outcomes.count("failure")))
    suite.set("errors", "0")
    suite.set("skipped", str(outcomes.count("skipped")))
    suite.set("time", "0")


def build(run: RunResult) -> ET.Element:
    """The `<testsuites>` element."""
    run = bounded(run)
    root = ET.Element("testsuites")
    timestamp, host = _timestamp(), _hostname()
    for index, f in enumerate(run.files):
        _suite(root, index, f, timestamp, host)
    return root


def render(run: RunResult, context: object = None) -> str:
    """The JUnit XML text."""
    tree = build(run)
    ET.indent(tree)
    body = ET.tostring(tree, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + markup_lines(body) + "\n"
