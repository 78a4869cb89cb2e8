"""JSON-LD text that is safe wherever markup is pasted: a file, a page's <script> element.

Words come from claims files and articles, which whoever opens a pull request controls.
`json.dumps` escapes quotes, backslashes and control characters; on top of that a lone
surrogate (YAML's "\\ud800" escape makes one) becomes U+FFFD, as UTF-8 cannot encode it,
and `<`, `>` and `&` are written as \\u003c, \\u003e and \\u0026, so a claim's
"</script>" cannot close the <script type="application/ld+json"> element the markup is
published in. All three are the same JSON strings to a JSON-LD reader.
"""

from __future__ import annotations

import json
from typing import Any

_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def jsonld_text(document: Any) -> str:
    """`document` as indented JSON text ending with a newline, safe inside HTML."""
    from factcheck.report.escape import json_text

    text = json.dumps(_without_lone_surrogates(document), ensure_ascii=False, indent=2)
    # Outside strings JSON has no <, > or &, so replacing them everywhere touches only text.
    # Printed to a CI log, `##[` would run as a workflow command and DEL, C1 and bidi
    # characters act on a terminal: `json_text` writes them as \u escapes, as the reports do.
    return json_text(text.translate(_HTML_SAFE)) + "\n"


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, dict):
        return {_text(key): _without_lone_surrogates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    return value


def _text(value: str) -> str:
    """A paired surrogate becomes its character; a lone one becomes U+FFFD."""
    if value.isascii():
        return value
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
