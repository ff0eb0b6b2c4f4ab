"""The run-wide pre-passes read in parts by worker processes: the house
style, GL002's gate, the names the run spells out and the glossary
directives come out as one read of every file in turn gives them."""

from __future__ import annotations

import multiprocessing
import pickle
from pathlib import Path

import pytest

from glossary_lint.config import Config
from glossary_lint.engine import Linter
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.rules import house_style
from glossary_lint.rules.house_style import HouseSurvey, survey
from glossary_lint.runner import PARALLEL_THRESHOLD, _survey_run, lint_files

from conftest import CORPUS, needs_corpus

GLOSSARY = """version: 1
terms:
  - id: pantry
    term: pantry
    definition: Where the food is kept.
  - id: tea-towel
    term: tea towel
    definition: A cloth for drying cups.
  - id: spoonrack
    term: SpoonRack
    definition: The class that holds spoons.
  - id: gauge
    term: gauge
    definition: A meter.
"""

#: Chapters whose house style is more than any one of them shows: the Pantry
#: capitalised in several, ``teatowel`` closed up, ``SpoonRack`` written as code.
CHAPTERS = [
    "Stock the Pantry daily, and ask the Pantry crew.\n",
    "Dry it with a teatowel. Every teatowel hangs by the door.\n",
    "Call `SpoonRack()` once. The spoon rack holds six.\n",
    "Each Pantry shelf is cold; a teatowel lies on it.\n",
    "A `SpoonRack` object is a spoonrack. Hang the teatowel there.\n",
    "Find the jam in the Pantry now. A pantry is a room.\n",
    "Fold the tea towel twice, then the teatowel again.\n",
    "Spoonracks hold spoons; the SpoonRack class counts them.\n",
    "The Pantry door sticks. So does the pantry window.\n",
]


def _parts(texts: list[str], glossary, matcher, cuts: list[int]) -> HouseSurvey:
    """The texts surveyed in parts split at ``cuts``, each part sent through
    pickle (as a worker sends it), merged in order."""
    bounds = [0, *cuts, len(texts)]
    whole = HouseSurvey(glossary, matcher)
    for start, end in zip(bounds, bounds[1:]):
        part = HouseSurvey(glossary, matcher)
        for text in texts[start:end]:
            part.add(text)
        whole.merge(pickle.loads(pickle.dumps(part)))
    return whole


def test_a_survey_merged_from_parts_is_the_survey_of_every_text():
    glossary = parse_glossary(GLOSSARY)
    matcher = Matcher(glossary)
    once = survey(CHAPTERS, glossary, matcher)
    assert once.capitalised_terms and once.spacings  # the chapters show a house style
    for cuts in ([1], [4], [2, 5, 7], list(range(1, len(CHAPTERS)))):
        assert _parts(CHAPTERS, glossary, matcher, cuts).result() == once, cuts


def test_a_part_sent_between_processes_leaves_the_glossary_behind():
    glossary = parse_glossary(GLOSSARY)
    part = HouseSurvey(glossary, Matcher(glossary))
    for text in CHAPTERS:
        part.add(text)
    received = pickle.loads(pickle.dumps(part))
    assert received._glossary is None and received.spacings.matcher is None
    assert received.in_code.index is None and not received.parts


def _habit_pages(tmp_path: Path) -> list[Path]:
    """Sixteen pages that each spell out an acronym of their own (GL002's gate
    opens at fifteen in the run, never in one page or a few), and a last page
    that uses one it never spells out."""
    words = ["Amber", "Birch", "Cobalt", "Dune", "Ember", "Fjord", "Glacier", "Harbor", "Iris", "Juniper"]
    words += [
        "Kelp",
        "Lagoon",
        "Meadow",
        "Nectar",
        "Orchid",
        "Prairie",
        "Quarry",
        "Reef",
        "Saffron",
        "Tundra",
    ]
    paths = []
    for i in range(16):
        a, b, c = words[i], words[(i + 3) % 20], words[(i + 7) % 20]
        short = a[0] + b[0] + c[0]
        path = tmp_path / f"p{i:02}.md"
        path.write_text(f"# Page {i}\n\nWe tune the {a} {b} {c} ({short}) by hand. The {short} settles.\n")
        paths.append(path)
    for i, chapter in enumerate(CHAPTERS):
        path = tmp_path / f"s{i:02}.md"
        path.write_text(f"# Kitchen {i}\n\n{chapter}", encoding="utf-8")
        paths.append(path)
    last = tmp_path / "zz.md"
    last.write_text("# Last\n\nThe QRXV gauge reads high. Check the QRXV again.\n")
    return [*paths, last]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers fork")
def test_workers_read_the_files_and_the_findings_are_a_serial_runs(tmp_path, monkeypatch):
    paths = _habit_pages(tmp_path)
    assert len(paths) >= 2 * PARALLEL_THRESHOLD
    read_here: list[str] = []
    real_add = HouseSurvey.add
    # Counted in this process only: a forked worker counts in its own memory.
    monkeypatch.setattr(HouseSurvey, "add", lambda self, text: read_here.append(text) or real_add(self, text))

    def findings(jobs: int) -> list[tuple[str, int, str, str | None]]:
        linter = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
        return [
            (Path(f.path).name, f.line, f.code, f.found)
            for found in lint_files(paths, linter, jobs)
            for f in found
        ]

    serial = findings(1)
    assert len(read_here) == len(paths)
    read_here.clear()
    parallel = findings(2)
    assert read_here == []  # the workers surveyed the files
    assert parallel == serial
    assert ("zz.md", 3, "GL002", "QRXV") in serial  # the gate opened: shown by the run, in no part alone
    alone = Linter(parse_glossary(GLOSSARY), Config(root=tmp_path))
    assert [f for found in lint_files(paths[-1:], alone, 1) for f in found if f.code == "GL002"] == []


@needs_corpus()
@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers fork")
def test_the_handbook_read_in_parts_gives_the_answers_of_one_read():
    from glossary_lint.discovery import discover
    from glossary_lint.glossary.loader import load_glossary
    from glossary_lint.runner import _pool

    root = Path(__file__).resolve().parent.parent
    glossary_path = root / "data" / "glossary.yaml"
    config = Config(root=root, glossary=glossary_path)
    files = list(discover([CORPUS], config))

    def answers(parallel: bool):
        linter = Linter(load_glossary(glossary_path), config)
        if parallel:
            with _pool(linter, 2) as pool:
                _survey_run(files, linter, pool, 2)
        else:
            _survey_run(files, linter)
        return linter.house, linter.defines_acronyms, set(linter.directive_terms), set(linter.run_names)

    house_style._CODE_NAMES.clear()
    assert answers(True) == answers(False)
