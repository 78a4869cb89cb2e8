"""Read an article file of any supported format into an `Article`."""

from __future__ import annotations

from pathlib import Path

from factcheck.article.front_matter import FrontMatter, split_front_matter
from factcheck.article.ignores import IgnoreDirective
from factcheck.article.model import (
    TEXT_FIELDS,
    Article,
    ArticleProblem,
    parse_published,
    published_problem,
)
from factcheck.article.normalize import NormalizedText, align, line_starts
from factcheck.findings import Finding
from factcheck.load.text_files import DecodeProblem, read_text
from factcheck.safe_paths import ReadPolicy, Refused

PUBLISHED_HINT = "Write an ISO 8601 date-time with its zone, e.g. 2025-06-27T22:57:00+03:00."
FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def article_format(path: Path) -> str:
    """markdown, html or text, by the file's extension."""
    return FORMATS.get(path.suffix.lower(), "text")


def read_source(path: Path, display: str, policy: ReadPolicy | None = None) -> str:
    """The article file's text. Raises `ArticleProblem` if it is missing or unreadable.

    A file the read rule refuses (outside the root, not a regular file, too large) raises
    `Refused` itself: callers locate it where the path was written.
    """
    try:
        return read_text(path, policy)
    except Refused:
        raise
    except FileNotFoundError:
        raise ArticleProblem(f"article {display} does not exist") from None
    except IsADirectoryError:
        raise ArticleProblem(f"article {display} is a folder, not a file") from None
    except OSError as error:
        raise ArticleProblem(f"article {display} cannot be read: {error.strerror}") from None
    except DecodeProblem as problem:
        raise ArticleProblem(
            f"article {display} is not UTF-8", problem.finding("FC110", display)
        ) from None


def read_article(
    path: Path, display: str, source: str | None = None, policy: ReadPolicy | None = None
) -> Article:
    """Read `path` (or the given `source` text of it). Raises `ArticleProblem` if unreadable,
    `Refused` if the read rule refuses the file."""
    if source is None:
        source = read_source(path, display, policy)
    kind = article_format(path)
    text = NormalizedText(source)
    if kind == "html":
        from factcheck.article.html import read_html

        meta = read_html(source, text)
        article = Article(path, display, kind, source, text, title=meta.title)
        if meta.published is not None:
            # Located like front matter's `published`, and a date that cannot be read is
            # FC106 in the article (it used to be dropped silently, then reported as missing).
            article.published_line = meta.published_line
            article.published = parse_published(meta.published)
            if article.published is None:
                article.findings.append(
                    Finding(
                        "FC106",
                        "error",
                        f"the page's publication date {meta.published!r} "
                        + published_problem(meta.published),
                        display,
                        meta.published_line,
                        meta.published_column,
                        PUBLISHED_HINT,
                    )
                )
        return article
    front, findings = split_front_matter(source, display)
    _add_front_matter_text(text, source, front)
    ignores: list[IgnoreDirective] = []
    if kind == "markdown":
        from factcheck.article.markdown import add_markdown_body

        add_markdown_body(text, source, front, ignores)
    else:
        _add_plain_body(text, source, front.body_start)
    for directive in ignores:
        if not directive.reason:
            findings.append(
                Finding(
                    "FC115",
                    "error",
                    f"`factcheck-ignore {', '.join(sorted(directive.codes))}` gives no reason",
                    display,
                    directive.line,
                    1,
                    "Say why after a colon: <!-- factcheck-ignore FC501: the byline's date -->.",
                )
            )
    ignores = [directive for directive in ignores if directive.reason]
    article = Article(path, display, kind, source, text, findings=findings, ignores=ignores)
    _apply_metadata(article, front)
    return article


def _add_front_matter_text(text: NormalizedText, source: str, front: FrontMatter) -> None:
    """Title, caption and the like are article text: search them too, at their real place."""
    starts = line_starts(source)
    for key in TEXT_FIELDS:
        value = front.data.get(key)
        if not isinstance(value, str):
            continue
        position = front.positions.of_value((key,))
        line = position.line + front.line_offset
        start = starts[line - 1] + position.column - 1
        offsets, _ = align(value, source, start)
        text.add(value, offsets)
        text.end_paragraph()


def _add_plain_body(text: NormalizedText, source: str, start: int) -> None:
    """Plain text: paragraphs are separated by blank lines; line breaks inside are spaces."""
    offset = start
    for line in source[start:].splitlines(keepends=True):
        if line.strip():
            text.add(line, list(range(offset, offset + len(line))))
        else:
            text.end_paragraph()
        offset += len(line)
    text.end_paragraph()


def _apply_metadata(article: Article, front: FrontMatter) -> None:
    data = front.data
    article.metadata = dict(data)
    title = data.get("title")
    article.title = title if isinstance(title, str) else None
    if "published" not in data:
        return
    position = front.positions.of_value(("published",))
    article.published_line = position.line + front.line_offset
    article.published = parse_published(data["published"])
    if article.published is None:
        article.findings.append(
            Finding(
                "FC106",
                "error",
                f"front matter `published` {data['published']!r} "
                + published_problem(data["published"]),
                article.display,
                article.published_line,
                position.column,
                PUBLISHED_HINT,
            )
        )
