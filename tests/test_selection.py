"""Which claims files a folder gives, in which order: what reports and --shard rely on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.safe_paths import ReadPolicy
from factcheck.selection import claims_files

VALID = Path(__file__).parent / "fixtures" / "valid.yaml"


def _tree(root: Path) -> None:
    """Names whose order differs by component and by string, hidden ones, links, non-claims."""
    for name in [
        "a/b.yaml",
        "a-c.yaml",
        "a.yaml",
        "a/z/deep.yml",
        "B.yaml",
        ".hidden.yaml",
        ".hidden/inside.yaml",
        ".yaml",  # no suffix, as pathlib reads it
        "notes.txt",
        "x.lock.json",
        "trailing.yaml.",
        "folder.yaml/inside.yaml",  # a folder with a claims-like name is searched, not read
    ]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("version: 1\n")
    outside = root.parent / "outside"
    (outside / "sub").mkdir(parents=True)
    (outside / "sub" / "linked-in.yaml").write_text("version: 1\n")
    (outside / "target.yaml").write_text("version: 1\n")
    (root / "linked-folder").symlink_to(outside / "sub", target_is_directory=True)
    (root / "linked-file.yaml").symlink_to(outside / "target.yaml")


def test_a_folder_gives_the_order_of_sorted_rglob(tmp_path: Path) -> None:
    root = tmp_path / "claims"
    _tree(root)
    expected = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    assert claims_files([root], ReadPolicy.at(tmp_path)) == [str(p) for p in expected]
    relative = [os.path.relpath(p, root) for p in claims_files([root], ReadPolicy.at(tmp_path))]
    assert relative == [
        ".hidden/inside.yaml",
        ".hidden.yaml",
        "B.yaml",
        "a/b.yaml",
        "a/z/deep.yml",
        "a-c.yaml",
        "a.yaml",
        "folder.yaml/inside.yaml",
        "linked-file.yaml",
    ]


def test_files_and_folders_keep_the_order_given(tmp_path: Path) -> None:
    root = tmp_path / "claims"
    _tree(root)
    given = [root / "a.yaml", root / "a", root / "B.yaml"]
    assert claims_files(given, ReadPolicy.at(tmp_path)) == [
        str(root / "a.yaml"),
        str(root / "a" / "b.yaml"),
        str(root / "a" / "z" / "deep.yml"),
        str(root / "B.yaml"),
    ]


def test_an_unreadable_folder_is_a_run_error_not_fewer_files(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "claims"
    (root / "locked").mkdir(parents=True)
    (root / "valid.yaml").write_text(VALID.read_text())
    real_scandir = os.scandir

    def scandir(path):  # the tests run as root, who may read any folder: refuse it here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    run = factcheck("validate", root)
    assert run.code == 2
    assert run.err == f"factcheck: error: cannot read the folder {root}/locked: Permission denied\n"


def test_an_empty_folder_is_a_run_error(factcheck, tmp_path: Path) -> None:
    (tmp_path / "claims" / "sub").mkdir(parents=True)
    (tmp_path / "claims" / "notes.txt").write_text("")
    run = factcheck("verify", tmp_path / "claims")
    assert run.code == 2
    folder = tmp_path / "claims"
    assert run.err == f"factcheck: error: {folder} holds no claims files (*.yaml, *.yml)\n"


def test_the_current_folder_gives_the_names_rglob_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _tree(tmp_path / "claims")
    monkeypatch.chdir(tmp_path / "claims")
    expected = sorted(p for p in Path(".").rglob("*") if p.suffix == ".yaml" and p.is_file())
    assert (
        claims_files([Path(".")], ReadPolicy.at(tmp_path))[:3]
        == [str(p) for p in expected][:3]
        == [
            ".hidden/inside.yaml",
            ".hidden.yaml",
            "B.yaml",
        ]
    )


@pytest.mark.parametrize("given", [".", "claims", "claims/"])
def test_the_walk_gives_each_folders_links_as_choosing_the_changed_files_lists_them(
    given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--changed-since` resolves names from the walk's listings instead of listing each
    folder again: they must be the links `changes._listing` would find, under the folder
    key it looks each name up by."""
    from factcheck import changes

    _tree(tmp_path / "claims")
    (tmp_path / "claims" / "a" / "dangling.yaml").symlink_to(tmp_path / "missing.yaml")
    monkeypatch.chdir(tmp_path / "claims" if given == "." else tmp_path)
    links: dict[str, frozenset[str]] = {}
    files = claims_files([Path(given)], ReadPolicy.at(tmp_path), links)
    walked = {name.rpartition(os.sep)[0] or name.rpartition(os.sep)[1] for name in files}
    assert walked <= set(links)
    for folder, names in links.items():
        assert names == changes._listing(folder, {})[2], folder
    top = "" if given == "." else "claims"
    assert links[top] == {"linked-folder", "linked-file.yaml"}
    assert links[os.path.join(top, "a") if top else "a"] == {"dangling.yaml"}
