"""The matcher's index kept with the cached glossary: read back with no
step per term, candidates made only for the keys prose looks up, and the
same mentions whether the cache was cold, warm or off."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary_lint.glossary.cache import load_glossary_cached
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.model import Term
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.markdown import parse_markdown

#: Invented entries of every shape the index holds: one-word terms long
#: enough for typos, multi-word terms with a distinctive word, aliases,
#: abbreviations and variants.
POTTERY = """\
version: 1
terms:
  - id: kiln-shelf
    term: kiln shelf
    definition: A slab that pots stand on while fired.
    aliases: [batt]
  - id: slipcasting
    term: slipcasting
    definition: Pouring liquid clay into a plaster mould.
    variants: [slip-casting]
  - id: glaze-crawling
    term: Glaze Crawling
    definition: A glaze pulling back from the body in the firing.
  - id: cone-pack
    term: cone pack
    abbreviation: CPK
    definition: Witness cones set in clay to read a firing.
  - id: wedging
    term: wedging
    definition: Kneading clay to drive out the air.
"""

#: Prose that meets each kind: a key, an alias, an abbreviation, a variant,
#: a plural, a typo, a distinctive word split by a hyphen and a split compound.
PROSE = (
    "Set the kiln shelf and the batt, then the CPK. Slip-casting needs a mould; "
    "slipcastng is a slip. Glaze crawling shows as crawl-ing, and wedgng first; "
    "some write slip casting.\n"
)

#: Many more entries than a page mentions.
MANY = "".join(
    f"  - id: made-up-{i}\n    term: Quorvex{i:04} Plinth\n    definition: An invented thing.\n"
    for i in range(400)
)


def _mentions(matcher: Matcher) -> list[tuple[str, bool, tuple[tuple[str, str], ...]]]:
    document = parse_markdown("page.md", PROSE)
    return [
        (m.found, m.typo, tuple((c.term.id, c.spelling.text) for c in m.candidates))
        for m in matcher.document_mentions(document.segments)
    ]


@pytest.fixture
def pottery(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("GLOSSARY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "pottery.yaml"
    path.write_text(POTTERY + MANY, encoding="utf-8")
    return path


def test_the_same_mentions_with_the_cache_cold_warm_and_off(pottery):
    off = _mentions(Matcher(load_glossary_cached(pottery, use_cache=False)))
    cold = _mentions(Matcher(load_glossary_cached(pottery)))
    warm = _mentions(Matcher(load_glossary_cached(pottery)))
    assert off == cold == warm
    found = [m[0] for m in off]
    assert "kiln shelf" in found and "batt" in found and "CPK" in found and "Slip-casting" in found
    assert ("slipcastng", True) in [m[:2] for m in off] and "slip casting" in found


def test_a_warm_index_takes_no_step_per_term_and_makes_only_the_candidates_met(pottery, monkeypatch):
    Matcher(load_glossary_cached(pottery))  # the first run computes the index and writes it
    asked: list[str] = []
    real = Term.spellings
    monkeypatch.setattr(Term, "spellings", lambda self: asked.append(self.id) or real(self))
    matcher = Matcher(load_glossary_cached(pottery))
    assert asked == []  # the index came from the cache: not one term's spellings were read
    _mentions(matcher)
    # Candidates are made for the entries prose names (or nearly names), not for the 400 others.
    assert 0 < len(set(asked)) <= 5 and not any(a.startswith("made-up") for a in asked)


def test_a_glossary_without_the_cache_still_indexes_every_spelling():
    glossary = parse_glossary(POTTERY)
    matcher = Matcher(glossary)
    for term in glossary:
        for spelling in term.spellings():
            key = "".join(w.casefold() for w in spelling.text.replace("-", " ").split())
            assert any(c.term is term and c.spelling == spelling for c in matcher.index.candidates(key)), (
                spelling
            )


def test_the_table_keeps_the_shapes_of_the_words_a_typo_is_looked_for_in():
    """Worked out once with the table, not by every run from the long keys:
    each word one slip from a long key (a letter dropped, added, changed, or
    two swapped, never the first) shares a shape with it."""
    import random

    from glossary_lint.matching.index_table import SHAPE, index_table, lines, typo_shapes, word_shapes

    glossary = parse_glossary(
        "version: 1\nterms:\n"
        "  - id: wobbulator\n    term: Wobbulator\n    definition: A swept tone source.\n"
        "  - id: tape-echo\n    term: Tape Echo\n    definition: A delay from a loop of tape.\n"
        "  - id: ondioline\n    term: Ondioline\n    definition: An early keyboard with a knee lever.\n"
    )
    shapes = frozenset(lines(index_table(glossary)[SHAPE]["typo_shapes"]))
    assert shapes == {shape for key in ("wobbulator", "ondioline") for shape in typo_shapes(key)}
    rng = random.Random(5)
    for key in ("wobbulator", "ondioline"):
        for _ in range(200):
            i = rng.randrange(1, len(key) - 1)
            slips = (
                key[:i] + key[i + 1 :],
                key[:i] + rng.choice("xyz") + key[i:],
                key[:i] + "q" + key[i + 1 :],
                key[:i] + key[i + 1] + key[i] + key[i + 2 :],
            )
            for slip in slips:
                assert not shapes.isdisjoint(word_shapes(slip)), slip
    matcher = Matcher(glossary)
    from glossary_lint.sources.segments import BlockKind, Segment

    found = matcher.mentions(Segment("A wobbualtor and an ondiolin hum.", BlockKind.PARAGRAPH, ()))
    assert [(m.found, m.typo) for m in found] == [("wobbualtor", True), ("ondiolin", True)]
