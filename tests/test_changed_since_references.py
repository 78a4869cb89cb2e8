"""`--changed-since REF` checks an unchanged claims file again when it names (`FILE#claim-id`:
a check item, a numeric operand, `corrects:`, `supersedes:`) a claims file that changed or
was deleted since REF: the naming file reads that file's claims, so its findings change with
them, and a pull request editing only the named file must not pass what a full run fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure, git

JUNE_2 = "The second round was held on June 2 in Istanbul."
JUNE_27 = "Talks held on June 2 produced an exchange; Putin spoke on June 27."
ORDER = "{id: order, kind: chronology, items: [june-02.yaml#round-2-date, published]}"


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _archive(root: Path, check: str = ORDER, extra: tuple[str, ...] = ()) -> Path:
    """june-02.yaml and june-27.yaml (whose `check` names june-02's claim), committed;
    returns june-02.yaml."""
    named = article(
        root,
        "june-02",
        "2025-06-02",
        JUNE_2,
        claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"),
    )
    naming = article(
        root,
        "june-27",
        "2025-06-27",
        JUNE_27,
        claim("talks-date", "round-2", "date", "date", "2025-06-02", "June 2", *extra),
    )
    if check:
        naming.write_text(naming.read_text("utf-8") + f"checks:\n  - {check}\n", "utf-8")
    commit_archive(root)
    return named


def _move_date(named: Path) -> None:
    """The June 2 claims file now dates the round June 28, after the June 27 article."""
    text = named.read_text("utf-8").replace("value: 2025-06-02", "value: 2025-06-28")
    named.write_text(text, "utf-8")


def _verify(factcheck, *args: str):
    return factcheck("verify", "--format", "line", "--root", ".", *args, "claims")


def _lines(run, code: str) -> list[str]:
    return [line for line in run.out.splitlines() if f": {code} " in line]


def _where(run, code: str) -> list[str]:
    """file:line:col of each `code` finding in a `--format line` run."""
    return [line.split(f": {code} ")[0] for line in _lines(run, code)]


def _checked(factcheck, *args: str) -> list[str]:
    """The claims files a `--changed-since HEAD` run checked."""
    run = factcheck("verify", "--format", "json", "--root", ".", "--changed-since", "HEAD", *args)
    return [f["claims_file"] for f in run.report["files"]]


def test_a_chronology_naming_a_changed_date_is_checked_again(factcheck, tmp_path) -> None:
    _move_date(_archive(tmp_path))
    full = _verify(factcheck)
    changed = _verify(factcheck, "--changed-since", "HEAD")
    assert changed.code == full.code == 1
    [line] = _lines(changed, "FC401")
    assert line.startswith("claims/june-27.yaml:20:70: FC401 error `june-02.yaml#round-2-date`")
    assert _lines(full, "FC401") == [line]


def test_a_committed_change_is_found_against_the_base_branch(factcheck, tmp_path) -> None:
    named = _archive(tmp_path)
    git(tmp_path, "checkout", "-q", "-b", "edit")
    _move_date(named)
    git(tmp_path, "commit", "-q", "-am", "move the date")
    run = _verify(factcheck, "--changed-since", "main")
    assert run.code == 1
    assert _where(run, "FC401") == ["claims/june-27.yaml:20:70"]


def test_a_numeric_operand_naming_a_changed_count_is_checked_again(factcheck, tmp_path) -> None:
    root = tmp_path
    named = article(
        root,
        "june-02",
        "2025-06-02",
        "They swapped 1,000 prisoners.",
        claim("swap-count", "swap", "count", "number", "1000", '"1,000"'),
    )
    naming = article(
        root,
        "june-27",
        "2025-06-27",
        "A first stage freed 500 prisoners.",
        claim("first-stage", "swap", "first-stage", "number", "500", '"500"'),
    )
    check = (
        "{id: within, kind: numeric, left: first-stage, relation: at-most, "
        "right: june-02.yaml#swap-count}"
    )
    naming.write_text(naming.read_text("utf-8") + f"checks:\n  - {check}\n", "utf-8")
    commit_archive(root)
    named.write_text(
        named.read_text("utf-8").replace("value: 1000", "value: 100").replace("1,000", "100"),
        "utf-8",
    )
    (root / "articles" / "june-02.md").write_text(
        (root / "articles" / "june-02.md").read_text("utf-8").replace("1,000", "100"), "utf-8"
    )
    full = _verify(factcheck)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == full.code == 1
    [line] = _lines(run, "FC406")
    assert line.startswith("claims/june-27.yaml:")
    assert line in full.out.splitlines()


def test_a_correction_of_a_changed_file_is_checked_again(factcheck, tmp_path) -> None:
    named = _archive(
        tmp_path,
        check="",
        extra=("corrects: june-02.yaml#round-2-date", "correction: The round was on June 2."),
    )
    text = named.read_text("utf-8").replace("round-2-date", "second-round-date")
    named.write_text(text, "utf-8")
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == 1
    [line] = _lines(run, "FC603")
    assert line.startswith(
        "claims/june-27.yaml:19:15: FC603 error `talks-date` corrects "
        "`june-02.yaml#round-2-date`: june-02.yaml has no claim `round-2-date`"
    )
    assert line in _verify(factcheck).out.splitlines()


def test_a_deleted_named_file_gives_the_finding_a_full_run_gives(factcheck, tmp_path) -> None:
    named = _archive(tmp_path)
    git(tmp_path, "rm", "-q", str(named.relative_to(tmp_path)))
    os.remove(tmp_path / "articles" / "june-02.md")
    full = _verify(factcheck)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == full.code == 1
    [line] = _lines(run, "FC108")
    assert line.startswith(
        "claims/june-27.yaml:20:43: FC108 error `june-02.yaml#round-2-date` names another "
        "file's claim, but june-02.yaml does not exist"
    )
    assert _lines(full, "FC108") == [line]


def test_with_the_register_and_its_index_the_naming_file_is_checked(
    factcheck, tmp_path, monkeypatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")  # the test configuration: use factcheck.yaml
    named = _archive(tmp_path)
    configure(tmp_path, "claims/june-02.yaml")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "register")
    assert _verify(factcheck).code == 0  # writes the cache and the archive index
    assert (tmp_path / ".factcheck" / "archive" / "index.json").is_file()
    _move_date(named)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == 1
    assert _where(run, "FC401") == ["claims/june-27.yaml:20:70"]


def test_a_file_naming_an_unchanged_file_is_not_checked(factcheck, tmp_path) -> None:
    _archive(tmp_path)
    article(
        tmp_path,
        "june-03",
        "2025-06-03",
        JUNE_2,
        claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"),
    )
    assert _checked(factcheck, "claims") == ["claims/june-03.yaml"]


def test_a_name_through_a_link_is_followed(factcheck, tmp_path) -> None:
    named = _archive(tmp_path, check=ORDER.replace("june-02.yaml", "second-round.yaml"))
    (tmp_path / "claims" / "second-round.yaml").symlink_to("june-02.yaml")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "a link")
    _move_date(named)
    run = factcheck(
        "verify", "--format", "json", "--root", ".", "--changed-since", "HEAD", "claims"
    )
    checked = [f["claims_file"] for f in run.report["files"]]
    assert "claims/june-27.yaml" in checked
    assert [f["line"] for f in run.findings("FC401") if f["file"] == "claims/june-27.yaml"] == [20]


def test_the_claims_folder_listed_to_choose_is_not_listed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`select_referencing` takes the listings `select_changed` made (a second listing of a
    10,000-file folder cost 15 ms a run) and still finds a reference through a link."""
    from factcheck import changes

    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "june-02.yaml").write_text("article: {path: a.md}\n", "utf-8")
    (claims / "second-round.yaml").symlink_to("june-02.yaml")
    naming = claims / "june-27.yaml"
    naming.write_text("checks:\n  - items: [second-round.yaml#round-2-date]\n", "utf-8")
    other = claims / "june-28.yaml"
    other.write_text("checks:\n  - items: [june-03.yaml#round-2-date]\n", "utf-8")
    listed: list[str] = []
    real_links = changes._links
    monkeypatch.setattr(changes, "_links", lambda real: listed.append(real) or real_links(real))
    files = [str(naming), str(other)]
    changed = {(claims / "june-02.yaml").resolve()}
    folders: dict = {}
    picked = changes.select_changed(files, changed, folders=folders)
    assert picked == []
    assert changes.select_referencing(files, picked, changed, folders=folders) == [str(naming)]
    assert listed == [str(claims.resolve())]


# The ways YAML may write `corrects: <FILE>#c` for a file named `it's a.yaml`; the scan must
# pick each (it is never parsed), and no file that names another file.
WRITTEN = [
    "corrects: sub/it's a.yaml#c",
    "corrects: 'sub/it''s a.yaml#c'",
    'corrects: "sub/it\'s a.yaml#c"',
    "corrects: sub/it's\n      a.yaml#c",
    "corrects: >-\n      sub/it's\n      a.yaml#c",
    'corrects: "sub/it\\x27s a.yaml#c"',
    'items: ["sub/IT\'S A.yaml#c", published]',
]


@pytest.mark.parametrize("written", WRITTEN)
def test_the_scan_picks_every_way_of_writing_the_name(written: str, tmp_path: Path) -> None:
    import yaml

    from factcheck.changes import select_referencing

    value = next(iter(yaml.safe_load(written).values()))
    assert "it's a.yaml#c" in str(value).lower()  # the YAML does name the file
    naming = tmp_path / "naming.yaml"
    naming.write_text(f"claims:\n  - id: x\n    {written}\n", "utf-8")
    changed = {tmp_path / "sub" / "it's a.yaml"}
    assert select_referencing([str(naming)], [], changed) == [str(naming)]
    other = select_referencing([str(naming)], [], {tmp_path / "sub" / "a2.yaml"})
    assert other == ([str(naming)] if "\\" in written else [])  # an escape: always picked


def test_names_that_only_end_like_the_changed_one_are_not_picked(tmp_path: Path) -> None:
    from factcheck.changes import select_referencing

    naming = tmp_path / "naming.yaml"
    naming.write_bytes(b"items: [" + (b"a" * 300 + b".yaml#x, ") * 20_000 + b"]\n")
    changed = {tmp_path / ("b" * 200 + "a" * 10 + ".yaml")}
    assert select_referencing([str(naming)], [], changed) == []
    assert select_referencing([str(naming)], [], {tmp_path / "a.yaml"}) == [str(naming)]


def test_a_quotation_escape_does_not_make_every_file_named(tmp_path: Path) -> None:
    from factcheck.changes import select_referencing

    naming = tmp_path / "naming.yaml"
    naming.write_text(
        'claims:\n  - id: x\n    context: "\\"No breakthrough,\\" he said"\n'
        "    corrects: june-02.yaml#c\n",
        "utf-8",
    )
    assert select_referencing([str(naming)], [], {tmp_path / "june-03.yaml"}) == []
    assert select_referencing([str(naming)], [], {tmp_path / "june-02.yaml"}) == [str(naming)]


def test_a_supersession_of_a_deleted_yml_file_gives_fc603(factcheck, tmp_path) -> None:
    named = _archive(
        tmp_path,
        check="",
        extra=("supersedes: june-02.yml#round-2-date", "note: The date was moved."),
    )
    named.rename(named.with_suffix(".yml"))
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "june-02 as .yml")
    git(tmp_path, "rm", "-q", "claims/june-02.yml")
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == 1
    [line] = _lines(run, "FC603")
    assert line.startswith(
        "claims/june-27.yaml:19:17: FC603 error `talks-date` supersedes "
        "`june-02.yml#round-2-date`: june-02.yml does not exist"
    )
    assert line in _verify(factcheck).out.splitlines()
