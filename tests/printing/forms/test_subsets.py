"""Font subsets are cut once and reused: same bytes, fewer cuts, fonts still embedded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lessonstudy.printing.forms.subsets import _remembering, remember_subsets
from lessonstudy.storage.library import Library
from tests.forms_support import print_one
from tests.printing.pdfcheck import assert_all_fonts_embedded


def test_a_subset_is_cut_once_per_set_of_characters() -> None:
    cuts: list[tuple[int, ...]] = []

    def cut(subset: Sequence[int]) -> bytes:
        cuts.append(tuple(subset))
        return bytes(subset)

    make = _remembering(cut)
    assert make([65, 66]) == make([65, 66]) == b"AB"
    assert make([66, 65]) == b"BA"  # order matters: it is the glyph order in the file
    assert cuts == [(65, 66), (66, 65)]


def test_forms_with_remembered_subsets_are_identical_and_embedded(
    demo_library: Library, tmp_path: Path
) -> None:
    remember_subsets()
    remember_subsets()  # idempotent: wrapping twice would still work, but it does not happen
    first = print_one(demo_library, tmp_path / "1.pdf", observer=3)
    second = print_one(demo_library, tmp_path / "2.pdf", observer=3)
    assert first.read_bytes() == second.read_bytes()
    assert_all_fonts_embedded(second)
