"""A mention that shares the head noun of the next item of a coordination is a
piece of another entry's name ("the press and final cutter blades" beside the
entry "press cutter"), and is not linked to its own entry."""

from glossary_lint.glossary.coordinated_heads import shares_other_head
from glossary_lint.glossary.link_sense import PageContext, links_as_term
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.glossary.long_names import entry_names
from glossary_lint.glossary.model import Term
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.segments import BlockKind, Segment

TERMS = [
    Term(id="press", term="press", definition="The machine that squeezes the dough into sheets."),
    Term(id="press-cutter", term="press cutter", definition="The blade that trims a sheet at the press."),
    Term(id="oven-rack", term="oven rack", definition="A shelf of the oven that holds the trays."),
]
NAMES = entry_names(TERMS)


def shares(text: str, word: str, entry: str = "press") -> bool:
    at = text.index(word)
    return shares_other_head(text, at, at + len(word), entry, NAMES)


def test_a_modifier_coordinated_with_another_before_the_other_entrys_head_is_that_entrys():
    assert shares("The line keeps press and final cutter blades apart.", "press")
    assert shares("The line keeps press, and final cutter blades apart.", "press")
    assert shares("It counts the press/final-cutter losses once a batch.", "press")
    assert shares("Sharpen the press or side\ncutters each week.", "press")


def test_two_things_each_with_its_own_head_or_no_modifier_keep_the_link():
    assert not shares("Clean the press and the final cutter every day.", "press")
    assert not shares("Clean the press and cutter every day.", "press")
    assert not shares("The press warms up and the cutter waits.", "press")
    assert not shares("The press and final oven racks are steel.", "press")  # no "press rack" entry
    assert not shares("The press and final cutter blades", "press", "press-cutter")  # its own name


def test_a_shared_head_may_take_a_plural_in_ies():
    names = entry_names([Term(id="access-policy", term="access policy", definition="Who may enter.")])
    text = "Set access and retention policies first."
    assert shares_other_head(text, 4, 10, "access", names)


def test_the_link_check_drops_the_coordinated_mention_and_keeps_the_plain_one():
    glossary = parse_glossary(
        "version: 1\nterms:\n"
        "  - {id: kiln, term: kiln, definition: The oven that fires the glazed pots.}\n"
        "  - {id: kiln-vent, term: kiln vent, definition: The flap that lets fumes out of the kiln.}\n"
    )
    page = PageContext(entry_names=entry_names(glossary.terms))

    def links(text: str) -> bool:
        segment = Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))
        mention = next(m for m in Matcher(glossary).mentions(segment) if m.found == "kiln")
        return links_as_term(mention, page)

    assert not links("Clean the kiln and side vent covers each week.")
    assert links("Clean the kiln and the side vent each week.")
