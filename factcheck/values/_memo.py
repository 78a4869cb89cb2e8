"""Each phrase of an article parsed once while the article is checked.

The same words are read more than once per article: the mention finder parses "June 2" where
the article says it, and the claim grounded on those words parses them again to compare the
values; a figure repeated in the article is parsed at each place. Over a corpus of generated
articles about half of all parses repeated one made earlier for the same article.

The parsers are pure and their values immutable (frozen dataclasses), so a repeat can return
the first answer. The tables hold one article's phrases: the engine empties them before each
claims file (`forget_parses`), so an archive run gains only what a single article repeats and
its memory does not grow with the archive. A caller that never empties them (a test session,
`factcheck extract`) is still bounded by `LIMIT`. A claim's typed value, read three times a
verify, is remembered the same way (`per_object`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

Parse = TypeVar("Parse", bound=Callable[..., Any])

# A long article has a few hundred phrases a parser reads; past this many, start again.
LIMIT = 4096

_TABLES: list[dict[Any, Any]] = []


def per_article(parse: Parse) -> Parse:
    """Remember `parse`'s answers for string phrases until `forget_parses` is called."""
    table: dict[tuple[Any, ...], Any] = {}
    _TABLES.append(table)

    @wraps(parse)
    def remembered(phrase: object, *rest: object) -> Any:
        if type(phrase) is not str:  # never_raises answers None; nothing worth keeping
            return parse(phrase, *rest)
        key = (phrase, *rest)
        try:
            return table[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable anchor: answer without remembering
            return parse(phrase, *rest)
        if len(table) >= LIMIT:
            table.clear()
        value = table[key] = parse(phrase, *rest)
        return value

    return remembered  # type: ignore[return-value]


def per_object(limit: int) -> Callable[[Parse], Parse]:
    """Remember a reading of immutable objects (a claim's typed value) by the object itself,
    until `forget_parses` is called, at most `limit` of them.

    Kept by identity, with the object: its id cannot be reused while the table holds it,
    and an equal object of another file is another object. Frozen dataclasses hash every
    field, so identity is also the cheaper key."""

    def decorate(read: Parse) -> Parse:
        table: dict[int, tuple[Any, Any]] = {}
        _TABLES.append(table)  # type: ignore[arg-type]

        @wraps(read)
        def remembered(item: object) -> Any:
            known = table.get(id(item))
            if known is not None and known[0] is item:
                return known[1]
            value = read(item)
            if len(table) >= limit:
                table.clear()
            table[id(item)] = (item, value)
            return value

        return remembered  # type: ignore[return-value]

    return decorate


def forget_parses() -> None:
    """Empty every table (parsers' and claims'): called before each claims file is checked."""
    for table in _TABLES:
        table.clear()
