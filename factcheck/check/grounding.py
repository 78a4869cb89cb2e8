"""Grounding (FC2xx): each claim's words are found, once, in the article."""

from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass, field, replace

from factcheck.article.model import Article
from factcheck.article.normalize import normalize_phrase
from factcheck.check.search import ONE_PASS_FROM, PhraseIndex, Span, find_all, nearest_passage
from factcheck.findings import Finding, WordChange
from factcheck.lazy_pattern import LazyPattern
from factcheck.load.claims_loader import LoadedClaims
from factcheck.model.claims import ClaimBase


@dataclass
class Grounding:
    """Where a claim's text stands in the article (`span` is None when not found)."""

    span: Span | None = None
    findings: list[Finding] = field(default_factory=list)
    # The words (normalized `text`, or `context` when it has one) the article does not have.
    missing: str | None = None


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
        self.grounding.missing = phrase
        self.report(code, message, key, NO_PASSAGE, None)
        near = passage_hint(self.article, phrase, getattr(self.claim, key), self.claim.id)
        if near is not None:
            self.grounding.findings[-1] = with_passage(self.grounding.findings[-1], near)


NO_PASSAGE = "The article has no passage like it."
_TOKEN = LazyPattern(r"\w+")


def passage_hint(
    article: Article, phrase: str, written: str, claim_id: str, start: int = 0, end: int = -1
) -> WordChange | None:
    """The nearest passage to `phrase` in the article's text[start:end], as a "passage"
    change; searching the whole article, only if it has at least half of the phrase's words.

    A passage alike letter by letter is no evidence of where the words were: "32" is most
    like the "3" of "June 3", and "took place on June 2 in Istanbul", its sentence deleted,
    most like "took place in late May and a" of another paragraph. Unless the search is
    already confined to the sentence the claim stood in, such a passage is not offered.
    """
    text = article.text.text
    end = len(text) if end < 0 else end
    near = nearest_passage(text[start:end], phrase)
    if near is None:
        return None
    span, _ratio = near
    passage = text[start + span.start : start + span.end]
    confined = start > 0 or end < len(text)
    if not confined and not _shares_half(phrase, passage):
        return None
    line, column = article.text.line_column(start + span.start)
    return WordChange(
        written, passage, start + span.start, start + span.end, line, column, "passage", (claim_id,)
    )


def _shares_half(phrase: str, passage: str) -> bool:
    """Whether `passage` has at least half of `phrase`'s words (letter case aside)."""
    words = Counter(w.casefold() for w in _TOKEN.findall(phrase))
    shared = words & Counter(w.casefold() for w in _TOKEN.findall(passage))
    return sum(shared.values()) * 2 >= sum(words.values()) > 0


def with_passage(finding: Finding, near: WordChange | None) -> Finding:
    """`finding` (a claim's words not found) with `near` as its hint and its article place,
    or with no passage offered when `near` is None."""
    if near is None:
        return replace(finding, hint=NO_PASSAGE, changes=(), article_line=None, article_column=None)
    return replace(
        finding,
        hint=f"nearest passage: “{near.new}”",
        changes=(near,),
        article_line=near.article_line,
        article_column=near.article_column,
    )


LINES_SHOWN = 10  # lines an FC202 message lists; the message stays short on any article

# The index of the claims file being checked: weak references to its article and claims,
# so that neither outlives the check of its file for the index's sake.
_index_of: tuple[weakref.ref, weakref.ref, PhraseIndex | None] | None = None


def _index(article: Article, loaded: LoadedClaims) -> PhraseIndex | None:
    """The one-pass index of every claim's words (or context) in `article`, when it pays.

    Built at the first claim of a claims file and kept for the file's other claims (only
    the latest file's index is kept).
    """
    global _index_of
    if _index_of is not None and _index_of[0]() is article and _index_of[1]() is loaded:
        return _index_of[2]
    claims = loaded.model.claims if loaded.model is not None else []
    index = None
    if len(article.text.text) * len(claims) >= ONE_PASS_FROM:
        phrases = (normalize_phrase(c.context if c.context is not None else c.text) for c in claims)
        index = PhraseIndex(article.text.text, phrases)
    _index_of = (weakref.ref(article), weakref.ref(loaded), index)
    return index


def _occurrences(article: Article, loaded: LoadedClaims, phrase: str) -> tuple[list[Span], int]:
    """The first occurrences of `phrase` in the article, and how many there are."""
    index = _index(article, loaded)
    if index is None:
        spans = find_all(article.text.text, phrase)
        return spans, len(spans)
    return index.spans(phrase), index.count(phrase)


def ground_claim(index: int, claim: ClaimBase, loaded: LoadedClaims, article: Article) -> Grounding:
    """Locate claim number `index` of `loaded` in `article`."""
    text = article.text.text
    phrase = normalize_phrase(claim.text)
    result = Grounding()
    reporter = _Reporter(index, claim, loaded, article, result)

    if claim.context is None:
        spans, count = _occurrences(article, loaded, phrase)
        if count == 1:
            result.span = spans[0]
        elif spans:
            shown = spans[:LINES_SHOWN]
            lines = ", ".join(str(article.text.line_column(s.start)[0]) for s in shown)
            if count > len(shown):
                lines += f" and {count - len(shown):,} more"
            reporter.report(
                "FC202",
                f"`{claim.text}` occurs {count} times in the article (lines {lines})",
                "text",
                "Add a `context:` with the words around the occurrence you mean.",
                spans[0],
            )
        else:
            reporter.missing("FC201", phrase, "text", f"`{claim.text}` is not in the article")
        return result

    context = normalize_phrase(claim.context)
    contexts, count = _occurrences(article, loaded, context)
    if not contexts:
        reporter.missing("FC203", context, "context", "the context is not in the article")
        return result
    if count > 1:
        reporter.report(
            "FC203",
            f"the context occurs {count} times in the article",
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
