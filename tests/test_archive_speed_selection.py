"""`--changed-since` chooses files by scanning `article.path` from the claims file's lines,
not by parsing it; these tests hold the choice equal to the full parse's on a generated
archive of plain and tricky layouts, with edits to claims, articles and lock files."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from archive_helpers import git

from factcheck.changes import (
    _UNKNOWN,
    article_of,
    changed_since,
    scanned_article_path,
    select_changed,
)
from factcheck.pin.lock import lock_path
from factcheck.safe_paths import ReadPolicy

PLAIN = "article:\n  path: ../articles/{a}.md\n  published: 2025-06-02\nclaims: []\n"

# Layouts the scan must read right, give up on, or get wrong only where the parse says None.
# Each names the article `{a}` the way YAML reads it, or fakes a path `{b}` that YAML ignores.
LAYOUTS = [
    PLAIN,
    "# a comment\narticle:   # trailing\n    path: '../articles/{a}.md'  # note\nclaims: []\n",
    'article:\n  published: 2025-06-02\n  path: "../articles/{a}.md"\n',
    "title: x\narticle:\n  meta:\n    path: ../articles/{b}.md\n  path: ../articles/{a}.md\n",
    "article: {{path: ../articles/{a}.md}}\n",  # flow: parsed
    "article: &a\n  path: ../articles/{a}.md\n",  # anchor: parsed
    '"article":\n  path: ../articles/{a}.md\n',  # quoted key: parsed
    "article:\n  path: ../articles/{b}.md\n  path: ../articles/{a}.md\n",  # duplicate: YAML error
    "article:\n  path: ../articles/{b}.md\narticle:\n  path: ../articles/{a}.md\n",
    "article:\n  path: ../articles/{a}\n    .md\n",  # continued plain scalar: parsed
    'article:\n  path: "../articles/\\x{a}.md"\n',  # escape: parsed
    "---\narticle:\n  path: ../articles/{a}.md\n",  # document marker: parsed
    "  article:\n    path: ../articles/{a}.md\n",  # indented document: parsed
    "article:\n\tpath: ../articles/{a}.md\n",  # tab: parsed (and invalid)
    'title: "one\narticle:\n  path: ../articles/{b}.md\n"\n',  # fake key inside a string
    "article:\n  title: 'x\n  path: ../articles/{b}.md'\n",  # fake path inside a string
    "article:\n  path: 12\n",  # not a string
    "article:\n  path: ../articles/{a}.md\n  path2: x\nclaims: [\n",  # broken below
    "article:\n  <<: {{path: ../articles/{a}.md}}\n",  # merge key
    "\ufeffarticle:\n  path: ../articles/{a}.md\n",  # byte-order mark
    "article:\r\n  path: ../articles/{a}.md\r\n",  # CRLF
    "article:\n  path: ../articles/{a}.md\u2028  path: ../articles/{b}.md\n",
    "article:\n  path: ../articles/{a} b.md\n",
    "article:\n  - path: ../articles/{a}.md\n",
    "article:\n",
    "article:\n  path: ../linked/{a}.md\n",  # through a linked folder
    "article:\n  path: ../articles/{a}-link.md\n",  # a link to the article
]


def _reference(claims: list[Path], changed: set[Path], policy: ReadPolicy) -> list[Path]:
    """The selection as made before the scan: every claims file parsed."""
    picked = []
    for claims_file in claims:
        related = {claims_file.resolve(), lock_path(claims_file).resolve()}
        article = article_of(claims_file, policy)
        if article is not None:
            related.add(article)
        if related & changed:
            picked.append(claims_file)
    return picked


@pytest.mark.parametrize("linked", [True, False], ids=["a-linked-claims-file", "no-link"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_scan_picks_exactly_what_the_full_parse_picks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, linked: bool
) -> None:
    rng = random.Random(seed)
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    claims = []
    for number in range(120):
        a, b = f"a{number}", f"b{number}"
        for name in (a, b, f"{a} b"):
            (tmp_path / "articles" / f"{name}.md").write_text("# article\n\nText.\n")
        (tmp_path / "articles" / f"{a}-link.md").symlink_to(f"{a}.md")
        path = tmp_path / "claims" / f"c{number}.yaml"
        path.write_text(LAYOUTS[number % len(LAYOUTS)].format(a=a, b=b), newline="")
        if rng.random() < 0.3:
            lock_path(path).write_text("{}\n")
        claims.append(path)
    (tmp_path / "linked").symlink_to("articles")
    if linked:  # a linked claims file; without one, the claims folder holds no link at all
        (tmp_path / "claims" / "c-link.yaml").symlink_to("c0.yaml")
        claims.append(tmp_path / "claims" / "c-link.yaml")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "archive")
    for number in rng.sample(range(120), 40):
        kind = rng.choice(["claims", "article", "fake", "lock"])
        target = {
            "claims": tmp_path / "claims" / f"c{number}.yaml",
            "article": tmp_path / "articles" / f"a{number}.md",
            "fake": tmp_path / "articles" / f"b{number}.md",
            "lock": lock_path(tmp_path / "claims" / f"c{number}.yaml"),
        }[kind]
        with open(target, "a") as file:
            file.write("\n# edited\n")
    monkeypatch.chdir(tmp_path)
    policy = ReadPolicy.at(tmp_path)
    changed = changed_since("main", tmp_path)
    assert changed  # the edits are seen
    expected = _reference(claims, changed, policy)
    assert select_changed(claims, changed, policy) == expected
    assert expected  # something is picked, so the comparison can fail


def test_the_plain_layout_is_read_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(PLAIN.format(a="x"))
    assert scanned_article_path(path, ReadPolicy.at(tmp_path)) == tmp_path.parent / "articles/x.md"


@pytest.mark.parametrize("tail", ["", "  # the June 2 report"])
def test_a_value_with_a_long_run_of_spaces_reads_as_yaml_does(tmp_path: Path, tail: str) -> None:
    """Inner spaces belong to the value, trailing ones (and a comment) do not; the pattern
    reads 20,000 spaces in one pass (a lazy match once backtracked per space: seconds)."""
    path = tmp_path / "c.yaml"
    written = "../articles/a" + " " * 20_000 + "b.md"
    path.write_text(f"article:\n  path: {written}   {tail}\nclaims: []\n")
    policy = ReadPolicy.at(tmp_path)
    assert scanned_article_path(path, policy) == (tmp_path / written).resolve()
    assert scanned_article_path(path, policy) == article_of(path, policy)  # the full parse


@pytest.mark.parametrize("layout", [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 18, 19, 20, 21, 23])
def test_a_layout_the_scan_cannot_vouch_for_is_parsed(tmp_path: Path, layout: int) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(LAYOUTS[layout].format(a="x", b="y"), newline="")
    assert scanned_article_path(path, ReadPolicy.at(tmp_path)) is _UNKNOWN


def test_a_file_the_read_rule_refuses_is_left_to_the_full_parse(tmp_path: Path) -> None:
    (tmp_path / "inside").mkdir()
    outside = tmp_path / "outside.yaml"
    outside.write_text(PLAIN.format(a="x"))
    link = tmp_path / "inside" / "c.yaml"
    link.symlink_to(outside)
    policy = ReadPolicy.at(tmp_path / "inside")
    assert scanned_article_path(link, policy) is _UNKNOWN
    assert select_changed([link], {(tmp_path / "articles/x.md").resolve()}, policy) == []


def test_links_on_the_way_resolve_as_the_full_parse_resolves_them(tmp_path: Path) -> None:
    """An article named through a link, and a linked claims file, are picked when what the
    link leads to changed."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "x.md").write_text("# x\n")
    (tmp_path / "articles" / "x-link.md").symlink_to("x.md")
    (tmp_path / "linked").symlink_to("articles")
    first = tmp_path / "claims" / "a.yaml"
    first.write_text("article:\n  path: ../articles/x-link.md\n")
    second = tmp_path / "claims" / "b.yaml"
    second.write_text("article:\n  path: ../linked/y.md\n")
    (tmp_path / "claims" / "real.yaml").write_text("article:\n  path: ../articles/z.md\n")
    third = tmp_path / "claims" / "c.yaml"
    third.symlink_to("real.yaml")
    policy = ReadPolicy.at(tmp_path)
    changed = {
        (tmp_path / "articles" / "x.md").resolve(),
        (tmp_path / "articles" / "y.md").resolve(),
        (tmp_path / "claims" / "real.yaml").resolve(),
    }
    assert select_changed([first, second, third], changed, policy) == [first, second, third]


def test_a_lock_file_that_is_a_link_to_a_changed_lock_picks_its_claims_file(
    tmp_path: Path,
) -> None:
    """In a folder whose only link is a lock file, the lock is resolved: a changed file it
    links to picks the claims file; with no lock changed and no link, none is picked."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "locks").mkdir()
    claims = tmp_path / "claims" / "c.yaml"
    claims.write_text("article:\n  path: ../a.md\n")
    (tmp_path / "locks" / "kept.lock.json").write_text("{}\n")
    lock_path(claims).symlink_to(tmp_path / "locks" / "kept.lock.json")
    policy = ReadPolicy.at(tmp_path)
    changed = {(tmp_path / "locks" / "kept.lock.json").resolve()}
    assert select_changed([str(claims)], changed, policy) == [str(claims)]
    assert select_changed([str(claims)], {(tmp_path / "b.md").resolve()}, policy) == []


def test_an_article_the_index_names_is_picked_through_a_link_in_its_folder(
    tmp_path: Path,
) -> None:
    """With the article paths the archive index recorded (`known`), an article whose name
    ends no changed path is passed over only when it is no link in its folder: a link to
    the changed article still picks its claims file, through a linked folder too."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "real.md").write_text("# a\n")
    (tmp_path / "articles" / "other.md").write_text("# b\n")
    (tmp_path / "articles" / "alias.md").symlink_to("real.md")
    (tmp_path / "linked").symlink_to("articles")
    written = {
        "a.yaml": "../articles/alias.md",
        "b.yaml": "../articles/other.md",
        "c.yaml": "../linked/real.md",
        "d.yaml": "../linked/alias.md",
        "e.yaml": str(tmp_path / "articles" / "alias.md"),
    }
    claims = []
    for name in written:
        (tmp_path / "claims" / name).write_text("claims: []\n")
        claims.append(str(tmp_path / "claims" / name))
    known = {os.path.realpath(path): written[Path(path).name] for path in claims}
    changed = {(tmp_path / "articles" / "real.md").resolve()}
    picked = select_changed(claims, changed, ReadPolicy.at(tmp_path), known)
    assert [Path(path).name for path in picked] == ["a.yaml", "c.yaml", "d.yaml", "e.yaml"]
