"""A small library for the department view and packet tests: four teachings, two teams.

Built straight through the ORM in one transaction (fast, and independent of
the planning and conference screens). What it holds, by design:

* North School, "S1 Science Team": cycle "Inquiry through floating" with
  "Floating and sinking" (v1 → v2 adds "Pair talk: predict" and retimes
  "Group test") taught 2026-03-10 with a conference (2 strengths, 1 concern,
  1 open and 1 closed action, 2 iBoard photos), and "Density columns" taught
  2026-05-20 with a conference (1 question).
* South School, "S3 History Team": "Reading a source" taught 2026-04-02 with a
  conference (1 suggestion); "Timelines" rehearsed 2026-06-15 with no
  conference, so it is never in the department table.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from PIL import Image
from sqlalchemy.orm import Session

from lessonstudy.storage import photo_store
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    ActionItem,
    Conference,
    Cycle,
    FeedbackItem,
    KeyIdea,
    Lesson,
    LessonVersion,
    ObserverGroup,
    Photo,
    PhotoData,
    Segment,
    SegmentTiming,
    Teaching,
    Team,
)

FLOATING = "Floating and sinking"
DENSITY = "Density columns"
SOURCES = "Reading a source 閱讀史料"
TIMELINES = "Timelines"


@dataclass(frozen=True)
class SmallLibrary:
    """Ids the tests need."""

    science_team: int
    history_team: int
    science_cycle: int
    teachings: dict[str, int]


def jpeg(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG", quality=80)
    return out.getvalue()


def _lesson(cycle: Cycle, title: str, plans: list[list[tuple[str, str, int]]]) -> Lesson:
    """A lesson whose versions have the given (lineage, title, seconds) segments."""
    lesson = Lesson(title=title, subject=cycle.team.subject, grade="S1")
    for number, plan in enumerate(plans, start=1):
        version = LessonVersion(number=number, status="taught", author="Ms Lam")
        version.segments = [Segment(position=i, lineage=lineage, title=name, kind="group_work",
                                    planned_seconds=seconds)
                            for i, (lineage, name, seconds) in enumerate(plan)]
        lesson.versions.append(version)
    cycle.lessons.append(lesson)
    return lesson


def _teach(session: Session, version: LessonVersion, when: date, teacher: str,
           kind: str = "research") -> Teaching:
    teaching = Teaching(version=version, kind=kind, date=when, teacher=teacher, class_name="1A")
    session.add(teaching)
    session.flush()
    return teaching


def _feedback(session: Session, teaching: Teaching, items: list[tuple[str, str]]) -> None:
    conference = Conference(teaching_id=teaching.id, facilitator="Mr Ho")
    session.add(conference)
    session.flush()
    for position, (kind, text) in enumerate(items):
        session.add(FeedbackItem(conference_id=conference.id, position=position, type=kind,
                                 focus="Student talk", text=text, author="Visitor"))


def build_small_library(library: Library) -> SmallLibrary:
    """Fill an empty library with the records described above."""
    with library.unit_of_work() as session:
        science = Team(name="S1 Science Team", school="North School", subject="Science")
        history = Team(name="S3 History Team", school="South School", subject="History")
        inquiry = Cycle(research_theme="Inquiry through floating")
        sources = Cycle(research_theme="Working with sources")
        science.cycles.append(inquiry)
        history.cycles.append(sources)
        session.add_all([science, history])
        v1 = [("a", "Hook", 300), ("b", "Group test", 900), ("c", "Share", 600)]
        v2 = [("a", "Hook", 300), ("p", "Pair talk: predict", 120), ("b", "Group test", 720),
              ("c", "Share", 600)]
        floating = _lesson(inquiry, FLOATING, [v1, v2])
        density = _lesson(inquiry, DENSITY, [v1])
        reading = _lesson(sources, SOURCES, [[("s", "Source work", 1200)]])
        timelines = _lesson(sources, TIMELINES, [[("t", "Sort events", 900)]])
        session.flush()
        t1 = _teach(session, floating.versions[1], date(2026, 3, 10), "Ms Lam")
        t2 = _teach(session, density.versions[0], date(2026, 5, 20), "Mr Chan")
        t3 = _teach(session, reading.versions[0], date(2026, 4, 2), "Ms Wong 黃老師")
        _teach(session, timelines.versions[0], date(2026, 6, 15), "Mr Lee", "rehearsal")
        _feedback(session, t1, [("strength", "Every pair predicted first."),
                                ("concern", "Group test ran long."),
                                ("strength", "Clear success criteria.")])
        _feedback(session, t2, [("question", "Why three liquids?")])
        _feedback(session, t3, [("suggestion", "Give a glossary 詞彙表.")])
        segments = floating.versions[1].segments
        session.add_all([
            SegmentTiming(teaching_id=t1.id, segment_id=segments[0].id, actual_start=0,
                          actual_end=320),
            SegmentTiming(teaching_id=t1.id, segment_id=segments[1].id, actual_start=320,
                          actual_end=460),
            ActionItem(lesson_id=floating.id, text="Shorten the group test.", status="open",
                       target_segment_lineage="b", target_field="planned_seconds"),
            ActionItem(lesson_id=floating.id, text="Add pair talk before testing.",
                       status="done", closed_by_version_id=floating.versions[1].id),
        ])
        _photos(session, t1)
        return SmallLibrary(science.id, history.id, inquiry.id,
                            {FLOATING: t1.id, DENSITY: t2.id, SOURCES: t3.id})


def _photos(session: Session, teaching: Teaching) -> None:
    group = ObserverGroup(teaching_id=teaching.id, name="Group A", focus="Student talk")
    session.add(group)
    session.flush()
    for n, colour in enumerate(((200, 60, 60), (60, 160, 90)), start=1):
        photo = Photo(teaching_id=teaching.id, group_id=group.id, caption=f"Board {n}",
                      width=640, height=480, sha256=f"{n:064d}")
        session.add(photo)
        session.flush()
        session.add(PhotoData(photo_id=photo.id, thumbnail=jpeg(320, 240, colour),
                              image_sha256=photo_store.of(session).put(
                                  session, jpeg(640, 480, colour))))
        session.add_all([KeyIdea(photo_id=photo.id, position=p, text=f"Idea {n}.{p}")
                         for p in range(1, 5)])
