"""HTML articles, read with the standard library's HTML parser.

Block elements end a paragraph; scripts, styles and page chrome (nav, header, footer,
aside, form) are not article text. Metadata comes from the tags newsrooms' CMSs emit:
`<title>`, `<h1>`, `<meta property="article:published_time">`, `<time datetime>`.
"""

from __future__ import annotations

from html.parser import HTMLParser

from factcheck.article.normalize import NormalizedText, align

_BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "br", "hr", "pre",
    "title", "dd", "dt",
}  # fmt: skip
_HIDDEN = {"script", "style", "template", "noscript", "nav", "header", "footer", "aside", "form"}
_PUBLISHED_META = {"article:published_time", "datePublished", "pubdate", "date", "dc.date"}


class _ArticleHTMLParser(HTMLParser):
    def __init__(self, source: str, text: NormalizedText) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.text = text
        self.line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        self.hidden_depth = 0
        self.in_title = False
        self.in_h1 = False
        self.title: str | None = None
        self.h1: list[str] = []
        self.published: str | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or ""
            if key in _PUBLISHED_META and not self.published:
                self.published = attributes.get("content")
        elif tag == "time" and attributes.get("datetime") and not self.published:
            self.published = attributes["datetime"]
        if tag in _HIDDEN:
            self.hidden_depth += 1
        self.in_title = self.in_title or tag == "title"
        self.in_h1 = self.in_h1 or tag == "h1"
        if tag in _BLOCKS:
            self.text.end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCKS:
            self.text.end_paragraph()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title = (self.title or "") + data
        elif self.hidden_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        offsets, _ = align(data, self.source, self._offset())
        self.text.add(data, offsets)


def read_html(source: str, text: NormalizedText) -> tuple[str | None, str | None]:
    """Add the visible text of `source` to `text`; return (title, published) found in it."""
    parser = _ArticleHTMLParser(source, text)
    parser.feed(source)
    parser.close()
    text.end_paragraph()
    title = "".join(parser.h1).strip() or (parser.title or "").strip() or None
    return title, parser.published
