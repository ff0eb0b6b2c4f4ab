"""Acronyms taken from CSpell's software-terms dictionary: GL002 accepts the
ones its lists of computing and networking acronyms hold, still reports an
acronym of a handbook's own field that no list holds, reads the list only
when a rule asks about a word, and the shipped file carries CSpell's licence."""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import tarfile
from importlib import resources
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import cspell_acronyms  # noqa: E402
import vera_acronyms  # noqa: E402

from glossary_lint.rules import word_lists  # noqa: E402
from test_vera_acronyms import gl002  # noqa: E402


@pytest.mark.parametrize(
    "text",
    [
        "Each tenant network is carried over a VXLAN overlay between the hosts.",
        "Open a VNC session to watch the installer on the guest's screen.",
        # Written small in CSpell's software terms; V.E.R.A. gives it one meaning.
        "Who may delete a share is decided by RBAC, not by the share's owner.",
    ],
)
def test_acronyms_of_cspells_lists_need_no_definition(lint, text):
    assert gl002(lint(text)) == []


@pytest.mark.parametrize(
    "text,acronym",
    [
        # Arm trace blocks a debugger's handbook must spell out: in no list.
        ("Route the trace through the TPIU before it leaves the chip.", "TPIU"),
        ("The probe reads the ITM stimulus ports while the core runs.", "ITM"),
        # CSpell's other lists have DC in capitals; it is not taken from them.
        ("The converter removes the DC offset first.", "DC"),
    ],
)
def test_acronyms_of_a_handbooks_own_field_are_still_reported(lint, text, acronym):
    assert gl002(lint(text)) == [acronym]


def test_cspell_acronyms_are_taken_as_written():
    assert word_lists.is_common_acronym("VXLAN")
    assert not word_lists.is_common_acronym("VXLAN2")
    assert not word_lists.is_common_acronym("xVXLAN")


def test_the_lists_are_read_only_when_a_rule_asks_about_a_word(lint, monkeypatch):
    """A document without a word in capitals never opens the reference lists
    (nor the hand-kept one); the first acronym opens each of them once."""
    read: list[str] = []
    real = word_lists._read
    monkeypatch.setattr(word_lists, "_read", lambda name: read.append(name) or real(name))
    word_lists.reference_acronyms.cache_clear()
    word_lists.common_acronyms.cache_clear()
    try:
        assert gl002(lint("Every sentence here is written in small letters only.\n")) == []
        assert read == []
        assert gl002(lint("Each VXLAN segment and each VNC console, and the QZW.\n")) == ["QZW"]
        assert gl002(lint("A second VXLAN page and the QZW again.\n")) == ["QZW"]
        assert sorted(n for n in read if n in word_lists.REFERENCE_LISTS) == sorted(
            word_lists.REFERENCE_LISTS
        )
    finally:
        word_lists.reference_acronyms.cache_clear()
        word_lists.common_acronyms.cache_clear()


def test_the_cspell_list_names_its_source_version_and_licence():
    text = resources.files("glossary_lint").joinpath("data/cspell-acronyms.txt").read_text(encoding="utf-8")
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "@cspell/dict-software-terms" in header and "tools/cspell_acronyms.py" in header
    assert "The MIT License" in header and "Street Side Software" in header
    assert "The above copyright notice and this permission notice shall be included" in header
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert words == sorted(words) and all(re.fullmatch(r"[A-Z0-9]+", w) for w in words)
    assert {"VXLAN", "VNC"} <= frozenset(words) <= word_lists.reference_acronyms()


# Two lists in the layout of CSpell's dictionaries (a directive comment, one
# word a line, every case a spelling checker accepts); the words are made up.
ACRONYM_LIST = "\n# cspell-tools: keep-case no-split\n\nQZNET\nQzApp\nQZTs\nZ9\nQZ9P\n"
NETWORK_LIST = "# cspell-tools: keep-case no-split\nQVLANX\nqvlanx\nQkbit\n"
OTHER_LIST = "QRDC\nqrbx\nqdup\n"
# V.E.R.A.'s layout (see test_vera_acronyms); QRBX has one meaning, QDUP two,
# QRDC a spelling with small letters (a name).
VERA_INFO = """\
File: vera.info,  Node: Q,  Next: R,  Prev: P

QDUP
     Queue Duplication Unit

QDUP
     Quarter Duplex Port (LAN)

QRBX
     Quota Role Broker eXchange (SELinux)

QRDC
     Quick Remote Desktop Client, "QrDC"

"""


def make_package(path: Path) -> None:
    """A tarball laid out as npm packs CSpell's software terms."""
    members: dict[str, str | bytes] = {
        "package/dict/computing-acronyms.txt": ACRONYM_LIST,
        "package/dict/networkingTerms.txt": NETWORK_LIST,
        "package/dict/softwareTerms.txt.gz": gzip.compress(OTHER_LIST.encode()),
        "package/dict/software-tools.txt": "",
        "package/dict/webServices.txt": "",
        "package/dict/coding-compound-terms.txt": "",
        "package/LICENSE": "Made-up licence, line one.\nKeep this notice.\n",
        "package/package.json": json.dumps({"name": "@cspell/dict-software-terms", "version": "9.9.9"}),
    }
    with tarfile.open(path, "w:gz") as archive:
        for name, text in members.items():
            data = text if isinstance(text, bytes) else text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def test_the_generator_keeps_the_acronym_lists_capitals_and_the_words_vera_vouches_for(tmp_path):
    """End to end, as a maintainer regenerates the shipped file: the package's
    tarball and V.E.R.A.'s info file in, the data file out.  From the acronym
    lists, the entries in capitals: lower- and mixed-case entries, plurals
    (``QZTs``) and a capital with a digit (``Z9``) are left.  From any list,
    in any case, a word V.E.R.A. gives one meaning in capitals (``qrbx``);
    not one it gives two (``qdup``), nor one it spells as a name (``QRDC``)."""
    make_package(tmp_path / "dict-software-terms-9.9.9.tgz")
    (tmp_path / "vera.info").write_text("Edition 7.7\n\n" + VERA_INFO, encoding="utf-8")
    out = tmp_path / "cspell-acronyms.txt"
    argv = [str(tmp_path / "dict-software-terms-9.9.9.tgz"), "--vera", str(tmp_path / "vera.info")]
    assert cspell_acronyms.main([*argv, "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert [w for w in text.splitlines() if w and not w.startswith("#")] == [
        "QRBX",
        "QVLANX",
        "QZ9P",
        "QZNET",
    ]
    assert "'@cspell/dict-software-terms' 9.9.9" in text and "V.E.R.A. edition 7.7" in text
    assert "(3), and the words" in text and "(1): 4 acronyms" in text
    assert "# Made-up licence, line one.\n# Keep this notice.\n" in text
    assert "GNU Free" in text


def test_vera_alone_is_no_witness_for_a_word_cspell_does_not_list():
    texts = {m: "" for m in cspell_acronyms.MEMBERS}
    assert cspell_acronyms.vouched_by_vera(texts, VERA_INFO) == frozenset()
    assert vera_acronyms.one_meaning([e for e in vera_acronyms.entries(VERA_INFO) if e.acronym == "QRBX"])
