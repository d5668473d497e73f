"""Check the fresh-question probe (eval/datasets/fresh/fresh{5..10}.jsonl).

Run from the repository root as ``python -m eval.datasets.fresh.check_fresh``
or as a script (``python eval/datasets/fresh/check_fresh.py [FILE ...]``).
Exit status 1 when a rule is broken; every problem is printed.

Rules (see README.md in this directory):
- exactly the keys id, type, question, facts, evidence, unanswerable, doc,
  style, format; ids ``f{N}NNN`` unique, questions unique (folded) over all files;
- ``doc`` (or every name of a cross-plan list) exists in
  ``eval/varied{N}/plans/`` and is a DEV plan of that batch's README table;
  ``format`` is the README format of (one of) the plan(s);
- every evidence span occurs verbatim (whitespace-normalised) in the source
  text of (one of) its plan(s) and has at least 8 words; a cross-plan item
  quotes at least two plans;
- every fact (at least one of its alternative spellings) occurs, folded
  (case- and diacritic-insensitive), in the item's evidence; facts are short;
- type rules: multi 2-3 facts, list 2-7 facts, who/when/target/lookup
  exactly one fact; ``none`` items have no facts and no evidence,
  ``unanswerable`` true,
  and their distinctive words (``absent.json``) are absent, folded and as
  whole words, from the plan's source text;
- style ``noaccent`` questions carry no diacritics, ``vi`` questions do.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
BATCHES = (5, 6, 7, 8, 9, 10)
KEYS = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
TYPES = {"who", "when", "target", "lookup", "multi", "list", "none"}
STYLES = {"vi", "noaccent", "en"}
SINGLE = {"who", "when", "target", "lookup"}
MIN_WORDS = 8
MAX_FACT_WORDS = 12


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ → d), collapse whitespace."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.lower().split())


def ws(text: str) -> str:
    """Whitespace-normalise (NFC, runs of whitespace to one space)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def readme_plans(batch: int, root: Path = ROOT) -> dict[str, tuple[str, str]]:
    """Map file name -> (format, split) from the batch README's plan table."""
    plans: dict[str, tuple[str, str]] = {}
    readme = root / "eval" / f"varied{batch}" / "README.md"
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| `([^`]+)`[^|]*\| ([\w-]+) \| (dev|test) \|", line)
        if m:
            plans[m.group(1)] = (m.group(2), m.group(3))
    return plans


def source_text(batch: int, doc: str, root: Path = ROOT) -> str:
    """Reading-order text of a plan (eval/varied{N}/source_text/<stem>.txt)."""
    path = root / "eval" / f"varied{batch}" / "source_text" / (Path(doc).stem + ".txt")
    return path.read_text(encoding="utf-8")


def load_absent(path: Path = HERE / "absent.json") -> dict[str, list[str]]:
    """Distinctive words of the unanswerable items, by id."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _has_diacritics(text: str) -> bool:
    return fold(text) != " ".join(text.lower().split())


def check_file(
    path: Path,
    *,
    root: Path = ROOT,
    absent: dict[str, list[str]] | None = None,
    seen_ids: set[str] | None = None,
    seen_q: set[str] | None = None,
) -> list[str]:
    """Return the list of problems found in one fresh{N}.jsonl file."""
    absent = load_absent() if absent is None else absent
    seen_ids = set() if seen_ids is None else seen_ids
    seen_q = set() if seen_q is None else seen_q
    m = re.fullmatch(r"fresh(\d+)\.jsonl", path.name)
    if not m:
        return [f"{path}: file name must be fresh<N>.jsonl"]
    batch = int(m.group(1))
    plans = readme_plans(batch, root)
    plan_dir = root / "eval" / f"varied{batch}" / "plans"
    problems: list[str] = []
    texts: dict[str, str] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if not lines:
        problems.append(f"{path.name}: empty")
    for n, line in enumerate(lines, 1):
        where = f"{path.name}:{n}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: bad JSON ({exc})")
            continue
        if set(item) != KEYS:
            problems.append(f"{where}: keys {sorted(item)} != {sorted(KEYS)}")
            continue
        iid = item["id"]
        where = f"{path.name}:{iid}"
        if not re.fullmatch(rf"f{batch}\d{{3}}", str(iid)):
            problems.append(f"{where}: id must look like f{batch}001")
        if iid in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(iid)
        q = item["question"]
        if not isinstance(q, str) or not q.strip():
            problems.append(f"{where}: empty question")
            continue
        if fold(q) in seen_q:
            problems.append(f"{where}: duplicate question")
        seen_q.add(fold(q))
        typ, style = item["type"], item["style"]
        if typ not in TYPES:
            problems.append(f"{where}: bad type {typ!r}")
        if style not in STYLES:
            problems.append(f"{where}: bad style {style!r}")
        if style == "noaccent" and _has_diacritics(q):
            problems.append(f"{where}: noaccent question has diacritics")
        if style == "vi" and not _has_diacritics(q):
            problems.append(f"{where}: vi question has no diacritics")
        docs = item["doc"] if isinstance(item["doc"], list) else [item["doc"]]
        if not docs or not all(isinstance(d, str) for d in docs):
            problems.append(f"{where}: bad doc")
            continue
        ok_docs = True
        for d in docs:
            if not (plan_dir / d).is_file():
                problems.append(f"{where}: {d} not in {plan_dir.relative_to(root)}")
                ok_docs = False
            elif d not in plans:
                problems.append(f"{where}: {d} not in the README plan table")
                ok_docs = False
            elif plans[d][1] != "dev":
                problems.append(f"{where}: {d} is a {plans[d][1]} plan, not dev")
                ok_docs = False
        if not ok_docs:
            continue
        if item["format"] not in {plans[d][0] for d in docs}:
            problems.append(f"{where}: format {item['format']!r} is not the plan's")
        if isinstance(item["doc"], list) and len(set(docs)) < 2:
            problems.append(f"{where}: a cross-plan doc list needs two plans")
        for d in docs:
            if d not in texts:
                texts[d] = source_text(batch, d, root)
        facts, evidence = item["facts"], item["evidence"]
        if not isinstance(facts, list) or not all(
            isinstance(f, list) and f and all(isinstance(a, str) and a.strip() for a in f) for f in facts
        ):
            problems.append(f"{where}: facts must be a list of non-empty lists of strings")
            continue
        if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
            problems.append(f"{where}: evidence must be a list of strings")
            continue
        if typ == "none":
            if facts or evidence or item["unanswerable"] is not True:
                problems.append(f"{where}: none item needs empty facts/evidence and unanswerable=true")
            words = absent.get(iid)
            if not words:
                problems.append(f"{where}: none item without absent words in absent.json")
            for w in words or []:
                pat = re.compile(rf"(?<!\w){re.escape(fold(w))}(?!\w)")
                for d in docs:
                    if pat.search(fold(texts[d])):
                        problems.append(f"{where}: absent word {w!r} occurs in {d}")
            continue
        if item["unanswerable"] is not False:
            problems.append(f"{where}: answerable type with unanswerable != false")
        if not facts or not evidence:
            problems.append(f"{where}: answerable item needs facts and evidence")
            continue
        if typ == "multi" and not 2 <= len(facts) <= 3:
            problems.append(f"{where}: multi needs 2-3 facts, has {len(facts)}")
        if typ in SINGLE and len(facts) != 1:
            problems.append(f"{where}: {typ} needs exactly one fact, has {len(facts)}")
        if typ == "list" and not 2 <= len(facts) <= 7:
            problems.append(f"{where}: list needs 2-7 facts, has {len(facts)}")
        quoted: set[str] = set()
        for span in evidence:
            if len(span.split()) < MIN_WORDS:
                problems.append(f"{where}: evidence shorter than {MIN_WORDS} words: {span[:60]!r}")
            hits = [d for d in docs if ws(span) in ws(texts[d])]
            if not hits:
                problems.append(f"{where}: evidence not verbatim in {docs}: {span[:80]!r}")
            quoted.update(hits)
        if len(docs) > 1 and len(quoted) < 2:
            problems.append(f"{where}: cross-plan item must quote at least two plans")
        folded_ev = fold(" ".join(evidence))
        for alts in facts:
            if len(alts[0].split()) > MAX_FACT_WORDS:
                problems.append(f"{where}: fact too long: {alts[0][:60]!r}")
            if not any(fold(a) in folded_ev for a in alts):
                problems.append(f"{where}: fact {alts[0]!r} not in the evidence")
    return problems


def check_all(paths: list[Path] | None = None, root: Path = ROOT) -> list[str]:
    """Check the given files (default: fresh5..fresh10) with ids/questions unique across them."""
    if paths is None:
        paths = [HERE / f"fresh{n}.jsonl" for n in BATCHES]
    absent = load_absent()
    seen_ids: set[str] = set()
    seen_q: set[str] = set()
    problems: list[str] = []
    for p in paths:
        if not p.exists():
            problems.append(f"{p}: missing")
            continue
        problems += check_file(p, root=root, absent=absent, seen_ids=seen_ids, seen_q=seen_q)
    stale = set(absent) - seen_ids
    if stale and len(paths) == len(BATCHES):
        problems.append(f"absent.json: ids without an item: {sorted(stale)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the files given on the command line (default: all six); 1 on a problem."""
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or None
    problems = check_all(paths)
    for p in problems:
        print(p)
    n = sum(
        1
        for p in (paths or [HERE / f"fresh{b}.jsonl" for b in BATCHES])
        if p.exists()
        for ln in p.read_text(encoding="utf-8").splitlines()
        if ln.strip()
    )
    print(f"{n} items, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
