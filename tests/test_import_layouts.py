"""``import`` on small glossary pages of every layout real handbooks use
(issue 10): each page is written here, each case is one test."""

from __future__ import annotations

import pytest

from glossary_lint.glossary.model import CasePolicy, Markup
from glossary_lint.glossary.checks import check_glossary
from glossary_lint.glossary.loader import ID_PATTERN, parse_glossary
from glossary_lint.workflows.importers import import_page, to_yaml
from glossary_lint.workflows.importers.ids import claim, name_id

SPHINX_PAGE = """\
.. _words:

Words
=====

Terms a reader meets in this little manual.

.. glossary::
   :sorted:

   >>>
      The prompt of an interactive shell.

   ...
      The prompt that continues a block.

   __future__
      A module that switches on features early, see :pep:`236`.

   array_like
   array-like : type
      Anything that converts to an array:

      - a list,
      - a tuple.

      .. code-block:: python

         make([1, 2])

   parent folder
   root folder
      Where the configuration file lives.
"""


def load(page: str, suffix: str):
    """Import a page, and check the YAML as ``glossary check`` would."""
    imported = import_page(page, suffix)
    text = to_yaml(imported)
    glossary = parse_glossary(text, "imported.yaml")
    errors = [d for d in check_glossary(glossary) if d.severity == "error"]
    assert not errors, errors
    return glossary, text


def test_a_sphinx_glossary_keeps_every_item_name_and_body():
    glossary, text = load(SPHINX_PAGE, ".rst")
    # ':sorted:' : in the order Sphinx shows them
    assert [t.term for t in glossary] == ["...", ">>>", "__future__", "array_like", "parent folder"]
    assert glossary.title == "Words" and glossary.intro == "Terms a reader meets in this little manual."
    assert glossary.markup is Markup.REST and "markup: rst" in text
    array = glossary.by_id["array-like"]
    assert array.aliases == ("array-like",) and array.classifier == "type"
    assert "- a tuple." in array.definition and "   make([1, 2])" in array.definition
    assert ":pep:`236`" in glossary.by_id["dunder-future"].definition
    assert glossary.by_id["parent-folder"].aliases == ("root folder",)


def test_ids_are_readable_unique_and_valid_for_symbols_and_dunders():
    import re

    glossary, _ = load(SPHINX_PAGE, ".rst")
    ids = [t.id for t in glossary]
    assert ids == ["dot-dot-dot", "gt-gt-gt", "dunder-future", "array-like", "parent-folder"]
    assert all(re.match(ID_PATTERN, i) for i in ids)
    assert [name_id(n) for n in ("C", "C++", ".NET", "_eval_*", "lambdify()", "Fréchet")] == [
        "c", "c-plus-plus", "dot-net", "underscore-eval-underscore-star", "lambdify", "frechet",
    ]  # fmt: skip
    taken: set[str] = set()
    assert [claim(name_id(n), taken) for n in ("C", "c", "C")] == ["c", "c-2", "c-3"]


def test_an_item_naming_an_abbreviation_and_its_long_form_keeps_both():
    page = "W\n=\n\n.. glossary::\n\n   GIL\n   global interpreter lock\n      One lock per interpreter.\n"
    term = load(page, ".rst")[0].by_id["gil"]
    assert (term.term, term.expansion, term.case) == ("GIL", "global interpreter lock", CasePolicy.EXACT)


def test_an_acronym_and_its_long_form_as_two_entries_are_linked():
    page = (
        "# Words\n\n### Virtual file system\nA layer over disks.\n\n"
        "### VFS\nShort for the layer.\n\n### Volume\nA disk.\n"
    )
    glossary, _ = load(page, ".md")
    assert glossary.by_id["virtual-file-system"].related == ("vfs",)
    assert glossary.by_id["vfs"].related == ("virtual-file-system",)
    assert glossary.by_id["volume"].related == ()


def test_case_is_guessed_from_how_the_definitions_write_the_name():
    page = (
        "# Words\n\n### Zen of Snakes\nA poem; people quote the Zen of Snakes often.\n\n"
        "### Batch Size\nHow many examples one step sees. The batch size is a knob.\n\n"
        "### Step Count\nHow long training runs.\n\n"
        "### Nyquist Rate\nTwice the highest frequency; sampling below the Nyquist rate aliases.\n"
    )
    glossary, text = load(page, ".md")
    assert glossary.by_id["zen-of-snakes"].case is CasePolicy.EXACT
    batch = glossary.by_id["batch-size"]
    assert batch.case is CasePolicy.SENTENCE and batch.spelling == "batch size"
    assert glossary.by_id["nyquist-rate"].spelling == "Nyquist rate"
    assert text.count("  # review:") == 1  # only 'Step Count', never used mid-sentence
    assert text.index("# review:") < text.index("term: Step Count")


@pytest.mark.parametrize("fence", ["```{glossary}\n:sorted:\n", ":::{glossary}\n"])
def test_a_myst_glossary_in_either_fence(fence):
    close = "```" if fence.startswith("`") else ":::"
    page = (
        "# Words\n\nAn intro with a [link](https://example.org).\n\n"
        f"{fence}\nSpline\n\n    A smooth *curve* through points, $y = f(x)$.\n\n"
        "`knot`\nknots\n\n    Where two pieces meet.\n\n    - first\n    - second\n"
        f"\n{{func}}`fit <pkg.fit>`\n\n    Makes a {{term}}`spline`.\n{close}\n"
    )
    glossary, _ = load(page, ".md")
    expected = ["fit", "knot", "Spline"] if "sorted" in fence else ["Spline", "knot", "fit"]
    assert [t.term for t in glossary] == expected
    assert glossary.markup is Markup.MARKDOWN
    assert glossary.by_id["knot"].aliases == ("knots",)
    assert glossary.by_id["knot"].definition == "Where two pieces meet.\n\n- first\n- second"
    assert glossary.by_id["spline"].definition == "A smooth *curve* through points, $y = f(x)$."
    assert glossary.intro == "An intro with a [link](https://example.org)."


def test_headings_of_any_level_with_or_without_brackets():
    page = (
        "# Words\n\n## A\n\n#### Adapter (Plug)\nJoins two things.\n\n##### Detail\nStill the adapter.\n\n"
        "#### API (Application Programming Interface)\nA contract.\n\n## B\n\n#### Buffer\nHolds bytes.\n"
    )
    glossary, _ = load(page, ".md")
    assert [t.heading for t in glossary] == [
        "Adapter (Plug)",
        "API (Application Programming Interface)",
        "Buffer",
    ]
    assert glossary.by_id["adapter"].definition == "Joins two things.\n\n##### Detail\nStill the adapter."
    assert glossary.by_id["api"].expansion == "Application Programming Interface"


@pytest.mark.parametrize("suffix", [".md", ".mdx"])
def test_bold_term_items_with_front_matter(suffix):
    page = (
        "---\ntitle: Vocabulary\nsidebar_position: 3\n---\n\n"
        "import Thing from '@site/thing';\n\n"
        "Words we use.\n\n"
        "- **Cache**: A store of recent answers.\n"
        "- [**Queue**](./queues.md): Work waiting its turn.\n"
        "  It drains in order.\n"
        "- [**Shard**](https://example.org/shard) - A slice of a table.\n"
    )
    glossary, _ = load(page, suffix)
    assert glossary.title == "Vocabulary"
    assert [t.term for t in glossary] == ["Cache", "Queue", "Shard"]
    queue = glossary.by_id["queue"]
    assert queue.definition == "Work waiting its turn.\nIt drains in order."
    assert [(s.title, s.doc) for s in queue.see] == [("Queue", "queues")]
    assert glossary.by_id["shard"].definition.endswith("[Shard](https://example.org/shard)")


def test_a_markdown_definition_list():
    page = "# Words\n\nLatch\n: Holds one bit.\n\n  Cheap to build.\n\nGate\n: Lets a signal through.\n"
    glossary, _ = load(page, ".md")
    assert [t.term for t in glossary] == ["Latch", "Gate"]
    assert glossary.by_id["latch"].definition == "Holds one bit.\n\nCheap to build."


def test_see_links_that_are_not_chapters_stay_in_the_definition():
    page = (
        "# Words\n\n### Mirror\nA copy elsewhere. See [the list](https://example.org/mirrors).\n\n"
        "### Tarball\nAn archive. See [Packing](../outside/packing.md).\n\n"
        "### Wheel\nA built package. See [Building](./guide/build.md), [Uploading](upload.md).\n"
    )
    glossary, _ = load(page, ".md")
    assert glossary.by_id["mirror"].see == () and "example.org" in glossary.by_id["mirror"].definition
    assert glossary.by_id["tarball"].see == ()
    assert [s.doc for s in glossary.by_id["wheel"].see] == ["guide/build", "upload"]


def test_reference_links_travel_with_the_entry_that_uses_them():
    page = (
        "# Words\n\n### Crate\nA package, see [the registry][reg].\n\n### Lint\nA warning.\n\n"
        "[reg]: https://example.org/registry\n"
    )
    glossary, _ = load(page, ".md")
    assert glossary.by_id["crate"].definition.endswith("[REG]: https://example.org/registry")
    assert "example.org" not in glossary.by_id["lint"].definition


def test_an_empty_definition_is_marked_for_review_and_still_valid():
    glossary, text = load("# W\n\n### Lonely\n### Next\nHas one.\n", ".md")
    assert [t.term for t in glossary] == ["Lonely", "Next"]
    assert "# review: the page gives no definition" in text


def test_code_names_count_only_when_written_exactly(tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    page = (
        "W\n=\n\n.. glossary::\n\n   is_*\n      Methods asking a question.\n\n"
        "   __future__\n      Early features.\n\n   S\n      A registry of singletons.\n"
    )
    glossary, _ = load(page, ".rst")
    assert all(t.homonym for t in glossary)
    linter = Linter(glossary, Config(root=tmp_path, glossary=tmp_path / "g.yaml"))
    assert linter.lint_text("doc.md", "This is the future of Alice's code.\n") == []


def test_sentence_case_names_and_capitals_only_names_need_no_review():
    page = (
        "# W\n\n### ASAR integrity\nChecks archives.\n\n### Bound symbols\nSymbols a sum binds.\n\n"
        "### V8\nAn engine, see https://v8.dev and `v8::Isolate`.\n"
    )
    glossary, text = load(page, ".md")
    asar = glossary.by_id["asar-integrity"]
    assert (asar.case, asar.spelling) == (CasePolicy.SENTENCE, "ASAR integrity")
    assert glossary.by_id["bound-symbols"].spelling == "bound symbols"
    assert glossary.by_id["v8"].case is CasePolicy.EXACT  # the URL and the code are no evidence
    assert "  # review:" not in text


def test_a_term_reference_wrapped_over_two_lines_finds_the_second_name(tmp_path):
    from glossary_lint.config import Config
    from glossary_lint.engine import Linter

    glossary, _ = load(SPHINX_PAGE, ".rst")
    linter = Linter(glossary, Config(root=tmp_path, glossary=tmp_path / "g.yaml"))
    text = "The config lives in the\n:term:`root\nfolder` of the project.\n"
    assert [f.code for f in linter.lint_text("doc.rst", text)] == []


def test_import_time_grows_linearly_with_the_page():
    """Every name is looked up in the definitions of every other: by an index,
    so four times the entries take about four times as long, not sixteen."""
    import time

    def page(n: int) -> str:
        return "# W\n\n" + "".join(
            f"### Widget Number{i}\nA part holding the widget number{i - 1} in place.\n\n" for i in range(n)
        )

    def seconds(n: int) -> float:
        # CPU time, best of three: another process on the machine slows a
        # run but never speeds one up, so the least is the page's own cost.
        text = page(n)
        costs = []
        for _ in range(3):
            start = time.process_time()
            import_page(text, ".md")
            costs.append(time.process_time() - start)
        return min(costs)

    seconds(200)  # warm up the parsers
    small, large = seconds(1000), seconds(4000)
    assert large < 9 * small, (small, large)


def test_hugo_toml_front_matter_gives_the_title():
    page = '+++\ntitle = "Lexicon"\nweight = 4\n+++\n\nA few words.\n\n- **Mesh**: Nodes and edges.\n'
    glossary, _ = load(page, ".md")
    assert glossary.title == "Lexicon" and glossary.intro == "A few words."
    assert [t.term for t in glossary] == ["Mesh"]


def test_glossary_check_reads_a_rest_definition_as_a_reader_sees_it():
    source = (
        "version: 1\nmarkup: rst\nterms:\n  - id: pool\n    term: pool\n    definition: |-\n"
        "      Set with :class:`~pkg.QPOOL` or ``MAXCONN``; an FTQ thing.\n\n"
        "      .. code-block:: python\n\n         SETTING = ZZTOP\n"
    )
    words = [d.message for d in check_glossary(parse_glossary(source)) if "uses" in d.message]
    assert words == ["the definition of 'pool' uses 'FTQ', which the glossary does not define"]


def test_further_names_are_running_text_spellings_like_the_term():
    page = (
        "```{glossary}\nSolve\nSolvers\nSOLVE-IT\n\n    To find values; the solvers do it.\n\n"
        "expire\nExpiring\n\n    To mark stale.\n```\n"
    )
    glossary, _ = load(page, ".md")
    assert glossary.by_id["solve"].aliases == ("solvers", "SOLVE-IT")
    assert glossary.by_id["expire"].aliases == ("expiring",)


def test_bold_items_inside_heading_entries_do_not_make_it_a_list_page():
    entry = "### {0}\nA thing.\n\n- **Pro**: fast.\n- **Con**: big.\n\n"
    glossary, _ = load("# W\n\n" + entry.format("Alpha") + entry.format("Beta"), ".md")
    assert [t.term for t in glossary] == ["Alpha", "Beta"]
    letters = "# W\n\n## A\n\n- **Anchor**: Holds.\n- **Arc**: Bends.\n\n## B\n\n- **Bolt**: Fastens.\n"
    assert [t.term for t in load(letters, ".md")[0]] == ["Anchor", "Arc", "Bolt"]


def test_names_that_differ_only_in_symbols_are_both_kept_and_valid():
    page = "W\n=\n\n.. glossary::\n\n   C\n      A language.\n\n   C++\n      Another one.\n"
    glossary, _ = load(page, ".rst")  # load() asserts glossary check finds no error
    assert [(t.id, t.homonym) for t in glossary] == [("c", True), ("c-plus-plus", True)]


NESTED_REST = """\
Terms
=====

.. glossary::
   :sorted:

   weather
      What the sky does. It comes in kinds:

      .. glossary::

         drizzle
            Rain in drops too small to bounce.

         hail
            Ice that falls.

            .. glossary::

               graupel
                  Soft hail.

      Forecasts name the kind.

   almanac
      A yearly book. Its pages show markup like this:

      .. code-block:: rst

         .. glossary::

            sample
               Only an example.
"""


def test_a_glossary_nested_in_a_definition_gives_entries_of_its_own():
    glossary, _ = load(NESTED_REST, ".rst")
    # The outer items sorted, each followed by what its definition nests.
    assert [t.term for t in glossary] == ["almanac", "weather", "drizzle", "hail", "graupel"]
    weather = glossary.by_id["weather"].definition
    assert weather == (
        "What the sky does. It comes in kinds:\n\n- :term:`drizzle`\n- :term:`hail`\n\n"
        "Forecasts name the kind."
    )
    assert glossary.by_id["hail"].definition == "Ice that falls.\n\n- :term:`graupel`"
    assert glossary.by_id["graupel"].definition == "Soft hail."
    # A glossary shown in a code block is an example, not entries.
    assert ".. glossary::" in glossary.by_id["almanac"].definition and "sample" not in glossary.by_id


@pytest.mark.parametrize(
    "outer,inner",
    [
        (":::{glossary}", "```{glossary}"),
        ("````{glossary}", "```{glossary}"),
        ("::::{glossary}", ":::{glossary}"),
    ],
)
def test_a_myst_glossary_nested_in_a_definition_gives_entries_of_its_own(outer, inner):
    close_outer, close_inner = outer.split("{")[0], inner.split("{")[0]
    page = (
        f"# Terms\n\n{outer}\nweather\n    What the sky does. It comes in kinds:\n\n"
        f"    {inner}\n    :sorted:\n    hail\n        Ice that falls.\n\n"
        f"    drizzle\n        Rain in drops too small to bounce.\n    {close_inner}\n\n"
        f"    Forecasts name the kind.\n\nalmanac\n    A yearly book.\n{close_outer}\n"
    )
    glossary, _ = load(page, ".md")
    assert [t.term for t in glossary] == ["weather", "drizzle", "hail", "almanac"]
    assert glossary.by_id["weather"].definition == (
        "What the sky does. It comes in kinds:\n\n- {term}`drizzle`\n- {term}`hail`\n\nForecasts name the kind."
    )
    assert glossary.by_id["drizzle"].definition == "Rain in drops too small to bounce."


@pytest.mark.parametrize("suffix", [".rst", ".md"])
def test_glossaries_nested_deeper_than_any_page_does_stay_text(suffix):
    from glossary_lint.workflows.importers import read_page
    from glossary_lint.workflows.importers.sphinx_items import MAX_NESTING

    depth = MAX_NESTING + 4
    if suffix == ".rst":
        lines, indent = ["Deep", "====", ""], ""
        for level in range(depth):
            lines += [
                f"{indent}.. glossary::",
                "",
                f"{indent}   level{level}",
                f"{indent}      Level {level}.",
                "",
            ]
            indent += "      "
    else:
        lines, closing = ["# Deep", ""], []
        for level in range(depth):
            indent, fence = "    " * level, "`" * (3 + depth - level)
            lines += [f"{indent}{fence}{{glossary}}", f"{indent}level{level}", f"{indent}    Level.", ""]
            closing.insert(0, f"{indent}{fence}")
        lines += closing
    entries = read_page("\n".join(lines) + "\n", suffix).entries
    names = [e.names[0] for e in entries]
    assert names == [f"level{level}" for level in range(len(names))]
    assert MAX_NESTING <= len(names) < depth
    assert "{glossary}" in entries[-1].body or ".. glossary::" in entries[-1].body


def test_a_page_nested_hundreds_deep_is_refused_in_one_line(cli, tmp_path):
    """Nesting no real glossary has would exhaust the reader's recursion: the
    import says so for that file, exit 2, and writes nothing."""
    page = tmp_path / "deep.rst"
    items = "".join("   " + "  " * depth + "* a step further in\n\n" for depth in range(300))
    page.write_text(".. glossary::\n\n   Lantern\n" + items)
    out = tmp_path / "out.yaml"
    proc = cli("import", str(page), "-o", str(out))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"glossary-lint: error: {page}: markup nested too deeply to import"
    ]
    assert "Traceback" not in proc.stderr and not out.exists()


def test_a_narrower_term_under_its_broader_heading_is_an_entry_of_its_own():
    """A page may nest "### Signed release" under "## Release": that deeper
    heading defines a term too, while "### Example" under an entry does not."""
    page = (
        "# Words\n\nTerms of the release process.\n\n"
        "## Release\n\nA version handed to users.\n\n"
        "### Signed release\n\nA release whose files carry a signature.\n\n"
        "## Tag\n\nA name for one commit.\n\n### Example\n\nThe tag of the last version.\n\n"
        "### Annotated tag\n\nA tag that keeps a message and an author.\n\n"
        "## Branch\n\nA line of work.\n\n## Commit\n\nA recorded change.\n"
    )
    glossary, _ = load(page, ".md")
    assert [t.term for t in glossary] == ["Release", "Signed release", "Tag", "Annotated tag", "Branch", "Commit"]
    assert glossary.by_id["release"].definition == "A version handed to users."
    assert glossary.by_id["signed-release"].definition == "A release whose files carry a signature."
    assert glossary.by_id["tag"].definition == "A name for one commit.\n\n### Example\n\nThe tag of the last version."


def test_a_heading_attribute_block_is_the_anchor_not_part_of_the_name():
    page = (
        "# Words\n\n### Queue depth {#queue-depth}\nHow many requests wait.\n\n"
        "### Cold start {: #cold .aside}\nThe first call after idling.\n\n"
        "### Slot {n}\nA numbered place; the braces are part of the name.\n"
    )
    glossary, _ = load(page, ".md")
    assert [(t.id, t.heading) for t in glossary] == [
        ("queue-depth", "Queue depth"),
        ("cold", "Cold start"),
        ("slot-n", "Slot {n}"),
    ]
