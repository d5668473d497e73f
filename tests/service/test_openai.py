"""OpenAI-compatible API through the official ``openai`` client against the running server."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from assistant.api.chat import message_content

QUESTION = "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"


@pytest.fixture
def oai(server: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server}/v1", api_key="khong-dung-den", max_retries=0, timeout=60)


def test_models_lists_the_assistant(oai: openai.OpenAI) -> None:
    assert [m.id for m in oai.models.list()] == ["tro-ly-cchc"]


def test_chat_plain_and_streamed_match_api_ask(oai: openai.OpenAI, client: httpx.Client) -> None:
    expected = client.post("/api/ask", json={"question": QUESTION}).json()
    assert expected["citations"]
    content = message_content(expected)
    assert "\n\nNguồn:\n[1] " in content and "“" in content

    resp = oai.chat.completions.create(model="tro-ly-cchc", messages=[{"role": "user", "content": QUESTION}])
    assert resp.object == "chat.completion" and resp.choices[0].finish_reason == "stop"
    assert resp.choices[0].message.role == "assistant"
    assert resp.choices[0].message.content == content
    assert (resp.model_extra or {})["citations"] == expected["citations"]

    stream = oai.chat.completions.create(model="tro-ly-cchc", stream=True,
                                         messages=[{"role": "user", "content": QUESTION}])
    parts: list[str] = []
    chunks = list(stream)
    for chunk in chunks:
        assert chunk.object == "chat.completion.chunk"
        parts.append(chunk.choices[0].delta.content or "")
    assert len(chunks) > 3
    assert "".join(parts) == content
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert (chunks[-1].model_extra or {})["citations"] == expected["citations"]


def test_last_user_message_is_the_question_and_earlier_ones_history(oai: openai.OpenAI,
                                                                    client: httpx.Client) -> None:
    history = [{"role": "user", "content": "Kế hoạch của xã Phong Thổ có mục tiêu gì?"},
               {"role": "assistant", "content": "Nâng cao chỉ số cải cách hành chính."}]
    question = "Tỷ lệ hồ sơ TTHC xử lý trực tuyến tối thiểu bao nhiêu?"
    expected = client.post("/api/ask", json={"question": question, "history": history}).json()
    resp = oai.chat.completions.create(model="tro-ly-cchc", messages=[
        {"role": "system", "content": "Bạn là trợ lý."}, *history,  # type: ignore[list-item]
        {"role": "user", "content": [{"type": "text", "text": question}]}])
    assert resp.choices[0].message.content == message_content(expected)


def test_sse_wire_format(server: str) -> None:
    body = {"model": "tro-ly-cchc", "stream": True, "messages": [{"role": "user", "content": "so noi vu bao cao khi nao"}]}
    with httpx.stream("POST", f"{server}/v1/chat/completions", json=body, timeout=60) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line]
    assert all(e.startswith("data: ") for e in events)
    assert events[-1] == "data: [DONE]"
    objs = [json.loads(e[6:]) for e in events[:-1]]
    assert objs[0]["choices"][0]["delta"]["role"] == "assistant"
    assert "citations" in objs[-1] and all(o["model"] == "tro-ly-cchc" for o in objs)


def test_errors(oai: openai.OpenAI, server: str) -> None:
    with pytest.raises(openai.NotFoundError):
        oai.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": QUESTION}])
    with pytest.raises(openai.UnprocessableEntityError):
        oai.chat.completions.create(model="tro-ly-cchc", messages=[{"role": "system", "content": "x"}])
    with pytest.raises(openai.UnprocessableEntityError):
        oai.chat.completions.create(model="tro-ly-cchc", messages=[{"role": "user", "content": "   "}])
    r = httpx.post(f"{server}/v1/chat/completions", json={"model": "tro-ly-cchc", "messages": "x"})
    assert r.status_code == 422 and "tin nhắn" in r.json()["detail"]
