"""The classroom read back from PDFs: the forms' map page and prediction columns, and the
report's heat view, tallies chart (with the right numbers) and predicted-vs-observed table."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import delete

from lessonstudy.services import tallies
from lessonstudy.services.demo_classroom import MARKS, PREDICTIONS
from lessonstudy.services.report import write_conference_report
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import (
    CasePupilPrediction,
    ClassroomMap,
    ObserverGroup,
    TallyCounter,
)
from tests.forms_support import print_forms, print_one
from tests.printing.pdfcheck import assert_all_fonts_embedded, page_texts

RESEARCH = 2


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_forms_print_the_map_page_and_predictions_beside_empty_observed(
        demo_library: Library, tmp_path: Path) -> None:
    texts = page_texts(print_one(demo_library, tmp_path / "form.pdf"))
    map_page, predictions = _flat(texts[4]), _flat(texts[5])
    assert map_page.startswith("Classroom map") or "Classroom map" in map_page
    for label in ("1A", "1B", "3C", "6A", "8D", "Group 8", "Board", "Teacher", "iBoard 1"):
        assert label in map_page, label
    assert "Case pupils: predicted and observed" in predictions
    for pupil in "ABC":
        assert f"{pupil}: predicted" in predictions and f"{pupil}: observed" in predictions
    assert "Miscounts squares on the slanted side" in predictions
    assert "4. Group work: measure the squares" in predictions
    assert "Counted the squares" not in predictions  # forms never print what was observed
    assert_all_fonts_embedded(tmp_path / "form.pdf")


def test_forms_without_map_or_predictions_keep_their_four_pages(
        demo_library: Library, tmp_path: Path) -> None:
    with demo_library.unit_of_work() as session:
        session.execute(delete(ClassroomMap))
        session.execute(delete(CasePupilPrediction))
    assert len(page_texts(print_one(demo_library, tmp_path / "form.pdf"))) == 4
    assert print_forms(demo_library, tmp_path / "all").pages == 12


def test_report_has_heat_view_tally_chart_and_predicted_vs_observed(
        demo_library: Library, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_conference_report(demo_library, RESEARCH, out)
    texts = [_flat(t) for t in page_texts(out)]
    heat = next(t for t in texts if "Notes by seat and table" in t)
    assert "5 notes were about pupils or tables." in heat
    assert "Group 3 2 notes" in heat and "Group 8 0 notes" in heat
    assert "No note was about: 1A, 1B" in heat and "3C" not in heat.split("No note was")[1]

    tally_pages = " ".join(t for t in texts if "Tallies by segment" in t or "PQ" in t)
    counts = tallies.tally_counts(demo_library, RESEARCH)
    for counter in counts.counters:
        assert counter.code
        total = counts.total(counter.id)
        assert total == len(MARKS[counter.code])
        row = re.search(rf"{re.escape(counter.code + ' ' + counter.label)} ((?:\d+ ){{10}})(\d+)",
                        tally_pages)
        assert row is not None, counter.code
        assert int(row.group(2)) == total
        assert sum(int(n) for n in row.group(1).split()) == total
    assert "PQ Pupil question 0 0 0 5 1 2 3 1 0 0 12" in tally_pages
    assert "4–6′: 2" in tally_pages  # teacher questions at 4:30 and 5:20

    predicted = next(t for t in texts if "Case pupils: predicted and observed" in t)
    assert "Miscounts squares on the slanted side" in predicted
    assert "Pupil C counted the squares on the hypotenuse as 24 instead of 25." in predicted
    assert len(PREDICTIONS) == 12
    assert_all_fonts_embedded(out)


def test_report_without_classroom_data_has_no_classroom_sections(
        demo_library: Library, tmp_path: Path) -> None:
    with demo_library.unit_of_work() as session:
        session.execute(delete(ClassroomMap))
        session.execute(delete(CasePupilPrediction))
        session.execute(delete(TallyCounter))
        assert session.query(ObserverGroup).count() > 0
    out = tmp_path / "report.pdf"
    write_conference_report(demo_library, RESEARCH, out)
    text = " ".join(page_texts(out))
    for heading in ("Notes by seat and table", "Tallies by segment",
                    "Case pupils: predicted and observed"):
        assert heading not in text
