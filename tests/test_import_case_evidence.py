"""The importer's case guess reads every kind of evidence a glossary page
has: compounds and plurals in the other definitions, whether the page
capitalises its terms by style, whether a capitalised word is everyday
English, names its own entries spell in lower case.  The review line says
which evidence decided."""

from __future__ import annotations

from conftest import CORPUS, needs_corpus

from glossary_lint.glossary.model import CasePolicy
from glossary_lint.workflows.importers import import_page, to_yaml
from glossary_lint.workflows.importers.case_policy import page_style
from glossary_lint.glossary.loader import parse_glossary

#: Entries in lower case, as most handbooks list them: the page's capitals are chosen.
LOWER_ENTRIES = (
    "### page fragment\nA piece of a page that a template fills in.\n\n"
    "### render step\nThe moment a template becomes text for the reader.\n\n"
    "### output folder\nWhere the finished pages land after each run.\n\n"
)


def load(page: str, suffix: str = ".md"):
    text = to_yaml(import_page(page, suffix))
    return parse_glossary(text, "imported.yaml"), text


def review_of(text: str, term: str) -> str:
    """The case review lines written just above an entry."""
    lines = text.splitlines()
    at = lines.index(f"    term: {term}") - 1  # its '- id:' line
    above = []
    while lines[at - 1].strip().startswith("# review:"):
        at -= 1
        above.append(lines[at])
    return " ".join(line for line in above if "case" in line)


def guess(entries: str, term: str) -> tuple[CasePolicy, str | None, str]:
    """Import a Markdown page of these entries: the term's case, spelling
    and case review line."""
    glossary, text = load("# Words\n\n" + entries)
    entry = next(t for t in glossary.terms if t.term == term)
    return entry.case, entry.spelling, review_of(text, term)


def test_the_first_part_of_a_hyphenated_compound_is_a_use_of_the_name():
    entries = (
        LOWER_ENTRIES + "### Zorblat\nA template language with its own tags.\n\n"
        "### loop tag\nRepeats a block; it accepts the Zorblat-style brackets too.\n"
    )
    # decided by the page's own use: nothing to review
    assert guess(entries, "Zorblat") == (CasePolicy.EXACT, "Zorblat", "")


def test_a_plural_in_lower_case_mid_sentence_settles_a_title_case_name():
    entries = (
        "### Cache Probe\nA quick test of whether a page is cached.\n\n"
        "### Warm Start\nA run that begins with several cache probes already answered.\n"
    )
    assert guess(entries, "Cache Probe") == (CasePolicy.SENTENCE, "cache probe", "")


def test_a_capitalised_word_that_is_no_english_word_is_a_name_on_a_lower_case_page():
    entries = LOWER_ENTRIES + "### Vextrel\nA library that turns templates into text.\n"
    case, _, review = guess(entries, "Vextrel")
    assert case is CasePolicy.EXACT
    assert "case 'exact' guessed" in review and "'Vextrel' is a name" in review
    assert "lower case" in review  # the page's style is part of the evidence


def test_a_capitalised_everyday_word_stays_sentence_and_says_why():
    case, _, review = guess(LOWER_ENTRIES + "### Scheduling\nDeciding which job goes first.\n", "Scheduling")
    assert case is CasePolicy.SENTENCE and "everyday English" in review


def test_a_phrase_holding_a_word_the_page_capitalises_mid_sentence_is_a_name():
    entries = (
        LOWER_ENTRIES + "### Harbor Recipe Book\nRecipes for common tasks, kept by the users of Harbor.\n\n"
        "### harbor server\nThe process that serves pages; see how Harbor starts it.\n"
    )
    case, _, review = guess(entries, "Harbor Recipe Book")
    assert case is CasePolicy.EXACT and "'Harbor' is a name" in review


def test_a_phrase_of_words_the_page_writes_in_lower_case_is_sentence():
    entries = LOWER_ENTRIES + (
        "### Fallback Language Code\nUsed when a reader sets no language code of their own.\n"
    )
    case, _, review = guess(entries, "Fallback Language Code")
    assert case is CasePolicy.SENTENCE and "written in lower case" in review


def test_on_a_page_that_capitalises_its_terms_a_capital_says_nothing():
    entries = (
        "### Step Budget\nHow many steps a run may take.\n\n"
        "### Noise Floor\nThe quietest level a recording keeps.\n\n"
        "### Quenvo\nA unit of loudness this handbook made up.\n"
    )
    case, _, review = guess(entries, "Quenvo")
    assert case is CasePolicy.SENTENCE and "capitalises most of its terms" in review


def test_a_name_the_page_also_lists_in_lower_case_is_no_proper_name():
    page = ".. glossary::\n\n" + "".join(
        f"   {names}\n      {body}\n\n"
        for names, body in [
            ("page fragment", "A piece of a page."),
            ("render step", "When a template becomes text."),
            ("unrolling\n   Unrolling", "Writing a loop out step by step."),
        ]
    )
    entry = load(page, ".rst")[0].by_id["unrolling"]
    assert entry.case is CasePolicy.SENTENCE and "Unrolling" not in entry.aliases


def test_page_style_counts_only_plain_names():
    assert page_style(["Batch Size", "Vocoder", "FFT", "EnCodec", "hop size"]) == "capitals"
    assert page_style(["Hop Size (HS)", "Token (Text)", "Vocoder (Neural)", "FFT"]) == "capitals"
    assert page_style(["batch size", "vocoder", "Mako", "FFT", "SoundStream"]) == "lower"
    assert page_style(["FFT", "__init__", "Mako", "tensor"]) is None  # too few to judge by


@needs_corpus()
def test_a_handbook_that_title_cases_its_headings_keeps_its_sentence_guesses():
    page = (CORPUS / "glossary.md").read_text(encoding="utf-8")
    text = to_yaml(import_page(page, ".md"))
    glossary = parse_glossary(text, "imported.yaml")
    title_cased = [
        t
        for t in glossary.terms
        if " " in t.term and all(w[0].isupper() and not w.isupper() for w in t.term.split())
    ]
    assert len(title_cased) >= 15
    assert all(t.case is CasePolicy.SENTENCE for t in title_cased), [
        t.term for t in title_cased if t.case is not CasePolicy.SENTENCE
    ]


def test_a_name_after_a_designation_the_page_writes_both_ways_keeps_both():
    entries = (
        "### Q3 Filter\nA test a request must pass. A Q3 Filter belongs to one gate, "
        "and each Q3 filter is checked in turn.\n\n"
        "### Quiet Window\nA span of time when no new work is started.\n\n"
        "### Retry Limit\nHow often a failed step is run again.\n"
    )
    glossary, text = load("# Words\n\n" + entries)
    entry = glossary.by_id["q3-filter"]
    assert (entry.case, entry.spelling) == (CasePolicy.SENTENCE, "Q3 filter")
    assert "Q3 Filter" in entry.aliases
    assert "both 'Q3 Filter' and 'Q3 filter'" in review_of(text, "Q3 Filter")


def test_a_capital_after_a_designation_in_one_name_holds_for_its_siblings():
    entries = (
        "### Q3 Filter\nA test a request must pass. A Q3 Filter belongs to one gate, "
        "and each Q3 filter is checked in turn.\n\n"
        "### Q3 Gate\nWhere requests wait; every Q3 gate holds several filters.\n\n"
        "### Quiet Window\nA span of time when no new work is started.\n"
    )
    glossary, text = load("# Words\n\n" + entries)
    entry = glossary.by_id["q3-gate"]
    assert (entry.spelling, "Q3 Gate" in entry.aliases) == ("Q3 gate", True)
    assert "capitalises after 'Q3' in another name" in review_of(text, "Q3 Gate")


def test_a_title_case_name_of_words_written_both_ways_keeps_one_spelling():
    # No designation opens it: a capital mid-sentence is the slip a check is for.
    entries = (
        "### Retry Limit\nHow often a step runs again. The Retry Limit is per step, "
        "and a retry limit of zero turns retries off; each retry limit is read once.\n\n"
        "### Quiet Window\nA span of time when no new work is started.\n\n"
        "### Warm Start\nA run that begins with answers already cached.\n"
    )
    glossary, _ = load("# Words\n\n" + entries)
    entry = glossary.by_id["retry-limit"]
    assert (entry.case, entry.spelling, entry.aliases) == (CasePolicy.SENTENCE, "retry limit", ())


REFERENCED = """Words
=====

.. glossary::

   Verifier
      A tool that checks each proof.

   Proof Step
      One line of a proof, checked by a :term:`Verifier` in turn.

   Lemma Store
      Where proved lemmas wait; a Lemma Store outlives the run.
"""


def test_a_name_written_mid_sentence_only_in_term_references_is_an_exact_guess():
    glossary, text = load(REFERENCED, ".rst")
    verifier = next(t for t in glossary.terms if t.term == "Verifier")
    assert verifier.case is CasePolicy.EXACT and verifier.case_guessed
    assert "only in term references" in review_of(text, "Verifier")
    # Written so in the page's own words, the capital is the author's: no guess.
    store = next(t for t in glossary.terms if t.term == "Lemma Store")
    assert store.case is CasePolicy.EXACT and not store.case_guessed


LOWER_NAMED = """Words
=====

.. glossary::

   glaze
      A glassy coat fired onto a pot.

   kiln
   standard qzf file
      The oven that fires a pot; its log is a standard QZF file.

   rtk
   read the kilns
      `Read the Kilns <https://example.org>`_ or RTK for short is a service that
      hosts firing logs.

   throw the pots
      Shaping clay on a wheel; to throw the pots well takes years.
"""


def test_a_lower_case_headword_the_definitions_write_as_a_proper_name_keeps_that_form():
    glossary, _ = load(LOWER_NAMED, ".rst")
    rtk = next(t for t in glossary.terms if t.term == "rtk")
    # a capital after a lower-case small word: a proper name, whatever the headword's case
    assert rtk.aliases == ("Read the Kilns",)
    # an acronym's capitals make no name, and a phrase written in lower case stays so
    kiln = next(t for t in glossary.terms if t.term == "kiln")
    assert kiln.aliases == ("standard qzf file",)
    throw = next(t for t in glossary.terms if t.term == "throw the pots")
    assert (throw.case, throw.spelling) == (CasePolicy.SENTENCE, "throw the pots")


def test_a_sentence_case_name_whose_first_capital_the_page_keeps_mid_sentence_is_exact():
    # The capital of a person's name made adjective is the word's own: the
    # page writes it mid-sentence, and never the name with it lowered.
    kept = LOWER_ENTRIES + "### Gaussian blur\nA soft filter; a Gaussian blur hides noise.\n\n"
    assert guess(kept, "Gaussian blur")[0] is CasePolicy.EXACT
    # A heading's capital the page lowers mid-sentence is the heading's, not the word's.
    lowered = LOWER_ENTRIES + "### Render queue\nWhat waits; the render queue drains in order.\n\n"
    assert guess(lowered, "Render queue")[:2] == (CasePolicy.SENTENCE, "render queue")
    # Written both ways, the lower-case use says the capital is no part of the name.
    both = LOWER_ENTRIES + "### Gaussian blur\nA Gaussian blur, or a gaussian blur, softens.\n\n"
    assert guess(both, "Gaussian blur")[0] is CasePolicy.SENTENCE
