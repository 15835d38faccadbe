"""Fixtures for the printing tests: an output folder and small generated JPEGs."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.printing.charts import TimelineBlock, TimelineRow


@pytest.fixture
def out_pdf(tmp_path: Path) -> Path:
    """Where a test writes its PDF."""
    return tmp_path / "out.pdf"


def make_jpeg(width: int = 320, height: int = 240, colour: tuple[int, int, int] = (40, 120, 200),
              quality: int = 80) -> bytes:
    """A plain JPEG generated on the spot."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


@pytest.fixture
def jpeg_factory() -> Callable[..., bytes]:
    return make_jpeg


@pytest.fixture
def planned_and_actual() -> list[TimelineRow]:
    """A 50-minute plan and a lesson that ran five minutes over."""
    plan = [
        TimelineBlock("Warm-up 熱身", SegmentKind.WHOLE_CLASS_QA, 0, 300),
        TimelineBlock("Presentation", SegmentKind.PRESENTATION, 300, 1200),
        TimelineBlock("Group work 小組", SegmentKind.GROUP_WORK, 1200, 2400),
        TimelineBlock("iBoard", SegmentKind.IBOARD_WRITING, 2400, 3000),
    ]
    actual = [
        TimelineBlock("Warm-up 熱身", SegmentKind.WHOLE_CLASS_QA, 0, 420),
        TimelineBlock("Presentation", SegmentKind.PRESENTATION, 420, 1500),
        TimelineBlock("Group work 小組", SegmentKind.GROUP_WORK, 1500, 2700),
        TimelineBlock("iBoard", SegmentKind.IBOARD_WRITING, 2700, 3300),
    ]
    return [TimelineRow("Planned", plan), TimelineRow("Actual 實際", actual)]
