"""Mutation benchmark: does `factcheck verify` catch realistic single edits?

Three corpora under `tests/mutations/`, each a YAML list of edits:

- `article_edits.yaml`: one edit to the bundled article (a shifted date, a changed count, a
  swapped venue, ...). The edited copy is written to a temporary folder and checked with
  `factcheck verify claims/2025-06-27-putin-third-round.yaml --article EDITED --format json`.
- `claims_edits.yaml`: one edit to the bundled claims file (a fact-checker's slip: wrong year,
  wrong value, swapped order, missing source, ...). The edited copy is written as
  `TMP/claims/x.yaml` beside a copy of the article in `TMP/articles/` (the claims file names
  `../articles/...`) and checked with `factcheck verify TMP/claims/x.yaml --format json`.
- `benign_edits.yaml`: edits to the article that change no fact (re-wrapped lines, curly
  quotes, CRLF, ...). They must give exactly the findings of the unedited article.
- `consistency_edits.yaml`: edits to a second article, `istanbul-talks.md` (claims in
  `istanbul-talks.yaml`, both in the corpus folder), that keep every claimed word and change
  a fact elsewhere in the sentence: a weekday, a clock time, a length beside clock times, a
  date counted from an event. Only a consistency check can catch them; the report counts
  how many a consistency check (FC4xx) caught with no claimed word lost (no FC2xx).
- `consistency_benign_edits.yaml`: edits to that article that change no fact beside those
  weekdays, times, lengths and distances ("about 75 minutes", "the eve of the talks").

An edit is `{id, kind, description, find, replace, expect}` (`find` occurs exactly once in the
original file), optionally `expect_claim` or `expect_check` (the finding must be on that claim
or check); a benign edit has `transform` (one of `TRANSFORMS`) or find/replace, and no
`expect`. An edit is caught when the report holds a finding with the expected code (on the
expected claim or check, when one is named).

Run from the repository root (stdlib + factcheck + PyYAML, in-process, a few seconds):

    python benchmarks/mutations.py [--verbose]

It prints, per corpus and kind, how many edits were caught, the overall detection rate, how
many caught edits also fail the run (exit code 1), how many article edits a consistency
check caught rather than missing words, the benign false-alarm rates, and every miss with
what the tool reported instead. It always exits 0: it measures, the test suite
(`tests/test_mutations.py`) gates.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "mutations"
CLAIMS = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
ARTICLE = ROOT / "articles" / "2025-06-27-putin-third-round.md"
ISTANBUL_CLAIMS = CORPUS / "istanbul-talks.yaml"
ISTANBUL_ARTICLE = CORPUS / "istanbul-talks.md"
CONFIG = ROOT / "pyproject.toml"

ARTICLE_EDITS = "article_edits.yaml"
CLAIMS_EDITS = "claims_edits.yaml"
BENIGN_EDITS = "benign_edits.yaml"
CONSISTENCY_EDITS = "consistency_edits.yaml"
CONSISTENCY_BENIGN_EDITS = "consistency_benign_edits.yaml"
CORPORA = (ARTICLE_EDITS, CLAIMS_EDITS, BENIGN_EDITS, CONSISTENCY_EDITS, CONSISTENCY_BENIGN_EDITS)
BENIGN_CORPORA = frozenset({BENIGN_EDITS, CONSISTENCY_BENIGN_EDITS})
#: The claims file and article each corpus edits (the bundled example unless named here).
PAIRS = {
    CONSISTENCY_EDITS: (ISTANBUL_CLAIMS, ISTANBUL_ARTICLE),
    CONSISTENCY_BENIGN_EDITS: (ISTANBUL_CLAIMS, ISTANBUL_ARTICLE),
}

EDIT_KEYS = frozenset(
    {"id", "kind", "description", "find", "replace", "transform", "expect"}
    | {"expect_claim", "expect_check"}
)


# --- the corpus ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """One single edit of the article or of the claims file."""

    corpus: str
    id: str
    kind: str
    description: str
    find: str | None = None
    replace: str | None = None
    transform: str | None = None
    expect: str | None = None
    expect_claim: str | None = None
    expect_check: str | None = None

    @property
    def target(self) -> str:
        """`claims` for the claims-file corpus; `article` otherwise."""
        return "claims" if self.corpus == CLAIMS_EDITS else "article"

    @property
    def benign(self) -> bool:
        return self.corpus in BENIGN_CORPORA

    @property
    def pair(self) -> tuple[Path, Path]:
        """The (claims file, article) this edit applies to."""
        return PAIRS.get(self.corpus, (CLAIMS, ARTICLE))

    @property
    def expected(self) -> str:
        """The expectation in one phrase: `FC201 on round-2-date`, or `baseline`."""
        if self.expect is None:
            return "baseline"
        where = self.expect_claim or self.expect_check
        return f"{self.expect} on {where}" if where else self.expect


def load_corpus(name: str, folder: Path = CORPUS) -> list[Edit]:
    """The edits of one corpus file, validated (keys, ids unique, find/replace or transform)."""
    path = folder / name
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, list):
        raise ValueError(f"{path}: expected a list of edits")
    edits: list[Edit] = []
    seen: set[str] = set()
    for number, entry in enumerate(document, 1):
        where = f"{path.name} edit {number}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: expected a mapping")
        unknown = set(entry) - EDIT_KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("id", "kind", "description"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                raise ValueError(f"{where}: `{key}` must be a non-empty string")
        if entry["id"] in seen:
            raise ValueError(f"{where}: duplicate id {entry['id']!r}")
        seen.add(entry["id"])
        has_find = "find" in entry or "replace" in entry
        if has_find == ("transform" in entry):
            raise ValueError(f"{where}: give either find/replace or transform")
        if has_find and not (isinstance(entry.get("find"), str) and entry["find"]):
            raise ValueError(f"{where}: `find` must be a non-empty string")
        if has_find and not isinstance(entry.get("replace"), str):
            raise ValueError(f"{where}: `replace` must be a string")
        if "transform" in entry and entry["transform"] not in TRANSFORMS:
            raise ValueError(f"{where}: unknown transform {entry['transform']!r}")
        if name in BENIGN_CORPORA:
            if "expect" in entry:
                raise ValueError(f"{where}: a benign edit has no `expect`")
        elif not re.fullmatch(r"FC\d{3}", str(entry.get("expect", ""))):
            raise ValueError(f"{where}: `expect` must be a finding code such as FC201")
        edits.append(Edit(corpus=name, **entry))
    return edits


# --- applying an edit ---------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(---\n.*?\n---\n)(.*)\Z", re.S)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _body(transform: Callable[[str], str]) -> Callable[[str], str]:
    """Apply `transform` to a Markdown article's body only, never to its YAML front matter."""

    def apply(text: str) -> str:
        match = _FRONT_MATTER.match(text)
        if match is None:
            return transform(text)
        return match.group(1) + transform(match.group(2))

    return apply


def _rewrap(body: str, width: int = 60) -> str:
    """Re-wrap every prose paragraph at `width` columns (headings, rules, comments kept)."""
    out: list[str] = []
    for block in body.split("\n\n"):
        stripped = block.strip("\n")
        if not stripped or stripped.startswith(("#", "<!--", "---")) or "\n" in stripped:
            out.append(block)
            continue
        lines: list[str] = []
        line = ""
        for word in stripped.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        out.append(block.replace(stripped, "\n".join(lines)))
    return "\n\n".join(out)


def _curly_quotes(body: str) -> str:
    """Straight quotes to typographic ones: “…” by position, ’ for apostrophes."""
    body = re.sub(r'"(?=\w|\()', "\u201c", body)
    body = body.replace('"', "\u201d")
    return body.replace("'", "\u2019")


def _straight_quotes(body: str) -> str:
    """Typographic quotes to straight ones."""
    for curly, straight in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        body = body.replace(curly, straight)
    return body


def _nbsp(body: str) -> str:
    """No-break spaces where a copy editor puts them: `June 2`, `1 million`, `U.S. President`."""
    body = re.sub(rf"\b({_MONTHS}) (?=\d)", "\\1\u00a0", body)
    body = re.sub(r"(\d) (?=million\b)", "\\1\u00a0", body)
    return body.replace("U.S. President", "U.S.\u00a0President")


def _emphasis_dates(body: str) -> str:
    """Every day date of the body in bold: `**June 2**` (Markdown emphasis changes no fact)."""
    return re.sub(rf"\b(?:{_MONTHS}) \d{{1,2}}\b", lambda m: f"**{m.group(0)}**", body)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "rewrap": _body(_rewrap),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "curly-quotes": _body(_curly_quotes),
    "straight-quotes": _body(_straight_quotes),
    "nbsp": _body(_nbsp),
    "bom": lambda text: "\ufeff" + text,
    "emphasis-dates": _body(_emphasis_dates),
}


def apply_edit(edit: Edit, text: str) -> str:
    """The text with the edit applied; `find` must occur exactly once, and something change."""
    if edit.transform is not None:
        edited = TRANSFORMS[edit.transform](text)
    else:
        assert edit.find is not None and edit.replace is not None
        count = text.count(edit.find)
        if count != 1:
            raise ValueError(
                f"{edit.id}: `find` occurs {count} times in the {edit.target}, not once"
            )
        edited = text.replace(edit.find, edit.replace)
    if edited == text:
        raise ValueError(f"{edit.id}: the edit changes nothing")
    return edited


# --- running factcheck --------------------------------------------------------------------


@dataclass
class Report:
    """What one `factcheck verify --format json` run gave."""

    exit_code: int
    findings: list[dict] = field(default_factory=list)
    stderr: str = ""

    def keys(self) -> set[tuple[str, str | None, str | None]]:
        """The (code, claim, check) of each finding: what a benign edit must keep."""
        return {(f["code"], f.get("claim"), f.get("check")) for f in self.findings}

    def has(self, code: str, claim: str | None = None, check: str | None = None) -> bool:
        return any(
            f["code"] == code
            and (claim is None or f.get("claim") == claim)
            and (check is None or f.get("check") == check)
            for f in self.findings
        )


def verify(*args: str | Path, root: Path = ROOT) -> Report:
    """Run `factcheck verify ARGS --format json` in-process (stdout and stderr captured),
    reading inside `root` (a copy's folder, or this repository)."""
    from factcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = ["verify", *(str(a) for a in args), "--format", "json", "--config", str(CONFIG)]
    argv += ["--root", str(root)]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    findings: list[dict] = []
    if out.getvalue().strip():
        findings = json.loads(out.getvalue())["findings"]
    return Report(code, findings, err.getvalue())


def read_text(path: Path) -> str:
    # newline="" keeps the file's own line endings, so a CRLF edit is written as CRLF.
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def run_edit(edit: Edit, workdir: Path) -> Report:
    """Apply one edit to a copy in `workdir` (an empty folder) and verify it."""
    claims_file, article_file = edit.pair
    if edit.target == "claims":
        claims = workdir / "claims" / "x.yaml"
        _write(claims, apply_edit(edit, read_text(CLAIMS)))
        (workdir / "articles").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTICLE, workdir / "articles" / ARTICLE.name)
        return verify(claims, root=workdir)
    # The edited article and the claims file lie in one root, as in a newsroom's repository.
    claims = workdir / "claims" / claims_file.name
    _write(claims, read_text(claims_file))
    lock = claims_file.with_name(claims_file.stem + ".lock.json")
    if lock.is_file():
        shutil.copyfile(lock, claims.with_name(lock.name))
    article = workdir / article_file.name
    _write(article, apply_edit(edit, read_text(article_file)))
    return verify(claims, "--article", article, root=workdir)


@cache
def baseline(pair: tuple[Path, Path] = (CLAIMS, ARTICLE)) -> Report:
    """The unedited article and claims file, checked the same way as an article edit."""
    claims_file, article_file = pair
    return verify(claims_file, "--article", article_file)


@dataclass
class Outcome:
    """One edit and what the tool made of it."""

    edit: Edit
    report: Report

    @property
    def baseline(self) -> Report:
        return baseline(self.edit.pair)

    @property
    def caught(self) -> bool:
        """Edits: the expected finding is there. Benign edits: exactly the baseline findings."""
        if self.edit.benign:
            return self.report.exit_code == self.baseline.exit_code and (
                self.report.keys() == self.baseline.keys()
            )
        assert self.edit.expect is not None
        return self.report.has(self.edit.expect, self.edit.expect_claim, self.edit.expect_check)

    def _new_codes(self) -> set[str]:
        return {key[0] for key in self.report.keys() - self.baseline.keys()}

    @property
    def by_consistency(self) -> bool:
        """Caught by a consistency check (a new FC4xx) with every claimed word still found
        (no new FC2xx): what the article says disagrees, not what it no longer says."""
        codes = self._new_codes()
        return (
            self.caught
            and any(c.startswith("FC4") for c in codes)
            and not any(c.startswith("FC2") for c in codes)
        )

    @property
    def fails_run(self) -> bool:
        """The run's exit code is non-zero (an error finding, or the run could not happen)."""
        return self.report.exit_code != 0

    def instead(self) -> str:
        """What the run gave beyond the baseline, for a miss: `FC301 on x, FC203 on y`."""
        if self.report.exit_code == 2:
            return f"exit 2: {self.report.stderr.strip()}"
        new = sorted(self.report.keys() - self.baseline.keys(), key=_order)
        gone = sorted(self.baseline.keys() - self.report.keys(), key=_order)
        parts = [_describe(key) for key in new] + [f"lost {_describe(key)}" for key in gone]
        return ", ".join(parts) or "no finding beyond the baseline"


def _order(key: tuple[str, str | None, str | None]) -> tuple[str, str, str]:
    return (key[0], key[1] or "", key[2] or "")


def _describe(key: tuple[str, str | None, str | None]) -> str:
    code, claim, check = key
    where = claim or check
    return f"{code} on {where}" if where else code


def run_edits(edits: Iterable[Edit]) -> list[Outcome]:
    """Run every edit, each in a fresh temporary folder."""
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-mutations-") as tmp:
        for number, edit in enumerate(edits):
            workdir = Path(tmp) / str(number)
            workdir.mkdir()
            outcomes.append(Outcome(edit, run_edit(edit, workdir)))
    return outcomes


# --- the report ---------------------------------------------------------------------------


def _rate(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _table(outcomes: list[Outcome], benign: bool) -> list[str]:
    label = "passed" if benign else "caught"
    rows: list[tuple[str, int, int, int]] = []
    for kind in dict.fromkeys(o.edit.kind for o in outcomes):
        group = [o for o in outcomes if o.edit.kind == kind]
        rows.append(
            (
                kind,
                len(group),
                sum(o.caught for o in group),
                sum(o.caught and o.fails_run for o in group),
            )
        )
    width = max([len("kind"), *(len(r[0]) for r in rows)])
    head = f"{'kind':<{width}}  edits  {label}    rate"
    if not benign:
        head += "  exit 1"
    lines = [head, "-" * len(head)]
    for kind, edits, caught, failing in rows:
        line = f"{kind:<{width}}  {edits:>5}  {caught:>6}  {_rate(caught, edits):>6}"
        if not benign:
            line += f"  {failing:>6}"
        lines.append(line)
    return lines


def summary(results: dict[str, list[Outcome]]) -> str:
    """The printed report: a table per corpus, the rates, and the misses."""
    lines: list[str] = []
    detected = [o for name in (ARTICLE_EDITS, CLAIMS_EDITS) for o in results.get(name, [])]
    for name in CORPORA:
        outcomes = results.get(name, [])
        if not outcomes:
            continue
        benign = name in BENIGN_CORPORA
        lines += [f"{name} ({len(outcomes)} edits)", *_table(outcomes, benign), ""]
    caught = sum(o.caught for o in detected)
    failing = sum(o.caught and o.fails_run for o in detected)
    lines.append(
        f"detection rate: {caught}/{len(detected)} = {_rate(caught, len(detected))}"
        f" (caught and exit 1: {failing})"
    )
    article = [o for o in results.get(ARTICLE_EDITS, []) if o.caught]
    if article:
        consistent = sum(o.by_consistency for o in article)
        lines.append(
            f"article edits caught by a consistency check, no claimed word lost: "
            f"{consistent}/{len(article)}; the other {len(article) - consistent} by what "
            "went missing or changed in claimed words"
        )
    benign = results.get(BENIGN_EDITS, [])
    alarms = sum(not o.caught for o in benign)
    lines.append(f"false-alarm rate: {alarms}/{len(benign)} = {_rate(alarms, len(benign))}")
    facts = results.get(CONSISTENCY_EDITS, [])
    if facts:
        consistent = sum(o.by_consistency for o in facts)
        lines.append(
            f"consistency edits caught by a consistency check (every claimed word kept): "
            f"{consistent}/{len(facts)} = {_rate(consistent, len(facts))}"
        )
    quiet = results.get(CONSISTENCY_BENIGN_EDITS, [])
    if quiet:
        alarms = sum(not o.caught for o in quiet)
        lines.append(
            f"consistency false-alarm rate: {alarms}/{len(quiet)} = {_rate(alarms, len(quiet))}"
        )
    misses = [o for o in detected + facts + benign + quiet if not o.caught]
    if misses:
        lines += ["", f"misses ({len(misses)}):"]
        for o in misses:
            lines.append(f"  {o.edit.id}: expected {o.edit.expected}; got {o.instead()}")
    return "\n".join(lines)


def run_all(folder: Path = CORPUS) -> dict[str, list[Outcome]]:
    return {name: run_edits(load_corpus(name, folder)) for name in CORPORA}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", action="store_true", help="also list every edit with what it gave"
    )
    args = parser.parse_args(argv)
    for pair in {(CLAIMS, ARTICLE), *PAIRS.values()}:
        if baseline(pair).exit_code == 2:
            message = baseline(pair).stderr.strip()
            print(f"mutations: the unedited run failed: {message}", file=sys.stderr)
            return 2
    results = run_all()
    if args.verbose:
        for outcomes in results.values():
            for o in outcomes:
                mark = "ok  " if o.caught else "MISS"
                print(f"{mark} {o.edit.id}: expected {o.edit.expected}; got {o.instead()}")
        print()
    print(summary(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
