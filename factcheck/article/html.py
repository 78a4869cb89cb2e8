"""HTML articles, read with the standard library's HTML parser.

Block elements end a paragraph; scripts, styles and page chrome (nav, aside, form, and a
header or footer of the page) are not article text. Metadata comes from the tags newsrooms'
CMSs emit: `<title>`, `<h1>`, `<meta property="article:published_time">`, `<time datetime>`.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import NamedTuple

from factcheck.article.normalize import NormalizedText, align, line_starts

_BLOCKS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "hr", "pre",
    "title", "dd", "dt",
}  # fmt: skip
_HIDDEN = {"script", "style", "template", "noscript", "nav", "aside", "form"}
# A <header> or <footer> of the page is chrome (site banner, links); inside an <article> it is
# the article's own: its headline, byline and dateline are what the article says.
_PAGE_CHROME = {"header", "footer"}
_PUBLISHED_META = {"article:published_time", "datePublished", "pubdate", "date", "dc.date"}


class HtmlMetadata(NamedTuple):
    """What an HTML page says about itself, and where (`published_line/column` of its tag)."""

    title: str | None
    published: str | None
    published_line: int | None
    published_column: int | None


class _ArticleHTMLParser(HTMLParser):
    def __init__(self, source: str, text: NormalizedText) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.text = text
        self.line_starts = line_starts(source)
        self.hidden_depth = 0
        self.article_depth = 0
        self.chrome: list[bool] = []  # for each open <header>/<footer>: whether it hides
        self.in_title = False
        self.in_h1 = False
        self.title: str | None = None
        self.title_pieces: list[tuple[str, int]] = []
        self.h1: list[str] = []
        self.published: str | None = None
        self.published_at: tuple[int, int] | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _set_published(self, value: str | None) -> None:
        if value and not self.published:
            self.published = value
            line, column = self.getpos()
            self.published_at = (line, column + 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or ""
            if key in _PUBLISHED_META:
                self._set_published(attributes.get("content"))
        elif tag == "time" and attributes.get("datetime"):
            self._set_published(attributes["datetime"])
        if tag == "article":
            self.article_depth += 1
        if tag in _PAGE_CHROME:
            hides = not self.article_depth
            self.chrome.append(hides)
            self.hidden_depth += hides
        elif tag in _HIDDEN:
            self.hidden_depth += 1
        self.in_title = self.in_title or tag == "title"
        self.in_h1 = self.in_h1 or tag == "h1"
        if tag == "br" and not self.hidden_depth:
            # A line break inside a paragraph, like Markdown's hard break: a space, so that a
            # claim across it is still found (it used to end the paragraph).
            self.text.add(" ", [self._offset()])
        if tag in _BLOCKS:
            self.text.end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in _PAGE_CHROME:
            if self.chrome and self.chrome.pop() and self.hidden_depth:
                self.hidden_depth -= 1
        elif tag in _HIDDEN and self.hidden_depth:
            self.hidden_depth -= 1
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCKS:
            self.text.end_paragraph()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            # Kept aside: the browser tab's title usually repeats the <h1> headline, and
            # searching both made every headline claim "ambiguous" (FC202).
            self.title = (self.title or "") + data
            self.title_pieces.append((data, self._offset()))
            return
        if self.hidden_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self._add(data, self._offset())

    def _add(self, data: str, offset: int) -> None:
        offsets, _ = align(data, self.source, offset)
        self.text.add(data, offsets)


def read_html(source: str, text: NormalizedText) -> HtmlMetadata:
    """Add the visible text of `source` to `text`; return the metadata found in it.

    The `<title>` is searched only when the page has no visible `<h1>` headline.
    """
    parser = _ArticleHTMLParser(source, text)
    parser.feed(source)
    parser.close()
    text.end_paragraph()
    headline = "".join(parser.h1).strip()
    if not headline:
        for data, offset in parser.title_pieces:
            parser._add(data, offset)
        text.end_paragraph()
    title = headline or (parser.title or "").strip() or None
    line, column = parser.published_at or (None, None)
    return HtmlMetadata(title, parser.published, line, column)
