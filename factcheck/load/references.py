"""Ids and references inside a claims file: unique ids, no reference to what is not there.

Run on the loaded data rather than on the validated model, so that a file with a schema
mistake still gets its duplicate ids and dangling references reported in the same run.
"""

from __future__ import annotations

from typing import Any

from factcheck.findings import Finding
from factcheck.load.positioned_yaml import Path, Positions


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _claims(data: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    claims = data.get("claims")
    if not isinstance(claims, list):
        return []
    return [(i, c) for i, c in enumerate(claims) if isinstance(c, dict)]


def check_references(data: dict[str, Any], positions: Positions, file: str) -> list[Finding]:
    """Duplicate claim ids (FC107) and references to unknown subjects or sources (FC108)."""
    findings: list[Finding] = []
    subjects = _mapping(data.get("subjects"))
    sources = _mapping(data.get("sources"))

    def reference(
        path: Path, target: Any, known: dict[str, Any], what: str, claim: str | None
    ) -> None:
        if not isinstance(target, str) or target in known:
            return
        import difflib  # suggestions only: a clean run never loads difflib

        close = difflib.get_close_matches(target, list(known), n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`?" if close else f"Define `{target}` under `{what}s:`."
        position = positions.of_value(path)
        findings.append(
            Finding(
                "FC108",
                "error",
                f"`{target}` is not a known {what}",
                file,
                position.line,
                position.column,
                hint,
                claim=claim,
            )
        )

    first_line: dict[str, int] = {}
    for index, claim in _claims(data):
        claim_id = claim.get("id")
        label = claim_id if isinstance(claim_id, str) else None
        if isinstance(claim_id, str):
            position = positions.of_value(("claims", index, "id"))
            if claim_id in first_line:
                findings.append(
                    Finding(
                        "FC107",
                        "error",
                        f"claim id `{claim_id}` is used twice (first at line "
                        f"{first_line[claim_id]})",
                        file,
                        position.line,
                        position.column,
                        "Give each claim its own id: checks and reports refer to claims by id.",
                        claim=label,
                    )
                )
            else:
                first_line[claim_id] = position.line
        reference(("claims", index, "subject"), claim.get("subject"), subjects, "subject", label)
        claim_sources = claim.get("sources")
        if isinstance(claim_sources, list):
            for j, source in enumerate(claim_sources):
                reference(("claims", index, "sources", j), source, sources, "source", label)
    for name, subject in subjects.items():
        if isinstance(subject, dict):
            for key in ("part_of", "within"):
                reference(("subjects", name, key), subject.get(key), subjects, "subject", None)
    return findings
