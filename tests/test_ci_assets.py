"""The CI assets a newsroom copies: the example workflow and the pre-commit hooks."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from importlib import resources

import jsonschema
import pytest
import yaml

from conftest import BUNDLED_CLAIMS, ROOT
from factcheck.load.positioned_yaml import load_positioned


def test_example_workflow_follows_the_github_workflow_schema() -> None:
    schema_file = (
        resources.files("check_jsonschema") / "builtin_schemas/vendor/github-workflows.json"
    )
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    # Read as GitHub reads it: `on:` is the key "on", not YAML 1.1's boolean true.
    workflow, _ = load_positioned((ROOT / "docs" / "examples" / "github-workflow.yml").read_text())
    jsonschema.Draft7Validator(schema).validate(workflow)
    steps = workflow["jobs"]["factcheck"]["steps"]
    verify = next(step for step in steps if step.get("name") == "Verify the changed articles")
    assert "--changed-since" in verify["run"] and "--report-dir reports/" in verify["run"]
    assert workflow["on"]["pull_request"]["paths"] == ["articles/**", "claims/**"]


def test_the_workflow_schema_rejects_a_broken_workflow() -> None:
    schema_file = (
        resources.files("check_jsonschema") / "builtin_schemas/vendor/github-workflows.json"
    )
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate({"name": "x", "jobs": {"a": {"steps": []}}})


HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())


@pytest.mark.parametrize("hook", HOOKS, ids=[h["id"] for h in HOOKS])
def test_pre_commit_hook_runs_on_the_bundled_example(factcheck, hook: dict) -> None:
    assert {"id", "name", "entry", "language", "files"} <= set(hook)
    command = shlex.split(hook["entry"])
    assert command[0] == "factcheck"
    files = [BUNDLED_CLAIMS.relative_to(ROOT).as_posix()] if hook["pass_filenames"] else []
    run = factcheck(*command[1:], *files)
    assert run.code == 0, run.out + run.err


def _install_step() -> dict:
    workflow, _ = load_positioned((ROOT / "docs" / "examples" / "github-workflow.yml").read_text())
    steps = workflow["jobs"]["factcheck"]["steps"]
    return next(step for step in steps if step.get("name") == "Install factcheck")


def test_the_workflow_installs_no_package_by_a_name_we_do_not_own() -> None:
    step = _install_step()
    # No fallback: `factcheck` on the Python Package Index is someone else's project.
    assert "||" not in step["run"] and "'factcheck'" not in step["run"]
    assert step["env"] == {"FACTCHECK_PIP_SPEC": "${{ vars.FACTCHECK_PIP_SPEC }}"}
    assert 'pip install "$FACTCHECK_PIP_SPEC"' in step["run"]


def _run_install_step(tmp_path, spec: str | None) -> subprocess.CompletedProcess[str]:
    """The step's script under bash, with a `pip` in PATH that records its arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_pip = bin_dir / "pip"
    fake_pip.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {shlex.quote(str(tmp_path))}/pip-args\n')
    fake_pip.chmod(0o755)
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}"}
    if spec is not None:
        env["FACTCHECK_PIP_SPEC"] = spec
    return subprocess.run(
        ["bash", "-e", "-c", _install_step()["run"]],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_install_step_fails_with_a_clear_message_when_the_variable_is_unset(
    tmp_path,
) -> None:
    done = _run_install_step(tmp_path, None)
    assert done.returncode == 1
    assert done.stdout.startswith("::error title=FACTCHECK_PIP_SPEC is not set::Set the")
    assert "newsroom-factcheck @ git+https://github.com/OWNER/REPO@" in done.stdout
    assert not (tmp_path / "pip-args").exists()  # nothing was installed


def test_the_install_step_installs_what_the_variable_names(tmp_path) -> None:
    spec = "newsroom-factcheck @ git+https://example.org/newsroom/factcheck@v0.1.0"
    done = _run_install_step(tmp_path, spec)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "pip-args").read_text() == f"install\n{spec}\n"


def test_the_distribution_has_a_name_of_its_own() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["name"] == "newsroom-factcheck"
    assert project["scripts"] == {"factcheck": "factcheck.__main__:run"}


def test_no_document_installs_a_package_by_a_name_we_do_not_own() -> None:
    documents = [
        ROOT / "README.md",
        *(ROOT / "docs").rglob("*.md"),
        *(ROOT / "docs").rglob("*.yml"),
    ]
    ours = re.compile(r"""pip install (-[a-z]+ )*(\.|'\.\[test\]'|"\$\w+"|newsroom-factcheck)""")
    for document in documents:
        for line in document.read_text(encoding="utf-8").splitlines():
            for found in re.finditer(r"pip install [^`;&|]*", line):
                assert ours.match(found.group()), f"{document.name}: {found.group()}"
