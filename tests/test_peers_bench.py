"""bench/peers.py runs credlint, slop-guard and defluff on the same articles and reports the gap."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BATCH = ROOT / "tests" / "blind" / "batch1" / "filler"


def _peers_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_peers", ROOT / "bench" / "peers.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_peers"] = module
    spec.loader.exec_module(module)
    return module


def _need_peers() -> None:
    missing = [m for m in ("slop_guard", "defluff") if importlib.util.find_spec(m) is None]
    if missing:
        if os.environ.get("CI"):  # .ci/run installs them with the test extra
            pytest.fail(f"CI must run the peer bench, but {missing} are not installed")
        pytest.skip(f"{missing} not installed (pip install -e '.[test]')")


def test_peer_bench_reports_every_tool_on_both_sides(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _need_peers()
    peers = _peers_module()
    out = tmp_path / "peers.json"
    assert peers.main([str(BATCH), "--jobs", "1", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    sides = report["corpora"]["filler"]
    assert set(sides) == {"flagged", "credible"}
    for side in sides.values():
        assert set(side) == {"credlint", "slop-guard", "defluff"}
        assert all(0 <= v["verdict"] <= 1 and 0 <= v["stock_phrasing"] <= 1 for v in side.values())
    # credlint rejects the planted articles far more often than the professional look-alikes
    assert sides["flagged"]["credlint"]["verdict"] > sides["credible"]["credlint"]["verdict"] + 0.5
    assert set(report["gap"]) == {"slop-guard", "defluff"}
    printed = capsys.readouterr().out
    assert "stock words and phrases no credlint list matches" in printed


def test_a_peer_span_covered_by_a_credlint_phrase_is_not_a_gap() -> None:
    peers = _peers_module()
    ours = [(10, 30, "a rich tapestry")]
    assert peers.covered((20, 28, "tapestry"), ours)
    assert not peers.covered((31, 40, "vibrant"), ours)


def test_blind_family_folders_split_into_flagged_and_credible() -> None:
    peers = _peers_module()
    labels = {Path(p).name.split("-")[0]: label for p, label in peers.read_corpus(BATCH)}
    assert labels == {"flag": "flagged", "ok": "credible"}
