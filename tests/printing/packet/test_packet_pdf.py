"""The packet PDF read back with pypdf: bookmarks, contents numbers, changes, photos, fonts."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from lessonstudy.domain.errors import OperationCancelled
from lessonstudy.domain.packet import PacketOptions
from lessonstudy.services.department import load_department_rows
from lessonstudy.services.packet import write_packet
from lessonstudy.storage.library import Library
from tests.department_support import (
    DENSITY,
    FLOATING,
    SOURCES,
    SmallLibrary,
    build_small_library,
)
from tests.printing.pdfcheck import (
    assert_all_fonts_embedded,
    image_count,
    outline_entries,
    page_texts,
    pdf_text,
)

LESSONS = [FLOATING, SOURCES, DENSITY]


@pytest.fixture
def small(library: Library) -> SmallLibrary:
    return build_small_library(library)


def _write(library: Library, small: SmallLibrary, out: Path, **options: object) -> Path:
    write_packet(library, list(small.teachings.values()), out,
                 PacketOptions(**options))  # type: ignore[arg-type]
    return out


def contents_numbers(path: Path, titles: list[str]) -> dict[str, int]:
    """The page number the contents page prints after each title."""
    texts = page_texts(path)
    contents = next(text for text in texts if text.lstrip().startswith("Contents")
                    or "\nContents" in text)
    found = {}
    for title in titles:
        # pypdf returns the dotted leader and number either after the title or just before it
        after = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.MULTILINE)
        before = re.search(r"\.\s+(\d+)\s*\n\s*" + re.escape(title) + r"\s*$", contents,
                           re.MULTILINE)
        match = after or before
        assert match, f"{title!r} is not on the contents page:\n{contents}"
        found[title] = int(match.group(1))
    return found


def test_one_bookmark_per_lesson_and_contents_numbers_match(library: Library,
                                                            small: SmallLibrary,
                                                            out_pdf: Path) -> None:
    _write(library, small, out_pdf)
    entries = outline_entries(out_pdf)
    top = [e for e in entries if e.level == 0]
    assert [e.title for e in top] == ["Contents", "Summary across lessons", *LESSONS]
    nested = [e.title for e in entries if e.level == 1]
    assert nested.count("Version history") == 3 and nested.count("Key ideas and iBoards") == 3
    numbers = contents_numbers(out_pdf, ["Summary across lessons", *LESSONS])
    texts = page_texts(out_pdf)
    for entry in top[1:]:
        assert numbers[entry.title] == entry.page
        assert entry.title in texts[entry.page - 1]


def test_packet_content_versions_photos_and_fonts(library: Library, small: SmallLibrary,
                                                  out_pdf: Path) -> None:
    _write(library, small, out_pdf, school="Tai Po District")
    text = pdf_text(out_pdf)
    assert "Tai Po District" in text and "10 Mar 2026 – 20 May 2026" in text
    assert "Science · History" in text  # the departments on the cover
    assert "Segment 'Pair talk: predict' added at 2 (2:00)" in text
    assert "'Group test' planned time 15:00 → 12:00" in text
    assert "Give a glossary 詞彙表." in text
    assert "closed by v2" in text and "Shorten the group test." in text
    assert "Idea 2.4" in text
    assert image_count(out_pdf) == 2
    assert_all_fonts_embedded(out_pdf)


def test_odd_pages_start_every_lesson_on_a_right_hand_page(library: Library,
                                                           small: SmallLibrary,
                                                           out_pdf: Path) -> None:
    _write(library, small, out_pdf, odd_pages=True)
    starts = [e.page for e in outline_entries(out_pdf) if e.level == 0]
    assert all(page % 2 == 1 for page in starts), starts
    assert contents_numbers(out_pdf, LESSONS) == {
        e.title: e.page for e in outline_entries(out_pdf) if e.title in LESSONS}


def test_demo_packet_lists_the_real_version_changes(demo_library: Library,
                                                    out_pdf: Path) -> None:
    ids = [row.teaching_id for row in load_department_rows(demo_library)]
    result = write_packet(demo_library, ids, out_pdf)
    text = pdf_text(out_pdf)
    assert "Segment 'Pair work: predict the pattern' added at 3 (0:20)" in text
    assert "'Group work: measure the squares' planned time 12:00 → 10:00" in text
    assert result.pages == len(page_texts(out_pdf)) and image_count(out_pdf) == 3
    assert_all_fonts_embedded(out_pdf)


def test_cancel_stops_the_build_and_leaves_no_file(library: Library, small: SmallLibrary,
                                                   tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "packet.pdf"
    out.write_bytes(b"the previous packet")
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done > 300:  # well into the layout passes
            cancel.set()

    with pytest.raises(OperationCancelled, match="no file was written"):
        write_packet(library, list(small.teachings.values()), out, progress=progress,
                     cancel=cancel)
    assert out.read_bytes() == b"the previous packet"
    assert sorted(p.name for p in out.parent.iterdir()) == ["packet.pdf"]
    assert seen == sorted(seen) and seen[-1] < 1000


def test_progress_runs_to_the_end(library: Library, small: SmallLibrary,
                                  out_pdf: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_packet(library, list(small.teachings.values()), out_pdf,
                 progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1000, 1000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_long_packet_reads_its_lessons_a_few_at_a_time(library: Library, small: SmallLibrary,
                                                          tmp_path: Path) -> None:
    from lessonstudy.printing.packet import build_packet
    from lessonstudy.services.packet_data import LessonChunks, load_packet, thumbnail_source

    ids = list(small.teachings.values())
    eager, chunked = load_packet(library, ids), load_packet(library, ids, chunk=1)
    assert isinstance(chunked.lessons, LessonChunks) and chunked.rows == eager.rows
    assert chunked.photo_count == sum(len(lesson.photos) for lesson in eager.lessons)
    texts = []
    for data, name in ((eager, "eager.pdf"), (chunked, "chunked.pdf")):
        build_packet(data, tmp_path / name, thumbnail_source(library), invariant=True)
        texts.append(pdf_text(tmp_path / name))
    assert texts[0] == texts[1]
    assert chunked.lessons[2].title == eager.lessons[2].title == LESSONS[2]
