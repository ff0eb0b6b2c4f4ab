"""Property: fixing restores exactly the planted spans, leaves every other
byte alone, and is idempotent, whatever prose, code, math, links, reference
labels, footnotes, scheme-less URLs, MDX statements and expressions and front
matter surround them; and writing a fix keeps the file's hard links, owner,
mode, extended attributes and any line appended while it is written.

Thousands of trials in all: the text property runs 1,500 examples, the file
property 500 (each writes and renames a file), well under a minute together;
FIX_PROPERTY_SCALE=10 runs ten times as many."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary_lint.reporters.fixer import FixError, apply_fixes, write_atomically
from glossary_lint.sources.reading import read_source
from test_write_lease import LEASES

#: Multiplies the number of examples (CI runs the default of 1).
SCALE = float(os.environ.get("FIX_PROPERTY_SCALE", "1"))

WORDS = [
    "the",
    "model",
    "sound",
    "uses",
    "a",
    "with",
    "each",
    "frame",
    "then",
    "we",
    "train",
    "on",
    "data",
    "quiet",
    "room",
    "loud",
    "notes",
    "and",
    "or",
    "for",
]
PLANTS = [
    ("Encodec", "EnCodec"),
    ("hifi-gan", "HiFi-GAN"),
    ("Lora", "LoRA"),
    ("fft", "FFT"),
    ("mel-spectrogram", "mel spectrogram"),
    ("melspectrogram", "mel spectrogram"),
    ("fine tuning", "fine-tuning"),
    ("Soundstream", "SoundStream"),
    ("Hifi-GAN", "HiFi-GAN"),
]
#: Wrong spellings inside constructs that are not prose: never touched.
NON_PROSE = [
    "`Encodec.load()`",
    "$\\text{Encodec}_t$",
    "[the notes](docs/Encodec.md)",
    '<span title="Lora">x</span>',
    "https://example.org/hifi-gan",
    # reference labels (defined in DEFINITIONS), footnote labels, URLs without a scheme,
    # MDX and template expressions
    "[mel-spectrogram][]",
    "[Encodec]",
    "[the notes][Lora]",
    "[^Lora]",
    "[^fft]",
    "huggingface.co/facebook/encodec_24khz",
    "example.org/mel-spectrogram/x",
    "{props.Encodec}",
    "{{ Lora.rank }}",
]
BLOCKS = [
    "```python\nmodel = Encodec()  # fft\n```",
    "$$\n\\mathcal{D}_{\\text{finetune}}\n$$",
    "    indented Lora code",
    "import Encodec from '@site/src/components/Encodec';",
    "export const meta = {title: 'Lora notes'};",
    "import {Lora, fft} from './hifi-gan';",
]
#: Every document ends with these: the labels above are real reference links.
DEFINITIONS = (
    "[mel-spectrogram]: https://example.org/mel\n[Encodec]: ./encodec.md\n"
    '[Lora]: https://example.org/lora "The Lora paper"\n\n[^Lora]: The source.\n\n'
    "[^fft]: Another source.\n"
)

word = st.sampled_from(WORDS)
item = st.one_of(
    word.map(lambda w: (w, w)),
    st.sampled_from(PLANTS),
    st.sampled_from(NON_PROSE).map(lambda n: (n, n)),
)


@st.composite
def documents(draw):
    bad, good, planted = [], [], 0
    if draw(st.booleans()):
        front = "---\ntitle: Encodec and Lora\n---\n"
        bad.append(front)
        good.append(front)
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.integers(0, 4)) == 0:
            block = draw(st.sampled_from(BLOCKS))
            bad.append(block + "\n")
            good.append(block + "\n")
            continue
        items = draw(st.lists(item, min_size=1, max_size=12))
        planted += sum(1 for b, g in items if b != g)
        sep = draw(st.sampled_from([" ", "\n"]))
        # Start with a plain word so no planted term opens a sentence.
        bad.append("the " + sep.join(b for b, _ in items) + ".\n")
        good.append("the " + sep.join(g for _, g in items) + ".\n")
    bad.append(DEFINITIONS)
    good.append(DEFINITIONS)
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    return "\n".join(bad).replace("\n", eol), "\n".join(good).replace("\n", eol), planted


@settings(
    max_examples=int(1500 * SCALE), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(documents(), st.sampled_from(["doc.md", "doc.mdx"]))
def test_fix_restores_planted_spans_only(linter, case, name):
    bad, good, planted = case
    fixed, applied = apply_fixes(bad, linter.lint_text(name, bad))
    assert fixed == good
    wrong = {b for b, _ in PLANTS}
    assert all(bad[f.start : f.end] in wrong for f in applied)
    assert len(applied) == planted
    again, more = apply_fixes(fixed, linter.lint_text(name, fixed))
    assert (again, more) == (fixed, [])


# -- writing a fix -------------------------------------------------------------------------

#: Where a line is appended while the fix is written: not at all, just before
#: the rename (after the fixer's last look), or just after it.
APPENDS = [None, "before-rename", "after-rename"]


@settings(
    max_examples=int(500 * SCALE),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    documents(),
    st.booleans(),
    st.integers(0, 3),
    st.sampled_from([0o644, 0o600, 0o4755, 0o2750, 0o664]),
    st.dictionaries(st.sampled_from(["user.a", "user.review", "user.x"]), st.binary(max_size=20), max_size=2),
    st.sampled_from(APPENDS),
    st.booleans(),
)
def test_writing_a_fix_keeps_links_owner_attributes_and_appends(
    linter, tmp_path_factory, monkeypatch, case, hard_link, owner, mode, xattrs, append, leases
):
    """With Linux's leases (a writer already holding the file open is seen and
    the file left alone) and without them (the old file is watched after the
    rename), nothing appended is lost."""
    import glossary_lint.reporters.fixer as fixer

    bad, good, planted = case
    folder = tmp_path_factory.mktemp("fix")
    path = folder / "doc.md"
    path.write_bytes(bad.encode())
    if hard_link:
        os.link(path, folder / "twin.md")
    if os.geteuid() == 0:
        os.chown(path, 1000 + owner, 2000 + owner)
    os.chmod(path, mode)
    for key, value in xattrs.items():
        os.setxattr(path, key, value)
    before = os.stat(path)
    line = "A line added meanwhile.\n"
    source = read_source(path)
    fixed, applied = apply_fixes(source.text, linter.lint_source(source))
    # A writer that opened the file before the rename, and writes just before or just after it.
    writer = os.open(path, os.O_WRONLY | os.O_APPEND)
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if append == "before-rename" and len(calls) == 1:
            os.write(writer, line.encode())
        real_replace(src, dst)
        if append == "after-rename" and len(calls) == 1:
            os.write(writer, line.encode())

    monkeypatch.setattr(fixer.os, "replace", replace)
    if not leases:
        monkeypatch.setattr(fixer.write_lease, "take", lambda fd: False)
    try:
        write_atomically(source, fixed)
        error = ""
    except FixError as exc:
        error = str(exc)
    finally:
        monkeypatch.undo()
        os.close(writer)
    after = os.stat(path)
    text = path.read_bytes().decode()
    assert fixed == good
    if hard_link:
        assert "hard links" in error and text == bad and after.st_ino == before.st_ino
        return
    if leases and LEASES:
        assert "open for writing" in error and not calls and text == bad and after.st_ino == before.st_ino
    elif append:
        assert "changed on disk" in error
        assert text in (bad + line, good + line)
    elif applied:
        assert not error and text == good
    assert (after.st_uid, after.st_gid, after.st_mode) == (before.st_uid, before.st_gid, before.st_mode)
    assert {k: os.getxattr(path, k) for k in os.listxattr(path)} == xattrs
