"""What an HTML article's page says about itself, for markup about it.

Markdown and text articles state their address, author and outlet in front matter (`url:`,
`author:`, `outlet:`, `language:`). A published HTML page states them in the tags its CMS
writes in <head>: `<link rel="canonical">` (else `<meta property="og:url">`),
`<meta name="author">`, `<meta property="og:site_name">` and `<html lang>`. They are read
here, in the same keys as front matter, only when an export asks for them: checking an
article never needs them.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _HeadParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}
        self.og_url: str | None = None

    def _keep(self, key: str, value: str | None) -> None:
        if value and value.strip() and key not in self.found:
            self.found[key] = value.strip()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "html":
            self._keep("language", attributes.get("lang"))
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._keep("url", attributes.get("href"))
        elif tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or "").lower()
            content = attributes.get("content")
            if key == "og:url" and content and self.og_url is None:
                self.og_url = content.strip()
            elif key == "author":
                self._keep("author", content)
            elif key == "og:site_name":
                self._keep("outlet", content)


def html_page_metadata(source: str) -> dict[str, str]:
    """`url`, `author`, `outlet` and `language` as the page's tags give them (those it has)."""
    parser = _HeadParser()
    parser.feed(source)
    parser.close()
    if "url" not in parser.found and parser.og_url:
        parser.found["url"] = parser.og_url
    return parser.found
