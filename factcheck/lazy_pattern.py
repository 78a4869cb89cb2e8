"""Regular expressions compiled on first use, used exactly like compiled ones.

Compiling a pattern runs in Python: from tens of microseconds for a short one to half a
millisecond for a class of surrogate ranges. A module-level `re.compile` is paid by every
process that imports the module, used or not, and a cold `factcheck verify` imports some
forty patterns it never uses on a clean article (escaping for other media, hints for
phrases that are missing, wordings an article may not have). `LazyPattern` defers that
cost to the first call, and after it costs nothing: the compiled pattern's methods are
set on the instance, so later calls find them as plain attributes.

Only for patterns used through their methods and attributes (`.search`, `.sub`,
`.pattern`, ...): a `LazyPattern` is not an `re.Pattern` for `isinstance`, and the `re`
module's functions (`re.sub(pattern, ...)`) do not take it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any


def lazy(pattern: str | Callable[[], str], flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function that returns ``pattern`` compiled, compiling it on its first call only: the
    form the finder and the value readers use (``_WORDS().search(...)``), a plain closure
    because functools.cache would take ten times longer to set up, at import. ``pattern``
    may be a function that builds the text, called then too: a pattern built from another
    module's patterns that is imported only on first use."""
    compiled: re.Pattern[str] | None = None

    def get() -> re.Pattern[str]:
        nonlocal compiled
        if compiled is None:
            compiled = re.compile(pattern() if callable(pattern) else pattern, flags)
        return compiled

    return get


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled the first time any attribute is read."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Reached only for attributes not set yet, so only before the first compile (and
        # for names a pattern does not have, which then fail as they would on a pattern).
        if name.startswith("__"):
            raise AttributeError(name)  # copy, pickle and the like probe dunder names
        compiled = re.compile(self._source, self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r}, {self._flags!r})"


_PATTERN_ATTRIBUTES = tuple(
    name for name in dir(re.Pattern) if not name.startswith("_")
)  # match, search, sub, finditer, pattern, flags, groups, groupindex, ...
