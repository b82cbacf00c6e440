"""What a Python user expects of long calls: the GIL is released, Ctrl-C stops the call and
leaves the database as it was, progress goes to stderr without garbling a non-terminal."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

import crystaldb


def files_under(path: Path) -> set[str]:
    return {str(p.relative_to(path)) for p in path.rglob("*") if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture()
def small_db(tmp_path: Path, data: Path) -> crystaldb.Database:
    db = crystaldb.open(tmp_path / "db")
    db.ingest(data / "mp" / "mp20_pilot_train.csv.gz")
    return db


def test_gil_is_released_during_embed(small_db: crystaldb.Database) -> None:
    ticks = 0
    stop = threading.Event()

    def count() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            time.sleep(0.001)

    t = threading.Thread(target=count)
    t.start()
    time.sleep(0.05)
    start_ticks = ticks
    t0 = time.perf_counter()
    small_db.embed("acsf")
    seconds = time.perf_counter() - t0
    during = ticks - start_ticks
    stop.set()
    t.join()
    # The counter thread ticks at most once a millisecond; with the GIL held by embed it would
    # not tick at all. Ask for 15 % of the ticks it could make.
    assert seconds > 0.05
    assert during >= 0.15 * seconds * 1000, (during, seconds)


def interrupt_after(seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    return timer


def test_ctrl_c_stops_an_ingest_and_commits_nothing(tmp_path: Path, data: Path) -> None:
    path = tmp_path / "db"
    with crystaldb.open(path) as db:
        db.ingest(data / "mp" / "mp20_pilot_val.csv.gz")
        before_version, before_files = db.version, files_under(path)
        big = [data / "mp" / "mpts52_test.csv.gz", data / "mp" / "mp20_biternary_test.csv.gz"]
        timer = interrupt_after(0.3)
        t0 = time.perf_counter()
        with pytest.raises(KeyboardInterrupt):
            db.ingest(big)
        timer.join()
        # The request ends the chunk being read and skips the parallel work left in it.
        assert time.perf_counter() - t0 < 5
        assert db.version == before_version
        assert files_under(path) == before_files
        # The handle still works, and the next call is not interrupted.
        assert db.ingest(data / "mp" / "mp20_pilot_test.csv.gz")["added"] == 1000


def test_ctrl_c_stops_an_embed(tmp_path: Path, data: Path) -> None:
    path = tmp_path / "db"
    with crystaldb.open(path) as db:
        db.ingest([data / "mp" / f"mp20_pilot_{split}.csv.gz" for split in ("train", "val", "test")])
        before = files_under(path)
        timer = interrupt_after(0.2)
        t0 = time.perf_counter()
        with pytest.raises(KeyboardInterrupt):
            db.embed("acsf", batch_size=16)
        stopped = time.perf_counter() - t0
        timer.join()
        assert db.embedding_sets() == []
        assert files_under(path) == before
        assert db.embed("magpie") == "magpie@1"
        # Stopped within a batch or two of the request, long before the 3,000 structures' end.
        assert stopped < 1.5, stopped


def test_progress_lines_off_a_terminal(small_db: crystaldb.Database, capsys: pytest.CaptureFixture[str]) -> None:
    small_db.embed("magpie", progress=True)
    err = capsys.readouterr().err
    assert "encode: 1000/1000" in err and "\r" not in err
    small_db.embed("magpie", name="again")
    assert capsys.readouterr().err == ""
