"""Backups use the online API, open as valid libraries, and are pruned by the retention rule."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from lessonstudy.storage.backup import KEEP_LATEST, backups_to_keep, list_backups, prune
from lessonstudy.storage.library import Library


def test_backup_is_a_complete_valid_database(demo_library: Library) -> None:
    path = demo_library.backup("manual")
    assert path.parent == demo_library.location.backup_dir
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM lessons").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM photo_data").fetchone()[0] == 3
    assert not list(path.parent.glob("*.partial"))


def _fake_backups(folder: Path, stamps: list[datetime]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stamp in stamps:
        (folder / f"library-{stamp:%Y%m%d-%H%M%S-%f}-manual.db").write_bytes(b"x")


def test_retention_keeps_latest_ten_and_one_a_day_for_a_week(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 12, 0)
    today = [now - timedelta(minutes=i) for i in range(15)]
    older_days = [now - timedelta(days=d, hours=1) for d in range(1, 10)]
    _fake_backups(tmp_path, today + older_days)
    removed = prune(tmp_path, now=now)
    kept = list_backups(tmp_path)
    kept_days = {b.made_at.date() for b in kept}
    assert len([b for b in kept if b.made_at.date() == now.date()]) == KEEP_LATEST
    assert all((now.date() - timedelta(days=d)) in kept_days for d in range(1, 7))
    assert (now - timedelta(days=9, hours=1)).date() not in kept_days
    assert len(removed) == len(today) + len(older_days) - len(kept)


def test_keep_rule_with_few_backups_keeps_all(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 12, 0)
    _fake_backups(tmp_path, [now - timedelta(days=30), now])
    backups = list_backups(tmp_path)
    assert backups_to_keep(backups, now) == {b.path for b in backups}


def test_daily_backup_only_when_the_newest_is_a_day_old(demo_library: Library) -> None:
    first = demo_library.backup_if_due()
    assert first is not None and first.exists() and "daily" in first.name
    assert demo_library.backup_if_due() is None  # one a day is enough
    from lessonstudy.storage.backup import backup_if_due

    later = datetime.now() + timedelta(hours=25)
    db, folder = demo_library.location.db_path, demo_library.location.backup_dir
    assert db is not None
    assert backup_if_due(db, folder, now=later) is not None
