"""The pipeline for one claims file: load → read the article → ground → values → result.

Each stage adds located findings; configuration then sets their severity and a claim's
`ignore:` silences the ones it gives a reason for.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.archive.referenced import ReferencedFiles
from factcheck.article.ignores import IgnoreDirective
from factcheck.article.model import DATELINE_SOURCE, Article, ArticleProblem
from factcheck.article.normalize import count_between
from factcheck.article.reader import read_article, read_source
from factcheck.check.values import check_value, claimed_value, describe
from factcheck.config import Config
from factcheck.findings import Finding
from factcheck.load.claims_loader import REFUSED_HINT, LoadedClaims, load_claims_file
from factcheck.model.claims import ClaimBase, ClaimsFile, Source
from factcheck.paths import display_path
from factcheck.result import CheckResult, ClaimResult, Excerpt, FileResult, outcome_of
from factcheck.safe_paths import Refused
from factcheck.silencing import apply_config
from factcheck.values._memo import forget_parses

if TYPE_CHECKING:
    from factcheck.check.search import Span
    from factcheck.consistency.facts import Facts
    from factcheck.coverage import ClaimedSpans, Coverage
    from factcheck.mentions.model import Mention

EXCERPT_WIDTH = 35


def check_file(
    path: Path,
    display: str,
    config: Config,
    *,
    article_override: Path | None = None,
    ground: bool = True,
    claims_data: bytes | None = None,
) -> FileResult:
    """Check one claims file. With `ground=False` only loading is checked (`validate`).

    `claims_data` is the claims file's content when it came from standard input (`-`).
    """
    forget_parses()  # an article's phrases are remembered while it is checked, no longer
    loaded = load_claims_file(path, display, config.policy, claims_data)
    result = FileResult(claims_file=display)
    findings = list(loaded.findings)
    model = loaded.model
    article_ignores: tuple[IgnoreDirective, ...] = ()
    # The other claims files this one names (checks across files, corrections): each
    # found and read once, whichever names it.
    others = ReferencedFiles(loaded, config.policy)
    if model is not None and not ground:
        # validate: the article must exist and be UTF-8; reading it is verify's job.
        _read_article(loaded, model, article_override, findings, config, parse=False)
    elif model is not None:
        article = _read_article(loaded, model, article_override, findings, config)
        if article is not None:
            article_ignores = tuple(article.ignores)
            findings.extend(_verify_article(loaded, model, article, result, config, others))
    if model is not None and any(c.corrects or c.supersedes for c in model.claims):
        from factcheck.archive.corrections import correction_findings

        findings.extend(correction_findings(loaded, model, others))
    if model is not None and not result.claims:
        citations = _citations(model.sources)
        result.claims = [
            _unchecked(loaded, i, claim, citations) for i, claim in enumerate(model.claims)
        ]
    result.findings, result.silenced = apply_config(
        findings, model, config, result.article_file, article_ignores
    )
    if any(f.cause for f in result.findings):
        from factcheck.grouping import fold  # only after an edit under a claim's words

        result.findings = fold(result.findings)
    _set_outcomes(result)
    if model is not None and ground and config.register:
        from factcheck.archive.facts import file_facts

        published = result.published or (
            model.article.published.isoformat() if model.article.published else None
        )
        result.archive = file_facts(loaded, model, result.claims, result.article_file, published)
    return result


def _verify_article(
    loaded: LoadedClaims,
    model: ClaimsFile,
    article: Article,
    result: FileResult,
    config: Config,
    others: ReferencedFiles,
) -> list[Finding]:
    """Everything verify checks once the article is read; fills `result` on the way."""
    # Imported here, not at the top: `validate` loads files and never needs them.
    from factcheck.coverage import ClaimedSpans, coverage_findings
    from factcheck.pin.check import pinned_findings, read_pins

    result.article_file = article.display
    result.title = article.title
    result.article_text = article.text.text
    findings = list(article.findings)
    anchor = _dateline(loaded, model, article, findings)
    published = model.article.published or article.published
    result.published = published.isoformat() if published else None
    if anchor is None:
        return findings
    result.claims, before_text = _check_claims(loaded, model, article, anchor)
    findings.extend(f for claim in result.claims for f in claim.findings)
    pins, lock_problems = read_pins(loaded, config.policy)
    findings.extend(lock_problems)
    findings.extend(
        pinned_findings(loaded, model, result.claims, article.display, pins=pins, article=article)
    )
    claimed = ClaimedSpans(claim.span for claim in result.claims if claim.span)
    mentions, coverage = _coverage(model, article, anchor, result, claimed)
    findings.extend(coverage_findings(coverage, article))
    facts = _facts(loaded, model, anchor, result.claims, config)
    findings.extend(_external_facts(facts, loaded, model, others))
    result.checks, consistency = _consistency(facts, loaded, article, before_text)
    findings.extend(consistency)
    findings.extend(_contradictions(facts, model, article, result, mentions, claimed))
    if not any(claim.missing for claim in result.claims):
        return findings
    # One changed fact, one finding: FC207 for each edit under a claim's words (FC2xx).
    from factcheck.grouping import group_by_cause

    return group_by_cause(findings, result.claims, model, loaded, article, pins, mentions)


def _external_facts(
    facts: Facts, loaded: LoadedClaims, model: ClaimsFile, others: ReferencedFiles
) -> list[Finding]:
    """Other files' claims the checks name (`FILE#claim-id`), added to `facts`; FC108 for
    names that lead nowhere."""
    from factcheck.archive.references import add_external_facts

    return add_external_facts(facts, loaded, model, others)


def _read_article(
    loaded: LoadedClaims,
    model: ClaimsFile,
    override: Path | None,
    findings: list[Finding],
    config: Config,
    parse: bool = True,
) -> Article | None:
    """The article, read under the run's read rule; None (with findings) if it cannot be.

    A refused article (outside the root, not a regular file, too large) is located at
    `article.path`, and none of it is read, so none of it can reach a report.
    """
    path = override or (loaded.path.parent / model.article.path)
    try:
        if not parse:
            read_source(path, display_path(path), config.policy)
            return None
        return read_article(path, display_path(path), policy=config.policy)
    except Refused as refused:
        position = loaded.position_of("article", "path")
        findings.append(
            Finding(
                refused.code,
                "error",
                f"article {refused.message}",
                loaded.display,
                position.line,
                position.column,
                REFUSED_HINT,
            )
        )
        return None
    except ArticleProblem as problem:
        if problem.finding is not None:
            findings.append(problem.finding)
        position = loaded.position_of("article", "path")
        findings.append(
            Finding(
                "FC109",
                "error",
                problem.message,
                loaded.display,
                position.line,
                position.column,
                "The path is relative to the claims file.",
            )
        )
        return None


def _dateline(
    loaded: LoadedClaims, model: ClaimsFile, article: Article, findings: list[Finding]
) -> dt.date | None:
    """The date that anchors relative dates; FC114 when missing or contradicted."""
    claimed = model.article.published
    position = loaded.position_of("article", "published")
    if claimed is not None and article.published is not None:
        same = (
            claimed == article.published
            if isinstance(article.published, dt.datetime)
            else claimed.date() == article.published
        )
        if not same:
            findings.append(
                Finding(
                    "FC114",
                    "error",
                    f"`published` is {claimed.isoformat()} here but {article.published} in "
                    f"the article",
                    loaded.display,
                    position.line,
                    position.column,
                    "Make them agree, or remove `published` here to use the article's.",
                    article_file=article.display,
                    article_line=article.published_line,
                )
            )
    if claimed is not None:
        return claimed.date()
    if article.dateline is not None:
        return article.dateline
    if not any(f.code in ("FC101", "FC106") for f in article.findings):
        position = loaded.position_of("article")
        findings.append(
            Finding(
                "FC114",
                "error",
                "no publication date: dates such as “June 2” cannot be read without one",
                loaded.display,
                position.line,
                position.column,
                f"Add `published:` under `article:` here, or to the article "
                f"{DATELINE_SOURCE[article.format]}.",
            )
        )
    return None


def _coverage(
    model: ClaimsFile, article: Article, anchor: dt.date, result: FileResult, claimed: ClaimedSpans
) -> tuple[list[Mention], Coverage]:
    """The article's mentions and which of them the claims cover (FC501)."""
    from factcheck.coverage import measure
    from factcheck.mentions import find_mentions

    mentions = find_mentions(article.text.text, anchor)
    coverage = measure(mentions, claimed, model)
    result.coverage = {
        kind: (coverage.covered(kind), total) for kind, total in coverage.total.items()
    }
    return mentions, coverage


def _facts(
    loaded: LoadedClaims,
    model: ClaimsFile,
    anchor: dt.date,
    claims: list[ClaimResult],
    config: Config,
) -> Facts:
    """The claims' typed values, built once for the checks and the contradictions."""
    from factcheck.consistency.facts import Facts
    from factcheck.consistency.truth import day

    published_line = loaded.position_of("article", "published").line
    return Facts(model, claims, day(anchor), config.typed_tolerances, published_line)


def _contradictions(
    facts: Facts,
    model: ClaimsFile,
    article: Article,
    result: FileResult,
    mentions: list[Mention],
    claimed: ClaimedSpans,
) -> list[Finding]:
    """FC428: words of the article no claim covers that contradict what the claims say."""
    from factcheck.consistency.contradictions import contradictions
    from factcheck.coverage import describe as describe_mention

    spans = {claim.id: claim.span for claim in result.claims if claim.span}
    # Any mention no claim's words cover may contradict a claim, named entities included:
    # "held in Minsk" is covered as a place the file knows, yet contradicts the venue.
    unclaimed = [m for m in mentions if not claimed.overlaps(m.start, m.end)]
    findings = []
    for found in contradictions(facts, article.text.text, mentions, unclaimed, spans):
        line, column = article.text.line_column(found.mention.start)
        if found.facts:
            said = ", ".join(fact.label() for fact in found.facts)
            message = (
                f"{describe_mention(found.mention)} speaks of `{found.subject}`, but {said} "
                "says otherwise"
            )
        else:
            number = model.subjects[found.subject].ordinal
            message = (
                f"{describe_mention(found.mention)} speaks of `{found.subject}`, which is "
                f"number {number} of its series"
            )
        findings.append(
            Finding(
                "FC428",
                "error",
                message,
                article.display,
                line,
                column,
                "One of them is wrong: correct the article or the claim, then re-check both.",
                claim=found.facts[0].id if found.facts else None,
                article_file=article.display,
                article_line=line,
                article_column=column,
            )
        )
    return findings


def _consistency(
    facts: Facts, loaded: LoadedClaims, article: Article, before_text: dict[str, str]
) -> tuple[list[CheckResult], list[Finding]]:
    """Checks across claims (FC4xx): the file's `checks:` and the implicit ones."""
    from factcheck.consistency.runner import implicit_findings, run_checks

    results, findings = run_checks(facts, loaded, article.display)
    findings.extend(implicit_findings(facts, loaded, before_text, article.display))
    return results, findings


def _check_claims(
    loaded: LoadedClaims, model: ClaimsFile, article: Article, anchor: dt.date
) -> tuple[list[ClaimResult], dict[str, str]]:
    """Ground and value-check each claim; also return the article's words before each."""
    from factcheck.check.grounding import ground_claim  # verify's, never validate's
    from factcheck.pin.sentences import sentence_at

    results = []
    before_text: dict[str, str] = {}
    citations = _citations(model.sources)
    for index, claim in enumerate(model.claims):
        result = _unchecked(loaded, index, claim, citations)
        grounding = ground_claim(index, claim, loaded, article)
        result.findings.extend(grounding.findings)
        result.missing = grounding.missing
        if grounding.span is not None:
            span = grounding.span
            result.article_line, result.article_column = article.text.line_column(span.start)
            result.excerpt = _excerpt(article, span)
            result.span = (span.start, span.end)
            result.sentence = sentence_at(article.text.text, span.start)
            words = article.text.text[span.start : span.end]
            before_text[claim.id] = article.text.text[max(0, span.start - 15) : span.start]
            subject = model.subjects.get(claim.subject)
            names = [subject.name, *subject.aliases] if subject and subject.name else []
            in_quotes = _in_quotes(article, span)
            where = (article.text.text, span.start)  # a date's sentence says which way it lies
            for problem in check_value(claim, words, anchor, names, in_quotes, where):
                position = loaded.position_of("claims", index, problem.key)
                result.findings.append(
                    Finding(
                        problem.code,
                        problem.severity,  # type: ignore[arg-type]
                        problem.message,
                        loaded.display,
                        position.line,
                        position.column,
                        problem.hint,
                        claim=claim.id,
                        article_file=article.display,
                        article_line=result.article_line,
                        article_column=result.article_column,
                    )
                )
        results.append(result)
    return results, before_text


def _citations(sources: dict[str, Source]) -> dict[str, str]:
    """Each shared source's citation line, by its id, written once a file (claims cite the
    same few sources again and again)."""
    return {key: _describe_source(key, sources) for key in sources}


def _unchecked(
    loaded: LoadedClaims, index: int, claim: ClaimBase, citations: dict[str, str]
) -> ClaimResult:
    try:
        value = describe(claimed_value(claim))
    except ValueError:
        value = str(claim.value)  # type: ignore[attr-defined]
    return ClaimResult(
        id=claim.id,
        status=claim.status,
        type=claim.type,  # type: ignore[attr-defined]
        value=value,
        line=loaded.position_of("claims", index).line,
        text=claim.text,
        note=claim.note,
        sources=[
            citations[source]
            if type(source) is str and source in citations
            else _describe_source(source, {})
            for source in claim.sources
        ],
    )


def _describe_source(source: object, shared: dict[str, Source]) -> str:
    """A source as a citation line: publisher, “title”, date, address."""
    if isinstance(source, str):
        if source not in shared:
            return source
        source = shared[source]
    if not isinstance(source, Source):
        return str(source)
    parts = [p for p in (source.publisher, source.author) if p]
    if source.title:
        parts.append(f"“{source.title}”")
    if source.date:
        parts.append(source.date)
    if source.url:
        parts.append(source.url)
    return ", ".join(parts) or "(source without details)"


def _in_quotes(article: Article, span: Span) -> bool:
    """Whether the span stands inside quotation marks within its paragraph.

    Inside double quotes when an odd number of them open before it; inside single quotes
    (British style) when one stands right before it and one right after it, closing
    punctuation aside (apostrophes make counting single quotes meaningless). The quotes are
    counted by bisection in their offsets, found once per article: counting them in the
    paragraph at each claim was quadratic in a long paragraph of many claims.
    """
    text = article.text.text
    start, end = article.text.paragraph_bounds(span.start)
    if count_between(text, '"', start, span.start) % 2 == 1:
        return True
    after = text[span.end : end].lstrip(".,!?;:")
    return span.start > start and text[span.start - 1] == "'" and after.startswith("'")


def _excerpt(article: Article, span: Span) -> Excerpt:
    text = article.text.text
    start, end = article.text.paragraph_bounds(span.start)
    left = max(start, span.start - EXCERPT_WIDTH)
    right = min(end, span.end + EXCERPT_WIDTH)
    if left > start:
        left = text.find(" ", left, span.start) + 1 or left
    if right < end:
        cut = text.rfind(" ", span.end, right)
        right = cut if cut != -1 else right
    before = ("…" if left > start else "") + text[left : span.start]
    after = text[span.end : right] + ("…" if right < end else "")
    return Excerpt(before, text[span.start : span.end], after)


def _set_outcomes(result: FileResult) -> None:
    by_claim: dict[str, list[Finding]] = {}
    for finding in result.findings:
        if finding.claim:
            by_claim.setdefault(finding.claim, []).append(finding)
    for claim in result.claims:
        claim.findings = by_claim.get(claim.id, [])
        if claim.outcome == "not-checked" and claim.article_line is None and not claim.findings:
            continue
        claim.outcome = outcome_of(claim.findings)
