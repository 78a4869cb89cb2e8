"""`factcheck completion bash|zsh`: a shell completion script, generated from the parser.

Built from the argparse parser itself, so a new subcommand, option or format completes
without anyone updating a script (shtab does the same, but a dependency for one small
script generated from data we already hold was not worth it). zsh runs the bash script
through its `bashcompinit` layer.
"""

from __future__ import annotations

import argparse
import shlex

SHELLS = ("bash", "zsh")

_FUNCTION = """\
# factcheck completion for {shell}. Load it in your shell's start-up file:
#   eval "$(factcheck completion {shell})"
{preamble}_factcheck() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local command="${{COMP_WORDS[1]}}" words=""
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W {top} -- "$cur"))
        return
    fi
    case "$command $prev" in
{values}
    esac
    case "$command" in
{options}
    esac
    if [[ "$cur" == -* || " {worded} " == *" $command "* ]]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}}
complete -o filenames -o bashdefault -F _factcheck factcheck
"""

_ZSH_PREAMBLE = "autoload -U +X bashcompinit && bashcompinit\n"


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for `shell` (bash or zsh) of `parser`'s commands."""
    commands = _subcommands(parser)
    top = sorted(commands) + _option_strings(parser)
    values, options, worded = [], [], []
    for name, command in sorted(commands.items()):
        words = _option_strings(command)
        if name == "explain":
            words = _explain_words() + words
            worded.append(name)
        for action in command._actions:
            if action.choices and action.option_strings:
                for option in action.option_strings:
                    choices = shlex.quote(" ".join(map(str, action.choices)))
                    values.append(
                        f'        "{name} {option}") COMPREPLY=($(compgen -W {choices} -- '
                        '"$cur")); return ;;'
                    )
            elif action.choices and not action.option_strings:  # schema's `which`
                words = [*map(str, action.choices), *words]
                worded.append(name)
        options.append(f"        {name}) words={shlex.quote(' '.join(words))} ;;")
    return _FUNCTION.format(
        shell=shell,
        preamble=_ZSH_PREAMBLE if shell == "zsh" else "",
        top=shlex.quote(" ".join(top)),
        values="\n".join(values),
        options="\n".join(options),
        worded=" ".join(worded),
    )


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _option_strings(parser: argparse.ArgumentParser) -> list[str]:
    return [option for action in parser._actions for option in action.option_strings]


def _explain_words() -> list[str]:
    from factcheck.rules import RULES

    return [word for rule in RULES.values() for word in (rule.code, rule.name)]
