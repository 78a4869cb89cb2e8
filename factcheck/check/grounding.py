"""Grounding (FC2xx): each claim's words are found, once, in the article."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.article.model import Article
from factcheck.article.normalize import normalize_phrase
from factcheck.check.search import Span, find_all, nearest_passage
from factcheck.findings import Finding
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model.claims import ClaimBase


@dataclass
class Grounding:
    """Where a claim's text stands in the article (`span` is None when not found)."""

    span: Span | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class _Reporter:
    """Makes findings located on a claim's key in the claims file and a span of the article."""

    index: int
    claim: ClaimBase
    loaded: LoadedClaims
    article: Article
    grounding: Grounding

    def report(self, code: str, message: str, key: str, hint: str, at: Span | None) -> None:
        position = self.loaded.position_of("claims", self.index, key)
        line, column = self.article.text.line_column(at.start) if at else (None, None)
        self.grounding.findings.append(
            Finding(
                code,
                "error",
                message,
                self.loaded.display,
                position.line,
                position.column,
                hint,
                claim=self.claim.id,
                article_file=self.article.display,
                article_line=line,
                article_column=column,
            )
        )

    def missing(self, code: str, phrase: str, key: str, message: str) -> None:
        """Report a phrase that is not in the article, with the nearest passage it has."""
        text = self.article.text.text
        near = nearest_passage(text, phrase)
        if near is None:
            self.report(code, message, key, "The article has no passage like it.", None)
            return
        span, _ratio = near
        hint = f"nearest passage: “{text[span.start : span.end]}”"
        self.report(code, message, key, hint, span)


def ground_claim(index: int, claim: ClaimBase, loaded: LoadedClaims, article: Article) -> Grounding:
    """Locate claim number `index` of `loaded` in `article`."""
    text = article.text.text
    phrase = normalize_phrase(claim.text)
    result = Grounding()
    reporter = _Reporter(index, claim, loaded, article, result)

    if claim.context is None:
        spans = find_all(text, phrase)
        if len(spans) == 1:
            result.span = spans[0]
        elif spans:
            lines = ", ".join(str(article.text.line_column(s.start)[0]) for s in spans)
            reporter.report(
                "FC202",
                f"`{claim.text}` occurs {len(spans)} times in the article (lines {lines})",
                "text",
                "Add a `context:` with the words around the occurrence you mean.",
                spans[0],
            )
        else:
            reporter.missing("FC201", phrase, "text", f"`{claim.text}` is not in the article")
        return result

    context = normalize_phrase(claim.context)
    contexts = find_all(text, context)
    if not contexts:
        reporter.missing("FC203", context, "context", "the context is not in the article")
        return result
    if len(contexts) > 1:
        reporter.report(
            "FC203",
            f"the context occurs {len(contexts)} times in the article",
            "context",
            "Lengthen the context until it occurs once.",
            contexts[0],
        )
        return result
    inside = find_all(text, phrase, contexts[0].start, contexts[0].end)
    if len(inside) == 1:
        result.span = inside[0]
    else:
        how = "more than once" if inside else "not"
        reporter.report(
            "FC204",
            f"`{claim.text}` is {how} in its context",
            "text",
            "The context must contain the text exactly once.",
            contexts[0],
        )
    return result
