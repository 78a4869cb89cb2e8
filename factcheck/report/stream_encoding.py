"""Standard output and error that cannot hold every character still get a whole report.

A CI runner or a container with `LANG=C` (or `PYTHONIOENCODING=ascii`) gives Python streams
that cannot encode "✓", "·" or a name like "Gürak": the first such character raised
UnicodeEncodeError and the run ended in a traceback, part of the report written. Each
stream is set, once, to escape what its encoding cannot hold, in the form the report's
reader understands: `\\uXXXX` inside JSON and SARIF strings (valid JSON: every non-ASCII
character of those reports stands inside a string), character references in HTML, JUnit
XML and Markdown (which renders them), and backslash escapes in text for people.
Streams that already write UTF-8 are left alone: the usual case costs one lookup.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
from typing import TextIO

JSON_ESCAPES = "factcheck-json-escape"
_BY_FORMAT = {
    "json": JSON_ESCAPES,
    "sarif": JSON_ESCAPES,
    "html": "xmlcharrefreplace",
    "junit": "xmlcharrefreplace",
    "markdown": "xmlcharrefreplace",
}


def _json_escape(error: UnicodeError) -> tuple[str, int]:
    """The characters the codec could not encode as JSON's \\uXXXX escapes (UTF-16 units,
    so a character beyond U+FFFF is written as its surrogate pair)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    units = text.encode("utf-16-be")
    escaped = "".join(
        f"\\u{int.from_bytes(units[i : i + 2], 'big'):04x}" for i in range(0, len(units), 2)
    )
    return escaped, error.end


def _writes_unicode(stream: TextIO) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True  # not a text stream of the interpreter's (tests' StringIO): leave it
    try:
        return codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32", "utf-8-sig")
    except LookupError:
        return False


def escape_unencodable(output_format: str | None, *, writes_yaml: bool = False) -> None:
    """Make standard output escape what its encoding cannot hold, the way `output_format`'s
    reader reads escapes, and standard error with backslash escapes (its messages are for
    people). A stream that cannot be reconfigured is left as it is.

    A command that writes YAML a user keeps (`extract`'s draft, `config`) keeps its strict
    standard output: an escape there would change the words of a claim without a sign, so
    the run stops with `unencodable_message` instead."""
    streams = [(sys.stderr, "backslashreplace")]
    if not writes_yaml:
        streams.append((sys.stdout, _BY_FORMAT.get(output_format or "", "backslashreplace")))
    for stream, errors in streams:
        if stream is None or _writes_unicode(stream):
            continue
        if errors == JSON_ESCAPES:
            codecs.register_error(JSON_ESCAPES, _json_escape)
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors=errors)


def unencodable_message(error: UnicodeEncodeError) -> str:
    """What to tell a user whose standard output could not take a character, and the fix."""
    character = error.object[error.start : error.start + 1]
    return (
        f"standard output's encoding ({error.encoding}) cannot hold the character "
        f"U+{ord(character):04X}; set PYTHONIOENCODING=utf-8 (or a UTF-8 locale) or write "
        "to a file with --output FILE"
    )
