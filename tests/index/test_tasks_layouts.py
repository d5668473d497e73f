"""Task layouts of blind batch 13 (index.tasks_fields, index.tasks_group, marked unit cells) and a plan surviving an
extractor failure (index.pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

import index.pipeline as pipeline
from index.loaders import load_document
from index.metadata import extract_metadata
from index.reporting import extract_reports
from index.structure import parse_outline
from index.tasks import extract_tasks, header_role, split_roles
from index.types import LoadedDocument

ROOT = Path(__file__).resolve().parents[2]
HEAD = "KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\nPhục vụ tốt.\nII. NHIỆM VỤ\n"


def _tasks(doc: LoadedDocument) -> list[dict]:
    outline = parse_outline(doc)
    return extract_tasks(doc, outline, extract_metadata(doc, outline))


def _txt(tmp_path: Path, body: str) -> LoadedDocument:
    path = tmp_path / "plan.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return load_document(path)


def test_a_heading_with_labelled_field_lines_is_one_task(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "1. Tham mưu UBND tỉnh ban hành Quy chế vận hành Trung tâm dữ liệu tỉnh\n"
                         "- Đơn vị chủ trì: Trung tâm Công nghệ thông tin và Truyền thông\n"
                         "- Đơn vị phối hợp: Văn phòng Sở; Sở Tư pháp\n"
                         "- Thời gian hoàn thành: Quý II/2026\n"
                         "- Sản phẩm: Quyết định của UBND tỉnh\n"
                         "2. Xây dựng cơ sở dữ liệu dùng chung về nhiệm vụ khoa học và công nghệ\n"
                         "- Cơ quan chủ trì: Phòng Quản lý khoa học và Phòng Chuyển đổi số đồng chủ trì\n"
                         "- Thời hạn: Tháng 9/2026\n")
    got = [(t["task"], t["lead"], t["partners"], t["deadline"], t["due"], t["product"]) for t in _tasks(doc)]
    assert got == [
        ("Tham mưu UBND tỉnh ban hành Quy chế vận hành Trung tâm dữ liệu tỉnh",
         "Trung tâm Công nghệ thông tin và Truyền thông", ["Văn phòng Sở", "Sở Tư pháp"], "Quý II/2026",
         "2026-06-30", "Quyết định của UBND tỉnh"),
        ("Xây dựng cơ sở dữ liệu dùng chung về nhiệm vụ khoa học và công nghệ",
         "Phòng Quản lý khoa học và Phòng Chuyển đổi số", [], "Tháng 9/2026", "2026-09-30", None)]


def test_units_marked_in_one_cell_and_a_wrapped_stt_header() -> None:
    assert split_roles("Sở Tư pháp (chủ trì); Sở Nội vụ, Văn phòng UBND tỉnh") == (
        "Sở Tư pháp", ["Sở Nội vụ", "Văn phòng UBND tỉnh"])
    assert split_roles("Các sở, ban, ngành tỉnh; Sở Tư pháp; Văn phòng UBND tỉnh (chủ trì)") == (
        "Văn phòng UBND tỉnh", ["Các sở, ban, ngành tỉnh", "Sở Tư pháp"])
    assert split_roles("Sở Tư pháp (phối hợp)") == ("", ["Sở Tư pháp"])  # a sub-task: its lead is the parent's
    assert split_roles("Sở Nội vụ") == ("Sở Nội vụ", [])
    assert header_role("ST T") == "label"


def test_pdf_with_marked_unit_cells_and_sub_tasks_inheriting_the_lead() -> None:
    tasks = _tasks(load_document(ROOT / "eval" / "varied13" / "plans" / "ca-mau_ubnd-tinh_kh-cchc-2026.pdf"))
    by_task = {t["task"]: t for t in tasks}
    sub = by_task["Số hóa sổ hộ tịch lưu trữ tại UBND các xã, phường"]
    assert (sub["lead"], sub["partners"], sub["number"]) == ("Văn phòng UBND tỉnh", ["Sở Tư pháp"], "11.1")
    row = next(t for t in tasks if t["task"].startswith("Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc"))
    assert (row["lead"], row["partners"]) == ("Trung tâm Phục vụ hành chính công tỉnh",
                                              ["Sở Nội vụ", "Bưu điện tỉnh Cà Mau"])


def test_a_group_deadline_and_a_leading_time_phrase(tmp_path: Path) -> None:
    doc = _txt(tmp_path, "1. Văn phòng HĐND và UBND phường:\n"
                         "a) Chủ trì rà soát các quyết định không còn phù hợp; hoàn thành Quý II/2026;\n"
                         "b) Chủ trì, phối hợp với Công an phường kiểm tra đột xuất việc chấp hành kỷ luật;\n"
                         "Các nhiệm vụ tại khoản này chưa nêu thời hạn thì hoàn thành trước 30/9/2026.\n"
                         "2. Chuyển đổi số\n"
                         "a) Trong tháng 7/2026, Phòng Văn hóa - Xã hội chủ trì số hóa sổ hộ tịch lưu trữ tại phường.\n")
    got = [(t["lead"], t["deadline"], t["due"]) for t in _tasks(doc)]
    assert got == [("Văn phòng HĐND và UBND phường", "hoàn thành Quý II/2026", "2026-06-30"),
                   ("Văn phòng HĐND và UBND phường", "trước 30/9/2026", "2026-09-30"),
                   ("Phòng Văn hóa - Xã hội", "Trong tháng 7/2026", "2026-07-31")]


def test_report_signed_then_sent_names_its_recipient_for_every_period() -> None:
    """"… trình Bộ trưởng ký báo cáo gửi Bộ Nội vụ trước ngày 15 … và trước ngày 01/12/2026 đối với báo cáo năm"."""
    doc = load_document(ROOT / "eval" / "varied4" / "plans" / "bo-cong-thuong_qd-kh-cchc-2026.pdf")
    outline = parse_outline(doc)
    office = [(r["period"], r["recipient"], r["deadline"]) for r in extract_reports(doc, outline,
                                                                                    extract_metadata(doc, outline))
              if r["reporter"] == "Văn phòng Bộ"]
    assert office == [("quý", "Bộ Nội vụ", "trước ngày 15 của tháng cuối quý"),
                      ("năm", "Bộ Nội vụ", "trước ngày 01/12/2026")]


def test_a_failing_extractor_costs_its_records_not_the_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_: object) -> list[dict]:
        raise ValueError("empty span")

    monkeypatch.setattr(pipeline, "extract_tasks", broken)
    doc = _txt(tmp_path, "1. Sở Tư pháp chủ trì rà soát văn bản; hoàn thành Quý II/2026.\n")
    rec = pipeline.build_record(doc)
    assert rec.tasks == [] and rec.chunks and rec.reports == []
    assert "broken failed" in caplog.text
