"""Pure units of the answerer: quotes, value kinds, intent, follow-ups, plan recognition, abstention names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.answer.abbrev import expand_folded
from assistant.answer.abstain import unknown_names
from assistant.answer.followup import condense, is_followup, strip_followup
from assistant.answer.intent import classify, expand_english, is_english
from assistant.answer.quotes import locate, raw_lines, sentences
from assistant.answer.valuetype import has_value, required_value
from index.normalize import fold

SOURCE = (
    "b) Tiếp tục nâng cao chất lượng hiệu quả triển khai thực hiện công tác cải \n"
    "cách hành chính đáp ứng yêu cầu.\n"
    "\n"
    "\n"
    "2\n"
    "2. Yêu cầu phát-\n"
    "triển bền vững; bảo đảm 100% hồ sơ.\n"
    "https://example.org/x\n"
    "c) Kết thúc.\n"
)


def test_locate_tolerates_wraps_page_numbers_hyphens_and_urls() -> None:
    q = locate(SOURCE, "công tác cải cách hành chính đáp ứng yêu cầu. 2. Yêu cầu phát triển bền vững")
    assert q is not None and q.text in SOURCE
    assert (q.line_start, q.line_end) == (1, 7)
    q2 = locate(SOURCE, "bảo đảm 100% hồ sơ. c) Kết thúc")
    assert q2 is not None and q2.text.endswith("c) Kết thúc") and q2.line_end == 9
    assert locate(SOURCE, "câu không có trong nguồn") is None
    whole = raw_lines(SOURCE, 6, 7)
    assert whole.text == "2. Yêu cầu phát-\ntriển bền vững; bảo đảm 100% hồ sơ." and whole.line_start == 6


def test_sentences_split_and_long_clauses() -> None:
    text = "- Một câu ngắn. Câu thứ hai đạt 95%.\n" + "; ".join(f"mục tiêu số {i} đạt kết quả tốt" for i in range(30))
    out = sentences(text)
    assert out[0] == "- Một câu ngắn." and out[1] == "Câu thứ hai đạt 95%."
    assert out[2] == "mục tiêu số 0 đạt kết quả tốt;" and len(out) == 32  # ";" ends a clause


@pytest.mark.parametrize("question,sentence,ok", [
    ("Tổng kinh phí là bao nhiêu tỷ đồng?", "Kinh phí 1,5 tỷ đồng từ ngân sách.", True),
    ("Tổng kinh phí là bao nhiêu tỷ đồng?", "năm 2025 đồng thời tỷ lệ đạt 50%", False),
    ("Bao nhiêu phần trăm hồ sơ trực tuyến?", "đạt tối thiểu 80% hồ sơ", True),
    ("Bao nhiêu phần trăm hồ sơ trực tuyến?", "hồ sơ được xử lý trực tuyến", False),
    ("hạn cuối nộp báo cáo là ngày nào?", "Trước ngày 14 tháng cuối quý", True),
    ("Số điện thoại đường dây nóng là gì?", "Tiếp nhận phản ánh qua Cổng", False),
    ("đứng thứ mấy về chỉ số CCHC?", "Tiếp thu 100% ý kiến", False),
    ("đứng thứ mấy về chỉ số CCHC?", "xếp thứ 3 toàn tỉnh", True),
])
def test_value_kinds(question: str, sentence: str, ok: bool) -> None:
    pattern = required_value(question)
    assert pattern is not None
    assert has_value(pattern, fold(sentence)) is ok


def test_no_value_kind_for_free_questions() -> None:
    assert required_value("Ai chủ trì công tác tuyên truyền?") is None
    assert has_value(None, "bất kỳ")


def test_intent_cues_use_word_boundaries_and_english() -> None:
    assert classify("tỷ lệ phải đạt bao nhiêu?").kinds == ["target"]  # "phải" is not "ai"
    assert "who" in classify("Ai chủ trì?").kinds
    assert "when" in classify("báo cáo khi nào").kinds
    en = "What percentage of periodic reports must be produced online in Lào Cai?"
    assert is_english(en) and not is_english("Sở Nội vụ báo cáo khi nào?")
    assert "báo cáo định kỳ" in expand_english(en) and "trực tuyến" in expand_english(en)


def test_follow_up_condensing() -> None:
    history = [{"role": "user", "content": "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"},
               {"role": "assistant", "content": "…"}]
    assert is_followup("còn Sở Văn hóa thì sao?")
    assert strip_followup("còn Sở Văn hóa thì sao?") == "Sở Văn hóa"
    assert condense("còn Sở Văn hóa thì sao?", history).endswith("— Sở Văn hóa?")
    assert condense("Kinh phí thực hiện kế hoạch của xã Phong Thổ lấy từ đâu?", history).startswith("Kinh phí")
    assert condense("còn Sở Văn hóa thì sao?", None) == "còn Sở Văn hóa thì sao?"


def test_unknown_names_and_abbreviations() -> None:
    corpus = "Sở Nội vụ tỉnh Lào Cai; Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng; S& Noi vu"
    found = unknown_names("Sở Y tế Hà Nội báo cáo khi nào?", "t1", corpus)
    assert "Hà Nội" in found and "Sở Y tế" in found
    assert unknown_names("Sở DTTG Lào Cai báo cáo Sở Nội vụ khi nào?", "t1", corpus) == []
    assert unknown_names("Sở Văn hóa, Thể thao Cao Bằng", "t1", corpus) == []
    # generic words inside a known name are not dropped to make an unknown one ("Bộ Công Thương" ≠ "Bộ Thương")
    ministry = "Quyết định của Bộ trưởng Bộ Công Thương; Phòng Nghiệp vụ Y, Sở Y tế Hải Phòng"
    assert unknown_names("Ở Bộ Công Thương, đơn vị nào chủ trì?", "t2", ministry) == []
    assert unknown_names("Các nhiệm vụ do Phòng Nghiệp vụ Y Sở Y tế Hải Phòng chủ trì", "t2", ministry) == []
    assert expand_folded("ho so tthc va dvc") == "ho so thu tuc hanh chinh va dich vu cong"


def test_phone_questions_need_a_number_not_the_word_hotline() -> None:
    pat = required_value("Số điện thoại đường dây nóng của Bộ phận Một cửa là gì?")
    assert pat is not None
    assert not has_value(pat, fold("Bộ phận Một cửa niêm yết số điện thoại đường dây nóng tiếp nhận phản ánh"))
    assert has_value(pat, fold("Đường dây nóng: 0214.3822.555"))
    assert required_value("Công điện số mấy về phân cấp?") is None  # "số mấy" is not "số máy"


def test_unit_mentions_keep_spellings_and_skip_places_and_compounds() -> None:
    from assistant.answer.abstain import unit_mentions

    assert unit_mentions("Sở Tài chính giao Phòng Tin học - Thống kê chủ trì nhiệm vụ nào?") == [
        ["Sở Tài chính", "Sở Tài"], ["Phòng Tin học", "Phòng Tin"]]
    assert unit_mentions("Văn phòng Sở DTTG Lai Châu báo cáo gì?") == [["so dan toc va ton giao"]]
    assert unit_mentions("Bộ phận Một cửa của xã Phong Thổ duy trì gì?") == [["Phong Thổ duy trì", "Phong Thổ duy",
                                                                         "Phong Thổ"]]
    assert unit_mentions("Sở ABC phối hợp gì?") == []  # an unknown acronym is not judged


def test_question_naming_a_unit_the_plan_never_mentions_abstains(corpus_engine_hashing: object) -> None:
    from assistant.answer.abstain import absent_units
    from assistant.engine import Engine

    assert isinstance(corpus_engine_hashing, Engine)
    st = corpus_engine_hashing.state
    doc = next(d for d in st.docs if d.startswith("000"))
    assert "so du lich" in absent_units(st, "Sở Du lịch Lào Cai được giao nhiệm vụ gì?", [doc])
    assert absent_units(st, "Phòng Tin học chủ trì việc gì?", [doc]) == ["Phòng Tin học"]
    assert absent_units(st, "so dttg lao cai phoi hop voi so noi vu the nao", [doc]) == []
    assert absent_units(st, "Văn phòng Sở Dân tộc và Tôn giáo Lào Cai làm gì?", [doc]) == []
    ans = corpus_engine_hashing.ask("Sở Du lịch được Sở Dân tộc và Tôn giáo Lào Cai giao nhiệm vụ gì?")
    assert ans["abstained"]
    assert not corpus_engine_hashing.ask("Bộ phận nào đôn đốc, theo dõi, kiểm tra các phòng thực hiện Kế hoạch "
                                         "CCHC năm 2026 của Sở DTTG Lai Châu?")["abstained"]


def test_comparison_names_every_plan_it_places_and_a_unit_of_the_other_plan_is_not_absent(
        corpus_engine_hashing: object) -> None:
    from assistant.answer.planref import PlanTable
    from assistant.engine import Engine

    assert isinstance(corpus_engine_hashing, Engine)
    st = corpus_engine_hashing.state
    q = "So sánh tỷ lệ hồ sơ công việc xử lý trên môi trường mạng của Sở VHTTDL Cao Bằng và Sở DTTG Lai Châu"
    refs = PlanTable.build(st.docs).referenced(q)
    assert {d[:3] for d in refs} == {"002", "004"}
    ans = corpus_engine_hashing.ask(q)
    assert not ans["abstained"] and {"002", "004"} <= set(d[:3] for d in ans["plans"])
    both = PlanTable.build(st.docs).referenced("Văn bản nào được cả xã Phong Thổ và Sở VHTTDL Cao Bằng viện dẫn?")
    assert {d[:3] for d in both} == {"003", "004"}


def test_staff_counts_fees_and_title_holders() -> None:
    staff = required_value("Sở Tài chính có bao nhiêu công chức?")
    assert staff is not None and not has_value(staff, fold("100% thủ tục hành chính được cung cấp trực tuyến"))
    assert has_value(staff, fold("100% công chức được bồi dưỡng")) and has_value(staff, fold("có 45 công chức"))
    fee = required_value("Lệ phí cấp giấy phép xây dựng là bao nhiêu?")
    assert fee is not None and not has_value(fee, fold("Tối thiểu 75% hồ sơ được nộp trực tuyến"))
    assert has_value(fee, fold("lệ phí 100.000 đồng/giấy phép"))
    assert required_value("Tỷ lệ giao dịch trên Cổng DVC quốc gia là bao nhiêu?") is not fee  # "quốc gia" ≠ giá



def test_question_about_the_plan_of_another_year_abstains(corpus_engine_hashing: object) -> None:
    """"Kế hoạch năm 2025 của Sở DTTG Lai Châu" when that body's loaded plan is 2026's; an event of another year in a
    2026 plan ("tổng kết CCHC năm 2025") is not a plan year."""
    from assistant.answer.guards import plan_year_mismatch
    from assistant.engine import Engine

    assert isinstance(corpus_engine_hashing, Engine)
    st = corpus_engine_hashing.state
    doc = next(d for d in st.docs if d.startswith("002"))
    assert st.docs[doc].meta.year == 2026
    assert plan_year_mismatch(st, "Kế hoạch CCHC năm 2025 của Sở DTTG Lai Châu giao ai rà soát TTHC?", [doc])
    assert not plan_year_mismatch(st, "Kế hoạch CCHC năm 2026 của Sở DTTG Lai Châu giao ai rà soát TTHC?", [doc])
    assert not plan_year_mismatch(st, "Sở DTTG Lai Châu tổng kết CCHC năm 2025 khi nào?", [doc])
    assert corpus_engine_hashing.ask("ke hoach cchc nam 2024 cua so dttg lai chau giao ai ra soat tthc?")["abstained"]


def test_plan_date_asked_as_the_date_the_plan_bears(corpus_engine_hashing: object) -> None:
    from assistant.engine import Engine

    assert isinstance(corpus_engine_hashing, Engine)
    ans = corpus_engine_hashing.ask("Kế hoạch số 1/KH-VPUBND của Văn phòng UBND tỉnh Lào Cai mang ngày tháng nào?")
    assert "25 tháng 7 năm 2025" in ans["answer"], ans["answer"]


def test_who_needs_a_unit_and_the_topic_in_the_quoted_unit(corpus_engine_hashing: object) -> None:
    """A "who" question is not answered by a sentence naming nobody, nor by one sharing only its framing words
    ("chịu trách nhiệm") with it; the same questions about tasks the plans state are still answered."""
    from assistant.answer.guards import misses_topic, names_agent
    from assistant.engine import Engine

    assert names_agent("Trien khai giai phap theo hudng dan cia So Khoa hoc va Cong nghé")  # OCR without marks
    assert names_agent("các sở, ngành thực hiện") and names_agent("UBND các xã")
    assert not names_agent("Tối thiểu 90% hồ sơ cấp Phiếu lý lịch tư pháp được nộp trực tuyến.")
    assert isinstance(corpus_engine_hashing, Engine)
    scorer = corpus_engine_hashing.answerer().scorer
    q = "Ai chịu trách nhiệm tổ chức đấu giá tài sản công trực tuyến?"
    assert misses_topic(scorer, q, "giao quyền tự chủ, tự chịu trách nhiệm về tài chính", frozenset())
    assert not misses_topic(scorer, q, "Sở Tài chính tổ chức đấu giá tài sản công trực tuyến", frozenset())
    for absent in ("Ai chịu trách nhiệm tổ chức đấu giá tài sản công trực tuyến ở xã Phong Thổ?",
                   "Đơn vị nào của Sở Dân tộc và Tôn giáo Lai Châu lo việc cấp phép xây dựng nhà ở riêng lẻ?"):
        assert corpus_engine_hashing.ask(absent)["abstained"], absent
    ans = corpus_engine_hashing.ask("Ai thẩm định các thủ tục hành chính do cấp xã trình theo kế hoạch của Sở Dân tộc "
                                    "và Tôn giáo Lai Châu?")
    assert "Phòng Chính sách Dân tộc" in ans["answer"], ans["answer"]


def test_two_known_syllables_are_not_two_known_names() -> None:
    """"Tiên Sơn" is unknown even when "Tiên" and "Sơn" each occur; "Hà Tĩnh" + "Bảo hiểm xã hội" are two names."""
    from assistant.answer.abstain import two_names
    from index.normalize import fold

    names = {"tien", "son", "ha tinh", "bao hiem xa hoi"}

    def known(ws: list[str]) -> bool:
        return fold(" ".join(ws)) in names

    assert not two_names(["Tiên", "Sơn"], [], known)
    assert two_names(["Hà", "Tĩnh", "Bảo"], ["hiểm", "xã", "hội"], known)


def test_two_targets_asked_together_are_both_quoted(hashing_engine: object, tmp_path: Path) -> None:
    """"Chỉ tiêu giải quyết trực tuyến toàn trình và mức hài lòng là bao nhiêu?": each target from its own item."""
    from assistant.engine import Engine

    assert isinstance(hashing_engine, Engine)
    plan = tmp_path / "kh.txt"
    plan.write_text(
        "UBND TỈNH QUẢNG NGÃI\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n1. Chỉ tiêu\n"
        "a) Tối thiểu 82% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.\n"
        "b) Mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 92%.\n"
        "c) 100% cơ quan hành chính cấp tỉnh công khai thủ tục hành chính trên Cổng dịch vụ công.\n"
        "II. NHIỆM VỤ\n1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.\n", encoding="utf-8")
    assert not hashing_engine.ingest([plan]).failed
    ans = hashing_engine.ask("Quảng Ngãi đặt chỉ tiêu giải quyết trực tuyến toàn trình và mức hài lòng năm 2026 là bao "
                             "nhiêu?")
    assert "82%" in ans["answer"] and "92%" in ans["answer"], ans["answer"]
    assert "100%" not in ans["answer"]


def test_plan_names_with_abbreviations_and_generic_or_addressed_bodies() -> None:
    """"Ban Quản lý các KCN Bắc Ninh" names that board's plan; "Ban Quản lý" alone, or "báo cáo cho Sở Nội vụ",
    names no plan; "quản lý" is no district ("quận")."""
    from types import SimpleNamespace
    from typing import Any, cast

    from assistant.answer.planref import PlanTable, identity_phrases

    def rec(issuer: str, province: str, number: str) -> Any:
        return SimpleNamespace(meta=SimpleNamespace(issuer=issuer, province=province, number=number, year=2026,
                                                    decision_number=None))

    docs = cast(Any, {"bn": rec("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Bắc Ninh", "09/KH-BQL"),
                      "tn": rec("Sở Nội vụ tỉnh Tây Ninh", "Tây Ninh", "26/KH-SNV")})
    assert "quan ly cac khu cong nghiep" not in identity_phrases(docs["bn"])
    island = rec("Ủy ban nhân dân đặc khu Vân Đồn", "Quảng Ninh", "05/KH-UBND")
    assert {"dac khu van don", "van don"} <= identity_phrases(island)  # a đặc khu is a place like a xã
    table = PlanTable.build(docs)
    assert table.referenced("Ban Quản lý các KCN Bắc Ninh và Sở Nội vụ Tây Ninh báo cáo quý khi nào?") == ["bn", "tn"]
    assert "tn" not in table.scores("Văn phòng Ban gửi báo cáo quý cho Sở Nội vụ khi nào?")
    assert "tn" in table.scores("Kế hoạch của Sở Nội vụ giao ai rà soát TTHC?")


def test_national_bodies_and_one_plan_per_conjunct() -> None:
    """"Cục Đường bộ" names the Cục Đường bộ Việt Nam; each conjunct of "… ở A và … ở B" names its own plan."""
    from types import SimpleNamespace
    from typing import Any, cast

    from assistant.answer.planref import PlanTable, identity_phrases, named_plans

    def rec(issuer: str, province: str | None, number: str | None) -> Any:
        return SimpleNamespace(meta=SimpleNamespace(issuer=issuer, province=province, number=number, year=2026,
                                                    decision_number=None))

    docs = cast(Any, {"cuc": rec("Cục Đường bộ Việt Nam", None, None),
                      "stc": rec("Sở Tài chính tỉnh Ninh Bình", "Ninh Bình", "27/KH-STC")})
    assert "cuc duong bo" in identity_phrases(docs["cuc"])
    dykes = rec("Cục Quản lý đê điều và Phòng, chống thiên tai", None, None)
    assert "cuc de dieu" in identity_phrases(dykes)  # "Cục Quản lý X" is said "Cục X"
    table = PlanTable.build(docs)
    assert named_plans("Cục Đường bộ giao ai chủ trì kết nối dữ liệu?", docs, table) == ["cuc"]
    both = "Ai chủ trì áp dụng chữ ký số ở Sở Tài chính Ninh Bình và ai chủ trì kết nối dữ liệu ở Cục Đường bộ?"
    assert named_plans(both, docs, table) == ["cuc", "stc"]
    assert named_plans("Sở Tài chính Ninh Bình áp dụng chữ ký số khi nào?", docs, table) == ["stc"]
    assert named_plans("KH 27 giao ai chủ trì áp dụng chữ ký số?", docs, table) == ["stc"]  # the number as typed
    assert "kh 27" in identity_phrases(docs["stc"]) and "ke hoach so 27" in identity_phrases(docs["stc"])


def test_sub_tasks_budget_columns_and_tasks_without_partners(hashing_engine: object, tmp_path: Path) -> None:
    """A sub-task's lead is its parent's; "việc con" lists; a budget column is answered; no partner → refusal."""
    from assistant.engine import Engine

    assert isinstance(hashing_engine, Engine)
    plan = tmp_path / "kh.md"
    plan.write_text(
        "# KẾ HOẠCH\n\nCải cách hành chính năm 2026 của UBND tỉnh Cao Bằng\n\n## PHỤ LỤC\n\n"
        "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Kinh phí (triệu đồng) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Rà soát văn bản quy phạm pháp luật sau sắp xếp | Sở Tư pháp | | | |\n"
        "| 1.1 | Rà soát nghị quyết của HĐND tỉnh về phí, lệ phí | | Sở Tài chính | Quý II/2026 | 60 |\n"
        "| 1.2 | Công bố danh mục văn bản hết hiệu lực | | | Quý IV/2026 | |\n"
        "| 2 | Tiếp nhận hồ sơ xuất nhập cảnh tại cửa khẩu Trà Lĩnh | Công an tỉnh | Sở Ngoại vụ | Quý III/2026 "
        "| 300 |\n", encoding="utf-8")
    assert not hashing_engine.ingest([plan]).failed
    ans = hashing_engine.ask("Ai chủ trì rà soát nghị quyết của HĐND tỉnh về phí, lệ phí?")
    assert "Sở Tư pháp" in ans["answer"] and not ans["abstained"], ans["answer"]
    ans = hashing_engine.ask("Kinh phí cho việc tiếp nhận hồ sơ xuất nhập cảnh tại cửa khẩu Trà Lĩnh là bao nhiêu?")
    assert "Kinh phí (triệu đồng): 300" in ans["answer"], ans["answer"]
    ans = hashing_engine.ask("Mục 1 trong phụ lục của Cao Bằng gồm những việc con nào?")
    assert [i["task"] for i in ans["items"]] == ["Rà soát nghị quyết của HĐND tỉnh về phí, lệ phí",
                                                 "Công bố danh mục văn bản hết hiệu lực"], ans["answer"]
    ans = hashing_engine.ask("Cơ quan nào phối hợp công bố danh mục văn bản hết hiệu lực?")
    assert ans["abstained"] and ans.get("abstain_reason") == "no_partner", ans["answer"]


def test_an_article_of_the_decision_named_by_its_number_is_quoted_whole(hashing_engine: object, tmp_path: Path) -> None:
    """"Theo Điều 3 Quyết định 112/QĐ-CTK, ai …": the decision's number names the plan; the article spans two lines."""
    from assistant.engine import Engine

    assert isinstance(hashing_engine, Engine)
    plan = tmp_path / "qd.txt"
    plan.write_text(
        "BỘ TÀI CHÍNH\nCỤC THỐNG KÊ\nSố: 112/QĐ-CTK\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2026 của "
        "Cục Thống kê\nCỤC TRƯỞNG CỤC THỐNG KÊ\nCăn cứ Luật Thống kê;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "Điều 3. Chánh Văn phòng Cục, Trưởng ban Tổ chức cán bộ, Thủ trưởng các đơn vị\n"
        "thuộc Cục chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 3;\nKT. CỤC TRƯỞNG\n"
        "PHÓ CỤC TRƯỞNG\nTrịnh Minh Khuê\nKẾ HOẠCH\nCải cách hành chính năm 2026 của Cục Thống kê\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng phục vụ.\n", encoding="utf-8")
    assert not hashing_engine.ingest([plan]).failed
    ans = hashing_engine.ask("Theo Điều 3 Quyết định 112/QĐ-CTK, ai chịu trách nhiệm thi hành?")
    assert "Trưởng ban Tổ chức cán bộ" in ans["answer"] and "thuộc Cục chịu trách nhiệm" in ans["answer"], ans
    assert ans["citations"][0]["quote"].endswith("thi hành Quyết định này.")


def test_list_questions_name_a_part_but_not_a_generic_or_unit_heading() -> None:
    from assistant.answer.tasklist import named_group

    records = [{"section": "II. NHIỆM VỤ", "lead": "Trung tâm Phục vụ hành chính công"},
               {"section": "IV. TỔ CHỨC THỰC HIỆN > 3. Trung tâm Phục vụ hành chính công > a)",
                "lead": "Trung tâm Phục vụ hành chính công"},
               {"section": "PHỤ LỤC > I. CẢI CÁCH THỂ CHẾ", "lead": "Sở Tư pháp"}]
    q = "Trung tâm Phục vụ hành chính công có những nhiệm vụ gì trong phần tổ chức thực hiện?"
    assert named_group(q, records) == "IV. TỔ CHỨC THỰC HIỆN"
    assert named_group("Trung tâm Phục vụ hành chính công có những nhiệm vụ gì?", records) is None
    assert named_group("Nhóm cải cách thể chế gồm những nhiệm vụ nào?", records) == "I. CẢI CÁCH THỂ CHẾ"


def test_named_unit_prefers_the_better_cased_spelling_whatever_the_order() -> None:
    from assistant.answer.tasklist import named_unit

    ocr, typed = "Văn phòng hđnd và UBND xã", "Văn phòng HĐND và UBND xã"
    q = "Văn phòng HĐND và UBND xã chủ trì những nhiệm vụ nào?"
    for leads in ([ocr, typed], [typed, ocr]):
        assert named_unit(q, [{"lead": u} for u in leads], partners=False) == typed


def test_centre_initials_office_of_a_named_body_and_quarter_questions() -> None:
    from assistant.answer.abstain import unit_mentions
    from assistant.answer.lexicon import lexicon

    assert expand_folded("tt cntt") == "trung tam cong nghe thong tin"
    assert expand_folded("theo tt so 01") == "theo tt so 01" and expand_folded("tt&tt") == "thong tin va truyen thong"
    assert expand_folded("so xd tay ninh") == "so xay dung tay ninh"
    assert unit_mentions("Văn phòng SXD Tây Ninh báo cáo cho ai?") == []  # the office of the Sở, judged as the Sở
    assert "deadline" in lexicon().asked_roles("kiểm tra công vụ tại các phòng - quý mấy?")


def test_a_filler_stops_before_the_questions_verb() -> None:
    from assistant.answer.mismatch import contrast_conflicts

    unit = "Tiếp nhận hồ sơ bằng tiếng Thái cho người dân"
    assert contrast_conflicts("tiếp nhận hồ sơ bằng tiếng Thái làm trong thời gian nào?", unit) == []
    assert contrast_conflicts("tiếp nhận hồ sơ bằng tiếng Thái hạn khi nào?", unit) == []
    assert contrast_conflicts("tiếp nhận hồ sơ bằng tiếng Khmer khi nào?", unit)
    assert contrast_conflicts("cấp văn bằng số cho sinh viên đại học khi nào?",
                              "100% học sinh tốt nghiệp trung học phổ thông được cấp văn bằng số")


def test_a_signer_asked_after_another_question_is_its_own_part() -> None:
    from assistant.answer.compound import needs_own_answer
    from assistant.answer.extractive import Draft

    draft = Draft("Quyết định số 95/QĐ-UBND được ban hành theo đề nghị của Chánh Văn phòng [1].", False, [], 1.0)
    signed = Draft("Kế hoạch do Phan Thị Hà ký [1].", False, [], 1.0)
    scorer: Any = None  # not consulted for a question about the signer
    assert needs_own_answer(scorer, "ai ký?", draft, frozenset())
    assert not needs_own_answer(scorer, "ai ký?", signed, frozenset())


def test_an_unaccented_capitalised_unit_must_be_capitalised_in_the_plan(hashing_engine: Any, tmp_path: Path) -> None:
    """"Khoa Duoc" folds like "khoa được" of "các khoa được giao", which names no unit: refused."""
    plan = tmp_path / "phu-tho_benh-vien-da-khoa_kh-cchc-2026.txt"
    plan.write_text("BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH\n"
                    "Các khoa được giao nhiệm vụ cụ thể.\nII. NHIỆM VỤ\n1. Khoa Khám bệnh chủ trì rút ngắn thời gian "
                    "chờ khám bệnh; hoàn thành trong Quý III/2026.\n", encoding="utf-8")
    assert not hashing_engine.ingest([plan]).failed
    assert hashing_engine.ask("BVDK Phu Tho: Khoa Duoc duoc giao nhiem vu nao, han khi nao?")["abstained"]
    from assistant.answer.abstain import _mentioned

    state, doc = hashing_engine.state, next(iter(hashing_engine.state.docs))
    assert _mentioned(state, "Khoa Kham", doc) and _mentioned(state, "khoa duoc", doc)
    assert not _mentioned(state, "Khoa Duoc", doc) and not _mentioned(state, "Duoc", doc)


def test_the_plan_a_plan_implements_asked_with_words_between() -> None:
    from assistant.answer.metaqa import _IMPLEMENTS

    assert _IMPLEMENTS.search(fold("Sở XD Huế triển khai KH CCHC theo KH số mấy của UBND TP Huế?"))
    assert not _IMPLEMENTS.search(fold("Sở XD Huế triển khai mấy nhiệm vụ?"))


def test_a_favour_asked_of_the_reader_is_no_partner_cue() -> None:
    from assistant.answer.lexicon import lexicon

    assert lexicon().asked_roles("VP HĐND-UBND xã được giao những nhiệm vụ nào? kể ra giúp") == ["lead"]
    assert lexicon().asked_roles("cho biết giúp tôi ai chủ trì việc số hóa?") == ["lead"]
    assert lexicon().asked_roles("ai giúp Sở Nội vụ số hóa hồ sơ?") == ["partner"]
    assert lexicon().is_list("SNV đứng ra làm mấy nhiệm vụ, gồm những gì?")
    assert not lexicon().is_list("Kế hoạch có mấy nhiệm vụ?")
