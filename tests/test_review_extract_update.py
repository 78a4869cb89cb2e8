"""`extract --update` rewrites a claims file someone wrote: every byte of it must stay."""

from __future__ import annotations

import shutil

import pytest

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS


@pytest.fixture
def real_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")


@pytest.mark.parametrize(
    "edit",
    [
        # Characters str.splitlines() breaks at, inside a quoted value: YAML keeps them there.
        lambda text: text.replace(
            "note: Reproduces the Kremlin transcript",
            'note: "Reproduces\u2028the\u2029Kremlin\x85transcript',
            1,
        ).replace("of the press conference.\n", 'of the press conference."\n', 1),
        # One line ending in CRLF in a file of LF lines: the other lines keep their LF.
        lambda text: text.replace("claims:\n", "# from Windows\r\nclaims:\n", 1),
    ],
    ids=["unicode-line-separators", "one-crlf"],
)
def test_update_keeps_every_byte_of_the_existing_lines(
    factcheck, real_config, tmp_path, edit
) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    claims = tmp_path / "claims" / BUNDLED_CLAIMS.name
    original = edit(BUNDLED_CLAIMS.read_text(encoding="utf-8"))
    assert original != BUNDLED_CLAIMS.read_text(encoding="utf-8")
    claims.write_bytes(original.encode("utf-8"))
    shutil.copy(BUNDLED_ARTICLE, tmp_path / "articles")
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = article.read_text().replace(
        "meeting on May 16.", "meeting on May 16. The third round took place on July 23."
    )
    article.write_text(text)
    assert factcheck("validate", claims).code == 0
    run = factcheck("extract", article, "--update", claims)
    assert run.code == 0, run.err
    assert run.out.startswith("added 2 draft claims (unverified)")
    before = original.encode("utf-8").split(b"\n")
    after = claims.read_bytes().split(b"\n")
    remaining = iter(after)
    assert all(any(line == other for other in remaining) for line in before)
    assert len(after) > len(before)
    assert factcheck("validate", claims).code == 0


def test_update_of_a_crlf_file_adds_crlf_lines(factcheck, real_config, tmp_path) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    claims = tmp_path / "claims" / BUNDLED_CLAIMS.name
    original = BUNDLED_CLAIMS.read_bytes().replace(b"\n", b"\r\n")
    claims.write_bytes(original)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    article.write_text(
        BUNDLED_ARTICLE.read_text().replace(
            "meeting on May 16.", "meeting on May 16. The third round took place on July 23."
        )
    )
    run = factcheck("extract", article, "--update", claims)
    assert run.code == 0, run.err
    after = claims.read_bytes()
    assert after.count(b"\n") == after.count(b"\r\n") > original.count(b"\n")
    assert b"    text: July 23\r\n" in after
    assert factcheck("validate", claims).code == 0
