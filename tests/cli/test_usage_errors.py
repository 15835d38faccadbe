"""A mistake on the command line is one line on stderr with exit 2 (no usage block)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonstudy.cli.main import main


@pytest.mark.parametrize(("argv", "says"), [
    (["list", "--colour", "red"], "lessonstudy: error: unrecognized arguments: --colour red"),
    (["report", "2"], "lessonstudy report: error: the following arguments are required: --out"),
    (["forms", "2", "--paper", "a3", "--out", "x"], "lessonstudy forms: error: argument --paper"),
])
def test_a_usage_mistake_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     argv: list[str], says: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), *argv])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(says), err
    assert not (tmp_path / "library.db").exists()
