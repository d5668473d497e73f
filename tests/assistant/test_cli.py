"""The `cchc` console script, run as a real subprocess (hashing embedder for speed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.settings import CORPUS_DIR
from tests.fixtures_gen import make_corrupt_pdf

CCHC = str(Path(sys.executable).parent / "cchc")


def run(args: list[str], data_dir: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CCHC_EMBEDDING_BACKEND": "hashing", "CCHC_DATA_DIR": str(data_dir)}
    proc = subprocess.run([CCHC, *args], capture_output=True, text=True, env=env, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    run(["ingest", str(CORPUS_DIR)], d)
    return d


def test_documents_json_metadata(data_dir: Path) -> None:
    docs = {d["doc_id"][:3]: d for d in json.loads(run(["documents", "--json"], data_dir).stdout)}
    assert set(docs) == {"000", "001", "002", "003", "004"}
    assert docs["001"]["number"] == "1/KH-VPUBND" and docs["001"]["date"] == "2025-07-25"
    assert docs["003"]["number"] == "23/KH-UBND" and docs["003"]["date"] == "2025-07-28"
    assert docs["004"]["implements_number"] == "2216/KH-UBND"
    assert docs["002"]["number"] is None and docs["002"]["date"] is None
    assert docs["001"]["ocr_damaged_text"] is True and docs["003"]["ocr_damaged_text"] is False


def test_search_with_and_without_diacritics_finds_001_and_002(data_dir: Path) -> None:
    for query in ("so noi vu", "Sở Nội vụ"):
        hits = json.loads(run(["search", query, "--json", "-k", "10"], data_dir).stdout)
        docs = {h["document"][:3] for h in hits}
        assert {"001", "002"} <= docs, (query, docs)
        assert all({"section", "line_start", "line_end", "score", "text"} <= h.keys() for h in hits)


def test_show_outline_and_filters(data_dir: Path) -> None:
    out = run(["show", "003"], data_dir).stdout
    assert "I. MỤC ĐÍCH, YÊU CẦU" in out and "IV. TỔ CHỨC THỰC HIỆN" in out
    hits = json.loads(run(["search", "báo cáo", "--json", "--province", "Cao Bằng"], data_dir).stdout)
    assert hits and {h["document"][:3] for h in hits} == {"004"}
    hits = json.loads(run(["search", "báo cáo", "--json", "--year", "2026"], data_dir).stdout)
    assert hits and {h["document"][:3] for h in hits} == {"002"}
    hits = json.loads(run(["search", "báo cáo", "--json", "--issuer", "xa phong tho"], data_dir).stdout)
    assert hits and {h["document"][:3] for h in hits} == {"003"}


def test_ask_json_contract(data_dir: Path) -> None:
    ans = json.loads(run(["ask", "Đơn vị nào báo cáo Sở Nội vụ và khi nào?", "--json"], data_dir).stdout)
    assert set(ans) >= {"question", "answer", "abstained", "citations", "retrieved", "latency_ms"}
    assert not ans["abstained"] and ans["citations"]
    cit = ans["citations"][0]
    assert set(cit) >= {"document", "title", "section", "quote", "page", "line_start", "line_end"}
    text = (CORPUS_DIR / f"{cit['document']}.txt").read_text(encoding="utf-8")
    assert cit["quote"] in text
    none = json.loads(run(["ask", "Sở Y tế Hà Nội báo cáo khi nào?", "--json"], data_dir).stdout)
    assert none["abstained"] and "Không tìm thấy" in none["answer"]
    facts = json.loads(run(["facts", "001", "--kind", "reporting", "--json"], data_dir).stdout)
    assert any(f["fields"].get("via_norm") == "qua Sở Nội vụ" for f in facts)


def test_ingest_reports_bad_file_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(CORPUS_DIR.glob("002_*.txt")), folder)
    make_corrupt_pdf(folder / "hong.pdf")
    proc = run(["ingest", str(folder)], tmp_path / "data", check=False)
    assert proc.returncode == 1
    assert "hong.pdf" in proc.stdout and "LỖI" in proc.stdout
    docs = json.loads(run(["documents", "--json"], tmp_path / "data").stdout)
    assert [d["doc_id"][:3] for d in docs] == ["002"]
    proc = run(["remove", "002"], tmp_path / "data")
    assert json.loads(run(["documents", "--json"], tmp_path / "data").stdout) == []
