"""Case-pupil predictions: what the team expects each case pupil to do in each segment.

Dudley's research lesson study asks the planning team to predict, per case
pupil and segment, how the pupil will respond; observers then write what the
pupil did. Predictions belong to a version's segments (they are part of the
plan); what was observed comes from the teaching's notes about that case pupil
in that segment, so the report can set the two side by side.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lessonstudy.domain.errors import NotFoundError, ValidationError
from lessonstudy.i18n import _
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupil,
    CasePupilPrediction,
    LessonVersion,
    ObservationNote,
    Segment,
    Teaching,
)

MAX_PREDICTION = 2000


@dataclass(frozen=True)
class PredictionRow:
    """One case pupil in one segment: the prediction and, for a teaching, what was seen."""

    case_pupil_id: int
    case_label: str
    segment_id: int
    segment_position: int
    segment_title: str
    predicted: str
    observed: tuple[str, ...] = ()


@dataclass(frozen=True)
class PredictionGrid:
    """Every case pupil × segment of a version, in plan order (segment, then pupil)."""

    case_labels: tuple[str, ...]
    rows: tuple[PredictionRow, ...]

    def predicted(self, case_label: str, segment_id: int) -> str:
        return next((r.predicted for r in self.rows
                     if r.case_label == case_label and r.segment_id == segment_id), "")


def version_predictions(library: Library, version_id: int) -> PredictionGrid:
    """The version's prediction grid (empty texts where the team wrote nothing yet)."""
    with library.reading() as session:
        version = session.get(LessonVersion, version_id)
        if version is None:
            raise NotFoundError(_("That lesson version no longer exists."))
        return grid_in(session, version, None)


def teaching_predictions(library: Library, teaching_id: int) -> PredictionGrid:
    """Predicted beside observed: the notes about each case pupil in each segment."""
    with library.reading() as session:
        teaching = session.get(Teaching, teaching_id)
        if teaching is None:
            raise NotFoundError(_("That teaching no longer exists."))
        version = session.get(LessonVersion, teaching.version_id)
        assert version is not None
        return grid_in(session, version, teaching.id)


def grid_in(session: Session, version: LessonVersion, teaching_id: int | None) -> PredictionGrid:
    cases = list(session.scalars(select(CasePupil).where(CasePupil.lesson_id == version.lesson_id)
                                 .order_by(CasePupil.label)))
    segments = list(session.scalars(select(Segment).where(Segment.version_id == version.id)
                                    .order_by(Segment.position)))
    texts = {(p.segment_id, p.case_pupil_id): p.text for p in session.scalars(
        select(CasePupilPrediction).where(CasePupilPrediction.segment_id.in_(
            [s.id for s in segments])))} if segments else {}
    observed: dict[tuple[int | None, int | None], list[str]] = defaultdict(list)
    if teaching_id is not None:
        for seg, case, text in session.execute(
                select(ObservationNote.segment_id, ObservationNote.case_pupil_id,
                       ObservationNote.text)
                .where(ObservationNote.teaching_id == teaching_id,
                       ObservationNote.case_pupil_id.is_not(None))
                .order_by(ObservationNote.elapsed_seconds, ObservationNote.id)):
            observed[(seg, case)].append(text)
    rows = tuple(PredictionRow(c.id, c.label, s.id, s.position, s.title,
                               texts.get((s.id, c.id), ""), tuple(observed.get((s.id, c.id), ())))
                 for s in segments for c in cases)
    return PredictionGrid(tuple(c.label for c in cases), rows)


def set_prediction(library: Library, segment_id: int, case_pupil_id: int, text: str) -> str:
    """Write (or clear, with empty text) the team's prediction for one case pupil and segment."""
    text = text.strip()
    if len(text) > MAX_PREDICTION:
        raise ValidationError(_("A prediction holds at most {most} characters; nothing was "
                                "saved.").format(most=MAX_PREDICTION))
    with library.unit_of_work() as session:
        segment = session.get(Segment, segment_id)
        case = session.get(CasePupil, case_pupil_id)
        if segment is None or case is None:
            raise NotFoundError(_("That segment or case pupil no longer exists."))
        version = session.get(LessonVersion, segment.version_id)
        if version is None or version.lesson_id != case.lesson_id:
            raise ValidationError(_("That case pupil belongs to another lesson."))
        row = session.scalar(select(CasePupilPrediction).where(
            CasePupilPrediction.segment_id == segment_id,
            CasePupilPrediction.case_pupil_id == case_pupil_id))
        if row is None:
            if text:
                session.add(CasePupilPrediction(segment_id=segment_id,
                                                case_pupil_id=case_pupil_id, text=text))
        elif text:
            row.text = text
        else:
            session.delete(row)
        return text
