"""``lessonstudy``: version, help, demo, list, check, backup and their errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from lessonstudy import __version__
from tests.cli.clirun import run_cli, run_cli_process
from tests.photo_files import copy_photos


def test_version_and_help() -> None:
    """``python -m lessonstudy`` itself (the other tests here call its ``main``)."""
    assert run_cli_process("--version").out.strip() == f"lessonstudy {__version__}"
    help_text = run_cli_process("--help").out
    for command in ("demo", "list", "check", "backup", "--data-dir", "--db-url"):
        assert command in help_text


def test_demo_list_check_backup(data_dir: Path) -> None:
    loaded = run_cli("--data-dir", data_dir, "demo")
    assert loaded.code == 0, loaded.err
    assert "Loaded the demo open class" in loaded.out
    listing = run_cli("--data-dir", data_dir, "list")
    assert "發現畢氏定理" in listing.out and "version 2 (taught)" in listing.out
    check = run_cli("--data-dir", data_dir, "check")
    assert check.code == 0 and "healthy" in check.out
    backup = run_cli("--data-dir", data_dir, "backup")
    assert backup.code == 0
    path = Path(backup.out.split("Backup written: ", 1)[1].strip())
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = run_cli("--data-dir", data_dir, "demo")
    assert again.code == 0 and "already" in again.out


def test_list_json_shape(data_dir: Path) -> None:
    run_cli("--data-dir", data_dir, "demo")
    lessons = json.loads(run_cli("--data-dir", data_dir, "list", "--json").out)
    assert len(lessons) == 1
    lesson = lessons[0]
    assert {"id", "title", "versions", "teachings"} <= set(lesson)
    assert [v["number"] for v in lesson["versions"]] == [1, 2]
    assert all({"id", "number"} <= set(v) for v in lesson["versions"])
    assert [t["kind"] for t in lesson["teachings"]] == ["rehearsal", "research"]
    assert all({"id", "kind", "date"} <= set(t) for t in lesson["teachings"])


def test_empty_library_lists_nothing_as_json(data_dir: Path) -> None:
    result = run_cli("--data-dir", data_dir, "list", "--json")
    assert result.code == 0 and json.loads(result.out) == []


def test_env_var_selects_library(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("LESSONSTUDY_HOME", str(data_dir))
    import os
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "lessonstudy", "backup"],
        capture_output=True,
        text=True,
        env={**os.environ},
    )
    assert proc.returncode == 0
    assert str(data_dir) in proc.stdout


def test_unreadable_library_is_one_line_error_and_untouched(data_dir: Path) -> None:
    db = data_dir / "library.db"
    db.write_bytes(b"garbage" * 200)
    result = run_cli("--data-dir", data_dir, "list")
    assert result.code == 1
    assert result.err.count("\n") == 1 and result.err.startswith("lessonstudy: error:")
    assert db.read_bytes() == b"garbage" * 200


def test_newer_library_is_refused(data_dir: Path) -> None:
    run_cli("--data-dir", data_dir, "list")
    with sqlite3.connect(data_dir / "library.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num='0099_future'")
    result = run_cli("--data-dir", data_dir, "demo")
    assert result.code == 1
    assert "newer version of Lesson Study" in result.err
    with sqlite3.connect(data_dir / "library.db") as conn:
        assert conn.execute("SELECT count(*) FROM lessons").fetchone() == (0,)


def test_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_cli("--data-dir", blocker, "list")
    assert result.code != 0
    assert result.err.strip().count("\n") == 0
    assert "Traceback" not in result.err


def _demo_copy(demo_template: Path, data_dir: Path) -> None:
    src = sqlite3.connect(demo_template / "library.db")
    dst = sqlite3.connect(data_dir / "library.db")
    src.backup(dst)
    src.close()
    dst.close()
    copy_photos(demo_template, data_dir)


def test_list_into_a_closed_pipe_is_not_a_bug(demo_template: Path, data_dir: Path) -> None:
    """`lessonstudy list | head -1` printed a BrokenPipeError traceback as an 'internal error'."""
    import os
    import subprocess
    import sys

    _demo_copy(demo_template, data_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LESSONSTUDY_")}
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `head` that has already exited
    try:
        proc = subprocess.run([sys.executable, "-m", "lessonstudy", "--data-dir", str(data_dir),
                               "list"], stdout=write_end, stderr=subprocess.PIPE, env=env,
                              timeout=120)
    finally:
        os.close(write_end)
    err = proc.stderr.decode("utf-8", "replace")
    assert "internal error" not in err and "Traceback" not in err and "Exception" not in err
    assert proc.returncode == 1


def test_list_to_a_file_in_a_legacy_encoding_is_not_a_bug(demo_template: Path,
                                                          data_dir: Path) -> None:
    """`lessonstudy list > lessons.txt` on English Windows (cp1252) crashed on the Chinese title."""
    import os
    import subprocess
    import sys

    _demo_copy(demo_template, data_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LESSONSTUDY_")}
    env["PYTHONIOENCODING"] = "cp1252"
    proc = subprocess.run([sys.executable, "-m", "lessonstudy", "--data-dir", str(data_dir),
                           "list"], capture_output=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode("cp1252", "replace")
    out = proc.stdout.decode("cp1252")
    assert "Discovering Pythagoras' theorem" in out and "\\u767c" in out  # 發, escaped


def test_search_prints_hits_by_lesson_and_json_for_scripts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run_cli("--data-dir", home, "demo").code == 0
    shown = run_cli("--data-dir", home, "search", "正方形")
    assert shown.code == 0 and "Lesson 1:" in shown.out and "note" in shown.out
    assert "正方形" in shown.out
    data = json.loads(run_cli("--data-dir", home, "search", "學生", "--json").out)
    assert {"feedback", "key_idea"} <= {hit["kind"] for hit in data["hits"]}
    odd = run_cli("--data-dir", home, "search", 'NEAR("x" *')
    assert odd.code == 0 and "Nothing in the library mentions" in odd.out
    refused = run_cli("--data-dir", home, "search", "x", "--limit", "0")
    assert refused.code == 1 and refused.err.count("\n") == 1 and "--limit" in refused.err


def test_search_names_a_segment_by_version_and_place_not_by_database_id(tmp_path: Path) -> None:
    """It printed "segment 13" for the 4th segment of version 2 (ids run across versions)."""
    home = tmp_path / "home"
    assert run_cli("--data-dir", home, "demo").code == 0
    shown = run_cli("--data-dir", home, "search", "measure the squares").out
    assert "  version 2 · segment 4: Group work: measure the squares" in shown, shown
    assert "  version 1 · segment 3: Group work: measure the squares" in shown, shown
    hits = json.loads(run_cli("--data-dir", home, "search", "measure the squares", "--json").out)
    segment = next(h for h in hits["hits"] if h["kind"] == "segment" and h["version"] == 2)
    assert segment["segment_number"] == 4 and segment["record_id"] > 0
    japanese = run_cli("--data-dir", home, "--lang", "ja", "search", "measure the squares").out
    assert "第2版 · 場面 4: Group work" in japanese
