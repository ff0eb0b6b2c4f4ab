"""Where a term's letters stand in a name, a literal value or a cited title.

Such text is written as its owner wrote it, whatever the glossary says:

* a reST reference name, ``the datarray_ project``: the word names a link
  target (a project, a page), so it is spelled as that name is;
* link text that is the last part of its own address's path, in lower
  case (``[widget-io](https://example.org/org/widget-io)``), or a name of
  its host (``[widgetio](https://widgetio.dev)``): the text is the
  package, repository or project the link opens, named as its address
  names it; so is a lower-case word of the link text that is that part,
  beside a noun for what the address holds or another part of the address
  that is no English word (```widgetio repository <https://example.org/org/widgetio>`_``,
  ``widgetio qzforge`` for ``https://example.org/qzforge/widgetio``),
  whether the address follows the text or a target of the page gives it
  (reST's ``.. _the widgetio repository: https://...``, Markdown's
  ``[label]: https://...``);
* an image's alt text or a link's text in lower case that is the whole text
  and a word of its own reference label (``[![widget][badge-widget]][link]``,
  a badge): the label's name for the service, not a sentence;
* a handle in lower case before a code name in snake case (``the widgetco
  kiln_tools repo``) or before an account's noun where the page writes it
  in a path or a query (``the widgetco organization`` beside
  ``widgetco/kiln``);
* a part of a slash path written in lower case without spaces, an
  ``org/repo`` or a file path (``xarray-contrib/datatree``): a repository or
  file is named so;
* a term alone in backquotes that the parser left as text (a role with a
  slip in its markup, ``:term`Widget Store```, or backquotes glued to a
  word): the author marked it up as a reference or code, so its spelling
  is the headword's or the code's; the slip to fix is the markup;
* a word alone in single quotes, ``the SPM model ('spm')``: a parameter
  value or string literal, spelled as the code takes it; in double quotes
  too where it is in lower case and the term is not (``run it as the
  "widgetd" user`` for "Widgetd"): nobody lowers a name's capitals to
  quote it, a typed value is lower case (a double-quoted term in the
  glossary's letters, or capitalised, is a term the sentence quotes);
* a table cell or list item that holds one word in lower case and nothing
  else, a csv-table's ``:header: curie,pred``, a row's ``skos``, an item
  ``* project-template`` of a list of keys: a field's name or a value, as
  the data or configuration it lists spells it (a program's output, the
  keys a file takes), not a sentence; a cell or item of prose around the
  word is prose, and so is a heading;
* a company's name: capitalised words that a legal form closes
  (``Widgetry Inc.``, ``Graph Store Ltd``, ``Lantern Labs, LLC``): the
  company is named as it registered its name, whatever a glossary entry
  of one of its words spells (a product the company is named after, or
  only an everyday word); a lower-case word before the form is no name;
* the title of a cited work: a list item or paragraph that is a title and
  its citation (``Network modeling methods for FMRI :footcite:`key```), or a
  quotation in a line that cites (``Smith et al. (2011), "Methods for
  FMRI"``), or a reference-list line of authors, title and the work's
  address (``Smith et al, Methods for FMRI https://...``): the words after
  the authors, in the same sentence, up to the address that ends the line.
  A quoted title may wrap onto the next line, and a reference list's
  volume and page numbers (``vol. 8, pp. 552-558``) cite as a year does.
  A title set in italics in a text that cites (``Doe (2006), *Methods
  for FMRI*``) is a cited book's title too.
  The title is the paper's, not the handbook's prose.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_compile
from ..matching.doc_addresses import project_part
from ..matching.english import is_ordinary_word
from ..matching.matcher import Mention
from ..sources.segments import PLACEHOLDER, BlockKind, Segment, source_lines

#: After a word in the source: a reST reference (``name_``, ``name__``, ```a name`_``).
_REFERENCE_END = lazy_compile(r"`?__?(?![\w`])")
#: A run of non-space characters that is a lower-case slash path.
_PATH_TOKEN = lazy_compile(r"[a-z0-9._~-]+(?:/[a-z0-9._~-]+)+/?")
#: What may open a bracketed or quoted path (``(see org/repo)``).
_OPENERS = frozenset("([{<\"'“‘*")
#: A citation in the source: a Sphinx bibliography role, a MyST role, a
#: docutils citation reference ``[Key]_``, a Pandoc/MyST ``[@key]``.
_CITATION = lazy_compile(
    r"[ \t]*(?::(?:foot)?cite(?::[a-z]+)*:`|\{(?:foot)?cite(?::[a-z]+)*\}`|\[[^\]\s]+\]_|\[@)"
)
#: The work's address in the source: a bare or bracketed URL, or a reST link to one.
_ADDRESS = lazy_compile(r"[ \t]*(?:`?<)?[a-z][a-z+.-]*://")
#: The end of a list of authors.
_ET_AL = lazy_compile(r"\bet al\b")
#: What shows a text cites: ``et al.``, a year in brackets, or a volume or
#: page numbers (``vol. 8``, ``pp. 552-558``) as a reference list gives them.
_CITES = lazy_compile(r"\bet al\b|\((?:1[89]|20)\d\d[a-z]?\)|\b(?:vol|pp?)\.[ \t]?\d")
#: A double-quoted text, on one line or wrapped onto the next (a long title).
_QUOTATION = lazy_compile(r"[\"“]([^\"“”\n]+(?:\n[^\"“”\n]+)?)[\"”]")
#: The end of a sentence inside a text (``et al.`` and initials are no end).
_SENTENCE_END = lazy_compile(r"(?<!\bal)(?<!\b[A-Z])[.!?](?=\s)")


def stands_in_name(mention: Mention, source: str) -> bool:
    """Whether the mention is part of a name, a literal or a cited title
    (see the module doc), not the handbook's prose."""
    return (
        _reference_name(mention, source)
        or _named_by_address(mention, source)
        or _named_by_label(mention, source)
        or _in_path(mention)
        or _owner_handle(mention, source)
        or _quoted_word(mention)
        or _in_stray_backquotes(mention, source)
        or _lone_word(mention, source)
        or _company_name(mention)
        or _cited_title(mention, source)
    )


#: A company's legal form after its name: up to three more capitalised
#: words of the name (``Labs``), an optional comma, then ``Inc.``,
#: ``Ltd``, ``LLC``, ``Corp.``, ``Co.``, ``GmbH``, ``plc``, ``S.A.`` and their
#: like, ending the word (a full stop may close it).
_LEGAL_FORM = lazy_compile(
    r"(?:[ \t]+[A-Z][\w&'’-]*){0,3},?[ \t]+"
    r"(?:(?:Inc|Ltd|LLC|LLP|Corp|GmbH|plc|PLC|Pty)\b\.?|Co\.|S\.A\.|[BN]\.V\.)(?![\w-])"
)


def _company_name(mention: Mention) -> bool:
    """``Widgetry Inc.``: a capitalised mention that a company's legal
    form follows, across the rest of the name's capitalised words."""
    text = mention.segment.text
    return mention.found[:1].isupper() and _LEGAL_FORM.match(text, mention.end) is not None


_TABLE_KINDS = (BlockKind.TABLE_HEADER, BlockKind.TABLE_ROW_HEADER, BlockKind.TABLE_CELL)
#: A list item's line that holds one word and nothing else.
_LONE_ITEM = lazy_compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+([^\s]+)[ \t]*$")


def _lone_word(mention: Mention, source: str) -> bool:
    """A lower-case word alone in a table cell or on a list item's line (a
    typo of a term stays one).  A block of prose may hold one word for
    other reasons (a fragment between two embedded expressions), so a list
    item is read from its source line."""
    found = mention.one_line
    if mention.typo or not found.islower() or " " in found:
        return False
    segment = mention.segment
    if segment.kind in _TABLE_KINDS:
        return segment.text.strip() == found
    span = segment.source_span(mention.start, mention.end)
    if span is None:
        return False
    item = _LONE_ITEM.match(source, *source_lines(source, *span))
    return item is not None and item.start(1) == span[0] and item.end(1) <= span[1] + 3


def _reference_name(mention: Mention, source: str) -> bool:
    """``datarray_``: link text whose source ends as a reST reference does
    (Markdown's ``_emphasis_`` ends so too, but is no link)."""
    if not mention.segment.in_link(mention.start, mention.end):
        return False
    span = mention.segment.source_span(mention.start, mention.end)
    return span is not None and _REFERENCE_END.match(source, span[1]) is not None


#: After link text in the source: a Markdown ``](address)`` or a reST `` <address>`_``.
_LINK_ADDRESS = lazy_compile(r"(?:\]\(|\s*<)[a-z][a-z+.-]*://([^\s)>]+?)/?(?:\.git)?[)>]")


#: After reST link text in the source: a named reference's end (```text`_``, not anonymous ``__``).
_NAMED_REFERENCE = lazy_compile(r"`_(?![_\w])")
#: After Markdown link text in the source: a full or collapsed reference (``][label]``, ``][]``).
_REFERENCE_LABEL = lazy_compile(r"\]\[([^\]\n]*)\]")
#: A link target's address, after its name in the page's target line (the
#: address on the line or the next one): the address without its scheme.
_TARGET_ADDRESS = r"[ \t]*(?:\n[ \t]+)?<?[a-z][a-z+.-]*://([^\s>]+?)/?(?:\.git)?>?[ \t]*$"


def _named_by_address(mention: Mention, source: str) -> bool:
    """Link text in lower case that names its address (:func:`_names_address`),
    or a lower-case word of it that does (the repository's name in ``the
    widgetio repository``)."""
    segment = mention.segment
    if mention.typo or not mention.found.islower():
        return False
    for start, end in segment.link_ranges:
        if start <= mention.start and mention.end <= end:
            span = segment.source_span(start, end)
            address = None if span is None else _link_address(source, *span)
            if address is None:
                return False
            text = segment.text[start:end]
            return _names_address(text, address) or _named_with_holder(text, mention.found, address)
    return False


#: Nouns for what an address of a code or package host holds, named after its project.
_HOLDER_NOUNS = frozenset("repository repo package project".split())


def _named_with_holder(text: str, word: str, address: str) -> bool:
    """Link text that is the address's name (:func:`_names_address`) and
    words saying where that name stands: a noun for what the address holds
    (``widgetio repository``) or another part of the address that is no
    English word (``widgetio qzforge`` for ``.../qzforge/widgetio``,
    the channel or owner as the address spells it).  An English word of the
    address (``widgetio tools`` for ``.../tools/widgetio``) makes prose of
    the text: the tools of the project, not its name."""
    words = text.split()
    if len(words) < 2 or word not in words or not _names_address(word, address):
        return False
    parts = set(re.split(r"[/.]", address))
    return all(w == word or w in _HOLDER_NOUNS or (w in parts and not is_ordinary_word(w)) for w in words)


def _link_address(source: str, start: int, end: int) -> str | None:
    """The address (without its scheme) of the link whose text spans
    ``start:end`` of the source: written after the text, or given by the
    page's target of the link's name (reST) or label (Markdown)."""
    inline = _LINK_ADDRESS.match(source, end)
    if inline is not None:
        return inline.group(1)
    if _NAMED_REFERENCE.match(source, end):
        target = r"^[ \t]*\.\. _" + _name_pattern(source[start:end]) + ":"
    elif (label := _REFERENCE_LABEL.match(source, end)) is not None:
        target = r"^[ \t]{0,3}\[" + _name_pattern(label.group(1) or source[start:end]) + r"\]:"
    else:
        return None
    found = re.search(target + _TARGET_ADDRESS, source, re.MULTILINE | re.IGNORECASE)
    return found.group(1) if found is not None else None


def _name_pattern(name: str) -> str:
    """A link's name or label as its target writes it: in any case, its
    words apart by any white space (reST and Markdown both normalise so)."""
    return r"\s+".join(map(re.escape, name.split()))


def _names_address(text: str, address: str) -> bool:
    """Whether link text is the last part of its address's path, but for the
    language and version a documentation site closes it with (``widgetio``
    linked to ``https://docs.example.org/projects/widgetio/en/latest/``), or
    a name of the address's host other than its top-level domain
    (``widgetio`` linked to ``https://docs.widgetio.dev``: the project the
    site is named for)."""
    if address.rsplit("/", 1)[-1] == text or project_part(address)[0] == text:
        return True
    host = address.split("/", 1)[0].split(":", 1)[0]
    return text in host.split(".")[:-1]


#: Around a whole image alt text or link text in the source: its opening
#: bracket, and its closing one with the reference label after it.
_TEXT_OPENS = lazy_compile(r"!?\[$")
_LABEL_AFTER = lazy_compile(r"\]\[([^\]\s]+)\]")


def _named_by_label(mention: Mention, source: str) -> bool:
    """Lower-case text that is a word of its own reference label (a badge's ``airr`` of ``badge-airr``)."""
    found = mention.found
    if mention.typo or not found.islower():
        return False
    span = mention.segment.source_span(mention.start, mention.end)
    if span is None or not _TEXT_OPENS.search(source, max(0, span[0] - 2), span[0]):
        return False
    label = _LABEL_AFTER.match(source, span[1])
    return label is not None and found in re.split(r"[-_.:/]", label.group(1).casefold())


def _in_path(mention: Mention) -> bool:
    text, start, end = mention.segment.text, mention.start, mention.end
    if not (text[start - 1 : start] == "/" or text[end : end + 1] == "/"):
        return False
    left = start
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in _OPENERS:
        left -= 1
    token = _PATH_TOKEN.match(text, left)
    return token is not None and token.end() >= end


#: A code name in snake case after a word (``kiln_tools``), in backquotes or not.
_SNAKE_AFTER = lazy_compile(r"[ \t]+`*[a-z0-9]+(?:_[a-z0-9]+)+\b")
#: Nouns of a hosting service's account, named by its handle.
_ACCOUNT_NOUNS = frozenset("organization organisation org account namespace".split())
_NEXT_WORD = lazy_compile(r"[ \t]+([a-z]+)\b")


def _owner_handle(mention: Mention, source: str) -> bool:
    """A name in lower case (``widgetco`` for "WidgetCo") that stands for an
    account's handle: before a code name in snake case (``the widgetco
    kiln_tools repo``, the repository ``widgetco/kiln_tools`` with its slash
    spoken as a space), or before an account's noun (``the widgetco
    organization``) on a page that writes the handle in a path or a query
    (``widgetco/kiln``, ``user:widgetco``).  Nobody lowers a name's capitals
    in prose; a handle is lower case as the service spells it."""
    found = mention.one_line
    if mention.typo or not found.islower() or " " in found:
        return False
    text, end = mention.segment.text, mention.end
    if _SNAKE_AFTER.match(text, end) is not None:
        return True
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1) not in _ACCOUNT_NOUNS:
        return False
    handle = re.escape(found)
    return re.search(rf"(?<![\w.-])(?:{handle}/[\w.-]|[\w%]+(?::|%3A){handle}\b)", source) is not None


def _quoted_word(mention: Mention) -> bool:
    """``'fir'``: the whole quotation is the word, and the quotes are no
    apostrophes (``the model's``); ``"fir"`` where the word is in lower
    case and the term has capitals."""
    text, start, end = mention.segment.text, mention.start, mention.end
    if re.match(r"\w", text[start - 2 : start - 1]) or re.match(r"\w", text[end + 1 : end + 2]):
        return False
    opens, closes = text[start - 1 : start], text[end : end + 1]
    if opens in ("'", "‘") and closes in ("'", "’"):
        return True
    return (
        opens in ('"', "“")
        and closes in ('"', "”")
        and not mention.typo
        and mention.found.islower()
        and not any(c.spelling.text.islower() for c in mention.candidates)
    )


def _in_stray_backquotes(mention: Mention, source: str) -> bool:
    """``:term`Widget Store```: the mention's source is the whole of a
    backquoted text (a plural or possessive ending may follow the term)."""
    span = mention.segment.source_span(mention.start, mention.end)
    if span is None or span[0] == 0 or source[span[0] - 1] != "`":
        return False
    after = re.match(r"[\w'’]*`(?!`)", source[span[1] : span[1] + 4])
    return after is not None and source[span[0] - 2 : span[0] - 1] != "`"


def _cited_title(mention: Mention, source: str) -> bool:
    segment, start = mention.segment, mention.start
    text = segment.text
    for quote in _QUOTATION.finditer(text):
        if quote.start(1) <= start and mention.end <= quote.end(1):
            return bool(_CITES.search(text)) or _cites_after(segment, source, quote.end())
    if _CITES.search(text) and _in_emphasis(mention, source):
        return True  # 'Doe (2006), *Methods for FMRI*': a book's title, set in italics
    if _reference_line_title(mention, source):
        return True
    # 'Network modeling methods for FMRI :footcite:`key`': the whole block is a title and its citation.
    body = text.strip()
    if not body.endswith(PLACEHOLDER) or PLACEHOLDER in body[:-1].rstrip():
        return False
    title = body[:-1].rstrip()
    return (
        _SENTENCE_END.search(title) is None
        and not title.endswith((".", "!", "?", ":"))
        and _cites_after(segment, source, text.rindex(PLACEHOLDER))
    )


#: Single-star or single-underscore emphasis on one line (italics, as a book's title is set).
_ITALICS = lazy_compile(
    r"(?<![*\w\\])\*(?![*\s])([^*\n]+?)(?<!\s)\*(?![*\w])"
    r"|(?<![_\w])_(?![_\s])([^_\n]+?)(?<!\s)_(?![_\w])"
)


def _in_emphasis(mention: Mention, source: str) -> bool:
    """Whether the mention's source stands inside italics on its line: with a
    citation in the same text, the italics set a cited work's title."""
    span = mention.segment.source_span(mention.start, mention.end)
    if span is None:
        return False
    line = source_lines(source, *span)
    for italic in _ITALICS.finditer(source, *line):
        inner = 1 if italic.group(1) is not None else 2
        if italic.start(inner) <= span[0] and span[1] <= italic.end(inner):
            return True
    return False


def _reference_line_title(mention: Mention, source: str) -> bool:
    """``Doe et al, Methods for FMRI https://...``: the block ends with the
    work's address, and the mention follows the authors' ``et al`` with no
    sentence end between (a sentence that cites, ``Doe et al. found that
    ...``, goes on after its address, or ends one sentence and starts another)."""
    text = mention.segment.text.rstrip()
    if not text.endswith(PLACEHOLDER) or PLACEHOLDER in text[:-1]:
        return False
    authors = [m.end() for m in _ET_AL.finditer(text, 0, mention.start)]
    return (
        bool(authors)
        and _SENTENCE_END.search(text, authors[-1], mention.start) is None
        and _source_after(mention.segment, source, len(text) - 1, _ADDRESS)
    )


def _cites_after(segment: Segment, source: str, at: int) -> bool:
    """Whether the source right after the text before ``at`` is a citation."""
    return _source_after(segment, source, at, _CITATION)


def _source_after(segment: Segment, source: str, at: int, pattern: re.Pattern[str]) -> bool:
    """Whether the source right after the text before ``at`` matches ``pattern``."""
    last = at - 1
    text = segment.text
    while last >= 0 and (text[last].isspace() or text[last] == PLACEHOLDER):
        last -= 1
    offset = segment.source_offset(last) if last >= 0 else None
    return offset is not None and pattern.match(source, offset + 1) is not None
