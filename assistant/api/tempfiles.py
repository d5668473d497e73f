"""Clean-up of temporary upload files (Gradio's upload folder under the data dir)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path


def clean_old_files(folder: Path, hours: float) -> int:
    """Delete entries of ``folder`` not modified for ``hours``; returns how many were removed."""
    if not folder.exists():
        return 0
    cutoff = time.time() - hours * 3600
    removed = 0
    for entry in folder.iterdir():
        try:
            if entry.stat().st_mtime >= cutoff:
                continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed += 1
        except OSError:
            continue
    return removed


def remove_upload(path: Path, root: Path) -> None:
    """Delete one Gradio upload (and its now-empty hash folder) once its bytes have been read."""
    try:
        path.unlink(missing_ok=True)
        parent = path.parent
        if parent != root and parent.parent == root and not any(parent.iterdir()):
            parent.rmdir()
    except OSError:
        pass
