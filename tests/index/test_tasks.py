"""Task records from task tables (real DOCX and TableRows) and from prose items (index.tasks)."""

from __future__ import annotations

from pathlib import Path

from index.loaders import load_document
from index.metadata import extract_metadata
from index.structure import parse_outline
from index.tasks import column_roles, extract_tasks, header_role, split_units
from index.types import LoadedDocument, TableRow

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _tasks(doc: LoadedDocument) -> list[dict]:
    outline = parse_outline(doc)
    return extract_tasks(doc, outline, extract_metadata(doc, outline))


def test_header_roles() -> None:
    assert header_role("STT") == "label"
    assert header_role("Tên nhiệm vụ") == "task"
    assert header_role("Nội dung công việc") == "task"
    assert header_role("Cơ quan chủ trì") == "lead"
    assert header_role("Đơn vị thực hiện") == "lead"
    assert header_role("Cơ quan thực hiện - Chủ trì") == "lead"
    assert header_role("Cơ quan thực hiện - Phối hợp") == "partners"
    assert header_role("Thời gian hoàn thành") == "deadline"
    assert header_role("Tiến độ") == "deadline"
    assert header_role("Kết quả/sản phẩm") == "product"
    assert header_role("Ghi chú") is None
    roles = column_roles(["Thời gian thực hiện - Bắt đầu", "Thời gian thực hiện - Hoàn thành"])
    assert roles["deadline"] == ["Thời gian thực hiện - Hoàn thành", "Thời gian thực hiện - Bắt đầu"]


def test_split_units_keeps_compound_names() -> None:
    assert split_units("Sở Văn hóa, Thể thao và Du lịch") == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert split_units("Sở Nội vụ, Sở Tư pháp; UBND các huyện, thành phố") == [
        "Sở Nội vụ", "Sở Tư pháp", "UBND các huyện, thành phố"]
    assert split_units("Các sở, ban, ngành tỉnh") == ["Các sở, ban, ngành tỉnh"]
    assert split_units("Sở Khoa học và Công nghệ và các cơ quan liên quan") == [
        "Sở Khoa học và Công nghệ", "các cơ quan liên quan"]
    assert split_units("Sở Lao động - Thương binh và Xã hội, Công an tỉnh") == [
        "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh"]
    assert split_units("- Sở Tài chính\n- Sở Nội vụ") == ["Sở Tài chính", "Sở Nội vụ"]
    # a bare head word after " - " is part of one office's name, a qualified one is another unit
    assert split_units("Phòng Pháp chế - Thanh tra; Văn phòng Cục") == ["Phòng Pháp chế - Thanh tra", "Văn phòng Cục"]
    assert split_units("Sở Tư pháp - Thanh tra tỉnh") == ["Sở Tư pháp", "Thanh tra tỉnh"]


def test_table_rows_two_level_header_group_rows_and_pages() -> None:
    head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026 của Sở Nội vụ", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng.",
            "PHỤ LỤC"]
    keys = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện - Bắt đầu",
            "Thời gian thực hiện - Hoàn thành", "Sản phẩm"]
    rows = [
        ["1", "Rà soát thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch; Sở Tư pháp",
         "Tháng 1/2026", "Quý III/2026", "Báo cáo rà soát"],
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện - Bắt đầu",
         "Thời gian thực hiện - Hoàn thành", "Sản phẩm"],  # header repeated on a new page
        ["2", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "", "", "Trước ngày 15/12", ""],
    ]
    lines = head + [" | ".join(r) for r in rows]
    text = "\n".join(lines)
    table_rows = [TableRow(cells=dict(zip(keys, r, strict=True)), line=len(head) + i + 1, group="II. CẢI CÁCH TTHC",
                           page=2 + (i > 0)) for i, r in enumerate(rows)]
    table_rows.append(TableRow(cells={"STT": "III", "Nhiệm vụ": "CẢI CÁCH TỔ CHỨC BỘ MÁY"}, line=len(lines)))
    doc = LoadedDocument(doc_id="t", path="t.docx", format="docx", text=text, table_rows=table_rows)
    tasks = _tasks(doc)
    assert tasks == [
        {"document": "t", "task": "Rà soát thủ tục hành chính nội bộ", "lead": "Văn phòng UBND tỉnh",
         "partners": ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp"], "deadline": "Quý III/2026",
         "due": "2026-09-30", "product": "Báo cáo rà soát", "section": "PHỤ LỤC > II. CẢI CÁCH TTHC",
         "line_start": 6, "line_end": 6, "page": 2, "source": "table", "start": "Tháng 1/2026", "number": "1"},
        {"document": "t", "task": "Số hóa hồ sơ", "lead": "Sở Khoa học và Công nghệ", "partners": [],
         "deadline": "Trước ngày 15/12", "due": "2026-12-15", "product": None,
         "section": "PHỤ LỤC > II. CẢI CÁCH TTHC", "line_start": 8, "line_end": 8, "page": 3, "source": "table",
         "number": "2"},
    ]


def test_non_task_tables_are_ignored() -> None:
    text = "KẾ HOẠCH\nCải cách hành chính năm 2026\nChỉ tiêu | Kết quả"
    rows = [TableRow(cells={"Chỉ tiêu": "Hồ sơ trực tuyến", "Kết quả": "80%"}, line=3)]
    doc = LoadedDocument(doc_id="t", path="t.docx", format="docx", text=text, table_rows=rows)
    assert [t for t in _tasks(doc) if t["source"] == "table"] == []


def test_real_docx_task_table(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for p in ["KẾ HOẠCH", "Cải cách hành chính năm 2026 của Sở Nội vụ tỉnh Lào Cai", "I. MỤC ĐÍCH, YÊU CẦU",
              "Nâng cao chất lượng phục vụ.", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"]:
        d.add_paragraph(p)
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    data = [["1", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh",
             "Các sở, ban, ngành tỉnh", "Trước ngày 30/6/2026", "Phương án đơn giản hóa"],
            ["2", "Khảo sát mức độ hài lòng", "Sở Nội vụ", "Sở Tư pháp, Công an tỉnh", "Tháng 5/2026", "Báo cáo"]]
    table = d.add_table(rows=1 + len(data), cols=len(header))
    for r, values in enumerate([header, *data]):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    path = tmp_path / "ke-hoach.docx"
    d.save(str(path))
    doc = load_document(path)
    tasks = [t for t in _tasks(doc) if t["source"] == "table"]
    assert [(t["task"], t["lead"], t["partners"], t["deadline"], t["due"], t["product"]) for t in tasks] == [
        ("Rà soát, đơn giản hóa thủ tục hành chính nội bộ", "Văn phòng UBND tỉnh", ["Các sở, ban, ngành tỉnh"],
         "Trước ngày 30/6/2026", "2026-06-30", "Phương án đơn giản hóa"),
        ("Khảo sát mức độ hài lòng", "Sở Nội vụ", ["Sở Tư pháp", "Công an tỉnh"], "Tháng 5/2026", "2026-05-31",
         "Báo cáo"),
    ]
    lines = doc.text.splitlines()
    for t in tasks:
        assert t["task"] in lines[t["line_start"] - 1]
        assert t["section"].startswith("PHỤ LỤC")


PROSE = """KẾ HOẠCH
Cải cách hành chính năm 2026 của UBND tỉnh Lai Châu
I. MỤC ĐÍCH, YÊU CẦU
Sở Nội vụ chủ trì theo dõi chung.
II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thủ tục hành chính
a) Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Văn phòng UBND tỉnh rà soát văn bản quy phạm pháp luật; hoàn thành trước ngày 30/6/2026.
b) Giao Văn phòng UBND tỉnh kiểm soát thủ tục hành chính. Thời gian hoàn thành: Quý III/2026.
c) Nâng cao chất lượng phục vụ người dân.
III. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông
- Xây dựng nền tảng số dùng chung của tỉnh; hoàn thành trong tháng 10/2026.
- Phối hợp với Sở Nội vụ tuyên truyền cải cách hành chính.
2. Trách nhiệm của Sở Tài chính
Bố trí kinh phí thực hiện Kế hoạch. Thẩm định dự toán trước ngày 15/11.
"""


def test_prose_items_name_their_lead() -> None:
    doc = LoadedDocument(doc_id="p", path="p.txt", format="txt", text=PROSE)
    got = [(t["lead"], t["partners"], t["task"], t["deadline"], t["due"], t["line_start"], t["section"])
           for t in _tasks(doc)]
    assert got == [
        ("Sở Tư pháp", ["Sở Nội vụ", "Văn phòng UBND tỉnh"],
         "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Văn phòng UBND tỉnh rà soát văn bản quy phạm pháp luật; "
         "hoàn thành trước ngày 30/6/2026.", "trước ngày 30/6/2026", "2026-06-30", 7,
         "II. NHIỆM VỤ TRỌNG TÂM > 1. Cải cách thủ tục hành chính > a)"),
        ("Văn phòng UBND tỉnh", [], "Giao Văn phòng UBND tỉnh kiểm soát thủ tục hành chính. Thời gian hoàn thành: "
         "Quý III/2026.", "Quý III/2026", "2026-09-30", 8, "II. NHIỆM VỤ TRỌNG TÂM > 1. Cải cách thủ tục hành chính > b)"),
        ("Sở Thông tin và Truyền thông", [], "Xây dựng nền tảng số dùng chung của tỉnh; hoàn thành trong tháng 10/2026.",
         "trong tháng 10/2026", "2026-10-31", 12, "III. TỔ CHỨC THỰC HIỆN > 1. Sở Thông tin và Truyền thông"),
        ("Sở Tài chính", [], "Bố trí kinh phí thực hiện Kế hoạch.", None, None, 15,
         "III. TỔ CHỨC THỰC HIỆN > 2. Trách nhiệm của Sở Tài chính"),
        ("Sở Tài chính", [], "Thẩm định dự toán trước ngày 15/11.", "trước ngày 15/11", "2026-11-15", 15,
         "III. TỔ CHỨC THỰC HIỆN > 2. Trách nhiệm của Sở Tài chính"),
    ]
    assert all(t["source"] == "text" for t in _tasks(doc))


def test_decision_issued_plan_reads_the_plan_part_only() -> None:
    p = DATA / "qd_ke_hoach_bo_tu_phap.txt"
    doc = LoadedDocument(doc_id="qd", path=str(p), format="txt", text=p.read_text(encoding="utf-8"))
    tasks = _tasks(doc)
    assert [(t["lead"], t["deadline"], t["due"]) for t in tasks][:3] == [
        ("Vụ Pháp luật dân sự - kinh tế", "trước ngày 30/6/2026", "2026-06-30"),
        ("Văn phòng Bộ", "Quý III/2026", "2026-09-30"),
        ("Văn phòng Bộ", "trong tháng 12/2026", "2026-12-31"),
    ]
    assert all(t["line_start"] > 40 for t in tasks)  # nothing from Điều 1–3


def test_corpus_plans_give_tasks_with_leads() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        doc = LoadedDocument(doc_id=path.stem, path=str(path), format="txt", text=path.read_text(encoding="utf-8"))
        tasks = _tasks(doc)
        assert tasks, path.name
        lines = doc.text.splitlines()
        for t in tasks:
            assert t["lead"] and t["task"]
            assert 1 <= t["line_start"] <= t["line_end"] <= len(lines)


def test_flattened_partner_cells_split_at_unit_heads() -> None:
    from index.tasks import split_cell_units

    assert split_cell_units("Văn phòng UBND tỉnh Sở Tư pháp Công an tỉnh") == [
        "Văn phòng UBND tỉnh", "Sở Tư pháp", "Công an tỉnh"]
    for whole in ("Văn phòng Bộ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Tuyên giáo Tỉnh ủy",
                  "Các Chi nhánh Văn phòng Đăng ký đất đai", "Sở Văn hóa, Thể thao và Du lịch"):
        assert split_cell_units(whole) == [whole]


def test_combined_unit_cell_and_spaced_dates() -> None:
    """A single "Đơn vị thực hiện" cell "Chủ trì: X; Phối hợp: A, B" gives lead X and partners A, B."""
    text = "KẾ HOẠCH\nCải cách hành chính năm 2026\nSTT | Nhiệm vụ | Đơn vị thực hiện | Thời gian\nrow"
    rows = [TableRow(cells={"STT": "1", "Nhiệm vụ": "Kiểm tra công tác cải cách hành chính",
                            "Đơn vị thực hiện": "Chủ trì: Văn phòng Sở; Phối hợp: Phòng Tổ chức cán bộ, Thanh tra Sở",
                            "Thời gian": "Trước ngày 30/ 6/2026"}, line=4)]
    doc = LoadedDocument(doc_id="t", path="t.pdf", format="pdf", text=text, table_rows=rows)
    (task,) = [t for t in _tasks(doc) if t["source"] == "table"]
    assert (task["lead"], task["partners"]) == ("Văn phòng Sở", ["Phòng Tổ chức cán bộ", "Thanh tra Sở"])
    assert (task["deadline"], task["due"]) == ("Trước ngày 30/6/2026", "2026-06-30")


def test_unit_names_with_heads_inside_and_parent_bodies() -> None:
    """A unit head inside a name ("Hiệp hội Doanh nghiệp") or a parent body after " - " keeps one unit."""
    from index.tasks import split_cell_units

    for whole in ("Hiệp hội Doanh nghiệp tỉnh", "Vụ Pháp chế - Bộ Tài chính", "Phòng Hành chính - Quản trị",
                  "Phòng Tài chính - Kế hoạch", "Phòng Cảnh sát quản lý hành chính - Công an tỉnh",
                  "Bộ Chỉ huy Quân sự tỉnh", "UBND các xã, phường", "Trạm Y tế các xã, phường"):
        assert split_cell_units(whole) == [whole], whole
    assert split_cell_units("Ban Nghiệp vụ thuế; Vụ Pháp chế - Bộ Tài chính") == [
        "Ban Nghiệp vụ thuế", "Vụ Pháp chế - Bộ Tài chính"]
    # " - " between two units of the same level, or before a collective, still separates them
    assert split_units("Sở Nội vụ - Sở Tư pháp") == ["Sở Nội vụ", "Sở Tư pháp"]
    assert split_units("Phòng Tư pháp - UBND các xã") == ["Phòng Tư pháp", "UBND các xã"]
    assert split_cell_units("Sở Văn hóa, Thể thao và Du lịch, Bộ Chỉ huy Quân sự tỉnh và UBND các xã, phường") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Bộ Chỉ huy Quân sự tỉnh", "UBND các xã, phường"]
    assert split_cell_units("Công an tỉnh, Trạm Y tế các xã, phường") == ["Công an tỉnh", "Trạm Y tế các xã, phường"]


def test_combined_cell_partners_keep_collective_suffixes() -> None:
    """"Phối hợp: Công an tỉnh, Trạm Y tế các xã, phường": "các xã, phường" belongs to "Trạm Y tế"."""
    from index.tasks import split_roles

    assert split_roles("Chủ trì: Sở Y tế; Phối hợp: Công an tỉnh, Trạm Y tế các xã, phường") == (
        "Sở Y tế", ["Công an tỉnh", "Trạm Y tế các xã, phường"])
    assert split_roles("Chủ trì: Văn phòng Sở; Phối hợp: Hiệp hội Doanh nghiệp tỉnh, Bệnh viện Đa khoa tỉnh") == (
        "Văn phòng Sở", ["Hiệp hội Doanh nghiệp tỉnh", "Bệnh viện Đa khoa tỉnh"])


def test_combined_lead_partner_column_gives_lead_first_then_labelled_partners() -> None:
    from index.tasks import header_role, split_roles

    assert header_role("Cơ quan chủ trì/phối hợp") == "lead"
    assert header_role("Cơ quan phối hợp") == "partners"
    assert split_roles("Sở Nội vụ Phối hợp: Sở Khoa học và Công nghệ; Sở Tài chính") == (
        "Sở Nội vụ", ["Sở Khoa học và Công nghệ", "Sở Tài chính"])
    assert split_roles("Sở Nội vụ") == ("Sở Nội vụ", [])


def test_task_with_labelled_fields_after_it(tmp_path: Path) -> None:
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\nNâng cao chất lượng phục vụ.\nII. NHIỆM VỤ VÀ PHÂN CÔNG\n1. Cải cách thủ tục hành chính\n"
            "a) Cấp giấy phép kinh doanh dịch vụ lưu trú trực tuyến toàn trình. Cơ quan chủ trì: Phòng Kinh tế, Hạ"
            " tầng và Đô thị; cơ quan phối hợp: Công an phường, Trung tâm Phục vụ hành chính công phường; thời gian:"
            " Quý III/2026.\n")
    path = tmp_path / "labelled.txt"
    path.write_text(text, encoding="utf-8")
    got = [(t["task"], t["lead"], t["partners"], t["deadline"], t["due"]) for t in _tasks(load_document(path))]
    assert got == [("Cấp giấy phép kinh doanh dịch vụ lưu trú trực tuyến toàn trình.", "Phòng Kinh tế, Hạ tầng và Đô thị",
                    ["Công an phường", "Trung tâm Phục vụ hành chính công phường"], "Quý III/2026", "2026-09-30")]


def test_short_items_task_colon_assignee_semicolon_deadline(tmp_path: Path) -> None:
    """"Task: assignee; deadline." — the shape gives the fields; a text after ';' that is no deadline gives nothing."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\nPhục vụ người dân.\nII. NHIỆM VỤ\n"
            "1. Chuyển đổi số\n"
            "   + Số hóa sổ hộ tịch từ năm 2000: công chức Tư pháp - Hộ tịch; 6 tháng cuối năm 2026.\n"
            "   + Lập tổ công nghệ số cộng đồng ở 100% xóm: Đoàn Thanh niên xã; trong quý đầu năm.\n"
            "   + Nội dung tuyên truyền gồm: pháp luật về hộ tịch; quy trình một cửa.\n")
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    got = [(t["task"], t["lead"], t["deadline"], t["due"]) for t in _tasks(load_document(path))]
    assert ("Số hóa sổ hộ tịch từ năm 2000", "công chức Tư pháp - Hộ tịch", "6 tháng cuối năm 2026", "2026-12-31") in got
    assert ("Lập tổ công nghệ số cộng đồng ở 100% xóm", "Đoàn Thanh niên xã", "trong quý đầu năm", "2026-03-31") in got
    assert not any(t[0].startswith("Nội dung tuyên truyền") for t in got)


def test_named_unit_opening_a_sentence_leads_it(tmp_path: Path) -> None:
    """"Vụ Pháp chế rà soát …" leads; a name a folded stop word hides ("Cục Quản lý Dược", "Vụ Tổ chức cán bộ") is
    read whole; a collective ("Các Vụ, Cục …") leads nothing."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\nPhục vụ tốt.\nII. NHIỆM VỤ\n1. Cải cách thể chế\n"
            "- Vụ Pháp chế rà soát văn bản quy phạm pháp luật về bảo trợ xã hội; hoàn thành 6 tháng đầu năm 2026.\n"
            "- Cục Quản lý Dược chủ trì cấp giấy đăng ký lưu hành thuốc trực tuyến; hoàn thành trong quý III/2026.\n"
            "- Vụ Tổ chức cán bộ chủ trì, phối hợp với Cục Công nghệ thông tin cung cấp phần mềm đánh giá; thực hiện"
            " 6 tháng cuối năm 2026.\n"
            "- Các Vụ, Cục triển khai đầy đủ các nhiệm vụ được giao.\n")
    path = tmp_path / "subject.txt"
    path.write_text(text, encoding="utf-8")
    got = {t["lead"]: (t["partners"], t["due"]) for t in _tasks(load_document(path))}
    assert got == {"Vụ Pháp chế": ([], "2026-06-30"), "Cục Quản lý Dược": ([], "2026-09-30"),
                   "Vụ Tổ chức cán bộ": (["Cục Công nghệ thông tin"], "2026-12-31")}


def test_schedule_table_marked_quarters_are_the_deadline() -> None:
    """A "Gantt" table (Quý I–IV columns marked "x", under a spanning "Tiến độ") gives its marked periods."""
    head = ["KẾ HOẠCH", "Cải cách hành chính năm 2026", "III. NHIỆM VỤ"]
    keys = ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Tiến độ - Quý I", "Tiến độ - Quý II", "Tiến độ - Quý III",
            "Tiến độ - Quý IV"]
    rows = [["1", "Cấp giấy phép lao động trực tuyến", "Chủ trì: Phòng Quản lý lao động; phối hợp: Công an tỉnh",
             "", "x", "X", ""],
            ["2", "Đánh giá công chức hằng quý", "Văn phòng Ban", "x", "x", "x", "x"]]
    text = "\n".join(head + [" | ".join(r) for r in rows])
    table_rows = [TableRow(cells=dict(zip(keys, r, strict=True)), line=len(head) + i + 1) for i, r in enumerate(rows)]
    doc = LoadedDocument(doc_id="t", path="t.docx", format="docx", text=text, table_rows=table_rows)
    got = [(t["lead"], t["partners"], t["deadline"], t["due"], t.get("schedule")) for t in _tasks(doc)]
    assert got == [("Phòng Quản lý lao động", ["Công an tỉnh"], "Quý II, Quý III", "2026-09-30", ["Quý II", "Quý III"]),
                   ("Văn phòng Ban", [], "Quý I, Quý II, Quý III, Quý IV", "2026-12-31",
                    ["Quý I", "Quý II", "Quý III", "Quý IV"])]


def test_online_service_catalogue_columns() -> None:
    """"Tên thủ tục hành chính | Cơ quan giải quyết | Thời hạn triển khai": a catalogue annex gives records too."""
    assert [header_role(k) for k in ("Tên thủ tục hành chính", "Cơ quan giải quyết", "Thời hạn triển khai",
                                     "Tên dịch vụ công")] == ["task", "lead", "deadline", "task"]


def test_sub_task_rows_inherit_the_lead_of_their_parent_row() -> None:
    """"1.1" under "1"; an OCR-misread sub-number ("17", "lấy") with no lead sits under the last top-level row."""
    keys = ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"]
    rows = [["1", "Nâng cao chất lượng tiếp nhận hồ sơ", "Phòng Tiếp nhận", ""],
            ["1.1", "Lắp đặt ki-ốt tra cứu", "", "Tháng 3/2026"],
            ["17", "Tiếp nhận hồ sơ bằng tiếng Thái", "", "Quý III/2026"],
            ["lấy", "Hẹn khám qua tổng đài", "", "Quý II/2026"],
            ["2", "Đánh giá mức độ hài lòng", "Văn phòng", "Quý IV/2026"],
            ["3", "Kết nối camera giám sát", "", "Tháng 6/2026"],
            ["5", "Giám định chi phí khám bệnh", "Phòng Kế hoạch", ""],  # "4" misread: still a parent
            ["5.1", "Đối chiếu hồ sơ chuyển tuyến", "", "Quý II/2026"]]
    lines = ["KẾ HOẠCH", "PHỤ LỤC", *[" | ".join(r) for r in rows]]
    table_rows = [TableRow(cells=dict(zip(keys, r, strict=True)), line=3 + i) for i, r in enumerate(rows)]
    doc = LoadedDocument(doc_id="t", path="t.docx", format="docx", text="\n".join(lines), table_rows=table_rows)
    tasks = _tasks(doc)
    assert [t["lead"] for t in tasks] == ["Phòng Tiếp nhận"] * 4 + ["Văn phòng", None, "Phòng Kế hoạch",
                                                                    "Phòng Kế hoạch"]  # "3" is the next number
    assert [t.get("parent") for t in tasks][1:4] == ["Nâng cao chất lượng tiếp nhận hồ sơ"] * 3
    assert "parent" not in tasks[0] and "parent" not in tasks[5] and tasks[7]["parent"] == "Giám định chi phí khám bệnh"


PASSIVE = """KẾ HOẠCH
Cải cách hành chính năm 2026 của Sở Nông nghiệp và Môi trường
I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Cải cách thủ tục hành chính
a) Số hóa hồ sơ cấp giấy chứng nhận còn lưu trữ bằng giấy do Văn phòng Đăng ký đất đai thực hiện; Trung tâm Công nghệ thông tin, UBND các xã, phường phối hợp. Thời gian: Quý III/2026.
b) Chi cục Chăn nuôi và Thú y chủ trì cấp giấy chứng nhận trực tuyến; Văn phòng Sở phối hợp; hoàn thành trong tháng 8/2026.
c) Kiểm tra các thủ tục hành chính do UBND xã thực hiện tại bộ phận một cửa.
d) Giao Trung tâm Dữ liệu chủ trì, phối hợp với Văn phòng Đăng ký đất đai và Viễn thông Hưng Yên vận hành cơ sở dữ liệu đất đai.
"""


def test_passive_leads_and_partners_before_the_verb() -> None:
    """"… do X thực hiện; A, B phối hợp": X leads, A and B cooperate; "do X thực hiện tại …" names no lead."""
    doc = LoadedDocument(doc_id="p", path="p.txt", format="txt", text=PASSIVE)
    got = {t["task"][:12]: (t["lead"], t["partners"], t["deadline"]) for t in _tasks(doc)}
    assert got["Số hóa hồ sơ"] == ("Văn phòng Đăng ký đất đai", ["Trung tâm Công nghệ thông tin", "UBND các xã, phường"],
                                   "Quý III/2026")
    assert got["Chi cục Chăn"] == ("Chi cục Chăn nuôi và Thú y", ["Văn phòng Sở"], "trong tháng 8/2026")
    assert "Kiểm tra các" not in got
    assert got["Giao Trung t"][1] == ["Văn phòng Đăng ký đất đai", "Viễn thông Hưng Yên"]



def test_a_bare_head_ending_a_cell_ends_a_place_name() -> None:
    from index.tasks import split_cell_units

    assert split_cell_units("Chi cục Hải quan khu vực III Cảng vụ Hàng hải Hải Phòng") == [
        "Chi cục Hải quan khu vực III", "Cảng vụ Hàng hải Hải Phòng"]
    assert split_cell_units("Văn phòng Bộ Bộ Công an") == ["Văn phòng Bộ", "Bộ Công an"]


def test_a_known_unit_goes_on_with_its_level_before_the_verb(tmp_path: Path) -> None:
    """"Trung tâm Phục vụ hành chính công phường chủ trì …": the level word belongs to the lead's name."""
    text = ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\nPhục vụ tốt.\nII. NHIỆM VỤ\n"
            "1. Cải cách thủ tục hành chính\n"
            "a) Trung tâm Phục vụ hành chính công phường chủ trì tiếp nhận hồ sơ không phụ thuộc địa giới hành chính "
            "đối với thủ tục chứng thực; Công an phường phối hợp; hoàn thành trong Quý III/2026.\n")
    path = tmp_path / "level.txt"
    path.write_text(text, encoding="utf-8")
    got = [(t["lead"], t["partners"], t["due"]) for t in _tasks(load_document(path))]
    assert got == [("Trung tâm Phục vụ hành chính công phường", ["Công an phường"], "2026-09-30")]
