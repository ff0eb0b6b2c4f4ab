"""GL002 undefined-term: an acronym neither in the glossary nor expanded in the document."""

from __future__ import annotations

from collections.abc import Iterator

from .acronyms import ACRONYM
from .base import Hit, Rule, RuleContext
from .findings import Severity


def check_undefined_acronyms(ctx: RuleContext) -> Iterator[Hit]:
    """Only in a handbook that spells out its acronyms (:mod:`.acronym_habit`):
    elsewhere its readers know the field's short forms, and every acronym
    would be reported."""
    if ctx.defines_acronyms:
        yield from undefined_hits(ctx, ACRONYM)


def undefined_hits(ctx: RuleContext, kind: str) -> Iterator[Hit]:
    """One hit per undefined word of ``kind``, at its first use, with its count."""
    for word in ctx.undefined:
        if word.kind != kind:
            continue
        uses = "1 use" if word.uses == 1 else f"{word.uses} uses"
        yield Hit(
            word.start,
            word.end,
            f"'{word.word}' is not defined in the glossary nor expanded in this document ({uses})",
            word.word,
        )


RULE = Rule(
    "GL002",
    "undefined-term",
    "An acronym is neither in the glossary nor expanded in the document.",
    "Readers meet acronyms (CQT, FP16, iSTFT, ViSQOL) that the glossary does not define. Reported "
    "only in a handbook that spells out its acronyms: acronyms make 10% or more of its glossary's "
    "entries (an acronym headword, or an entry with an expansion), or the files of the "
    "run spell out 15 different acronyms or more between them. A handbook that does neither writes "
    "for readers who know its field's short forms. A single file checked alone has the glossary's "
    "answer, and its own expansions; the language server and the Sphinx extension have the "
    'glossary\'s; report-acronyms = "always" in the configuration reports them in any handbook. Either '
    "add the term to the glossary, expand it in the document, or list it under 'known-words' in the "
    "configuration. An expansion counts anywhere in the same document, in a paragraph or a heading, "
    "if its words spell the acronym out: 'Constant-Q Transform (CQT)', 'MFCCs' plurals and extra "
    "words in the bracket ('(DAC, 2023)'), a noun in small letters the acronym leaves out before the "
    "bracket ('generalised eigenvalue decomposition (GEV) methods'), 'CQT (Constant-Q Transform)', "
    "'X (i.e. ...)', "
    "'RTF = Real-Time Factor', 'HTSAT: Hierarchical ...', 'computer algebra systems, or just CASs', "
    "'QZB stands for quiet zone buffer', a short form the text introduces in words ('we use QZB "
    "for the quiet zone buffer', 'as a short form for X, we use QZB', 'X, hereafter QZB', 'X, "
    "abbreviated QZB') and reST :abbr: roles (a closed compound such as 'Toolkit' "
    "may give its second word's initial: 'Grain Pacing Toolkit (GPK)'; an accented letter its "
    "base letter: GOE of 'Göttingen'); "
    "the acronym a small letter qualifies in one spelled out (MRI of "
    "'functional magnetic resonance imaging (fMRI)', or of a glossary entry for fMRI whose expansion "
    "or definition's opening words spell it out), and a defined acronym with a number (MNI152 where "
    "MNI is an entry); also a Title Case or quoted phrase of the document whose initials it is "
    "('Text and Data Mining' for TDM), a name whose capitals it is (CommonJS for CJS), the one-letter "
    "math symbols of a paragraph, in its order (a resistor R, an inductor L, a capacitor C: RLC) and, "
    "for a measure's symbol with a number, its description ('decay time (RT60)'), and the words just "
    "before it in its sentence whose initials it is ('create consistency group from CG snapshot'); "
    "a compound of three words or more joined by hyphens whose initials it is ('keep-one-batch-out' "
    "for KOBO; not a flag or a file name), and a word before a shorter acronym that it extends by "
    "that word's initial ('a sparse QZT' for SQZT). "
    "A table row "
    "labelled with it alone introduces it to the whole document, as a heading does (also one that "
    "writes it in a name: 'Amazon S3', 'VNC Consoles'), and a table column of codes (most cells "
    "capitals alone, 'QZF/QZG', none more than four words) lists its codes. Reported "
    "once per document, at its first use, with the number of uses. Not reported: units (Hz, dB), "
    "Roman numerals, acronyms every technical reader knows (data/common-acronyms.txt, with its "
    "sources; also with a version, HTML5, or a letter dropped, RDMS, or paired with one by a slash, "
    "VR/AR; and as written, those of GNU V.E.R.A. with one meaning in a field that list names, "
    "data/vera-acronyms.txt: RW, VLAN, LVM, and those WordNet spells out with one meaning, "
    "data/wordnet-acronyms.txt: MRI, RNA, and CSpell's lists of computing and networking "
    "acronyms with CSpell's words V.E.R.A. gives one meaning, data/cspell-acronyms.txt: VXLAN, "
    "VNC, RBAC, and SCOWL's American English spelling list's capitals of three characters or more, "
    "data/scowl-acronyms.txt: VIP, SVN, and the acronyms of PyPI's Trove topic classifiers, "
    "data/trove-acronyms.txt: WSGI, CORBA), "
    "one capital and a number (F10, L2, V100, T1: a designation), a model, part or firmware "
    "number (V300R002, Q2J24, QK26F), an "
    "update after a dotted release ('3.2.1 MU3'), capitals indexed by a number (QZREG[4:0]), an "
    "English word in capitals behind a small letter (nHALT), an acronym in brackets just after a "
    "link ('[Glaze Toolchain](https://...) (GQZR)') or after a key and its value ('QZC=4417 (QZD84)', "
    "the value's other name) or after inline code ('`qz_pesq.Predictor` (QZSQ)', where the code "
    "comes from), a name in capitals that the document also writes "
    "with small letters (CEPHFS where it writes CephFS), a word it names as a file format somewhere "
    "('DICOM files', 'the QZE encoding', 'QZK shelf list (.qsl)'), one joined by 'or'/'and' "
    "to an acronym every "
    "technical reader knows ('QZIDs or DOIs', 'QZ and AC meters'), "
    "the words after a product in capitals that a heading names ('VNX OE' under "
    "'VNX Driver'), "
    "words in headings, quoted literals and quoted values ('ROI/mask'), "
    "parts of code identifiers (AF_INET), of symbols (AT&T, "
    "TL;DR) and of proper names (FL Studio), runs of code keywords in capitals (ON DELETE CASCADE), "
    "words the document also writes in code, as a compact identifier's prefix (KZG of "
    "'KZG:0042') or assigned a value ('QZSEL=1'), and words of a reST bibliography entry "
    "('.. [Key] Author. Title. Venue', the "
    "cited work's short forms) or of a paragraph that reads as a reference (two cues of a DOI, "
    "'vol. 8', '9(100),', '(2024)', 'et al.', 'Rep.', a quoted title, 'J. A. Doe,'; or four "
    "authors in a row written 'Doe JA, Roe BQ, ...', the Vancouver style, alone), a paragraph "
    "that is one configuration line ('dwi: QZT'), words the document writes as a command's "
    "placeholders ('[LEN]', 'BYTE+', a synopsis line '[-n] ADDR LEN', '&lt;APSEL&gt;'), as a "
    "signal's, pin's or register's name ('the nSRST signal'), as the opening letters of an everyday "
    "word of its sentence, four letters or more ('the QUAR object' beside 'quarantine': a clipped "
    "word, as code names a variable), or as an example of a kind of source, "
    "format or standard ('free sources such as QZSD and QZCA', 'file formats such as QZW', 'datasets with "
    "fixed folds (like QZMD)', 'readers such as QZW', the formats a program's readers, parsers or "
    "importers read, 'standards such as QZ-XCHG', 'an artifact, e.g. a QZL', a build's files, 'programs "
    "such as QZIS', 'QZIS or similar software'; not of models, metrics or tools), an English word "
    "in capitals that labels a line, after a list marker if any, "
    "whose gloss writes it in small letters ('* WAX: a coat of wax', a keyword set out as a "
    "label), capitals with one digit beside the same capitals with another ('CM3 and "
    "CM4'), and a word a paragraph also writes in small letters as inline code, alone or opening "
    "a command or setting ('works with `mlp` and `qzm` ... QZM: the stacked branches'), or as a "
    "list item's bold label ('* **qzm**: QZM optimizer', a value of an option). Names of "
    "products, models and datasets "
    "(MusicGen, NumPy, PyMySQL, MyST, QZLinkV2, QZM-Pack, an acronym hyphened to a clipped word of "
    "two or three small letters that is no everyday word, QZiT-seq, a small letter hyphened to an "
    "acronym, q-QZE as the t of t-SNE, a small letter, capitals and a number "
    "such as kZQ52, and those in capitals listed in "
    "data/common-names.txt: NVIDIA, "
    "GTK4, an organisation's initials that WordNet and GNU V.E.R.A. both spell out as one "
    "organisation, data/organisation-names.txt: NSF, DARPA, and a format acronym with its "
    "version number that freedesktop.org's shared-mime-info "
    "lists: JP2, HDF5), an acronym in a list of names ('BERT, RoBERTa, or GPT-2'; 'GO, Qzbo, QZE', where GO, "
    "an English word in capitals, is a name; examples such as 'Bokeh, "
    "Mayavi, K3D'; an item may be a name of a few capitalised words, "
    "'QZV, Cone Reader, KilnPad'), paired with a name in capitals ('LARS/LAMB', 'INFO or DEBUG') or "
    "in Title Case ('Slurm/SGE'), "
    "naming a dataset, atlas or corpus ('the ADHD dataset'), the product of a driver, plugin or "
    "pipeline ('the ZFS driver'), what keeps a repository ('the QZV repo') or a geodetic datum, geoid or "
    "ellipsoid ('the QZ84 datum') are the rule "
    "undefined-name's, and so is an acronym that a file of the run spells out as a name: in "
    "Title Case, ending in Toolkit, Kit, Library, Ontology, Database, Dataset, Project and the like "
    "('Glaze Pacing Toolkit (GPK)') or writes as a compact identifier's prefix ('KZG:0042'), as "
    "the modifier of a product, part or collection ('the QRX library', 'the QRX command', 'the QRX "
    "vocabulary'; not 'a QRX library' nor 'QRX libraries', kinds of tool) or of 'files' ('QRX "
    "files'), with a release ('QRX v4.1', 'version 2 of QRX', 'QRXv2') or in a link's text to a "
    "site or repository named after it ('[QRX](https://qrx.example.org)', '[QRX tools](...)'), as "
    "a repository's owner or project written in capitals ('github.com/QRXLAB/...'), as an example "
    "of a kind of source, format or standard ('standards such as QRX'), assigned a "
    "value ('QZSEL=1') or as an escaped placeholder ('&lt;QZSEL&gt;'), as a file extension before "
    "'files' ('.QRX files'), or with small letters first ('qzKF' makes 'QzKF' a name), or "
    "writes a camel-case name that it shortens, its words' initials with a short word kept "
    "whole ('KilnCraftPy' makes 'KCPY' a name); "
    "and so is an acronym opening "
    "an item of a list written one item a line whose other items are names ('- ROBOT templates', "
    "'- QZDPs', '- LinkML-OWL'). "
    "An expansion in one file does not define the acronym in "
    "another: each page is read alone.",
    "Compute the CQT of each clip before training.",
    "Compute the Constant-Q Transform (CQT) of each clip before training.",
    Severity.WARNING,
    check_undefined_acronyms,
    uses_acronym_habit=True,
    uses_run_names=True,
    run_names_need_habit=True,
)
