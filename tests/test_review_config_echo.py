"""`factcheck config` echoes values a pull request wrote: none may act on a terminal or a CI log."""

from __future__ import annotations

from pathlib import Path

HOSTILE_CONFIG = (
    'claims: ["a\\e[31mb\\n::error::claims"]\n'
    "claimreview:\n"
    "  author:\n"
    '    name: "Desk\\e]0;retitled\\a ##[error]name\\n::error::name"\n'
    '    url: "https://x.example/##[warning]url"\n'
    'register: ["r\\e[2J\\n  ::warning::register"]\n'
)


def test_config_values_are_shown_escaped_on_their_own_line(factcheck, tmp_path: Path) -> None:
    config = tmp_path / "factcheck.yaml"
    config.write_text(HOSTILE_CONFIG, encoding="utf-8")
    run = factcheck("config", "--config", config)
    assert run.code == 0, run.err
    assert "\x1b" not in run.out and "\x07" not in run.out
    assert "##[" not in run.out
    assert not any(line.lstrip().startswith("::") for line in run.out.splitlines())
    lines = run.out.splitlines()
    author = next(line for line in lines if line.startswith("claimreview author: "))
    assert author.startswith("claimreview author: Desk\\x1b]0;retitled\\x07 #\\x23[error]name")
    assert "\\n::error::name <https://x.example/#\\x23[warning]url>" in author
    claims = next(line for line in lines if line.startswith("claims: "))
    assert claims.endswith("a\\x1b[31mb\\n::error::claims")
