"""GL001 and entries named after a class: the prose's ordinary noun for the
class ("a spoon rack", "the spoonrack") is no slip where the handbook shows
the headword is a class name; the name mis-cased still is."""

from __future__ import annotations

from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.rules.house_style import survey

GLOSSARY = """terms:
  - id: spoonrack
    term: SpoonRack
    case: exact
    definition: A holder of spoons, and the class that models it.
  - id: pot
    term: pot
    definition: A deep vessel.
"""


#: Two chapters that write the class as code, in Markdown and in reST.
CODE = {
    "api.md": "Make one with `SpoonRack(width)`; a SpoonRack holds twelve.\n",
    "ref.rst": "See :py:class:`~kitchen.SpoonRack` for the SpoonRack itself.\n",
}


def test_the_split_lower_case_noun_of_a_class_written_as_code_is_no_slip(gl001_of_run):
    files = {
        **CODE,
        "use.md": (
            "A SpoonRack is cheap. Spoon racks hang on a wall, and each spoon rack\n"
            "holds a pot lid too. Two spoon racks fill the wall.\n"
        ),
    }
    assert gl001_of_run(GLOSSARY, files) == []


def test_the_class_written_as_code_on_the_page_itself_is_enough(gl001_of_run):
    text = "Build a ``SpoonRack`` first. The SpoonRack is wood; each spoon rack hangs low.\n"
    assert gl001_of_run(GLOSSARY, {"alone.rst": text}) == []


def test_without_code_evidence_the_split_form_stays_a_slip(gl001_of_run):
    text = "A SpoonRack is cheap, and each spoon rack hangs low.\n"
    assert gl001_of_run(GLOSSARY, {"plain.md": text}) == [("plain.md", "spoon rack")]


def test_the_name_mis_cased_mid_sentence_stays_a_slip(gl001_of_run):
    files = {
        **CODE,
        "use.md": "A SpoonRack is cheap, and each Spoon Rack hangs low; the Spoonrack is oak.\n",
    }
    assert gl001_of_run(GLOSSARY, files) == [("use.md", "Spoon Rack"), ("use.md", "Spoonrack")]


def test_a_closed_up_lower_case_noun_counts_only_as_the_handbooks_habit(gl001_of_run):
    # Once, 'spoonrack' is a slip of the class's name; written so three times
    # or more across the run, it is the handbook's noun for it.
    once = {**CODE, "use.md": "A SpoonRack is cheap, and the spoonrack hangs low.\n"}
    assert gl001_of_run(GLOSSARY, once) == [("use.md", "spoonrack")]
    habit = {
        **CODE,
        "use.md": "A SpoonRack is cheap, and the spoonrack hangs low.\n",
        "more.md": "Spoonracks rust. Oil the spoonrack yearly; two spoonracks are plenty.\n",
    }
    assert gl001_of_run(GLOSSARY, habit) == []


def test_the_survey_keeps_class_names_written_as_code_in_two_files_and_kept_nouns():
    glossary = parse_glossary(GLOSSARY)
    texts = ["Call `SpoonRack(1)`; a spoonrack.\n", "See :class:`kit.SpoonRack`, the spoonracks.\n"]
    nouns = survey(texts, glossary, Matcher(glossary)).class_nouns
    assert nouns.code_names == frozenset({"SpoonRack"}) and nouns.lower_forms == frozenset()
    # Code names and dotted or underscored code do not count as the prose's noun.
    more = [*texts, "Use kit.spoonrack and to_spoonrack; the spoonrack is full.\n"]
    assert survey(more, glossary, Matcher(glossary)).class_nouns.lower_forms == frozenset({"spoonrack"})


def test_a_closed_up_lower_case_noun_swamped_by_the_name_stays_a_slip(gl001_of_run):
    """Three ``spoonrack`` beside thirty ``SpoonRack`` in prose are strays of
    the name, not the handbook's noun: the habit must not be outnumbered
    ten times or more by the name as the glossary writes it."""
    named = "".join(f"The SpoonRack number {i} hangs on the wall.\n" for i in range(30))
    files = {
        **CODE,
        "use.md": "A SpoonRack is cheap, and the spoonrack hangs low.\n",
        "more.md": "Oil the spoonrack yearly; two spoonracks are plenty.\n",
        "named.md": named,
    }
    # 33 of the name in prose (30, and one in each other chapter) against 3.
    assert sorted(name for name, _ in gl001_of_run(GLOSSARY, files)) == ["more.md", "more.md", "use.md"]
    # 23 of the name: the three are more than a tenth of it, the habit stands.
    files["named.md"] = "".join(f"The SpoonRack number {i} hangs on the wall.\n" for i in range(20))
    assert gl001_of_run(GLOSSARY, files) == []


def test_the_survey_counts_the_name_as_written_in_prose_beside_its_lower_case_forms():
    from glossary_lint.rules.class_nouns import ClassNounCount

    nouns = ClassNounCount(parse_glossary(GLOSSARY))
    nouns.add("A SpoonRack, two SpoonRacks, `SpoonRack` and kit.SpoonRack; a spoonrack.\n", [])
    assert dict(nouns.lower) == {"SpoonRack": 2, "spoonrack": 1}


def test_the_names_as_written_are_counted_alike_with_few_or_many_class_names():
    """Past FEW_NAMES class-like headwords no alternation of the names is
    made; every camel-case word of prose is asked instead, to the same counts."""
    from glossary_lint.rules import class_nouns

    def entries(count: int) -> str:
        return "".join(
            f"  - id: t{i}\n    term: Shelf{chr(97 + i % 26)}{chr(97 + i // 26)}Rack\n    case: exact\n"
            "    definition: A rack.\n"
            for i in range(count)
        )

    text = "A ShelfaaRack, two ShelfbaRacks, `ShelfaaRack` and kit.ShelfbaRack; a shelfaarack.\n"
    counts = []
    for count in (class_nouns.FEW_NAMES, class_nouns.FEW_NAMES + 1):
        nouns = class_nouns.ClassNounCount(parse_glossary(f"version: 1\nterms:\n{entries(count)}"))
        assert (nouns._written is None) == (count > class_nouns.FEW_NAMES)
        nouns.add(text, [])
        counts.append(dict(nouns.lower))
    assert counts[0] == counts[1] == {"ShelfaaRack": 1, "ShelfbaRack": 1, "shelfaarack": 1}
