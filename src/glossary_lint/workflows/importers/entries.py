"""A page's items as glossary entries: names, ids, case, links.

What a name in brackets means is decided as a person would (an
abbreviation before its expansion, a long form before its abbreviation,
two entries with one name are senses, else another name for review).  An
item's further names (Sphinx's several term lines) become the
abbreviation or expansion where one spells out the other, else aliases.
Entries whose names are an acronym and its long form are linked
(``related``) both ways.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ...glossary.class_entries import class_only_reason
from ...glossary.command_entries import command_only_reason
from ...glossary.link_sense import linked_names, unlinked_names
from ...glossary.loader import DOC_PATTERN, ID_PATTERN
from ...glossary.model import CasePolicy, Markup, Term
from ..conversion.prose import prose_text
from .case_policy import Evidence, guess_case, is_abbreviation, only_exact
from .headwords import noted_plural, split_alternatives, split_brackets
from .ids import claim, name_id
from .page import Page, PageEntry
from .restated import without_restated

_SEE = re.compile(r"\s*See ((?:\[[^\]]+\]\([^)\s]+\)(?:, )?)+)\.\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_SEE_REST = re.compile(r"\s*See ((?::doc:`[^`]+`(?:, )?)+)\.\s*$")
_DOC_ROLE = re.compile(r":doc:`([^`]+?)\s*<([^`<>]+)>`")
#: A backslash escape: Markdown's (any ASCII punctuation) and reST's.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
ORDER = (
    "id term sense expansion abbreviation also classifier case case-guessed spelling aliases variants "
    "homonym autolink markup definition see related"
).split()


@dataclass
class Imported:
    """The page's entries as YAML data, with what a person should review."""

    title: str | None = None
    intro: str | None = None
    markup: Markup = Markup.MARKDOWN
    terms: list[dict[str, Any]] = field(default_factory=list)
    #: entry index -> remarks for the editor
    review: dict[int, list[str]] = field(default_factory=dict)


def initials(text: str) -> str:
    return "".join(word[0] for word in re.split(r"[\s-]+", text) if word).casefold()


def spells_out(short: str, long: str) -> bool:
    """Whether ``short`` is the acronym of ``long`` (GIL, global interpreter lock)."""
    letters = re.sub(r"[^A-Za-z]", "", short)
    return (
        len(letters) >= 2
        and short.upper() == short
        and " " in long.strip()
        and initials(long) == letters.casefold()
    )


#: An article opening a headword's bracket: "Ansible (the package)" says which
#: of the things the name calls the entry is; a name or an expansion opens so
#: seldom.
_ARTICLE_OPENS = re.compile(r"(?:the|a|an)\s+[a-z]")


def says_which_sense(term: str, extra: str) -> bool:
    """Whether ``extra``, a headword's bracket after ``term``, says which sense
    of the name the entry is rather than giving another name or an
    expansion: it opens with an article ("Ansible (the package)"), or the
    term is an acronym in capitals whose letters the bracket does not hold in
    order ("SSH (Native)" is the native SSH transport; "JSON (JavaScript
    Object Notation)" spells JSON out)."""
    if _ARTICLE_OPENS.match(extra):
        return True
    letters = re.sub(r"[^A-Za-z]", "", term)
    if len(letters) < 2 or letters != letters.upper():
        return False
    rest = iter(extra.casefold())
    return not all(letter in rest for letter in letters.casefold())


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is ``name``'s acronym or the capitals it writes (``ES`` of ``EmulationStation``)."""
    return spells_out(short, name) or (
        len(short) >= 2 and "".join(ch for ch in name if ch.isupper()) == short
    )


def _names_one_thing(name: str, other: str) -> bool:
    """Whether ``other`` names what ``name`` does: its acronym
    (``ZTS``, Zenon Token Standard) or ``name`` with words added (``GTFS
    feed`` beside ``GTFS``)."""
    return spells_out(other, name) or (name in other.split(" ")[:1] and name != other)


def build(page: Page) -> Imported:
    result = Imported(page.title, page.intro, page.markup)
    page.entries = without_restated(page.entries)
    evidence = Evidence(
        "\n\n".join(prose_text(entry.body, entry.markup) for entry in page.entries),
        [name for entry in page.entries for name in entry.names],
        "\n\n".join(prose_text(entry.body, entry.markup, term_references=False) for entry in page.entries),
    )
    bases = Counter(split_brackets(entry.names[0])[0] for entry in page.entries if entry.names)
    senses = {name for name, count in bases.items() if count > 1}
    # 'Function' beside 'Function (class)': the bracket is part of the second name
    senses -= {entry.names[0] for entry in page.entries if entry.names and "(" not in entry.names[0]}
    unsplit = {name for name in bases if bases[name] > 1}
    ids: set[str] = set()
    for entry in page.entries:
        data, review = _entry(entry, senses, unsplit, evidence, page.markup)
        if entry.anchor and re.match(ID_PATTERN, entry.anchor):
            data["id"] = entry.anchor  # the page's own anchor, which links elsewhere use
        data["id"] = claim(data["id"], ids)
        if review:
            result.review[len(result.terms)] = review
        result.terms.append(data)
    _link_acronyms(result.terms)
    _settle_markup(result)
    result.terms = [{k: t[k] for k in ORDER if k in t} for t in result.terms]
    return result


def _entry(
    item: PageEntry, senses: set[str], unsplit: set[str], evidence: Evidence, page_markup: Markup
) -> tuple[dict[str, Any], list[str]]:
    review: list[str] = list(item.remarks)
    first, *others = split_alternatives(item.names[0], _names_one_thing)
    names = [first, *others, *item.names[1:]]
    term, extra = split_brackets(first)
    plural = noted_plural(extra) if extra else None
    if plural:
        names.append(plural)  # 'ansatz (plural: ansätze)': a running-text form
        extra = None
    if extra and term not in senses and term in unsplit:
        term, extra = item.names[0], None
    entry: dict[str, Any] = {"id": name_id(term), "term": term}
    if extra:
        if term in senses:
            entry["id"] += "-" + name_id(extra)
            entry["sense"] = extra
        elif says_which_sense(term, extra):
            entry["sense"] = extra  # not auto-linked by default: the word has other senses
        elif is_abbreviation(extra) and _abbreviates(extra, term):
            entry["abbreviation"] = extra  # 'EmulationStation (ES)': a name with capitals inside, shortened
        elif is_abbreviation(term):
            entry["expansion"] = extra
        elif is_abbreviation(extra):
            entry["abbreviation"] = extra
        else:
            entry["also"] = extra
            review.append(f"'{extra}' is read as another name: add its running-text spelling to aliases")
    aliases: list[str] = []
    for name in names[1:]:
        alias = guess_case(name, evidence)  # aliases are running-text spellings
        other = name if alias.case == "exact" else alias.spelling or name.lower()
        if other.casefold() == term.casefold() and other in (term, term.lower()) or other in aliases:
            continue
        if "abbreviation" not in entry and "expansion" not in entry and spells_out(other, term):
            entry["abbreviation"] = other
        elif "abbreviation" not in entry and "expansion" not in entry and spells_out(term, other):
            entry["expansion"] = other
        else:
            aliases.append(other)
    opening = _opening_abbreviation(item.body, term)
    if opening and "abbreviation" not in entry and "expansion" not in entry and opening not in aliases:
        entry["abbreviation"] = opening  # "Unladen mass: *UM* or curb weight, ..."
    guess = guess_case(term, evidence, item.body)
    if guess.also and guess.also not in aliases:
        aliases.append(guess.also)
    if aliases:
        entry["aliases"] = aliases
    if item.classifier:
        entry["classifier"] = item.classifier
    if guess.case == "exact":
        entry["case"] = "exact"
    if guess.guessed:
        entry["case-guessed"] = True
    if guess.spelling:
        entry["spelling"] = guess.spelling
    if only_exact(term):
        entry["homonym"] = True
    if guess.review:
        review.append(guess.review)
    entry["markup"] = item.markup.value
    body, see = _see_links(item.body, item.markup)
    if item.link:
        doc = _doc(item.link)
        if doc:
            see.insert(0, {"title": term, "doc": doc})
        else:
            body += (
                f"\n\n[{term}]({item.link})"
                if item.markup is Markup.MARKDOWN
                else f"\n\n`{term} <{item.link}>`__"
            )
    entry["definition"] = body.strip()
    review.extend(_autolink_review(entry))  # after the definition, which the derivation reads
    if not entry["definition"]:
        entry["definition"] = "(No definition on the page.)"
        review.append("the page gives no definition: write one")
    if see:
        entry["see"] = see
    if item.meta is not None:  # the page's own record of what it does not show
        for key in "case case-guessed spelling aliases variants homonym autolink related".split():
            entry.pop(key, None)
        entry.update(item.meta)
        entry["from_metadata"] = True
        review = [r for r in review if r.startswith("the page")]
    return entry, review


#: A definition's first word, maybe emphasised, bold or code, and what follows
#: it: a comma, "or", a colon, a dash or the sentence's end.
_OPENING_WORD = re.compile(r"\s*([*_`]{0,2})([A-Za-z][\w-]*)\1(?=\s*(?:[,;:.]|\bor\b|[-–—]\s|$))")


def _opening_abbreviation(body: str, term: str) -> str | None:
    """The abbreviation a definition opens with (``*UM* or *Curb weight*, the
    weight of ...`` under "Unladen mass"): a first word that spells the
    headword out, set apart from the sentence that follows, is the entry's
    short name, as a bracket after the headword would be."""
    found = _OPENING_WORD.match(body)
    return found.group(2) if found and spells_out(found.group(2), term) else None


def _doc(target: str) -> str | None:
    """A link target as a handbook document path, if it is one."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
        return None
    doc = re.sub(r"^\./|\.(md|mdx|rst|html)$", "", target.split("#")[0]).lstrip("/")
    if not doc or not re.match(DOC_PATTERN, doc) or ".." in doc.split("/"):
        return None
    return doc


def _see_links(body: str, markup: Markup) -> tuple[str, list[dict[str, str]]]:
    """A closing ``See [Title](chapter.md).`` (in reST ``See :doc:`Title
    </chapter>`.``) as ``see`` links, when every target is a handbook
    chapter; else the sentence stays in the definition."""
    sentence, link = (_SEE, _LINK) if markup is Markup.MARKDOWN else (_SEE_REST, _DOC_ROLE)
    found = sentence.search(body)
    if not found:
        return body, []
    see = []
    for title, target in link.findall(found.group(1)):
        doc = _doc(target)
        if doc is None:
            return body, []
        see.append({"title": _ESCAPED.sub(r"\1", title), "doc": doc})
    return body[: found.start()], see


def _link_acronyms(terms: list[dict[str, Any]]) -> None:
    """``GIL`` and ``global interpreter lock`` as two entries: related both ways."""
    by_initials: dict[str, list[dict[str, Any]]] = {}
    for entry in terms:
        for name in [entry["term"], *entry.get("aliases", [])]:
            if " " in name.strip():
                by_initials.setdefault(initials(name), []).append(entry)
    for entry in terms:
        if entry.get("from_metadata"):
            continue
        short = entry["term"]
        for long_entry in by_initials.get(re.sub(r"[^A-Za-z]", "", short).casefold(), []):
            if (
                long_entry is entry
                or long_entry.get("from_metadata")
                or not any(spells_out(short, n) for n in [long_entry["term"], *long_entry.get("aliases", [])])
            ):
                continue
            for a, b in ((entry, long_entry), (long_entry, entry)):
                related = a.setdefault("related", [])
                if b["id"] not in related:
                    related.append(b["id"])


def _settle_markup(result: Imported) -> None:
    """The markup most entries use becomes the glossary's; only the others say theirs."""
    counts = Counter(entry["markup"] for entry in result.terms)
    if counts:
        result.markup = Markup(counts.most_common(1)[0][0])
    for entry in result.terms:
        if entry["markup"] == result.markup.value:
            del entry["markup"]


def _autolink_review(entry: dict[str, Any]) -> list[str]:
    """Write the derived ``autolink: false`` out where no name of the entry links by
    default, and say which names do not link and why, so the reviewer sees the
    decision and can set ``autolink: true``."""
    term = Term(
        id=entry["id"],
        term=entry["term"],
        definition=entry.get("definition", ""),
        case=CasePolicy(entry.get("case", CasePolicy.SENTENCE.value)),
        spelling=entry.get("spelling", ""),
        aliases=tuple(entry.get("aliases", ())),
        abbreviation=entry.get("abbreviation"),
        sense=entry.get("sense"),
        expansion=entry.get("expansion"),
        also=entry.get("also"),
    )
    unlinked = unlinked_names(term)
    if not unlinked:
        return _narrowed_link_review(term)
    reasons = "; ".join(f"'{u.name}' is {u.reason}" for u in unlinked)
    if not term.links_automatically:
        entry["autolink"] = False
        return [f"not linked automatically: {reasons}; set 'autolink: true' to link it"]
    linked = ", ".join(f"'{n}'" for n in sorted(linked_names(term)))
    return [f"linked automatically only as {linked}: {reasons}"]


def _narrowed_link_review(term: Term) -> list[str]:
    """Say so where the entry links only at its headword as the program writes
    it (:mod:`...glossary.class_entries`), or only where the text names the
    command it is (:mod:`...glossary.command_entries`), so the reviewer can
    set ``autolink: true``."""
    command = command_only_reason(term)
    if command is not None:
        return [
            f"linked automatically only where the text names the command: {command}; "
            "set 'autolink: true' to link it in any case"
        ]
    reason = class_only_reason(term)
    if reason is None:
        return []
    return [
        f"linked automatically only as '{term.term}' mid-sentence: {reason}; "
        "set 'autolink: true' to link it in any case"
    ]
