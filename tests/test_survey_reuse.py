"""What the house survey reads off each file is not read again by the check
(issue 14): the same answers, each file's searched once."""

from __future__ import annotations

import random
import re

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.rules import house_style
from glossary_lint.runner import run

GLOSSARY = (
    "terms:\n  - id: pool\n    term: connection pool\n    definition: Connections kept open for reuse.\n"
    "  - id: broker\n    term: broker\n    definition: What hands out the connections.\n"
)
PAGES = {
    "one.rst": "Setup\n=====\n\nCreate a ``Broker`` first: ``Broker()`` takes a URL.\n"
    "Then the Broker opens a connection pool, as every broker does.\n",
    "two.rst": "More\n====\n\nA Broker (see :class:`.Broker`) keeps one connection pool.\n",
}


def _pattern_names(source: str) -> frozenset[str]:
    return frozenset(marked or first + rest for first, marked, rest in house_style._CODE_NAME.findall(source))


def test_code_names_are_the_pattern_s_whoever_asks_and_however_often(monkeypatch):
    rng = random.Random(14)
    pieces = [
        "``Pool``",
        "`Pool`",
        ".Pool(",
        "Pool(",
        "~Pool>",
        "<Pool>",
        "Pool",
        " ",
        "a",
        "\n",
        "é",
        "Ab_1",
    ]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(12))) for _ in range(2000)]
    monkeypatch.setattr(house_style, "_CODE_NAMES_KEPT", 50)  # cleared many times over
    for text in texts + texts[::-1]:
        assert house_style.code_names(text) == _pattern_names(text)
        assert house_style.code_names("".join(list(text))) == _pattern_names(text)  # an equal copy


class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searched: list[str] = []

    def findall(self, text: str) -> list[tuple[str, str]]:
        self.searched.append(text[:5])
        return self.pattern.findall(text)


def test_a_checked_file_s_code_names_are_those_the_survey_read(tmp_path, monkeypatch):
    monkeypatch.setattr(house_style, "_CODE_NAMES", {})
    counting = _Counting(house_style._CODE_NAME)
    monkeypatch.setattr(house_style, "_CODE_NAME", counting)
    paths = []
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path, select=["GL001"]))
    run(paths, linter, jobs=1)
    assert sorted(counting.searched) == ["More\n", "Setup"]
