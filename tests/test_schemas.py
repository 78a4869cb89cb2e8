"""The committed JSON Schemas are the generated ones, and they accept what they describe."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import BUNDLED_CLAIMS, ROOT
from factcheck.load.positioned_yaml import load_positioned
from factcheck.schemas import schema_text


@pytest.mark.parametrize("which", ["claims", "register", "report"])
def test_committed_schema_equals_generated(which: str) -> None:
    committed = (ROOT / "schemas" / f"{which}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(which), "run: factcheck schema {which} > schemas/..."


@pytest.mark.parametrize("which", ["claims", "register", "report"])
def test_schema_command_prints_it(factcheck, which: str) -> None:
    run = factcheck("schema", which)
    assert run.code == 0
    assert json.loads(run.out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_claims_schema_accepts_the_bundled_file_and_helps_typing() -> None:
    schema = json.loads(schema_text("claims"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data, _ = load_positioned(BUNDLED_CLAIMS.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    claim_base = schema["$defs"]["DateClaim"]["properties"]
    assert claim_base["text"]["description"]
    assert claim_base["value"]["examples"]


def test_claims_schema_rejects_a_misspelt_key() -> None:
    schema = json.loads(schema_text("claims"))
    data, _ = load_positioned(BUNDLED_CLAIMS.read_text(encoding="utf-8"))
    data["claims"][0]["contxt"] = data["claims"][0].pop("context")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(data)


def test_the_json_writer_and_the_report_model_list_the_same_summary() -> None:
    from factcheck.model.report import Summary
    from factcheck.report.json_report import SUMMARY_KEYS

    assert tuple(Summary.model_fields) == SUMMARY_KEYS
