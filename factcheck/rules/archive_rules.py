"""FC6xx: articles of one archive that disagree about a shared subject (docs/archive.md)."""

from __future__ import annotations

from factcheck.rules.rule import Rule

ARCHIVE_RULES: tuple[Rule, ...] = (
    Rule(
        "FC601",
        "conflicting-across-articles",
        "error",
        "Two articles give one registered subject's property values that cannot both be true.",
        "With a `register:` configured, a subject id declared in a register file is one "
        "event, person or place in every claims file. Claims about it in different files "
        "must agree at their precision: dates whose intervals share a day, numbers and "
        'durations whose qualified ranges overlap ("up to 1,200" and "at least 1,000" '
        "do), the same name. The finding stands at the claim of the file checked second "
        "and names the other file, both articles' words and both datelines. Claims marked "
        "`false` are left out; a claim that `corrects:` or `supersedes:` the other is not "
        "a conflict.",
        "# claims/a.yaml (June 2)\n"
        "- {id: proposal, subject: ceasefire-proposal, property: length, type: duration,\n"
        "   value: P30D, text: 30-day}\n"
        "# claims/b.yaml (June 27)\n"
        "- {id: proposal, subject: ceasefire-proposal, property: length, type: duration,\n"
        "   value: P90D, text: 90-day}",
        "# claims/b.yaml (June 27)\n"
        "- {id: proposal, subject: ceasefire-proposal, property: length, type: duration,\n"
        "   value: P30D, text: 30-day}",
    ),
)
