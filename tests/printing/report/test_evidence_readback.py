"""Every observation reaches paper: the report and packet read back with pypdf.

The demo teaching gets typed key ideas for one group (beside its iBoard's),
one note quoted as evidence, one agenda step without planned minutes; then
both PDFs must contain every note, every key idea, every agenda record.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from lessonstudy.domain.timing import format_clock
from lessonstudy.printing.evidence import QUOTED_CHARS
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.services.demo_content import AGENDA_RECORDS
from lessonstudy.services.evidence_notes import read_evidence_notes
from lessonstudy.services.key_ideas import set_group_key_ideas, teaching_key_ideas
from lessonstudy.services.packet import write_packet
from lessonstudy.services.report import write_conference_report
from lessonstudy.storage.library import Library
from lessonstudy.storage.models import ObservationNote
from tests.photo_files import copy_photos
from tests.printing.pdfcheck import pdf_text

RESEARCH = 2
TYPED = ["Pupils folded the paper before comparing", "表格太小，要大一點", "Ask C to explain"]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory, demo_template: Path,
             ) -> tuple[Library, int]:
    from lessonstudy.paths import resolve_location

    folder = tmp_path_factory.mktemp("evidence-lib")
    src, dst = sqlite3.connect(demo_template / "library.db"), sqlite3.connect(
        folder / "library.db")
    src.backup(dst)
    dst.close()
    src.close()
    copy_photos(demo_template, folder)
    library = Library.open(resolve_location(folder))
    set_group_key_ideas(library, RESEARCH, "group b", TYPED)
    info = conf.open_conference(library, RESEARCH)
    unplanned = info.agenda[2]
    conf.update_agenda_item(library, unplanned.id, title=unplanned.title,
                            speaker=unplanned.speaker, planned_minutes=None)
    with library.reading() as session:
        note = session.query(ObservationNote).filter_by(teaching_id=RESEARCH).first()
        assert note is not None
        quoted_id = note.id
    first = fb.list_feedback(library, info.id)[0]
    fb.update_feedback(library, first.id, fb.FeedbackDraft(
        first.text, first.type, first.focus, first.group_id, first.author, first.segment_id,
        first.critical_friend, note_ids=(quoted_id,)))
    return library, quoted_id


@pytest.fixture(scope="module")
def report_text(prepared: tuple[Library, int], tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.pdf"
    write_conference_report(prepared[0], RESEARCH, out)
    return pdf_text(out)


@pytest.fixture(scope="module")
def packet_text(prepared: tuple[Library, int], tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("packet") / "packet.pdf"
    write_packet(prepared[0], [RESEARCH], out)
    return pdf_text(out)


@pytest.mark.parametrize("which", ["report", "packet"])
def test_every_note_is_printed_quoted_ones_shortened(
        which: str, prepared: tuple[Library, int], request: pytest.FixtureRequest) -> None:
    library, quoted_id = prepared
    text = squash(request.getfixturevalue(f"{which}_text"))
    with library.reading() as session:
        notes = read_evidence_notes(session, [RESEARCH])[RESEARCH]
    assert len(notes) >= 9
    section = text[text.index("Evidencebysegment"):]
    for note in notes:
        body = " ".join(note.text.split())
        if note.id == quoted_id:
            assert note.quoted and note.feedback_numbers == (1,)
            assert squash(body[: QUOTED_CHARS - 1]) in section
            assert "(quotedinfeedback#1)" in section
        else:
            assert squash(body) in section, body
        if note.elapsed_seconds is not None:
            assert format_clock(note.elapsed_seconds) in section
    assert section.count("Flagged:") == sum(1 for n in notes if n.flagged) > 0


@pytest.mark.parametrize("which", ["report", "packet"])
def test_every_key_idea_typed_and_on_photos_is_printed(
        which: str, prepared: tuple[Library, int], request: pytest.FixtureRequest) -> None:
    text = squash(request.getfixturevalue(f"{which}_text"))
    sets = teaching_key_ideas(prepared[0], RESEARCH)
    assert any(s.typed for s in sets) and sum(1 for s in sets if not s.typed) == 3
    ideas = [idea for s in sets for idea in s.ideas]
    assert set(TYPED) <= set(ideas)
    for idea in ideas:
        shown = idea if which == "report" else idea[:159]
        assert squash(shown) in text, idea
    assert "Nottranscribed" not in text


def test_every_agenda_record_is_in_the_packet_after_the_feedback(packet_text: str) -> None:
    text = squash(packet_text)
    record = text[text.index("Conferencerecord", text.index("Conferencesummary")):]
    for said in AGENDA_RECORDS.values():
        assert squash(said) in record


def test_every_agenda_record_is_printed_under_the_agenda(report_text: str) -> None:
    text = squash(report_text)
    record = text[text.index("Conferencerecord"):]
    for said in AGENDA_RECORDS.values():
        assert squash(said) in record
    agenda = text[text.index("Conferenceagenda"):text.index("Conferencerecord")]
    rows = re.findall(r"\d+min|—", agenda)
    assert "—" in rows  # the unplanned step: no invented "5 min"
    assert "(somestepsnotplanned)" in agenda
