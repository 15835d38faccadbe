"""A library on a read-only share or locked USB stick: backups refuse in one line.

The backups folder could not be made there, and the error escaped as a traceback
("internal error") from the CLI and as the crash box in the window.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from lessonstudy.cli.main import main
from lessonstudy.domain.errors import StorageError
from lessonstudy.i18n import using_language
from lessonstudy.storage.backup import make_backup
from tests.reliability.test_hostile_files import table_hashes
from tests.reliability.test_kill_trials import _library, files

__all__ = ["files"]  # a fixture


def _read_only_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Making or writing anything under a ``backups`` folder fails as on a read-only mount."""
    real_mkdir = Path.mkdir

    def mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if "backups" in self.parts:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)


def test_make_backup_in_a_read_only_folder_says_so(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "library.db"
    db.write_bytes(b"")
    _read_only_backups(monkeypatch)
    with pytest.raises(StorageError) as caught:
        make_backup(db, tmp_path / "backups")
    assert "read-only" in str(caught.value) and "Nothing was changed" in str(caught.value)
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("command", [["backup"], ["import", "{json}"]])
def test_cli_backup_and_import_on_a_read_only_library_are_one_line(
        command: list[str], files: dict[str, Path], demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    library = _library(demo_template, tmp_path / "library", True)
    before = table_hashes(library / "library.db")
    _read_only_backups(monkeypatch)
    args = [part.format(json=files["json"]) for part in command]
    code = main(["--data-dir", str(library), *args])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert "read-only" in err and "internal error" not in err
    assert table_hashes(library / "library.db") == before


@pytest.mark.parametrize(("language", "word"), [("zh-HK", "唯讀"), ("zh-CN", "只读"),
                                              ("ja", "読み取り専用")])
def test_the_message_is_in_the_readers_language(language: str, word: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "library.db"
    db.write_bytes(b"")
    _read_only_backups(monkeypatch)
    with pytest.raises(StorageError) as caught:
        make_backup(db, tmp_path / "backups")
    with using_language(language):
        assert word in str(caught.value)
