"""What a question asks (who / when / target / lookup / multi / free) and English → Vietnamese expansion."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.normalize import fold

# folded cue phrases per intent (matched on the folded question)
_CUES: dict[str, tuple[str, ...]] = {
    "when": ("khi nao", "bao gio", "thoi han", "han chot", "truoc ngay", "ngay nao", "thoi gian", "luc nao",
             "dinh ky", "bao lau", "han ", "when", "deadline", "how often", "by what date", "thang nao", "quy nao"),
    "who": ("don vi nao", "co quan nao", "ai ", "ai?", "phong nao", "so nao", "chu tri", "phoi hop", "tham muu",
            "trach nhiem", "who", "which unit", "which department", "which office", "giao cho", "phu trach"),
    "target": ("bao nhieu", "ty le", "ti le", "muc tieu", "chi tieu", "phan tram", "%", "toi thieu", "it nhat",
               "how many", "how much", "percent", "target", "rate", "dat bao"),
    "lookup": ("so hieu", "so ke hoach", "ke hoach so", "ban hanh ngay", "ngay ban hanh", "ky ke hoach", "nguoi ky",
               "ai ky", "ky boi", "nghi dinh", "nghi quyet", "quyet dinh", "cong van", "can cu", "thuc hien ke hoach",
               "kinh phi", "nguon kinh phi", "noi nhan", "signed", "number", "issued", "funding", "which decree"),
    "multi": ("nhung don vi", "cac don vi", "cac ke hoach", "nhung ke hoach", "ke hoach nao", "moi ke hoach",
              "tung ke hoach", "tat ca", "all plans", "each plan", "which plans", "nhung so", "cac so"),
}

# English → Vietnamese glossary (folded English key → Vietnamese phrase) for the lexical side
_GLOSSARY: tuple[tuple[str, str], ...] = (
    ("department of home affairs", "Sở Nội vụ"), ("home affairs", "Nội vụ"),
    ("provincial people's committee", "UBND tỉnh"), ("people's committee", "UBND"),
    ("public administration service center", "Trung tâm Phục vụ hành chính công"),
    ("public service center", "Trung tâm Phục vụ hành chính công"), ("office", "Văn phòng"),
    ("administrative reform", "cải cách hành chính CCHC"), ("administrative procedures", "thủ tục hành chính TTHC"),
    ("administrative procedure", "thủ tục hành chính TTHC"), ("online public services", "dịch vụ công trực tuyến"),
    ("online", "trực tuyến"), ("report", "báo cáo"), ("quarter", "quý"), ("quarterly", "hằng quý"),
    ("deadline", "thời hạn trước ngày"), ("satisfaction", "mức độ hài lòng"), ("target", "mục tiêu chỉ tiêu"),
    ("budget", "kinh phí ngân sách"), ("funding", "kinh phí"), ("plan", "kế hoạch"), ("signed", "ký"),
    ("digital transformation", "chuyển đổi số"), ("digitization", "số hóa"), ("digitisation", "số hóa"),
    ("records", "hồ sơ"), ("decree", "Nghị định"), ("resolution", "Nghị quyết"), ("decision", "Quyết định"),
    ("ethnic", "Dân tộc"), ("religio", "Tôn giáo"), ("culture", "Văn hóa"), ("sports", "Thể thao"),
    ("tourism", "Du lịch"), ("commune", "xã"), ("province", "tỉnh"), ("percent", "%"), ("inspection", "kiểm tra"),
    ("civil servants", "cán bộ công chức"), ("training", "bồi dưỡng tập huấn"), ("lead", "chủ trì"),
    ("coordinate", "phối hợp"), ("cost", "chi phí"), ("internal", "nội bộ"), ("first half", "6 tháng đầu năm"),
    ("second half", "6 tháng cuối năm"), ("last six months", "6 tháng cuối năm"), ("who", "đơn vị nào"),
    ("dialogue", "đối thoại"), ("conference", "hội nghị"), ("meeting", "họp hội nghị"), ("citizens", "người dân"),
    ("businesses", "doanh nghiệp"), ("shared data", "dữ liệu dùng chung"), ("platform", "nền tảng"),
    ("usage rate", "tỷ lệ sử dụng"), ("periodic reports", "báo cáo định kỳ"), ("periodic", "định kỳ"),
    ("funding source", "nguồn kinh phí"), ("ratio", "tỷ lệ"), ("applications", "hồ sơ"),
    ("resolved", "giải quyết"), ("minimum", "tối thiểu"), ("at least", "tối thiểu ít nhất"), ("reduce", "giảm"),
    ("staffing", "biên chế"), ("quota", "biên chế"), ("civil servant", "công chức"), ("civil-servant", "công chức"),
    ("public employee", "viên chức"), ("public-employee", "viên chức"), ("index", "chỉ số"),
    ("rank", "xếp hạng"), ("legal documents", "văn bản quy phạm pháp luật"), ("documents", "văn bản"), ("party central committee", "Ban Chấp hành Trung ương"),
)
_EN_WORDS = {"the", "what", "which", "who", "when", "how", "does", "is", "are", "of", "to", "by", "for", "in", "and",
             "plan", "report", "must", "should", "many", "much", "percent", "deadline"}


@dataclass
class Intent:
    """The kinds of information a question asks for (may be several) and its search form."""

    kinds: list[str] = field(default_factory=list)
    english: bool = False
    expanded: str = ""

    @property
    def primary(self) -> str:
        """The first kind, or "free"."""
        return self.kinds[0] if self.kinds else "free"


def is_english(question: str) -> bool:
    """Heuristic: English function words, and Vietnamese diacritics only in a few names ("Lào Cai")."""
    tokens = question.lower().split()
    marked = sum(1 for t in tokens if re.search(r"[à-ỹđ]", t))
    ws = re.findall(r"[a-z]+", question.lower())
    return sum(w in _EN_WORDS for w in ws) >= 2 and marked <= max(1, len(tokens) // 6)


def expand_english(question: str) -> str:
    """Append Vietnamese equivalents of English terms so BM25 can match Vietnamese plans."""
    low = question.lower()
    extra = [vi for en, vi in _GLOSSARY if re.search(rf"\b{re.escape(en)}", low)]
    return f"{question} {' '.join(extra)}" if extra else question


def classify(question: str) -> Intent:
    """Detect the question's kinds from folded cue phrases."""
    q = f" {fold(question)} "
    kinds = [kind for kind, cues in _CUES.items()
             if any(re.search(rf"(?<![a-z0-9]){re.escape(c.strip())}(?![a-z0-9])", q) for c in cues)]
    order = ["multi", "who", "when", "target", "lookup"]
    kinds.sort(key=order.index)
    english = is_english(question)
    return Intent(kinds=kinds, english=english, expanded=expand_english(question) if english else question)
