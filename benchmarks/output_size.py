"""Output size against input size, per report format (the design's threat model: "output
size [grows] with the input's size").

Run from the repository root, in the venv to measure (stdlib and factcheck only):

    python benchmarks/output_size.py [--repeat N] [--length L]

Two inputs, each checked by every format in this process (`factcheck.cli.main`, output
captured, nothing written to disk but a temporary folder):

- the bundled example (`claims/2025-06-27-putin-third-round.yaml` and its article): the
  ratio an ordinary file gives;
- a claims file whose first claim anchors one text of L characters (default 200,000) that
  N claims (default 100) repeat through YAML aliases as their value and note: the file is
  small, the text it expands to is N times L. Every format caps each reproduced text at
  `factcheck.report.escape.MAX_TEXT` characters, so its ratio stays bounded; without the cap
  it would be about N times larger than the file.

It prints, per format, the output's size in bytes and its ratio to the input's size (the
claims file and article together). It reports; it does not gate.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("rich", "line", "json", "sarif", "junit", "markdown", "github", "html")
BUNDLED = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
BUNDLED_ARTICLE = ROOT / "articles" / "2025-06-27-putin-third-round.md"


def _output_size(claims: Path, name: str) -> int:
    """Bytes `factcheck verify --format NAME CLAIMS` prints."""
    from factcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["verify", "--format", name, "--color", "never", str(claims)])
    if code not in (0, 1):
        sys.exit(f"{name} on {claims.name}: exit {code}: {err.getvalue().strip()}")
    return len(out.getvalue().encode("utf-8"))


def _alias_file(folder: Path, repeat: int, length: int) -> tuple[Path, Path]:
    long = ("word " * (length // 5 + 1))[:length].strip()
    lines = [
        "article: {path: a.txt, published: 2025-06-27T22:57:00+03:00}",
        "subjects: {bridge: {kind: place}}",
        "claims:",
    ]
    for i in range(repeat):
        value = f'&long "{long}"' if i == 0 else "*long"
        lines.append(
            f"  - {{id: c{i}, subject: bridge, property: p{i}, type: text, value: {value}, "
            "text: June 2, status: unverified, note: *long}"
        )
    claims = folder / "aliases.yaml"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    article = folder / "a.txt"
    article.write_text("Bridge\n\nThe bridge reopens on June 2.\n", encoding="utf-8")
    return claims, article


def _table(title: str, claims: Path, article: Path) -> None:
    size = claims.stat().st_size + article.stat().st_size
    print(f"\n{title}: input {size:,} bytes (claims file and article)")
    print(f"  {'format':<10}{'output bytes':>14}{'ratio':>9}")
    for name in FORMATS:
        out = _output_size(claims, name)
        print(f"  {name:<10}{out:>14,}{out / size:>9.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=100, help="claims repeating the text")
    parser.add_argument("--length", type=int, default=200_000, help="the text's length")
    args = parser.parse_args()
    from factcheck.report.escape import MAX_TEXT

    os.chdir(ROOT)
    os.environ.pop("GITHUB_STEP_SUMMARY", None)
    print(f"cap on a reproduced text: {MAX_TEXT:,} characters")
    _table("bundled example", BUNDLED, BUNDLED_ARTICLE)
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        claims, article = _alias_file(Path(folder), args.repeat, args.length)
        expanded = args.repeat * args.length * 2
        _table(
            f"{args.repeat} claims repeating a {args.length:,}-character text by alias "
            f"({expanded:,} characters expanded)",
            claims,
            article,
        )
        os.chdir(ROOT)


if __name__ == "__main__":
    main()
