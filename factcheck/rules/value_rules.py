"""FC3xx: the claim's value is not what the article's words say."""

from __future__ import annotations

from factcheck.rules.rule import Rule

VALUE_RULES: tuple[Rule, ...] = (
    Rule(
        "FC301",
        "value-mismatch",
        "error",
        "The claim's `value` differs from what its `text` says.",
        "The words are read as a value of the claim's type, dates against the article's "
        'dateline ("June 2" in an article published 2025-06-27 is 2025-06-02), and compared '
        "with the claimed value. A wrong year, day or count is the most common slip of a "
        'fact-checker typing a value. Times of day (`type: time`) are read from "2:44 p.m.", '
        '"noon" or "3:58 p.m. Istanbul time" (15:58+03:00) and written HH:MM, with an '
        "optional offset, date (2025-06-02T14:44+03:00) or second end (14:44/15:58); the "
        "claim may add an offset or date the article leaves out, not change its clock times. "
        'Frequencies (`type: frequency`) are read from "daily", "every two weeks", "each '
        'Thursday" and written as ISO 8601 repeating intervals: R/P1D, R/P2W, R/P1W/Thursday '
        '("every week" is R/P1W, not R/P2W).',
        "    type: date\n    value: 2024-06-02\n    text: June 2",
        "    type: date\n    value: 2025-06-02\n    text: June 2",
    ),
    Rule(
        "FC302",
        "value-unreadable",
        "error",
        "The claim's `text` cannot be read as a value of the claim's type.",
        "A date claim whose text holds no date, or a count whose text holds no number, cannot "
        "be checked: the text is probably too short or too long, or the type is wrong. A "
        'fiscal year ("FY2007", "fiscal 2009") is no date either: whose fiscal year it is, '
        "and so which months it holds (the US government's run October to September, the "
        "UK's April to March), is not in the words. The hint says so and what to write "
        "instead: the period's dates as an interval where the article gives them "
        "(`value: 2006-10/2007-09`, `text: from October 2006 to September 2007`), else the "
        "words as they stand (`type: text`, `value: FY2007`); a `value: FY2007` is FC106 "
        "with the same hint.",
        "    type: number\n    value: 1200\n    text: prisoners from each side",
        "    type: number\n    value: 1200\n    qualifier: up to\n    text: up to 1,200",
    ),
    Rule(
        "FC303",
        "qualifier-mismatch",
        "error",
        'The article qualifies the value ("up to", "over", "nearly") differently.',
        '"up to 1,200" is at most 1,200, not 1,200; "nearly three-and-a-half years" is a '
        "little under. The claim must carry the article's qualifier (or none when it has none).",
        "    value: 1200\n    text: up to 1,200",
        "    value: 1200\n    qualifier: up to\n    text: up to 1,200",
    ),
    Rule(
        "FC304",
        "value-more-precise",
        "warning",
        'The value is more precise than the article\'s words (a day for "March 2022").',
        "A value inside what the words say but more precise than them is knowledge from "
        "outside the article. That may be right, but it is not what the article states: write "
        "the article's precision, or silence the finding on the claim with a reason.",
        "    value: 2022-03-29\n    text: March 2022",
        "    value: 2022-03\n    text: March 2022",
    ),
    Rule(
        "FC305",
        "quote-differs",
        "error",
        "A quote claim's `value` is not the words of its `text`.",
        "A quote's value is the verbatim quoted words; it must equal the article's words "
        "(quote marks, dashes and spacing aside).",
        "    type: quote\n    value: we will be glad to prepare it\n"
        "    text: We will be happy to prepare it",
        "    type: quote\n    value: We will be happy to prepare it\n"
        "    text: We will be happy to prepare it",
    ),
    Rule(
        "FC306",
        "quote-not-marked",
        "error",
        "A quote claim's words are not inside quotation marks in the article.",
        "A direct quote is only a quote if the article puts it in quotation marks. If an edit "
        "turned the quote into paraphrase, the claim must become a text claim.",
        "article: Putin said it was quite possible\nclaim:   type: quote, text: quite possible",
        'article: Putin said it was "quite possible"\nclaim:   type: quote, text: quite possible',
    ),
    Rule(
        "FC307",
        "name-not-in-text",
        "error",
        "A place, person, role or organisation claim's value is not named in its `text`.",
        "For named things the value (or one of its subject's names and aliases) must appear "
        'in the claimed words: a venue claim "Istanbul" grounded in "in Ankara" is wrong.',
        "    type: place\n    value: Istanbul\n    text: Ankara",
        "    type: place\n    value: Istanbul\n    text: Istanbul",
    ),
)
