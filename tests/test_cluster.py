"""`reader check --dask ADDRESS PATH...` and the Dask bag recipe, on a LocalCluster of our own."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import pytest
from distributed import Client, LocalCluster

import reader
from reader import batch, cluster
from reader.document import InputError
from reader.resources import seed_article


@pytest.fixture(scope="module")
def local_cluster() -> Iterator[LocalCluster]:
    # Two worker processes: documents and results really cross process boundaries.
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as c:
        yield c


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    text = seed_article().read_text(encoding="utf-8")
    for i in range(30):
        folder = root / "sub" if i % 3 else root
        (folder / f"story{i:02d}.txt").write_text(
            text.replace("1,200", f"{1200 + 7 * i:,}") + f"\nIn all, {i} boats.\n"
        )
    (root / "broken.md").write_bytes(b"\xff\xfe caf\xe9")
    return root


def test_cluster_run_equals_the_single_process_run(
    local_cluster: LocalCluster, archive: Path, tmp_path: Path
) -> None:
    on_cluster, local = tmp_path / "cluster.jsonl", tmp_path / "local.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "check", "--dask", local_cluster.scheduler_address]
        + [str(archive), "-o", str(on_cluster)],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr  # broken.md is unreadable
    assert proc.stderr == b"", proc.stderr.decode()
    assert batch.run([str(archive)], jobs=1, output=str(local)) == 2
    cluster_lines = on_cluster.read_bytes().splitlines()
    assert len(cluster_lines) == 31
    assert cluster_lines == local.read_bytes().splitlines()  # document for document, in order


def test_in_process_client_streams_in_input_order(
    local_cluster: LocalCluster, archive: Path
) -> None:
    documents = batch.expand_paths([str(archive)]).documents
    with Client(local_cluster.scheduler_address) as client:
        results = list(cluster.check_on_cluster(client, documents))
    assert [r.path for r in results] == documents
    assert [r.line for r in results] == [r.line for r in batch.check_locally(documents, 1)]


def test_unreachable_scheduler_is_one_clear_error() -> None:
    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        cluster.connect("tcp://127.0.0.1:9", timeout="1s")


def test_failed_connection_leaves_the_output_file_alone(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(address: str) -> None:
        raise InputError(f"{address}: cannot reach the Dask scheduler (refused)")

    monkeypatch.setattr(cluster, "connect", refuse)
    out = tmp_path / "r.jsonl"
    out.write_text("previous\n")
    with pytest.raises(InputError):
        batch.run([str(archive)], dask="tcp://nowhere:1", output=str(out), force=True)
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "r.jsonl"]


def check(path: str) -> str:
    """The README's Dask bag recipe, verbatim in spirit: one JSON line per document."""
    try:
        analysis = reader.analyze(reader.read_document(path))
    except reader.InputError as exc:
        return json.dumps({"path": path, "error": str(exc)})
    return json.dumps({"path": path, **analysis.to_dict()})


def test_dask_bag_recipe(local_cluster: LocalCluster, archive: Path, tmp_path: Path) -> None:
    paths = sorted(str(p) for p in archive.rglob("*.txt"))
    with Client(local_cluster.scheduler_address):
        db.from_sequence(paths, partition_size=8).map(check).to_textfiles(
            str(tmp_path / "out" / "part-*.jsonl")
        )
    lines = []
    for part in sorted((tmp_path / "out").glob("part-*.jsonl"), key=lambda p: int(p.stem[5:])):
        lines += part.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == paths
    for r in records:
        expected = reader.analyze(reader.read_document(r["path"])).to_dict()
        assert r["claims"] == expected["claims"] and r["checks"] == expected["checks"]


def test_without_dask_installed_the_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(InputError, match=r"pip install 'reader\[dask\]'"):
        cluster.connect("tcp://127.0.0.1:8786")
