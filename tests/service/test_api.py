"""REST API over real HTTP: every endpoint, Vietnamese errors, uploads, jobs, deletion, API key."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from tests.service.conftest import running, wait_job

VIET = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.I)
QUESTION = "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"

NEW_PLAN = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 99/KH-SKHCN
Lào Cai, ngày 5 tháng 1 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2026 của Sở Khoa học và Công nghệ
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng phục vụ người dân, doanh nghiệp; số hóa hồ sơ lưu trữ khoáng vật học.
II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thủ tục hành chính
- Rà soát thủ tục hành chính về đo lường chất lượng sản phẩm hàng hóa.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở tổng hợp, báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng 6 năm 2026.
"""


def vietnamese(detail: object) -> bool:
    return isinstance(detail, str) and bool(VIET.search(detail))


def test_root_redirects_to_ui_and_docs_served(client: httpx.Client) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code in (302, 307) and r.headers["location"].startswith("/ui")
    assert client.get("/ui/").status_code == 200
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/ask", "/api/search", "/api/documents", "/api/documents/{doc_id}", "/api/jobs/{job_id}",
              "/api/health", "/v1/models", "/v1/chat/completions"):
        assert p in paths


def test_health(client: httpx.Client, svc_engine: Engine) -> None:
    h = client.get("/api/health").json()
    assert h["status"] == "ok"
    assert h["plans"] >= 5 and h["chunks"] > 50
    assert "hashing" in h["embedding"] and "llm" in h


def test_ask_answers_with_verbatim_citations(client: httpx.Client, svc_engine: Engine) -> None:
    r = client.post("/api/ask", json={"question": QUESTION})
    assert r.status_code == 200, r.text
    a = r.json()
    assert a["question"] == QUESTION and not a["abstained"]
    assert a["citations"] and "[1]" in a["answer"]
    for c in a["citations"]:
        assert c["quote"] in svc_engine.state.docs[c["document"]].text
        assert c["section"] and c["line_start"] <= c["line_end"]
    assert a["retrieved"] and a["latency_ms"] >= 0


def test_ask_filters_restrict_plans_and_history_accepted(client: httpx.Client, svc_engine: Engine) -> None:
    doc = svc_engine.documents()[0]["doc_id"]
    body = {"question": "báo cáo kết quả thực hiện", "filters": {"documents": [doc]}, "top_k": 5,
            "history": [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "…"}]}
    a = client.post("/api/ask", json=body).json()
    assert {c["document"] for c in a["citations"]} <= {doc}
    assert {p["document"] for p in a["retrieved"]} <= {doc}


@pytest.mark.parametrize("body", [{"question": ""}, {"question": "   \n\t "}, {}, {"question": 42},
                                  {"question": "x", "mode": "tho"}, {"question": "x", "top_k": 0}])
def test_ask_rejects_bad_questions_with_422(client: httpx.Client, body: dict[str, object]) -> None:
    r = client.post("/api/ask", json=body)
    assert r.status_code == 422
    assert vietnamese(r.json()["detail"]), r.json()


def test_ask_rejects_malformed_json_and_too_long(client: httpx.Client, svc_engine: Engine) -> None:
    r = client.post("/api/ask", content=b"{question: ", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["detail"] and vietnamese(r.json()["detail"])
    long_q = "báo cáo " * (svc_engine.settings.max_question_chars // 8 + 10)
    r = client.post("/api/ask", json={"question": long_q})
    assert r.status_code == 413 and "quá dài" in r.json()["detail"]


def test_search_ranks_passages(client: httpx.Client) -> None:
    r = client.post("/api/search", json={"query": "so noi vu bao cao khi nao", "k": 4})
    hits = r.json()
    assert r.status_code == 200 and len(hits) == 4
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert all(h["section"] and h["text"] and h["document"] for h in hits)
    assert client.post("/api/search", json={"query": " "}).status_code == 422


def test_documents_detail_facts_and_404(client: httpx.Client) -> None:
    docs = client.get("/api/documents").json()
    assert len(docs) >= 5 and all(d["doc_id"] and d["chunks"] > 0 for d in docs)
    doc_id = docs[0]["doc_id"]
    d = client.get(f"/api/documents/{doc_id}").json()
    assert d["doc_id"] == doc_id and d["outline"]["children"]
    facts = client.get(f"/api/documents/{doc_id}/facts").json()
    assert isinstance(facts, list)
    if facts:
        kind = facts[0]["kind"]
        some = client.get(f"/api/documents/{doc_id}/facts", params={"kind": kind}).json()
        assert some and all(f["kind"] == kind for f in some)
    for path in ("/api/documents/khong-co", "/api/documents/khong-co/facts"):
        r = client.get(path)
        assert r.status_code == 404 and "Không tìm thấy kế hoạch" in r.json()["detail"]
    r = client.delete("/api/documents/khong-co")
    assert r.status_code == 404 and vietnamese(r.json()["detail"])
    r = client.get("/api/jobs/khong-co")
    assert r.status_code == 404 and vietnamese(r.json()["detail"])


def test_upload_valid_plan_is_ingested_then_deleted(client: httpx.Client, svc_engine: Engine) -> None:
    before = {d["doc_id"] for d in client.get("/api/documents").json()}
    r = client.post("/api/documents", files=[("files", ("ke-hoach-khcn-2026.txt", NEW_PLAN.encode(), "text/plain"))])
    assert r.status_code == 202, r.text
    job_id = r.json()["job_id"]
    job = wait_job(client, job_id)
    assert job["status"] == "done" and job["progress"] == {"done": 1, "total": 1}
    (f,) = job["files"]
    assert f["file"] == "ke-hoach-khcn-2026.txt" and f["status"] == "added" and f["error"] is None
    assert not (svc_engine.settings.data_dir / "uploads" / job_id).exists()  # cleaned once ingested
    docs = {d["doc_id"]: d for d in client.get("/api/documents").json()}
    assert set(docs) == before | {f["doc_id"]}
    hits = client.post("/api/search", json={"query": "khoáng vật học", "k": 3}).json()
    assert hits[0]["document"] == f["doc_id"]
    r = client.delete(f"/api/documents/{f['doc_id']}")
    assert r.status_code == 200 and r.json()["deleted"] == f["doc_id"]
    assert client.get(f"/api/documents/{f['doc_id']}").status_code == 404
    assert {d["doc_id"] for d in client.get("/api/documents").json()} == before


def test_corrupt_pdf_fails_in_job_and_leaves_index_unchanged(client: httpx.Client) -> None:
    before_docs = client.get("/api/documents").json()
    before = client.get("/api/health").json()
    corrupt = b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + bytes(range(256)) * 20 + b"\n%%EOF"
    r = client.post("/api/documents", files=[("files", ("bao-cao-hong.pdf", corrupt, "application/pdf"))])
    assert r.status_code == 202
    job = wait_job(client, r.json()["job_id"])
    assert job["status"] == "failed"
    (f,) = job["files"]
    assert f["status"] == "failed" and "bao-cao-hong.pdf" in f["error"] and vietnamese(f["error"])
    after = client.get("/api/health").json()
    assert (after["plans"], after["chunks"]) == (before["plans"], before["chunks"])
    assert client.get("/api/documents").json() == before_docs


def test_upload_names_are_sanitised(client: httpx.Client, svc_engine: Engine) -> None:
    data_dir = svc_engine.settings.data_dir
    r = client.post("/api/documents", files=[("files", ("../../thoat-ra.txt", NEW_PLAN.encode(), "text/plain")),
                                             ("files", ("..\\..\\thoat-ra.txt", NEW_PLAN.encode(), "text/plain"))])
    assert r.status_code == 202
    job_id = r.json()["job_id"]
    job = wait_job(client, job_id)
    statuses = sorted((f["status"], f["doc_id"]) for f in job["files"])
    assert statuses == [("added", "thoat-ra"), ("duplicate", "thoat-ra")]  # same bytes twice: one plan
    assert not (data_dir.parent / "thoat-ra.txt").exists() and not (data_dir / "thoat-ra.txt").exists()
    for f in job["files"]:
        if f["doc_id"]:
            client.delete(f"/api/documents/{f['doc_id']}")


def test_upload_rejects_content_that_is_not_a_plan_format(client: httpx.Client, svc_engine: Engine) -> None:
    uploads = svc_engine.settings.data_dir / "uploads"
    jobs_before = set(uploads.iterdir()) if uploads.exists() else set()
    cases = [("virus.exe", b"MZ\x90\x00" + bytes(300)), ("ke-hoach.pdf", b"day la van ban thuong, khong phai PDF"),
             ("anh.png", bytes(range(256)) * 4), ("ke-hoach.txt", b"\x00\x01\x02\x03" * 100)]
    for name, data in cases:
        r = client.post("/api/documents", files=[("files", (name, data, "application/octet-stream"))])
        assert r.status_code == 415, (name, r.text)
        assert name in r.json()["detail"] and vietnamese(r.json()["detail"])
    mixed = [("files", ("tot.txt", NEW_PLAN.encode(), "text/plain")), ("files", ("xau.docx", b"garbage", "x/y"))]
    assert client.post("/api/documents", files=mixed).status_code == 415
    assert (set(uploads.iterdir()) if uploads.exists() else set()) == jobs_before
    r = client.post("/api/documents", files={})
    assert r.status_code == 422 and vietnamese(r.json()["detail"])


def test_upload_size_limit_by_header_and_by_stream(svc_engine: Engine, tmp_path: Path) -> None:
    from assistant.api import create_app

    settings = get_settings(data_dir=svc_engine.settings.data_dir, embedding_backend="hashing", max_upload_mb=1)
    big = b"ke hoach cai cach hanh chinh\n" * 80_000  # ~2.3 MB of valid text
    with running(create_app(settings, svc_engine)) as url, httpx.Client(base_url=url, timeout=60) as c:
        r = c.post("/api/documents", files=[("files", ("lon.txt", big, "text/plain"))])
        assert r.status_code == 413 and "1 MB" in r.json()["detail"]
        boundary = "cchcboundary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"lon.txt\"\r\n"
                f"Content-Type: text/plain\r\n\r\n").encode() + big + f"\r\n--{boundary}--\r\n".encode()

        def chunks() -> object:
            for i in range(0, len(body), 65536):
                yield body[i:i + 65536]

        r = c.post("/api/documents", content=chunks(),  # type: ignore[arg-type]
                   headers={"content-type": f"multipart/form-data; boundary={boundary}"})
        assert r.status_code == 413 and vietnamese(r.json()["detail"])
        small = c.post("/api/documents", files=[("files", ("nho.txt", NEW_PLAN.encode(), "text/plain"))])
        assert small.status_code == 202
        job = wait_job(c, small.json()["job_id"])
        for f in job["files"]:
            if f["doc_id"]:
                c.delete(f"/api/documents/{f['doc_id']}")


def test_api_key_required_when_configured(svc_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.api import create_app
    from assistant.ui.handlers import BAD_KEY, Handlers

    monkeypatch.setenv("CCHC_API_KEY", "khoa-bi-mat")
    settings = get_settings(data_dir=svc_engine.settings.data_dir, embedding_backend="hashing")
    assert settings.api_key == "khoa-bi-mat"
    app = create_app(settings, svc_engine)
    with running(app) as url, httpx.Client(base_url=url, timeout=60) as c:
        for method, path in (("GET", "/api/health"), ("GET", "/api/documents"), ("GET", "/v1/models"),
                             ("POST", "/api/ask"), ("POST", "/v1/chat/completions")):
            for headers in ({}, {"Authorization": "Bearer sai"}, {"Authorization": "khoa-bi-mat"}):
                r = c.request(method, path, headers=headers, json={"question": QUESTION})
                assert r.status_code == 401, (path, headers)
                assert vietnamese(r.json()["detail"]) and r.headers["www-authenticate"] == "Bearer"
        ok = {"Authorization": "Bearer khoa-bi-mat"}
        assert c.get("/api/health", headers=ok).status_code == 200
        assert c.post("/api/ask", headers=ok, json={"question": QUESTION}).json()["citations"]
        assert c.get("/ui/").status_code == 200  # the page loads; its handlers ask for the key
    handlers = Handlers(svc_engine, app.state.jobs, settings)
    out = list(handlers.respond(QUESTION, [], None, "sai", [], "", "", "extractive"))
    assert out[-1][0][-1]["content"] == BAD_KEY
    good = list(handlers.respond(QUESTION, [], None, "khoa-bi-mat", [], "", "", "extractive"))
    assert "cchc-card" in good[-1][0][-1]["content"]
