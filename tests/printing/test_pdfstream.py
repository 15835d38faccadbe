"""Pages and photos are written to the file as they are finished: valid PDF, flat memory."""

from __future__ import annotations

import io
import random
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from lessonstudy.printing import DocumentMeta, Section, build_pdf, para
from tests.printing.pdfcheck import image_count, outline_entries, page_texts

META = DocumentMeta(title="Streamed 串流")


def noisy_jpeg(seed: int, size: int = 360) -> bytes:
    """A JPEG that does not compress away (about 60 KB), different for every seed."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (size, size), rng.randbytes(size * size * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


class Photo(Flowable):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 200, 200

    def draw(self) -> None:
        self.canv.drawImage(str(self.path), 0, 0, 200, 200)


def photo_pages(folder: Path, count: int) -> list[object]:
    story: list[object] = []
    for n in range(count):
        path = folder / f"{n}.jpg"
        path.write_bytes(noisy_jpeg(n))
        story += [para(f"Photo {n} 相片"), Photo(path), PageBreak()]
    return story


def test_a_streamed_file_reads_back_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    for p in range(3):
        (tmp_path / f"p{p}").mkdir()
    sections = [Section(f"Part {p} 部分", photo_pages(tmp_path / f"p{p}", 5)) for p in range(3)]
    result = build_pdf(out, sections, META)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    assert image_count(out) == 15
    texts = page_texts(out)
    assert "Photo 4 相片" in texts[4] and f"Page {result.pages} of {result.pages}" in texts[-1]
    assert [e.title for e in outline_entries(out)] == ["Part 0 部分", "Part 1 部分", "Part 2 部分"]


def test_memory_does_not_grow_with_photos(tmp_path: Path) -> None:
    def peak(count: int) -> float:
        folder = tmp_path / str(count)
        folder.mkdir()
        story = photo_pages(folder, count)
        tracemalloc.start()
        build_pdf(folder / "out.pdf", story, META)
        top = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert image_count(folder / "out.pdf") == count
        return top / 1e6

    small, large = peak(20), peak(120)  # 1.2 MB against 7 MB of photos
    assert large < small + 3, (small, large)


def test_a_failed_build_leaves_no_file_and_the_older_one_intact(tmp_path: Path) -> None:
    class Broken(Flowable):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            raise RuntimeError("layout failed")

    out = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError, match="layout failed"):
        build_pdf(out, [para("one"), PageBreak(), para("two"), Broken()], META)
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"last week's report")
    with pytest.raises(RuntimeError, match="layout failed"):
        build_pdf(out, [para("one"), PageBreak(), para("two"), Broken()], META)
    assert out.read_bytes() == b"last week's report"
    assert list(tmp_path.iterdir()) == [out]
