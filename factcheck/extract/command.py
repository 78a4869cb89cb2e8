"""`factcheck extract ARTICLE`: write a draft claims file, or add to one with `--update`.

Never overwrites: a new draft goes to a file that must not exist yet, and `--update`
only adds lines (claims for the mentions no claim covers, and the subjects they need).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from factcheck.article.model import DATELINE_SOURCE, ArticleProblem
from factcheck.article.reader import read_article
from factcheck.config import Config
from factcheck.extract.builder import Draft, build_draft, uncovered
from factcheck.extract.render import new_file
from factcheck.extract.update import UpdateProblem, updated_text
from factcheck.mentions.model import Mention
from factcheck.report.output import write_atomically
from factcheck.safe_paths import ReadPolicy, Refused
from factcheck.schemas import schema_url


class ExtractError(Exception):
    """The draft cannot be written (exit 2, one line)."""


def default_output(article: Path) -> Path:
    """claims/<article name>.yaml in the current folder."""
    return Path("claims") / f"{article.stem}.yaml"


def extract(
    article_path: Path,
    output: Path | None,
    update: Path | None,
    published: dt.date | None = None,
    policy: ReadPolicy | None = None,
) -> str:
    """Write the draft; return the line to tell the user what was written.

    `published` supplies the dateline of an article that does not state one; the draft then
    records it under `article:`. Every file is read under `policy`'s rule (default: inside
    the current folder); a refused one is an `ExtractError`.
    """
    from factcheck.mentions import find_mentions

    policy = policy or ReadPolicy.here()
    try:
        article = read_article(article_path, str(article_path), policy=policy)
    except ArticleProblem as problem:
        raise ExtractError(problem.message) from None
    except Refused as refused:
        raise ExtractError(refused.message) from None
    if published is not None and article.dateline is not None:
        if published != article.dateline:
            raise ExtractError(
                f"{article_path} says it was published on {article.dateline.isoformat()}, "
                f"not {published.isoformat()}: drop --published (it is for articles that "
                "give no date)"
            )
        published = None  # the article's own dateline, to the second, is the draft's
    anchor = published or article.dateline
    if anchor is None and update is None:
        raise ExtractError(
            f"{article_path} has no publication date ({DATELINE_SOURCE[article.format]}), "
            "so dates like “June 2” cannot be read: give it with --published 2025-06-27"
        )
    if update is not None:
        try:
            return _update(update, article_path, anchor, find_mentions, policy)
        except Refused as refused:
            raise ExtractError(refused.message) from None
    target = output or default_output(article_path)
    if output is None:
        _inside_root(target, policy)
    if target.exists():
        raise ExtractError(f"{target} exists; use --update {target} to add to it")
    mentions = find_mentions(article.text.text, anchor)  # type: ignore[arg-type]
    draft = build_draft(
        article.text.text, mentions, article.title, set(), {}, article.text.original, anchor
    )
    if not draft.claims:
        # A claims file needs at least one claim: an empty draft would not load (FC104).
        raise ExtractError(
            f"{article_path} mentions no fact a claim could check (no date, number, duration, "
            "ordinal, quote, titled person or place): no draft written"
        )
    relative = Path(os.path.relpath(article_path.resolve(), target.resolve().parent))
    # A copy in the repository (`factcheck schema --write`) works offline; else the
    # published schema of this version.
    schema = Path("schemas/claims.schema.json")
    schema_ref = (
        os.path.relpath(schema.resolve(), target.resolve().parent)
        if schema.is_file()
        else schema_url("claims")
    )
    text = new_file(draft, relative.as_posix(), schema_ref, published=published)
    write_atomically(target, text)
    told = f"wrote {len(draft.claims)} draft claims to {target} (every one unverified)"
    return told + _left_out(draft, article.text.line_column)


def _inside_root(target: Path, policy: ReadPolicy) -> None:
    """The default draft's folder, `claims`, stays inside the root: in a checkout, it may be a
    link a pull request made to a folder anywhere (--output, chosen by the user, may not)."""
    real = Path(os.path.realpath(target.parent))
    try:
        real.relative_to(policy.root)
    except ValueError:
        raise ExtractError(
            f"{target}: {target.parent} leads outside the repository root {policy.root} "
            f"(to {real}); give --output FILE to write the draft there"
        ) from None


def _update(claims_path: Path, article_path: Path, anchor, find_mentions, policy) -> str:  # type: ignore[no-untyped-def]
    from factcheck.engine import check_file

    if not claims_path.is_file():
        raise ExtractError(f"{claims_path} does not exist (without --update, extract creates it)")
    config = Config(root=policy.root, max_file_size=policy.max_file_size)
    result = check_file(claims_path, str(claims_path), config, article_override=article_path)
    loaded_errors = [f for f in result.findings if f.code.startswith("FC1")]
    if loaded_errors:
        first = loaded_errors[0]
        raise ExtractError(f"{first.location}: {first.code} {first.message}: fix it first")
    from factcheck.load.claims_loader import load_claims_file

    loaded = load_claims_file(claims_path, str(claims_path), policy)
    model = loaded.model
    assert model is not None  # no FC1xx finding: the file loaded
    article = read_article(article_path, str(article_path), policy=policy)
    dateline = model.article.published.date() if model.article.published else anchor
    mentions = find_mentions(article.text.text, dateline)
    spans = [claim.span for claim in result.claims if claim.span]
    names = {sid: tuple(n for n in (s.name, *s.aliases) if n) for sid, s in model.subjects.items()}
    taken = (
        {claim.id for claim in model.claims} | set(model.subjects) | {c.id for c in model.checks}
    )
    needed = [m for m in uncovered(mentions, spans) if not _named(m, names)]
    if not needed:
        return f"{claims_path} already covers every mention of {article_path}"
    draft = build_draft(
        article.text.text, needed, article.title, taken, names, article.text.original, dateline
    )
    original = loaded.text
    try:
        text = updated_text(original, draft)
    except UpdateProblem as problem:
        raise ExtractError(f"{claims_path}: {problem}") from None
    write_atomically(claims_path, text)
    return (
        f"added {len(draft.claims)} draft claims (unverified) and {len(draft.subjects)} "
        f"subjects to {claims_path}; no existing line changed"
    ) + _left_out(draft, article.text.line_column)


LEFT_OUT_SHOWN = 5  # mentions named when some were not drafted; the line stays short


def _left_out(draft: Draft, line_column: Callable[[int], tuple[int, int]]) -> str:
    """What the draft leaves out and why, for the line that tells what was written: words
    that are part of a longer figure could not be found by verify, so no claim is drafted
    for them ("2002" in the reference number "2002-079")."""
    told = ""
    if draft.left_out:
        count = len(draft.left_out)
        what = (
            "a mention inside a longer figure"
            if count == 1
            else f"{count} mentions inside longer figures"
        )
        told += f"\nnot drafted ({what}, which a claim's words cannot pick out): "
        told += _listed(draft.left_out, line_column)
    if draft.repeated:
        count = len(draft.repeated)
        what = "a mention" if count == 1 else f"{count} mentions"
        told += f"\nnot drafted ({what} in a passage the article repeats word for word): "
        told += _listed(draft.repeated, line_column)
    return told


def _listed(mentions: list[Mention], line_column: Callable[[int], tuple[int, int]]) -> str:
    from factcheck.report.escape import terminal

    shown = []
    for mention in mentions[:LEFT_OUT_SHOWN]:
        line, column = line_column(mention.start)
        shown.append(f"“{terminal(mention.text)}” at {line}:{column}")
    more = len(mentions) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _named(mention, names: dict[str, tuple[str, ...]]) -> bool:  # type: ignore[no-untyped-def]
    """People and places the file already names as subjects are covered (as in verify)."""
    if mention.kind not in ("person", "place"):
        return False
    wanted = mention.text.casefold()
    return any(wanted == n.casefold() for ns in names.values() for n in ns)
