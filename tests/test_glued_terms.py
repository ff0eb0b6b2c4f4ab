"""Terms whose words are glued by a mark (``Node.js``, ``TCP/IP``) or that
carry marks around their words (``C++``, ``.NET``) are found where prose
writes them exactly, and a shorter term inside such a name is not taken
for it."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.sources.segments import BlockKind, Segment

GLOSSARY = """version: 1
terms:
  - {id: lisp, term: Lisp, case: exact, definition: A family of languages.}
  - {id: tide, term: Tide, case: exact, definition: A simulator of coasts.}
  - {id: lisp-tide, term: Lisp+Tide, case: exact, definition: The two run as one engine.}
  - {id: deno-js, term: Deno.js, case: exact, definition: A script runtime.}
  - {id: udp-ip, term: UDP/IP, case: exact, definition: A protocol pair.}
  - {id: r-and-d, term: R&D, case: exact, definition: Research and development.}
  - {id: c, term: C, case: exact, definition: A systems language.}
  - {id: c-plus-plus, term: C++, case: exact, definition: A language built on C.}
  - {id: f-sharp, term: F#, case: exact, definition: A functional language.}
  - {id: dot-mono, term: .MONO, case: exact, definition: A runtime with a leading dot.}
  - {id: sketch-call, term: sketch(), case: exact, definition: A call.}
  - {id: wave-table, term: wave table, definition: A table of one cycle of a wave.}
  - {id: vdj, term: V(D)J, case: exact, definition: Joining of gene segments.}
  - {id: kelly-ito, term: Kelly–Ito sweep, case: exact, definition: A sweep named for two people.}
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(parse_glossary(GLOSSARY))


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    segment = Segment(text, BlockKind.PARAGRAPH, ((0, 0, len(text)),))
    return [(m.found, m.terms[0].id) for m in matcher.mentions(segment)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("We moved the models to Lisp+Tide last spring.", [("Lisp+Tide", "lisp-tide")]),
        ("Scripts run on Deno.js here.", [("Deno.js", "deno-js")]),
        ("Frames cross UDP/IP twice.", [("UDP/IP", "udp-ip")]),
        ("Our R&D budget grew.", [("R&D", "r-and-d")]),
        ("Write it in C++ or in C.", [("C++", "c-plus-plus"), ("C", "c")]),
        ("Ports to F# and to .MONO came later.", [("F#", "f-sharp"), (".MONO", "dot-mono")]),
        ("Then call sketch() once.", [("sketch()", "sketch-call")]),
        ("Cells undergo V(D)J joining.", [("V(D)J", "vdj")]),
        ("A Kelly–Ito sweep ran.", [("Kelly–Ito sweep", "kelly-ito")]),
    ],
)
def test_a_glued_or_marked_term_is_found_where_prose_writes_it_exactly(matcher, text, expected):
    assert found(matcher, text) == expected


def test_the_parts_of_a_glued_name_are_themselves_where_the_name_is_written_otherwise(matcher):
    # Spaced, the two names are two mentions, as before.
    assert found(matcher, "Lisp and Tide, or Lisp + Tide.") == [
        ("Lisp", "lisp"),
        ("Tide", "tide"),
        ("Lisp", "lisp"),
        ("Tide", "tide"),
    ]


def test_a_mark_joins_only_the_spelling_that_has_it(matcher):
    # A term of plain words glued by a mark is no spelling of it: the
    # underscore makes an identifier, the slash two alternatives.
    assert found(matcher, "Set wave_table or wave/table first.") == []
    # Written otherwise than exactly, a glued name is not the term.
    assert found(matcher, "Deno JS and udp/ip.") == []
    # Marks the spelling does not have around its words are not the term's.
    assert found(matcher, "Use C+ or C#.") == [("C", "c"), ("C", "c")]
    # A mark inside a longer word is not the term's edge: what is left is C itself.
    assert found(matcher, "See x.MONO and C++y.") == [("C", "c")]
