"""Writing YAML by hand, so a draft reads like one a person wrote: block style, one claim a
group of lines, values quoted only where YAML would misread them."""

from __future__ import annotations

import json
import re

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 .,'’()/-]*$")
# Words YAML 1.1 reads as booleans or null, and ones a reader might.
_RESERVED = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "none", "~"})


_FLOW_UNSAFE = frozenset(",[]{}")
# What YAML does not allow in a file even inside quotes (C0 and C1 controls but tab, line
# breaks and NEL; U+FFFE, U+FFFF): an article's title can hold them, the draft must not.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def scalar(value: object, flow: bool = False) -> str:
    """A YAML scalar for `value`: a plain word where safe, a double-quoted string otherwise.

    Inside a flow collection (`[a, b]`, `{k: v}`) commas and brackets end a plain scalar, so
    there a value holding one is quoted.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if (
        _PLAIN.match(text)
        and text.casefold() not in _RESERVED
        and not text.endswith((" ", ":"))
        and ": " not in text
        and " #" not in text
        and not (flow and _FLOW_UNSAFE & set(text))
    ):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    return _NOT_PRINTABLE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def flow_list(values: list[object]) -> str:
    return "[" + ", ".join(scalar(v, flow=True) for v in values) + "]"


def flow_map(values: dict[str, object]) -> str:
    """`{k: v, ...}`; a list value is written as a flow list (`aliases: [TORONTO]`)."""
    return (
        "{"
        + ", ".join(
            f"{k}: {flow_list(v) if isinstance(v, list) else scalar(v, flow=True)}"
            for k, v in values.items()
        )
        + "}"
    )
