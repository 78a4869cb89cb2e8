"""A claim that corrects or supersedes another file's claim: it must say why, name a claim
that exists, and come later than what it corrects.

Checked with the file itself (no register needed): FC602 when the note is missing or both
keys are given, FC603 when the named file or claim is not there, FC604 when the corrected
article is dated after the correcting one.
"""

from __future__ import annotations

from factcheck.archive import referenced
from factcheck.archive.referenced import ReferencedFiles
from factcheck.findings import Finding
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model.claims import ClaimsFile

KEYS = ("corrects", "supersedes")


def correction_findings(
    loaded: LoadedClaims, model: ClaimsFile, others: ReferencedFiles
) -> list[Finding]:
    """FC602-FC604 for every claim of `model` that corrects or supersedes another; `others`
    finds and loads the files named (shared with the file's checks across files)."""
    findings: list[Finding] = []
    seen = _Seen(others)
    for index, claim in enumerate(model.claims):
        if claim.corrects or claim.supersedes:
            findings.extend(_claim_findings(loaded, model, index, seen))
    return findings


# Unknown claim ids given a "did you mean" from a file's ids, at most: each suggestion
# compares with every id, so unbounded, N references to a file of M claims cost N × M.
MAX_SUGGESTIONS = 50


class _Seen:
    """What this file's references led to, so each reference is resolved once (and each
    target file read once, by `others`): a claims file of N corrections naming one large
    file took N reads of it (time N × the file's size)."""

    def __init__(self, others: ReferencedFiles) -> None:
        self.others = others
        self.targets: dict[str, _Target] = {}  # reference → what it leads to
        self.suggestions = MAX_SUGGESTIONS


def _claim_findings(
    loaded: LoadedClaims, model: ClaimsFile, index: int, seen: _Seen
) -> list[Finding]:
    claim = model.claims[index]
    findings: list[Finding] = []
    given = [key for key in KEYS if getattr(claim, key)]
    key = given[0]
    position = loaded.position_of("claims", index, key)

    def finding(code: str, message: str, hint: str, at: str = key) -> None:
        where = loaded.position_of("claims", index, at) if at != key else position
        findings.append(
            Finding(
                code,
                "error",
                message,
                loaded.display,
                where.line,
                where.column,
                hint,
                claim=claim.id,
            )
        )

    if len(given) == 2:
        finding(
            "FC602",
            f"`{claim.id}` both corrects and supersedes a claim",
            "Keep one: `corrects:` when the earlier claim was wrong, `supersedes:` when it "
            "was right then and the fact has changed.",
            at="supersedes",
        )
    if not (claim.correction or claim.note):
        finding(
            "FC602",
            f"`{claim.id}` {key} `{getattr(claim, key)}` but says nowhere why",
            "Add `correction:` with what changed and why (readers see it as the correction note).",
        )
    reference = getattr(claim, key)
    target = seen.targets.get(reference)
    if target is None:
        target = seen.targets[reference] = _target(reference, seen)
    if target.problem:
        finding("FC603", f"`{claim.id}` {key} `{getattr(claim, key)}`: {target.problem}",
                target.hint)  # fmt: skip
    elif _later(target.dateline, model):
        finding(
            "FC604",
            f"`{claim.id}` {key} a claim of an article dated {target.dateline}, after "
            f"this one ({_dateline(model)})",
            "Only a later article corrects an earlier one: swap the two, or check both "
            "articles' `published` dates.",
        )
    return findings


class _Target:
    """What a FILE#claim-id reference leads to: a problem, or the target article's date."""

    def __init__(self, problem: str = "", hint: str = "", dateline: str | None = None) -> None:
        self.problem = problem
        self.hint = hint
        self.dateline = dateline


def _target(reference: str, seen: _Seen) -> _Target:
    file, _, claim_id = reference.rpartition("#")
    target = seen.others.get(file)
    if target.problem == referenced.REFUSED:
        return _Target(target.refusal, "Name a claims file inside the repository.")
    if target.problem == referenced.MISSING:
        return _Target(
            f"{file} does not exist (relative to this claims file)",
            "FILE is relative to this claims file's folder, as `article.path` is.",
        )
    if target.problem == referenced.ITSELF:
        return _Target(
            "that is this file", "A correction names another article's claim; within one "
            "file, correct the claim itself."
        )  # fmt: skip
    if target.loaded is None or target.loaded.model is None:
        return _Target(
            f"{file} is not a valid claims file",
            f"Run `factcheck validate {target.display}` and fix it first.",
        )
    if claim_id not in target.positions:
        import difflib

        ids = list(target.positions)
        close = difflib.get_close_matches(claim_id, ids, n=1) if seen.suggestions > 0 else []
        seen.suggestions -= 1
        hint = f"Did you mean `{file}#{close[0]}`?" if close else f"{file}'s claims: see its ids."
        return _Target(f"{file} has no claim `{claim_id}`", hint)
    return _Target(dateline=_dateline(target.loaded.model))


def _dateline(model: ClaimsFile) -> str | None:
    published = model.article.published
    return published.date().isoformat() if published else None


def _later(target: str | None, model: ClaimsFile) -> bool:
    """Whether the corrected article is dated after the correcting one (when both say)."""
    mine = _dateline(model)
    return target is not None and mine is not None and target > mine
