"""Every finding code is documented, has both examples, is used by the code and is tested."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from factcheck.rules import RULES

_SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "factcheck").rglob("*.py"))
_TESTS = "\n".join(
    p.read_text(encoding="utf-8", errors="replace")
    for p in (ROOT / "tests").rglob("*")
    if p.is_file() and p.suffix in (".py", ".yaml")
)


def test_codes_are_stable_three_digit_codes_in_families() -> None:
    assert all(re.fullmatch(r"FC[1-6][0-9]{2}", code) for code in RULES)
    assert len({rule.name for rule in RULES.values()}) == len(RULES)


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented_with_examples(code: str) -> None:
    rule = RULES[code]
    assert rule.severity in ("error", "warning", "info")
    assert len(rule.doc) > 80 and rule.doc.endswith((".", ")"))
    assert rule.failing.strip() and rule.passing.strip()
    assert rule.failing != rule.passing


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_emitted_by_the_code(code: str) -> None:
    rules_dir = ROOT / "factcheck" / "rules"
    emitted = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "factcheck").rglob("*.py")
        if rules_dir not in p.parents
    )
    assert f'"{code}"' in emitted


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_a_test_expecting_it(code: str) -> None:
    assert re.search(rf"expect: {code}\b|\"{code}\"", _TESTS), f"no test expects {code}"


def test_every_code_the_package_emits_is_documented() -> None:
    emitted = set(re.findall(r'"(FC[0-9]{3})"', _SOURCE))
    assert emitted <= set(RULES), emitted - set(RULES)
