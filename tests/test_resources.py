"""Finding shipped files from a checkout and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lessonstudy import resources
from lessonstudy.resources import MissingResourceError, resource_path, resources_root


@pytest.fixture(autouse=True)
def _fresh_lookup() -> Iterator[None]:
    resources_root.cache_clear()
    yield
    resources_root.cache_clear()


def test_fonts_are_found_in_the_checkout() -> None:
    font = resource_path("fonts", "DroidSansFallbackFull.ttf")
    assert font.is_file()
    assert font.parent.parent == Path(resources.__file__).resolve().parent.parent / "resources"


def test_a_pyinstaller_bundle_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "x.ttf").write_bytes(b"font")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"


def test_a_missing_file_names_itself() -> None:
    with pytest.raises(MissingResourceError, match=r"no-such-font\.ttf"):
        resource_path("fonts", "no-such-font.ttf")
