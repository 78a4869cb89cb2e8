"""FC2xx: a claim's words are not (or not unambiguously) in the article."""

from __future__ import annotations

from factcheck.rules.rule import Rule

GROUNDING_RULES: tuple[Rule, ...] = (
    Rule(
        "FC201",
        "text-not-found",
        "error",
        "The claim's `text` is not in the article.",
        "Each claim is grounded in the article's own words. Quotes, dashes, spaces, line "
        "breaks and Markdown emphasis may differ; words, numbers and letter case may not, and "
        'matches fall on whole words ("June 2" is not found inside "June 25"). The hint '
        "shows the nearest passage the article has now, with its line: usually the sentence "
        "was edited and the claim must be re-checked.",
        "article: ...took place on June 3 in Istanbul...\nclaim:   text: June 2",
        "article: ...took place on June 2 in Istanbul...\nclaim:   text: June 2",
    ),
    Rule(
        "FC202",
        "text-ambiguous",
        "error",
        "The claim's `text` occurs more than once and no `context` says which one is meant.",
        '"June 27" appears in the caption and twice in the body; a claim about one of them '
        "must say which, with a `context` that occurs once and contains the text once. The "
        "finding lists the lines of every occurrence.",
        "    text: June 27",
        "    text: June 27\n    context: Putin said on June 27 that it was",
    ),
    Rule(
        "FC203",
        "context-not-found",
        "error",
        "The claim's `context` is not in the article (or is in it more than once).",
        "The context picks one occurrence of the text; if the article no longer has that "
        "passage, the claim's ground has changed. The hint shows the nearest passage.",
        "    context: took place on June 2 in Ankara",
        "    context: took place on June 2 in Istanbul",
    ),
    Rule(
        "FC204",
        "text-not-in-context",
        "error",
        "The `context` is in the article but does not contain the claim's `text` exactly once.",
        "The context must contain the text, so that the text's position is fixed by it; a "
        "context holding the text twice does not say which one is meant. Usually the text or "
        "the context was edited alone.",
        "    text: June 2\n    context: following an earlier meeting on May 16",
        "    text: May 16\n    context: following an earlier meeting on May 16",
    ),
    Rule(
        "FC205",
        "sentence-changed",
        "error",
        "The sentence a verified claim was accepted against has changed since.",
        "`factcheck accept` pins, in a lock file beside the claims file, the sentence each "
        "verified claim was checked against. When that sentence changes, the claim's words may "
        'survive while its meaning does not: "took place on June 2 in Istanbul" becoming '
        '"… in Ankara" keeps "June 2". The finding shows the change word by word; re-check '
        "the claim, then accept it again (an explicit act: nothing re-accepts by itself).",
        "lock:    took place on June 2 in Istanbul\narticle: took place on June 2 in Ankara",
        "lock:    took place on June 2 in Istanbul\narticle: took place on June 2 in Istanbul",
    ),
    Rule(
        "FC206",
        "lock-unreadable",
        "error",
        "The lock file beside the claims file cannot be read.",
        "The lock file is written by `factcheck accept` and should never be edited by hand. If "
        "it is damaged (a bad merge, say), restore it from version control or accept the claims "
        "again.",
        '{"version": 1, "claims": {"round-2-date": {"sentence": ...   (cut short)',
        '{"version": 1, "claims": {"round-2-date": {"sentence": "...", "text": "June 2", ...}}}',
    ),
    Rule(
        "FC207",
        "words-replaced",
        "error",
        "The article now has other words where a claim's words (its `text` or `context`) were.",
        "An edit of one fact used to break several claims at once: the claim of the fact "
        "(FC201 or FC203), claims whose `context` held the same words (FC203), claims pinned to "
        "the sentence (FC205), and the new words themselves, which no claim covers (FC501). "
        "factcheck finds the sentence the claim was verified in (the lock's pinned sentence, "
        "else the nearest passage to the claim's `context`), aligns it word by word with the "
        "sentence the article has now, and reports each changed stretch once: the old words, "
        "the new words, both places and every claim affected. The findings the edit caused are "
        "kept in the JSON report with `folded_into` naming this finding's `cause`, shown under "
        "it by the other formats, and counted once. When the lock's sentence is gone from the "
        "article (no sentence shares half its word pairs, and no claim's context finds the "
        "edit), the sentence was deleted: one FC207 says so, names every claim verified "
        "against it and, where the claims around it tell, where it stood. Decide which is "
        "right: correct the article, or update the claims and accept them again.",
        "lock:    ...took place on June 2 in Istanbul...\n"
        "article: ...took place on June 3 in Istanbul...\n"
        "claim:   text: June 2\n"
        "\n"
        "lock:    Despite Ukraine's insistence on a 30-day ceasefire, Russia has ...\n"
        "article: (that sentence deleted)\n"
        "claim:   text: 30-day ceasefire",
        "lock:    ...took place on June 2 in Istanbul...\n"
        "article: ...took place on June 2 in Istanbul...\n"
        "claim:   text: June 2",
    ),
)
