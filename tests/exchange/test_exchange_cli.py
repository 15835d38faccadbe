"""``lessonstudy export`` and ``lessonstudy import`` as a user runs them."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.cli.clirun import run_cli
from tests.exchange.exchange_helpers import EXAMPLE, write_zip


def test_export_then_import_on_another_laptop(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_cli("--data-dir", a, "demo").code == 0
    out = tmp_path / "lesson.lsb"

    exported = run_cli("--data-dir", a, "export", "1", "--out", out)
    imported = run_cli("--data-dir", b, "import", out)
    again = run_cli("--data-dir", b, "import", out)

    assert exported.code == 0 and "3 photos" in exported.out
    assert zipfile.is_zipfile(out)
    assert imported.code == 0 and "294 added" in imported.out, imported.err
    assert again.code == 0 and "0 added, 0 updated, 294 unchanged" in again.out
    assert "發現畢氏定理" in run_cli("--data-dir", b, "list").out


def test_import_lesson_json_and_refusals(tmp_path: Path) -> None:
    ok = run_cli("--data-dir", tmp_path, "import", EXAMPLE)
    assert ok.code == 0 and "Comparing fractions" in ok.out

    bad = tmp_path / "bad.json"
    bad.write_text('{"format_version": 1, "title": 5, "team": {"name": "T"}, "x": 1}', "utf-8")
    refused = run_cli("--data-dir", tmp_path, "import", bad)
    assert refused.code == 1 and refused.out == ""
    assert refused.err.count("\n") == 1  # one line on stderr
    assert "$.title: expected a string" in refused.err and "$.x: unknown key" in refused.err

    evil = write_zip(tmp_path / "evil.lsb", {"../../evil.json": b"{}"})
    refused = run_cli("--data-dir", tmp_path, "import", evil)
    assert refused.code == 1 and "climbs out of the bundle" in refused.err


def test_unknown_extension_and_missing_lesson(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", "utf-8")
    result = run_cli("--data-dir", tmp_path, "import", other)
    assert result.code == 1 and "opens lesson bundles (.lsb)" in result.err
    result = run_cli("--data-dir", tmp_path, "export", "No such lesson", "--out",
                     tmp_path / "x.lsb")
    assert result.code == 1 and "No lesson with id or title" in result.err
    assert not (tmp_path / "x.lsb").exists()


def test_pdf_forms_dispatch_and_missing_feature(tmp_path: Path, monkeypatch, capsys) -> None:
    from lessonstudy.cli import main as cli_main
    from lessonstudy.cli.commands import exchange_cmds

    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(b"%PDF-1.4 not a real form")
    monkeypatch.setattr(exchange_cmds, "FORM_IMPORT_MODULE", "lessonstudy.services.no_such")
    assert cli_main.main(["--data-dir", str(tmp_path), "import", str(pdf)]) == 1
    assert "not available in this build" in capsys.readouterr().err
