"""Reporting records: who reports to whom (via whom), for which period, by when — one per clause.

"Sở Tư pháp báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo năm trước ngày 10/12/2026 về UBND
tỉnh" gives two records. Reporting sentences are found by :func:`index.facts_rules.reporting`
(OCR-tolerant); a sentence is then cut at ";" (and at ", báo cáo …") into clauses, and every clause
that states its own period or deadline becomes a record, inheriting the recipient and "qua …" of
the sentence when it names none itself. The reporter is the unit the item belongs to (the
sentence subject or the item heading) and never the recipient.

Record: ``{"document", "reporter", "recipient", "via", "period", "deadline", "due", "quote",
"section", "line_start", "line_end", "page"}``.
"""

from __future__ import annotations

import re
from typing import Any

from index.deadlines import due, find_any_deadline
from index.facts_rules import _VIA_BARE_RE, _VIA_RE, FREQ_RE, _tcth_item, item_unit, reporting
from index.facts_text import Found, Span, blocks, doc_tokens, section_path
from index.facts_units import restore_phrase, restore_unit_name
from index.metadata_decision import plan_part
from index.normalize import fold
from index.ocrtext import looks_ocr_damaged
from index.report_tables import table_reports
from index.tasks import split_units
from index.tasks_text import units_after
from index.types import LoadedDocument, PlanMetadata, Section

# a period right before its deadline: "… quý I trước ngày 15/3, 6 tháng trước ngày 15/6 và năm trước ngày 15/11"
_DATED_PERIOD = r"(?:quy(?:\s+(?:iv|i{1,3}|[1-4]))?|6 thang|9 thang|nam)\s+(?:truoc|cham nhat)\s+ngay"
_BARE_PERIOD_RE = re.compile(r"(?<![0-9a-z])(quy(?:\s+(?:iv|i{1,3}|[1-4]))?|6 thang|9 thang|nam)(?=\s+(?:truoc|cham nhat)\s)")
_PERIOD_RE = re.compile(
    r"bao cao\s+(?:ket qua\s+)?((?:so ket\s+|tong ket\s+)?(?:quy(?:\s+(?:iv|i{1,3}))?|6 thang(?:\s+(?:dau|cuoi)\s+nam)?"
    r"|9 thang|nam|thang|tuan|dot xuat|dinh ky))(?![0-9a-z])"
)
_TO_RE = re.compile(r"(?<!\S)(?:ve|cho|gui|len|toi|bao cao)\s+")  # cues may touch: "ký báo cáo gửi Bộ Nội vụ"
# a report due a number of days after it is asked for: "báo cáo đột xuất … trong thời hạn 03 ngày làm việc"
_WITHIN_DAYS = re.compile(r"(?<![0-9a-z])(?:trong(?:\s+thoi han|\s+vong|\s+pham vi)?|cham nhat(?:\s+la)?|khong qua)"
                          r"\s+\d{1,3}\s+ngay(?:\s+lam viec)?(?![0-9a-z])")


def _report_deadline(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The deadline of a reporting clause: a date or a recurring day, else a number of days after the request."""
    found = find_any_deadline(folded, start, end)
    if found is not None:
        return found
    m = _WITHIN_DAYS.search(folded, start, end)
    return m.span() if m else None


def _clauses(span: Span, fs: int, fe: int) -> list[tuple[int, int]]:
    """Folded ranges of the clauses of a sentence: cut at ";" and before ", báo cáo"."""
    cuts = [fs]
    for m in re.finditer(r";\s*|,\s*(?=bao cao\s|(?:ket qua\s+)?" + _DATED_PERIOD + r")|\s+va\s+(?=(?:truoc|cham nhat)"
                         r"\s+ngay|bao cao\s|(?:ket qua\s+)?" + _DATED_PERIOD + ")",
                         span.folded[fs:fe]):
        cuts.append(fs + m.end())
    cuts.append(fe)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        b2 = b
        while b2 > a and span.folded[b2 - 1] in " ;,.":
            b2 -= 1
        if span.folded[a:b2].endswith(" va"):  # "… trước ngày 12/9/2026 và" (the next clause starts at "và")
            b2 -= 3
        if b2 > a:
            out.append((a, b2))
    return out


def _period(span: Span, a: int, b: int, ocr: bool = False) -> str | None:
    m = FREQ_RE.search(span.folded, a, b)
    rng = m.span() if m else None
    if rng is None:
        m2 = _PERIOD_RE.search(span.folded, a, b)
        rng = m2.span(1) if m2 else None
    if rng is None:
        m3 = _BARE_PERIOD_RE.search(span.folded, a, b)
        rng = m3.span(1) if m3 else None
    if rng is None:  # "trước ngày 15 của tháng cuối quý" is a quarterly report
        cue = re.search(r"thang cuoi (quy)|(hang quy)", span.folded[a:b])
        return ("quý" if cue.group(1) else "hằng quý") if cue else None
    return restore_phrase(span.folded[rng[0]:rng[1]]) if ocr else span.clean(*rng)


def _recipient(span: Span, a: int, b: int) -> str | None:
    """The unit reported to: after "về / cho / gửi / lên / tới", else right after "báo cáo" ("báo cáo UBND tỉnh")."""
    at = span.folded.find("bao cao", a, b)
    cues = list(_TO_RE.finditer(span.folded, a if at < 0 else max(a, at - 1), b))
    for m in sorted(cues, key=lambda m: m.group(0).strip() == "bao cao"):  # "báo cáo số doanh nghiệp … về Văn phòng Sở"
        rng = units_after(span, m.end(), b)
        if rng:
            e = rng[1]
            while True:  # "gửi UBND thành phố (qua Sở Nội vụ) và Bộ Xây dựng": the intermediary does not end the list
                more = re.match(r"\s*\(qua [^)]*\)\s*(?:,|va)\s+", span.folded[e:b])
                nxt = units_after(span, e + more.end(), b) if more else None
                if nxt is None:
                    break
                e = nxt[1]
            return re.sub(r"\s*\([Qq]ua [^)]*\)", "", span.clean(rng[0], e)).strip(" ,;:.")
    return None


def _via(span: Span, a: int, b: int, ocr: bool = False) -> str | None:
    m = _VIA_RE.search(span.folded, a, b) or _VIA_BARE_RE.search(span.folded, a, b)
    if not m:
        return None
    text = span.clean(*m.span(1))
    inner = restore_unit_name(span.clean(m.start(1) + 4, m.end(1))) if ocr and m.end(1) > m.start(1) + 4 else None
    return f"qua {inner}" if inner else text


def _canon(text: str | None, ocr: bool) -> str | None:
    if not text:
        return None
    return (restore_unit_name(text) or text) if ocr else text


def _item_reporter(found: Found) -> str | None:
    """The unit heading the item of "Tổ chức thực hiện" the sentence is in, else the nearest item opening with one."""
    item = _tcth_item(found.block)
    hit = item_unit(item) if item else None
    if hit is None:
        hit = next((u for node in reversed(found.block.path) if node.kind == "item" and (u := item_unit(node))), None)
    return hit[0] if hit else None


def _records(doc: LoadedDocument, meta: PlanMetadata, f: Found, ocr: bool) -> list[dict[str, Any]]:
    span = f.block.span
    fields = f.fields
    base_to = _canon(str(fields["to"]) if fields.get("to") else None, ocr)
    base_via = _via(span, f.fs, f.fe, ocr)
    reporter = _canon(str(fields["reporter"]) if fields.get("reporter") else None, ocr)
    clauses = [(a, b, _period(span, a, b, ocr), _report_deadline(span.folded, a, b))
               for a, b in _clauses(span, f.fs, f.fe)]
    own = [c for c in clauses if c[2] or c[3]]
    if len(own) < 2:
        whole = _report_deadline(span.folded, f.fs, f.fe)
        own = [(f.fs, f.fe, _period(span, f.fs, f.fe, ocr), whole)]
    respective = _respective(span, own)
    out = []
    last_to: str | None = None
    for i, (a, b, period, dl) in enumerate(own):
        # a clause that only adds a date goes on with the one before: "… và trước ngày 20/12/2026"
        goes_on = i > 0 and _GOES_ON.match(span.folded[a:b]) is not None
        if period is None and goes_on and own[i - 1][2]:
            period = own[i - 1][2]  # "… 6 tháng trước ngày 20/6/2026 và trước ngày 20/12/2026": the same period
        found_to = _recipient(span, a, b)
        if found_to is None and goes_on and last_to:
            found_to = last_to  # "… gửi Bộ Nội vụ trước ngày 15 … và trước ngày 01/12/2026 đối với báo cáo năm"
        last_to = found_to
        recipients = [_canon(r, ocr) for r in split_units(found_to)] if found_to else [base_to]
        via = _via(span, a, b, ocr) or base_via
        deadline = respective.get(i) or _deadline_text(span, dl, ocr)
        s, e = span.offsets(a, b)
        l0, l1 = span.lines(a, b)
        for recipient in recipients or [None]:
            out.append(_one(doc, meta, f, ocr, reporter, recipient, via, period, deadline, doc.text[s:e], l0, l1))
    return out


_GOES_ON = re.compile(r"[\s,;]*(?:va\s+)?(?:truoc|cham nhat|den)\b")
_AND_DATE = re.compile(r"\s*(?:va|,)\s*(?:ngay\s+)?(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)(?![\d/])")


def _respective(span: Span, own: list[tuple[int, int, str | None, tuple[int, int] | None]]) -> dict[int, str]:
    """Deadlines given "respectively": "báo cáo 6 tháng và báo cáo năm … trước ngày 15/6 và 15/12/2026".

    A clause whose deadline lists a second date, right after a clause with a period and no deadline, gives the
    first date to that clause and the second to itself. Returns clause index → deadline text.
    """
    out: dict[int, str] = {}
    for i in range(1, len(own)):
        prev, dl = own[i - 1], own[i][3]
        if not dl or prev[3] or not prev[2] or i - 1 in out:
            continue
        m = _AND_DATE.match(span.folded, dl[1])
        if not m:
            continue
        first = span.clean(*dl).rstrip(" .;,")
        year = re.search(r"/\s*(\d{4})\s*$", m.group(1))
        lead = re.match(r"(.*?\D)\d{1,2}\s*/", first)
        if not lead:
            continue
        dated = "/" in first.split()[-1] and first.count("/") >= 2  # "trước ngày 15/6/2026" already has its year
        out[i - 1] = first if dated or not year else f"{first}/{year.group(1)}"
        out[i] = f"{lead.group(1)}{span.clean(*m.span(1))}"
    return out


def _deadline_text(span: Span, dl: tuple[int, int] | None, ocr: bool) -> str | None:
    if not dl:
        return None
    if ocr:
        text = restore_phrase(span.folded[dl[0]:dl[1]])
        return text[:1].upper() + text[1:]
    return span.clean(*dl).rstrip(" .;,")


def _one(doc: LoadedDocument, meta: PlanMetadata, f: Found, ocr: bool, reporter: str | None, recipient: str | None,
         via: str | None, period: str | None, deadline: str | None, quote: str, l0: int, l1: int) -> dict[str, Any]:
    who = re.sub(r"\s+là\s.*$", "", reporter) if reporter else reporter  # "Văn phòng … là đầu mối, …"
    if not who:  # "2. Văn phòng UBND tỉnh hướng dẫn …; hằng tháng báo cáo Chủ tịch UBND tỉnh …": the item's unit
        who = _canon(_item_reporter(f), ocr)
    if who and recipient and fold(who) == fold(recipient):
        who = _canon(_item_reporter(f), ocr)
        who = None if who and fold(who) == fold(recipient) else who
    return {
        "document": doc.doc_id, "reporter": who, "recipient": recipient, "via": via, "period": period,
        "deadline": deadline, "due": due(deadline, meta.year), "quote": quote,
        "section": section_path(f.block.path), "line_start": l0, "line_end": l1, "page": doc.page_of_line(l0),
    }


def extract_reports(doc: LoadedDocument, outline: Section, meta: PlanMetadata) -> list[dict[str, Any]]:
    """Every reporting record of a plan (plan part of a decision only).

    Prose clauses come first in source order (duplicates dropped), then the rows of reporting-schedule tables.
    """
    doc, outline = plan_part(doc, outline)
    table_lines = {r.line for r in doc.table_rows}
    toks = [t for t in doc_tokens(doc) if t.line not in table_lines]
    ocr = looks_ocr_damaged(doc.text)
    out: list[dict[str, Any]] = []
    seen: set[tuple[Any, ...]] = set()
    for block in blocks(doc, outline, toks):
        for f in reporting(block):
            for rec in _records(doc, meta, f, ocr):
                key = tuple(rec[k] for k in ("reporter", "recipient", "via", "period", "deadline", "line_start"))
                if key not in seen:
                    seen.add(key)
                    out.append(rec)
    return out + table_reports(doc, outline, meta)  # rows of a reporting-schedule table ("Lịch báo cáo")
