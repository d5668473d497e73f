"""Generators of small but real test documents (DOCX, PDF with/without text layer, images).

Other test modules import these: ``from tests.fixtures_gen import make_docx_with_appendix``.
Every function writes into the path it is given (use pytest's ``tmp_path``) and returns it.
"""

from __future__ import annotations

from pathlib import Path

FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

APPENDIX_HEADER = ["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
APPENDIX_ROWS = [
    [
        "Số hóa hồ sơ lưu trữ tại Trung tâm Phục vụ hành chính công",
        "Văn phòng Sở",
        "Sở Khoa học và Công nghệ",
        "Tháng 10/2025",
        "Báo cáo kết quả",
    ],
    [
        "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực dân tộc",
        "Phòng Chính sách dân tộc",
        "Các phòng chuyên môn",
        "Quý III/2025",
        "Danh mục thủ tục được đơn giản hóa",
    ],
    [
        "Khảo sát mức độ hài lòng của người dân",
        "Thanh tra Sở",
        "",  # an empty cell on purpose
        "Tháng 11/2025",
        "Báo cáo khảo sát",
    ],
]
DOCX_PARAGRAPHS = [
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "2. Yêu cầu",
    "Các phòng chuyên môn báo cáo kết quả về Văn phòng Sở trước ngày 15 tháng cuối quý.",
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026",
]
DOCX_CLOSING = "Nơi nhận: Sở Nội vụ; Lưu: VT."


def make_docx_with_appendix(path: Path) -> Path:
    """A short plan DOCX: title, part I with paragraphs, "PHỤ LỤC" heading, a task table, a closing line.

    The body also starts with a two-column layout table (issuer | national motto), as real plans do.
    """
    import docx

    d = docx.Document()
    layout = d.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "UBND TỈNH LAI CHÂU\nSỞ DÂN TỘC VÀ TÔN GIÁO"
    layout.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    for text in DOCX_PARAGRAPHS:
        d.add_paragraph(text)
    table = d.add_table(rows=1 + len(APPENDIX_ROWS), cols=len(APPENDIX_HEADER))
    for j, head in enumerate(APPENDIX_HEADER):
        table.cell(0, j).text = head
    for i, row in enumerate(APPENDIX_ROWS, start=1):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    d.add_paragraph(DOCX_CLOSING)
    d.save(str(path))
    return path


def wrap_lines(text: str, width: int = 95) -> list[str]:
    """Hard-wrap ``text`` to lines of at most ``width`` characters (keeps existing line breaks)."""
    import textwrap

    out: list[str] = []
    for line in text.splitlines():
        out.extend(textwrap.wrap(line, width) or [""])
    return out


def make_text_pdf(path: Path, text: str, lines_per_page: int = 40) -> Path:
    """A multi-page PDF with a real (Unicode) text layer: ``lines_per_page`` lines of ``text`` per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_PATH)))
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    lines = wrap_lines(text)
    for start in range(0, max(len(lines), 1), lines_per_page):
        c.setFont("DejaVuSans", 10)
        y = height - 50
        for line in lines[start : start + lines_per_page]:
            c.drawString(50, y, line)
            y -= 18
        c.showPage()
    c.save()
    return path


def render_text_images(text: str, dpi: int = 200, lines_per_page: int = 40, font_pt: float = 11.0) -> list:
    """Render ``text`` onto white A4 page images (Pillow, DejaVuSans), ``lines_per_page`` lines each."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT_PATH), size=round(font_pt * dpi / 72))
    page_w, page_h = round(8.27 * dpi), round(11.69 * dpi)
    margin = round(0.8 * dpi)
    step = round(font_pt * 1.7 * dpi / 72)
    lines = wrap_lines(text, 85)
    pages = []
    for start in range(0, max(len(lines), 1), lines_per_page):
        img = Image.new("L", (page_w, page_h), 255)
        draw = ImageDraw.Draw(img)
        y = margin
        for line in lines[start : start + lines_per_page]:
            draw.text((margin, y), line, font=font, fill=0)
            y += step
        pages.append(img)
    return pages


def make_image_pdf(path: Path, text: str, dpi: int = 200, lines_per_page: int = 40) -> Path:
    """An image-only PDF (no text layer, like a scan) showing ``text`` rendered at ``dpi``."""
    pages = render_text_images(text, dpi=dpi, lines_per_page=lines_per_page)
    pages[0].save(str(path), format="PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return path


def make_image(path: Path, text: str, dpi: int = 200) -> Path:
    """A single page image (format from the suffix: .png/.jpg/.tif) showing ``text``."""
    page = render_text_images(text, dpi=dpi)[0]
    page.save(str(path), dpi=(dpi, dpi))
    return path


def make_corrupt_pdf(path: Path) -> Path:
    """A file that starts like a PDF but is truncated garbage."""
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n\x00\x93\xfa garbage, no xref, no trailer")
    return path


def make_encrypted_pdf(path: Path, password: str = "matkhau") -> Path:
    """A text PDF encrypted with a user password (cannot be opened without it)."""
    import pypdf

    plain = path.with_name(path.stem + "-plain.pdf")
    make_text_pdf(plain, "KẾ HOẠCH cải cách hành chính có mật khẩu")
    writer = pypdf.PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    with path.open("wb") as fh:
        writer.write(fh)
    plain.unlink()
    return path
