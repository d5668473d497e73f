"""The batch-6 plan model: ``Plan2`` plus two-level table headers, merged columns and a "Biểu báo cáo" table.

- ``spans``: header cells spanning two leaf columns ("Cơ quan thực hiện" over
  "Chủ trì" | "Phối hợp", "Thời gian" over "Bắt đầu" | "Hoàn thành");
- ``merge_down``: columns whose equal consecutive cells a DOCX table merges
  vertically inside one group (the lead, or the deadline);
- ``reports``: the reporting duty as a table "Đơn vị báo cáo | Nơi nhận | Kỳ
  báo cáo | Thời hạn gửi" (``Report.kind`` holds the period);
- ``due6``: the last day of a deadline written in words ("Trong quý đầu năm
  2026", "Trước ngày 15 tháng 12 năm 2026", "6 tháng cuối năm 2026").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eval.varied2.model2 import Plan2, due2

REPORT_HEADS = ["STT", "Đơn vị báo cáo", "Nơi nhận", "Kỳ báo cáo", "Thời hạn gửi"]


@dataclass
class Plan6(Plan2):
    """A batch-6 plan: ``Plan2`` with spanned headers, vertical merges and a reporting table."""

    spans: list[tuple[str, tuple[str, str]]] = field(default_factory=list)  # (top header, (left key, right key))
    merge_down: tuple[str, ...] = ("lead",)
    reports_heads: list[str] = field(default_factory=lambda: list(REPORT_HEADS))

    def header_rows(self) -> list[list[str]]:
        """The table header as one or two rows of texts ("" where a cell is covered by a span)."""
        keys = [k for k, _h in self.columns]
        if not self.spans:
            return [[h for _k, h in self.columns]]
        top, low = [], []
        lefts = {pair[0]: title for title, pair in self.spans}
        rights = {pair[1] for _t, pair in self.spans}
        for k, h in self.columns:
            if k in lefts:
                top.append(lefts[k])
                low.append(h)
            elif k in rights:
                top.append("")
                low.append(h)
            else:
                top.append(h)
                low.append("")
        assert len(top) == len(keys)
        return [top, low]


_WORDS = [
    (r"quý đầu năm (\d{4})", "03-31"),
    (r"quý cuối năm (\d{4})", "12-31"),
    (r"6 tháng đầu năm (\d{4})", "06-30"),
    (r"6 tháng cuối năm (\d{4})", "12-31"),
    (r"cuối năm (\d{4})", "12-31"),
    (r"trong năm (\d{4})", "12-31"),
]


def due6(deadline: str) -> str | None:
    """Last day a written deadline allows (ISO), None without an end date; words first, then batch 2's rules."""
    low = deadline.strip().lower()
    if re.search(r"ngày \d{1,2} tháng \d{1,2} năm \d{4}", low) or re.search(r"\d{1,2}/\d{1,2}/\d{4}", low):
        return due2(deadline)
    for pat, md in _WORDS:
        m = re.search(pat, low)
        if m:
            return f"{m.group(1)}-{md}"
    return due2(deadline)
