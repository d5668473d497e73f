"""Generate the varied-format blind fixtures, their ground truth and the QA sets.

Run from the repository root: ``.venv/bin/python -m eval.varied.generate``.
Deterministic: no network, fixed seeds; re-running rewrites identical text
files (PDF/DOCX containers may embed creation timestamps).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eval.varied.check import check_questions
from eval.varied.content_commune import CON_CUONG, MY_THO
from eval.varied.content_decision import BO_NNMT, BO_TU_PHAP
from eval.varied.content_docx import DONG_THAP, LANG_SON
from eval.varied.content_other import BINH_DUONG, QUANG_NGAI, THANH_HOA
from eval.varied.content_prov import NGHE_AN, QUANG_TRI
from eval.varied.legacy import to_tcvn3, to_vni
from eval.varied.model import Plan, due_of
from eval.varied.qa_c import questions
from eval.varied.render_docx import render_docx
from eval.varied.render_pdf import render_pdf
from eval.varied.render_scan import render_scan
from eval.varied.render_text import source_text, txt_document

HERE = Path(__file__).resolve().parent
PLANS_DIR = HERE / "plans"
DATASETS = HERE.parent / "datasets"

PLANS: list[Plan] = [NGHE_AN, QUANG_TRI, DONG_THAP, LANG_SON, BO_TU_PHAP, BO_NNMT,
                     BINH_DUONG, THANH_HOA, QUANG_NGAI, MY_THO, CON_CUONG]
TEST_PLANS = {QUANG_TRI.file, LANG_SON.file, BO_NNMT.file, BINH_DUONG.file, CON_CUONG.file}


def render(plan: Plan, out: Path) -> None:
    """Write one plan in its format."""
    path = out / plan.file
    if plan.fmt == "pdf-table" or (plan.fmt == "decision" and plan.file.endswith(".pdf")):
        render_pdf(plan, path)
    elif plan.fmt == "docx-numbering":
        render_docx(plan, path, numbered=True)
    elif plan.fmt == "decision":
        render_docx(plan, path, numbered=False)
    elif plan.fmt == "scan":
        render_scan(plan, path)
    elif plan.fmt == "tcvn3":
        text = to_tcvn3(txt_document(plan, sep="\t"))
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    elif plan.fmt == "vni":
        path.write_text(to_vni(txt_document(plan, width=90)), encoding="utf-8")
    elif plan.file.startswith("dong-thap"):
        path.write_text(txt_document(plan, blank=True), encoding="utf-8")
    else:
        path.write_text(txt_document(plan, width=78), encoding="utf-8")


def task_records(plan: Plan) -> list[dict[str, object]]:
    """Ground truth for each table row of ``plan``."""
    rows: list[dict[str, object]] = []
    for g in plan.groups:
        for t in g.tasks:
            rows.append({"file": plan.file, "task": t.task, "lead": t.lead, "partners": t.partners,
                         "deadline": t.deadline, "due": due_of(t.deadline), "group": g.title,
                         "product": t.product, "start": t.start or None})
    return rows


def meta_record(plan: Plan) -> dict[str, object]:
    """Ground-truth metadata of ``plan``."""
    d = plan.decision
    return {"file": plan.file, "format": plan.fmt, "issuer": plan.issuer, "plan_number": plan.number,
            "decision_number": d.number if d else None, "date": plan.issued.isoformat(),
            "province": plan.province, "signer": d.signer if d else plan.signer,
            "title": f"Kế hoạch {plan.subtitle}", "split": "test" if plan.file in TEST_PLANS else "dev"}


def _jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> int:
    """Render every plan, write ground truth and QA splits, then check evidence."""
    PLANS_DIR.mkdir(parents=True, exist_ok=True)
    (HERE / "source_text").mkdir(exist_ok=True)
    sources: dict[str, str] = {}
    for plan in PLANS:
        render(plan, PLANS_DIR)
        sources[plan.file] = source_text(plan)
        (HERE / "source_text" / (plan.file.rsplit(".", 1)[0] + ".txt")).write_text(sources[plan.file], encoding="utf-8")
    _jsonl(HERE / "expected_tasks.jsonl", [r for p in PLANS for r in task_records(p)])
    _jsonl(HERE / "expected_meta.jsonl", [meta_record(p) for p in PLANS])
    fmt = {p.file: p.fmt for p in PLANS}
    items = questions(fmt)
    problems = check_questions(items, sources)
    dev = [q for q in items if q["doc"] not in TEST_PLANS]
    test = [q for q in items if q["doc"] in TEST_PLANS]
    for split, rows in (("dev", dev), ("test", test)):
        prefix = "vd" if split == "dev" else "vt"
        for i, q in enumerate(rows, 1):
            q["id"] = f"{prefix}{i:03d}"
        _jsonl(DATASETS / f"varied_{split}.jsonl", [{"id": q.pop("id"), **q} for q in rows])
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    print(f"{len(PLANS)} plans, {len(dev)} dev + {len(test)} test questions, {len(problems)} check problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
