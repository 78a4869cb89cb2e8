"""Mentions of checkable facts in an article's text: dates, times, numbers, exchanges,
durations, ordinals, quotes with their speakers, titled people and places.

``find_mentions(text, anchor)`` reads normalized article text (see
``factcheck.article.normalize``) and returns every mention with its normalized value, so a
check can ask which facts in the article no claim covers yet. Finding the spans is done
here; reading a span's value is left to ``factcheck.values``.
"""

from typing import TYPE_CHECKING

from factcheck.mentions.model import KINDS, Mention

if TYPE_CHECKING:
    from factcheck.mentions.finder import find_mentions

__all__ = ["KINDS", "Mention", "find_mentions"]


def __getattr__(name: str) -> object:
    """`find_mentions` is imported on first use: its patterns take a while to compile, and
    `validate` (or a module that only needs the `Mention` type) never calls it."""
    if name == "find_mentions":
        from factcheck.mentions.finder import find_mentions

        return find_mentions
    raise AttributeError(name)
