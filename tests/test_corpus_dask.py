"""credlint corpus: the same judgement as `credlint check` on a two-worker Dask cluster.

A LocalCluster with two worker processes runs every test here: results against `credlint check`
of the same articles (cross-file SRC003 planted across partitions), a worker killed mid-run,
bad records, Parquet input, the Python entry point and the output folder rules.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from lint.cli import app
from tests.conftest import CORPUS, need

if not os.environ.get("CI"):  # installed by '.[test]'; an older venv skips, CI never does
    pytest.importorskip("distributed", reason="the Dask extra is not installed: pip install -e '.[test]'")
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402
from distributed.diagnostics.plugin import SchedulerPlugin  # noqa: E402

runner = CliRunner()

# Our own articles (never text of ../shared). One person, three affiliations, in three articles
# that land in different partitions; a fourth repeats the first affiliation ("and 1 more").
CONFLICT = [
    ("ferry-a", "Harbour town weighs ferry fares\n\nThe council will vote on ferry fares on Thursday. "
     "Dr. Mara Quillfeather, an economist at the Northgate Policy Institute, said the new fares would cut crossings by a tenth."),
    ("ferry-b", "Ferry fares: what the vote means\n\nCommuters packed the hall on Monday. "
     "Dr. Mara Quillfeather, a historian at the University of Eastvale, said the old fares had lasted since 1998."),
    ("ferry-c", "Fares vote delayed\n\nThe vote was put off for a week. "
     "Dr. Mara Quillfeather, a geologist at the University of Westmoor, said the pier needed repairs first."),
    ("ferry-d", "Ferry operator answers critics\n\nThe operator published its costs on Friday. "
     "Dr. Mara Quillfeather, an economist at the Northgate Policy Institute, said the figures were incomplete."),
]
BAIT = ("Ten things about the market\n\nKey Takeaway: prices matter. Experts say the plan will work. "
        "Share your thoughts in the comments below.")
CLEAN = "Council approves budget\n\nThe council met on Tuesday and approved the budget, said clerk Ana Ruiz."


def own_articles(n: int = 36) -> list[dict[str, str]]:
    """n small articles of our own, the conflicting ones spread from the first to the last."""
    rows = [{"id": f"story-{i:03d}", "text": (BAIT if i % 3 == 0 else CLEAN).replace("Tuesday", ("Monday", "Tuesday", "Friday")[i % 3])} for i in range(n)]
    for k, (ident, text) in enumerate(CONFLICT):
        rows.insert(k * (len(rows) // len(CONFLICT)) + (len(rows) // 8 if k else 0), {"id": ident, "text": text})
    return rows


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    with open(path, "wb") as fh:
        for r in rows:
            raw = r if isinstance(r, bytes) else (r if isinstance(r, str) else json.dumps(r)).encode("utf-8")
            fh.write(raw + b"\n")
    return path


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def corpus(monkeypatch, where: Path, *args: str):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(where)
    return runner.invoke(app, ["corpus", *args] + ([] if "--progress" in args else ["--no-progress"]))


def checked(monkeypatch, where: Path, *args: str) -> tuple[dict[str, Any], str]:
    """What `credlint check` says of the same input: per article, and its error lines."""
    monkeypatch.chdir(where)
    result = runner.invoke(app, ["check", *args, "--no-cache", "-f", "json", "--exit-zero"])
    files = json.loads(result.stdout)["files"]
    return {f["path"]: _article_view(f.get("score"), f.get("grade"), f.get("findings", []), f.get("error")) for f in files}, result.stderr


def _article_view(score, grade, findings, error):  # type: ignore[no-untyped-def]
    keys = ("code", "severity", "line", "column", "end_line", "end_column", "message", "snippet")
    return {
        "score": score, "grade": grade, "error": error,
        "findings": [tuple(f[k] for k in keys) + (tuple((r["path"], r["line"], r["column"], r["text"]) for r in f["related"]),) for f in findings],
    }


def distributed_view(out: Path) -> dict[str, Any]:
    arts = pq.read_table(out / "articles").to_pylist()
    finds = pq.read_table(out / "findings").to_pylist()
    by_path: dict[str, list[Any]] = {}
    keys = ("code", "severity", "line", "column", "end_line", "end_column", "message", "snippet")
    for f in finds:
        by_path.setdefault(f["path"], []).append(tuple(f[k] for k in keys) + (tuple((r["path"], r["line"], r["column"], r["text"]) for r in f["related"]),))
    paths = [a["path"] for a in arts]
    assert len(paths) == len(set(paths)), "an article was written twice"
    return {a["path"]: _article_view(a["score"], a["grade"], [], a["error"]) | {"findings": by_path.get(a["path"], [])} for a in arts}


def part_of(out: Path, path: str) -> str:
    for part in sorted((out / "articles").glob("part-*.parquet")):
        if path in pq.read_table(part, columns=["path"]).column("path").to_pylist():
            return part.name
    raise AssertionError(f"{path} is in no part")


# -- the same judgement as credlint check ---------------------------------------------------------------
def test_same_results_as_check_with_a_conflict_across_partitions(cluster, tmp_path, monkeypatch):
    write_jsonl(tmp_path / "news.jsonl", own_articles())
    res = corpus(monkeypatch, tmp_path, "news.jsonl", "-o", "out", "--id-field", "id", "--scheduler", cluster.scheduler_address, "--blocksize", "2048", "--exit-zero")
    assert res.exit_code == 0, res.stderr + res.stdout
    got = distributed_view(tmp_path / "out")
    want, _ = checked(monkeypatch, tmp_path, "news.jsonl", "--jsonl-id-field", "id")
    assert got == want
    conflict = [f"news.jsonl:{ident}" for ident, _ in CONFLICT]
    assert len({part_of(tmp_path / "out", p) for p in conflict}) >= 3  # the facts really met in the shuffle
    for p in conflict:
        assert any(f[0] == "SRC003" for f in got[p]["findings"]), p
    # message order follows the single run: the first Northgate mention, and one more
    assert any("(and 1 more)" in f[6] for f in got["news.jsonl:ferry-b"]["findings"])
    assert "Linted 40 articles" in res.stdout and "skipped 0" in res.stdout


def test_same_results_as_check_on_the_shared_corpus(cluster, tmp_path, monkeypatch):
    root = need(CORPUS)
    files = sorted(root.glob("*/*.txt"))[::2]  # both labels, half of each: the test stays short
    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in files]
    rows.insert(0, {"id": CONFLICT[0][0], "text": CONFLICT[0][1]})
    rows.append({"id": CONFLICT[1][0], "text": CONFLICT[1][1]})  # first and last: two partitions
    write_jsonl(tmp_path / "dev.jsonl", rows)
    res = corpus(monkeypatch, tmp_path, "dev.jsonl", "-o", "out", "--id-field", "id", "--scheduler", cluster.scheduler_address, "--blocksize", "32768", "--exit-zero")
    assert res.exit_code == 0, res.stderr
    got = distributed_view(tmp_path / "out")
    want, _ = checked(monkeypatch, tmp_path, "dev.jsonl", "--jsonl-id-field", "id")
    assert len(got) == len(rows) and got == want
    assert part_of(tmp_path / "out", "dev.jsonl:ferry-a") != part_of(tmp_path / "out", "dev.jsonl:ferry-b")
    assert [f[0] for f in got["dev.jsonl:ferry-b"]["findings"]].count("SRC003") == 1


# -- faults -------------------------------------------------------------------------------------------------
class KillFirstHolder(SchedulerPlugin):
    """Kill (SIGKILL) the worker that holds the first finished partition, while the rest still runs."""

    def __init__(self, scheduler: Any, pids: dict[str, int]) -> None:
        self.scheduler, self.pids = scheduler, pids
        self.killed: tuple[str, str] | None = None
        self.done: Counter[str] = Counter()

    def transition(self, key, start, finish, *args, **kwargs):  # type: ignore[no-untyped-def]
        if finish != "memory" or not str(key).startswith("lint_partition"):
            return
        self.done[key] += 1
        if self.killed is None:
            worker = kwargs.get("worker") or next(iter(self.scheduler.tasks[key].who_has)).address
            self.killed = (key, worker)
            os.kill(self.pids[worker], signal.SIGKILL)


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(tmp_path, monkeypatch):
    rows = own_articles(30)
    rows.insert(7, "{broken")
    write_jsonl(tmp_path / "news.jsonl", rows)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cl, Client(cl) as client:
        killer = KillFirstHolder(cl.scheduler, client.run(os.getpid))
        cl.scheduler.add_plugin(killer)
        res = corpus(monkeypatch, tmp_path, "news.jsonl", "-o", "out", "--jsonl-id-field", "id", "--scheduler", cl.scheduler_address, "--blocksize", "700", "--exit-zero")
    assert killer.killed is not None, "no worker was killed"
    assert killer.done[killer.killed[0]] >= 2, "the lost partition was not computed again"
    assert len(killer.done) >= 4  # the kill came with partitions still to do
    assert res.exit_code == 2, res.stderr  # the broken line
    got = distributed_view(tmp_path / "out")
    want, _ = checked(monkeypatch, tmp_path, "news.jsonl", "--jsonl-id-field", "id")
    assert got == want and len(got) == len(rows)


def test_bad_records_are_reported_with_their_line_and_counted(cluster, tmp_path, monkeypatch):
    rows: list[Any] = list(own_articles(12))
    rows[3:3] = ["{not json", ["a list"], {"id": "no-text", "body": CLEAN}, {"id": "z", "text": "   "}]
    rows.append({"id": "story-001", "text": CLEAN})  # a repeated id, far from the first: another partition
    rows.append(b'{"id": "w", "text": "caf\xe9 au lait"}')  # Latin-1, not UTF-8
    write_jsonl(tmp_path / "news.jsonl", rows)
    res = corpus(monkeypatch, tmp_path, "news.jsonl", "-o", "out", "--id-field", "id", "--scheduler", cluster.scheduler_address, "--blocksize", "1024")
    assert res.exit_code == 2
    want, check_err = checked(monkeypatch, tmp_path, "news.jsonl", "--jsonl-id-field", "id")
    assert sorted(res.stderr.splitlines()) == sorted(check_err.splitlines())
    assert "error: id 'story-001' already used on line" in res.stderr
    bad = len([v for v in want.values() if v["error"]])
    assert bad == 6 and f"skipped {bad}" in res.stdout and f"linted {len(want) - bad}" in res.stdout
    arts = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    assert Counter(a["status"] for a in arts) == {"linted": len(want) - bad, "skipped": bad}
    summary = json.loads((tmp_path / "out" / "credlint.json").read_text())
    assert summary["skipped"] == bad and summary["articles"] == len(want)


# -- inputs and outputs -----------------------------------------------------------------------------------------
def test_parquet_input_gives_what_jsonl_gives(cluster, tmp_path, monkeypatch):
    rows = own_articles(24)
    table = pa.table({"url": [r["id"] for r in rows], "body": [r["text"] for r in rows]})
    pq.write_table(table, tmp_path / "news.parquet", row_group_size=7)  # four row groups
    write_jsonl(tmp_path / "news.jsonl", [{"url": r["id"], "body": r["text"]} for r in rows])
    res = corpus(monkeypatch, tmp_path, "news.parquet", "-o", "out", "--text-field", "body", "--id-field", "url", "--scheduler", cluster.scheduler_address, "--exit-zero", "--progress")
    assert res.exit_code == 0, res.stderr
    assert "in 4 partitions" in res.stdout
    assert "100% Completed" in res.stderr and "Completed" not in res.stdout  # Dask's bar, on stderr
    got = {k.replace("news.parquet:", ""): v for k, v in distributed_view(tmp_path / "out").items()}
    want, _ = checked(monkeypatch, tmp_path, "news.jsonl", "--jsonl-text-field", "body", "--jsonl-id-field", "url")
    strip = lambda d: json.loads(json.dumps(d).replace("news.parquet:", "").replace("news.jsonl:", ""))  # noqa: E731
    assert strip(got) == strip({k.replace("news.jsonl:", ""): v for k, v in want.items()})


def test_a_parquet_file_without_the_text_column_is_one_error_line(cluster, tmp_path, monkeypatch):
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "wrong.parquet")
    write_jsonl(tmp_path / "ok.jsonl", [{"text": CLEAN}])
    with gzip.open(tmp_path / "ok2.jsonl.gz", "wt", encoding="utf-8") as fh:  # compressed: one partition
        fh.write(json.dumps({"text": CLEAN}) + "\n")
    res = corpus(monkeypatch, tmp_path, "wrong.parquet", "ok.jsonl", "ok2.jsonl.gz", "missing.jsonl", "-o", "out", "--scheduler", cluster.scheduler_address)
    assert res.exit_code == 2
    assert "wrong.parquet: error: no column 'text' (set --text-field; columns: body)" in res.stderr
    assert "missing.jsonl: error: no such file or directory" in res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    assert pq.read_table(tmp_path / "out" / "articles").column("path").to_pylist() == ["ok.jsonl:1", "ok2.jsonl.gz:1"]


def test_output_folder_is_replaced_only_when_it_holds_a_credlint_result(cluster, tmp_path, monkeypatch):
    write_jsonl(tmp_path / "news.jsonl", own_articles(6))
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("mine")
    res = corpus(monkeypatch, tmp_path, "news.jsonl", "-o", "notes", "--scheduler", cluster.scheduler_address)
    assert res.exit_code == 2 and "holds more than a credlint result" in res.stderr
    assert (tmp_path / "notes" / "todo.txt").read_text() == "mine"
    args = ("news.jsonl", "-o", "out", "--scheduler", cluster.scheduler_address, "--exit-zero")
    assert corpus(monkeypatch, tmp_path, *args, "--blocksize", "300").exit_code == 0
    many = len(list((tmp_path / "out" / "articles").iterdir()))
    assert corpus(monkeypatch, tmp_path, *args).exit_code == 0  # fewer partitions: no stale part left
    assert len(list((tmp_path / "out" / "articles").iterdir())) < many
    assert pq.read_table(tmp_path / "out" / "articles").num_rows == 10
    # a folder as input: its JSONL and Parquet files, never the run's own output inside it
    assert corpus(monkeypatch, tmp_path, ".", "-o", "out", "--scheduler", cluster.scheduler_address, "--exit-zero").exit_code == 0
    assert pq.read_table(tmp_path / "out" / "articles").num_rows == 10
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["articles", "credlint.json", "findings"]  # no staging left


def test_the_python_entry_point_maps_over_a_bag_and_a_dataframe(cluster, tmp_path, monkeypatch):
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from lint.corpus.collections import lint_collection

    rows = own_articles(20)
    write_jsonl(tmp_path / "news.jsonl", rows)
    want, _ = checked(monkeypatch, tmp_path, "news.jsonl", "--jsonl-id-field", "id")
    with Client(cluster.scheduler_address):
        for collection in (db.from_sequence(rows, npartitions=4), dd.from_pandas(pd.DataFrame(rows), npartitions=3)):
            frames = lint_collection(collection, id_field="id")
            articles, findings = dask.compute(frames.articles, frames.findings)
            assert list(articles["id"]) == [r["id"] for r in rows]
            assert {r.id: (r.score, r.grade) for r in articles.itertuples()} == {k.split(":", 1)[1]: (v["score"], v["grade"]) for k, v in want.items()}
            src003 = findings[findings["code"] == "SRC003"]
            assert sorted(src003["id"]) == sorted(i for i, _ in CONFLICT)
            assert all("news.jsonl" not in m for m in src003["message"])  # named by id: no file here
        texts = lint_collection(db.from_sequence([CLEAN, BAIT], npartitions=2)).articles.compute()
        assert list(texts["id"]) == ["0-0", "1-0"] and list(texts["passed"]) == [True, False]


def test_without_scheduler_a_local_cluster_is_started(tmp_path, monkeypatch):
    write_jsonl(tmp_path / "news.jsonl", [{"text": CLEAN}, {"text": BAIT}])
    res = corpus(monkeypatch, tmp_path, "news.jsonl", "-o", "out", "--workers", "1")
    assert res.exit_code == 1, res.stderr  # the bait article fails
    assert "on 1 worker in" in res.stdout and "linted 2" in res.stdout and "failing: 1" in res.stdout


def test_without_the_dask_extra_the_command_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    write_jsonl(tmp_path / "news.jsonl", [{"text": CLEAN}])
    res = corpus(monkeypatch, tmp_path, "news.jsonl", "-o", "out")
    assert res.exit_code == 2
    assert res.stderr.strip() == "credlint: error: credlint corpus needs the Dask integration: pip install 'credlint[dask]'"


# -- partitions ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("blocksize", [5, 17, 64, 10_000])
def test_every_jsonl_line_is_read_once_whatever_the_block_size(tmp_path, blocksize):
    from lint.corpus.sources import ReadOptions, count_records, expand, first_numbers, partitions, read_partition

    lines = [json.dumps({"text": f"Headline {i}\n\n" + "word " * (i * 7 % 23)}) for i in range(40)]
    lines[5] = ""
    lines[9] = "{bad"
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")  # no newline at the end
    opts = ReadOptions()
    parts, problems = partitions(expand([str(path)])[0], blocksize, opts)
    assert not problems and (len(parts) > 1 or blocksize > path.stat().st_size)
    firsts = first_numbers(parts, [count_records(p) for p in parts])
    numbers = [r.number for p, first in zip(parts, firsts) for r in read_partition(p, first, opts)]
    assert numbers == [n for n in range(1, 41) if n != 6]


def test_no_readable_input_is_one_line_and_exit_2_without_starting_a_cluster(tmp_path, monkeypatch):
    res = corpus(monkeypatch, tmp_path, "missing.jsonl", "notes.txt", "-o", "out")
    assert res.exit_code == 2
    assert res.stderr.splitlines() == ["missing.jsonl: error: no such file or directory", "notes.txt: error: no such file or directory"]
    assert "Linted 0 articles in 0 partitions on 0 workers" in res.stdout


def test_staged_article_results_are_data_and_come_back_whole(tmp_path):
    """Between map and finish a partition's results wait in the staging folder as JSON: they read
    back equal (findings, suppressions, metrics, view), and the file is data, not a pickle."""
    from dataclasses import replace

    from lint.corpus.pipeline import Article, _stage, _unstage
    from lint.corpus.sources import Record
    from lint.engine import lint_article
    from lint.options import RunOptions, prepare

    settings = replace(prepare(RunOptions(find_config=False), None).settings, with_metrics=True, with_view=True)
    text = "Harbour pier closes\n\nSure! Here is a news article.\n\nThe pier shut on Monday, Dr. Ada Vane of the Institute for Strategic Futures said.\n"
    result = lint_article("a.jsonl:1", text, settings)
    rec = Record((0, 1), 0, 1, "a.jsonl:1", "a.jsonl:1", "1", text, None, "on line 1", "a.jsonl")
    url = _stage([Article(rec, result)], str(tmp_path), 0)
    assert url.endswith(".json") and json.loads(Path(url).read_bytes())  # plain JSON on disk
    ((rec2, result2),) = _unstage(url)
    assert rec2 == rec and result2 == result and result.findings
