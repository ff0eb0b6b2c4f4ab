"""Planted misspellings: glossary terms spelled wrong on purpose in copies of real
prose lines that already mention them, to measure what GL001 finds.

Each kind below is a slip writers make.  A plant replaces one mention of a
term's running-text spelling, on a line the harness takes for prose (not code,
not a heading, table, directive or front matter), by the slipped form; one plant
per line, so line numbers never move and every other finding stays where it
was.  The choice of sites is seeded, so a run is repeatable.  Planted text is
written only to temporary copies of a corpus.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from glossary_lint.config import DEFAULT_INCLUDE
from glossary_lint.glossary.model import CasePolicy, Glossary, Term
from glossary_lint.matching.english import is_known_word, is_ordinary_word
from glossary_lint.matching.words import capitalize_first
from glossary_lint.rules.house_style import (
    KEPT_USES,
    HouseStyle,
    HouseSurvey,
    SurveyPart,
    capital_shape,
    PageForm,
    code_names,
    page_capitals,
    spacing_form,
)
from glossary_lint.glossary.identifier_entries import names_program
from glossary_lint.rules.split_phrases import LINKING_WORDS as COMPOUND_NEVER_PART

KINDS = ("case", "hyphen-space", "split-compound", "typo", "distinctive-word", "all-caps", "listed-variant")

#: Prefixes a writer may hyphenate or space off (``auto-regressive``, ``pre trained``).
PREFIXES = (
    "auto",
    "pre",
    "post",
    "multi",
    "self",
    "non",
    "sub",
    "super",
    "semi",
    "over",
    "under",
    "inter",
    "cross",
    "hyper",
    "meta",
    "up",
    "down",
    "back",
    "re",
    "co",
    "de",
    "bi",
    "micro",
    "macro",
    "mono",
    "poly",
    "uni",
    "trans",
    "counter",
    "out",
    "data",
    "time",
    "text",
    "key",
    "web",
    "work",
    "name",
)
#: Prefixes that are never words of their own: what follows them is a word whatever the corpus says.
BOUND_PREFIXES = frozenset(
    {"auto", "pre", "multi", "non", "semi", "inter", "hyper", "meta", "micro", "macro", "mono", "poly"}
)
VOWELS = "aeiou"
#: From this word frequency (wordfreq's Zipf scale) the rest of a word after a prefix is
#: English a writer could space off: ``regressive`` (3.0) is, ``cision`` (1.6) is not.
ENGLISH_ZIPF = 2.5

_WORD = re.compile(r"[A-Za-z]+")
#: Spans of a line that are markup, not prose: inline code, link targets, tags, URLs, roles,
#: reST substitution references (``|resource|``: a slip there is an undefined substitution).
_MARKUP = re.compile(
    r"`[^`]*`|\]\([^)]*\)|<[^>]*>|https?://\S+|:[\w:.-]+:(?=`)|\{[^}]*\}|\$[^$]*\$"
    r"|(?<![\w|])\|[^|\s](?:[^|]*[^|\s])?\|(?![\w|])"
)
_BOLD = re.compile(r"\*\*[^*]+\*\*|\*[^*]+\*|\[[^\]]*\]")
#: Markdown link text (``[manifest file](page.md)``): GL001 lets its spacing
#: and case pass, as the text may quote the title of what it links to; only a
#: typo or a form the glossary lists as wrong is a slip there.
_LINK_TEXT = re.compile(r"\[[^\]]*\](?=[(\[])")
#: Kinds whose slip is one wherever it stands, link text included.
ANYWHERE = ("typo", "listed-variant")
#: Words that give a name to what follows (``an idea called Reduction``): a
#: capital after them makes a name, as after a capitalised word.
NAMING_WORDS = frozenset("called named termed titled entitled dubbed".split())
#: Inline code or interpreted text, which may wrap onto the next line of its
#: paragraph: reST's ````x````, Markdown's ```x``` or ````x````.  The backticks
#: pair up by their number (a line-by-line pattern pairs ```` `` ```` with
#: nothing between and took the code between for prose).
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[^`]|`(?!\1))+?\1(?!`)")


@dataclass(frozen=True)
class Plant:
    path: str  # relative to the corpus root
    line: int  # 1-based
    column: int  # 1-based, of the planted text
    original: str
    planted: str
    kind: str
    term: str

    @property
    def end_column(self) -> int:
        return self.column + len(self.planted)


def prose_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Unindented lines that read as running text, by simple line rules per format.

    Indented lines are left out whatever they hold: in reST and Markdown they are
    as often code as prose, and a plant in code would count as a miss it is not.
    """
    lines = [x.rstrip("\r") for x in path.read_text(encoding="utf-8", errors="replace").split("\n")]
    markdown = path.suffix in (".md", ".markdown", ".mdx")
    fence: str | None = None
    front = markdown and bool(lines) and lines[0].strip() == "---"
    for index, line in enumerate(lines):
        stripped = line.strip()
        if front:
            if index > 0 and stripped == "---":
                front = False
            continue
        if markdown:
            marker = re.match(r"(`{3,}|~{3,})", stripped)
            if marker:
                fence = None if fence and stripped.startswith(fence) else (fence or marker.group(1))
                continue
            if fence:
                continue
        nxt = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if (
            not stripped
            or line[:1].isspace()
            or stripped[0] in "#|+=<>:.!-*_~^`[{$"
            and not re.match(r"[-*+] \w", stripped)
            or (nxt and len(set(nxt)) == 1 and nxt[0] in "=-~^\"'`#*+")  # a reST heading
            or stripped.endswith("::")
            or len(_WORD.findall(stripped)) < 5
        ):
            continue
        yield index + 1, line


def code_columns(text: str) -> dict[int, list[tuple[int, int]]]:
    """For each line (1-based), the column spans inside inline code, code
    that wraps onto it from the line before included."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans: dict[int, list[tuple[int, int]]] = {}
    line = 0
    for code in _INLINE_CODE.finditer(text):
        begin, end = code.span()
        while line + 1 < len(starts) and starts[line + 1] <= begin:
            line += 1
        at = line
        while at < len(starts) and starts[at] < end:
            spans.setdefault(at + 1, []).append((max(begin, starts[at]) - starts[at], end - starts[at]))
            at += 1
    return spans


def _free(
    line: str,
    start: int,
    end: int,
    emphasis: bool,
    code: list[tuple[int, int]] | tuple[()] = (),
    links: bool = False,
) -> bool:
    """Whether line[start:end] is outside markup (and outside emphasis and link
    text, or link text alone, if asked) and outside the ``code`` spans of
    :func:`code_columns`."""
    spans = [m.span() for m in _MARKUP.finditer(line)] + list(code)
    if emphasis:
        spans += [m.span() for m in _BOLD.finditer(line)]
    if links:
        spans += [m.span() for m in _LINK_TEXT.finditer(line)]
    return not any(a < end and start < b for a, b in spans)


def mentions(line: str, spelling: str) -> Iterator[int]:
    """Columns (0-based) where ``spelling`` stands as whole words in ``line``."""
    if spelling not in line:
        return  # most lines and terms: no pattern to build (plan asks for every term on every line)
    for m in re.finditer(r"(?<![\w\-/.@#])" + re.escape(spelling) + r"(?![\w\-/@#]|\.\w)", line):
        yield m.start()


def prose_text(root: Path, prose: tuple[str, ...]) -> str:
    return "\n".join(line for path in documents(root, prose) for _, line in prose_lines(path))


#: A form the handbook's prose already uses this often is its own spelling, not a slip
#: (a class name like ``Session`` that the imported glossary writes in lower case).
ESTABLISHED = 3


def established(form: str, text: str, tokens: Counter[str]) -> bool:
    if re.fullmatch(r"[\w'-]+", form):
        return tokens[form] >= ESTABLISHED
    return text.count(form) >= ESTABLISHED


class Survey:
    """GL001's survey of the handbook's pages whole, as ``check`` reads them
    (:attr:`house`), and what a few plants would make of it (:meth:`with_plants`)."""

    def __init__(self, pages: dict[str, str], glossary: Glossary) -> None:
        from glossary_lint.matching.matcher import Matcher

        self.pages = pages
        self.glossary = glossary
        self.matcher = Matcher(glossary)
        reader = HouseSurvey(glossary, self.matcher)
        self.parts = {rel: reader.part(text, _is_rest(rel)) for rel, text in pages.items()}
        self.house = self._merged(self.parts)
        #: :meth:`page_capitals_with_plants` of each clean page asked for, kept
        #: (:func:`_make_page_usage` compares each plant's page with it).
        self._clean_capitals: dict[str, frozenset[PageForm]] = {}

    def _merged(self, parts: dict[str, SurveyPart]) -> HouseStyle:
        total = HouseSurvey(self.glossary, self.matcher)
        for part in parts.values():
            total.merge(part)
        return total.result()

    def with_plants(self, plants: list[Plant]) -> HouseStyle:
        """The survey of the pages with ``plants`` written in."""
        reader = HouseSurvey(self.glossary, self.matcher)
        parts = dict(self.parts)
        for rel in {p.path for p in plants}:
            parts[rel] = reader.part(self._planted_page(rel, plants), _is_rest(rel))
        return self._merged(parts)

    def page_capitals_with_plants(self, rel: str, plants: list[Plant]) -> frozenset[PageForm]:
        """GL001's :func:`page_capitals` of page ``rel`` with its ``plants``
        written in, from the mentions GL001 reads in the page, as ``check`` parses it."""
        from glossary_lint.config import Config
        from glossary_lint.engine import parse_document

        mine = [p for p in plants if p.path == rel]
        if not mine and rel in self._clean_capitals:
            return self._clean_capitals[rel]
        document = parse_document(rel, self._planted_page(rel, mine), Config(Path(".")))
        capitals = page_capitals(self.matcher.document_mentions(document.segments))
        if not mine:
            self._clean_capitals[rel] = capitals
        return capitals

    def guessed_usage_with_plants(self, rel: str, plants: list[Plant], forms: set[str]) -> bool:
        """Whether GL001's guessed-case rule (:class:`GuessedCaseUsage`: a
        guessed case outvoted by the page's own usage) reads one of ``forms``
        as page ``rel``'s spelling once its ``plants`` are written in."""
        from glossary_lint.config import Config
        from glossary_lint.engine import parse_document
        from glossary_lint.rules.guessed_case import GuessedCaseUsage

        document = parse_document(rel, self._planted_page(rel, plants), Config(Path(".")))
        mentions = list(self.matcher.document_mentions(document.segments))
        usage = GuessedCaseUsage(mentions)
        return any(m.one_line in forms and usage.spells(m) for m in mentions)

    def _planted_page(self, rel: str, plants: list[Plant]) -> str:
        lines = self.pages[rel].split("\n")
        for plant in (p for p in plants if p.path == rel):
            line, start = lines[plant.line - 1], plant.column - 1
            lines[plant.line - 1] = line[:start] + plant.planted + line[start + len(plant.original) :]
        return "\n".join(lines)


def _is_rest(rel: str) -> bool:
    """Whether ``check`` reads page ``rel`` as reST (the survey reads it so too)."""
    from glossary_lint.engine import REST_SUFFIXES

    return Path(rel).suffix.lower() in REST_SUFFIXES


def house_capitals(house: HouseStyle, glossary: Glossary) -> frozenset[tuple[str, tuple[int, ...]]]:
    """The capitals of lower-case terms that the pages write as the
    handbook's usage, as ``(term id, where the capitals stand)``: "the
    Pipelines" and "a Pipeline" in chapter after chapter name the concept
    with the capital, or name the class the chapters write as code.  A
    capital planted there is the house's usage, which GL001 lets pass by
    design (its survey of a handbook's style, whose measure this is: read
    from the pages whole, as ``check`` reads them, lists and indented
    blocks the plants avoid included), not a slip.  A term whose first
    word is such a class (``Form controls`` beside the class ``Form``) is
    read as GL001 reads it: the capital names the class."""
    classes = {name.casefold() for name in house.class_names}
    named = {
        (t.id, capital_shape(capitalize_first(t.spelling)))
        for t in glossary
        if t.spelling.split()[:1] and t.spelling.split()[0].casefold() in classes
    }
    return house.capitalised_terms | named


def documents(root: Path, prose: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for entry in prose:
        path = root / entry
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            # Only what `check` reads in a folder: a plant in a file it skips
            # (a README.txt beside the pages) could never be found.
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and any(fnmatch(p.name, pattern) for pattern in DEFAULT_INCLUDE)
            )
    return found


def _split_word(word: str, vocabulary: frozenset[str]) -> tuple[str, str] | None:
    """A split of a closed compound into two words a reader knows, or after a prefix."""
    letters = word.lower()
    if not letters.isalpha() or word.isupper():  # a keyword or acronym in capitals is not a compound
        return None
    inner = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
    if len(inner) == 1:
        return word[: inner[0]], word[inner[0] :]
    for i in range(3, len(word) - 2):
        # 'step per' of "stepper" is no split a writer makes: a closed
        # compound's parts are never a preposition, article or conjunction.
        parts = letters[:i], letters[i:]
        if all(p in vocabulary and p not in COMPOUND_NEVER_PART for p in parts):
            return word[:i], word[i:]
    for prefix in PREFIXES:
        rest = letters[len(prefix) :]
        if (
            letters.startswith(prefix)
            and len(rest) >= 4
            and (rest in vocabulary or _word_form(rest, prefix, vocabulary))
        ):
            return word[: len(prefix)], word[len(prefix) :]
    return None


def _word_form(rest: str, prefix: str, vocabulary: frozenset[str]) -> bool:
    """After a prefix that is never a word of its own, ``rest`` counts as a word when
    the corpus has a form of it or English uses it (``regressive``, a word even where
    the corpus writes only ``autoregressive``): without this check ``precision`` would
    be planted as ``pre-cision``, a slip nobody makes."""
    if prefix not in BOUND_PREFIXES:
        return False
    from wordfreq import zipf_frequency

    stem = rest[: max(5, len(rest) - 3)]
    return zipf_frequency(rest, "en") >= ENGLISH_ZIPF or any(word.startswith(stem) for word in vocabulary)


def slips(term: Term, vocabulary: frozenset[str], rng: random.Random) -> dict[str, tuple[str, str]]:
    """By kind (only the kinds that apply): the text a plant replaces and its slipped form.

    The replaced text is the term's running-text spelling, except for the
    distinctive word of a multi-word term, which prose often uses alone
    (``autoregressive`` for "autoregressive model")."""
    s = term.spelling
    out: dict[str, str] = {}
    sites: dict[str, str] = {}
    uppers = sum(c.isupper() for c in s)
    lowers = sum(c.islower() for c in s)
    if term.case is CasePolicy.EXACT and lowers and s.lower() != s:
        out["case"] = s.lower()
    elif term.case is CasePolicy.SENTENCE and s[:1].islower():
        out["case"] = s[:1].upper() + s[1:]
    if "-" in s:
        out["hyphen-space"] = s.replace("-", " ", 1)
    elif " " in s:
        out["hyphen-space"] = s.replace(" ", "-", 1)
    if " " not in s and "-" not in s and len(s) >= 7:
        split = _split_word(s, vocabulary)
        if split:
            out["split-compound"] = " ".join(split)
    if s.isalpha() and len(s) >= 6:
        out["typo"] = _typo(s, vocabulary, rng)
    if " " in s:
        word = max(s.split(" "), key=len)
        split = _split_word(word, vocabulary) if len(word) >= 7 else None
        if split:
            joiner = "-" if rng.random() < 0.5 else " "
            out["distinctive-word"] = joiner.join(split)
            sites["distinctive-word"] = word
    if term.case is CasePolicy.EXACT and lowers and uppers >= 2:
        out["all-caps"] = s.upper()
    if term.variants:
        out["listed-variant"] = rng.choice(sorted(term.variants))
    return {k: (sites.get(k, s), v) for k, v in out.items() if v and v != sites.get(k, s)}


def _typo(word: str, vocabulary: frozenset[str], rng: random.Random) -> str:
    """One slip of a finger inside the word (never the first letter): a vowel swapped,
    two neighbours transposed, or a letter doubled; never a word of the corpus, nor
    a word English writes (``strung`` for "string"), which leaves no misspelling
    to see: GL001 takes no known word for a typo (:func:`is_known_word`)."""
    for _ in range(20):
        i = rng.randrange(1, len(word) - 1)
        how = rng.choice(("vowel", "transpose", "double"))
        if how == "vowel" and word[i].lower() in VOWELS:
            slip = word[:i] + rng.choice([v for v in VOWELS if v != word[i].lower()]) + word[i + 1 :]
        elif how == "transpose" and word[i] != word[i + 1]:
            slip = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == "double":
            slip = word[: i + 1] + word[i] + word[i + 1 :]
        else:
            continue
        if slip.lower() not in vocabulary and not is_known_word(slip):
            return slip
    return ""


def plan(
    root: Path,
    prose: tuple[str, ...],
    glossary: Glossary,
    seed: int = 12,
    per_kind: int = 30,
    headwords: Iterable[str] = (),
) -> list[Plant]:
    """Choose where to plant what: up to ``per_kind`` plants of each kind, two per term
    at most (no second capital that would make the first the house's usage:
    :func:`_make_usage`), two per respaced form at most (:func:`_form_key`), one per
    line, sites drawn with ``seed``; never a form the prose already uses
    :data:`ESTABLISHED` times or more, nor one the glossary itself gives as a
    name (:func:`glossary_forms`; ``headwords``: every name the glossary page
    lists, as :func:`page_headwords` reads them)."""
    rng = random.Random(seed)
    given = glossary_forms(glossary, headwords)
    text = prose_text(root, prose)
    vocabulary = frozenset(w.lower() for w in _WORD.findall(text))
    tokens = Counter(re.findall(r"[\w'-]+", text))
    forms = {
        term.id: {
            kind: form
            for kind, form in slips(term, vocabulary, rng).items()
            if not established(form[1], text, tokens)
        }
        for term in glossary
    }
    candidates: dict[str, list[Plant]] = {kind: [] for kind in KINDS}
    #: Sites where the slipped form would be English, not a slip: skipped when
    #: choosing, after the shuffle, so the other kinds' draws stay as they were.
    english: set[Plant] = set()
    #: Sites inside inline code that a line's own markup does not show
    #: (:func:`code_columns`): skipped the same way.
    in_code: set[Plant] = set()
    #: Case sites right after a capitalised word (:func:`_after_capitalised`)
    #: or a naming word, where the capital would make a name; sites whose
    #: slip the prose uses with its plural, or whose lower case is English;
    #: sites in link text (but for a typo or a listed variant): skipped the same way.
    in_name: set[Plant] = set()
    #: Sites whose slipped form the glossary itself gives as a name
    #: (:func:`glossary_forms`): no slip to find, skipped the same way.
    spelled: set[Plant] = set()
    pages = [path.read_text(encoding="utf-8", errors="replace") for path in documents(root, prose)]
    named = {path.relative_to(root).as_posix(): text for path, text in zip(documents(root, prose), pages)}
    surveyed = Survey(named, glossary)
    pages_by_path = named
    house = house_capitals(surveyed.house, glossary)
    for path, source in zip(documents(root, prose), pages):
        rel = path.relative_to(root).as_posix()
        if path.stem.lower() == "glossary":  # its headings and definitions are the terms themselves
            continue
        lines = source.split("\n")
        code = code_columns(source)
        for number, line in prose_lines(path):
            following = lines[number] if number < len(lines) else ""
            for term in glossary:
                for kind, (site, slipped) in forms[term.id].items():
                    for column in mentions(line, site):
                        end = column + len(site)
                        if _free(line, column, end, kind in ("case", "all-caps")) and _mid_sentence(
                            line, column, kind
                        ):
                            plant = Plant(rel, number, column + 1, site, slipped, kind, term.term)
                            candidates[kind].append(plant)
                            if slipped in given[term.id]:
                                spelled.add(plant)
                            if not _free(line, column, end, False, code.get(number, ())):
                                in_code.add(plant)
                            if kind not in ANYWHERE and not _free(line, column, end, False, links=True):
                                in_name.add(plant)
                            if kind == "case" and (
                                _after_capitalised(line, column)
                                or _after_naming_word(line, column)
                                or _names_class(slipped, term, source)
                                or _instance_of_class(line, end, slipped, surveyed.house.code_classes)
                                or _lowered_to_english(site, slipped)
                            ):
                                in_name.add(plant)
                            if kind in SPACINGS and (
                                _written_in_definition(slipped, term)
                                or _house_phrase(slipped, term, surveyed.house)
                            ):
                                english.add(plant)
                            if kind == "distinctive-word" and is_ordinary_word(site):
                                english.add(plant)  # 'net work' of "network": see _everyday_split
                            if kind == "case" and (
                                _one_letter(site)
                                or slipped[:1].isupper()
                                and _before_capitalised(line, end, following)
                            ):
                                in_name.add(plant)
                            if _in_escaped_code(line, column):
                                in_code.add(plant)
                            if kind == "case" and (term.id, capital_shape(slipped)) in house:
                                in_name.add(plant)
                            if kind == "hyphen-space" and (
                                _hyphenates_whole_term(site, slipped, term)
                                and not _stands_as_noun(line, column, end, following)
                                or _hyphenates_part_of_term(site, slipped, term)
                            ):
                                english.add(plant)
    used_lines: set[tuple[str, int]] = set()
    per_form: Counter[str] = Counter()
    chosen: list[Plant] = []
    for kind in KINDS:
        pool = candidates[kind]
        rng.shuffle(pool)
        per_term: dict[str, list[Plant]] = {}
        taken = 0
        for plant in pool:
            if taken >= per_kind:
                break
            earlier = per_term.setdefault(plant.term, [])
            if (
                plant in english
                or plant in spelled
                or plant in in_code
                or plant in in_name
                or (plant.path, plant.line) in used_lines
                or len(earlier) >= 2
                or kind in SPACINGS and per_form[_form_key(plant)] >= KEPT_USES - 1
                or kind == "case" and _make_usage(plant, chosen, surveyed, glossary)
                or kind in SPACINGS and _make_spacing_usage(plant, chosen, surveyed, glossary)
                or _make_page_usage(plant, chosen, surveyed, glossary)
                or kind == "case" and _make_code_name(plant, chosen, surveyed, glossary, pages_by_path)
            ):
                continue
            used_lines.add((plant.path, plant.line))
            earlier.append(plant)
            if kind in SPACINGS:
                per_form[_form_key(plant)] += 1
            chosen.append(plant)
            taken += 1
    return chosen


def page_headwords(source: str, suffix: str) -> frozenset[str]:
    """Every name a glossary page lists, as written: the importer folds an
    entry's names that differ in case only into one (``Make`` with ``make``,
    ``PinFile`` with ``pinfile``), and the planter reads them here."""
    from glossary_lint.workflows.importers import read_page

    return frozenset(name for entry in read_page(source, suffix).entries for name in entry.names)


def glossary_forms(glossary: Glossary, headwords: Iterable[str] = ()) -> dict[str, frozenset[str]]:
    """By entry id: the forms the glossary gives as names, which a plant of
    that entry must not write: any entry's running-text spelling or alias
    is a right spelling, not a slip (``GNU make`` for "make", ``open source``
    where another entry is spelled so); and where the page lists the entry
    under two names that differ in case only (``Make`` and ``make``), each is
    the glossary's own spelling.  A headword's capital alone (a reST
    glossary's ``Dataset`` for an entry spelled ``dataset``, the page not
    listing ``dataset``) stays the capital a case plant slips to."""
    listed = frozenset(headwords)
    every = frozenset(form for term in glossary for form in (term.spelling, *term.aliases))
    out: dict[str, frozenset[str]] = {}
    for term in glossary:
        folded = term.spelling.casefold()
        same = {name for name in listed if name.casefold() == folded} if term.spelling in listed else set()
        out[term.id] = (every | same) - {term.spelling}
    return out


def _form_key(plant: Plant) -> str:
    """A respaced slip (:data:`SPACINGS`) as GL001's survey counts it,
    case-folded, whichever entry and kind planted it.  Several entries may
    share the word respaced ("changeset", "child changeset"), and a split or
    hyphenated form written in :data:`KEPT_USES` files or more is the
    handbook's own spacing by the survey (``in-place`` beside "inplace"),
    no stray slip an editor would fix: so two plants of a form at most."""
    return plant.planted.casefold()


def _make_usage(plant: Plant, chosen: list[Plant], surveyed: Survey, glossary: Glossary) -> bool:
    """Whether a capital planted with those already chosen of its term, or
    of its capitalised first word (``Schema`` of "schema" and "schema
    node"), would make them the handbook's own usage by GL001's survey
    (:func:`house_capitals`, or a class name the prose capitalises in many
    chapters): capitals in two chapters are the handbook writing the capital
    in two more chapters, which the survey counts by design (a capital
    written in many chapters, or often beside few lower-case uses, or a
    guessed case outvoted on two pages); with a chapter's own capitals, or
    the few lower-case uses the plants replace, they can make the usage they
    are measured against, no stray an editor would fix.  A single capital is
    judged with itself written in too: where the clean handbook already
    writes the capital in two chapters, a third, planted, makes the usage
    (a class name the prose capitalises in three chapters), which the
    survey read as Markdown missed on reST pages whose titles are
    underlined with tildes (it took them for fences and read no prose
    under them)."""
    first = plant.planted.split()[0]
    kin = [
        p
        for p in chosen
        if p.kind == "case" and (p.term == plant.term or p.planted.split()[0] == first)
    ]
    plants = [*kin, plant]
    after = surveyed.with_plants(plants)
    usage = house_capitals(after, glossary)
    classes = {name.casefold() for name in after.class_names - surveyed.house.class_names}
    ids = {t.term: t.id for t in glossary}
    return any(
        (ids[p.term], capital_shape(p.planted)) in usage
        or p.planted[:1].isupper()
        and p.planted.split()[0].casefold() in classes
        for p in plants
    )


def _make_spacing_usage(plant: Plant, chosen: list[Plant], surveyed: Survey, glossary: Glossary) -> bool:
    """Whether a respaced slip (:data:`SPACINGS`), written in with the
    plants of its form already chosen (:func:`_form_key`), would make that
    form the handbook's own by GL001's survey where the clean handbook's
    is not: a spacing the prose writes three times or more and as often
    as the glossary's (``job-cache`` planted twice beside one the page
    writes, where the plants also take two ``job cache`` away), or a name
    the code writes that the prose then writes as a habit
    (``project-template``).  The plants would make the usage they are
    measured against, as a capital planted into a habit would
    (:func:`_make_usage`): no stray an editor would fix."""
    key = _form_key(plant)
    plants = [*(p for p in chosen if p.kind in SPACINGS and _form_key(p) == key), plant]
    term = next(t for t in glossary if t.term == plant.term)
    form = spacing_form(plant.planted)
    forms = {(term.id, form), (term.id, form.casefold())}
    before = surveyed.house
    after = surveyed.with_plants(plants)
    if (forms & after.spacings) - before.spacings:
        return True
    named = {(term.id, plant.planted)}
    return bool((named & after.code_spellings.names) - before.code_spellings.names)


def _make_page_usage(plant: Plant, chosen: list[Plant], surveyed: Survey, glossary: Glossary) -> bool:
    """Whether ``plant``, with the plants of its term already chosen on its
    page, would make a capital planted there the page's own style by GL001's
    page rule (:func:`~glossary_lint.rules.house_style.page_capitals`: a
    capital written mid-sentence :data:`KEPT_USES` times and at least half
    as often as the lower case).  Two capitals planted beside one the page
    writes itself reach that count, and a typo or a respacing planted on
    the same page takes a lower-case use away: the page then writes the
    capital as a habit, no stray an editor would fix.  So for a case the
    importer guessed, by GL001's guessed-case rule (:class:`GuessedCaseUsage`:
    a form written mid-sentence twice, and the glossary's letters never
    there, is the page's spelling): two case plants of a name, or a typo
    planted into the page's one use of the glossary's letters beside them,
    leave the page writing the planted case only.  :func:`_make_usage`
    judges the handbook's survey, this the page's.  A capital planted on a
    shorter term's word may stand in a longer term's mention (``Schema``
    of "schema" in ``schema node objects``, which GL001 reads as ``Schema
    node``): the capitals planted on the page with the same first word
    count together, and so does a form the page did not keep before."""
    entry = next(t for t in glossary if t.term == plant.term)
    same_term = [p for p in chosen if p.path == plant.path and p.term == plant.term]
    cases = {p.planted for p in [*same_term, plant] if p.kind == "case"}
    if cases and entry.case_guessed and surveyed.guessed_usage_with_plants(plant.path, [*same_term, plant], cases):
        return True
    first = plant.planted.split()[0]
    mine = [
        p
        for p in chosen
        if p.path == plant.path and (p.term == plant.term or p.kind == "case" and p.planted.split()[0] == first)
    ]
    capitals = {p.planted for p in [*mine, plant] if p.kind == "case" and p.planted[:1].isupper()}
    if not capitals:
        return False
    term = entry.id
    firsts = {c.split()[0] for c in capitals}
    kept = surveyed.page_capitals_with_plants(plant.path, [*mine, plant])
    clean = surveyed.page_capitals_with_plants(plant.path, []) if kept else frozenset()
    return any(
        form[0] == term and form[1] in capitals or form not in clean and form[1].split()[0] in firsts
        for form in kept
    )


#: What follows a lower-case name that says it names the program or package
#: as its code does: inline code or a role (the command typed to it, or a
#: class of it), on the line or opening the next one.
_CODE_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*)?(?:`|:[\w:-]+:`|\{[\w:-]+\}`)")


def _make_code_name(
    plant: Plant, chosen: list[Plant], surveyed: Survey, glossary: Glossary, pages: dict[str, str]
) -> bool:
    """Whether a lower case planted, with the others of its term, makes the
    form one the handbook's code and prose both write as a habit by GL001's
    survey (:mod:`glossary_lint.rules.code_spellings`): the code's name for
    the thing written in prose (``gpytorch`` where the code imports
    gpytorch and the prose writes it in lower case about as often as
    ``GPyTorch``; the plant tips the count), or the program's name before a
    program word or its code.  Then the lower case is the handbook's usage,
    as a capital planted into a habit is (:func:`_make_usage`), no stray an
    editor would fix."""
    if plant.planted != plant.planted.lower():
        return False
    ids = {t.term: t.id for t in glossary}
    after = surveyed.with_plants([*(p for p in chosen if p.kind == "case" and p.term == plant.term), plant])
    form = (ids[plant.term], plant.planted)
    if form in after.code_spellings.names:
        return True
    if form not in after.code_spellings.programs:
        return False
    lines = pages[plant.path].split("\n")
    rest = "\n".join(lines[plant.line - 1 : plant.line + 1])[plant.column - 1 + len(plant.original) :]
    return _CODE_AFTER.match(rest) is not None or names_program(rest, 0)


#: A word right after a capitalised mention that says it names a class
#: (``a Backend instance``), as GL001 reads it (:mod:`glossary_lint.rules.named_kinds`).
_CLASS_WORD = re.compile(r"[ \t]+(?:object|instance|class|subclass)(?:e?s)?\b")


def _instance_of_class(line: str, end: int, slipped: str, classes: frozenset[str]) -> bool:
    """``a Backend instance`` where some page of the handbook writes the
    class ``Backend`` as code: the capital names the class, which a careful
    editor leaves alone, so it is no slip to plant (GL001 lets it pass by
    design)."""
    return slipped in classes and _CLASS_WORD.match(line, end) is not None


def _one_letter(site: str) -> bool:
    """``n̂`` of "reference vector", ``k``: a term of one letter (with its
    marks) is a symbol, and in mathematics its capital is another symbol
    (``N̂`` beside ``n̂``), not the same one mis-cased; which one a sentence
    means is for a person, so a case plant there is no slip to find."""
    return len(_WORD.findall(site)) == 1 and len(_WORD.findall(site)[0]) == 1


#: reST interpreted text or a literal whose content holds escaped backticks
#: (``:rst:`:term:\\`name\\``` shows a role as typed): a backslash before a
#: backtick keeps it from closing the markup, which :data:`_MARKUP` pairs
#: without reading escapes.
_ESCAPED_CODE = re.compile(r"(?<![\\`])`(?:[^`\\\n]|\\.)*\\`(?:[^`\\\n]|\\.)*`+")


def _in_escaped_code(line: str, column: int) -> bool:
    """Whether ``line[column]`` stands inside markup that escaped backticks
    hold open (:data:`_ESCAPED_CODE`): code, not prose, where a plant misspells
    an example of markup, no sentence."""
    return any(m.start() < column < m.end() for m in _ESCAPED_CODE.finditer(line))


def _hyphenates_whole_term(site: str, slipped: str, term: Term) -> bool:
    """``grain buffer`` -> ``grain-buffer``: every space of a spaced term made a
    hyphen, the form English itself writes before a noun or as a verb; unless
    the glossary lists that form as wrong, which makes it a slip anywhere."""
    return " " in site and " " not in slipped and "-" in slipped and slipped not in term.variants


#: Words that never end a compound modifier: ``one-to many`` or ``unit-of work``
#: joins a word to a preposition, article or conjunction, which is a slip.
LINKING_WORDS = frozenset(
    "of in on at to for from with by as into onto via per than the a an and or nor but".split()
)


def _hyphenates_part_of_term(site: str, slipped: str, term: Term) -> bool:
    """``mean squared error`` -> ``mean-squared error``: two words of a longer
    spaced term joined by a hyphen, the rest left spaced.  That is how English
    writes a compound modifier before its noun (the error is "mean-squared"),
    a form style guides ask for, not a slip an editor would undo; unless the
    second word joined is a :data:`LINKING_WORDS` word (``one-to many``: only
    the whole ``one-to-many`` is a modifier), or the glossary lists that form
    as wrong, either of which makes it a slip anywhere."""
    joined = re.search(r"[A-Za-z]+-([A-Za-z]+) ", slipped)
    return (
        site.count(" ") >= 2
        and slipped.count("-") > site.count("-")
        and joined is not None
        and joined.group(1).lower() not in LINKING_WORDS
        and slipped not in term.variants
    )


#: Words after which the word before is a noun, the head of its phrase: a verb
#: or auxiliary, a preposition, a conjunction, a relative pronoun or an adverb.
NOUN_FOLLOWERS = frozenset(
    """
is are was were be been has have had can could will would shall should may might must does do did
of in on at to for from with without by as into onto over under about through across within between
via per after before during than that which who whose where when while and or but not
also only instead itself here there
""".split()
)
#: Words after which the next word may be a verb: ``to grain-buffer``, ``we grain-buffer``.
VERB_CUES = frozenset("to can could will would shall should may might must not i we you they".split())


def _stands_as_noun(line: str, start: int, end: int, following: str) -> bool:
    """Whether a hyphenated spaced term planted at ``line[start:end]`` can only be
    read as the noun itself, where the hyphen is a slip: right before
    punctuation, the end of a paragraph, or a word that follows a noun's head
    (:data:`NOUN_FOLLOWERS`), and not after a word that a verb follows.  Before
    a noun it modifies (``grain-buffer size``), in a list of such modifiers
    (``grain-buffer and frame-pacing logic``), or as a verb (``to
    eager-fetch``), English hyphenates the term, and it is no slip; where the
    next word is code or a content word, the reading is open, so no plant."""
    before = re.search(r"([A-Za-z']+)\W*$", line[:start])
    if before and before.group(1).lower() in VERB_CUES:
        return False
    rest = line[end:].lstrip("*_")
    if not rest.strip():
        if not following.strip():
            return True  # the end of its paragraph
        rest = " " + following.strip()
    if re.match(r"\s*[.;:!?()\]\u2014\u2013\u2192]", rest):
        return True
    listed = re.match(r"\s*(?:,\s*|\s+(?:and|or)\s+)(?:(?:and|or)\s+)?", rest)
    if listed:
        # 'grain-buffer, "lockstep" style': a list of modifiers, not nouns
        return not re.match(r"[\"'\u201c\u2018`]|[A-Za-z]+-[A-Za-z]", rest[listed.end() :])
    word = re.match(r"\s+([A-Za-z]+)\b", rest)
    return bool(word) and word.group(1).lower() in NOUN_FOLLOWERS


def _mid_sentence(line: str, column: int, kind: str) -> bool:
    """A case slip needs a lower-case word just before it, so it cannot be a sentence start."""
    if kind != "case":
        return True
    return re.search(r"[a-z][a-z,]* $", line[:column]) is not None


def _after_capitalised(line: str, column: int) -> bool:
    """Whether the word before a case site is no lower-case word: ``Phase``
    of "Phase vocoder", ``Zuul`` of "the Zuul scheduler", ``API-compliant``.
    :func:`_mid_sentence` sees the small letters that end such a word
    (``hase``) and lets the site be drawn, but a capital planted there makes
    a name ("Phase Vocoder", the algorithm's; "the Zuul Scheduler", which
    the Zuul handbook itself writes), which GL001 lets pass by design and
    an editor leaves alone: no slip to find."""
    return re.search(r"(?:^|[\s(])[a-z][a-z,]* $", line[:column]) is None


def _before_capitalised(line: str, end: int, following: str = "") -> bool:
    """Whether a capitalised word or an acronym follows a case site on its
    line, or opens the next line when the site ends its own (``the Ledger
    API``, ``Ledger Office``, ``Ledger`` wrapped before ``ID``): a capital
    planted there (not a name's lower case) makes a name of the two words,
    as after a capitalised word (:func:`_after_capitalised`); a handbook may
    so name a part of its interface (``the Calling API``), which GL001 lets
    pass by design.  A line break in a paragraph is a space."""
    rest = line[end:]
    if not rest.strip():
        rest = " " + following.lstrip() if following.strip() else ""
    return re.match(r"[ \t]+[A-Z]", rest) is not None


def _after_naming_word(line: str, column: int) -> bool:
    """``an idea called Reduction``: right after a :data:`NAMING_WORDS` word a
    capital introduces a name, as a writer may when coining one; GL001 lets
    it pass by design, so a capital planted there is no slip to find."""
    before = re.search(r"([A-Za-z]+)\W*$", line[:column])
    return before is not None and before.group(1).lower() in NAMING_WORDS


def _lowered_to_english(site: str, slipped: str) -> bool:
    """``squirrel`` for the product "Squirrel", ``pipeline`` for the class
    "Pipeline": an exact-case term written in lower case where every word is
    everyday English.  The lower case then reads as the ordinary word, which
    issue 12 asks GL001 to report only where the spelling can only mean the
    term; which sense a sentence means is for a person, so no plant."""
    words = _WORD.findall(slipped)
    return (
        site != slipped
        and slipped == slipped.lower()
        and all(len(w) > 1 or w in "ai" for w in words)  # 'u-net' spells a name, not words
        and is_ordinary_word(" ".join(words))
    )


#: Kinds that only move a term's word breaks.
SPACINGS = ("hyphen-space", "split-compound", "distinctive-word")


def _house_phrase(slipped: str, term: Term, house: HouseStyle) -> bool:
    """Whether a respaced slip is the English phrase the handbook writes as a
    habit for an identifier its code names (``untrusted project`` beside the
    key ``untrusted-projects`` a directive declares: GL001's survey,
    :attr:`.code_spellings.CodeSpellings.phrases`): the house's own words,
    no slip an editor would fix."""
    return (term.id, slipped[:1].lower() + slipped[1:]) in house.code_spellings.phrases


def _written_in_definition(slipped: str, term: Term) -> bool:
    """``resting state`` where the entry "resting-state" is defined as
    "Resting state fMRI is ...": the glossary's own definition writes the
    form with those word breaks (in any case), so it is one of the entry's
    spellings, which GL001 lets pass by design; no slip to plant."""
    words = _WORD.findall(slipped)
    pattern = r"(?<![\w./\-])" + re.escape(slipped) + r"(?![\w/\-])"
    return bool(words) and re.search(pattern, term.definition, re.IGNORECASE) is not None


def _names_class(slipped: str, term: Term, source: str) -> bool:
    """Whether a capitalised case plant (``Linker`` for "linker") would name
    a class that the page or the entry's own definition writes as code
    (``:class:`Linker```, ```Linker```, ``Linker(``), in any inner case
    (``SearchLight``): there "the Linker"
    may be the class, which a careful editor leaves alone, so the capital
    is no unambiguous slip to count."""
    first = slipped.split()[0]
    if not first[:1].isupper() or first.isupper():
        return False
    # In another inner case too: "the Searchlight" beside the class ``SearchLight``.
    names = {name.casefold() for name in code_names(source) | code_names(term.definition)}
    return first.casefold() in names


def apply(root: Path, plants: list[Plant]) -> None:
    """Write the plants into the copy of the corpus at ``root``."""
    by_path: dict[str, list[Plant]] = {}
    for plant in plants:
        by_path.setdefault(plant.path, []).append(plant)
    for rel, group in by_path.items():
        path = root / rel
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        for plant in group:
            line = lines[plant.line - 1]
            start = plant.column - 1
            assert line[start : start + len(plant.original)] == plant.original, (rel, plant)
            lines[plant.line - 1] = line[:start] + plant.planted + line[start + len(plant.original) :]
        path.write_text("\n".join(lines), encoding="utf-8")
