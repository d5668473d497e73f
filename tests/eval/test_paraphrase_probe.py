"""The DEV paraphrase probes (eval/datasets/paraphrase*/) stay consistent with the DEV questions they reword."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.paraphrase_check import check_file

DATASETS = Path(__file__).resolve().parents[2] / "eval" / "datasets"


@pytest.mark.parametrize(("folder", "files", "answerable", "unanswerable"),
                         [("paraphrase", 9, 20, 4), ("paraphrase2", 10, 10, 2)])
def test_every_paraphrase_keeps_its_original_fields(folder: str, files: int, answerable: int,
                                                     unanswerable: int) -> None:
    paths = sorted((DATASETS / folder).glob("*.jsonl"))
    assert len(paths) == files
    for path in paths:
        problems, counts = check_file(path)
        assert problems == [], (path.name, problems[:3])
        assert counts["answerable"] == answerable and counts["unanswerable"] == unanswerable, (path.name, counts)


def test_the_two_probes_reword_different_questions() -> None:
    first = {p.stem: {line.split('"id": "')[1].split('"')[0][:-1] for line in p.read_text(encoding="utf-8").splitlines()}
             for p in (DATASETS / "paraphrase").glob("*.jsonl")}
    for path in (DATASETS / "paraphrase2").glob("*.jsonl"):
        second = {line.split('"id": "')[1].split('"')[0][:-1] for line in path.read_text(encoding="utf-8").splitlines()}
        assert not second & first.get(path.stem, set()), path.name
