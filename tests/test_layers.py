"""Architecture rules: Qt only in lessonstudy/ui, and start-up imports stay light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lessonstudy"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_only_the_ui_package_imports_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and "PySide6" in _imports(path)
    ]
    assert offenders == []


def test_ui_package_really_is_the_one_using_qt() -> None:
    assert any("PySide6" in _imports(p) for p in (PACKAGE / "ui").rglob("*.py"))


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_cli_start_up_does_not_import_qt_or_heavy_modules() -> None:
    loaded = _modules_after("from lessonstudy.cli.main import build_parser; build_parser()")
    for heavy in ("PySide6", "reportlab", "alembic", "PIL", "sqlalchemy"):
        assert heavy not in loaded, heavy


def test_services_and_storage_import_without_qt() -> None:
    loaded = _modules_after(
        "import lessonstudy.services.catalogue, lessonstudy.services.demo, "
        "lessonstudy.storage.library"
    )
    assert "PySide6" not in loaded
    assert "reportlab" not in loaded
    assert "alembic" not in loaded


def test_gui_start_up_paints_before_importing_storage_or_printing() -> None:
    loaded = _modules_after(
        "import os; os.environ['QT_QPA_PLATFORM']='offscreen'; "
        "from lessonstudy.ui.application import make_application, build_window; "
        "app = make_application([]); w = build_window('/nonexistent-not-opened')"
    )
    assert "PySide6.QtWidgets" in loaded
    for heavy in ("sqlalchemy", "reportlab", "alembic", "PIL"):
        assert heavy not in loaded, heavy
