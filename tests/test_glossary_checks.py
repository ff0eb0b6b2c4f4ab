"""The glossary's checks of itself: collisions, links, order, undefined words."""

from __future__ import annotations

from glossary_lint.glossary.checks import check_glossary
from glossary_lint.glossary.loader import parse_glossary


def entry(id_: str, term: str, definition: str = "A plain definition.", **extra: str) -> str:
    lines = [f"  - id: {id_}", f"    term: {term}", f"    definition: {definition}"]
    lines += [f"    {k}: {v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"


def diagnostics(*entries: str, docs_root=None):
    g = parse_glossary("terms:\n" + "".join(entries), "g.yaml")
    return [(d.line, d.severity, d.message) for d in check_glossary(g, docs_root)]


def test_senses_may_share_a_spelling_other_entries_may_not():
    senses = diagnostics(
        entry("q-audio", "Quantization", sense="Audio"), entry("q-model", "Quantization", sense="Model")
    )
    assert senses == []
    clash = diagnostics(entry("q-audio", "Quantization"), entry("q-model", "Quantization"))
    assert len(clash) == 1 and clash[0][1] == "error" and "claims the spelling" in clash[0][2]


def test_an_alias_may_not_claim_another_entrys_spelling():
    found = diagnostics(entry("codec", "Codec"), entry("neural-codec", "Neural Codec", aliases="[codec]"))
    assert found == [
        (
            5,
            "error",
            "alias 'codec' of 'neural-codec' claims the spelling of canonical "
            "'codec' of 'codec' (line 2); declare both as senses (key 'sense') "
            "if they are one word with two meanings",
        )
    ]


def test_a_variant_may_not_claim_another_entrys_spelling():
    found = diagnostics(entry("codec", "Codec"), entry("codebook", "Codebook", variants="[Codec]"))
    assert [m for _, s, m in found if s == "error"] and "variant 'Codec'" in found[0][2]


def test_related_ids_must_exist():
    found = diagnostics(entry("codec", "Codec", related="[opus]"))
    assert found == [(2, "error", "'codec' is related to 'opus', which is not an entry")]


def test_see_links_are_checked_against_a_docs_root(tmp_path):
    (tmp_path / "mathematics").mkdir()
    (tmp_path / "mathematics" / "fft.md").write_text("# FFT\n")
    ok = entry("fft", "FFT", see="[{title: FFT, doc: mathematics/fft}]")
    bad = entry("gan", "GAN", see="[{title: GANs, doc: architecture/gans}]")
    assert diagnostics(ok, bad) == []  # without a docs root nothing is checked
    found = diagnostics(ok, bad, docs_root=tmp_path)
    assert len(found) == 1 and "architecture/gans" in found[0][2]


def test_entries_out_of_alphabetical_order_are_reported():
    found = diagnostics(
        entry("a-weighting", "A-weighting"),
        entry("aac", "AAC"),
        entry("codec", "Codec"),
        entry("codebook", "Codebook"),
    )
    assert found == [(11, "warning", "'Codebook' is out of alphabetical order: it comes after 'Codec'")]


def test_definitions_that_use_undefined_terms_are_warnings():
    found = diagnostics(
        entry("codec", "Codec", "Used by MusicGen and DWT players, at 48 kHz on a GPU."),
        entry("mp4", "MP4", "Not DWT."),
    )
    messages = [m for _, _, m in found]
    assert messages == [
        "the definition of 'codec' uses 'DWT', which the glossary does not define",
        "the definition of 'codec' uses 'MusicGen', which the glossary does not define",
        "the definition of 'mp4' uses 'DWT', which the glossary does not define",
    ]


def test_math_in_definitions_is_not_read_as_words():
    assert diagnostics(entry("elbo", "ELBO", "'Objective: $\\text{KL} - \\mathcal{L}_{ABC}$.'")) == []


def _entries(*entries: str) -> str:
    return "version: 1\nterms:\n" + "".join(entries)


def _entry(ident: str, term: str, extra: str = "") -> str:
    return f"  - id: {ident}\n    term: {term}\n    definition: A made-up thing.\n{extra}"


def test_check_refuses_what_the_full_spelling_check_calls_an_error():
    from glossary_lint.glossary.checks import ERROR, duplicate_ids, unsafe_for_check, unsafe_spellings

    glossaries = [
        _entries(_entry("drift", "Drift"), _entry("wow", "Wow", "    variants: [the]\n")),
        _entries(_entry("flutter", "Flutter", '    aliases: ["Flu\\u200dtter"]\n')),
        _entries(_entry("tape", "Tape", '    variants: ["T\\u0430pe"]\n'), _entry("hiss", "Hiss")),
        _entries(_entry("delta", "Δt", "    case: exact\n"), _entry("a", "A", '    variants: ["a"]\n')),
        _entries(_entry("hum", "Hum"), _entry("hum", "Hum again")),
    ]
    for text in glossaries:
        glossary = parse_glossary(text)
        full = [*duplicate_ids(glossary), *unsafe_spellings(glossary)]
        errors = sorted((d for d in full if d.severity == ERROR), key=lambda d: (d.line, d.message))
        assert unsafe_for_check(glossary) == errors, text
    assert [len(unsafe_for_check(parse_glossary(text))) for text in glossaries] == [1, 1, 1, 1, 1]


def test_check_looks_at_each_spelling_only_when_one_is_not_plain_ascii(monkeypatch):
    from glossary_lint.glossary import checks

    looked: list[str] = []
    real = checks._spelling_diagnostics
    monkeypatch.setattr(
        checks,
        "_spelling_diagnostics",
        lambda term, spelling: looked.append(spelling.text) or real(term, spelling),
    )
    plain = parse_glossary(
        _entries(_entry("drift", "Drift", "    variants: [Drfit]\n"), _entry("wow", "Wow"))
    )
    assert checks.unsafe_for_check(plain) == []
    assert looked == ["Drfit"]
    looked.clear()
    greek = parse_glossary(_entries(_entry("delta", "Δt", "    case: exact\n"), _entry("wow", "Wow")))
    assert checks.unsafe_for_check(greek) == []
    assert looked == ["Δt", "wow"]
