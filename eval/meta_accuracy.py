"""Plan-metadata accuracy on a fixture directory (``plans/`` + ``expected_meta.jsonl``), field by field.

Fields compared exactly after whitespace normalisation: issuer, plan_number (the plan's own number),
decision_number, date (ISO), province, signer. ``title`` is reported too, compared without the
leading "Kế hoạch" (the metadata keeps the title proper, the fixtures write "Kế hoạch …"), and is
not part of the headline. Usage: ``python -m eval.meta_accuracy [DIR] [--json]`` (default
``eval/varied``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from index.loaders import load_document
from index.metadata import extract_metadata
from index.structure import parse_outline
from index.types import PlanMetadata

HERE = Path(__file__).parent / "varied"
FIELDS = {"issuer": "issuer", "plan_number": "number", "decision_number": "decision_number", "date": "date",
          "province": "province", "signer": "signer"}
REPORTED = {"title": "title"}


def norm(text: Any) -> str:
    """Whitespace-normalised string ('' for None)."""
    return " ".join(str(text or "").split())


def _title(text: Any) -> str:
    """A title without its leading "Kế hoạch", first letter upper-case."""
    t = re.sub(r"^(?:kế hoạch|ke hoach)\s+", "", norm(text), flags=re.IGNORECASE)
    return t[:1].upper() + t[1:]


def compare(meta: PlanMetadata | None, expected: dict[str, Any]) -> dict[str, tuple[bool, Any]]:
    """(right?, value found) per field of one plan; ``meta`` None (the plan failed to load) is all wrong."""
    out: dict[str, tuple[bool, Any]] = {}
    for field, attr in {**FIELDS, **REPORTED}.items():
        value = getattr(meta, attr) if meta is not None else None
        same = _title(value) == _title(expected.get(field)) if field == "title" else \
            norm(value) == norm(expected.get(field))
        out[field] = (same, value)
    return out


def read_meta(path: Path) -> PlanMetadata:
    """Metadata of one plan through the real loader, outline parser and metadata extractor."""
    doc = load_document(path)
    return extract_metadata(doc, parse_outline(doc))


def evaluate(directory: Path) -> dict[str, Any]:
    """Per-field hit counts, per-file misses and load errors for ``directory``."""
    expected = [json.loads(x) for x in (directory / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()
                if x.strip()]
    hits = {f: [0, 0] for f in {**FIELDS, **REPORTED}}
    files: dict[str, Any] = {}
    for exp in expected:
        try:
            meta: PlanMetadata | None = read_meta(directory / "plans" / exp["file"])
            error = None
        except Exception as exc:  # a failing loader is a result, not a crash of the measurement
            meta, error = None, f"{type(exc).__name__}: {exc}"
        result = compare(meta, exp)
        for field, (ok, _) in result.items():
            hits[field][0] += ok
            hits[field][1] += 1
        files[exp["file"]] = {"error": error, "misses": {f: {"expected": exp.get(f), "got": v}
                                                         for f, (ok, v) in result.items() if not ok}}
    plans_all = sum(1 for f in files.values() if not any(k in FIELDS for k in f["misses"]))
    return {"fields": {f: f"{a}/{b}" for f, (a, b) in hits.items()},
            "plans_all_right": f"{plans_all}/{len(files)}", "files": files}


def main(argv: list[str] | None = None) -> int:
    """Print the report (text, or JSON with ``--json``)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("directory", nargs="?", type=Path, default=HERE)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = evaluate(args.directory)
    if args.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
        return 0
    for name, f in report["files"].items():
        err = f"  LỖI: {f['error']}" if f["error"] else ""
        misses = "; ".join(f"{k}: {v['got']!r} ≠ {v['expected']!r}" for k, v in f["misses"].items())
        sys.stdout.write(f"{name:60} {misses or 'ok'}{err}\n")
    sys.stdout.write("fields: " + ", ".join(f"{k} {v}" for k, v in report["fields"].items()) + "\n")
    sys.stdout.write(f"plans with every headline field right: {report['plans_all_right']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
