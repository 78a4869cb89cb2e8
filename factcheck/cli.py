"""The command line: parse options, run the pipeline, print, exit 0, 1 or 2.

Thin on purpose: the work is in `engine` and the report modules. Exit codes are a contract:
0 no error findings, 1 error findings (or warnings under --strict), 2 the run itself could
not happen — with one line on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from factcheck import __version__
from factcheck.paths import display_path, real_path
from factcheck.report import FORMATS, REPORT_DIR_FILES

EXIT_OK, EXIT_FINDINGS, EXIT_RUN_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C: the shell's convention (128 + SIGINT), the one exception


class RunError(Exception):
    """The run cannot happen (bad option, missing file, bad configuration): exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise RunError(f"{message} (see `{self.prog} --help`)")

    def _get_formatter(self) -> argparse.HelpFormatter:
        """argparse's formatter, given the width it would find itself.

        argparse makes a formatter for every option it adds (to check its metavar), and a
        formatter without a width imports `shutil` for `get_terminal_size`; `shutil` imports
        `bz2` and `lzma`, some 5 ms of every cold run that never prints help. Two columns
        less, as argparse takes them off the width it finds (not off one it is given)."""
        return self.formatter_class(prog=self.prog, width=_terminal_columns() - 2)


def _terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`, the same rule without importing shutil:
    `COLUMNS` when it is a positive integer, else the width of the terminal on
    `sys.__stdout__`, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Skipped:
    """Stands in for the parser of a subcommand that is not the one being run.

    Every call (`add_argument`, `add_mutually_exclusive_group`, ...) does nothing and returns
    the stand-in, so `_parser` reads as one list of every subcommand's options.
    """

    def __getattr__(self, name: str) -> Callable[..., _Skipped]:
        return lambda *args, **kwargs: self


class _OnlyCommand:
    """The subparsers action, adding only `command`'s parser (all of them when None).

    A cold start builds the parser of the subcommand it runs, not all nine: argparse spent
    some 4 ms of every `verify` building the others. Used only when the first argument names
    a subcommand exactly, so what is parsed, and every message, is the same either way.
    """

    def __init__(self, commands: Any, command: str | None) -> None:
        self._commands = commands
        self._command = command

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if self._command is not None and name != self._command:
            return cast(argparse.ArgumentParser, _Skipped())
        return cast(argparse.ArgumentParser, self._commands.add_parser(name, **kwargs))


def _command_named(argv: list[str] | None) -> str | None:
    """The subcommand the first argument names exactly, if any."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments and arguments[0] in _COMMANDS:
        return arguments[0]
    return None


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `command`, only that subcommand's parser is built."""
    parser = _Parser(
        prog="factcheck",
        description="Check a news article's claims against its words and against each other.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"factcheck {__version__}")
    commands: Any = _OnlyCommand(
        parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser), command
    )

    verify = commands.add_parser("verify", help="check claims files against their articles")
    _paths_and_config(verify)
    verify.add_argument(
        "--article",
        metavar="FILE",
        help="check one claims file against this version of its article",
    )
    verify.add_argument(
        "--format",
        choices=list(FORMATS),
        help="report format (default: rich; github inside GitHub Actions)",
    )
    verify.add_argument("--output", metavar="FILE", help="write the report here, not to stdout")
    verify.add_argument(
        "--report-dir",
        metavar="DIR",
        help="also write report files (" + ", ".join(REPORT_DIR_FILES.values()) + ") here",
    )
    verify.add_argument(
        "--fail-on", choices=("error", "warning"), help="lowest severity that fails the run"
    )
    verify.add_argument("--strict", action="store_true", help="same as --fail-on warning")
    verify.add_argument(
        "--changed-since",
        metavar="REF",
        help="check only claims files whose file, article or lock changed since a git ref",
    )
    verify.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    detail = verify.add_mutually_exclusive_group()
    detail.add_argument(
        "-v",
        "--verbose",
        dest="detail",
        action="store_const",
        const="verbose",
        default="normal",
        help="rich report: every claim and check, not only what needs attention",
    )
    detail.add_argument(
        "-q",
        "--quiet",
        dest="detail",
        action="store_const",
        const="quiet",
        help="rich report: the summary line only",
    )

    accept = commands.add_parser(
        "accept",
        help="pin the sentences verified claims were checked against (in NAME.lock.json)",
    )
    accept.add_argument("claims", nargs="*", metavar="CLAIM", help="claim ids (default: all)")
    accept.add_argument(
        "--file",
        dest="paths",
        action="append",
        default=[],
        metavar="PATH",
        help="claims file or folder (default: the configured claims)",
    )
    accept.add_argument("--config", metavar="FILE", help="configuration file to use")
    _root_option(accept)

    extract = commands.add_parser(
        "extract", help="draft a claims file from the facts an article mentions"
    )
    extract.add_argument("article", metavar="ARTICLE")
    extract.add_argument(
        "--output", metavar="FILE", help="where to write the draft (default claims/NAME.yaml)"
    )
    extract.add_argument(
        "--published",
        metavar="DATE",
        help="the article's publication date (YYYY-MM-DD), when the article does not say",
    )
    extract.add_argument(
        "--update",
        metavar="CLAIMS",
        help="add claims for the mentions no claim of this file covers (nothing else changes)",
    )
    extract.add_argument("--config", metavar="FILE", help="configuration file to use")
    _root_option(extract)

    validate = commands.add_parser(
        "validate", help="only load and validate claims files (fast, for pre-commit)"
    )
    _paths_and_config(validate)
    validate.add_argument(
        "--format",
        choices=VALIDATE_FORMATS,
        default="line",
        help="line: one finding a line (default); rich: each finding with its hint; "
        "json: the JSON report; github: workflow annotations",
    )
    validate.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    schema = commands.add_parser(
        "schema", help="print a JSON Schema, or write them for editors that work offline"
    )
    schema.add_argument(
        "which",
        nargs="?",
        choices=("claims", "register", "report"),
        help="which schema (default: claims)",
    )
    schema.add_argument(
        "--write",
        nargs="?",
        const="schemas",
        metavar="DIR",
        help="write the schema files into DIR (default: schemas) instead of printing; "
        "without WHICH, both",
    )

    explain = commands.add_parser(
        "explain", help="print the documentation of a finding code or rule name"
    )
    explain.add_argument(
        "code", nargs="?", help="a code or a rule name (FC201, text-not-found); without it, all"
    )

    completion = commands.add_parser(
        "completion",
        help='print a shell completion script: eval "$(factcheck completion bash)"',
    )
    completion.add_argument("shell", choices=("bash", "zsh"))

    config = commands.add_parser("config", help="show the configuration in force and its origin")
    config.add_argument("--config", metavar="FILE")
    _root_option(config)
    _add_export(commands)
    return parser


def _root_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--root",
        metavar="DIR",
        help="the repository root: factcheck reads only files inside it "
        "(default: the configuration file's folder, else the git top level, else here)",
    )


def _paths_and_config(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths", nargs="*", metavar="PATH", help="claims files or folders; - for standard input"
    )
    command.add_argument("--config", metavar="FILE", help="configuration file to use")
    command.add_argument(
        "--jobs", metavar="N", default="1", help="worker processes: a number or auto (default 1)"
    )
    command.add_argument(
        "--shard", metavar="K/N", help="check only the K-th of N shares of the files (CI matrix)"
    )
    _root_option(command)


def main(argv: list[str] | None = None) -> int:
    """Run factcheck; returns the exit code."""
    args = None
    try:
        args = _parser(_command_named(argv)).parse_args(argv)
        from factcheck.report.stream_encoding import escape_unencodable

        escape_unencodable(_stream_format(args), writes_yaml=args.command in ("extract", "config"))
        if args.command is None:
            _parser().print_help()
            return EXIT_OK
        return _COMMANDS[args.command](args)
    except RunError as error:
        from factcheck.report.escape import terminal

        # Messages hold paths and names from the input: shown escaped, on one line.
        print(f"factcheck: error: {terminal(str(error))}", file=sys.stderr)
        return EXIT_RUN_ERROR
    except UnicodeEncodeError as error:
        from factcheck.report.stream_encoding import unencodable_message

        print(f"factcheck: error: {unencodable_message(error)}", file=sys.stderr)
        return EXIT_RUN_ERROR
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of standard output went away (`factcheck verify | head`). Point the
        # descriptor at the null device so the interpreter's last flush cannot fail again.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OK
    except MemoryError as error:
        # Said below, once the exception and the frames (and input) it holds are freed.
        checking = (getattr(error, "__notes__", None) or [None])[-1]
    print(
        f"factcheck: error: out of memory while checking {_inputs_named(args, checking)}; "
        "raise the machine's memory or lower max-file-size",
        file=sys.stderr,
    )
    return EXIT_RUN_ERROR


def _inputs_named(args: argparse.Namespace | None, checking: str | None) -> str:
    """The file being checked when memory ran out (noted on the error by
    `parallel.check_one`), else the files the command line named."""
    from factcheck.report.escape import terminal

    if checking is not None:
        return terminal(checking)
    if args is None:
        return "the input"
    named = [args.article] if args.command == "extract" else getattr(args, "paths", None)
    if not named:
        return "the configured claims files"
    return terminal(", ".join(named))


def _load_config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from factcheck.config import ConfigError, find_config

    try:
        return find_config(args.config, Path.cwd(), getattr(args, "root", None))
    except ConfigError as error:
        raise RunError(str(error)) from None


def _claims_files(  # type: ignore[no-untyped-def]
    paths: list[str], config, links: dict[str, frozenset[str]] | None = None
) -> list[str]:
    """The claims files named on the command line (folders searched), or configured;
    `links` receives the links in the folders walked (`selection.claims_files`)."""
    from factcheck.selection import SelectionError, claims_files

    chosen = [Path(p) for p in paths] or config.claims
    if not chosen:
        return _discovered_claims_files(config)
    try:
        return claims_files(chosen, config.policy, links)
    except SelectionError as error:
        if not paths:  # the configuration named it: say which configuration
            raise RunError(f"{config.source}: `claims`: {error}") from None
        raise RunError(str(error)) from None


def _discovered_claims_files(config) -> list[str]:  # type: ignore[no-untyped-def]
    """Given no path and no `claims:` configuration: the claims files under the current
    folder, so `factcheck verify` (and the pre-commit hook) works in a fresh repository."""
    from factcheck.selection import discover_claims_files

    found = discover_claims_files(Path("."), config.policy)
    if not found:
        raise RunError(
            "no claims files given, none configured, and none found under the current folder "
            "(a claims file is a YAML file with top-level `claims:` and `article:` keys); "
            'name one, or set `claims = ["claims"]` under [tool.factcheck] in pyproject.toml'
        )
    return found


def _run(args: argparse.Namespace, ground: bool):  # type: ignore[no-untyped-def]
    """Check every selected file and keep the results (for reports that need them all)."""
    from factcheck.result import RunResult

    results, config, selection = _results(args, ground)
    run = RunResult(selection=selection)
    try:
        run.files.extend(results)
    except OSError as error:
        raise RunError(f"{error.filename}: {error.strerror}") from None
    ref = getattr(args, "changed_since", None)
    if ref:
        _mark_changed_paragraphs(run, ref, config)
    return run, config


def _results(args: argparse.Namespace, ground: bool):  # type: ignore[no-untyped-def]
    """The selected files' results, one at a time, in the files' order, the config, and
    (with --changed-since) what the selection chose and why (`result.Selection`)."""
    from factcheck.parallel import RunSettings, check_all, in_shard, job_count, parse_shard

    config = _load_config(args)
    if STDIN in args.paths:
        return _stdin_result(args, ground, config), config, None
    ref = getattr(args, "changed_since", None)
    # with --changed-since: the walk's listing of each folder, for choosing the changed files
    listed: dict[str, frozenset[str]] | None = {} if ref else None
    files = archive = _claims_files(args.paths, config, listed)
    register = None
    if config.register:
        register, files = _register_and_claims(files, config, ground)
        archive = files
    known = None  # with --changed-since: what the archive index says of the unchanged files
    read = None  # and the unchanged files' facts read while choosing (a register change)
    selection = None
    if ref:
        from factcheck.result import Selection

        candidates = len(files)
        files, known, read, why_all = _changed_files(
            files, ref, config, register, args.config, listed
        )
        chosen = [display_path(Path(path)) for path in files]
        selection = Selection(ref, chosen, candidates, why_all)
    article = getattr(args, "article", None)
    if article:
        if len(files) != 1:
            raise RunError("--article needs exactly one claims file")
        _check_readable(article, config, "--article")
    try:
        jobs = job_count(getattr(args, "jobs", None) or "1")
        shard = parse_shard(args.shard) if getattr(args, "shard", None) else None
    except ValueError as error:
        raise RunError(str(error)) from None
    if shard:
        # the names --changed-since already worked out, else each file's name once
        shown = chosen if ref else [display_path(Path(path)) for path in files]
        files = [path for path, name in zip(files, shown, strict=True) if in_shard(name, *shard)]
    settings = RunSettings(config, Path(article) if article else None, ground)
    results = check_all(files, settings, jobs)
    if not ground:  # validate reads no article: the archive is verify's
        return results, config, selection
    unchanged = archive if ref else None
    if register is None or not files:
        return results, config, selection
    from factcheck.archive.run import archive_checked

    checked = archive_checked(results, files, config, register, unchanged, not article, known, read)
    return checked, config, selection


def _register_and_claims(files: list[str], config, ground: bool):  # type: ignore[no-untyped-def]
    """The register (read whole: a problem in it stops the run, exit 2) and the claims
    files without the register's files of subjects only, which are not claims files.

    `validate` (no archive pass) reads only the register files among `files` that hold
    subjects only; register files that are claims files it validates as claims files."""
    from factcheck.archive.register import (
        RegisterError,
        declarations_among,
        load_register,
    )

    try:
        if ground:
            register = load_register(config.register, config.policy)
            declarations = register.declarations
        else:
            register = None
            declarations = declarations_among(files, config.register, config.policy)
    except RegisterError as error:
        raise RunError(f"{config.source}: {error}") from None
    if not declarations:
        return register, files
    claims = [path for path in files if real_path(path) not in declarations]
    if not claims:  # named on the command line: say what became of them
        from factcheck.report.escape import terminal

        named = ", ".join(terminal(display_path(Path(path))) for path in files)
        print(
            f"factcheck: {named}: register file{'s' if len(files) > 1 else ''} of subjects "
            "only, valid; no claims file to check",
            file=sys.stderr,
        )
    return register, claims


STDIN = "-"  # a claims file read from standard input
STDIN_DISPLAY = "<stdin>"


def _stdin_result(args: argparse.Namespace, ground: bool, config):  # type: ignore[no-untyped-def]
    """The one result of a claims file given on standard input (`factcheck verify -`).

    Its `article.path` is relative to the current folder, as a file there would have it;
    it is read under the same size limit as any claims file."""
    from factcheck import engine
    from factcheck.safe_paths import format_size

    if args.paths != [STDIN]:
        raise RunError("`-` (a claims file on standard input) cannot go with other paths")
    if getattr(args, "changed_since", None) or getattr(args, "shard", None):
        raise RunError("`-` (standard input) is one file: --changed-since and --shard need paths")
    article = getattr(args, "article", None)
    if article:
        _check_readable(article, config, "--article")
    data = sys.stdin.buffer.read(config.max_file_size + 1)
    if len(data) > config.max_file_size:
        limit = format_size(config.max_file_size)
        raise RunError(f"standard input is larger than max-file-size ({limit})")
    result = engine.check_file(
        Path(STDIN_DISPLAY),
        STDIN_DISPLAY,
        config,
        article_override=Path(article) if article else None,
        ground=ground,
        claims_data=data,
    )
    return iter([result])


def _check_readable(path: str, config, option: str) -> None:  # type: ignore[no-untyped-def]
    """Refuse (exit 2, one line) a file named on the command line that breaks the read rule."""
    from factcheck.safe_paths import Refused

    try:
        config.policy.resolve(path)
    except Refused as refused:
        raise RunError(f"{option}: {refused.message}") from None
    if not Path(path).exists():
        raise RunError(f"{path} does not exist")
    if not Path(path).is_file():
        raise RunError(f"{option}: {path} is not a regular file; factcheck reads only those")


def _changed_files(  # type: ignore[no-untyped-def]
    files: list[str],
    ref: str,
    config,
    register,
    explicit_config: str | None = None,
    listed: dict[str, frozenset[str]] | None = None,
):
    """The files changed since `ref`, and (with a register) what the archive index knows
    of the others, so neither choosing nor comparing reads every claims file. A changed
    configuration, or register file of subjects only, makes every file be checked (the
    reason goes to standard error); with a register whose titles or subject ids the change
    altered, the files with claims about those subjects are checked too
    (`archive/retitled.py`); so are the files naming a changed claims file's claim
    (`FILE#claim-id`, `changes.select_referencing`, without reading the files the index
    recorded as they are). The third item holds the facts of the unchanged files read to
    choose them (by resolved path), for the archive pass; the fourth, why every file is
    checked (None when the change chose them). `listed` holds the links the claims walk
    found in each folder it listed, so those folders are not listed again."""
    from factcheck.changes import (
        ChangesError,
        blobs_at,
        changed_since,
        configuration_change,
        listed_folders,
        select_changed,
        select_referencing,
    )

    try:
        given: list[str] = []  # the changed files' names as git gave them
        changed = changed_since(ref, Path.cwd(), given)
        reason = configuration_change(ref, changed, Path.cwd(), explicit_config)
        what = "the configuration"
        if reason is None and config.register:
            from factcheck.archive.register import register_changed

            reason = register_changed(changed, config.register, config.policy)
            what = "the register file"
        if reason is not None:
            why = f"{what} {display_path(reason)} changed since {ref}"
            _say_full_run(why)
            return files, None, None, why  # every file, checked against the changed settings
        known = None
        if config.register:
            from factcheck.archive.cache import FOLDER, note_untracked_cache
            from factcheck.archive.index_file import known_archive
            from factcheck.changes import repository_root

            def blobs(folders: set[str]) -> dict[str, str]:
                """The blob ids at `ref`; from the same listing, whether the ref's tree
                holds the cache (one `git ls-files` fewer, `note_untracked_cache`)."""
                seen: list[str] = []
                found = blobs_at(ref, Path.cwd(), folders, FOLDER, seen)
                root = Path(os.path.realpath(config.root))
                note_untracked_cache(root, str(repository_root(Path.cwd())), seen, given)
                return found

            names = {str(path) for path in changed}
            known = known_archive(config.root, blobs, names, config.policy)
        # each folder resolved and listed once, for both selections (the walk's listings)
        folders = listed_folders(listed or {})
        if known is None:
            picked = select_changed(files, changed, config.policy, folders=folders)
        else:
            picked = select_changed(
                files, changed, config.policy, known.articles, known.resolved, folders
            )
        read = None
        if register is not None:
            from factcheck.archive.retitled import files_naming, register_change

            change = register_change(register, changed, ref, config)
            if change:
                picked, read = files_naming(files, picked, change, register, config)
        records = known.references if known is not None else None
        resolved = known.resolved if known is not None else None
        chosen = select_referencing(
            files, picked, changed, config.policy, records, resolved, folders
        )
        return chosen, known, read, None
    except ChangesError as error:
        raise RunError(f"--changed-since {ref}: {error}") from None


def _say_full_run(why: str) -> None:
    """One line on standard error (every format's output stays what it is) saying why a
    changed-since run checks every claims file."""
    from factcheck.report.escape import terminal

    print(f"factcheck: {terminal(why)}: checking every claims file", file=sys.stderr)


def _mark_changed_paragraphs(run, ref: str, config) -> None:  # type: ignore[no-untyped-def]
    from factcheck.changes import ChangesError, changed_paragraph_lines

    for result in run.files:
        result.changed_since = ref
        if result.article_file:
            try:
                result.changed_lines = changed_paragraph_lines(
                    Path(result.article_file), ref, config.policy
                )
            except ChangesError as error:
                raise RunError(f"--changed-since {ref}: {error}") from None


def _verify(args: argparse.Namespace) -> int:
    from factcheck.report import ReportContext, render
    from factcheck.report.output import write_atomically

    output_format = args.format or _default_format()
    if output_format in STREAMED and not (args.report_dir or args.changed_since):
        return _verify_streaming(args, output_format)
    run, config = _run(args, ground=True)
    fail_on = "warning" if args.strict else (args.fail_on or config.fail_on)
    failed = run.fails(fail_on)
    context = ReportContext(failed=failed, fail_on=fail_on)
    try:
        if args.report_dir:
            folder = Path(args.report_dir)
            for name, file_name in REPORT_DIR_FILES.items():
                write_atomically(folder / file_name, render(name, run, context))
        if output_format == "rich" and args.changed_since and not run.files:
            print(f"no claims file, article or lock changed since {args.changed_since}")
        elif output_format == "rich":
            _print_rich(run, args, failed)
        elif args.output:
            write_atomically(Path(args.output), render(output_format, run, context))
        else:
            sys.stdout.write(render(output_format, run, context))
        _github_step_summary(output_format, run, context)
    except BrokenPipeError:
        raise  # the reader stopped reading (`| head`): not a failure to write, see main()
    except OSError as error:
        raise RunError(f"cannot write the report: {error}") from None
    return EXIT_FINDINGS if failed else EXIT_OK


# Formats written file by file as results arrive, so an archive run holds one file's
# results at a time, whatever its size.
STREAMED = ("json", "line")


def _verify_streaming(args: argparse.Namespace, output_format: str) -> int:
    from factcheck.findings import SEVERITY_ORDER
    from factcheck.report.output import atomic_text_file

    results, config, _selection = _results(args, ground=True)  # streamed: no --changed-since
    fail_on = "warning" if args.strict else (args.fail_on or config.fail_on)
    worst = -1
    try:
        with atomic_text_file(Path(args.output) if args.output else None) as out:
            writer = _stream_writer(output_format, out)
            for result in results:
                writer.add(result)
                for finding in result.findings:
                    worst = max(worst, SEVERITY_ORDER[finding.severity])
            writer.finish()
    except BrokenPipeError:
        raise  # the reader stopped reading (`| head`): not a failure to write, see main()
    except OSError as error:
        if error.filename and not args.output:
            raise RunError(f"{error.filename}: {error.strerror}") from None
        raise RunError(f"cannot write the report: {error}") from None
    return EXIT_FINDINGS if worst >= SEVERITY_ORDER[fail_on] else EXIT_OK


def _stream_writer(output_format: str, out):  # type: ignore[no-untyped-def]
    if output_format == "json":
        from factcheck.report.json_report import JsonWriter

        return JsonWriter(out)
    from factcheck.report.line_report import LineWriter

    return LineWriter(out)


# Commands that write JSON to standard output whatever their options say.
_JSON_COMMANDS = ("export", "schema")


def _stream_format(args: argparse.Namespace) -> str:
    """The format standard output carries, so what it cannot encode is escaped the way that
    format's reader reads escapes (`report.stream_encoding`)."""
    if args.command in _JSON_COMMANDS:
        return "json"
    return getattr(args, "format", None) or _default_format()


def _default_format() -> str:
    """rich, or GitHub annotations inside a GitHub Actions job."""
    if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in FORMATS:
        return "github"
    return "rich"


def _github_step_summary(output_format: str, run, context) -> None:  # type: ignore[no-untyped-def]
    """With the github format, append the Markdown summary to the job's summary page."""
    from factcheck.report import render

    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if output_format != "github" or not summary or "markdown" not in FORMATS:
        return
    with open(summary, "a", encoding="utf-8") as stream:
        stream.write(render("markdown", run, context))


def _print_rich(run, args: argparse.Namespace, failed: bool) -> None:  # type: ignore[no-untyped-def]
    from factcheck.report.rich_report import render as render_rich

    color = _color(args)
    if not args.output:
        render_rich(run, sys.stdout, failed, color, args.detail)
        return
    import io

    buffer = io.StringIO()
    render_rich(run, buffer, failed, color, args.detail)
    from factcheck.report.output import write_atomically

    write_atomically(Path(args.output), buffer.getvalue())


def _accept(args: argparse.Namespace) -> int:
    import datetime as dt

    from factcheck.pin.accept import AcceptRefused, accept

    if STDIN in args.paths:
        raise RunError("accept needs a claims file, not `-`: the lock is written beside it")
    files_given_as_ids = [c for c in args.claims if c.endswith((".yaml", ".yml"))]
    if files_given_as_ids:
        name = files_given_as_ids[0]
        raise RunError(f"{name} looks like a claims file; name files with --file {name}")
    run, config = _run(args, ground=True)
    wanted = set(args.claims) or None
    known = {claim.id for result in run.files for claim in result.claims}
    unknown = sorted((wanted or set()) - known)
    if unknown:
        raise RunError(f"no claim with id {', '.join(unknown)} in the claims files checked")
    from factcheck.report.escape import terminal as shown  # names and paths from input

    refused = 0
    for path, result in zip(_claims_files(args.paths, config), run.files, strict=True):
        mine = None if wanted is None else wanted & {c.id for c in result.claims}
        if mine == set():
            continue
        try:
            outcome = accept(Path(path), result, mine, dt.date.today(), config.policy)
        except AcceptRefused as refused:
            raise RunError(str(refused)) from None
        except OSError as error:
            raise RunError(f"cannot write the lock file: {error}") from None
        broken = [f for f in result.findings if f.severity == "error" and not f.claim]
        if broken:
            first = broken[0]
            print(f"not accepted: {shown(result.claims_file)}: {shown(first.location)}: "
                  f"{first.code} {shown(first.message)} (run `factcheck verify` and fix it "
                  "first)")  # fmt: skip
            refused += 1
        elif not outcome.accepted and not outcome.refused and not outcome.unchanged:
            print(f"nothing to accept in {shown(result.claims_file)}: no verified claim")
        unchanged = len(outcome.unchanged)
        kept = f"{unchanged} claim{'s' if unchanged != 1 else ''} unchanged since accepted"
        if outcome.accepted:
            count = len(outcome.accepted)
            print(
                f"accepted {count} claim{'s' if count != 1 else ''} in "
                f"{shown(display_path(outcome.lock))}" + (f" ({kept})" if unchanged else "")
            )
        elif unchanged:
            print(f"nothing changed in {shown(display_path(outcome.lock))}: {kept}")
        for claim_id, reason in sorted(outcome.refused.items()):
            print(f"not accepted: {shown(claim_id)}: {shown(reason)}")
        refused += len(outcome.refused)
    return EXIT_FINDINGS if refused else EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from factcheck.extract.command import ExtractError, extract

    if args.output and args.update:
        raise RunError("--output and --update go separately: a new draft, or an addition")
    config = _load_config(args)
    article = Path(args.article)
    _check_readable(args.article, config, "extract")
    if args.update:
        _check_readable(args.update, config, "--update")
    published = None
    if args.published:
        import datetime as dt

        try:
            published = dt.date.fromisoformat(args.published)
        except ValueError:
            message = f"--published takes a date as YYYY-MM-DD, not {args.published!r}"
            raise RunError(message) from None
    try:
        message = extract(
            article,
            Path(args.output) if args.output else None,
            Path(args.update) if args.update else None,
            published,
            config.policy,
        )
    except ExtractError as error:
        raise RunError(str(error)) from None
    except OSError as error:
        raise RunError(f"cannot write the draft: {error}") from None
    print(message)
    return EXIT_OK


# What `validate` prints: the streamed formats, the findings with their hints, annotations.
VALIDATE_FORMATS = ("line", "rich", "json", "github")


def _validate(args: argparse.Namespace) -> int:
    results, _, _ = _results(args, ground=False)
    if args.format == "github":
        from factcheck.report import ReportContext, render
        from factcheck.result import RunResult

        run = RunResult(files=list(results))
        errors = run.count("error")
        sys.stdout.write(render("github", run, ReportContext(failed=errors > 0)))
        return EXIT_FINDINGS if errors else EXIT_OK
    if args.format == "rich":
        from factcheck.report.rich_report import FindingsWriter

        writer = FindingsWriter(sys.stdout, _color(args))
    else:
        writer = _stream_writer(args.format, sys.stdout)
    files = errors = 0
    try:
        for result in results:  # one file at a time: memory does not grow with the archive
            writer.add(result)
            files += 1
            errors += sum(1 for finding in result.findings if finding.severity == "error")
        writer.finish()
    except BrokenPipeError:
        raise  # the reader stopped reading (`| head`): not a failure to write, see main()
    except OSError as error:
        raise RunError(f"{error.filename}: {error.strerror}") from None
    if args.format != "json":  # the JSON report is the whole output: nothing after it
        print(f"{files} claims file{'s' if files != 1 else ''} validated, {errors} error(s)")
    return EXIT_FINDINGS if errors else EXIT_OK


def _color(args: argparse.Namespace) -> bool | None:
    """--color as the rich report takes it: None lets it decide (a terminal gets colour)."""
    color = {"always": True, "never": False}.get(args.color)
    if color is None and (os.environ.get("NO_COLOR") or getattr(args, "output", None)):
        color = False
    return color


def _schema(args: argparse.Namespace) -> int:
    from factcheck.schemas import SCHEMA_NAMES, schema_text, write_schemas

    if args.write is None:
        sys.stdout.write(schema_text(args.which or "claims"))
        return EXIT_OK
    names = (args.which,) if args.which else SCHEMA_NAMES
    try:
        written = write_schemas(Path(args.write), names)
    except OSError as error:
        raise RunError(f"cannot write the schema: {error}") from None
    from factcheck.report.escape import terminal

    print("wrote " + ", ".join(terminal(display_path(path)) for path in written))
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from factcheck.rules import RULES

    if not args.code:
        for rule in RULES.values():
            print(f"{rule.code}  {rule.severity:<7}  {rule.name:<20}  {rule.summary}")
        return EXIT_OK
    rule = RULES.get(args.code.upper()) or next(
        (rule for rule in RULES.values() if rule.name == args.code.lower()), None
    )
    if rule is None:
        import difflib

        names = [*RULES, *(rule.name for rule in RULES.values())]
        close = difflib.get_close_matches(args.code, names, n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        raise RunError(f"unknown code {args.code} ({hint}see `factcheck explain` for the list)")
    sys.stdout.write(rule.explain())
    return EXIT_OK


def _completion(args: argparse.Namespace) -> int:
    from factcheck.completion import completion_script

    sys.stdout.write(completion_script(_parser(), args.shell))
    return EXIT_OK


def _config(args: argparse.Namespace) -> int:
    print(_load_config(args).describe())
    return EXIT_OK


_COMMANDS = {
    "verify": _verify,
    "accept": _accept,
    "extract": _extract,
    "validate": _validate,
    "schema": _schema,
    "explain": _explain,
    "config": _config,
    "completion": _completion,
}


EXPORT_HELP = """\
Write schema.org ClaimReview JSON-LD (a JSON array of ClaimReview objects) for the claims
whose status is false or disputed, or for the claims named with --claim (verified ones
too), as search engines and fact-check aggregators read fact checks.

The reviewing organisation comes from the configuration, for example in factcheck.yaml:

  claimreview:
    author: {name: Example News, url: https://news.example.org}
    review-url: https://news.example.org/fact-checks/{file}#{claim}   # optional

Without review-url, a review's url is the article's own (publish the markup on the
article's page). The article's front matter gives url, title, published, author and
outlet (an HTML page: its canonical link and meta tags).
Ratings: False 1, Disputed 2, True 3 (worst 1, best 3).

Nothing is written unless every chosen claim can be published: a claim without an article
url or publication date, an unverified claim, or one whose words are no longer in the
article is reported at its line on stderr, and the exit code is 1. Exit 2: the run could
not happen (no claimreview configuration, unknown claim id, bad option or path).
"""


def _add_export(commands) -> None:  # type: ignore[no-untyped-def]
    export = commands.add_parser(
        "export",
        help="write claims in another vocabulary (claimreview: schema.org JSON-LD)",
        description=EXPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("vocabulary", choices=("claimreview",), help="what to write")
    export.add_argument("paths", nargs="*", metavar="PATH", help="claims files or folders")
    export.add_argument("--output", metavar="FILE", help="write here, not to stdout")
    export.add_argument(
        "--claim",
        dest="claims",
        action="append",
        default=[],
        metavar="ID",
        help="export this claim, whatever its status (repeat for more); "
        "default: every false or disputed claim",
    )
    export.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the reviews' publication date (datePublished; default: today)",
    )
    export.add_argument("--config", metavar="FILE", help="configuration file to use")
    _root_option(export)


def _export(args: argparse.Namespace) -> int:
    import datetime as dt

    from factcheck.export.claimreview import export_claimreviews
    from factcheck.export.jsonld import jsonld_text
    from factcheck.report.escape import terminal, terminal_line
    from factcheck.report.output import write_atomically

    config = _load_config(args)
    settings = config.claimreview
    if settings is None:
        raise RunError(
            f"ClaimReview needs the reviewing organisation: add to the configuration "
            f"({config.source}) a table such as `claimreview: {{author: {{name: Example News, "
            f"url: https://news.example.org}}}}` (see `factcheck export --help`)"
        )
    try:
        review_date = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        raise RunError(f"--date takes a date as YYYY-MM-DD, not {args.date!r}") from None
    files = _claims_files(args.paths, config)
    wanted = set(args.claims) or None
    try:
        export = export_claimreviews(files, settings, wanted, review_date, config.policy)
    except OSError as error:
        raise RunError(f"{error.filename}: {error.strerror}") from None
    unknown = sorted((wanted or set()) - export.found)
    if unknown:
        raise RunError(f"no claim with id {', '.join(unknown)} in the claims files read")
    if export.problems:
        for problem in export.problems:
            print(terminal_line(terminal(str(problem))), file=sys.stderr)
        count = len(export.problems)
        print(
            f"nothing exported: {count} problem{'s' if count != 1 else ''} above; a claim that "
            "cannot be published as ClaimReview is never left out silently",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    text = jsonld_text(export.reviews)
    try:
        if args.output:
            write_atomically(Path(args.output), text)
        else:
            sys.stdout.write(text)
    except OSError as error:
        raise RunError(f"cannot write the reviews: {error}") from None
    count = len(export.reviews)
    where = f" to {terminal(args.output)}" if args.output else ""
    what = f" ({', '.join(export.claims)})" if export.claims else ""
    stream = sys.stdout if args.output else sys.stderr
    print(f"wrote {count} ClaimReview{'s' if count != 1 else ''}{where}{what}", file=stream)
    return EXIT_OK


_COMMANDS["export"] = _export
