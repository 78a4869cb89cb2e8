"""The JSON Schemas, generated from the models (schemas/ holds the committed copies)."""

from __future__ import annotations

import json
from typing import Any

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def claims_schema() -> dict[str, Any]:
    """JSON Schema 2020-12 of a claims file."""
    from factcheck.model.reading import pydantic_adapter

    return _with_header(pydantic_adapter().json_schema(), "claims")


def report_schema() -> dict[str, Any]:
    """JSON Schema 2020-12 of the JSON report."""
    from factcheck.model.report import Report

    return _with_header(Report.model_json_schema(mode="serialization"), "report")


def _with_header(schema: dict[str, Any], name: str) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://factcheck.invalid/schemas/{name}.schema.json",
        **schema,
    }


def schema_text(which: str) -> str:
    """The schema as the committed file holds it."""
    schema = claims_schema() if which == "claims" else report_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
