"""Fiscal years in a date claim: say why they cannot be checked, and what to write instead.

"FY2007" or "fiscal 2009" names a year whose months are its keeper's: the US government's
runs from October to September, the UK's from April to March, a company's where it likes.
The words do not say whose it is, so no date can be read from them, and the claims model
has no fiscal year to state. A date claim on such words is refused like any unreadable
date (FC302 for its `text`, FC106 for a `value: FY2007`), with this hint instead of the
generic one.
"""

from __future__ import annotations

from factcheck.lazy_pattern import LazyPattern

# "FY2007", "FY 2007", "FY-07", "FY'07", "fiscal 2009", "fiscal year 2009", "Fiscal-Year
# 2007": FY in capitals (as newsrooms write it), "fiscal" in any case.
# Compiled on first use: a clean verify never needs it.
_FISCAL_YEAR = LazyPattern(
    r"(?<![\w-])(?:FY|(?i:fiscal)(?:[\s-]+(?i:year))?)[\s-]*['’]?([0-9]{4}|[0-9]{2})(?![\w-])"
)


def fiscal_year_in(words: str) -> str | None:
    """The fiscal year `words` name ("FY2007"), as written, if they name one."""
    found = _FISCAL_YEAR.search(words)
    return found.group(0) if found else None


def fiscal_year_hint(named: str) -> str:
    """What to do with a date claim on the fiscal year `named`."""
    return (
        f"“{named}” is a fiscal year, and whose it is (the US government's runs October to "
        "September, the UK's April to March, a company's its own) is not in the words, so no "
        "date can be read from them. If the article gives the period's dates, claim those "
        "as an interval (`value: 2006-10/2007-09`, `text: from October 2006 to September "
        f"2007`); else claim the words as they stand (`type: text`, `value: {named}`)."
    )
