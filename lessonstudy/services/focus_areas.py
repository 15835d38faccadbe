"""The library of observation focus areas and their prompts, reused across open classes.

A facilitator gives each observer group a focus ("Teaching strategies and
student participation") with a few prompts to look for. The same foci come
back lesson after lesson, so they are kept once per library; a group copies
the focus and prompts when it picks one and may then edit its own copy
without changing the library.

A library with no focus areas gets four well-tried ones the first time the
list is read or a focus area added (seeding is data, not schema, so it is not
an Alembic step). Removing every focus area brings the four back.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.i18n import N_, _, using_language
from lessonstudy.services.library_settings import library_language
from lessonstudy.services.observer_records import FocusAreaInfo, split_prompts
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import FocusArea

NAME_LIMIT = 200

CASE_PUPILS = N_("Case pupils")
DEFAULT_FOCUS_AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (N_("Objectives and learning guides / workbooks"), (
        N_("Are the lesson objectives clear to students? Can they say what they are learning?"),
        N_("Does each step of the learning guide / workbook prepare students for the next?"),
        N_("Where do students get stuck in the workbook, and what do they do then?"),
    )),
    (N_("Teaching strategies and student participation"), (
        N_("Who speaks, how often, and to whom? Note the quiet students too."),
        N_("How do the teacher's questions and wait time open up (or close down) thinking?"),
        N_("Which activities (pair work, group work, iBoards) get every student working?"),
    )),
    (N_("Student thinking and misconceptions"), (
        N_("What do students say, write or draw that shows how they reason?"),
        N_("Where does reasoning break down, and which misconception might explain it?"),
        N_("How do students respond when a peer or the teacher challenges an idea?"),
    )),
    (CASE_PUPILS, (
        N_("Follow your case pupil: what do they do and say in each segment?"),
        N_("When are they engaged, when do they drift, and what triggered the change?"),
        N_("Did they meet the success criterion set for them? What is the evidence?"),
    )),
)
"""English source texts; a library is seeded with them in its own language."""


def list_focus_areas(library: Library) -> list[FocusAreaInfo]:
    """Every focus area in library order (the four defaults if there were none).

    Read without the write lock once the defaults are there (always, after the
    first time), so the list shows while another program writes.
    """
    with library.reading() as session:
        areas = [_info(area) for area in ordered(session)]
    if areas:
        return areas
    with library.unit_of_work() as session:
        seed_if_empty(session)
        return [_info(area) for area in ordered(session)]


def ensure_default_focus_areas(library: Library) -> bool:
    """Seed the default focus areas into a library that has none; True if it did."""
    with library.unit_of_work() as session:
        return seed_if_empty(session)


def add_focus_area(library: Library, name: str, prompts: str) -> FocusAreaInfo:
    """A new focus area at the end of the list."""
    with library.unit_of_work() as session:
        seed_if_empty(session)
        clean = _checked_name(session, name, None)
        last = session.scalar(select(func.max(FocusArea.position))) or 0
        area = FocusArea(name=clean, prompts=_clean_prompts(prompts), position=last + 1)
        session.add(area)
        session.flush()
        return _info(area)


def update_focus_area(library: Library, area_id: int, name: str, prompts: str) -> FocusAreaInfo:
    """Rename a focus area or change its prompts; groups keep the copy they made."""
    with library.unit_of_work() as session:
        area = _get(session, area_id)
        area.name = _checked_name(session, name, area_id)
        area.prompts = _clean_prompts(prompts)
        session.flush()
        return _info(area)


def remove_focus_area(library: Library, area_id: int) -> None:
    """Delete a focus area; groups that used it keep their focus text and prompts."""
    with library.unit_of_work() as session:
        session.delete(_get(session, area_id))


def seed_if_empty(session: Session) -> bool:
    if session.scalar(select(func.count(FocusArea.id))):
        return False
    with using_language(library_language(session)):
        session.add_all(
            FocusArea(name=_(name), prompts="\n".join(_(p) for p in prompts), position=position)
            for position, (name, prompts) in enumerate(DEFAULT_FOCUS_AREAS)
        )
    session.flush()
    return True


def is_case_pupil_focus(session: Session, area: FocusArea) -> bool:
    """Whether ``area`` is the seeded "Case pupils" focus (in English or the library's language)."""
    with using_language(library_language(session)):
        names = {N_(CASE_PUPILS).casefold(), _(CASE_PUPILS).casefold()}
    return area.name.strip().casefold() in names


def ordered(session: Session) -> list[FocusArea]:
    return list(session.scalars(select(FocusArea).order_by(FocusArea.position, FocusArea.id)))


def _get(session: Session, area_id: int) -> FocusArea:
    area = session.get(FocusArea, area_id)
    if area is None:
        raise NotFoundError(N_("There is no focus area with id {area_id}; it may have been "
                               "removed."),
                            area_id=area_id)
    return area


def _checked_name(session: Session, name: str, own_id: int | None) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError(N_("A focus area needs a name."))
    if len(clean) > NAME_LIMIT:
        raise ValidationError(N_("A focus area name can have at most {limit} characters."),
                              limit=NAME_LIMIT)
    for area in ordered(session):
        if area.id != own_id and area.name.casefold() == clean.casefold():
            raise ValidationError(N_("There is already a focus area called '{name}'."),
                                  name=area.name)
    return clean


def _clean_prompts(prompts: str) -> str:
    return "\n".join(split_prompts(prompts))


def _info(area: FocusArea) -> FocusAreaInfo:
    return FocusAreaInfo(area.id, area.name, split_prompts(area.prompts), area.position)
