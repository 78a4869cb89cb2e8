"""schema.org ClaimReview JSON-LD for claims with a verdict (`factcheck export claimreview`).

Fact-checkers publish verdicts as ClaimReview markup, which search engines and fact-check
aggregators (Google's Fact Check Explorer among them) read. What is written follows Google's
"Fact check (ClaimReview) structured data" documentation,
https://developers.google.com/search/docs/appearance/structured-data/factcheck (read
2026-12-04; Google notes there that it is phasing the markup out of Search results while the
Fact Check Explorer keeps reading it), whose property tables Full Fact's markup
investigation lists in one place,
https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/ :

- ClaimReview: `claimReviewed`, `reviewRating` and `url` required; `author`, `datePublished`
  and `itemReviewed` recommended. `url` is the page hosting the fact check.
- Claim (`itemReviewed`): `appearance`, `author`, `datePublished`, `firstAppearance`
  recommended.
- Rating (`reviewRating`): `alternateName` (the verdict in words, the value search results
  show) required; `bestRating`, `ratingValue`, `worstRating` recommended, with worstRating at
  least 1 and below bestRating.

The vocabulary itself is schema.org's, https://schema.org/ClaimReview ,
https://schema.org/Claim and https://schema.org/Rating .

How a claims file becomes markup:

- `claimReviewed` is the claim's passage as the article words it: its `context` when given
  (the fact-checker chose it), else the article's sentence holding its `text`.
- `reviewRating` rates on factcheck's own three verdicts, worst 1 to best 3: false 1
  "False", disputed 2 "Disputed", verified 3 "True". An unverified claim has no verdict to
  publish and is refused.
- `author` is the reviewing organisation from the configuration (`claimreview.author`);
  `url` is the configured `claimreview.review-url` with `{claim}` and `{file}` filled in, or
  else the article's own address (the markup is then published on the article's page).
- `itemReviewed` is a `Claim` that appeared in the article, a `CreativeWork` with the
  article's url, title, publication date, author and outlet (front matter `url`, `title`,
  `published`, `author`, `outlet`; an HTML page's canonical link and meta tags, see
  `factcheck.export.page_meta`). It is given as `appearance`, not `firstAppearance`: an
  article that reports a claim is not known to be where it first appeared. A quote's Claim
  has the speaker (the claim's subject) as author; any other claim, the article's author.
- `datePublished` is the review's date (`--date`, else today).

A claim that cannot be published as Google requires it (no article url, no publication date,
words no longer in the article, a file that does not load) is never left out silently: it is
reported at its line, and nothing is written, so a published set of reviews is never
silently short of one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from factcheck.article.normalize import NormalizedText, normalize_char
from factcheck.check.search import Span
from factcheck.config import ClaimReviewSettings
from factcheck.findings import Finding
from factcheck.load.claims_loader import LoadedClaims, load_claims_file
from factcheck.model.claims import ClaimBase, ClaimsFile
from factcheck.paths import display_path
from factcheck.safe_paths import ReadPolicy, Refused

if TYPE_CHECKING:
    from factcheck.article.model import Article

CONTEXT = "https://schema.org"
# factcheck's verdicts on a numeric scale, worst (1) to best (3), and the words shown.
WORST_RATING, BEST_RATING = 1, 3
RATINGS: dict[str, tuple[int, str]] = {
    "false": (1, "False"),
    "disputed": (2, "Disputed"),
    "verified": (3, "True"),
}
# Exported when no claim is asked for by id.
DEFAULT_STATUSES = ("false", "disputed")


@dataclass(frozen=True, slots=True)
class ExportProblem:
    """Why a claim (or a whole file) cannot be exported, located in the claims file."""

    file: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.file}:{self.line}:{self.column}: {self.message}{hint}"


@dataclass
class Export:
    """The reviews made, the ids of the claims they review, and what stood in the way."""

    reviews: list[dict[str, Any]] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    problems: list[ExportProblem] = field(default_factory=list)
    found: set[str] = field(default_factory=set)


def export_claimreviews(
    paths: Iterable[str],
    settings: ClaimReviewSettings,
    wanted: set[str] | None,
    review_date: dt.date,
    policy: ReadPolicy | None = None,
) -> Export:
    """Reviews of the false and disputed claims of `paths`, or of the `wanted` claim ids.

    `policy` is the run's read rule: files inside the repository root, under the size limit.
    """
    export = Export()
    for path in paths:
        _export_file(Path(path), settings, wanted, review_date, export, policy)
    return export


def _export_file(
    path: Path,
    settings: ClaimReviewSettings,
    wanted: set[str] | None,
    review_date: dt.date,
    export: Export,
    policy: ReadPolicy | None,
) -> None:
    loaded = load_claims_file(path, display_path(path), policy)
    model = loaded.model
    if model is None:
        for finding in loaded.findings:
            if finding.severity == "error":
                export.problems.append(_from_finding(finding, "the file does not load"))
        return
    chosen = []
    for index, claim in enumerate(model.claims):
        export.found.add(claim.id)
        picked = claim.status in DEFAULT_STATUSES if wanted is None else claim.id in wanted
        if picked:
            chosen.append((index, claim))
    if not chosen:
        return  # nothing to review here: the article is not read
    article = _read_article(loaded, model, export, policy)
    if article is None:
        return
    page = _Page.of(model, article)
    for index, claim in chosen:
        review = _review(loaded, index, claim, model, article, page, settings, export)
        if review is not None:
            review["datePublished"] = review_date.isoformat()
            export.reviews.append(_ordered(review))
            export.claims.append(claim.id)


def _read_article(
    loaded: LoadedClaims, model: ClaimsFile, export: Export, policy: ReadPolicy | None
) -> Article | None:
    from factcheck.article.model import ArticleProblem
    from factcheck.article.reader import read_article

    path = loaded.path.parent / model.article.path
    try:
        return read_article(path, display_path(path), policy=policy)
    except Refused as refused:
        position = loaded.position_of("article", "path")
        export.problems.append(
            ExportProblem(loaded.display, position.line, position.column, refused.message)
        )
        return None
    except ArticleProblem as problem:
        position = loaded.position_of("article", "path")
        export.problems.append(
            ExportProblem(
                loaded.display,
                position.line,
                position.column,
                problem.message,
                "the path is relative to the claims file",
            )
        )
        return None


@dataclass(frozen=True)
class _Page:
    """What the article's metadata gives every review of it."""

    url: str | None
    published: str | None
    creative_work: dict[str, Any]
    article_author: list[dict[str, Any]]
    given_url: object = None  # what the article gives as its address, when not usable

    @classmethod
    def of(cls, model: ClaimsFile, article: Article) -> _Page:
        meta: dict[str, Any] = article.metadata
        if article.format == "html":
            from factcheck.export.page_meta import html_page_metadata

            meta = dict(html_page_metadata(article.source))
        given = meta.get("url")
        url = given if _is_web_address(given) else None
        when = model.article.published or article.published
        published = when.isoformat() if when is not None else None
        authors = [_thing("Person", name) for name in _names(meta.get("author"))]
        work: dict[str, Any] = {"@type": "CreativeWork"}
        if url:
            work["url"] = url
        if article.title:
            work["headline"] = article.title
        if published:
            work["datePublished"] = published
        if authors:
            work["author"] = authors if len(authors) > 1 else authors[0]
        outlet = meta.get("outlet")
        if isinstance(outlet, str) and outlet.strip():
            work["publisher"] = _thing("Organization", outlet)
        language = meta.get("language")
        if isinstance(language, str) and language.strip():
            work["inLanguage"] = language.strip()
        return cls(url, published, work, authors, None if url else given)


def _review(
    loaded: LoadedClaims,
    index: int,
    claim: ClaimBase,
    model: ClaimsFile,
    article: Article,
    page: _Page,
    settings: ClaimReviewSettings,
    export: Export,
) -> dict[str, Any] | None:
    """One claim's review, or None with the reasons added to `export.problems`."""
    from factcheck.check.grounding import ground_claim

    position = loaded.position_of("claims", index)
    missing = []

    def problem(message: str, hint: str, key: str | None = None) -> None:
        where = loaded.position_of("claims", index, key) if key else position
        missing.append(
            ExportProblem(
                loaded.display, where.line, where.column, f"`{claim.id}`: {message}", hint
            )
        )

    rating = RATINGS.get(claim.status)
    if rating is None:
        problem(
            f"it is {claim.status}: a review publishes a verdict",
            "verify it, or mark it disputed or false, before exporting it",
            "status",
        )
    if page.url is None and page.given_url is not None:
        problem(
            f"the article {article.display} gives its address as {page.given_url!r}, and "
            "ClaimReview needs an absolute http(s) address",
            "write the address the article is published at, such as https://news.example.org/…",
        )
    elif page.url is None:
        html = article.format == "html"
        where = "no canonical link" if html else "no `url:` in its front matter"
        fix = (
            '<link rel="canonical" href="https://…"> in its <head>'
            if html
            else "`url: https://…` (the address the article is published at) to its front matter"
        )
        problem(
            f"the article {article.display} has {where}, and ClaimReview needs the address "
            "where the claim appears",
            f"add {fix}",
        )
    if page.published is None:
        problem(
            f"the article {article.display} has no publication date that can be read",
            "add `published:` with a date-time and its zone to its front matter",
        )
    grounding = ground_claim(index, claim, loaded, article)
    if grounding.span is None:
        first = next(iter(grounding.findings), None)
        why = f"{first.code} {first.message}" if first else "its words are not in the article"
        problem(
            f"{why}; a review must quote what the article says",
            "run `factcheck verify` and fix the claim first",
            "text",
        )
    if missing or rating is None or page.url is None or grounding.span is None:
        export.problems.extend(missing)  # never empty here: each None above added one
        return None
    passage = _passage(article.text, claim, grounding.span)
    value, words = rating
    reviewed: dict[str, Any] = {"@type": "Claim", "appearance": page.creative_work}
    if page.published:
        reviewed["datePublished"] = page.published
    author = _claim_author(claim, model, page)
    if author:
        reviewed["author"] = author
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": _review_url(settings, page.url, claim.id, loaded.path),
        "claimReviewed": passage,
        "author": _reviewer(settings),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": words,
        },
        "itemReviewed": reviewed,
    }
    return review


def _passage(text: NormalizedText, claim: ClaimBase, span: Span) -> str:
    """The claim's `context` as the article has it, else the sentence holding its words."""
    from factcheck.article.normalize import normalize_phrase
    from factcheck.check.search import find_all
    from factcheck.pin.sentences import sentence_bounds

    if claim.context is not None:
        for found in find_all(text.text, normalize_phrase(claim.context)):
            if found.start <= span.start and span.end <= found.end:
                return _as_written(text, found.start, found.end)
    start, end = sentence_bounds(text.text, span.start)
    return _as_written(text, start, end)


def _as_written(text: NormalizedText, start: int, end: int) -> str:
    """Normalized text [start, end) with the article's own characters back.

    Matching folds curly quotes, dashes and "…"; a published review quotes the article as
    printed ("2–3-day", not "2-3-day"). Markup the reader never sees stays out, and line
    breaks inside a paragraph are spaces, as in the normalized text.
    """
    out: list[str] = []
    previous = -1
    for index in range(start, end):
        char, offset = text.chars[index], text.offsets[index]
        written = text.source[offset] if offset < len(text.source) else char
        folded = normalize_char(written)
        if char.isspace():
            out.append(" ")
        elif folded == char:
            out.append(written)
        elif len(folded) > 1 and offset == previous:
            pass  # the rest of one character folded into several ("…" into "...")
        elif len(folded) > 1 and folded.startswith(char):
            out.append(written)
        else:
            out.append(char)  # an entity or escape: the character it stands for
        previous = offset
    return "".join(out).strip()


def _claim_author(claim: ClaimBase, model: ClaimsFile, page: _Page) -> Any:
    """A quote's speaker (its subject); any other claim is the article's, by its author."""
    if getattr(claim, "type", None) == "quote":
        subject = model.subjects.get(claim.subject)
        if subject is not None and subject.name and subject.kind in ("person", "organisation"):
            kind = "Person" if subject.kind == "person" else "Organization"
            return _thing(kind, subject.name)
    if page.article_author:
        authors = page.article_author
        return authors if len(authors) > 1 else authors[0]
    return page.creative_work.get("publisher")


def _reviewer(settings: ClaimReviewSettings) -> dict[str, Any]:
    reviewer = _thing("Organization", settings.author_name)
    if settings.author_url:
        reviewer["url"] = settings.author_url
    return reviewer


def _review_url(settings: ClaimReviewSettings, article_url: str, claim: str, path: Path) -> str:
    if settings.review_url is None:
        return article_url
    from urllib.parse import quote

    # A file name may hold spaces, `?`, `#` or `/`-free anything: percent-encoded, it stays one
    # path segment of a valid address instead of starting a query or a fragment.
    stem = path.name.removesuffix(".yaml").removesuffix(".yml")
    return settings.review_url.format(claim=claim, file=quote(stem, safe="", errors="replace"))


def _thing(kind: str, name: str) -> dict[str, Any]:
    return {"@type": kind, "name": name.strip()}


def _names(value: object) -> list[str]:
    """Front matter `author`: one name, or a list of names."""
    if isinstance(value, str) and value.strip():
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str) and item.strip()]
    return []


def _is_web_address(value: object) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# Keys in the order Google's documentation shows them, so a reviewer reads them as documented.
_ORDER = (
    "@context",
    "@type",
    "url",
    "claimReviewed",
    "itemReviewed",
    "author",
    "reviewRating",
    "datePublished",
)


def _ordered(review: dict[str, Any]) -> dict[str, Any]:
    return {key: review[key] for key in _ORDER if key in review}


def _from_finding(finding: Finding, context: str) -> ExportProblem:
    return ExportProblem(
        finding.file,
        finding.line or 1,
        finding.column or 1,
        f"{context}: {finding.code} {finding.message}",
        "run `factcheck verify` and fix it first",
    )
