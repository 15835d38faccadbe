"""A lesson's case pupils (A, B, C): added, renamed and removed from the window.

The team picks a few pupils to follow closely; predictions are written for
them per segment and observers' notes and seats may name them. Until now they
came only from a lesson import or the demo, so a team starting in the window
had no way to write predictions. Removing a pupil the observers already wrote
notes about is refused (the evidence would lose its subject); otherwise the
removal returns everything needed for undo to bring the pupil back with the
same id, predictions and seats.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import ConflictError, NotFoundError, ValidationError
from lessonstudy.i18n import N_
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupil,
    CasePupilPrediction,
    ClassroomSeat,
    LessonVersion,
    ObservationNote,
)

LABEL_LIMIT = 20  # the column's width: labels are short ("A", "Amy")


@dataclass(frozen=True)
class CasePupilInfo:
    """One case pupil as the editor shows it."""

    id: int
    label: str


@dataclass(frozen=True)
class RemovedCasePupil:
    """What undo of a removal needs: the pupil, its predictions and the seats it had."""

    id: int
    uuid: str
    lesson_id: int
    label: str
    typifies: str
    success_criterion: str
    predictions: tuple[tuple[int, str], ...]  # (segment id, text)
    seat_ids: tuple[int, ...]


def lesson_of_version(library: Library, version_id: int) -> int:
    """The lesson a version belongs to (case pupils belong to the lesson, not a version)."""
    with library.reading() as session:
        lesson_id = session.scalar(select(LessonVersion.lesson_id)
                                   .where(LessonVersion.id == version_id))
    if lesson_id is None:
        raise NotFoundError(N_("That lesson version no longer exists."))
    return lesson_id


def list_case_pupils(library: Library, lesson_id: int) -> list[CasePupilInfo]:
    """The lesson's case pupils in label order (the order of the prediction columns)."""
    with library.reading() as session:
        return [CasePupilInfo(i, label) for i, label in session.execute(
            select(CasePupil.id, CasePupil.label).where(CasePupil.lesson_id == lesson_id)
            .order_by(CasePupil.label))]


def add_case_pupil(library: Library, lesson_id: int, label: str) -> CasePupilInfo:
    """A new case pupil for the lesson; refused if the label is empty, too long or taken."""
    with library.unit_of_work() as session:
        clean = _checked_label(session, lesson_id, label, None)
        pupil = CasePupil(lesson_id=lesson_id, label=clean)
        session.add(pupil)
        session.flush()
        return CasePupilInfo(pupil.id, pupil.label)


def rename_case_pupil(library: Library, pupil_id: int, label: str) -> CasePupilInfo:
    """A new label; predictions, notes and seats keep following the same pupil."""
    with library.unit_of_work() as session:
        pupil = _get(session, pupil_id)
        pupil.label = _checked_label(session, pupil.lesson_id, label, pupil.id)
        session.flush()
        return CasePupilInfo(pupil.id, pupil.label)


def remove_case_pupil(library: Library, pupil_id: int) -> RemovedCasePupil:
    """Remove a case pupil and their predictions; refused once notes name them."""
    with library.unit_of_work() as session:
        pupil = _get(session, pupil_id)
        noted = session.scalar(select(func.count(ObservationNote.id))
                               .where(ObservationNote.case_pupil_id == pupil.id))
        if noted:
            raise ValidationError(N_("Observers already wrote notes about case pupil {label}, "
                                     "so they cannot be removed; rename them instead."),
                                  label=pupil.label)
        predictions = tuple((segment_id, text) for segment_id, text in session.execute(
            select(CasePupilPrediction.segment_id, CasePupilPrediction.text)
            .where(CasePupilPrediction.case_pupil_id == pupil.id)))
        seats = list(session.scalars(select(ClassroomSeat)
                                     .where(ClassroomSeat.case_pupil_id == pupil.id)))
        removed = RemovedCasePupil(pupil.id, pupil.uuid, pupil.lesson_id, pupil.label,
                                   pupil.typifies, pupil.success_criterion, predictions,
                                   tuple(s.id for s in seats))
        for seat in seats:
            seat.case_pupil_id = None
        for prediction in session.scalars(select(CasePupilPrediction).where(
                CasePupilPrediction.case_pupil_id == pupil.id)):
            session.delete(prediction)
        session.flush()
        session.delete(pupil)
        return removed


def restore_case_pupil(library: Library, removed: RemovedCasePupil) -> None:
    """Bring a removed case pupil back with the same id, predictions and seats (undo)."""
    with library.unit_of_work() as session:
        if session.get(CasePupil, removed.id) is not None:
            raise ConflictError(N_("The removed case pupil's place was taken by another "
                                   "record; add the case pupil again instead."))
        _checked_label(session, removed.lesson_id, removed.label, None)
        session.add(CasePupil(id=removed.id, uuid=removed.uuid, lesson_id=removed.lesson_id,
                              label=removed.label, typifies=removed.typifies,
                              success_criterion=removed.success_criterion))
        session.flush()
        for segment_id, text in removed.predictions:
            session.add(CasePupilPrediction(segment_id=segment_id, case_pupil_id=removed.id,
                                            text=text))
        if removed.seat_ids:
            for seat in session.scalars(select(ClassroomSeat)
                                        .where(ClassroomSeat.id.in_(removed.seat_ids))):
                if seat.case_pupil_id is None:
                    seat.case_pupil_id = removed.id
        session.flush()


def _get(session: Session, pupil_id: int) -> CasePupil:
    pupil = session.get(CasePupil, pupil_id)
    if pupil is None:
        raise NotFoundError(N_("That case pupil no longer exists."))
    return pupil


def _checked_label(session: Session, lesson_id: int, label: str, own_id: int | None) -> str:
    clean = " ".join(label.split())
    if not clean:
        raise ValidationError(N_("A case pupil needs a label, such as A or a first name."))
    if len(clean) > LABEL_LIMIT:
        raise ValidationError(N_("A case pupil's label can have at most {limit} characters."),
                              limit=LABEL_LIMIT)
    for other_id, other in session.execute(select(CasePupil.id, CasePupil.label)
                                           .where(CasePupil.lesson_id == lesson_id)):
        if other_id != own_id and other.casefold() == clean.casefold():
            raise ValidationError(N_("This lesson already has a case pupil called {label}."),
                                  label=other)
    return clean
