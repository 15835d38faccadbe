"""The report's classroom sections: notes by seat (heat view), tallies, predicted vs observed.

Each section appears only when the teaching has what it shows: a map, counters,
or predictions for its case pupils. The heat view names the pupils no note was
about, which is what the team discusses.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from lessonstudy.domain.classroom_print import ClassroomPrint
from lessonstudy.domain.tallies import interval_label
from lessonstudy.i18n import _, ngettext
from lessonstudy.printing.classroom.map_drawing import MapFlowable
from lessonstudy.printing.classroom.tally_chart import TallyChart
from lessonstudy.printing.report.layout import grid_table, muted
from lessonstudy.printing.sections import Section


def classroom_sections(data: ClassroomPrint | None, width: float) -> list[Section]:
    """Heat view, tallies and predictions, each only when there is something to show."""
    if data is None:
        return []
    sections = []
    if data.has_map:
        sections.append(_heat_section(data, width))
    if data.counters:
        sections.append(_tallies_section(data, width))
    if any(p.predicted for p in data.predictions):
        sections.append(_predictions_section(data, width))
    return sections


def _heat_section(data: ClassroomPrint, width: float) -> Section:
    seats = [s for p in data.classroom.places for s in p.seats]
    unseen = [s.label for s in seats if not data.seat_heat.get(s.id or -1)]
    story: list[Flowable | Section] = [
        muted(ngettext("{n} note was about a pupil or a table.",
                       "{n} notes were about pupils or tables.",
                       data.notes_on_map).format(n=data.notes_on_map)),
        Spacer(1, 2 * mm),
        MapFlowable(data, width, heat=True),
        Spacer(1, 2 * mm),
        muted(_("No note was about: {seats}").format(seats=", ".join(unseen))
              if unseen else _("Every pupil was written about at least once.")),
    ]
    return Section(_("Notes by seat and table"), story, new_page=True)


def _tallies_section(data: ClassroomPrint, width: float) -> Section:
    segments = len(data.segment_titles)
    header = [_("Group"), _("Counted"), *(str(i + 1) for i in range(segments)), _("Total")]
    first = width * 0.16
    second = width * 0.2
    rest = (width - first - second) / (segments + 1)
    rows = [[c.group_name, f"{c.code} {c.label}".strip(), *(str(v) for v in c.by_segment),
             str(c.total)] for c in data.counters]
    table = grid_table(header, rows, [first, second, *([rest] * (segments + 1))])
    intervals = [[c.group_name, f"{c.code or c.label}",
                  " · ".join(f"{interval_label(i)}: {n}" for i, n in sorted(c.by_interval.items()))]
                 for c in data.counters if c.by_interval]
    story: list[Flowable | Section] = [
        muted(_("Counts per segment (segments numbered as in the plan: {names}).").format(
            names="; ".join(f"{i + 1}. {t}" for i, t in enumerate(data.segment_titles)))),
        Spacer(1, 2 * mm), TallyChart(data.counters, segments, width), Spacer(1, 3 * mm),
        table]
    if intervals:
        story += [Spacer(1, 3 * mm), grid_table(
            [_("Group"), _("Counted"), _("Per 2-minute interval")], intervals,
            [first, second, width - first - second])]
    return Section(_("Tallies by segment"), story, new_page=False)


def _predictions_section(data: ClassroomPrint, width: float) -> Section:
    rows = [[f"{p.segment_number}. {p.segment_title}", p.case_label, p.predicted,
             "\n".join(p.observed) or "–"] for p in data.predictions if p.predicted]
    table = grid_table([_("Segment"), _("Case pupil"), _("Predicted by the team"),
                        _("Observed")], rows,
                       [width * 0.22, width * 0.1, width * 0.32, width * 0.36])
    return Section(_("Case pupils: predicted and observed"), [table], new_page=False)
