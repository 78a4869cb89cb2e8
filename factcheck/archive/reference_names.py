"""Which claims files a claims file's bytes may name as `FILE#claim-id`, and a short record
of that answer the archive index keeps, so `--changed-since` need not read the file again.

A check item, a numeric operand, `corrects:` or `supersedes:` names another file's claim as
`FILE#claim-id`, FILE relative to the naming file. When FILE changed or was deleted, the
naming file's findings may change though its bytes did not, so a changed-since run checks it
again. It is found by a byte scan, never a parse (`may_name`): a valid reference ends in
`.yaml#` or `.yml#` after the last characters of FILE's name, which YAML writes as they are
unless escaped, so a file may name a changed file when one such name's end is the end of
the changed file's name, back to where YAML may cut it, or when it holds an escape that
may spell any character (`\\x2e`; a quotation's `\\"` does not count).

The record (`record_of`) keeps what that scan needs to answer for any name without the
bytes: each reference's *tail*, the characters before `.yaml#` back to the first one YAML
may cut a name at (`CUT`), lowercased and at most `MAX_TAIL` bytes long. For a name holding
none of those characters and no longer than `MAX_TAIL` (`plain_names`), the scan's answer is
exactly "the name ends with a tail, or a tail ends with the name" (`record_may_name`; proved
in its docstring, and tested against the scan on random bytes). For any other name the
caller reads the file. Written as one string: `""` (no reference), `"\\"` (an escape: may
name anything), or the tails joined by `/` (which no tail holds); None when the file has
too many to keep (it is then read every time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.lazy_pattern import LazyPattern

# Where a FILE#claim-id reference's FILE ends, and the characters YAML may have put inside
# a FILE's last name that a scan cannot see through (a space folded from a line break, a
# quote doubled or closing, a flow bracket or comma, a slash before the name).
REFERENCE_END = re.compile(rb"\.ya?ml#")
CUT = frozenset(b" \t\r\n'\"[]{},/#\\")
# An escape that may hide a name's characters from the scan (`\x2e`, `\u0023`, a line break
# escaped away...): all but `\\`, `\"`, `\/` and `\ `, which stand for one of `CUT`.
HIDING_ESCAPE = re.compile(rb'\\[^\\"/ ]')

MAX_TAIL = 1024  # bytes of a tail kept: longer than any file name a file system allows
MAX_RECORD = 4096  # characters of a file's record; a file naming more is read every time
ANYTHING = "\\"  # the record of a file holding an escape that may spell any name
SEPARATOR = "/"


def may_name(data: bytes, targets: frozenset[bytes]) -> bool:
    """Whether a claims file's bytes may hold a reference to a file named in `targets`
    (lowercased names): some `NAME.yaml#` whose NAME, back to where YAML may have cut it,
    ends one of them. Linear in the file: each match looks back at most a name's length."""
    if b"\\" in data and HIDING_ESCAPE.search(data):
        return True  # an escape in a double-quoted value may spell any name
    for match in REFERENCE_END.finditer(data):
        before = match.end() - 1  # the `#`
        for target in targets:
            size = len(target)
            window = data[max(0, before - size) : before].lower()
            if window == target:
                return True
            common = 0  # how many of the name's last bytes the file has before the `#`
            while common < len(window) and window[-1 - common] == target[-1 - common]:
                common += 1
            if common == before or data[before - common - 1] in CUT:
                return True  # the name ends as the target does, where YAML may cut it
    return False


def record_of(data: bytes) -> str | None:
    """The record of a claims file's bytes (see the module's docstring); None when it would
    be longer than `MAX_RECORD` or a tail holds a character the index cannot store."""
    if b"\\" in data and HIDING_ESCAPE.search(data):
        return ANYTHING
    tails: set[bytes] = set()
    for match in REFERENCE_END.finditer(data):
        before = match.end() - 1
        start = before
        floor = max(0, before - MAX_TAIL)
        while start > floor and data[start - 1] not in CUT:
            start -= 1
        tails.add(data[start:before].lower())
    if not tails:
        return ""
    if any(b"\0" in tail for tail in tails):
        return None  # the index's separator between fields
    # Latin-1: one character a byte, so any bytes (a name cut inside a UTF-8 character too)
    # are stored and read back exactly.
    text = SEPARATOR.join(sorted(tail.decode("latin-1") for tail in tails))
    return text if len(text) <= MAX_RECORD else None


def plain_names(targets: Iterable[bytes]) -> bool:
    """Whether a record can answer for every name of `targets`: none holds a character of
    CUT, none is longer than a kept tail."""
    return all(len(t) <= MAX_TAIL and not CUT.intersection(t) for t in targets)


def record_may_name(record: str, targets: frozenset[bytes]) -> bool:
    """`may_name` of the bytes `record` was made from, for names that are `plain_names`.

    Why it is the same answer: take one reference, its tail t (no byte of CUT, preceded by
    one or by the file's start) and a name T without a byte of CUT. The scan compares the
    bytes before the `#` with T from their ends. If T is no longer than t, they agree on
    all of T exactly when t ends with T (the scan says yes), else they differ at a byte of t,
    not of CUT (no). If T is longer, they differ inside t (no) unless T ends with t; then
    the next byte back is of CUT, where T has none, or the file's start (yes). Cutting t to
    its last `MAX_TAIL` bytes changes neither test for a T that long or shorter.
    """
    if not record:
        return False
    if record == ANYTHING:
        return True
    for tail in record.split(SEPARATOR):
        end = tail.encode("latin-1")
        for target in targets:
            if end.endswith(target) or target.endswith(end):
                return True
    return False


# A record as `record_of` writes it: empty, the escape, or tails joined by `/`, each of
# latin-1 characters outside CUT (and NUL), lowercased, ending in `.yaml` or `.yml`.
# (Not `\s` for the spaces: it holds U+00A0 and U+0085, bytes a UTF-8 name may hold.)
_CUT_CLASS = "".join(re.escape(chr(byte)) for byte in sorted(CUT))
_TAIL_TEXT = rf"[^\0{_CUT_CLASS}A-Z\u0100-\U0010ffff]{{0,{MAX_TAIL}}}\.ya?ml"
# Compiled on first use (3.5 ms, its class of wide ranges): most runs read no record but
# empty ones, which need no pattern.
_RECORD = LazyPattern(r"|\\|" + _TAIL_TEXT + "(?:/" + _TAIL_TEXT + ")*")


def valid_record(text: str) -> bool:
    """Whether `text` is a record `record_of` may have written (checked when the archive
    index or a cache entry is read: anything else is not used)."""
    return len(text) <= MAX_RECORD and _RECORD.fullmatch(text) is not None
