"""An ordinal runs to the noun it ranks when that noun is what sport and disaster stories rank
(a medal, a title, a win, a storm, a quake) and health stories rank (a case, a death), past a
name or a material before it: "its second Olympic gold medal" (found on tests/gold-dev-news),
"the first Ebola case" (tests/gold-dev-quotes); checked here on sentences written for these
tests. The words before such a noun that are no noun stop it as before.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2012, 8, 12)


def _ordinals(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.value.n) for m in find_mentions(text, ANCHOR) if m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        (
            "It earned Uganda only its second Olympic gold medal.",
            [("second Olympic gold medal", 2)],
        ),
        ("She won a fifth Grand Slam title on Sunday.", [("fifth Grand Slam title", 5)]),
        ("It was the team's third straight win.", [("third straight win", 3)]),
        ("A second strong earthquake hit the town.", [("second strong earthquake", 2)]),
        ("Goni is the ninth storm to hit the islands.", [("ninth storm", 9)]),
        # Health stories rank cases and deaths (found on tests/gold-dev-quotes).
        ("It is the first Ebola case diagnosed here.", [("first Ebola case", 1)]),
        ("The second confirmed death came on Friday.", [("second confirmed death", 2)]),
        ("Officials reported the first suspected case in May.", [("first suspected case", 1)]),
        # Other words in -ed still end it, and a participle with no noun after it is a verb.
        ("He was the first arrested at the scene.", []),
        ("The virus was first detected in May and first reported to the WHO.", []),
        # A verb or a preposition before the noun stops the ordinal's phrase where it stood.
        ("The first team to win a medal was Kenya's.", [("first team", 1)]),
    ],
)
def test_an_ordinal_runs_to_the_noun_it_ranks(text: str, ordinals: list) -> None:
    assert _ordinals(text) == ordinals
