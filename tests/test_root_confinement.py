"""The read rule under hostile claims files: only regular files inside the root, bounded.

Each refused article is a located finding at `article.path` naming the path and the rule,
and nothing of the refused file reaches any report: the file outside holds a marker that
must be absent from the JSON, HTML and rich output.
"""

from __future__ import annotations

import os
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

MARKER = "SECRET-MARKER-7c1f"
ARTICLE = """\
---
title: Swap
published: 2025-06-27T22:57:00+03:00
---

A 1,000-for-1,000 swap took place in late May.
"""
CLAIMS = """\
article:
  path: {path}
subjects:
  swap: {{kind: event}}
claims:
  - id: swap-date
    subject: swap
    property: date
    type: date
    value: 2025-05-21/2025-05-31
    text: late May
    status: unverified
"""
PATH_LINE, PATH_COLUMN = 2, 9  # where `{path}` stands in CLAIMS


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A newsroom repository (tmp_path/repo) and, beside it, a secret outside it."""
    root = tmp_path / "repo"
    (root / "articles").mkdir(parents=True)
    (root / "claims").mkdir()
    (root / "articles" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.md").write_text(ARTICLE + MARKER + "\n", encoding="utf-8")
    return root


def _claims(repo: Path, article_path: str) -> Path:
    claims = repo / "claims" / "a.yaml"
    quoted = '"' + article_path.replace("\\", "\\\\").replace("\0", "\\0") + '"'
    claims.write_text(CLAIMS.format(path=quoted), encoding="utf-8")
    return claims


def _every_output(factcheck, repo: Path, claims: Path) -> Iterator[tuple[str, object]]:
    """Run verify in json, rich and html; yield each format's run and its output text."""
    tmp = repo.parent
    json_run = factcheck("verify", "--root", repo, "--format", "json", claims)
    yield json_run.out, json_run
    rich_run = factcheck("verify", "--root", repo, "--format", "rich", "--color", "never", claims)
    yield rich_run.out + rich_run.err, rich_run
    html = tmp / "report.html"
    html_run = factcheck("verify", "--root", repo, "--format", "html", "--output", html, claims)
    yield html.read_text(encoding="utf-8") + html_run.out + html_run.err, html_run


def _assert_refused(factcheck, repo: Path, claims: Path, code: str, *words: str) -> dict:
    """The article is refused with `code` at `article.path`, in every output format."""
    for text, run in _every_output(factcheck, repo, claims):
        assert run.code == 1, run.err
        assert MARKER not in text
        assert "1,000-for-1,000" not in text  # not a word of the refused article either
    run = factcheck("verify", "--root", repo, "--format", "json", claims)
    found = run.findings(code)
    assert len(found) == 1, run.findings()
    finding = found[0]
    assert (finding["line"], finding["column"]) == (PATH_LINE, PATH_COLUMN)
    assert finding["file"].endswith("a.yaml")
    for word in words:
        assert word in finding["message"], finding["message"]
    return finding


def test_an_article_inside_the_root_is_read(factcheck, repo: Path) -> None:
    claims = _claims(repo, "../articles/a.md")
    run = factcheck("verify", "--root", repo, "--format", "json", claims)
    assert run.code == 0, run.out
    assert not [f for f in run.findings() if f["code"] in ("FC116", "FC117", "FC118")]


def test_an_absolute_path_outside_the_root_is_refused(factcheck, repo: Path) -> None:
    secret = repo.parent / "outside" / "secret.md"
    claims = _claims(repo, str(secret))
    _assert_refused(factcheck, repo, claims, "FC116", str(secret), "outside the repository root")


def test_a_dot_dot_escape_is_refused(factcheck, repo: Path) -> None:
    claims = _claims(repo, "../../outside/secret.md")
    finding = _assert_refused(factcheck, repo, claims, "FC116", "../../outside/secret.md")
    assert "factcheck reads only files inside the root" in finding["message"]


def test_a_symlink_in_the_repository_leading_outside_is_refused(factcheck, repo: Path) -> None:
    (repo / "articles" / "link.md").symlink_to(repo.parent / "outside" / "secret.md")
    claims = _claims(repo, "../articles/link.md")
    _assert_refused(factcheck, repo, claims, "FC116", "link.md", "it leads to")


def test_a_symlinked_folder_leading_outside_is_refused(factcheck, repo: Path) -> None:
    (repo / "articles" / "etc").symlink_to(repo.parent / "outside", target_is_directory=True)
    claims = _claims(repo, "../articles/etc/secret.md")
    _assert_refused(factcheck, repo, claims, "FC116", "outside the repository root")


def test_files_under_dot_git_are_refused_though_inside_the_root(factcheck, repo: Path) -> None:
    (repo / ".git").mkdir()
    (repo / ".git" / "config").write_text(ARTICLE + MARKER + "\n", encoding="utf-8")
    claims = _claims(repo, "../.git/config")
    _assert_refused(factcheck, repo, claims, "FC116", ".git", "credentials")


def test_proc_self_environ_is_refused(factcheck, repo: Path) -> None:
    claims = _claims(repo, "/proc/self/environ")
    run = factcheck("verify", "--root", repo, "--format", "json", claims)
    assert run.code == 1
    [finding] = run.findings("FC116")
    assert "/proc/self/environ is outside the repository root" in finding["message"]
    assert "PATH=" not in run.out


def test_a_fifo_article_is_refused_without_hanging(factcheck, repo: Path) -> None:
    os.mkfifo(repo / "articles" / "pipe.md")
    claims = _claims(repo, "../articles/pipe.md")

    def hung(signum, frame):  # type: ignore[no-untyped-def]
        raise AssertionError("reading the FIFO blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        _assert_refused(factcheck, repo, claims, "FC117", "a FIFO", "not a regular file")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_device_article_is_refused_unread(factcheck, repo: Path) -> None:
    device = repo / "articles" / "zero.md"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # what /dev/zero is
    except PermissionError:
        pytest.skip("creating a device needs root")
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    claims = _claims(repo, "../articles/zero.md")
    _assert_refused(factcheck, repo, claims, "FC117", "a device")


def test_a_folder_as_article_is_refused(factcheck, repo: Path) -> None:
    claims = _claims(repo, "../articles")
    _assert_refused(factcheck, repo, claims, "FC117", "a folder")


def test_a_nul_byte_in_the_path_is_refused(factcheck, repo: Path) -> None:
    claims = _claims(repo, "../articles/a.md\0.txt")
    _assert_refused(factcheck, repo, claims, "FC117", "NUL byte")


def test_a_nul_byte_in_a_path_on_the_command_line_is_a_run_error(factcheck, repo) -> None:
    run = factcheck("verify", "--root", repo, str(repo / "claims" / "a\0.yaml"))
    assert run.code == 2
    assert "NUL byte" in run.err
    assert run.err.count("\n") == 1


def test_an_article_over_the_size_limit_is_refused_unread(factcheck, repo: Path) -> None:
    (repo / "factcheck.yaml").write_text("max-file-size: 1 KB\n", encoding="utf-8")
    (repo / "articles" / "long.md").write_text(ARTICLE + MARKER * 100, encoding="utf-8")
    claims = _claims(repo, "../articles/long.md")
    config = repo / "factcheck.yaml"
    run = factcheck("verify", "--root", repo, "--config", config, "--format", "json", claims)
    assert run.code == 1
    [finding] = run.findings("FC118")
    assert (finding["line"], finding["column"]) == (PATH_LINE, PATH_COLUMN)
    assert "larger than the limit of 1 KB" in finding["message"]
    assert "max-file-size" in finding["message"]
    assert MARKER not in run.out
    # The article itself is fine: under the default limit it is read.
    run = factcheck("verify", "--root", repo, "--format", "json", claims)
    assert not run.findings("FC118")


def test_a_claims_file_over_the_size_limit_is_located_and_unread(factcheck, repo) -> None:
    config = repo / "factcheck.yaml"
    config.write_text('max-file-size: "200 B"\n', encoding="utf-8")
    claims = _claims(repo, "../articles/a.md")
    run = factcheck("verify", "--root", repo, "--config", config, "--format", "json", claims)
    assert run.code == 1
    [finding] = run.findings("FC118")
    assert (finding["file"], finding["line"]) == (str(claims), 1)


@pytest.mark.parametrize("size", ["ten", "-5", 0, "5 parsecs", True])
def test_a_bad_max_file_size_is_a_run_error(factcheck, repo: Path, size) -> None:
    config = repo / "factcheck.yaml"
    value = size if isinstance(size, str) else str(size).lower()
    config.write_text(f"max-file-size: {value}\n", encoding="utf-8")
    run = factcheck("config", "--config", config)
    assert run.code == 2
    assert "`max-file-size` takes a positive number of bytes" in run.err


def test_a_claims_file_named_outside_the_root_is_a_run_error(factcheck, repo: Path) -> None:
    outside = repo.parent / "outside" / "claims.yaml"
    outside.write_text(CLAIMS.format(path="secret.md"), encoding="utf-8")
    run = factcheck("verify", "--root", repo, "--format", "json", outside)
    assert run.code == 2
    assert run.out == ""
    assert run.err == (
        f"factcheck: error: {outside} is outside the repository root {repo.resolve()}; "
        "factcheck reads only files inside the root\n"
    )


def test_a_linked_claims_file_in_a_folder_leading_outside_is_located(factcheck, repo) -> None:
    outside = repo.parent / "outside" / "claims.yaml"
    outside.write_text(CLAIMS.format(path="secret.md") + f"# {MARKER}\n", encoding="utf-8")
    _claims(repo, "../articles/a.md")
    (repo / "claims" / "b.yaml").symlink_to(outside)
    run = factcheck("verify", "--root", repo, "--format", "json", repo / "claims")
    assert run.code == 1
    [finding] = run.findings("FC116")
    assert finding["file"].endswith("b.yaml") and finding["line"] == 1
    assert MARKER not in run.out


def test_article_option_outside_the_root_is_a_run_error(factcheck, repo: Path) -> None:
    claims = _claims(repo, "../articles/a.md")
    secret = repo.parent / "outside" / "secret.md"
    run = factcheck("verify", "--root", repo, claims, "--article", secret)
    assert run.code == 2
    assert run.err.startswith(f"factcheck: error: --article: {secret} is outside the repository")
    assert MARKER not in run.out + run.err


def test_extract_of_an_article_outside_the_root_is_a_run_error(factcheck, repo: Path) -> None:
    secret = repo.parent / "outside" / "secret.md"
    draft = repo / "claims" / "draft.yaml"
    run = factcheck("extract", "--root", repo, secret, "--output", draft)
    assert run.code == 2
    assert f"{secret} is outside the repository root" in run.err
    assert not draft.exists()


def test_configured_claims_outside_the_root_name_the_file_and_rule(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import main

    (repo / "factcheck.yaml").write_text('claims: ["../../.."]\n', encoding="utf-8")
    monkeypatch.chdir(repo)
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    assert main(["verify", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"factcheck: error: {repo / 'factcheck.yaml'}: `claims`: ")
    assert "is outside the repository root" in err
    assert err.count("\n") == 1


def test_config_shows_the_root_and_where_it_came_from(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import main

    (repo / "articles" / "sub").mkdir()
    (repo / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(repo / "articles" / "sub")
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert f"root: {repo.resolve()} (the folder of {repo / 'factcheck.yaml'})" in out
    assert "max-file-size: 10 MB" in out
    assert main(["config", "--root", str(repo / "articles")]) == 0
    assert f"root: {(repo / 'articles').resolve()} (--root)" in capsys.readouterr().out
    assert main(["config", "--root", str(repo / "nowhere")]) == 2
    assert "--root" in capsys.readouterr().err


def test_the_git_top_level_is_the_root_without_a_configuration(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import main

    (repo / ".git").mkdir()
    monkeypatch.chdir(repo / "claims")
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    assert main(["config"]) == 0
    assert f"root: {repo.resolve()} (the git top level)" in capsys.readouterr().out


def test_validate_refuses_the_article_the_same_way(factcheck, repo: Path) -> None:
    claims = _claims(repo, "../../outside/secret.md")
    run = factcheck("validate", "--root", repo, claims)
    assert run.code == 1
    assert f"a.yaml:{PATH_LINE}:{PATH_COLUMN}: FC116 error article " in run.out
    assert "../../outside/secret.md is outside the repository root" in run.out
    assert MARKER not in run.out


def test_extract_update_of_a_claims_file_outside_the_root_is_a_run_error(
    factcheck, repo: Path
) -> None:
    outside = repo.parent / "outside" / "claims.yaml"
    outside.write_text(CLAIMS.format(path="secret.md"), encoding="utf-8")
    before = outside.read_bytes()
    article = repo / "articles" / "a.md"
    run = factcheck("extract", "--root", repo, article, "--update", outside)
    assert run.code == 2
    assert run.err.startswith(f"factcheck: error: --update: {outside} is outside the repository")
    assert outside.read_bytes() == before


def test_changed_since_never_reads_an_article_linked_outside(
    factcheck, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
            cwd=repo,
            check=True,
            capture_output=True,
        )

    git("init", "-q", "-b", "main")
    claims = _claims(repo, "../articles/a.md")
    git("add", "-A")
    git("commit", "-q", "-m", "start")
    (repo / "articles" / "link.md").symlink_to(repo.parent / "outside" / "secret.md")
    _claims(repo, "../articles/link.md")
    monkeypatch.chdir(repo)
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD", "claims")
    assert run.code == 1, run.err
    [finding] = run.findings("FC116")
    assert finding["file"] == str(claims.relative_to(repo))
    assert MARKER not in run.out
