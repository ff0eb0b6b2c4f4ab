"""GL001 and two kinds of one thing named side by side, each capitalised
before the same noun (``Kettle repairs and Toaster repairs``): the author
writes each kind as a name, so a lower-case term capitalised there is no
slip.  A capital with no parallel one, or one before another noun, still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.rules.case_context import paired_in_contrast
from glossary_lint.runner import run

GLOSSARY = """terms:
  - id: kettle
    term: kettle
    definition: A pot with a spout for boiling water.
"""


def gl001(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    found = run([tmp_path / "page.md"], linter, jobs=1).findings
    return [f.found for f in found if f.code == "GL001"]


@pytest.mark.parametrize(
    "text",
    [
        "The shop takes both Kettle repairs and Toaster repairs on weekdays.\n",
        "The shop takes both Toaster repairs and Kettle repairs on weekdays.\n",
        "The shop takes Toaster repairs, Kettle repairs and others.\n",
        "The shop takes Kettle repairs or\nToaster repairs, never both.\n",
    ],
)
def test_a_term_capitalised_beside_a_parallel_kind_is_no_slip(tmp_path, text):
    assert gl001(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The shop takes both Kettle repairs and other repairs on weekdays.\n",
        "The shop takes both Kettle repairs and Toaster orders on weekdays.\n",
        "The shop takes Kettle repairs on weekdays.\n",
        "The shop takes both Kettle repairs and the repairs of lamps.\n",
    ],
)
def test_a_lone_capital_or_one_before_another_noun_is_still_a_slip(tmp_path, text):
    assert gl001(tmp_path, text) == ["Kettle"]


def test_the_pairing_needs_a_capital_on_the_span_itself():
    text = "both kettle repairs and Toaster repairs"
    start = text.index("kettle")
    assert not paired_in_contrast(text, start, start + len("kettle"))
