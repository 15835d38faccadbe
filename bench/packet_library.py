"""Generate a department-sized library fast: 20 debriefed lessons, 24 iBoard photos each.

Used by ``bench/packet.py``. Rows go in with Core ``insert()`` and lists of
dicts (DESIGN §8: the ORM unit of work is 5x slower), with ids assigned
here so nothing needs to be read back. Photos are stored the way the app
stores them (a 2560x1920 JPEG plus a 320 px thumbnail), but only a handful
of distinct images are drawn; each photo row gets its own id and sha256.
"""

from __future__ import annotations

import io
import itertools
import random
from datetime import date, timedelta
from typing import Any

from PIL import Image, ImageDraw, ImageFilter
from sqlalchemy import insert

from lessonstudy.domain.enums import SegmentKind
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    Conference,
    Cycle,
    FeedbackItem,
    KeyIdea,
    Lesson,
    LessonVersion,
    ObservationNote,
    Observer,
    ObserverGroup,
    Photo,
    PhotoData,
    Segment,
    SegmentTiming,
    Teaching,
    Team,
)

KINDS = tuple(kind.value for kind in SegmentKind)
TYPES = ("strength", "question", "suggestion", "concern")
FOCI = ("Objectives and learning guides", "Teaching strategies and student participation",
        "Student thinking and misconceptions")
DISTINCT_IMAGES = 4
NOTES_PER_TEACHING = 300
"""Issue #13: every note prints ("Evidence by segment"); the packet bench has 300 a lesson."""


def note_text(n: int) -> str:
    """A realistic observation note, English or Chinese, 40–160 characters."""
    texts = ("Pupil C counted the squares on the hypotenuse as 24 instead of 25; "
             "the partner corrected her by recounting the half squares.",
             "Teacher called on six students; four were boys in the front rows.",
             "B 組寫了「大正方形 = 兩個小正方形」，已接近定理，但未有證據。",
             "All pairs talked within five seconds; two pairs switched to Cantonese.",
             "Is the measurement table in the workbook too small for three triangles?")
    return f"{texts[n % len(texts)]} ({n})"


def board_photo(seed: int) -> tuple[bytes, bytes]:
    """A 2560x1920 iBoard-like JPEG (q85, textured like a phone photo) and its thumbnail."""
    rng = random.Random(seed)
    image = Image.new("RGB", (640, 480), (236, 236, 228))
    draw = ImageDraw.Draw(image)
    for n in range(60):
        x, y = rng.randrange(600), rng.randrange(440)
        colour = (rng.randrange(40, 200), rng.randrange(40, 160), rng.randrange(60, 220))
        draw.line((x, y, x + rng.randrange(20, 120), y + rng.randrange(-6, 6)), colour, 3)
        if n % 6 == 0:
            draw.ellipse((x, y, x + 14, y + 14), fill=colour)
    noise = Image.effect_noise((2560, 1920), 18).convert("RGB")
    big = Image.blend(image.resize((2560, 1920), Image.Resampling.BICUBIC), noise, 0.12)
    big = big.filter(ImageFilter.GaussianBlur(0.8))
    full, thumb = io.BytesIO(), io.BytesIO()
    big.save(full, "JPEG", quality=85)
    small = big.copy()
    small.thumbnail((320, 320))
    small.save(thumb, "JPEG", quality=80)
    return full.getvalue(), thumb.getvalue()


class _Rows:
    """Rows per table with ids handed out in order."""

    def __init__(self) -> None:
        self.tables: dict[Any, list[dict[str, Any]]] = {}
        self._ids: dict[Any, itertools.count[int]] = {}

    def add(self, model: Any, **values: Any) -> int:
        row_id = next(self._ids.setdefault(model, itertools.count(1)))
        self.tables.setdefault(model, []).append({"id": row_id, **values}
                                                 if model is not PhotoData else values)
        return row_id


def generate(library: Library, lessons: int = 20, photos: int = 24, teams: int = 4, *,
             full_images: bool = True, batch: int = 50) -> int:
    """Fill an empty library; returns how many photo rows were stored.

    ``full_images=False`` stores the thumbnail as the photo too: the packet
    prints only thumbnails, and 600 lessons of 2560 px photos would be a
    5 GB file that tells the packet bench nothing more. Rows are inserted
    ``batch`` lessons at a time so a large library does not sit in memory.
    """
    images = [board_photo(seed) for seed in range(DISTINCT_IMAGES)]
    if not full_images:
        images = [(thumb, thumb) for _full, thumb in images]
    rows = _Rows()
    cycles = []
    for t in range(teams):
        team = rows.add(Team, name=f"S{t + 1} Mathematics Team 中{t + 1}數學",
                        school="Bench School", subject="Mathematics")
        cycles.append(rows.add(Cycle, team_id=team, research_theme=f"Theme {t + 1}: students "
                               "explain their reasoning 學生解釋推理", phase="revise"))
    for n in range(lessons):
        _lesson(rows, cycles[n % teams], n, photos, images)
        if (n + 1) % batch == 0 or n + 1 == lessons:
            _insert(library, rows)
    return lessons * photos


def _insert(library: Library, rows: _Rows) -> None:
    """Insert the rows gathered so far in one transaction, then forget them (ids keep counting)."""
    with library.unit_of_work() as session:
        store = library.photo_store  # the images go to the photo store, the rows name them
        names: dict[bytes, str] = {}
        for values in rows.tables.get(PhotoData, []):
            image = values["image_sha256"]
            if image not in names:
                names[image] = store.put(session, image)
            values["image_sha256"] = names[image]
        for model in (Team, Cycle, Lesson, LessonVersion, Segment, Teaching, SegmentTiming,
                      Conference, ObserverGroup, Observer, ObservationNote, FeedbackItem,
                      ActionItem, Photo, PhotoData, KeyIdea):
            if rows.tables.get(model):
                session.execute(insert(model), rows.tables[model])
    rows.tables.clear()


def _lesson(rows: _Rows, cycle: int, n: int, photos: int,
            images: list[tuple[bytes, bytes]]) -> None:
    lesson = rows.add(Lesson, cycle_id=cycle, title=f"Lesson {n + 1:02d}: Pythagoras 畢氏定理",
                      subject="Mathematics", grade="S2", goals="Students discover a²+b²=c². " * 3,
                      duration_seconds=3000)
    lineages = [f"{n}-{s}" for s in range(10)]
    versions = []
    for number in (1, 2):
        version = rows.add(LessonVersion, lesson_id=lesson, number=number, status="taught",
                           author="Ms Chan 陳老師", change_summary=f"Revision {number}.")
        versions.append(version)
        plan = lineages if number == 1 else [*lineages[:3], f"{n}-new", *lineages[3:]]
        segment_ids = [rows.add(Segment, version_id=version, position=p, lineage=lineage,
                                title=f"Segment {lineage}", kind=KINDS[p % len(KINDS)],
                                planned_seconds=300 if number == 1 or p != 5 else 240,
                                activity="Pairs predict, then groups measure squares. " * 2)
                       for p, lineage in enumerate(plan)]
    teaching = rows.add(Teaching, version_id=versions[1], kind="research",
                        date=date(2026, 3, 2) + timedelta(days=4 * n), teacher="陳慧敏 Chan",
                        class_name="2A")
    for p, segment in enumerate(segment_ids):
        rows.add(SegmentTiming, teaching_id=teaching, segment_id=segment, actual_start=p * 290,
                 actual_end=(p + 1) * 290)
    conference = rows.add(Conference, teaching_id=teaching, facilitator="Ho Mei Ling")
    groups = [rows.add(ObserverGroup, teaching_id=teaching, position=g, name=f"Group {g + 1}",
                       focus=FOCI[g % 3]) for g in range(6)]
    observers = [rows.add(Observer, teaching_id=teaching, group_id=groups[o % 6], position=o,
                          name=f"Visitor {o} 訪客", school="Bench School") for o in range(12)]
    for k in range(NOTES_PER_TEACHING):
        rows.add(ObservationNote, teaching_id=teaching, group_id=groups[k % 6],
                 observer_id=observers[k % 12] if k % 7 else None,
                 segment_id=segment_ids[k % len(segment_ids)], elapsed_seconds=k * 10,
                 kind=("evidence", "evidence", "interpretation", "question")[k % 4],
                 flagged=k % 11 == 0, text=note_text(k))
    for f in range(16):
        rows.add(FeedbackItem, conference_id=conference, group_id=groups[f % 6], position=f,
                 type=TYPES[f % 4], focus=FOCI[f % 3], author=f"Visitor {f}",
                 text="Pair work got every student talking before the whole class. " * 2)
    for a in range(4):
        rows.add(ActionItem, lesson_id=lesson, text=f"Action {a + 1}: shorten the summary.",
                 owner="Ms Chan", status="open" if a % 2 else "done",
                 closed_by_version_id=None if a % 2 else versions[1])
    for p in range(photos):
        image, thumbnail = images[(n + p) % len(images)]
        photo = rows.add(Photo, teaching_id=teaching, group_id=groups[p % 6],
                         caption=f"iBoard {p + 1}", width=2560, height=1920,
                         sha256=f"{n:032d}{p:032d}")
        rows.add(PhotoData, photo_id=photo, image_sha256=image, thumbnail=thumbnail)
        for k in range(1, 5):
            rows.add(KeyIdea, photo_id=photo, position=k,
                     text=f"Key idea {k}: students explained why 學生解釋原因")
