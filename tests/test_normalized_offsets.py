"""NormalizedText keeps its characters' source offsets as runs; every answer is the one a
list of each character's offset gives (the earlier layout, written out here as the
reference): offsets, line and column, the original text of a stretch."""

from __future__ import annotations

import random
from pathlib import Path

from factcheck.article.normalize import PARAGRAPH_BREAK, NormalizedText, normalize_char


class _Reference:
    """Each character's offset in a list, as NormalizedText kept them before."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, piece: str, offsets: list[int] | range) -> None:
        for char, offset in zip(piece, offsets, strict=True):
            norm = normalize_char(char)
            if not norm:
                continue
            if norm == " " and (not self.chars or self.chars[-1] in (" ", PARAGRAPH_BREAK)):
                continue
            for part in norm:
                self.chars.append(part)
                self.offsets.append(offset)

    def end_paragraph(self) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        if self.chars and self.chars[-1] != PARAGRAPH_BREAK:
            self.chars.append(PARAGRAPH_BREAK)
            self.offsets.append(self.offsets[-1])

    def line_column(self, index: int) -> tuple[int, int]:
        offset = self.offsets[min(index, len(self.offsets) - 1)] if self.offsets else 0
        line = self.source.count("\n", 0, offset) + 1
        return line, offset - (self.source.rfind("\n", 0, offset) + 1) + 1

    def original(self, start: int, end: int) -> str:
        if not self.offsets or start >= end:
            return ""
        first, last = self.offsets[start], self.offsets[end - 1]
        return self.source[first : last + 1] if last >= first else ""


PIECES = ["word", "two words", "a  b", " ", "“quoted”", "2–3", "end.", "x\u00ady", "…", "  "]


def _random_pieces(rng: random.Random, source: str) -> list[tuple[str, list[int] | range]]:
    """Pieces with offsets as the readers give them: mostly rising ranges, sometimes a list
    with gaps and repeats (text whose syntax the parser dropped)."""
    pieces: list[tuple[str, list[int] | range]] = []
    cursor = 0
    for _ in range(rng.randint(1, 30)):
        if rng.random() < 0.15:
            pieces.append(("", range(0)))  # end of a paragraph
            continue
        piece = rng.choice(PIECES)
        cursor += rng.choice([0, 0, 1, 3])
        if rng.random() < 0.7:
            offsets: list[int] | range = range(cursor, cursor + len(piece))
        else:
            offsets = []
            for _ in piece:
                offsets.append(min(cursor, len(source) - 1))
                cursor += rng.choice([0, 1, 1, 2])
        cursor = min(cursor + len(piece), len(source) - len(piece) - 1)
        pieces.append((piece, offsets))
    return pieces


def test_runs_answer_as_a_list_of_offsets_would() -> None:
    rng = random.Random(6)
    source = "".join(rng.choice("ab \n“”–") for _ in range(400))
    for _ in range(300):
        text, reference = NormalizedText(source), _Reference(source)
        for piece, offsets in _random_pieces(rng, source):
            for target in (text, reference):
                if piece:
                    target.add(piece, offsets)
                else:
                    target.end_paragraph()
        assert text.text == "".join(reference.chars)
        assert list(text.offsets) == reference.offsets
        size = len(reference.offsets)
        for index in [*range(-2, size + 2)]:
            assert text.line_column(index) == reference.line_column(index)
        for _ in range(20):
            start, end = rng.randrange(0, size + 1), rng.randrange(0, size + 1)
            assert text.original(start, end) == reference.original(start, end)


def test_an_article_reports_a_claim_at_its_line_and_column(factcheck, tmp_path: Path) -> None:
    """Through the command line: a claim's words after a curly quote, a dash and an ellipsis
    (each read character by character) are placed at their line and column in the file."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "a.md").write_text(
        "---\ntitle: T\npublished: 2025-06-02T10:00:00+00:00\n---\n\n"
        "Officials said “talks” – and more… were held.\n\n"
        "The delegations met in Istanbul on June 2.\n",
        encoding="utf-8",
    )
    (tmp_path / "claims" / "a.yaml").write_text(
        "version: 1\narticle:\n  path: ../articles/a.md\nsubjects:\n"
        "  istanbul:\n    kind: place\n    name: Istanbul\n"
        "claims:\n  - id: venue\n    subject: istanbul\n    property: name\n    type: place\n"
        "    value: Istanbul\n    text: Istanbul\n    status: unverified\n",
        encoding="utf-8",
    )
    run = factcheck("verify", "--format", "json", tmp_path / "claims" / "a.yaml")
    claim = run.report["claims"][0]
    assert (claim["article_line"], claim["article_column"]) == (8, 24), run.out
