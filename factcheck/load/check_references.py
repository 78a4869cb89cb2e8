"""The `checks:` of a claims file refer to claims and subjects that exist, of the right type.

A chronology of a place claim, or a duration check whose `duration` is a date, is a mistake in
the file (FC411), reported at load time so `factcheck validate` catches it before any article
is read.
"""

from __future__ import annotations

from typing import Any

from factcheck.findings import Finding
from factcheck.load.positioned_yaml import Path, Positions

PUBLISHED = "published"
_DATED = ("date",)
_MOMENTS = ("date", "time")


class _CheckReferences:
    def __init__(self, data: dict[str, Any], positions: Positions, file: str) -> None:
        claims = data.get("claims") if isinstance(data.get("claims"), list) else []
        self.claim_types: dict[str, str] = {
            c["id"]: str(c.get("type"))
            for c in claims
            if isinstance(c, dict) and isinstance(c.get("id"), str)
        }
        subjects = data.get("subjects")
        self.subjects: dict[str, Any] = subjects if isinstance(subjects, dict) else {}
        self.positions = positions
        self.file = file
        self.findings: list[Finding] = []
        self.check_id: str | None = None

    def report(self, code: str, message: str, path: Path, hint: str = "") -> None:
        position = self.positions.of_value(path)
        self.findings.append(
            Finding(
                code,
                "error",
                message,
                self.file,
                position.line,
                position.column,
                hint,
                check=self.check_id,
            )
        )

    def claim(
        self, path: Path, value: Any, types: tuple[str, ...], published: bool = False
    ) -> None:
        """`value` must name a claim of one of `types` (or the dateline, if allowed)."""
        if not isinstance(value, str):
            return
        if value == PUBLISHED:
            if not published:
                wanted = " or ".join(types)
                self.report(
                    "FC411",
                    f"`published` is the dateline, a date; this needs a {wanted} claim",
                    path,
                    "See `factcheck explain FC411` for what each check kind takes.",
                )
            return
        if "#" in value:
            return  # another file's claim: found (or FC108) when the file is verified
        claim_id = value.split(".")[0] if "pair" in types else value
        if claim_id not in self.claim_types:
            choices = [*self.claim_types, *([PUBLISHED] if published else [])]
            import difflib  # suggestions only: a clean run never loads difflib

            close = difflib.get_close_matches(claim_id, choices, n=1, cutoff=0.6)
            hint = f"did you mean `{close[0]}`?" if close else "Name a claim id of this file."
            self.report("FC108", f"`{claim_id}` is not a known claim", path, hint)
            return
        kind = self.claim_types[claim_id]
        if kind not in types:
            wanted = " or ".join(types) + (" claim, or `published`" if published else " claim")
            self.report(
                "FC411",
                f"`{claim_id}` is a {kind} claim; this needs a {wanted}",
                path,
                "See `factcheck explain FC411` for what each check kind takes.",
            )
            return
        if "." in value and (kind != "pair" or value.split(".", 1)[1] not in ("left", "right")):
            self.report(
                "FC411",
                f"`{value}`: only a pair claim has sides, written ID.left or ID.right",
                path,
            )

    def subject(self, path: Path, value: Any, kinds: tuple[str, ...]) -> None:
        if not isinstance(value, str):
            return
        subject = self.subjects.get(value)
        if subject is None:
            import difflib  # suggestions only: a clean run never loads difflib

            close = difflib.get_close_matches(value, list(self.subjects), n=1, cutoff=0.6)
            hint = f"did you mean `{close[0]}`?" if close else f"Define `{value}` under subjects:."
            self.report("FC108", f"`{value}` is not a known subject", path, hint)
        elif isinstance(subject, dict) and subject.get("kind") not in kinds:
            self.report(
                "FC411",
                f"`{value}` is a {subject.get('kind')}; this needs a {' or '.join(kinds)}",
                path,
            )

    def operand(self, path: Path, value: Any) -> None:
        if isinstance(value, dict) and isinstance(value.get("sum"), list):
            for i, part in enumerate(value["sum"]):
                self.operand((*path, "sum", i), part)
        elif isinstance(value, str):
            self.claim(path, value, ("number", "pair", "duration", "time"))


def check_check_references(data: dict[str, Any], positions: Positions, file: str) -> list[Finding]:
    """FC107 for duplicate check ids, FC108 for unknown names, FC411 for the wrong types."""
    checks = data.get("checks")
    refs = _CheckReferences(data, positions, file)
    if not isinstance(checks, list):
        return []
    seen: dict[str, int] = {}
    for index, check in enumerate(checks):
        if not isinstance(check, dict):
            continue
        refs.check_id = check.get("id") if isinstance(check.get("id"), str) else None
        here: Path = ("checks", index)
        if refs.check_id in seen:
            refs.report(
                "FC107",
                f"check id `{refs.check_id}` is used twice (first at line {seen[refs.check_id]})",
                (*here, "id"),
                "Give each check its own id.",
            )
        elif refs.check_id:
            seen[refs.check_id] = positions.of_value((*here, "id")).line
        _check_one(refs, check, here)
    return refs.findings


def _check_one(refs: _CheckReferences, check: dict[str, Any], here: Path) -> None:
    kind = check.get("kind")
    items = check.get("items") if isinstance(check.get("items"), list) else []
    if kind == "chronology":
        for i, item in enumerate(items):
            refs.claim((*here, "items", i), item, _MOMENTS, published=True)
    elif kind in ("equal", "compatible"):
        for i, item in enumerate(items):
            refs.claim((*here, "items", i), item, _ALL_TYPES, published=True)
    elif kind == "sequence":
        refs.subject((*here, "series"), check.get("series"), ("series",))
        refs.subject((*here, "latest"), check.get("latest"), ("event",))
        for i, item in enumerate(check.get("ordinals") or []):
            refs.claim((*here, "ordinals", i), item, ("ordinal",))
    elif kind == "duration":
        refs.claim((*here, "start"), check.get("start"), _MOMENTS, published=True)
        refs.claim((*here, "end"), check.get("end"), _MOMENTS, published=True)
        refs.claim((*here, "duration"), check.get("duration"), ("duration",))
    elif kind == "numeric":
        refs.operand((*here, "left"), check.get("left"))
        refs.operand((*here, "right"), check.get("right"))
    elif kind == "validity":
        refs.claim((*here, "title"), check.get("title"), ("role",))
        refs.claim((*here, "date"), check.get("date"), _DATED, published=True)
    elif kind == "containment":
        _containment(refs, check, here)


def _containment(refs: _CheckReferences, check: dict[str, Any], here: Path) -> None:
    item = check.get("item")
    refs.claim((*here, "item"), item, ("date", "place"))
    within = check.get("within")
    item_type = refs.claim_types.get(item) if isinstance(item, str) else None
    if isinstance(within, dict):
        if item_type == "place":
            refs.report(
                "FC411",
                "a place is checked within a place, not a window of time",
                (*here, "within"),
            )
        for key in ("after", "before", "start", "end"):
            refs.claim((*here, "within", key), within.get(key), _DATED, published=True)
        refs.claim((*here, "within", "duration"), within.get("duration"), ("duration",))
        return
    if item_type == "date":
        refs.claim((*here, "within"), within, _DATED)
    elif item_type == "place" and isinstance(within, str):
        if within in refs.subjects:
            refs.subject((*here, "within"), within, ("place",))
        else:
            refs.claim((*here, "within"), within, ("place",))


_ALL_TYPES = ("date", "number", "pair", "duration", "time", "frequency", "ordinal", "place",
              "person", "role", "organisation", "quote", "text")  # fmt: skip
