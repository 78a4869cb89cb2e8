"""The mention finder's tokens, made a batch of matches at a time and, in a long text, with
one string a distinct word, are the plain tokenizer's (issue 12: memory per article byte)."""

from __future__ import annotations

import pytest

from factcheck.mentions import _text
from factcheck.mentions._text import _MATCHES_AT_ONCE, SHARED_WORDS_FROM, Doc, Token
from factcheck.mentions.finder import find_mentions

SENTENCE = (
    'On June 2, U.S. Sen. Alder said "we will meet again" in Istanbul; 1,200 delegates '
    "(up to 30%) met Dr. Birch's team — twice.\n"
)


def _plain(text: str) -> tuple[list[Token], list[str], list[str]]:
    """The tokens as the finder made them before: every match of the pattern at once."""
    matches = list(_text._TOKEN.finditer(text))
    texts = [m.group() for m in matches]
    kinds = [m.lastgroup for m in matches]
    tokens = [
        Token(m.start(), m.end(), t, k) for m, t, k in zip(matches, texts, kinds, strict=True)
    ]
    return tokens, texts, kinds


@pytest.mark.parametrize(
    "copies",
    [1, 2, 700, 2 * SHARED_WORDS_FROM // len(SENTENCE)],  # one batch, several, a long text
)
def test_tokens_are_the_plain_tokenizers(copies: int) -> None:
    text = SENTENCE * copies
    doc = Doc(text)
    tokens, texts, kinds = _plain(text)
    assert doc.tokens == tokens
    assert doc.token_texts == texts
    assert doc.token_kinds == kinds
    assert doc.lowered == [t.lower() for t in texts]
    assert doc.shares_words == (len(text) > SHARED_WORDS_FROM)
    if copies == 700:
        assert len(tokens) > 2 * _MATCHES_AT_ONCE  # the batches were crossed


def test_a_long_text_holds_one_string_a_distinct_word() -> None:
    doc = Doc(SENTENCE * (2 * SHARED_WORDS_FROM // len(SENTENCE)))
    assert len({id(t) for t in doc.token_texts}) == len(set(doc.token_texts))
    assert len({id(t) for t in doc.lowered}) == len(set(doc.lowered))


def test_mentions_of_a_long_text_repeat_those_of_its_paragraph() -> None:
    import datetime

    anchor = datetime.date(2025, 6, 27)
    one = find_mentions(SENTENCE, anchor)
    copies = SHARED_WORDS_FROM // len(SENTENCE) + 10
    many = find_mentions(SENTENCE * copies, anchor)
    assert len(many) == len(one) * copies
    last = many[-len(one) :]
    shift = len(SENTENCE) * (copies - 1)
    assert [(m.kind, m.start - shift, m.end - shift, m.text) for m in last] == [
        (m.kind, m.start, m.end, m.text) for m in one
    ]
    assert {"date", "number", "place", "quote"} <= {m.kind for m in one}
