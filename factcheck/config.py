"""Configuration: which claims to check by default, how severe each code is, when to fail.

Found in this order (the first wins): `--config FILE`, `$FACTCHECK_CONFIG`, then walking up
from the current folder (no further than the git top level) the first `factcheck.yaml` or
`pyproject.toml` with a `[tool.factcheck]` table, then the defaults. Paths in a
configuration are relative to the file that holds it, so a run from a sub-folder checks the
same files. The configuration also fixes the repository root (see `factcheck.root`), and
every path it names must lie inside that root.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.lazy_pattern import LazyPattern
from factcheck.root import Root, RootError, find_root, git_top_level
from factcheck.safe_paths import (
    DEFAULT_MAX_FILE_SIZE,
    ReadPolicy,
    Refused,
    format_size,
    parse_size,
)

SEVERITIES = ("error", "warning", "info", "off")
KEYS = (
    "claims",
    "fail-on",
    "max-file-size",
    "severity",
    "tolerances",
    "claimreview",
    "register",
)
TOLERANCES = {"nearly": 0.15, "about": 0.10}

if TYPE_CHECKING:
    from factcheck.consistency.truth import Tolerances


class ConfigError(Exception):
    """The configuration cannot be used: the run stops with exit code 2."""


@dataclass
class Config:
    """The configuration in force and where each part came from."""

    claims: list[Path] = field(default_factory=list)
    fail_on: str = "error"
    severity: dict[str, str] = field(default_factory=dict)
    tolerances: dict[str, float] = field(default_factory=lambda: dict(TOLERANCES))
    claimreview: ClaimReviewSettings | None = None
    # Claims files (or folders of them) whose subjects every file shares: docs/archive.md.
    register: list[Path] = field(default_factory=list)
    source: str = "defaults"
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    root: Path = field(default_factory=lambda: Path.cwd().resolve())
    root_origin: str = "the current folder"
    # `tolerances` as the checks take them, with the values they were built from.
    _typed: tuple[tuple[tuple[str, float], ...], Tolerances] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def typed_tolerances(self) -> Tolerances:
        """`tolerances` as the consistency checks and the archive take them: built once a
        run (the engine asks for every file), again only if `tolerances` changed."""
        from factcheck.consistency.truth import Tolerances

        values = tuple(sorted(self.tolerances.items()))
        if self._typed is None or self._typed[0] != values:
            self._typed = (values, Tolerances(**self.tolerances))
        return self._typed[1]

    @property
    def policy(self) -> ReadPolicy:
        """What this run may read: files inside `root`, up to `max_file_size` bytes."""
        return ReadPolicy(self.root, self.max_file_size)

    def describe(self) -> str:
        """What `factcheck config` prints, each value escaped: a pull request wrote them."""
        from factcheck.report.escape import terminal, terminal_lines

        lines = [f"configuration: {terminal(str(self.source))}"]
        lines.append(f"root: {terminal(str(self.root))} ({terminal(str(self.root_origin))})")
        lines.append(
            "claims: "
            + (
                ", ".join(terminal(str(p)) for p in self.claims)
                or "(none configured: verify checks the claims files under the current folder)"
            )
        )
        lines.append(f"fail-on: {self.fail_on}")
        lines.append(f"max-file-size: {format_size(self.max_file_size)}")
        if self.severity:
            lines.append("severity:")
            lines.extend(f"  {code}: {level}" for code, level in sorted(self.severity.items()))
        else:
            lines.append("severity: (each code's default; see `factcheck explain`)")
        lines.append(
            "tolerances: "
            + ", ".join(f"{name} {value:.0%}" for name, value in sorted(self.tolerances.items()))
        )
        if self.claimreview is not None:
            lines.extend(self.claimreview.describe())
        if self.register:
            lines.append("register: " + ", ".join(terminal(str(p)) for p in self.register))
        return terminal_lines("\n".join(lines))


def find_config(explicit: str | None, cwd: Path, root: str | None = None) -> Config:
    """The configuration in force for a run started in `cwd`, with its root.

    `root` is `--root DIR`, which overrides the root the configuration would give.
    """
    chosen = explicit or os.environ.get("FACTCHECK_CONFIG")
    found: Path | None = None
    if chosen:
        origin = "--config" if explicit else "FACTCHECK_CONFIG"
        path = Path(chosen)
        if "\0" in chosen or not path.is_file():
            raise ConfigError(f"{origin} names {chosen!r}, which is not a file")
        config = _load(path, _read_config(path))
    else:
        found, text = _walk_up(cwd)
        config = _load(found, text) if found is not None else Config()
    try:
        where = find_root(root, found)
    except RootError as error:
        raise ConfigError(str(error)) from None
    _set_root(config, where)
    return config


def _walk_up(cwd: Path) -> tuple[Path | None, str]:
    """The first configuration file at or above `cwd`, and its text (no further than the
    git top level: a file outside the repository does not configure it)."""
    for yaml_file, pyproject in config_candidates(cwd):
        if yaml_file.is_file():
            return yaml_file, _read_config(yaml_file)
        if pyproject.is_file():
            text = _read_config(pyproject)
            if TOOL_TABLE in text:
                return pyproject, text
    return None, ""


# The table of a pyproject.toml that makes it a configuration file.
TOOL_TABLE = "[tool.factcheck]"


def config_candidates(cwd: Path) -> Iterator[tuple[Path, Path]]:
    """Each folder's configuration files, from `cwd` up to the git top level (a file
    outside the repository does not configure it), in the order they are tried: the
    folder's `factcheck.yaml`, then its `pyproject.toml` if it has a `[tool.factcheck]`
    table. The first found is in force. The one walk the loader and `--changed-since`
    (`changes.configuration_change`) share, so both agree on the file in force."""
    top = git_top_level(cwd.resolve())
    for folder in (cwd, *cwd.parents):
        yield folder / "factcheck.yaml", folder / "pyproject.toml"
        if top is not None and folder.resolve() == top:
            break


def config_bytes(path: Path) -> bytes:
    """A configuration file's bytes, read under the default rule (a regular file under the
    default size limit), from its own folder: the read both the loader and
    `--changed-since` make, so they see the same file. Raises `Refused` or `OSError`."""
    return ReadPolicy.at(Path(os.path.realpath(path)).parent).read_bytes(path)


def _read_config(path: Path) -> str:
    """The configuration file's text: a regular file under the default size limit."""
    from factcheck.load.text_files import DecodeProblem, decode_utf8

    try:
        return decode_utf8(config_bytes(path))
    except Refused as refused:
        raise ConfigError(f"{path}: {refused.message}") from None
    except DecodeProblem as problem:
        raise ConfigError(f"{path}:{problem.line}:{problem.column}: not UTF-8") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read it: {error.strerror or error}") from None


def _set_root(config: Config, root: Root) -> None:
    """Fix the root. Configured claims paths are checked against it when a run uses them
    (`selection.claims_files`), so a run given its own paths is not stopped by them."""
    config.root, config.root_origin = root.path, root.origin


_TOML_POSITION = LazyPattern(r"\s*\(at line (\d+), column (\d+)\)$")


def _load(path: Path, text: str) -> Config:
    if path.suffix == ".toml":
        document = _parse_toml(path, text)
        tool = document.get("tool", {})
        table = tool.get("factcheck") if isinstance(tool, dict) else None
        if table is None:
            raise ConfigError(f"{path} has no [tool.factcheck] table")
        return _from_table(table, path, f"{path} [tool.factcheck]")
    from factcheck.load.positioned_yaml import YamlProblem, load_positioned

    try:
        data, _ = load_positioned(text)
    except YamlProblem as problem:
        where = f"{path}:{problem.position.line}:{problem.position.column}"
        raise ConfigError(f"{where}: {problem.message}") from None
    except RecursionError:
        raise ConfigError(f"{path}: the YAML nests too deeply to be a configuration") from None
    return _from_table(data or {}, path, str(path))


def _parse_toml(path: Path, text: str) -> dict[str, Any]:
    """TOML → dict, every failure a `file:line:col: message` ConfigError."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = _TOML_POSITION.search(message)
        if match:
            where = f"{path}:{match.group(1)}:{match.group(2)}"
            raise ConfigError(f"{where}: {message[: match.start()]}") from None
        raise ConfigError(f"{path}: {message}") from None
    except RecursionError:
        raise ConfigError(f"{path}: the TOML nests tables or arrays too deeply") from None
    except ValueError:  # a number past Python's 4,300-digit limit
        raise ConfigError(f"{huge_number_location(path, text)}: {HUGE_NUMBER}") from None


HUGE_NUMBER = "a number has more than 4,300 digits, which no setting needs"


def huge_number_location(path: Path | str, text: str) -> str:
    """`file:line:col` of the first run of over 4,300 digits in `text` (or just `file`)."""
    from factcheck.load.text_files import position_of_match

    position = position_of_match(text, r"[0-9_]{4301,}")
    return str(path) if position is None else f"{path}:{position[0]}:{position[1]}"


def _from_table(table: Any, path: Path, source: str) -> Config:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: the configuration must be a table of keys")
    for key in table:
        if key not in KEYS:
            import difflib  # suggestions only: a clean run never loads difflib

            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f" (did you mean `{close[0]}`?)" if close else f" (known: {', '.join(KEYS)})"
            raise ConfigError(f"{source}: unknown key `{key}`{hint}")
    config = Config(source=source)
    claims = table.get("claims", [])
    if isinstance(claims, str):
        claims = [claims]
    if not isinstance(claims, list) or not all(isinstance(c, str) for c in claims):
        raise ConfigError(f"{source}: `claims` must be a list of paths")
    if any("\0" in c for c in claims):
        raise ConfigError(f"{source}: `claims` names a path with a NUL byte")
    config.claims = [path.parent / c for c in claims]
    config.register = [
        path.parent / r for r in _paths(table.get("register", []), "register", source)
    ]
    if "max-file-size" in table:
        try:
            config.max_file_size = parse_size(table["max-file-size"])
        except ValueError as error:
            raise ConfigError(f"{source}: {error}") from None
    fail_on = table.get("fail-on", "error")
    if fail_on not in ("error", "warning"):
        raise ConfigError(f"{source}: `fail-on` must be error or warning, not {fail_on!r}")
    config.fail_on = fail_on
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{source}: `severity` must map codes to error, warning, info or off")
    from factcheck.rules import RULES

    severity = dict(severity)
    for code, level in severity.items():
        if level is False:
            # YAML 1.1 reads `off` (and `no`, `false`) unquoted as false: it means off.
            severity[code] = level = "off"
        if code not in RULES:
            raise ConfigError(f"{source}: `severity` names {code}, which is not a factcheck code")
        if level not in SEVERITIES:
            raise ConfigError(
                f"{source}: severity of {code} must be one of {', '.join(SEVERITIES)}, "
                f"not {level!r}"
            )
    config.severity = dict(severity)
    config.tolerances = _tolerances(table.get("tolerances", {}), source)
    config.claimreview = _claimreview(table.get("claimreview"), source)
    return config


def _paths(value: Any, key: str, source: str) -> list[str]:
    """A key holding one path or a list of paths (checked against the root when used)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{source}: `{key}` must be a list of paths (files or folders)")
    if any("\0" in v for v in value):
        raise ConfigError(f"{source}: `{key}` names a path with a NUL byte")
    return value


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


# `export claimreview`: who publishes the reviews, and where each one is read.
CLAIMREVIEW_KEYS = ("author", "review-url")
CLAIMREVIEW_AUTHOR_KEYS = ("name", "url")
REVIEW_URL_FIELDS = ("claim", "file")


@dataclass(frozen=True)
class ClaimReviewSettings:
    """The `claimreview:` table: the reviewing organisation, and the review pages' address.

    `review_url` is a template: `{claim}` is replaced by the claim's id and `{file}` by the
    claims file's name without `.yaml`. Without it, a review's page is the article's own
    page (the markup is published with the article).
    """

    author_name: str
    author_url: str | None = None
    review_url: str | None = None

    def describe(self) -> list[str]:
        """`factcheck config`'s lines for this table."""
        from factcheck.report.escape import terminal

        author = terminal(self.author_name)
        author += f" <{terminal(self.author_url)}>" if self.author_url else ""
        page = terminal(self.review_url) if self.review_url else "(the article's own url)"
        return [f"claimreview author: {author}", f"claimreview review-url: {page}"]


def _claimreview(table: Any, source: str) -> ClaimReviewSettings | None:
    """Validate the `claimreview:` table; every mistake names its key and the fix."""
    if table is None:
        return None
    example = "claimreview: {author: {name: Example News, url: https://news.example.org}}"
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: `claimreview` must be a table of keys, e.g. {example}")
    for key in table:
        if key not in CLAIMREVIEW_KEYS:
            raise ConfigError(
                f"{source}: `claimreview` knows {' and '.join(CLAIMREVIEW_KEYS)}, not `{key}`"
            )
    author = table.get("author")
    if not isinstance(author, dict):
        raise ConfigError(
            f"{source}: `claimreview.author` must be a table with the reviewing organisation's "
            f"name and url, e.g. {example}"
        )
    for key in author:
        if key not in CLAIMREVIEW_AUTHOR_KEYS:
            raise ConfigError(f"{source}: `claimreview.author` knows name and url, not `{key}`")
    name = author.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(
            f"{source}: `claimreview.author.name` must be the reviewing organisation's name"
        )
    author_url = author.get("url")
    if author_url is not None:
        _web_address(author_url, "claimreview.author.url", source)
    review_url = table.get("review-url")
    if review_url is not None:
        _web_address(review_url, "claimreview.review-url", source)
        _review_url_fields(review_url, source)
    return ClaimReviewSettings(name.strip(), author_url, review_url)


def _web_address(value: Any, key: str, source: str) -> None:
    """An absolute http(s) address without spaces, as schema.org's URL properties need."""
    from urllib.parse import urlsplit

    ok = isinstance(value, str) and not any(c.isspace() for c in value)
    if ok:
        parts = urlsplit(value)
        ok = parts.scheme in ("http", "https") and bool(parts.netloc)
    if not ok:
        raise ConfigError(
            f"{source}: `{key}` must be an absolute http(s) address such as "
            f"https://news.example.org/fact-checks, not {value!r}"
        )


def _review_url_fields(template: str, source: str) -> None:
    """`{claim}` and `{file}` are the only fields a review-url template may name."""
    import string

    try:
        fields = [field for _, field, _, _ in string.Formatter().parse(template) if field]
    except ValueError as error:
        raise ConfigError(
            f"{source}: `claimreview.review-url` is not a valid template ({error}); "
            "write {claim} and {file} for the fields, {{ and }} for braces"
        ) from None
    for name in fields:
        if name not in REVIEW_URL_FIELDS:
            raise ConfigError(
                f"{source}: `claimreview.review-url` names {{{name}}}; "
                "it may name {claim} (the claim's id) and {file} (the claims file's name)"
            )
