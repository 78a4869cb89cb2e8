"""Configuration: which claims to check by default, how severe each code is, when to fail.

Found in this order (the first wins): `--config FILE`, `$FACTCHECK_CONFIG`, then walking up
from the current folder the first `factcheck.yaml` or `pyproject.toml` with a
`[tool.factcheck]` table, then the defaults. Paths in a configuration are relative to the
file that holds it, so a run from a sub-folder checks the same files.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEVERITIES = ("error", "warning", "info", "off")
KEYS = ("claims", "fail-on", "severity", "tolerances")
TOLERANCES = {"nearly": 0.15, "about": 0.10}


class ConfigError(Exception):
    """The configuration cannot be used: the run stops with exit code 2."""


@dataclass
class Config:
    """The configuration in force and where each part came from."""

    claims: list[Path] = field(default_factory=list)
    fail_on: str = "error"
    severity: dict[str, str] = field(default_factory=dict)
    tolerances: dict[str, float] = field(default_factory=lambda: dict(TOLERANCES))
    source: str = "defaults"

    def describe(self) -> str:
        """What `factcheck config` prints."""
        lines = [f"configuration: {self.source}"]
        lines.append("claims: " + (", ".join(str(p) for p in self.claims) or "(none)"))
        lines.append(f"fail-on: {self.fail_on}")
        if self.severity:
            lines.append("severity:")
            lines.extend(f"  {code}: {level}" for code, level in sorted(self.severity.items()))
        else:
            lines.append("severity: (each code's default; see `factcheck explain`)")
        lines.append(
            "tolerances: "
            + ", ".join(f"{name} {value:.0%}" for name, value in sorted(self.tolerances.items()))
        )
        return "\n".join(lines)


def find_config(explicit: str | None, cwd: Path) -> Config:
    """The configuration in force for a run started in `cwd`."""
    chosen = explicit or os.environ.get("FACTCHECK_CONFIG")
    if chosen:
        path = Path(chosen)
        if not path.is_file():
            origin = "--config" if explicit else "FACTCHECK_CONFIG"
            raise ConfigError(f"{origin} names {chosen}, which is not a file")
        return _load(path)
    for folder in (cwd, *cwd.parents):
        yaml_file = folder / "factcheck.yaml"
        if yaml_file.is_file():
            return _load(yaml_file)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return _load(pyproject)
    return Config()


def _has_tool_table(pyproject: Path) -> bool:
    return "[tool.factcheck]" in pyproject.read_text(encoding="utf-8", errors="replace")


def _load(path: Path) -> Config:
    if path.suffix == ".toml":
        import tomllib

        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: {error}") from None
        table = document.get("tool", {}).get("factcheck")
        if table is None:
            raise ConfigError(f"{path} has no [tool.factcheck] table")
        return _from_table(table, path, f"{path} [tool.factcheck]")
    from factcheck.load.positioned_yaml import YamlProblem, load_positioned
    from factcheck.load.text_files import DecodeProblem, read_text

    try:
        data, _ = load_positioned(read_text(path))
    except YamlProblem as problem:
        where = f"{path}:{problem.position.line}:{problem.position.column}"
        raise ConfigError(f"{where}: {problem.message}") from None
    except DecodeProblem as problem:
        raise ConfigError(f"{path}:{problem.line}:{problem.column}: not UTF-8") from None
    return _from_table(data or {}, path, str(path))


def _from_table(table: Any, path: Path, source: str) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: the configuration must be a table of keys")
    for key in table:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean `{close[0]}`?)" if close else f" (known: {', '.join(KEYS)})"
            raise ConfigError(f"{source}: unknown key `{key}`{hint}")
    config = Config(source=source)
    claims = table.get("claims", [])
    if isinstance(claims, str):
        claims = [claims]
    if not isinstance(claims, list) or not all(isinstance(c, str) for c in claims):
        raise ConfigError(f"{source}: `claims` must be a list of paths")
    config.claims = [path.parent / c for c in claims]
    fail_on = table.get("fail-on", "error")
    if fail_on not in ("error", "warning"):
        raise ConfigError(f"{source}: `fail-on` must be error or warning, not {fail_on!r}")
    config.fail_on = fail_on
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{source}: `severity` must map codes to error, warning, info or off")
    from factcheck.rules import RULES

    for code, level in severity.items():
        if code not in RULES:
            raise ConfigError(f"{source}: `severity` names {code}, which is not a factcheck code")
        if level not in SEVERITIES:
            raise ConfigError(
                f"{source}: severity of {code} must be one of {', '.join(SEVERITIES)}"
            )
    config.severity = dict(severity)
    config.tolerances = _tolerances(table.get("tolerances", {}), source)
    return config


def _tolerances(table: Any, source: str) -> dict[str, float]:
    """How far "nearly" and "about" reach, as fractions: {nearly: 0.15, about: 0.1}."""
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: `tolerances` must map nearly/about to fractions")
    tolerances = dict(TOLERANCES)
    for name, value in table.items():
        if name not in TOLERANCES:
            raise ConfigError(f"{source}: `tolerances` knows nearly and about, not `{name}`")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
            raise ConfigError(f"{source}: tolerance `{name}` must be a fraction from 0 to 1")
        tolerances[name] = float(value)
    return tolerances
