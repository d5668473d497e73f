"""Security and fault defects of issue 9, each exercised through the real server (uvicorn on loopback)."""

from __future__ import annotations

import io
import json
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.api import create_app
from assistant.engine import Engine
from assistant.settings import CORPUS_DIR, Settings, get_settings
from tests.service.conftest import running, wait_job
from tests.service.test_api import NEW_PLAN, vietnamese

PLAN_004 = "004_cao-bang_so-vhttdl_2025.txt"
SECRET = "Mật khẩu máy chủ là zebra-horse-42, không được lộ."


def make_settings(tmp: Path, **extra: object) -> Settings:
    return get_settings(data_dir=tmp / "data", embedding_backend="hashing", **extra)


@pytest.fixture(scope="module")
def sec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Engine]]:
    """A server over two corpus plans (one of them 004) with small per-file limits."""
    tmp = tmp_path_factory.mktemp("sec")
    settings = make_settings(tmp, max_pages=3, max_uncompressed_mb=5)
    engine = Engine(settings)
    assert not engine.ingest([CORPUS_DIR / PLAN_004, CORPUS_DIR / "003_lai-chau_xa-phong-tho_2025-h2.txt"]).failed
    with running(create_app(settings, engine)) as url:
        yield url, engine


@pytest.fixture
def api(sec: tuple[str, Engine]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sec[0], timeout=60) as c:
        yield c


def gradio_call(client: httpx.Client, fn: str, data: list[object]) -> list[str]:
    """Call a Gradio event over its HTTP API and return the data of every message it streamed."""
    r = client.post(f"/ui/gradio_api/call/{fn}", json={"data": data})
    assert r.status_code == 200, r.text
    out: list[str] = []
    with client.stream("GET", f"/ui/gradio_api/call/{fn}/{r.json()['event_id']}") as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                out.append(line[5:].strip())
    return out


# 1. arbitrary file read through the Gradio upload handler
def test_gradio_upload_handler_refuses_server_paths(api: httpx.Client, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(f"KẾ HOẠCH bí mật\n{SECRET}\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(secret)
    files = [{"path": str(p), "meta": {"_type": "gradio.FileData"}, "orig_name": "s.txt"} for p in (secret, link)]
    for variant in (files, files[1:], [{"path": str(secret), "orig_name": "s.txt"}]):
        for route in ("/ui/gradio_api/call/upload", "/ui/gradio_api/queue/join"):
            r = api.post(route, json={"data": [variant, ""], "fn_index": 0, "session_hash": "x"})
            assert r.status_code == 403 and vietnamese(r.json()["detail"])
    hits = api.post("/api/search", json={"query": "zebra-horse-42 mật khẩu máy chủ"}).json()
    assert all("zebra" not in h["text"] for h in hits)


def test_gradio_upload_route_is_bounded_kept_in_data_dir_and_cleaned(sec: tuple[str, Engine], api: httpx.Client) -> None:
    engine = sec[1]
    r = api.post("/ui/gradio_api/upload", files={"files": ("ke-hoach-moi.txt", NEW_PLAN.encode(), "text/plain")})
    assert r.status_code == 200, r.text
    (stored,) = r.json()
    gradio_dir = (engine.settings.uploads_dir / "gradio").resolve()
    assert gradio_dir in Path(stored).resolve().parents
    limit = engine.settings.max_upload_mb * 1024 * 1024
    big = api.post("/ui/gradio_api/upload", files={"files": ("to.txt", b"a" * (limit + 200_000), "text/plain")})
    assert big.status_code == 413
    messages = gradio_call(api, "upload", [[{"path": stored, "meta": {"_type": "gradio.FileData"},
                                             "orig_name": "ke-hoach-moi.txt"}], ""])
    final = json.loads(messages[-1])[0]
    assert "Hoàn tất" in final and "đã thêm" in final
    assert not Path(stored).exists()  # the temp copy is deleted once read
    added = [d["doc_id"] for d in api.get("/api/documents").json() if d["doc_id"].startswith("ke-hoach-moi")]
    for doc_id in added:
        api.delete(f"/api/documents/{doc_id}")


def test_gradio_upload_route_needs_the_key_when_set(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, api_key="khoa-bi-mat")
    engine = Engine(settings)
    with running(create_app(settings, engine)) as url, httpx.Client(base_url=url, timeout=30) as c:
        files = {"files": ("a.txt", NEW_PLAN.encode(), "text/plain")}
        assert c.post("/ui/gradio_api/upload", files=files).status_code == 401
        assert c.post("/ui/gradio_api/upload", files=files, headers={"Authorization": "Bearer sai"}).status_code == 401
        ok = c.post("/ui/gradio_api/upload", files=files, headers={"Cookie": "cchc_key=khoa-bi-mat"})
        assert ok.status_code == 200
        ok = c.post("/ui/gradio_api/upload", files=files, headers={"Authorization": "Bearer khoa-bi-mat"})
        assert ok.status_code == 200


# 2. one request must not stall the others
def test_huge_history_turn_is_bounded(api: httpx.Client) -> None:
    history = [{"role": "user", "content": "Ai chủ trì " + "rà soát thủ tục " * 60_000},
               {"role": "assistant", "content": "…"}]
    assert len(history[0]["content"]) > 900_000
    r = api.post("/api/ask", json={"question": "còn Sở Nội vụ thì sao?", "history": history[:1]})
    assert r.status_code == 422  # a turn over 50,000 characters is refused outright
    history[0]["content"] = history[0]["content"][:45_000]
    t0 = time.monotonic()
    result: dict[str, object] = {}

    def slow() -> None:
        result["r"] = api.post("/api/ask", json={"question": "còn Sở Nội vụ thì sao?", "history": history})

    worker = threading.Thread(target=slow)
    worker.start()
    with httpx.Client(base_url=str(api.base_url), timeout=60) as other:
        assert other.post("/api/search", json={"query": "Sở Nội vụ"}).status_code == 200
    worker.join(timeout=60)
    r2 = result["r"]
    assert isinstance(r2, httpx.Response) and r2.status_code == 200
    assert len(r2.json()["question"]) <= 1000
    assert time.monotonic() - t0 < 30


@pytest.mark.parametrize("question", ["😀" * 1000, "a\u0301\u0302\u0303" * 250, "̀" * 1000])
def test_pathological_questions_answer(api: httpx.Client, question: str) -> None:
    r = api.post("/api/ask", json={"question": question})
    assert r.status_code == 200 and r.json()["abstained"] is True


def test_v1_messages_are_bounded(api: httpx.Client) -> None:
    body = {"model": "tro-ly-cchc", "messages": [{"role": "user", "content": "x" * 10}] * 101}
    assert api.post("/v1/chat/completions", json=body).status_code == 422
    body = {"model": "tro-ly-cchc", "messages": [{"role": "user", "content": "Ai ký kế hoạch " * 5000},
                                                 {"role": "user", "content": "còn xã Phong Thổ thì sao?"}]}
    assert api.post("/v1/chat/completions", json=body).status_code == 200


# 3. plans are identified by content, replacing is explicit, cross-origin writes refused
def test_upload_named_like_existing_plan_does_not_replace_it(api: httpx.Client) -> None:
    before = api.get("/api/documents/004").json()
    r = api.post("/api/documents", files=[("files", (PLAN_004, b"KE HOACH rac\nNoi dung rac khong lien quan.\n",
                                                     "text/plain"))])
    job = wait_job(api, r.json()["job_id"])
    (f,) = job["files"]
    assert f["status"] == "added" and f["doc_id"] != "004_cao-bang_so-vhttdl_2025"
    assert api.get("/api/documents/004_cao-bang_so-vhttdl_2025").json()["sha256"] == before["sha256"]
    api.delete(f"/api/documents/{f['doc_id']}")


def test_identical_content_is_a_duplicate_and_same_stem_twice_keeps_both(api: httpx.Client) -> None:
    n = len(api.get("/api/documents").json())
    original = (CORPUS_DIR / PLAN_004).read_bytes()
    r = api.post("/api/documents", files=[("files", ("ban-sao.txt", original, "text/plain")),
                                          ("files", ("dup.txt", NEW_PLAN.encode(), "text/plain")),
                                          ("files", ("dup.md", NEW_PLAN.replace("99/KH", "98/KH").encode(),
                                                     "text/markdown"))])
    job = wait_job(api, r.json()["job_id"])
    by_file = {f["file"]: f for f in job["files"]}
    assert by_file["ban-sao.txt"]["status"] == "duplicate"
    assert by_file["ban-sao.txt"]["doc_id"] == "004_cao-bang_so-vhttdl_2025"
    assert "trùng nội dung" in by_file["ban-sao.txt"]["error"]
    assert {by_file["dup.txt"]["doc_id"], by_file["dup.md"]["doc_id"]} == {"dup", "dup-2"}
    assert len(api.get("/api/documents").json()) == n + 2
    for doc_id in ("dup", "dup-2"):
        api.delete(f"/api/documents/{doc_id}")


def test_replace_is_explicit_with_put(api: httpx.Client) -> None:
    r = api.post("/api/documents", files=[("files", ("thay-the.txt", NEW_PLAN.encode(), "text/plain"))])
    doc_id = wait_job(api, r.json()["job_id"])["files"][0]["doc_id"]
    newer = NEW_PLAN.replace("khoáng vật học", "thiên văn học vô tuyến")
    r = api.put(f"/api/documents/{doc_id}", files=[("files", ("khac-ten.txt", newer.encode(), "text/plain"))])
    assert r.status_code == 202
    (f,) = wait_job(api, r.json()["job_id"])["files"]
    assert (f["doc_id"], f["status"]) == (doc_id, "updated")
    hits = api.post("/api/search", json={"query": "thiên văn học vô tuyến", "k": 1}).json()
    assert hits[0]["document"] == doc_id
    assert api.put("/api/documents/khong-co", files=[("files", ("a.txt", b"abc", "text/plain"))]).status_code == 404
    api.delete(f"/api/documents/{doc_id}")


def test_cross_origin_writes_are_refused(api: httpx.Client) -> None:
    evil = {"Origin": "http://evil.example"}
    r = api.post("/api/documents", files=[("files", ("a.txt", NEW_PLAN.encode(), "text/plain"))], headers=evil)
    assert r.status_code == 403 and vietnamese(r.json()["detail"])
    assert api.delete("/api/documents/004", headers=evil).status_code == 403
    same = {"Origin": str(api.base_url).rstrip("/")}
    assert api.post("/api/search", json={"query": "Sở Nội vụ"}, headers=same).status_code == 200


# 4. ingest jobs: readers never wait, bounded work per file, cancel, restart
def test_reads_do_not_wait_for_a_running_ingest(sec: tuple[str, Engine], api: httpx.Client) -> None:
    engine = sec[1]
    with engine._write_lock:  # an ingest in progress holds the writer lock for its whole duration
        t0 = time.monotonic()
        assert api.get("/api/health").status_code == 200
        assert api.post("/api/ask", json={"question": "Ai ký kế hoạch của xã Phong Thổ?"}).status_code == 200
        assert time.monotonic() - t0 < 10


def zip_bomb_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document>" + " " * (40 * 1024 * 1024) + "</w:document>")
    return buf.getvalue()


def test_costly_files_fail_with_vietnamese_errors(api: httpx.Client, tmp_path: Path) -> None:
    from tests.fixtures_gen import make_text_pdf

    pdf = make_text_pdf(tmp_path / "dai.pdf", NEW_PLAN * 12, lines_per_page=20).read_bytes()
    r = api.post("/api/documents", files=[("files", ("bom.docx", zip_bomb_docx(), "application/octet-stream")),
                                          ("files", ("dai.pdf", pdf, "application/pdf"))])
    job = wait_job(api, r.json()["job_id"])
    by_file = {f["file"]: f for f in job["files"]}
    assert by_file["bom.docx"]["status"] == "failed" and "giải nén" in by_file["bom.docx"]["error"]
    assert by_file["dai.pdf"]["status"] == "failed" and "vượt giới hạn 3 trang" in by_file["dai.pdf"]["error"]


def test_job_cancel_commits_nothing_and_jobs_survive_restart(sec: tuple[str, Engine], api: httpx.Client) -> None:
    engine = sec[1]
    before = api.get("/api/documents").json()
    with engine._write_lock:  # keep the job from starting its commit while we cancel it
        r = api.post("/api/documents", files=[("files", ("huy.txt", NEW_PLAN.encode(), "text/plain"))])
        job_id = r.json()["job_id"]
        c = api.delete(f"/api/jobs/{job_id}")
        assert c.status_code == 200
    job = wait_job_final(api, job_id)
    assert job["status"] == "cancelled" and vietnamese(job["error"])
    assert api.get("/api/documents").json() == before
    # a job left "running" by a killed process is reported as interrupted by the next one
    record = json.loads((engine.settings.jobs_dir / f"{job_id}.json").read_text(encoding="utf-8"))
    record.update(status="running", job_id="killed0000000000")
    (engine.settings.jobs_dir / "killed0000000000.json").write_text(json.dumps(record), encoding="utf-8")
    (engine.settings.uploads_dir / "killed0000000000").mkdir(parents=True)
    from assistant.api.jobs import JobManager

    restarted = JobManager(engine)
    job2 = restarted.get("killed0000000000")
    assert job2 is not None and job2.status == "interrupted" and job2.error
    assert not (engine.settings.uploads_dir / "killed0000000000").exists()
    assert restarted.get(job_id) is not None  # finished jobs are still known after a restart


def wait_job_final(client: httpx.Client, job_id: str, timeout: float = 60) -> dict[str, object]:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed", "cancelled", "interrupted"):
            return dict(job)
        time.sleep(0.1)
    raise AssertionError("job did not finish")


# 8. low: surrogates, too many files
def test_lone_surrogate_is_422(api: httpx.Client) -> None:
    body = '{"question": "Ai k\\ud800 k\u1ebf ho\u1ea1ch?"}'
    r = api.post("/api/ask", content=body.encode(), headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and vietnamese(r.json()["detail"])
    r = api.post("/api/search", content=b'{"query": "\\udfff"}', headers={"Content-Type": "application/json"})
    assert r.status_code == 422


def test_too_many_files_says_why(api: httpx.Client) -> None:
    files = [("files", (f"f{i}.txt", b"x", "text/plain")) for i in range(1001)]
    r = api.post("/api/documents", files=files)
    assert 400 <= r.status_code < 500 and "Quá nhiều tệp" in r.json()["detail"]
    files = files[:101]
    r = api.post("/api/documents", files=files)
    assert r.status_code == 413 and "tối đa 100" in r.json()["detail"]
