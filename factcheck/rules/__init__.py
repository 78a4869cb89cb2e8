"""The catalogue of finding codes: one code, one name, one default severity, one doc.

Like ruff's and sqlfluff's rule registries: codes are stable forever (a retired code is
never reused), and `factcheck explain CODE` prints the doc with its two examples.
"""

from __future__ import annotations

from factcheck.rules.catalog import RULES, Rule, rule

__all__ = ["RULES", "Rule", "rule"]
