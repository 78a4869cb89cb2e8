"""The CI assets a newsroom copies: the example workflow and the pre-commit hooks."""

from __future__ import annotations

import json
import shlex
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
