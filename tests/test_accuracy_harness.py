"""The accuracy harness's own logic (bench/accuracy), on small fixtures written here:
matching findings to labels, counting, the planting generator, and that the
labels kept in the project parse."""

from __future__ import annotations

import random
from collections import Counter
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parent.parent / "bench" / "accuracy"
sys.path.insert(0, str(HARNESS))

import autolinks  # noqa: E402
import corpora  # noqa: E402
import labels  # noqa: E402
import planting  # noqa: E402

from glossary_lint.glossary.model import CasePolicy, Glossary, Term  # noqa: E402
from glossary_lint.matching.english import is_known_word  # noqa: E402


@dataclass(frozen=True)
class F:
    path: str
    line: int
    code: str
    found: str


def lab(path: str, line: int, found: str, verdict: str = "real", code: str = "GL002") -> labels.Label:
    return labels.Label(path, line, found, code, verdict, "slip" if verdict == "real" else "name")


def test_a_label_matches_on_its_line_or_a_near_one_and_only_once():
    findings = [F("a.md", 10, "GL002", "XYZ"), F("a.md", 12, "GL002", "XYZ"), F("a.md", 40, "GL002", "XYZ")]
    result = labels.match(findings, [lab("a.md", 12, "XYZ"), lab("a.md", 9, "XYZ", "false")])
    # The label on line 12 goes to the finding on line 12, not to the nearer-first one on 10.
    assert [m and m.line for m in result.labels] == [9, 12, None]
    assert result.stale == []


def test_path_code_and_found_text_must_agree_and_far_labels_are_stale():
    findings = [F("a.md", 5, "GL002", "XYZ")]
    stale = [
        lab("b.md", 5, "XYZ"),
        lab("a.md", 5, "XY"),
        lab("a.md", 5, "XYZ", code="GL001"),
        lab("a.md", 9, "XYZ"),
    ]
    result = labels.match(findings, stale)
    assert result.labels == [None]
    assert len(result.stale) == 4


def test_tally_counts_per_rule_and_precision_is_over_labelled_findings():
    findings = [
        F("a.md", 1, "GL002", "AB"),
        F("a.md", 2, "GL002", "CD"),
        F("a.md", 3, "GL002", "EF"),
        F("a.md", 4, "GL001", "Foo"),
    ]
    matching = labels.match(findings, [lab("a.md", 1, "AB"), lab("a.md", 2, "CD", "false")])
    counts = labels.tally(findings, matching)
    assert list(counts) == ["GL001", "GL002"]
    g2 = counts["GL002"]
    assert (g2.findings, g2.real, g2.false, g2.unlabelled, g2.precision) == (3, 1, 1, 1, 0.5)
    assert counts["GL001"].precision is None and counts["GL001"].unlabelled == 1
    assert labels.false_kinds(matching) == {"name": 1}


def test_labels_text_round_trips_and_bad_lines_name_their_line():
    label = labels.Label("x/y.rst", 7, "ORM", "GL002", "false", "known-acronym", "readers know it")
    assert labels.parse_labels("# header\n\n" + labels.format_label(label) + "\n") == [label]
    with pytest.raises(labels.LabelError, match=r"f.tsv:2: verdict 'maybe'"):
        labels.parse_labels("# h\na.md\t1\tX\tGL002\tmaybe\tk\tn\n", "f.tsv")
    with pytest.raises(labels.LabelError, match=r"f.tsv:1: expected 7"):
        labels.parse_labels("a.md\t1\tX\n", "f.tsv")


def test_every_labels_file_in_the_project_parses():
    for path in sorted((HARNESS / "labels").glob("*.tsv")):
        if path.name.endswith(".links.tsv"):
            autolinks.parse_link_labels(path.read_text(encoding="utf-8"), str(path))
        else:
            for label in labels.read_labels(path):
                assert label.code.startswith("GL") and label.line > 0, (path, label)


def _glossary() -> Glossary:
    return Glossary(
        (
            Term(id="wavetable", term="Wavetable", definition="A table of one cycle."),
            Term(id="beatmatch", term="BeatMatch", definition="A made-up product.", case=CasePolicy.EXACT),
            Term(id="pitch-shift", term="Pitch-shift", definition="Moving pitch.", variants=("pitchshift",)),
            Term(id="autotuning-pass", term="Autotuning Pass", definition="A pass of tuning."),
        )
    )


def test_slips_of_each_kind_are_what_the_kind_says():
    rng = random.Random(1)
    vocabulary = frozenset({"wave", "table", "tuning", "the"})
    forms = {t.id: planting.slips(t, vocabulary, rng) for t in _glossary()}
    assert forms["wavetable"]["split-compound"] == ("wavetable", "wave table")
    assert forms["wavetable"]["case"] == ("wavetable", "Wavetable")
    typo_site, typo = forms["wavetable"]["typo"]
    assert typo_site == "wavetable" and typo != "wavetable" and typo[0] == "w"
    assert forms["beatmatch"]["all-caps"] == ("BeatMatch", "BEATMATCH")
    assert forms["beatmatch"]["case"] == ("BeatMatch", "beatmatch")
    assert forms["beatmatch"]["split-compound"] == ("BeatMatch", "Beat Match")
    assert forms["pitch-shift"]["hyphen-space"] == ("pitch-shift", "pitch shift")
    assert forms["pitch-shift"]["listed-variant"] == ("pitch-shift", "pitchshift")
    assert forms["autotuning-pass"]["distinctive-word"][0] == "autotuning"
    assert forms["autotuning-pass"]["distinctive-word"][1] in ("auto-tuning", "auto tuning")


def test_a_typo_is_never_planted_as_an_english_word():
    """``bitter`` slips to ``better``, ``butter`` or ``batter`` as easily as to
    a misspelling; those are words, and no linter sees a slip in them."""
    slips = {planting._typo("bitter", frozenset(), random.Random(seed)) for seed in range(60)}
    assert slips and "" not in slips
    assert not slips & {"batter", "better", "butter"}
    assert not any(is_known_word(slip) for slip in slips)


def test_plants_go_only_into_prose_lines_one_per_line_and_keep_line_numbers(tmp_path):
    doc = tmp_path / "docs" / "page.md"
    doc.parent.mkdir()
    text = (
        "# The wavetable heading is left alone\n"
        "\n"
        "A synth reads each wavetable slowly, and the BeatMatch button aligns two decks.\n"
        "```\n"
        "wavetable = load('pitch-shift')  # code stays as it is, wavetable or not\n"
        "```\n"
        "Set the `wavetable` option, then apply a pitch-shift to the whole wavetable here.\n"
        "    an indented wavetable line that may well be code, so it is not touched\n"
    )
    doc.write_text(text)
    plants = planting.plan(tmp_path, ("docs",), _glossary(), seed=3, per_kind=5)
    assert plants and {p.line for p in plants} <= {3, 7}
    assert len({(p.path, p.line) for p in plants}) == len(plants)
    planting.apply(tmp_path, plants)
    after = doc.read_text().split("\n")
    assert len(after) == len(text.split("\n"))
    for plant in plants:
        line = after[plant.line - 1]
        assert line[plant.column - 1 : plant.end_column - 1] == plant.planted
        assert "`wavetable`" in after[6]  # inline code is never a site


def test_no_plant_goes_into_double_backtick_code_or_code_wrapped_over_a_line(tmp_path):
    # Every mention of a term here is code: in a reST literal with an '=' in
    # it, or in a literal that opens on one line and closes on the next.
    doc = tmp_path / "docs" / "page.rst"
    doc.parent.mkdir()
    doc.write_text(
        "Loading the bank with ``wavetable=True`` keeps each cycle in memory for later.\n"
        "Call the loader with its flag set, as in ``load(table,\n"
        "wavetable)`` for example, and nothing else is needed at all.\n"
    )
    assert planting.plan(tmp_path, ("docs",), _glossary(), seed=3, per_kind=5) == []
    # The same words written as prose are sites.
    doc.write_text("Loading the bank with a wavetable keeps each cycle in memory for later.\n")
    assert planting.plan(tmp_path, ("docs",), _glossary(), seed=3, per_kind=5) != []


def test_check_reports_paths_relative_to_the_corpus(tmp_path):
    (tmp_path / "gl.yaml").write_text(
        "terms:\n- id: wavetable\n  term: Wavetable\n  definition: A table of one cycle.\n"
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("Our synth loads a Wavetable from disk before it plays.\n")
    found = corpora.check(tmp_path, ("docs",), tmp_path / "gl.yaml")
    assert [(f.path, f.line, f.code) for f in found] == [("docs/a.md", 1, "GL001")]
    assert found[0].end_column > found[0].column


def test_link_labels_match_by_page_text_and_excerpt():
    links = [
        autolinks.Link("p", "list", "Make a ", "Make a list of the things."),
        autolinks.Link("p", "list", "Make a ", "Make a list of the other things."),
    ]
    wrong = autolinks.LinkLabel("p", "list", "list of the other", "wrong")
    assert autolinks.match_links(links, [wrong]) == [None, wrong]
    assert links[0].excerpt == "Make a list of the things."


def test_link_labels_no_link_takes_are_stale_and_drop_from_their_file():
    links = [autolinks.Link("p", "kiln", "Fire the ", "Fire the kiln at dawn.")]
    text = (
        "# potter's words\n"
        "p\tkiln\tFire the kiln at dawn.\tright\t\n"
        "p\tglaze\tthe glaze ran\twrong\tthe verb\n"
        "q\tkiln\tan old kiln\tright\t\n"
    )
    found = autolinks.parse_link_labels(text)
    stale = autolinks.stale_link_labels(links, found)
    assert [(label.page, label.text) for label in stale] == [("p", "glaze"), ("q", "kiln")]
    kept = labels.drop_labels(text, stale, "<links>", autolinks.parse_link_labels)
    assert kept == "# potter's words\np\tkiln\tFire the kiln at dawn.\tright\t\n"


def test_a_link_label_goes_to_the_link_it_was_written_for_before_another_in_its_paragraph():
    """Two mentions of 'list' in one paragraph: the label written for the
    second link is not taken by the first, though the paragraph holds both."""
    text = "Keep a list here. Later on, a longer list of the other things."
    first = autolinks.Link("p", "list", "Keep a ", text)
    second = autolinks.Link("p", "list", "Keep a list here. Later on, a longer ", text)
    right = autolinks.LinkLabel("p", "list", "a longer list of the other", "right")
    wrong = autolinks.LinkLabel("p", "list", "Keep a list here", "wrong")
    assert autolinks.match_links([first, second], [right, wrong]) == [wrong, right]
    # With only the other's label left, the paragraph still matches it.
    assert autolinks.match_links([second], [wrong]) == [wrong]


def test_the_link_build_takes_every_page_unless_a_sample_size_is_given(tmp_path):
    for n in range(6):
        (tmp_path / "docs" / f"page{n}.md").parent.mkdir(exist_ok=True)
        (tmp_path / "docs" / f"page{n}.md").write_text(f"# Page {n}\n")
    every = autolinks.sample_pages(tmp_path, ("docs",), seed=12)
    assert [p.name for p in every] == [f"page{n}.md" for n in range(6)]
    some = autolinks.sample_pages(tmp_path, ("docs",), seed=12, size=2)
    assert len(some) == 2 and set(some) <= set(every)


def test_an_unlabelled_link_is_shown_in_its_whole_paragraph():
    link = autolinks.Link("p", "list", "Make a ", "Make a list of the things.")
    assert link.paragraph == "Make a [[list]] of the things."


def test_a_found_text_across_a_line_break_round_trips_through_a_labels_file():
    label = labels.Label("a.rst", 3, "two\nwords", "GL003", "false", "import-loss", "tab\there, back\\slash")
    line = labels.format_label(label)
    assert "\n" not in line and line.count("\t") == 6
    assert labels.parse_labels(line) == [label]


def test_a_form_the_prose_already_uses_is_not_planted_as_a_slip(tmp_path):
    glossary = Glossary(
        (Term(id="bm", term="BeatMatch", definition="A made-up product.", case=CasePolicy.EXACT),)
    )
    mentions = "".join(
        f"Press the BeatMatch button on deck {n} to align it with the other deck.\n\n" for n in range(3)
    )
    # The handbook's own usage: "beatmatch" as a verb, three times.
    usage = "Most people beatmatch by ear; a good DJ can beatmatch anything and will beatmatch fast.\n"

    def planted_kinds(text: str) -> set[str]:
        root = tmp_path / str(len(text))
        (root / "docs").mkdir(parents=True)
        (root / "docs" / "page.md").write_text(text)
        return {p.kind for p in planting.plan(root, ("docs",), glossary, seed=1, per_kind=5)}

    assert "case" in planted_kinds(mentions)
    assert "case" not in planted_kinds(mentions + usage)


def test_the_copy_of_a_read_only_corpus_is_writable(tmp_path):
    import run

    source = tmp_path / "corpus" / "docs" / "page.md"
    source.parent.mkdir(parents=True)
    source.write_text("A page of prose about wavetables.\n")
    source.chmod(0o444)
    corpus = corpora.Corpus("tiny", None, ("docs",), tmp_path / "corpus")
    run.copy_prose(corpus, tmp_path / "copy")
    copied = tmp_path / "copy" / "docs" / "page.md"
    assert copied.read_text() == source.read_text()
    assert copied.stat().st_mode & 0o200


def test_dropping_stale_labels_keeps_comments_order_and_other_copies():
    text = (
        "# header\n"
        "a.md\t3\tQRS\tGL002\tfalse\tname\tfirst\n"
        "a.md\t3\tQRS\tGL002\tfalse\tname\tfirst\n"
        "b.md\t7\tTUV\tGL002\treal\tslip\t\n"
        "\n"
        "c.md\t1\tWXY\tGL001\treal\tslip\tkept\n"
    )
    stale = [labels.Label("a.md", 3, "QRS", "GL002", "false", "name", "first"), lab("b.md", 7, "TUV")]
    assert labels.drop_labels(text, stale) == (
        "# header\na.md\t3\tQRS\tGL002\tfalse\tname\tfirst\n\nc.md\t1\tWXY\tGL001\treal\tslip\tkept\n"
    )


def test_splits_stop_at_real_word_parts_and_leave_words_in_capitals_whole():
    vocabulary = frozenset({"re", "turning", "pre", "tuning", "the"})
    # A keyword in capitals is not a closed compound a writer splits.
    assert planting._split_word("RETURNING", vocabulary) is None
    # After a prefix, what remains must be a word: of the corpus, or of English.
    assert planting._split_word("precision", vocabulary) is None
    assert planting._split_word("autoregressive", vocabulary) == ("auto", "regressive")
    assert planting._split_word("autotuning", vocabulary) == ("auto", "tuning")


def test_the_held_out_table_parses_and_a_bad_line_names_its_line(tmp_path):
    table = tmp_path / "heldout.tsv"
    table.write_text(
        "# a comment\n\nbooks\tbooks==1.2\tdocs/terms.rst\tdocs/guide docs/intro.rst\n", encoding="utf-8"
    )
    assert corpora.heldout(table) == [
        corpora.HeldOut("books", "books==1.2", "docs/terms.rst", ("docs/guide", "docs/intro.rst"))
    ]
    table.write_text("books\tbooks>=1\tdocs/terms.rst\tdocs\n", encoding="utf-8")  # not pinned
    with pytest.raises(ValueError, match=r"heldout\.tsv:1: "):
        corpora.heldout(table)


def test_the_project_held_out_table_is_pinned_and_checksummed():
    entries = corpora.heldout()
    assert all("==" in entry.requirement and len(entry.sha256) == 64 for entry in entries)


def test_a_held_out_line_may_pin_the_sdist_checksum_and_a_malformed_one_names_its_line(tmp_path):
    table = tmp_path / "heldout.tsv"
    digest = "0123456789abcdef" * 4
    table.write_text(f"books\tbooks==1.2\tdocs/terms.rst\tdocs\t{digest}\n", encoding="utf-8")
    assert corpora.heldout(table)[0].sha256 == digest
    table.write_text("books\tbooks==1.2\tdocs/terms.rst\tdocs\tnot-a-digest\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"heldout\.tsv:1: "):
        corpora.heldout(table)


def test_a_fetched_sdist_whose_checksum_differs_is_refused_and_not_unpacked(monkeypatch, tmp_path):
    import hashlib
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        data = b"A page of the handbook.\n"
        info = tarfile.TarInfo("books-1.2/docs/page.rst")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    archive = buffer.getvalue()

    def fake_pip(command, **kwargs):
        # Stands in for `pip download`: puts the same archive into the download folder.
        download = Path(command[command.index("-d") + 1])
        download.mkdir(parents=True, exist_ok=True)
        (download / "books-1.2.tar.gz").write_bytes(archive)
        return corpora.subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(corpora.subprocess, "run", fake_pip)
    wrong = corpora.HeldOut("books", "books==1.2", "docs/terms.rst", ("docs",), "0" * 64)
    with pytest.raises(corpora.FetchFailed, match="sha256"):
        corpora.fetch(wrong, tmp_path)
    assert not (tmp_path / "books-1.2").exists()
    assert not (tmp_path / "download" / "books-1.2.tar.gz").exists()
    right = corpora.HeldOut(
        "books", "books==1.2", "docs/terms.rst", ("docs",), hashlib.sha256(archive).hexdigest()
    )
    assert (corpora.fetch(right, tmp_path).root / "docs" / "page.rst").exists()


def test_plants_go_only_into_files_check_reads_in_a_folder(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("A page.\n")
    (tmp_path / "docs" / "notes.txt").write_text("Notes beside the pages.\n")
    (tmp_path / "extra.txt").write_text("Named on its own, so read.\n")
    found = planting.documents(tmp_path, ("docs", "extra.txt"))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["docs/page.md", "extra.txt"]


def test_show_lists_unlabelled_links_or_those_of_one_verdict():
    import show

    links = [
        autolinks.Link("p", "shell", "Open a ", "Open a shell and type the command."),
        autolinks.Link("p", "shell", "The ", "The shell of a snail is hard."),
        autolinks.Link("q", "kernel", "The ", "The kernel schedules the processes."),
    ]
    right = autolinks.LinkLabel("p", "shell", "Open a shell", "right")
    wrong = autolinks.LinkLabel("p", "shell", "shell of a snail", "wrong", "a snail's shell")
    assert [link for link, _ in show.links_to_show(links, [right, wrong])] == [links[2]]
    assert show.links_to_show(links, [right, wrong], "wrong") == [(links[1], wrong)]
    assert show.links_to_show(links, [right, wrong], "right") == [(links[0], right)]


def test_held_out_corpora_get_their_auto_links_measured_too(monkeypatch, tmp_path):
    import run

    own = corpora.Corpus("own", "glossary.rst", ("docs",), tmp_path)
    stranger = corpora.Corpus("stranger", "glossary.rst", ("docs",), tmp_path)
    built: list[str] = []
    monkeypatch.setattr(run, "corpora", lambda: [own])
    monkeypatch.setattr(run, "heldout", lambda: [corpora.HeldOut("stranger", "stranger==1.0", "g", ("d",))])
    monkeypatch.setattr(run, "held_out_corpus", lambda name: stranger)
    monkeypatch.setattr(run, "import_glossary", lambda corpus, tmp: tmp_path / "glossary.yaml")
    monkeypatch.setattr(run, "check", lambda root, prose, glossary: [])
    monkeypatch.setattr(run, "report_findings", lambda corpus, findings: {})
    monkeypatch.setattr(run, "report_links", lambda corpus, *rest: built.append(corpus.name) or (200, 1))
    assert run.main(["--heldout", "--no-planted"]) == 0
    assert built == ["own", "stranger"]


def test_a_held_out_handbook_named_like_a_shared_one_stops_the_run(monkeypatch, tmp_path, capsys):
    """Labels are kept by name: a held-out copy of a shared handbook would read and
    extend the shared one's labels, and its figures would not be unseen ones."""
    import run

    monkeypatch.setattr(run, "corpora", lambda: [corpora.Corpus("books", "g.rst", ("docs",), tmp_path)])
    monkeypatch.setattr(run, "heldout", lambda: [corpora.HeldOut("books", "books==2.0", "g", ("d",))])
    monkeypatch.setattr(run, "held_out_corpus", lambda name: pytest.fail("nothing is fetched"))
    assert run.main(["--heldout", "--no-planted", "--no-links"]) == 2
    assert "'books' is listed twice" in capsys.readouterr().out


def test_a_name_listed_twice_in_the_held_out_table_names_its_line(tmp_path):
    table = tmp_path / "heldout.tsv"
    table.write_text("books\tbooks==1.2\tg.rst\tdocs\nbooks\tbooks==1.3\tg.rst\tdocs\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"heldout\.tsv:2: the name 'books' is listed twice"):
        corpora.heldout(table)


def test_the_wrong_sense_rate_is_also_given_over_every_corpus_built():
    import run

    assert run.links_total([(200, 1), (600, 2)]) == (
        "== auto-links over 2 corpora: 800 links, labelled wrong sense 3, wrong-sense rate 0.4%"
    )


def _buffer_and_ledger() -> Glossary:
    """Two exact two-word terms, the second with its hyphenated form listed as wrong."""
    return Glossary(
        (
            Term(id="gb", term="grain buffer", definition="A made-up buffer.", case=CasePolicy.EXACT),
            Term(
                id="fl",
                term="frame ledger",
                definition="A made-up log.",
                case=CasePolicy.EXACT,
                variants=("frame-ledger",),
            ),
        )
    )


def test_a_spaced_term_is_planted_hyphenated_only_where_it_can_only_be_the_noun(tmp_path):
    glossary = _buffer_and_ledger()
    lines = [
        "Each grain buffer size is fixed before the deck starts to play.",  # before its noun: English
        "The mixer adds grain buffer and frame-pacing logic to every deck.",  # coordinated modifiers
        "You call it again to grain buffer the frames of each deck first.",  # after 'to': maybe a verb
        "The grain buffer exists so that playback never stops on a seek.",  # content word: left open
        "The grain buffer is emptied every time the deck loads a track.",  # the noun: a slip
        "Nothing waits long in the grain buffer, not even a tiny frame.",  # the noun: a slip
        "Each frame ledger size is fixed before the deck starts to play.",  # a listed variant: anywhere
    ]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("\n\n".join(lines) + "\n")
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    hyphenated = {(p.line + 1) // 2 for p in plants if p.kind == "hyphen-space" and p.term == "grain buffer"}
    assert hyphenated == {5, 6}
    # A hyphenated form the glossary lists is a slip wherever it stands.
    assert [(p.kind, p.planted) for p in plants if p.line == 13] == [("hyphen-space", "frame-ledger")]


def test_two_words_of_a_longer_spaced_term_are_never_planted_hyphenated(tmp_path):
    # "mean-pitch drift" is how English writes "mean pitch" as a modifier of
    # "drift": no slip, wherever it stands, unless the glossary lists it;
    # "bar-of groove" is no modifier of anything, a slip.
    glossary = Glossary(
        (
            Term(id="mpd", term="mean pitch drift", definition="A made-up measure.", case=CasePolicy.EXACT),
            Term(id="bog", term="bar of groove", definition="A made-up unit.", case=CasePolicy.EXACT),
            Term(
                id="lfg",
                term="low frame gate",
                definition="A made-up gate.",
                case=CasePolicy.EXACT,
                variants=("low-frame gate",),
            ),
        )
    )
    lines = [
        "The mean pitch drift is measured once the deck has played a full bar.",
        "Nothing adds to the mean pitch drift, not even a slow and long fade.",
        "Every low frame gate is opened once the deck has played a full bar.",
        "Each bar of groove is counted once the deck has played a full bar.",  # 'bar-of groove': a slip
    ]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("\n\n".join(lines) + "\n")
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    assert sorted((p.line, p.planted) for p in plants if p.kind == "hyphen-space") == [
        (5, "low-frame gate"),
        (7, "bar-of groove"),
    ]
    # The slip is still formed: its sites are dropped after the draw.
    assert planting.slips(glossary.terms[0], frozenset(), random.Random(1))["hyphen-space"] == (
        "mean pitch drift",
        "mean-pitch drift",
    )


def test_a_term_is_planted_capitalised_only_after_a_lower_case_word(tmp_path):
    # After 'Tonal' or 'Acme' a capital makes a name ("Tonal Wavetable"), no
    # slip; after 'each' or '(and' it has no reason but a slip.
    glossary = Glossary((Term(id="wavetable", term="wavetable", definition="A table of one cycle."),))
    lines = [
        "The Tonal wavetable synth in this rack reads every cycle in turn.",
        "Our Acme wavetable loader keeps every cycle in memory for later.",
        "A sampler reads each wavetable slowly and then loops it for a while.",
        "The mixer reads the pitch (and wavetable) settings of every deck here.",
    ]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("\n\n".join(lines) + "\n")
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    assert {(p.line + 1) // 2 for p in plants if p.kind == "case"} == {3, 4}


def test_no_plant_goes_into_a_rest_substitution_reference(tmp_path):
    # '|wavetable|' names a substitution: a slip there breaks the markup
    # (an undefined substitution), it is no misspelling of prose.
    doc = tmp_path / "docs" / "page.rst"
    doc.parent.mkdir()
    doc.write_text("The synth reads the |wavetable| of each deck and loops it for a while.\n")
    assert planting.plan(tmp_path, ("docs",), _glossary(), seed=3, per_kind=5) == []
    doc.write_text("The synth reads the wavetable of each deck and loops it | for a while.\n")
    assert planting.plan(tmp_path, ("docs",), _glossary(), seed=3, per_kind=5) != []


def test_no_capital_is_planted_where_it_names_a_class_of_the_page_or_entry(tmp_path):
    # The page calls ``WaveTable(size)`` and the entry of 'looper' defines it
    # by its class: "the Wavetable" or "the Looper" may name those classes.
    entries = {
        "wavetable": "A table of one cycle.",
        "looper": "A :class:`Looper` that repeats a bar.",
        "fader": "A slider that sets a level.",
    }
    page = (
        "Build one with `WaveTable(size)` before you play any note at all.\n\n"
        "The synth reads each wavetable slowly and then loops it again.\n\n"
        "The deck hands every looper one bar and then waits for the next.\n\n"
        "The mixer moves each fader slowly and then stops at the top.\n"
    )
    assert _case_plants(tmp_path, entries, page) == {"fader"}


def _case_plants(tmp_path, entries: dict[str, str], page: str) -> set[str]:
    """The terms that get a case plant on ``page``, for a glossary of these
    one-word entries (term: definition)."""
    glossary = Glossary(tuple(Term(id=t, term=t, definition=d) for t, d in entries.items()))
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(page)
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    return {p.term for p in plants if p.kind == "case"}


def test_an_sdist_is_looked_for_under_its_normalised_name_first():
    """PEP 625 names an sdist by its project's normalised name, so a project
    spelled with a dot or capitals is found after download; the older
    spelling is still tried for archives made before it."""
    assert corpora.sdist_names("Kelp.Forest-tools", "1.2") == [
        "kelp_forest_tools-1.2.tar.gz",
        "Kelp.Forest_tools-1.2.tar.gz",
        "Kelp.Forest-tools-1.2.tar.gz",
    ]
    assert corpora.sdist_names("tidepool", "3.0") == ["tidepool-3.0.tar.gz"]


def test_control_characters_in_cells_are_escaped_and_round_trip():
    # A NUL (what a reST escape leaves in a doctree), an ESC sequence, a carriage return
    label = labels.Label("a.rst", 3, "glaze\x00s", "GL001", "false", "name", "bell\x07 \x1b[2J here\r")
    line = labels.format_label(label)
    assert not any(ord(c) < 32 and c != "\t" for c in line), repr(line)
    assert "glaze\\x00s" in line and "\\x1b[2J" in line
    assert labels.parse_labels(line) == [label]
    # a backslash written before 'x00' stays a backslash
    literal = labels.Label("a.rst", 3, "C:\\x00", "GL001", "false", "name")
    assert labels.parse_labels(labels.format_label(literal)) == [literal]


def test_a_link_excerpt_after_a_rest_escape_holds_no_control_character(tmp_path, capsys):
    import show

    # ':term:`glaze`\s' is 'glazes' to a reader; docutils keeps the escape as a NUL in the text node.
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "firing.rst").write_text(
        "Firing\n======\n\nThe potter loads the bisqueware. Two :term:`glaze`\\s dry on the shelf.\n"
    )
    glossary = tmp_path / "g.yaml"
    glossary.write_text(
        "version: 1\nterms:\n"
        "  - id: bisqueware\n    term: bisqueware\n    definition: Pottery fired once, without glaze.\n"
        "  - id: glaze\n    term: glaze\n    definition: A glassy coat on pottery.\n"
    )
    links = autolinks.build(tmp_path, ("docs",), glossary, tmp_path / "work")
    assert [link.text for link in links] == ["bisqueware"]
    assert links[0].context == "The potter loads the bisqueware. Two glazes dry on the shelf."
    show.show_links("nothing-labelled", links)
    out = capsys.readouterr().out
    assert "glazes dry" in out and not any(ord(c) < 32 and c not in "\t\n" for c in out)


def test_no_capital_is_planted_after_a_naming_word_or_where_the_pages_capitalise_the_term(tmp_path):
    # "a stage called Looper" coins a name; a handbook that writes "the
    # Faders" and "a Fader" mid-sentence names its concept with the capital.
    entries = {
        "looper": "A stage that repeats a bar.",
        "fader": "A slider that sets a level.",
        "knob": "A dial that sets a level.",
    }
    page = (
        "The deck hands each bar to a stage called looper and waits for the next.\n\n"
        "The mixer moves each fader slowly and then stops at the very top.\n\n"
        "The mixer turns each knob slowly and then stops at the very top.\n\n"
        "- the Faders of the left deck\n- a Fader of the right deck\n- two Faders of the third deck\n"
    )
    assert _case_plants(tmp_path, entries, page) == {"knob"}


def test_no_lower_case_is_planted_where_it_reads_as_an_everyday_word(tmp_path):
    # "the beacon" may be any beacon: only a person can tell it from the
    # product "Beacon"; "zarquon" for "Zarquon" can only be the name.
    glossary = Glossary(
        (
            Term(id="beacon", term="Beacon", definition="A made-up updater.", case=CasePolicy.EXACT),
            Term(id="zarquon", term="Zarquon", definition="A made-up player.", case=CasePolicy.EXACT),
        )
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(
        "At start-up the app asks whether Beacon has a newer build ready to install.\n\n"
        "At start-up the app asks whether Zarquon has a newer track ready to play.\n"
    )
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    assert {(p.term, p.planted) for p in plants if p.kind == "case"} == {("Zarquon", "zarquon")}


def test_link_text_gets_only_typos_and_listed_variants(tmp_path):
    # GL001 lets link text keep the spacing of the title it quotes; a typo
    # or a form the glossary lists as wrong is a slip there too.
    glossary = _buffer_and_ledger()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(
        "Each deck reads [the grain buffer](buffers.md) before it starts to play a track.\n\n"
        "Each deck writes [its frame ledger](ledger.md) before it starts to play a track.\n"
    )
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    assert [(p.term, p.kind) for p in plants] == [("frame ledger", "listed-variant")]


def test_no_spacing_is_planted_that_the_entry_s_own_definition_writes(tmp_path):
    # The entry "beat-grid" is defined as "Beat grid lines are ...": the open
    # noun is the glossary's own form, not a slip; "loop-point" keeps its slip.
    glossary = Glossary(
        (
            Term(id="bg", term="beat-grid", definition="Beat grid lines are marks laid on each bar."),
            Term(id="lp", term="loop-point", definition="Where a repeated bar starts again."),
        )
    )
    (tmp_path / "docs").mkdir()
    # Three lines of each, as a case plant may take two of them.
    (tmp_path / "docs" / "page.md").write_text(
        "The deck draws a beat-grid view over every bar of the loaded track.\n\n" * 3
        + "The deck draws a loop-point marker over every bar of the loaded track.\n\n" * 3
    )
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    assert {(p.term, p.planted) for p in plants if p.kind == "hyphen-space"} == {("loop-point", "loop point")}


def _plants_of(tmp_path, terms: tuple[tuple[str, str], ...], text: str, kind: str) -> list[planting.Plant]:
    """The plants of ``kind`` in one Markdown page of ``text``, over a
    glossary of ``(term, definition)`` entries."""
    glossary = Glossary(tuple(Term(id=term, term=term, definition=meaning) for term, meaning in terms))
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(text)
    return [p for p in planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30) if p.kind == kind]


def test_no_split_is_planted_of_a_distinctive_word_that_is_everyday_english(tmp_path):
    # "network" of "mesh network" is everyday English: its halves may be
    # words of a sentence of their own, and GL001 looks for no split of it;
    # "autotuning" of "autotuning pass" is no everyday word, so it is split.
    text = (
        "Every mesh network we ship has a net gain from the work of its radios.\n\n" * 3
        + "Every autotuning pass we run has a tuning step and a light on it too.\n\n" * 3
    )
    plants = _plants_of(
        tmp_path, (("mesh network", "Radios."), ("autotuning pass", "Tuning.")), text, "distinctive-word"
    )
    assert {p.term for p in plants} == {"autotuning pass"}


def test_no_capital_is_planted_on_a_term_of_one_letter(tmp_path):
    # "q" and "Q" are two symbols of a formula, not one mis-cased.
    text = "Each ball keeps its charge q while the deck sets the gain of each track.\n\n" * 3
    plants = _plants_of(tmp_path, (("q", "A charge."), ("gain", "Loudness.")), text, "case")
    assert {p.term for p in plants} == {"gain"}


def test_no_plant_goes_into_a_role_shown_as_typed_with_escaped_backticks(tmp_path):
    # In reST, ``:code:`:dfn:\`wavetable\``` shows a role as it is typed:
    # the escaped backticks keep the markup open, so the word is code.
    doc = tmp_path / "docs" / "page.rst"
    doc.parent.mkdir()
    doc.write_text("To define it, write :code:`:dfn:\\`wavetable\\`` in the source of the page.\n")
    assert planting.plan(tmp_path, ("docs",), _glossary(), seed=3, per_kind=5) == []


def test_no_capital_is_planted_right_before_a_capitalised_word(tmp_path):
    # "the Gain API" or "the Gain Knob" would read as a name; the gain
    # before a lower-case word is a plain site.
    text = (
        "Each deck reads the gain API before it plays a track again.\n\n"
        "Each deck reads the gain Knob before it plays a track again.\n\n"
        "Each deck reads the gain value before it plays a track again.\n"
    )
    plants = _plants_of(tmp_path, (("gain", "Loudness."),), text, "case")
    assert [(p.line, p.planted) for p in plants] == [(5, "Gain")]


def test_no_capital_is_planted_before_a_capitalised_word_on_the_next_line(tmp_path):
    # A paragraph's line break is a space: "the Gain" ending a line before
    # "ID" reads "the Gain ID", a name, as on one line; before a lower-case
    # word on the next line, or at a paragraph's end, the site is plain.
    text = (
        "Each deck in the booth reads its own gain\nID before it plays a track again.\n\n"
        "Each deck in the booth reads its own gain\nvalue before it plays a track again.\n\n"
        "Each deck in the booth reads and keeps its gain\n\nAnd then it plays the track again.\n"
    )
    plants = _plants_of(tmp_path, (("gain", "Loudness."),), text, "case")
    assert sorted((p.line, p.planted) for p in plants) == [(4, "Gain"), (7, "Gain")]


def _case_plants_over(tmp_path, pages: dict[str, str], terms: tuple[str, ...]) -> list[planting.Plant]:
    """The case plants over Markdown ``pages`` (name: text), for a glossary of
    these lower-case ``terms``."""
    (tmp_path / "docs").mkdir(parents=True)
    for name, text in pages.items():
        (tmp_path / "docs" / f"{name}.md").write_text(text)
    glossary = Glossary(tuple(Term(id=t.replace(" ", "-"), term=t, definition="A part.") for t in terms))
    return [p for p in planting.plan(tmp_path, ("docs",), glossary, seed=5) if p.kind == "case"]


def _chapters(tmp_path, own: str) -> list[planting.Plant]:
    """Case plants of 'gain' over four chapters that write it in lower case
    twice each, and a fifth whose text is ``own``."""
    chapter = (
        "Each deck in the booth reads its own gain before it plays a track.\n\n"
        "Every deck then sets the gain of its cue before the crowd hears it.\n"
    )
    pages = {name: chapter for name in ("one", "two", "three", "four")}
    return _case_plants_over(tmp_path, {**pages, "tour": own}, ("gain",))


def test_no_second_capital_is_planted_where_the_pair_would_be_the_house_usage(tmp_path):
    # A tour that writes "the Gain" twice: two capitals planted in two more
    # chapters make four against six lower-case uses, the handbook's usage
    # by GL001's survey, so only one is planted; with no such tour, two are.
    tour = "On this tour we set the Gain first, and then the Gain of each deck again.\n"
    assert len(_chapters(tmp_path / "a", tour)) == 1
    plain = "On this tour we set the level first, and then the level of each deck again.\n"
    assert len(_chapters(tmp_path / "b", plain)) == 2


def test_no_capital_is_planted_where_it_names_a_class_some_page_writes_as_code(tmp_path):
    # Another page writes the class ``Mixer`` as code: "a Mixer instance"
    # names it; before a plain noun the capital is a slip.
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "api.md").write_text("Call `Mixer` with a rate. The `Mixer` holds every channel.\n")
    (tmp_path / "docs" / "page.md").write_text(
        "Each deck in the booth starts one mixer instance before it plays a track.\n\n"
        "Each deck in the booth starts one mixer channel before it plays a track.\n"
    )
    glossary = Glossary((Term(id="mixer", term="mixer", definition="Blends channels."),))
    plants = [p for p in planting.plan(tmp_path, ("docs",), glossary, seed=5) if p.kind == "case"]
    assert [(p.path, p.line) for p in plants] == [("docs/page.md", 3)]


def _drum_plants(tmp_path, tour: str) -> list[planting.Plant]:
    """Case plants over a handbook whose code builds a ``Drum`` on two
    pages, two chapters mentioning the drum and the drum kit, and ``tour``."""
    code = "Build one like this:\n\n    d = Drum(3)\n"
    pages = {
        "api": code,
        "kit": code,
        "one": "Each player in the band hits the drum before the song starts.\n",
        "two": "Each player in the band tunes the drum kit before the set.\n",
        "tour": tour,
    }
    return _case_plants_over(tmp_path, pages, ("drum", "drum kit"))


def test_no_capitals_are_planted_that_together_make_a_class_name_of_the_handbook(tmp_path):
    # The code builds a Drum and one chapter writes "the Drum": capitals of
    # "drum" and "drum kit" planted in two more chapters make "Drum" a
    # class name the prose capitalises in three chapters, which GL001 reads
    # as the class; so only one of them is planted.  Without that chapter's
    # capital, both are.
    tour = "On this tour we first set up the Drum on the left of the stage.\n"
    assert len(_drum_plants(tmp_path / "a", tour)) == 1
    plain = "On this tour we first set up the stand on the left of the stage.\n"
    assert len(_drum_plants(tmp_path / "b", plain)) == 2


def test_splits_never_make_a_linking_word_a_part():
    vocabulary = frozenset({"hop", "per", "for", "ward", "mill", "stone"})
    # 'hop per' reads as a phrase ("one hop per bar"), no closed compound split.
    assert planting._split_word("hopper", vocabulary) is None
    assert planting._split_word("forward", vocabulary) is None
    assert planting._split_word("millstone", vocabulary) == ("mill", "stone")


def test_a_lowered_name_that_tips_the_code_habit_is_not_planted():
    from types import SimpleNamespace

    from glossary_lint.rules.code_spellings import CodeSpellings

    glossary = Glossary(
        (Term(id="sk", term="SpoolKit", definition="A made-up thread library.", case=CasePolicy.EXACT),)
    )
    pages = {"a.md": "We wind it with SpoolKit\n`spoolkit.wind()` each day.\nThe SpoolKit log grows.\n"}

    def survey(names=frozenset(), programs=frozenset()):
        house = SimpleNamespace(code_spellings=CodeSpellings(names=names, programs=programs))
        return SimpleNamespace(with_plants=lambda plants: house)

    before_code = planting.Plant("a.md", 1, 17, "SpoolKit", "spoolkit", "case", "SpoolKit")
    before_noun = planting.Plant("a.md", 3, 5, "SpoolKit", "spoolkit", "case", "SpoolKit")
    habit = frozenset({("sk", "spoolkit")})
    # The form the code and the prose would then both write as a habit: no stray.
    assert planting._make_code_name(before_noun, [], survey(names=habit), glossary, pages)
    # The program's name counts only before its code (here on the next line) or a program word.
    assert planting._make_code_name(before_code, [], survey(programs=habit), glossary, pages)
    assert not planting._make_code_name(before_noun, [], survey(programs=habit), glossary, pages)
    # A survey the plant leaves as it was says nothing against the slip.
    assert not planting._make_code_name(before_noun, [], survey(), glossary, pages)


def test_one_slipped_form_is_planted_twice_at_most_whichever_entries_share_its_word(tmp_path):
    # Four entries share the word "snowplough"; each would take two plants of its own.
    glossary = Glossary(
        tuple(
            Term(id=f"t{n}", term=f"{head} snowplough", definition="A made-up machine.")
            for n, head in enumerate(("red", "blue", "green", "small"))
        )
    )
    lines = "".join(
        f"The driver parked the snowplough near gate {n} before the storm came.\n\n" for n in range(40)
    )
    usage = "Snow fell on the plough and the tractor.\n"
    (tmp_path / "docs").mkdir()
    for n in range(4):
        (tmp_path / "docs" / f"page{n}.md").write_text(lines + usage)
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    forms = Counter(p.planted.casefold() for p in plants if p.kind == "distinctive-word")
    assert forms and max(forms.values()) <= 2


def test_no_plant_is_chosen_that_would_make_planted_capitals_the_page_s_own_style():
    # One page writes "the Anvil" once and "anvil" nine times.  Two capitals
    # planted there make three against seven lower-case uses: still strays.
    # A typo planted on the same page takes a lower-case use away, and the
    # three capitals become the page's style by GL001's page rule (three,
    # at least half as many as the lower case): so that typo is not chosen.
    lines = ["In this forge we strike the Anvil with care every single morning."] + [
        f"On day {n} the smith keeps the anvil clean before the work starts." for n in range(9)
    ]
    page = "\n\n".join(lines) + "\n"
    glossary = Glossary((Term(id="anvil", term="anvil", definition="A block a smith works on."),))
    surveyed = planting.Survey({"forge.md": page, "other.md": page}, glossary)

    def plant(index: int, planted: str, kind: str, path: str = "forge.md") -> planting.Plant:
        line = 2 * index + 1
        column = lines[index].index("anvil") + 1
        return planting.Plant(path, line, column, "anvil", planted, kind, "anvil")

    first, second = plant(1, "Anvil", "case"), plant(2, "Anvil", "case")
    typo = plant(3, "anivl", "typo")
    assert not planting._make_page_usage(second, [first], surveyed, glossary)
    assert planting._make_page_usage(typo, [first, second], surveyed, glossary)
    # On another page, or with no capital planted beside it, a typo takes nothing from them.
    assert not planting._make_page_usage(plant(3, "anivl", "typo", "other.md"), [first, second], surveyed, glossary)
    assert not planting._make_page_usage(typo, [], surveyed, glossary)


def test_no_respaced_plant_is_chosen_that_would_make_the_planted_form_the_house_s_spelling():
    # A reST page under a title underlined with tildes writes "bread bin"
    # four times and "bread-bin" once.  One "bread-bin" planted makes two
    # against three: still a stray.  A second makes three against two, the
    # prose's own spelling by GL001's survey: so it is not chosen.
    lines = ["The Larder", "~~~~~~~~~~", "", "We keep a bread-bin on the shelf by the window."] + [
        f"On day {n} the cook wipes the bread bin before the loaves come in." for n in range(4)
    ]
    page = "\n\n".join(lines) + "\n"
    glossary = Glossary((Term(id="bread-bin", term="bread bin", definition="A box that keeps bread."),))
    surveyed = planting.Survey({"larder.rst": page}, glossary)

    def plant(index: int) -> planting.Plant:
        line = page.split("\n").index(lines[index]) + 1
        column = lines[index].index("bread bin") + 1
        site = ("bread bin", "bread-bin", "hyphen-space", "bread bin")
        return planting.Plant("larder.rst", line, column, *site)

    first, second = plant(4), plant(5)
    assert not planting._make_spacing_usage(first, [], surveyed, glossary)
    assert planting._make_spacing_usage(second, [first], surveyed, glossary)


def test_no_single_capital_is_chosen_that_would_make_a_class_name_of_the_prose():
    # Two pages write the class ``Kettle(`` as code and "a Kettle" in their
    # prose; a third capital, planted alone, would make three chapters that
    # capitalise the class: the handbook's class name, which GL001 lets pass.
    code_page = "Call ``Kettle(size)`` to make one, then fill a Kettle with water.\n"
    plain = "Boil the water in the kettle, then pour it.\n"
    pages = {"one.md": code_page, "two.md": code_page, "three.md": plain}
    glossary = Glossary((Term(id="kettle", term="kettle", definition="A pot to boil water in."),))
    surveyed = planting.Survey(pages, glossary)
    capital = planting.Plant("three.md", 1, plain.index("kettle") + 1, "kettle", "Kettle", "case", "kettle")
    assert planting._make_usage(capital, [], surveyed, glossary)
    # With the class capitalised in one chapter only, the plant makes two: a stray.
    other = plain.replace("kettle", "pan")
    fewer = planting.Survey({"one.md": code_page, "two.md": other, "three.md": plain}, glossary)
    assert not planting._make_usage(capital, [], fewer, glossary)


def test_no_respaced_plant_is_chosen_that_writes_the_house_s_phrase_for_a_declared_key():
    # The key ``berth-groups`` is documented by a directive; the prose of three
    # pages says "berth group" as English does, a habit GL001 lets pass.  A
    # "berth group" planted for "berth-group" writes that phrase: no slip.
    pages = {
        "keys.rst": ".. option:: berth-groups\n\n   Which berth groups open at dawn.\n",
        "dawn.rst": "A berth group opens first, and the berth-group list is short.\n",
        "dusk.rst": "Each berth group closes at dusk; the berth-group key says when.\n",
    }
    glossary = Glossary((Term(id="berth-group", term="berth-group", definition="A set of berths."),))
    house = planting.Survey(pages, glossary).house
    term = glossary.terms[0]
    assert planting._house_phrase("berth group", term, house)
    assert planting._house_phrase("Berth group", term, house)
    assert not planting._house_phrase("berthgroup", term, house)
    # Without the directive the key is no name of the handbook's code, and the phrase is a slip.
    pages["keys.rst"] = "Which berth groups open at dawn.\n"
    assert not planting._house_phrase("berth group", term, planting.Survey(pages, glossary).house)


def _spool_page(tmp_path: Path) -> None:
    lines = [
        "Remember to spool the thread onto the bobbin before you start to sew.",
        "Each row of the KnotFile lists every stitch the loom works through.",
        "Then the qzloom reads the pattern one row at a time and moves the shuttle.",
    ]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("\n\n".join(lines) + "\n")


def test_no_plant_writes_a_name_the_glossary_page_lists_for_its_entry(tmp_path):
    # The page heads "Spool" with "spool" (and "KnotFile" with "knotfile"); the
    # importer folds each pair into one entry.  Either name is the glossary's
    # own spelling, no slip, so neither is planted; the capital of "qzloom",
    # whose page lists it only so, is a slip and stays planted.
    glossary = Glossary(
        (
            Term(id="spool", term="Spool", definition="A made-up winder.", spelling="spool"),
            Term(id="knotfile", term="KnotFile", definition="A made-up file.", case=CasePolicy.EXACT),
            Term(id="qzloom", term="Qzloom", definition="A made-up loom.", spelling="qzloom"),
        )
    )
    _spool_page(tmp_path)
    listed = {"Spool", "spool", "KnotFile", "knotfile", "Qzloom"}
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30, headwords=listed)
    assert [(p.kind, p.planted) for p in plants if p.kind == "case"] == [("case", "Qzloom")]
    # Without the page's names, the capital and the lower case are slips to plant.
    plants = planting.plan(tmp_path, ("docs",), glossary, seed=5, per_kind=30)
    assert {p.planted for p in plants if p.kind == "case"} == {"Spool", "knotfile", "Qzloom"}


def test_no_plant_writes_another_entry_s_spelling_or_alias():
    glossary = Glossary(
        (
            Term(id="spool", term="spool", definition="A made-up winder."),
            Term(id="gspool", term="GNU Spool", definition="A made-up tool.", aliases=("Spool",)),
        )
    )
    forms = planting.glossary_forms(glossary)
    # "Spool" is the other entry's alias: a case plant of "spool" must not write it.
    assert "Spool" in forms["spool"] and "spool" not in forms["spool"]
    # An entry's own alias is its right spelling too; its running spelling is what plants slip from.
    assert "Spool" in forms["gspool"] and "GNU Spool" not in forms["gspool"]


def test_the_page_headwords_are_every_name_the_page_lists():
    page = ".. glossary::\n\n   Spool\n   spool\n      A made-up winder.\n\n   Qzloom\n      A made-up loom.\n"
    assert planting.page_headwords(page, ".rst") == {"Spool", "spool", "Qzloom"}
