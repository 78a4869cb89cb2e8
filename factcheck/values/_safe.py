"""Parsers never raise: any phrase an article holds gets an answer, a value or None."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def never_raises(parse: Callable[[str], T | None]) -> Callable[[object], T | None]:
    """Wrap a phrase parser: not a string, or a phrase it cannot read, gives None."""

    @wraps(parse)
    def safe(phrase: object) -> T | None:
        if not isinstance(phrase, str):
            return None
        try:
            return parse(phrase)
        except (ValueError, ArithmeticError):
            return None

    return safe
