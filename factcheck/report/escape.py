"""Input text made harmless for each medium a report reaches, one function per medium.

factcheck runs in CI on pull requests, so every claim text, note, message part and file
name in a report may have been written to attack its reader: a terminal (escape sequences
that move the cursor, retitle the window or hide text), a GitHub Actions log (a line that
starts with `::` is a workflow command), a pull request comment (`@someone` notifies them,
raw HTML renders), or a machine format (a lone surrogate from a file name byte that is not
UTF-8 cannot be encoded at all). Every format passes input text through the function for
its medium here, and every format first bounds each text with `cap`, through `bounded`,
so a report's size follows its input's size.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any, TypeVar

from factcheck.lazy_pattern import LazyPattern

# Longest text a report reproduces from its input. A claim text or a message is a sentence
# or two; a YAML alias can repeat a long string in every claim, and without a cap a 2 MB
# claims file once made a 944 MB JSON report.
MAX_TEXT = 2_000

# Characters a reader must see rather than have interpreted: C0 controls, DEL and C1
# controls (ESC starts terminal escape sequences, U+009B is an 8-bit CSI), the Unicode
# bidi embeddings, overrides and isolates that reorder what is displayed ("Trojan
# Source", CVE-2021-42574), the line and paragraph separators, and lone surrogates
# (Python's stand-ins for file name bytes that are not UTF-8, which no encoder accepts).
_SHOWN = LazyPattern("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SHOWN_KEEPING_LINES = LazyPattern(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# GitHub Actions' legacy command form, `##[name]data`, is recognised anywhere in a line
# (actions/runner, src/Runner.Common/ActionCommand.cs, TryParse: `message.IndexOf("##[")`).
_LEGACY_COMMAND = "##["


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    point = ord(char)
    if 0xDC80 <= point <= 0xDCFF:  # a byte Python could not decode (surrogateescape)
        return f"\\x{point - 0xDC00:02x}"
    if point < 0x100:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}"


def cap(text: str, limit: int = MAX_TEXT) -> str:
    """`text`, or its start and a visible marker when it is longer than `limit` characters.

    The result is never longer than `limit`, so capping twice changes nothing.
    """
    if len(text) <= limit:
        return text
    marker = f"… [truncated, {len(text):,} characters]"
    return text[: limit - len(marker)] + marker


def visible(text: str, keep_lines: bool = False) -> str:
    r"""Control, bidi and surrogate characters written out as `\x1b`, `\u202e`, `\n`.

    A byte of a file name that is not UTF-8 shows as itself (`\xff`). With `keep_lines`,
    line feeds, carriage returns and tabs stay, for media that escape or ignore them.
    """
    pattern = _SHOWN_KEEPING_LINES if keep_lines else _SHOWN
    return pattern.sub(_shown, text)


def terminal(text: str) -> str:
    r"""One value for a terminal or a CI log: capped, on one line, nothing a terminal
    interprets.

    Escape sequences and bidi controls are shown escaped, a line break inside the value as
    `\n`, and GitHub's legacy `##[command]` (run wherever it stands in a line) loses its
    meaning as `#\x23[`. Whether a line *starts* with `::` depends on what precedes the
    value, so that is `terminal_line`'s job.
    """
    text = visible(cap(text))
    if _LEGACY_COMMAND in text:
        text = text.replace(_LEGACY_COMMAND, "#\\x23[")
    return text


def terminal_line(line: str) -> str:
    r"""A line of terminal output that GitHub Actions cannot run as a workflow command.

    The runner runs a line that starts with `::` after leading spaces (actions/runner,
    ActionCommand.TryParseV2: `message.TrimStart()`, then `StartsWith("::")`); such a line
    gets its first colon shown as `\x3a`. Lines factcheck starts itself never begin so.
    """
    stripped = line.lstrip()
    if stripped.startswith("::"):
        return line[: len(line) - len(stripped)] + "\\x3a" + stripped[1:]
    return line


def terminal_lines(text: str) -> str:
    """`terminal_line` for every line of `text` (line breaks kept)."""
    if "::" not in text:
        return text
    return "".join(terminal_line(line) for line in text.splitlines(keepends=True))


# --- GitHub workflow commands ------------------------------------------------------------
# The escaping of actions/toolkit, packages/core/src/command.ts (escapeData, escapeProperty),
# which the runner undoes (actions/runner, src/Runner.Common/ActionCommand.cs,
# UnescapeData / UnescapeProperty): `%` first, then CR and LF; a property also `:` and `,`,
# which would end it.


def github_data(text: str) -> str:
    """The message of a workflow command: `%`, CR, LF percent-encoded; controls shown.

    `##[` is left as it is: the line is a `::` command already, which the runner parses
    before it would look for the legacy form (ActionCommandManager.TryProcessCommand).
    """
    text = visible(text, keep_lines=True)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A property value (`file=`, `title=`): as data, and `:` and `,` percent-encoded."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


# --- Markdown (pull request comments, job summaries) --------------------------------------

# CommonMark lets a backslash escape any ASCII punctuation; these would start emphasis,
# code, links, images, tables, HTML, entities, headings, math or strikethrough.
_MARKDOWN_SPECIAL = LazyPattern(r"([\\`*_\[\]<>&|~$!#])")
# GitHub turns `@name` into a mention after rendering, so a backslash does not stop it
# (github/markup#1168, github/cmark-gfm#389); a zero-width space after the `@` does, and
# reads the same. Issue references (`#12`, `GH-12`) notify nobody but add a "mentioned"
# event to that issue's timeline, so they are broken the same way.
_MENTION = LazyPattern(r"@(?=[A-Za-z0-9])")
_ISSUE_REF = LazyPattern(r"(#|\bGH-)(?=\d)", re.IGNORECASE)
# GFM's autolink extension links `https://…` and `www.…` in plain text.
_AUTOLINK = LazyPattern(r":(?=//)|(?<=\bwww)\.", re.IGNORECASE)
_ZWSP = "\u200b"


def markdown(text: str) -> str:
    """User text as inline Markdown that renders exactly as written, on one line, and that
    cannot mention anyone, open a link or image, break a table cell or become HTML."""
    text = " ".join(visible(text, keep_lines=True).split())
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _AUTOLINK.sub(lambda m: "\\" + m.group(), text)
    text = _MENTION.sub("@" + _ZWSP, text)
    return _ISSUE_REF.sub(lambda m: m.group() + _ZWSP, text)


def markdown_code(text: str) -> str:
    """User text as a code span: shown literally (no mention, link or HTML inside code),
    fenced with more backticks than any run in it, its `|` escaped for table cells."""
    text = " ".join(visible(text, keep_lines=True).split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# --- HTML -----------------------------------------------------------------------------------


def html_text(text: str) -> str:
    """User text for an HTML page, in an element or a quoted attribute: `<>&"'` escaped,
    controls and bidi characters shown, line breaks as character references (a tooltip
    keeps them, and no line of the page's source starts with input text), and the `#` of
    GitHub's legacy `##[command]` as one too, for a page printed in a CI log."""
    import html  # here: the JSON and line reports escape no HTML

    text = html.escape(visible(text, keep_lines=True))
    text = text.replace("\r", "&#13;").replace("\n", "&#10;")
    return text.replace(_LEGACY_COMMAND, "#&#35;[") if _LEGACY_COMMAND in text else text


# --- XML (JUnit) ---------------------------------------------------------------------------

# XML 1.0 allows tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; any other
# character makes the document unreadable to every parser.
_NOT_XML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Allowed by XML but harmful on a terminal or in a dashboard's page.
_XML_SHOWN = LazyPattern("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def xml_text(text: str) -> str:
    """Text an XML 1.0 document can hold and a dashboard can show: characters XML forbids
    (C0 controls, a file name byte that is not UTF-8, U+FFFE/U+FFFF) become U+FFFD; DEL, C1
    controls and bidi characters, which XML allows, are shown escaped (`\\x9b`)."""
    text = _NOT_XML.sub("\ufffd", text)
    return _XML_SHOWN.sub(_shown, text)


def markup_lines(document: str) -> str:
    """A serialized XML or HTML document GitHub cannot run commands from when it is printed
    in a CI log: no line starts with `::`, no raw CR ends a line early, and no `##[` stands
    anywhere. Such a colon is written `&#58;`, CR `&#13;`, the second `#` `&#35;`: each
    parses back to the same text, in an element or an attribute. (The one place it would
    not, a `<style>` or `<script>` element, never holds input.)"""
    if "\r" in document:
        document = document.replace("\r", "&#13;")
    if _LEGACY_COMMAND in document:
        document = document.replace(_LEGACY_COMMAND, "#&#35;[")
    if "::" not in document:
        return document
    return "".join(_xml_line(line) for line in document.splitlines(keepends=True))


def _xml_line(line: str) -> str:
    stripped = line.lstrip()
    if stripped.startswith("::"):
        return line[: len(line) - len(stripped)] + "&#58;" + stripped[1:]
    return line


# --- JSON (the json and sarif formats) ----------------------------------------------------

_JSON_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_ESCAPED = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_text(encoded: str) -> str:
    r"""JSON text (from `json.dumps(..., ensure_ascii=False)`) that is valid UTF-8 and safe
    to print.

    A lone surrogate (a file name byte that is not UTF-8) cannot be written as UTF-8: it
    becomes U+FFFD, so `bad\xff.yaml` is reported as `bad\ufffd.yaml`. DEL, C1 controls
    and bidi characters are written as `\u009b` escapes: the decoded value is unchanged,
    but the raw bytes no longer act on a terminal the report is printed to. (Outside
    strings JSON text is ASCII, so replacing these anywhere is safe.) The second `#` of
    GitHub's legacy `##[command]`, which its runner runs from anywhere in a log line, is
    written `\u0023` for the same reason.
    """
    if _LEGACY_COMMAND in encoded:
        encoded = encoded.replace(_LEGACY_COMMAND, "#\\u0023[")
    if encoded.isascii():
        return encoded
    encoded = _JSON_SURROGATE.sub("\ufffd", encoded)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def utf8(text: str) -> str:
    """`text` with lone surrogates replaced by U+FFFD, for hashing or URLs."""
    return _JSON_SURROGATE.sub("\ufffd", text)


# --- the cap, applied to a whole result ----------------------------------------------------

T = TypeVar("T")
# Not reproduced piece by piece but shown once, whole, by the html format: the article's
# text (its size is the article's size).
_UNCAPPED = frozenset({"article_text"})


def bounded(value: T) -> T:
    """A copy of a result (run, file, claim, finding …) with every text capped (`cap`).

    Every format calls this on what it is given before writing anything, so no text is
    reproduced at more than `MAX_TEXT` characters, however often aliases repeat it.
    """
    return _mapped(value, cap, {})


def for_terminal(value: T) -> T:
    """A copy of a result with every text capped and made safe for a terminal (`terminal`),
    for formats that print the result's texts as they are."""
    return _mapped(value, terminal, {})


def for_page(value: T) -> T:
    """A copy of a result with every text capped and its control and bidi characters shown
    (`visible`, line breaks kept), for the html format, which then escapes it for HTML."""
    return _mapped(value, lambda text: visible(cap(text), keep_lines=True), {})


_SCALARS = frozenset({int, float, bool, type(None)})


def _mapped(value: Any, change: Callable[[str], str], seen: dict[int, Any]) -> Any:
    """`value` with `change` applied to every string in it, walking lists, tuples, dicts
    and dataclasses. Objects in which nothing changes are returned as they are, and an
    object reachable twice (a finding is on its claim and on its file) stays one object.

    Strings and numbers are handled inline rather than by a call each: this walk runs on
    every file of an archive before its report entries are written.
    """
    kind = type(value)
    if kind is str:
        return change(value)
    if kind in _SCALARS:
        return value
    key = id(value)
    if key in seen:
        return seen[key]
    result: Any = value
    if kind is list or kind is tuple:
        items = [
            change(item) if type(item) is str else _mapped(item, change, seen) for item in value
        ]
        if any(a is not b for a, b in zip(items, value, strict=True)):
            result = kind(items)
    elif kind is dict:
        pairs = [(_mapped(k, change, seen), _mapped(v, change, seen)) for k, v in value.items()]
        if any(
            a is not k or b is not v for (a, b), (k, v) in zip(pairs, value.items(), strict=True)
        ):
            result = dict(pairs)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for name in _field_names(kind):
            old = getattr(value, name)
            step = type(old)
            if step in _SCALARS:
                continue
            new = change(old) if step is str else _mapped(old, change, seen)
            if new is not old:
                changes[name] = new
        if changes:
            result = dataclasses.replace(value, **changes)
    seen[key] = result
    return result


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass's fields, less those never capped (the article's text)."""
    names = _FIELDS.get(cls)
    if names is None:
        fields = dataclasses.fields(cls)
        names = _FIELDS[cls] = tuple(f.name for f in fields if f.name not in _UNCAPPED)
    return names
