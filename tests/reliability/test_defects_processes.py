"""Photo worker processes end with the ``photos add`` that started them, even after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lessonstudy.storage.library import Library
from tests.photo_support import phone_photo

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _children() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":  # a zombie has exited already
            found.setdefault(int(fields[1]), []).append(int(entry.name))
    return found


def _descendants(pid: int) -> set[int]:
    tree, seen, todo = _children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.heavy
def test_photo_worker_processes_die_with_a_killed_photos_add(demo_library: Library,
                                                             tmp_path: Path) -> None:
    """24 of 29 killed imports left their workers running (~157 MB)."""
    folder = demo_library.location.db_path.parent  # type: ignore[union-attr]
    demo_library.close()
    photos = [phone_photo(tmp_path, f"IMG_{i}.jpg", size=(2400, 1800), shade=i)
              for i in range(24)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("LESSONSTUDY_")}
    proc = subprocess.Popen([sys.executable, "-m", "lessonstudy", "--data-dir", str(folder),
                             "photos", "add", "2", "--workers", "2", *map(str, photos)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 30
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 3:  # forkserver + 2 workers
        time.sleep(0.1)
        workers = _descendants(proc.pid)
    assert len(workers) >= 3, "the import finished before its workers were seen"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = {pid for pid in workers if _running(pid)}
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, f"{len(alive)} worker processes outlived the killed import"
