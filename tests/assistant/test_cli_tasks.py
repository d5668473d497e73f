"""`cchc tasks` / `cchc reports` in-process (CliRunner) over a real DOCX task table and a QĐ+KH plan."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.engine import Engine
from assistant.settings import get_settings

DATA = Path(__file__).resolve().parents[1] / "index" / "data"
HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
ROWS = [
    ["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Sở Nội vụ", "Sở Tư pháp; Văn phòng UBND tỉnh",
     "Trước ngày 30/6/2026", "Phương án đơn giản hóa"],
    ["2", "Số hóa kết quả giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Quý III/2026",
     "Cơ sở dữ liệu"],
    ["3", "Khảo sát mức độ hài lòng của người dân", "Sở Nội vụ", "", "Tháng 11/2026", "Báo cáo khảo sát"],
    ["4", "Tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành tỉnh",
     "Thường xuyên", ""],
]


def make_plans(folder: Path) -> Path:
    """A DOCX plan of UBND tỉnh Lào Cai with a 4-row task table, plus the Bộ Tư pháp QĐ+KH text."""
    import docx

    folder.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    for p in ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 10/KH-UBND", "Lào Cai, ngày 5 tháng 1 năm 2026", "KẾ HOẠCH",
              "Cải cách hành chính năm 2026 của UBND tỉnh Lào Cai", "I. MỤC ĐÍCH, YÊU CẦU",
              "Nâng cao chất lượng phục vụ người dân.", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"]:
        d.add_paragraph(p)
    table = d.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for r, values in enumerate([HEADER, *ROWS]):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    d.save(str(folder / "kh-lao-cai-2026.docx"))
    shutil.copy(DATA / "qd_ke_hoach_bo_tu_phap.txt", folder / "qd-bo-tu-phap.txt")
    return folder


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("tasks-cli")
    engine = Engine(get_settings(data_dir=d, embedding_backend="hashing"))
    report = engine.ingest([make_plans(d / "in")])
    assert not report.failed, report.failed
    return d


def invoke(data_dir: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("CCHC_EMBEDDING_BACKEND", "hashing")
    result = CliRunner().invoke(app, ["--data-dir", str(data_dir), *args])
    return result.exit_code, result.stdout, result.stderr


def test_tasks_json_every_table_row(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(data_dir, monkeypatch, "tasks", "kh-lao-cai-2026", "--json")
    assert code == 0
    rows = [t for t in json.loads(out) if t["source"] == "table"]
    assert [(t["task"], t["lead"], t["deadline"]) for t in rows] == [(r[1], r[2], r[4]) for r in ROWS]
    assert rows[0]["partners"] == ["Sở Tư pháp", "Văn phòng UBND tỉnh"]
    assert rows[3]["partners"] == ["Các sở, ban, ngành tỉnh"] and rows[3]["due"] is None
    assert [t["due"] for t in rows[:3]] == ["2026-06-30", "2026-09-30", "2026-11-30"]
    assert all(t["section"].startswith("PHỤ LỤC") for t in rows)


def test_filters_fold_unit_names_across_plans(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(data_dir, monkeypatch, "tasks", "--lead", "so noi vu", "--due-before", "30/6/2026", "--json")
    assert code == 0
    assert [t["task"] for t in json.loads(out)] == [ROWS[0][1]]
    code, out, _ = invoke(data_dir, monkeypatch, "tasks", "--partner", "Sở Nội vụ", "--json")
    assert [t["task"] for t in json.loads(out)] == [ROWS[1][1]]
    code, out, _ = invoke(data_dir, monkeypatch, "tasks", "--due-after", "2026-07-01", "--due-before", "2026-09-30",
                          "--json")
    got = {(t["document"], t["due"]) for t in json.loads(out)}
    assert got == {("kh-lao-cai-2026", "2026-09-30"), ("qd-bo-tu-phap", "2026-09-30")}


def test_bad_date_is_a_clear_error(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = invoke(data_dir, monkeypatch, "tasks", "--due-before", "31/13/2026")
    assert code == 2 and "không hợp lệ" in err and "dd/mm/yyyy" in err


def test_unknown_plan(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = invoke(data_dir, monkeypatch, "tasks", "khong-co")
    assert code == 2 and "Không tìm thấy kế hoạch" in err


def test_tasks_csv_has_bom_and_vietnamese_headers(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(data_dir, monkeypatch, "tasks", "kh-lao-cai-2026", "--csv")
    assert code == 0 and out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert rows[0][:5] == ["Kế hoạch", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]
    assert rows[1][1:5] == [ROWS[0][1], "Sở Nội vụ", "Sở Tư pháp; Văn phòng UBND tỉnh", "Trước ngày 30/6/2026"]


def test_reports_split_per_clause(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(data_dir, monkeypatch, "reports", "qd-bo-tu-phap", "--json")
    assert code == 0
    recs = json.loads(out)
    assert [(r["reporter"], r["recipient"], r["period"], r["due"]) for r in recs[:2]] == [
        ("Văn phòng Bộ", "Bộ trưởng", "quý", None), ("Văn phòng Bộ", "Bộ trưởng", "năm", "2026-12-10")]
    code, out, _ = invoke(data_dir, monkeypatch, "reports", "--recipient", "van phong bo", "--json")
    assert {r["reporter"] for r in json.loads(out)} == {"Văn phòng Bộ", "Các đơn vị thuộc Bộ"}


def test_documents_show_decision_metadata(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = invoke(data_dir, monkeypatch, "documents", "--json")
    docs = {d["doc_id"]: d for d in json.loads(out)}
    qd = docs["qd-bo-tu-phap"]
    assert (qd["issuer"], qd["province"], qd["decision_number"], qd["doc_type"]) == (
        "Bộ Tư pháp", None, "123/QĐ-BTP", "quyet_dinh")
