"""The batch-5 plan model: ``Plan2`` plus a lead-first combined "Cơ quan chủ trì/phối hợp" cell.

In batch 2 a combined cell read "Chủ trì: X; Phối hợp: A, B". Batch 5 writes
the lead alone on the first line and the partners after "Phối hợp:" on the
next one, the way many provincial tables do.
"""

from __future__ import annotations

from dataclasses import dataclass

from eval.varied.model import Task
from eval.varied2.model2 import Plan2


@dataclass
class Plan5(Plan2):
    """A batch-5 plan; ``lead_first`` writes the "unit" cell as the lead, a line break, then "Phối hợp: A; B"."""

    lead_first: bool = False

    def cell(self, key: str, task: Task, stt: str) -> str:
        """Text of one task-table cell (the combined unit cell lead-first when asked)."""
        if key == "unit" and self.lead_first:
            if not task.partners:
                return task.lead
            return f"{task.lead}\nPhối hợp: {self.unit_sep.join(task.partners)}"
        return super().cell(key, task, stt)
