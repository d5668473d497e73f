"""The DEV paraphrase probe (eval/datasets/paraphrase/) stays consistent with the DEV questions it rewords."""

from __future__ import annotations

from pathlib import Path

from eval.paraphrase_check import check_file

PROBE = Path(__file__).resolve().parents[2] / "eval" / "datasets" / "paraphrase"


def test_every_paraphrase_keeps_its_original_fields() -> None:
    files = sorted(PROBE.glob("*.jsonl"))
    assert len(files) == 9
    for path in files:
        problems, counts = check_file(path)
        assert problems == [], (path.name, problems[:3])
        assert counts["answerable"] == 20 and counts["unanswerable"] == 4, (path.name, counts)
