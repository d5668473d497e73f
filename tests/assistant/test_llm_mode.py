"""LLM mode: the answer verifier (pure), prompt plumbing, backends, and Engine.ask(mode="llm") over HTTP."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.answer.llm_mode import (
    NOT_CONFIGURED,
    answer_prompt,
    clean_reply,
    condense_question,
    generate_checked,
    history_block,
)
from assistant.answer.verify import (
    Passage,
    marker_numbers,
    numbers,
    renumber,
    split_sentences,
    support,
    verify,
)
from assistant.llm import LLAMA_CPP_HINT, LlamaCppLLM, LLMError, OpenAILikeLLM, make_llm
from assistant.settings import CORPUS_DIR, get_settings
from tests.assistant.fake_openai_server import CONDENSED_PREFIX, HALLUCINATION, FakeOpenAIServer

# Two real passages (plan 003, clean) and one OCR-damaged passage (plan 001).
P_REPORT = Passage(
    "Kế hoạch: UBND xã Phong Thổ (23/KH-UBND) | Mục: IV. TỔ CHỨC THỰC HIỆN > 2.\n"
    "Phòng Văn hóa - xã hội chủ trì, phối hợp với các cơ quan, đơn vị có liên quan theo dõi, kiểm tra, "
    "đôn đốc việc thực hiện Kế hoạch cải cách hành chính năm 2025; định kỳ tổng hợp, báo cáo kết quả "
    "thực hiện cho UBND xã, Sở Nội vụ theo quy định.")
P_PERIODIC = Passage(
    "Kế hoạch: UBND xã Phong Thổ (23/KH-UBND) | Mục: IV. TỔ CHỨC THỰC HIỆN > 1.\n"
    "Thực hiện chế độ thông tin báo cáo định kỳ (quý I, 6 tháng, quý III, năm) theo quy định về UBND xã "
    "(qua Phòng Văn hóa - Xã hội).")
OCR_TEXT = ("Kế hoạch: Văn phòng UBND tỉnh Lào Cai | Mục: III. > 1.\n"
            "d) Pinh ky béo cdo két qua, tién do thuc hién vé UBND tinh (qua S& Noi vu) theo quy dinh.")
PASSAGES = [P_REPORT, P_PERIODIC]

GOOD = ("Phòng Văn hóa - xã hội định kỳ tổng hợp, báo cáo kết quả thực hiện cho UBND xã, Sở Nội vụ [1]. "
        "Các đơn vị thực hiện chế độ báo cáo định kỳ quý I, 6 tháng, quý III, năm về UBND xã [2].")


# ---------------------------------------------------------------- verifier (pure functions)

def test_good_answer_passes_and_lists_citations_in_order() -> None:
    v = verify(GOOD, PASSAGES)
    assert v.ok, v.problems
    assert not v.abstained
    assert v.cited == [1, 2]
    assert [c.markers for c in v.sentences] == [[1], [2]]
    assert all(c.support >= 0.9 for c in v.sentences)


def test_marker_out_of_range_is_rejected() -> None:
    v = verify(GOOD.replace("[2]", "[3]"), PASSAGES)
    assert not v.ok
    assert any("[3]" in p for p in v.problems)
    assert v.cited == [1]


def test_unsupported_sentence_is_rejected() -> None:
    answer = GOOD + " Ban Chỉ đạo chuyển đổi số giám sát ngân sách đầu tư công hằng tháng [1]."
    v = verify(answer, PASSAGES)
    assert not v.ok
    bad = [c for c in v.sentences if c.problem]
    assert len(bad) == 1 and bad[0].support < 0.6
    assert "không được đoạn trích [1] hỗ trợ" in v.problems[0]


def test_sentence_supported_by_the_wrong_passage_is_rejected() -> None:
    sentence = "Thực hiện chế độ thông tin báo cáo định kỳ quý I, quý III [{}]."
    assert verify(sentence.format(2), PASSAGES).ok
    v = verify(sentence.format(1), PASSAGES)  # true of passage 2, but it cites passage 1
    assert not v.ok
    assert v.sentences[0].support == pytest.approx(7 / 12)  # "che", "thong", "tin", "i", "iii" are missing
    assert "không được đoạn trích [1] hỗ trợ (58% từ có trong đoạn trích)" in v.problems[0]


def test_made_up_numbers_are_rejected_even_with_copied_words() -> None:
    v = verify("Phòng Văn hóa - xã hội báo cáo kết quả thực hiện năm 2026 cho Sở Nội vụ [1].", PASSAGES)
    assert not v.ok
    assert v.sentences[0].missing_numbers == ["2026"]
    v = verify("Tỷ lệ hồ sơ đạt 80% [1].", [Passage("tỷ lệ hồ sơ đạt tối thiểu 80 % hoặc 80 phần trăm")])
    assert v.ok, v.problems
    assert not verify("Tỷ lệ hồ sơ đạt 85% [1].", [Passage("tỷ lệ hồ sơ đạt tối thiểu 80 %, 85 hồ sơ")]).ok


def test_sentence_without_marker_is_rejected_but_an_introduction_is_not() -> None:
    v = verify("Sở Nội vụ nhận báo cáo. Phòng Văn hóa - xã hội tổng hợp báo cáo [1].", PASSAGES)
    assert not v.ok and "không có trích dẫn" in v.problems[0]
    v = verify("Theo kế hoạch của xã Phong Thổ:\n- Phòng Văn hóa - xã hội tổng hợp, báo cáo Sở Nội vụ [1].", PASSAGES)
    assert v.ok, v.problems
    assert not verify("Phòng Văn hóa - xã hội tổng hợp báo cáo Sở Nội vụ.", PASSAGES).ok
    assert verify("Theo 2 kế hoạch:\n- Phòng Văn hóa - xã hội báo cáo Sở Nội vụ [1].", PASSAGES).ok
    assert not verify("Đạt 95% trong năm:\n- Phòng Văn hóa - xã hội báo cáo Sở Nội vụ [1].", PASSAGES).ok


def test_markers_after_the_full_stop_and_grouped_markers() -> None:
    assert split_sentences("Câu một. [1] Câu hai [2].") == ["Câu một. [1]", "Câu hai [2]."]
    assert split_sentences("Gồm: 1. Sở Nội vụ [1]") == ["Gồm:", "1. Sở Nội vụ [1]"]
    assert marker_numbers("a [1, 3] b [2-3] c [2][1]") == [1, 3, 2, 3, 2, 1]
    answer = ("Phòng Văn hóa - xã hội tổng hợp, báo cáo kết quả thực hiện cho UBND xã, Sở Nội vụ. [1] "
              "Báo cáo định kỳ quý I, 6 tháng, quý III, năm [1, 2].")
    v = verify(answer, PASSAGES)
    assert v.ok, v.problems
    assert v.sentences[1].markers == [1, 2]


def test_numbers_ignore_markers_and_list_enumerators() -> None:
    assert numbers("2. Báo cáo trước ngày 14/7/2025, đạt 80 % [3]") == ["14/7/2025", "80%"]
    assert numbers("Kế hoạch số 23/KH-UBND") == ["23"]


def test_abstention_is_recognised_and_must_not_cite() -> None:
    v = verify("Không tìm thấy thông tin này trong các kế hoạch đã nạp.", PASSAGES)
    assert v.ok and v.abstained
    v = verify("Không tìm thấy thông tin này trong các kế hoạch đã nạp [1].", PASSAGES)
    assert v.abstained and not v.ok
    assert not verify("", PASSAGES).ok
    assert not verify("Sở Nội vụ.", PASSAGES).ok  # no marker at all


def test_ocr_passage_supports_a_sentence_written_with_diacritics() -> None:
    sentence = "Định kỳ báo cáo kết quả, tiến độ thực hiện về UBND tỉnh (qua Sở Nội vụ) [1]."
    ocr, plain = Passage(OCR_TEXT, ocr=True), Passage(OCR_TEXT, ocr=False)
    assert support(sentence, [ocr]) >= 0.9
    assert support(sentence, [plain]) < support(sentence, [ocr])
    assert verify(sentence, [ocr]).ok


def test_renumber_follows_citation_order() -> None:
    assert renumber("a [3]. b [1, 3]. c [1][2-3]", [3, 1, 2]) == "a [1]. b [2][1]. c [2][3][1]"


# ---------------------------------------------------------------- prompts and backends

class ScriptedLLM:
    """A fixed-reply LLM that records prompts (for the prompt plumbing only)."""

    name = "scripted"

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.prompts: list[str] = []

    def complete(self, prompt: str, max_tokens: int = 512) -> str:
        self.prompts.append(prompt)
        return self.reply


def test_prompts_are_filled_from_files() -> None:
    prompt = answer_prompt("Ai báo cáo Sở Nội vụ?", PASSAGES)
    assert "[1] Kế hoạch: UBND xã Phong Thổ" in prompt and "\n\n[2] Kế hoạch:" in prompt
    assert "Câu hỏi: Ai báo cáo Sở Nội vụ?" in prompt
    assert "Không tìm thấy thông tin này trong các kế hoạch đã nạp." in prompt
    history = [{"role": "user", "content": "Ai báo cáo Sở Nội vụ?"},
               {"role": "assistant", "content": "Phòng Văn hóa - xã hội [1]."}]
    assert history_block(history) == "Người dùng: Ai báo cáo Sở Nội vụ?\nTrợ lý: Phòng Văn hóa - xã hội ."
    llm = ScriptedLLM("Câu hỏi độc lập: Xã Phong Thổ báo cáo Sở Nội vụ khi nào?\nGiải thích thêm")
    assert condense_question(llm, "khi nào?", history) == "Xã Phong Thổ báo cáo Sở Nội vụ khi nào?"
    assert "Câu hỏi tiếp theo: khi nào?" in llm.prompts[0] and "Người dùng: Ai báo cáo" in llm.prompts[0]
    assert condense_question(ScriptedLLM("   "), "khi nào?", history) == "khi nào?"
    assert clean_reply("<start_of_turn>Trả lời: \"Sở Nội vụ [1].\"<end_of_turn>") == "Sở Nội vụ [1]."


def test_make_llm_chooses_backend_and_explains_missing_llama_cpp(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    assert make_llm(get_settings(data_dir=tmp_path)) is None
    llm = make_llm(get_settings(data_dir=tmp_path, llm_base_url="http://127.0.0.1:9/v1", llm_model="m"))
    assert isinstance(llm, OpenAILikeLLM) and llm.name == "openai-like:m"
    with pytest.raises(LLMError, match="Không tìm thấy tệp mô hình GGUF"):
        LlamaCppLLM(tmp_path / "missing.gguf")
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF")
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # as if the [llm] extra were not installed
    with pytest.raises(LLMError) as err:
        make_llm(get_settings(data_dir=tmp_path, llm_gguf=gguf))
    assert str(err.value) == LLAMA_CPP_HINT and "pip install -e '.[llm]'" in LLAMA_CPP_HINT


def test_generate_checked_without_llm_configuration(tmp_path: Path) -> None:
    from assistant.state import IndexState

    draft, reason = generate_checked(get_settings(data_dir=tmp_path), "Ai?", [], IndexState(None), None)
    assert draft is None and reason == NOT_CONFIGURED


# ---------------------------------------------------------------- Engine.ask(mode="llm") over real HTTP

@pytest.fixture(scope="module")
def fake_server() -> Iterator[FakeOpenAIServer]:
    srv = FakeOpenAIServer().start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def llm_engine(fake_server: FakeOpenAIServer, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from assistant.engine import Engine

    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("llm-corpus"), embedding_backend="hashing",
                              llm_base_url=fake_server.base_url, llm_model="fake"))
    report = eng.ingest([CORPUS_DIR])
    assert not report.failed, report.failed
    return eng


GROUNDED_Q = "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"
HALLUCINATED_Q = "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến tối thiểu là bao nhiêu?"


def test_grounded_llm_answer_is_kept_with_verbatim_citations(llm_engine: Any, fake_server: FakeOpenAIServer) -> None:
    out = llm_engine.ask(GROUNDED_Q, mode="llm")
    call = fake_server.requests[-1]
    assert call["body"]["model"] == "fake" and call["body"]["temperature"] == 0
    assert "Câu hỏi: " + GROUNDED_Q in call["prompt"] and "[1] Kế hoạch: " in call["prompt"]
    assert out["mode"] == "llm", out.get("llm_fallback")
    assert "llm_fallback" not in out and not out["abstained"]
    assert out["answer"] == call["reply"]  # one passage cited as [1]: nothing to renumber
    assert len(out["citations"]) == 1
    cit = out["citations"][0]
    source = llm_engine.state.docs[cit["document"]].text
    assert cit["quote"] and cit["quote"] in source
    lines = source.splitlines(keepends=True)[cit["line_start"] - 1:cit["line_end"]]
    assert cit["quote"] in "".join(lines)
    assert source.count("\n", 0, source.index(cit["quote"])) + 1 == cit["line_start"]
    assert cit["document"] == out["retrieved"][0]["document"]


def test_hallucinated_llm_answer_falls_back_to_extractive(llm_engine: Any, fake_server: FakeOpenAIServer) -> None:
    out = llm_engine.ask(HALLUCINATED_Q, mode="llm")
    assert fake_server.requests[-1]["reply"] == HALLUCINATION
    assert out["mode"] == "extractive"
    assert "97,5%" in out["llm_fallback"] and "kiểm chứng" in out["llm_fallback"]
    extractive = llm_engine.ask(HALLUCINATED_Q)
    assert out["answer"] == extractive["answer"] and out["citations"] == extractive["citations"]
    assert "97,5" not in out["answer"]


def test_llm_saying_not_found_keeps_the_extractive_answer(llm_engine: Any) -> None:
    out = llm_engine.ask("Ngoài kế hoạch, đơn vị nào báo cáo Sở Nội vụ?", mode="llm")
    assert out["mode"] == "extractive" and out["citations"]
    assert "không tìm thấy câu trả lời" in out["llm_fallback"]


def test_follow_up_is_condensed_by_the_llm(llm_engine: Any, fake_server: FakeOpenAIServer) -> None:
    history = [{"role": "user", "content": GROUNDED_Q}, {"role": "assistant", "content": "Phòng Văn hóa [1]."}]
    before = len(fake_server.requests)
    out = llm_engine.ask("còn Sở Văn hóa thì sao?", history=history, mode="llm")
    condense_call, answer_call = fake_server.requests[before:]
    assert condense_call["prompt"].rstrip().endswith("Câu hỏi độc lập:")
    assert "Người dùng: " + GROUNDED_Q in condense_call["prompt"]
    assert f"Câu hỏi: {CONDENSED_PREFIX} " in answer_call["prompt"]
    assert out["mode"] == "llm", out.get("llm_fallback")


def test_unreachable_server_is_reported(llm_engine: Any, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before use: nothing listens there
    settings = get_settings(data_dir=tmp_path, llm_base_url=f"http://127.0.0.1:{port}/v1", llm_model="fake")
    hits = llm_engine.search(GROUNDED_Q, k=6)
    draft, reason = generate_checked(settings, GROUNDED_Q, hits, llm_engine.state, None)
    assert draft is None
    assert reason is not None and "không trả lời được" in reason and "openai-like:fake" in reason
