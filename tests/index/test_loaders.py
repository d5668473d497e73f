"""Loaders on real files: corpus TXT round-trip, DOCX with a task table, multi-page PDF, every error."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import docx
import pytest

from index.loaders import (
    SUPPORTED_EXTENSIONS,
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    LoaderError,
    UnsupportedFormatError,
    load_document,
    slugify,
    sniff_format,
)
from index.normalize import words
from tests.fixtures_gen import (
    APPENDIX_HEADER,
    APPENDIX_ROWS,
    DOCX_CLOSING,
    DOCX_PARAGRAPHS,
    make_corrupt_pdf,
    make_docx_with_appendix,
    make_encrypted_pdf,
    make_text_pdf,
    wrap_lines,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
CORPUS_FILES = sorted(CORPUS.glob("*.txt"))
PLAN_002 = CORPUS / "002_lai-chau_so-dan-toc-ton-giao_2026.txt"


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.name[:3] for p in CORPUS_FILES])
def test_corpus_txt_round_trips_exactly(path: Path) -> None:
    raw = path.read_bytes()
    doc = load_document(path)
    assert doc.text == raw.decode("utf-8")
    assert doc.text.encode("utf-8") == raw
    assert doc.format == "txt"
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.doc_id == path.stem  # corpus stems are already slugs
    assert doc.pages == [] and doc.table_rows == []


def test_corpus_has_five_plans() -> None:
    assert len(CORPUS_FILES) == 5


def test_bom_is_dropped_and_md_keeps_crlf(tmp_path: Path) -> None:
    f = tmp_path / "Kế hoạch.md"
    f.write_bytes("\ufeff# KẾ HOẠCH\r\nSở Nội vụ “báo cáo”\r\n".encode())
    doc = load_document(f)
    assert doc.format == "md"
    assert doc.text == "# KẾ HOẠCH\r\nSở Nội vụ “báo cáo”\r\n"
    assert doc.doc_id == "ke-hoach"


def test_text_is_not_nfc_normalised(tmp_path: Path) -> None:
    decomposed = "KE\u0302\u0301 HOA\u0323CH"  # as in corpus 004
    f = tmp_path / "nfd.txt"
    f.write_text(decomposed, encoding="utf-8")
    assert load_document(f).text == decomposed


def test_slugify_folds_vietnamese() -> None:
    assert slugify("Kế hoạch CCHC Sở Nội vụ (Đợt 2) 2025") == "ke-hoach-cchc-so-noi-vu-dot-2-2025"
    assert slugify("002_lai-chau") == "002_lai-chau"
    assert slugify("文件") == "document"


def test_explicit_doc_id(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Kế hoạch cải cách hành chính", encoding="utf-8")
    assert load_document(f, "my-id").doc_id == "my-id"


def test_sniff_format() -> None:
    assert sniff_format(b"%PDF-1.7\n...", "a.pdf") == "pdf"
    assert sniff_format(b"%PDF-1.7\n...", "a.txt") == "pdf"  # a signature wins over the extension
    assert sniff_format("Kế hoạch".encode(), "a.txt") == "txt"
    assert sniff_format("Kế hoạch".encode(), "A.MD") == "md"
    assert sniff_format("Kế hoạch".encode()[:-1], "a.txt") == "txt"  # cut inside a character
    assert sniff_format(b"\x89PNG\r\n\x1a\n....", "scan.png") == "image"
    assert sniff_format(b"\xff\xd8\xff\xe0....", "scan.jpeg") == "image"
    assert sniff_format(b"II*\x00....", "scan.tif") == "image"
    assert sniff_format(b"PK\x03\x04....word/document.xml....", "a.docx") == "docx"
    assert sniff_format(b"PK\x03\x04....xl/workbook.xml....", "a.docx") is None
    assert sniff_format("Kế hoạch".encode(), "a.pdf") is None  # text under a binary extension
    assert sniff_format(b"\x00\x01\x02\xff\xfe", "a.txt") is None
    assert sniff_format(b"%PDF-1.7", "a.exe") is None
    assert set(SUPPORTED_EXTENSIONS) == {".txt", ".md", ".pdf", ".docx", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


# --- DOCX -------------------------------------------------------------------------------------


def test_docx_paragraphs_and_appendix_rows(tmp_path: Path) -> None:
    doc = load_document(make_docx_with_appendix(tmp_path / "Kế hoạch phụ lục.docx"))
    assert doc.format == "docx" and doc.doc_id == "ke-hoach-phu-luc"
    lines = doc.text.splitlines()
    # the layout table (issuer | motto) comes first, cell by cell
    assert lines[:4] == [
        "UBND TỈNH LAI CHÂU",
        "SỞ DÂN TỘC VÀ TÔN GIÁO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert lines[4 : 4 + len(DOCX_PARAGRAPHS)] == DOCX_PARAGRAPHS
    assert lines[-1] == DOCX_CLOSING
    assert len(doc.table_rows) == len(APPENDIX_ROWS)
    first = doc.table_rows[0]
    assert lines[first.line - 1] == (
        "Nhiệm vụ: Số hóa hồ sơ lưu trữ tại Trung tâm Phục vụ hành chính công; Cơ quan chủ trì: Văn phòng Sở; "
        "Cơ quan phối hợp: Sở Khoa học và Công nghệ; Thời gian hoàn thành: Tháng 10/2025; Sản phẩm: Báo cáo kết quả"
    )
    for row, expected in zip(doc.table_rows, APPENDIX_ROWS, strict=True):
        assert row.cells == dict(zip(APPENDIX_HEADER, expected, strict=True))
        assert row.table_index == 1  # table 0 is the layout table
        assert lines[row.line - 1].startswith("Nhiệm vụ: " + expected[0])
    # the empty "Cơ quan phối hợp" cell is left out of the rendered line
    last = lines[doc.table_rows[2].line - 1]
    assert "Cơ quan phối hợp" not in last and "Thanh tra Sở; Thời gian hoàn thành: Tháng 11/2025" in last
    # rows sit between the appendix heading and the closing paragraph, in order
    assert [r.line for r in doc.table_rows] == list(range(lines.index(DOCX_PARAGRAPHS[-1]) + 2, len(lines)))


def test_docx_merged_cells(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("PHỤ LỤC")
    t = d.add_table(rows=5, cols=3)
    for j, head in enumerate(["Nhiệm vụ", "Cơ quan\nchủ trì", "Thời gian"]):  # a header cell on 2 lines
        t.cell(0, j).text = head
    group = t.cell(1, 0).merge(t.cell(1, 2))
    group.text = "I. CẢI CÁCH THỂ CHẾ"
    t.cell(2, 0).text = "Rà soát văn bản"
    t.cell(3, 0).text = "Kiểm tra văn bản"
    chu_tri = t.cell(2, 1).merge(t.cell(3, 1))  # vertical merge: one agency leads both tasks
    chu_tri.text = "Phòng Pháp chế"
    t.cell(2, 2).text = "Quý III"
    t.cell(3, 2).text = "Quý IV"
    t.cell(4, 0).text = "Tuyên truyền"
    wide = t.cell(4, 1).merge(t.cell(4, 2))  # horizontal merge inside a data row
    wide.text = "Văn phòng"
    d.save(str(tmp_path / "merged.docx"))

    doc = load_document(tmp_path / "merged.docx")
    lines = doc.text.splitlines()
    assert lines == [
        "PHỤ LỤC",
        "I. CẢI CÁCH THỂ CHẾ",
        "Nhiệm vụ: Rà soát văn bản; Cơ quan chủ trì: Phòng Pháp chế; Thời gian: Quý III",
        "Nhiệm vụ: Kiểm tra văn bản; Cơ quan chủ trì: Phòng Pháp chế; Thời gian: Quý IV",
        "Nhiệm vụ: Tuyên truyền; Cơ quan chủ trì: Văn phòng",
    ]
    assert [r.line for r in doc.table_rows] == [3, 4, 5]
    assert doc.table_rows[2].cells == {"Nhiệm vụ": "Tuyên truyền", "Cơ quan chủ trì": "Văn phòng", "Thời gian": ""}


def test_docx_two_row_layout_table_is_not_a_task_table(tmp_path: Path) -> None:
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ PHONG THỔ"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = "Số: 23/KH-UBND"
    t.cell(1, 1).text = "Phong Thổ, ngày 28 tháng 7 năm 2025"
    d.add_paragraph("KẾ HOẠCH")
    d.save(str(tmp_path / "layout.docx"))
    doc = load_document(tmp_path / "layout.docx")
    assert doc.table_rows == []
    assert doc.text.splitlines() == [
        "ỦY BAN NHÂN DÂN",
        "XÃ PHONG THỔ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 23/KH-UBND",
        "Phong Thổ, ngày 28 tháng 7 năm 2025",
        "KẾ HOẠCH",
    ]


# --- PDF --------------------------------------------------------------------------------------


def test_multipage_pdf_page_numbers(tmp_path: Path) -> None:
    source = PLAN_002.read_text(encoding="utf-8")
    pdf = make_text_pdf(tmp_path / "plan.pdf", source, lines_per_page=40)
    seen: list[tuple[int, int]] = []
    doc = load_document(pdf, progress=lambda done, total: seen.append((done, total)))
    wrapped = wrap_lines(source)
    n_pages = math.ceil(len(wrapped) / 40)
    assert doc.format == "pdf"
    assert [p.number for p in doc.pages] == list(range(1, n_pages + 1))
    assert not doc.ocr and doc.ocr_confidence is None  # the short last page (signer's name) is kept
    assert seen[-1] == (n_pages, n_pages)
    # the text layer keeps every word, diacritics included
    assert words(doc.text) == words(source)
    lines = doc.text.splitlines()
    checked = []
    for start in (0, 45, 85):  # a distinctive phrase on pages 1, 2, 3
        index = next(i for i in range(start, len(wrapped)) if len(wrapped[i]) > 60 and wrapped.count(wrapped[i]) == 1)
        matches = [n for n, line in enumerate(lines, 1) if line.strip() == wrapped[index].strip()]
        assert len(matches) == 1
        assert doc.page_of_line(matches[0]) == index // 40 + 1
        checked.append(index // 40 + 1)
    assert checked == [1, 2, 3]


def test_encrypted_pdf(tmp_path: Path) -> None:
    with pytest.raises(EncryptedFileError) as err:
        load_document(make_encrypted_pdf(tmp_path / "mat-khau.pdf"))
    assert str(err.value).startswith("mat-khau.pdf: ") and "mật khẩu" in err.value.reason


def test_corrupt_pdf(tmp_path: Path) -> None:
    with pytest.raises(CorruptFileError) as err:
        load_document(make_corrupt_pdf(tmp_path / "hong.pdf"))
    assert err.value.path == str(tmp_path / "hong.pdf")
    assert str(err.value) == f"hong.pdf: {err.value.reason}"


def test_pdf_content_under_txt_extension_is_read_as_pdf(tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "x.pdf", "Kế hoạch cải cách hành chính năm 2026 của Sở")
    renamed = tmp_path / "x.txt"
    renamed.write_bytes(pdf.read_bytes())
    doc = load_document(renamed)
    assert doc.format == "pdf" and doc.text == "Kế hoạch cải cách hành chính năm 2026 của Sở"


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t "], ids=["zero-bytes", "whitespace"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "rong.txt"
    f.write_bytes(content)
    with pytest.raises(EmptyDocumentError):
        load_document(f)


def test_empty_docx(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("")
    d.save(str(tmp_path / "rong.docx"))
    with pytest.raises(EmptyDocumentError):
        load_document(tmp_path / "rong.docx")


def test_binary_file_with_txt_extension(tmp_path: Path) -> None:
    f = tmp_path / "nhi-phan.txt"
    f.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UnsupportedFormatError) as err:
        load_document(f)
    assert "UTF-8" in err.value.reason


def test_latin1_text_is_not_utf8(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Kế hoạch".encode() + b" caf\xe9 " + b"x" * 50)
    with pytest.raises(UnsupportedFormatError):
        load_document(f)


@pytest.mark.parametrize("name", ["bang.xlsx", "ke-hoach.doc", "README", "anh.gif"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    f = tmp_path / name
    f.write_text("Kế hoạch", encoding="utf-8")
    with pytest.raises(UnsupportedFormatError) as err:
        load_document(f)
    assert err.value.reason.startswith("định dạng")


def test_text_under_pdf_extension_is_corrupt(tmp_path: Path) -> None:
    f = tmp_path / "gia.pdf"
    f.write_text("Đây không phải PDF", encoding="utf-8")
    with pytest.raises(CorruptFileError):
        load_document(f)


def test_corrupt_docx(tmp_path: Path) -> None:
    good = make_docx_with_appendix(tmp_path / "good.docx").read_bytes()
    f = tmp_path / "cut.docx"
    f.write_bytes(good[: len(good) // 2])
    with pytest.raises(CorruptFileError):
        load_document(f)


def test_old_word_file_renamed_docx(tmp_path: Path) -> None:
    f = tmp_path / "cu.docx"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnsupportedFormatError):
        load_document(f)
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 600)
    with pytest.raises(EncryptedFileError):
        load_document(f)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoaderError) as err:
        load_document(tmp_path / "khong-co.txt")
    assert err.value.reason == "không tìm thấy tệp"


def test_error_hierarchy() -> None:
    for cls in (CorruptFileError, EmptyDocumentError, EncryptedFileError, UnsupportedFormatError):
        err = cls("/x/y/tep.pdf", "lý do")
        assert isinstance(err, LoaderError) and str(err) == "tep.pdf: lý do" and err.path == "/x/y/tep.pdf"
