"""The pipeline version and the content key of a plan's indexed units.

A plan's units (chunks, facts) are identified by the plan and a key of its content *and* the pipeline version, so
a re-parse under a new version writes vectors under new ids: a vector store that keeps the first copy of an id it
already holds (Chroma's ``add``) can then never keep a vector tagged with the old version, which the prune after the
commit would delete.
"""

from __future__ import annotations

import hashlib

PIPELINE_VERSION = "3"  # bump when parsing/chunking changes so unchanged files are re-indexed


def content_key(sha256: str) -> str:
    """12 hex digits of the plan's content hash under the current pipeline version."""
    return hashlib.sha256(f"{sha256}:{PIPELINE_VERSION}".encode()).hexdigest()[:12]
