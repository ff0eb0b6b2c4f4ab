"""Auto-links link by link: write every link a build makes, with its label, and
compare two such records.

``run.py`` prints each handbook's counts; a rule change that removes one wrong
link may also move the link to a later mention or drop a right one, which the
counts hide.  Recording the links of the code before and after a change, and
listing the ones that left and the ones that came, shows every move (and every
new link to label) at once.

    python bench/accuracy/link_diff.py dump BEFORE.jsonl CORPUS ...   # every link, with its verdict
    python bench/accuracy/link_diff.py diff BEFORE.jsonl AFTER.jsonl  # links gone (-) and new (+)

A dump builds every page of each named corpus, as ``run.py`` does; run it with
the code to measure installed.  Keep the code unchanged while a dump runs:
each handbook's build imports the extension afresh.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from autolinks import build, match_links, parse_link_labels  # noqa: E402
from show import corpora, held_out_corpus, heldout, import_glossary  # noqa: E402

LABELS = HERE / "labels"
#: One link as ``dump`` writes it.
Record = dict[str, str | None]


def dump(out: Path, names: list[str]) -> int:
    """Build each corpus and write one JSON line per link made: corpus, page,
    link text, the paragraph's text before the link and in all, and the label's
    verdict (``wrong``, ``right`` or null when no label matches)."""
    held = {e.name for e in heldout()}
    with out.open("w", encoding="utf-8") as sink:
        for name in names:
            corpus = next((c for c in corpora() if c.name == name), None)
            if corpus is None and name in held:
                corpus = held_out_corpus(name)
            if corpus is None:
                print(f"link_diff: unknown or unfetched corpus {name!r}", file=sys.stderr)
                continue
            path = LABELS / f"{name}.links.tsv"
            labels = parse_link_labels(path.read_text(encoding="utf-8"), str(path)) if path.exists() else []
            with tempfile.TemporaryDirectory() as tmp:
                glossary = import_glossary(corpus, Path(tmp))
                try:
                    links = build(corpus.root, corpus.prose, glossary, Path(tmp) / "sphinx")
                except RuntimeError as exc:
                    print(f"{name}: not measured: {exc}", file=sys.stderr)
                    continue
            for link, label in zip(links, match_links(links, labels)):
                record = {
                    "corpus": name,
                    "page": link.page,
                    "text": link.text,
                    "before": link.before,
                    "context": link.context,
                    "verdict": label.verdict if label is not None else None,
                }
                sink.write(json.dumps(record) + "\n")
            # A corpus measured with no link at all still counts in a diff.
            sink.write(json.dumps({"corpus": name, "measured": len(links)}) + "\n")
            sink.flush()
            print(f"{name}: {len(links)} links", file=sys.stderr)
    return 0


def _load(path: Path) -> tuple[list[Record], set[str]]:
    """The links of a dump, and the corpora it measured (those of its links
    too, for a dump written before the per-corpus line existed)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    links = [r for r in rows if "measured" not in r]
    return links, {str(r["corpus"]) for r in rows}


def _key(record: Record) -> tuple[str | None, ...]:
    return (record["corpus"], record["page"], record["text"], record["before"])


def _line(sign: str, record: Record) -> str:
    before = " ".join(str(record["before"]).split())[-70:]
    text = str(record["text"])
    after = " ".join(str(record["context"])[len(str(record["before"])) + len(text) :].split())[:60]
    where = f"{record['corpus']} {record['page']}"
    shown = " ".join(text.split())
    return f"{sign} {record['verdict'] or 'unlabelled'} {where} | {before} [[{shown}]] {after}"


def _only_in(records: list[Record], others: list[Record]) -> list[Record]:
    """The links of ``records`` that ``others`` lacks; the same link text may
    stand twice after the same words on a page, so each is counted."""
    pool = [_key(r) for r in others]
    found = []
    for record in records:
        key = _key(record)
        if key in pool:
            pool.remove(key)
        else:
            found.append(record)
    return found


def diff(before_path: Path, after_path: Path) -> int:
    """Print the links only ``before`` made (-) and only ``after`` made (+),
    over the corpora ``after`` holds, then the totals of each."""
    after, measured = _load(after_path)
    before = [r for r in _load(before_path)[0] if r["corpus"] in measured]
    for record in _only_in(before, after):
        print(_line("-", record))
    for record in _only_in(after, before):
        print(_line("+", record))
    for name, records in (("before", before), ("after", after)):
        wrong = sum(1 for r in records if r["verdict"] == "wrong")
        unlabelled = sum(1 for r in records if r["verdict"] is None)
        print(f"{name}: {len(records)} links, labelled wrong {wrong}, not labelled {unlabelled}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="build the corpora and record every link")
    d.add_argument("out", type=Path)
    d.add_argument("corpus", nargs="+")
    c = sub.add_parser("diff", help="the links one record has and the other lacks")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.out, args.corpus)
    return diff(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
