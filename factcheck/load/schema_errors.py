"""Turn pydantic's validation errors into findings a newsroom user can act on.

pydantic locates an error by a path (`claims.3.date.value`) that mixes keys of the document
with union tags; we walk the loaded data to separate the two, place the finding on the
YAML node's line and column, and add the fix: the key that was probably meant, the values
allowed, the notation expected.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from factcheck.findings import Finding
from factcheck.load.positioned_yaml import Path, Positions
from factcheck.model import claims as m
from factcheck.model.bounds import range_of

_VARIANTS: dict[str, type] = {
    "date": m.DateClaim,
    "number": m.NumberClaim,
    "pair": m.PairClaim,
    "duration": m.DurationClaim,
    "time": m.TimeClaim,
    "frequency": m.FrequencyClaim,
    "ordinal": m.OrdinalClaim,
    "place": m.NameClaim,
    "person": m.NameClaim,
    "role": m.NameClaim,
    "organisation": m.NameClaim,
    "quote": m.QuoteClaim,
    "text": m.TextClaim,
}
_NOTATION_ERRORS = {"timezone_aware", "datetime_parsing", "datetime_from_date_parsing"}
_RANGE_ERRORS = {"greater_than_equal", "less_than_equal"}
_NOTATION_HINTS = {
    "published": "Write a date-time with its zone, e.g. 2025-06-27T22:57:00+03:00.",
    "date": "Write YYYY-MM-DD, YYYY-MM, YYYY, or START/END (2025-05-21/2025-05-31, "
    "2006-10/2007-09), with "
    "years from 0001 to 9999; EDTF's open or unknown ends (`..`), negative and Y-prefixed "
    "years cannot be computed with.",
    "duration": "Write an ISO 8601 duration (P30D, P3Y6M, PT48H) or {min: P2D, max: P3D}, "
    "at most 10,000 years long.",
    "time": 'Write a time in quotes, HH:MM on a 24-hour clock: "14:44", "14:44+03:00", '
    '"2025-06-02T14:44+03:00" or "14:44/15:58".',
    "frequency": "Write R/ and the period between occurrences: R/P1D (daily), R/P2W (every two "
    "weeks), R/P1Y (annually), R/P1W/Thursday (each Thursday), R/P1Y/July (each July).",
}


def split_location(loc: tuple[Any, ...], data: Any) -> tuple[Path, list[str]]:
    """Separate the real document path in a pydantic `loc` from the union tags in it."""
    path: list[str | int] = []
    tags: list[str] = []
    current = data
    for part in loc:
        in_mapping = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and part < len(current)
        if in_mapping or in_list:
            path.append(part)
            current = current[part]
        else:
            tags.append(str(part))
    return tuple(path), tags


def _model_at(path: Path, tags: list[str]) -> type | None:
    """Which model describes the mapping at `path` (to suggest the keys it allows)."""
    variant = _VARIANTS.get(tags[0]) if tags else None
    match path:
        case ():
            return m.ClaimsFile
        case ("article",):
            return m.ArticleRef
        case ("sources", _) | ("claims", _, "sources", _):
            return m.Source
        case ("subjects", _):
            return m.Subject
        case ("claims", _):
            return variant
        case ("claims", _, "value"):
            return m.DurationRange if variant is m.DurationClaim else m.Range
    return None


def _did_you_mean(word: str, choices: list[str]) -> str:
    import difflib  # suggestions only: a clean run never loads difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean `{close[0]}`?" if close else ""


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "nothing" if value is None else type(value).__name__


def findings_from_validation(
    errors: list[dict[str, Any]], data: Any, positions: Positions, file: str
) -> list[Finding]:
    """One finding per distinct problem (pydantic's `errors()`), located on its YAML node."""
    findings: dict[tuple[str, Path], Finding] = {}
    for detail in errors:
        path, tags = split_location(detail["loc"], data)
        finding = _translate(detail, path, tags, positions, file, data)
        # One finding per place: a union (a number is an integer or a float) would otherwise
        # report one mistake once per member.
        findings.setdefault((finding.code, path), finding)
    return list(findings.values())


def _claim_id(data: Any, path: Path) -> str | None:
    if len(path) >= 2 and path[0] == "claims" and isinstance(path[1], int):
        claim = data["claims"][path[1]]
        if isinstance(claim, dict) and isinstance(claim.get("id"), str):
            return claim["id"]
    return None


def _translate(
    detail: Any, path: Path, tags: list[str], positions: Positions, file: str, data: Any
) -> Finding:
    kind = detail["type"]
    claim = _claim_id(data, path)
    where = _where(path, claim)

    def make(code: str, message: str, hint: str, position_path: Path, key: bool = False) -> Finding:
        position = positions.of_key(position_path) if key else positions.of_value(position_path)
        return Finding(
            code, "error", message, file, position.line, position.column, hint, claim=claim
        )

    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        key = str(path[-1]) if path else str(detail["loc"][-1])
        model = _model_at(path[:-1], tags)
        allowed = sorted(item.name for item in fields(model)) if model else []
        suggestion = _did_you_mean(key, allowed)
        hint = suggestion or (f"Allowed here: {', '.join(allowed)}." if allowed else "")
        return make("FC103", f"unknown key `{key}` in {_parent(path, claim)}", hint, path, key=True)
    if kind == "missing":
        missing = str(detail["loc"][-1])
        return make(
            "FC105",
            f"missing required key `{missing}` in {_parent((*path, missing), claim)}",
            _missing_hint(missing),
            path,
        )
    if kind == "union_tag_not_found":
        return make(
            "FC105",
            f"missing required key `type` in {where}",
            f"Add `type:` (one of {', '.join(m.CLAIM_TYPES)}).",
            path,
        )
    if kind == "union_tag_invalid":
        tag = str(detail["ctx"]["tag"])
        suggestion = _did_you_mean(tag, list(m.CLAIM_TYPES))
        return make(
            "FC104",
            f"unknown claim type `{tag}`",
            suggestion or f"Use one of: {', '.join(m.CLAIM_TYPES)}.",
            (*path, "type"),
        )
    field = str(path[-1]) if path else ""
    if kind in _NOTATION_ERRORS or (
        kind in ("string_pattern_mismatch", "value_error")
        and field in ("value", "min", "max", "date", "accessed", "published", "since", "until")
    ):
        return _notation_finding(detail, path, where, tags, make)
    if kind in _RANGE_ERRORS:
        allowed, hint = range_of(field, tags[0] if tags and path[:1] == ("claims",) else None)
        given = _number_as_given(detail.get("input"))
        return make("FC104", f"`{where}` is {given}, out of range: {allowed}", hint, path)
    if kind == "literal_error":
        expected = detail["ctx"]["expected"]
        given = detail.get("input")
        suggestion = _did_you_mean(str(given), [e.strip(" '") for e in expected.split(",")])
        return make(
            "FC104",
            f"`{where}` is {given!r}, which is not allowed",
            suggestion or f"Use one of: {expected}.",
            path,
        )
    given = detail.get("input")
    return make(
        "FC104",
        f"`{where}`: {detail['msg'][0].lower()}{detail['msg'][1:]} (got {_describe(given)})",
        _type_hint(path, tags),
        path,
    )


_VALUE_HINTS = {
    "date": _NOTATION_HINTS["date"],
    "duration": _NOTATION_HINTS["duration"],
    "number": "Write a number (1200) or a range {min: 1000, max: 1200}; the qualifier goes "
    "in `qualifier:`.",
    "pair": "Write the two sides as a list: [1000, 1000].",
    "ordinal": "Write the position as a whole number: 3 for “third”.",
    "frequency": _NOTATION_HINTS["frequency"],
}


def _number_as_given(value: Any) -> str:
    """A number as a message shows it; YAML reads `1e400` as infinity and `.nan` as NaN."""
    if isinstance(value, float) and value != value:
        return "not a number (.nan)"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "infinite (too large to compute with)"
    return repr(value)


def _type_hint(path: Path, tags: list[str]) -> str:
    """The shape expected where a value of the wrong type stands."""
    if path == ("claims",):
        return "`claims:` is a list: start each claim with `- id:` on its own line."
    if path == ("subjects",) or path == ("sources",):
        return f"`{path[0]}:` maps ids to entries: `round-2: {{kind: event}}`."
    if len(path) >= 3 and path[0] == "claims" and path[2] == "value" and tags:
        return _VALUE_HINTS.get(tags[0], "")
    return ""


def _where(path: Path, claim: str | None) -> str:
    """A path as a reader names it: `value` of claim `round-2-date`, or `article.published`."""
    if claim is not None and len(path) > 2:
        return ".".join(str(p) for p in path[2:]) + f"` of claim `{claim}"
    return ".".join(str(p) for p in path) or "the file"


def _notation_finding(detail: Any, path: Path, where: str, tags: list[str], make: Any) -> Finding:
    if path and path[-1] == "published":
        hint = _NOTATION_HINTS["published"]
    elif "duration" in tags:
        hint = _NOTATION_HINTS["duration"]
    elif "time" in tags:
        hint = _NOTATION_HINTS["time"]
    elif "frequency" in tags:
        hint = _NOTATION_HINTS["frequency"]
    elif path and path[-1] in ("date", "accessed"):
        hint = "Write YYYY-MM-DD (or YYYY-MM, YYYY for a source's date)."
    else:
        hint = _NOTATION_HINTS["date"]
    given = detail.get("input")
    if detail["type"] == "value_error":
        return make("FC106", f"`{where}`: {detail['ctx']['error']}", hint, path)
    reason = "has no time zone" if detail["type"] == "timezone_aware" else "is not valid notation"
    if detail["type"] == "string_pattern_mismatch" and hint == _NOTATION_HINTS["date"]:
        from factcheck.fiscal_years import fiscal_year_hint, fiscal_year_in

        fiscal = fiscal_year_in(given) if isinstance(given, str) else None
        if fiscal:
            return make(
                "FC106", f"`{where}` {given!r} is a fiscal year", fiscal_year_hint(fiscal), path
            )
        reason += " (a date here has a year from 0001 to 9999)"
    return make("FC106", f"`{where}` {given!r} {reason}", hint, path)


def _parent(path: Path, claim: str | None) -> str:
    """Name the mapping holding the last key of `path`, as a reader of the file sees it."""
    parent = path[:-1]
    if claim is not None and len(parent) == 2:
        return f"claim `{claim}`"
    if claim is not None and len(parent) > 2:
        return "`" + ".".join(str(p) for p in parent[2:]) + f"` of claim `{claim}`"
    return "`" + ".".join(str(p) for p in parent) + "`" if parent else "the top level"


_REQUIRED_HINTS = {
    "status": "Add `status:` (one of verified, unverified, disputed, false).",
    "text": "Add `text:` with the article's own words that state the fact.",
    "value": "Add `value:` with the normalized value (a date is YYYY-MM-DD).",
    "subject": "Add `subject:` naming an id from `subjects`.",
    "article": "Add `article: {path: ../articles/NAME.md}`.",
    "path": "Add `path:` with the article's path relative to this claims file.",
    "claims": "Add a `claims:` list.",
}


def _missing_hint(key: str) -> str:
    return _REQUIRED_HINTS.get(key, f"Add `{key}:`.")
