"""Scale correctness: generated plan variants, paged Chroma prune, incremental commits with lexical shards."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.engine import Engine
from eval.scale import generate, variant_text
from index.lexical import DocShard, LexicalIndex, chunk_tokens
from index.pipeline import SHARD_FILE, retrievable_units
from index.types import Chunk
from index.vectorstore import ChromaStore, make_chroma_client


def test_variants_are_deterministic_and_rewritten(tmp_path: Path) -> None:
    a = generate(8, tmp_path / "a")
    b = generate(8, tmp_path / "b")
    assert [p.name for p in a] == [p.name for p in b]
    assert all(x.read_text(encoding="utf-8") == y.read_text(encoding="utf-8") for x, y in zip(a, b, strict=True))
    assert a[0].name.startswith("000_") and a[5].name.startswith("v00005_")
    source = a[0].read_text(encoding="utf-8")
    text, info = variant_text(source, 5)
    assert "Lào Cai" not in text or info["province"] == "Lào Cai"
    assert info["province"] in text and info["unit"] in text
    assert text != source


def test_prune_and_delete_page_through_thousands_of_ids(tmp_path: Path) -> None:
    store = ChromaStore(make_chroma_client(tmp_path / "chroma"), "test-dim4")
    chunks = [Chunk(chunk_id=f"p{i % 3}:h:{i:05d}", doc_id=f"p{i % 3}", text="x", section="s", line_start=1,
                    line_end=1) for i in range(2400)]
    vecs = np.random.default_rng(0).random((len(chunks), 4)).astype(np.float32)
    store.add(chunks, vecs, {"p0": "p0@old", "p1": "p1@old", "p2": "p2@new"})
    assert store.count() == 2400
    assert len(store.existing_ids([c.chunk_id for c in chunks])) == 2400
    assert store.prune({"p2@new", "p1@old"}) == 800  # a full sweep, page by page
    assert store.delete_versions(["p1@old", "nothing@here"]) == 800
    assert store.count() == 800
    got = store.query(vecs[2], 5, {"p2@new"})
    assert len(got) == 5 and all(cid.startswith("p2:") for cid, _ in got)
    assert store.query(vecs[2], 5, {"p2@new"}, accept=lambda cid: cid.startswith("p0:")) == []
    big = {"p2@new", *(f"x{i}@v" for i in range(300))}  # too many for a filter: checked on the metadata
    assert [c for c, _ in store.query(vecs[2], 5, big)] == [c for c, _ in got]
    assert len(store.query(vecs[2], 5, accept=lambda cid: cid.startswith("p2:"))) == 5
    assert store.delete_except("p2", None) == 800 and store.count() == 0


@pytest.fixture
def plans(tmp_path: Path) -> tuple[Path, Path]:
    first, extra = tmp_path / "first", tmp_path / "extra"
    generate(45, first)
    generate(15, extra, start=45)
    return first, extra


def _stored_versions(eng: Engine) -> set[str]:
    col = eng.vectors.collection
    out: set[str] = set()
    offset = 0
    while True:
        got = col.get(include=["metadatas"], limit=500, offset=offset)
        out.update(m["version"] for m in got["metadatas"] or [])
        if len(got["ids"]) < 500:
            return out
        offset += 500


def test_incremental_ingest_of_generated_plans(plans: tuple[Path, Path], hashing_engine: Engine) -> None:
    first, extra = plans
    stages: list[tuple[str, str]] = []
    hashing_engine.indexer.stage_progress = lambda kind, data: stages.append((str(data["stage"]), str(data["state"])))
    report = hashing_engine.ingest([first])
    assert not report.failed and len(hashing_engine.state.docs) == 45
    assert ("lexical", "done") in stages and ("prune", "done") in stages
    # every plan's folder holds its lexical shard; the merged index covers every unit
    st = hashing_engine.state
    assert set(st.lexical.ids) == set(st.units)
    folder = hashing_engine.catalog.current_dir()
    assert folder is not None and all((folder / "docs" / d / SHARD_FILE).exists() for d in st.docs)

    for doc_id in sorted(st.docs)[:5]:  # as if written before shards existed: rebuilt from the records
        (folder / "docs" / doc_id / SHARD_FILE).unlink()

    # incremental: the 45 are unchanged, 15 are added; the result equals an index built from scratch
    again = hashing_engine.ingest([first, extra])
    assert sorted({f.status for f in again.files}) == ["added", "unchanged"]
    assert sum(f.status == "added" for f in again.files) == 15
    st = hashing_engine.state
    assert len(st.docs) == 60
    ids, toks = [], []
    for rec in st.docs.values():
        for u in retrievable_units(rec):
            ids.append(u.chunk_id)
            toks.append(chunk_tokens(u.retrieval_text, rec.ocr_damaged))
    scratch = LexicalIndex.build(ids, toks)
    assert scratch.ids == st.lexical.ids
    for q in ("báo cáo Sở Nội vụ trước ngày", "tỷ lệ hồ sơ trực tuyến toàn trình"):
        assert np.allclose(scratch.scores(q), st.lexical.scores(q), atol=1e-4)
    assert _stored_versions(hashing_engine) == st.versions

    # change one plan, remove another: only committed versions keep vectors
    changed = next(extra.iterdir())
    changed.write_text(changed.read_text(encoding="utf-8") + "\n- Bổ sung: kiểm tra đột xuất tháng 11.\n",
                       encoding="utf-8")
    hashing_engine.ingest([changed])
    gone = hashing_engine.remove(sorted(st.docs)[0])
    st = hashing_engine.state
    assert gone not in st.docs and len(st.docs) == 59
    assert _stored_versions(hashing_engine) == st.versions
    assert not (hashing_engine.settings.store_dir / "staged.jsonl").exists()

    # filtered retrieval touches only the plans asked for
    some = sorted(st.docs)[:2]
    from assistant.retrieval import Filters

    hits = hashing_engine.search("báo cáo kết quả cải cách hành chính", 10, Filters(documents=some))
    assert hits and {h.chunk.doc_id for h in hits} <= set(some)
    dense = hashing_engine.search("báo cáo kết quả cải cách hành chính", 5, mode="dense")
    assert dense and all(h.chunk.chunk_id in st.units for h in dense)


def test_shard_roundtrip(tmp_path: Path) -> None:
    shard = DocShard.build(["d:h:0000", "d:h:0001"], [["so", "noi", "vu", "so noi"], []])
    shard.save(tmp_path / "s.npz")
    back = DocShard.load(tmp_path / "s.npz")
    assert back.ids == shard.ids and back.terms == shard.terms
    index = LexicalIndex.merge([back])
    assert index.search("Sở Nội vụ", 5)[0][0] == "d:h:0000"
    assert index.rows_of(["d"]).tolist() == [0, 1]
