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


#: A class-like headword listed with its plural as an alias: ``kilnloads`` is
#: a lower-case form of both names.
PLURAL_ALIAS = """terms:
  - id: kilnload
    term: KilnLoad
    case: exact
    aliases: [KilnLoads]
    definition: One firing's worth of pots, and the class that models it.
"""


def test_a_form_two_names_give_is_counted_alike_whatever_order_the_names_come_in(monkeypatch):
    """The class-like names are a set, whose order changes with each
    process's hash seed; the survey's counts (which the cache folder keeps
    for later runs) must not.  ``kilnloads`` is the alias's own lower-case
    form, counted under it as the alias is when written as it is."""
    from glossary_lint.rules import class_nouns

    glossary = parse_glossary(PLURAL_ALIAS)
    text = "Two kilnload runs, one kilnload, three kilnloads; a KilnLoad and two KilnLoads.\n"
    counts = []
    for order in (("KilnLoad", "KilnLoads"), ("KilnLoads", "KilnLoad")):
        monkeypatch.setattr(class_nouns, "class_name_set", lambda glossary, order=order: order)
        counts.append(dict(class_nouns.ClassNounCount(glossary).lower_uses(text)))
    assert counts[0] == counts[1] == {"kilnload": 2, "kilnloads": 1, "KilnLoad": 1, "KilnLoads": 1}


def test_lower_forms_prefer_the_name_itself_then_the_shorter_ending():
    from glossary_lint.rules.class_nouns import lower_forms

    for names in (["KilnLoad", "KilnLoads"], ["KilnLoads", "KilnLoad"]):
        forms = lower_forms(names)
        assert forms["kilnload"] == forms["kilnloades"] == "kilnload"
        assert forms["kilnloads"] == forms["kilnloadss"] == "kilnloads"
    # 'boxes' is 'Boxe' with -s and 'Box' with -es: the shorter ending is read first.
    assert (
        lower_forms(["BoxBox", "BoxBoxe"])["boxboxes"]
        == lower_forms(["BoxBoxe", "BoxBox"])["boxboxes"]
        == "boxboxe"
    )


def test_the_survey_answers_alike_under_every_hash_seed():
    """The whole survey of a run in fresh processes with other hash seeds
    (each orders the glossary's sets its own way): one answer.  Both orders
    of the two names must turn up among the seeds, or the test proves nothing."""
    import json
    import subprocess
    import sys

    script = f"""
import json
from glossary_lint.glossary.loader import parse_glossary
from glossary_lint.matching.matcher import Matcher
from glossary_lint.rules.class_nouns import class_name_set
from glossary_lint.rules.house_style import survey
glossary = parse_glossary({PLURAL_ALIAS!r})
texts = ["Call `KilnLoad(1)`; one kilnload.\\n", "See :class:`kiln.KilnLoad`; a kilnload, kilnloads.\\n"]
nouns = survey(texts, glossary, Matcher(glossary)).class_nouns
print(json.dumps([list(class_name_set(glossary)), sorted(nouns.code_names), sorted(nouns.lower_forms)]))
"""
    answers = set()
    orders = set()
    for seed in range(8):
        out = subprocess.run(
            [sys.executable, "-c", script],
            env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        order, *answer = json.loads(out)
        orders.add(tuple(order))
        answers.add(json.dumps(answer))
    assert len(orders) == 2
    assert answers == {json.dumps([["KilnLoad"], []])}
