"""The JSON Schemas, generated from the models (schemas/ holds the committed copies).

Each schema is published where an editor can fetch it: this repository's file at the release
tag, the way SchemaStore's catalog points at a self-hosted schema (a raw file URL) and keeps
one URL per version (`versions` in a catalog entry). The schema's `$id` is that URL, drafts
written by `factcheck extract` name it in their `$schema` comment, and `factcheck schema
--write DIR` puts copies in a repository that works offline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck import __version__

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_NAMES = ("claims", "register", "report")

# The raw-file address of this project's public repository. Its URL is not settled yet: set
# it here, the one place that names it, before the first release is tagged (`v` + the
# version); every schema URL, `$id` and draft comment derives from it.
REPOSITORY_RAW_URL = "https://raw.githubusercontent.com/newsroom-factcheck/factcheck"


def schema_url(name: str, version: str = __version__) -> str:
    """Where the schema `name` of `version` is published: the file at the release tag."""
    return f"{REPOSITORY_RAW_URL}/v{version}/schemas/{name}.schema.json"


def claims_schema() -> dict[str, Any]:
    """JSON Schema 2020-12 of a claims file."""
    from factcheck.model.reading import pydantic_adapter

    return _with_header(pydantic_adapter().json_schema(), "claims")


def register_schema() -> dict[str, Any]:
    """JSON Schema 2020-12 of a register file (an archive's shared subjects, nothing else)."""
    from factcheck.model.reading import register_adapter

    return _with_header(register_adapter().json_schema(), "register")


def report_schema() -> dict[str, Any]:
    """JSON Schema 2020-12 of the JSON report."""
    from factcheck.model.report import Report

    return _with_header(Report.model_json_schema(mode="serialization"), "report")


def _with_header(schema: dict[str, Any], name: str) -> dict[str, Any]:
    return {"$schema": SCHEMA_DIALECT, "$id": schema_url(name), **schema}


def schema_text(which: str) -> str:
    """The schema as the committed file holds it."""
    makers = {"claims": claims_schema, "register": register_schema, "report": report_schema}
    schema = makers[which]()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path, names: tuple[str, ...] = SCHEMA_NAMES) -> list[Path]:
    """Write `names`' schemas into `folder` as NAME.schema.json, each whole or not at all,
    only ever as regular files (`report.output`). Returns the paths written."""
    from factcheck.report.output import write_atomically

    written = []
    for name in names:
        path = folder / f"{name}.schema.json"
        write_atomically(path, schema_text(name))
        written.append(path)
    return written
