"""Writing YAML by hand, so a draft reads like one a person wrote: block style, one claim a
group of lines, values quoted only where YAML would misread them."""

from __future__ import annotations

import json
import re

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 .,'’()/-]*$")
# Words YAML 1.1 reads as booleans or null, and ones a reader might.
_RESERVED = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "none", "~"})


_FLOW_UNSAFE = frozenset(",[]{}")


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
    return json.dumps(text, ensure_ascii=False)


def flow_list(values: list[object]) -> str:
    return "[" + ", ".join(scalar(v, flow=True) for v in values) + "]"


def flow_map(values: dict[str, object]) -> str:
    return "{" + ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in values.items()) + "}"
