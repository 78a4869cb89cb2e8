"""The draft as YAML text: a new claims file, or the lines to add to an existing one."""

from __future__ import annotations

from datetime import date

from factcheck.extract.builder import Draft
from factcheck.extract.draft import DraftClaim, DraftSubject
from factcheck.extract.yaml_text import flow_list, flow_map, scalar

HEADER = """\
# Draft claims written by `factcheck extract` from {article}.
# Every claim is `unverified`: check each against a source, add `sources:`, give it its real
# subject and property (a draft cannot know which event a date belongs to), remove what is
# not worth claiming, then set `status: verified` and run `factcheck accept`.
"""


def subject_lines(subject: DraftSubject, indent: str = "  ") -> list[str]:
    values: dict[str, object] = {"kind": subject.kind, "name": subject.name}
    if subject.aliases:
        values["aliases"] = list(subject.aliases)
    if subject.planned:
        values["planned"] = True
    return [f"{indent}{subject.id}: {flow_map(values)}"]


def claim_lines(claim: DraftClaim, indent: str = "  ") -> list[str]:
    lines = [f"{indent}- id: {claim.id}"]
    inner = indent + "  "
    for key, value in claim.fields.items():
        if isinstance(value, list):
            rendered = flow_list(value)
        elif isinstance(value, dict):
            rendered = flow_map(value)
        else:
            rendered = scalar(value)
        lines.append(f"{inner}{key}: {rendered}")
    return lines


def new_file(
    draft: Draft, article_path: str, schema_path: str | None, published: date | None = None
) -> str:
    """A complete claims file for the draft."""
    lines = []
    if schema_path:
        lines.append(f"# yaml-language-server: $schema={schema_path}")
    lines += HEADER.format(article=article_path).splitlines()
    lines += ["", "version: 1", "", "article:", f"  path: {scalar(article_path)}"]
    if published is not None:
        lines.append(
            f"  published: {published.isoformat()}T00:00:00Z  # given to extract; correct the time"
        )
    lines += ["", "subjects:"]
    for subject in draft.subjects:
        lines += subject_lines(subject)
    lines += ["", "claims:"]
    for claim in draft.claims:
        lines += claim_lines(claim)
    return "\n".join(lines) + "\n"
