"""Read-only overview tabs for teams, cycles, lessons, versions and teachings."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from lessonstudy.domain.timing import format_duration
from lessonstudy.services.records import CycleNode, LessonNode, TeachingRef, TeamNode, VersionRef
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.detail_pane import register_tab


def tr(text: str) -> str:
    return QCoreApplication.translate("Overview", text)


class OverviewPage(QTextBrowser):
    """Read-only HTML overview that re-renders when the same record is shown again."""

    def __init__(self, render: Any, node: Any) -> None:
        super().__init__()
        self.setObjectName("overview")
        self.setOpenExternalLinks(False)
        self._render = render
        self.update_node(node)

    def update_node(self, node: Any) -> None:
        self.setHtml(self._render(node))


def _readable(value: str) -> str:
    """A stored value shown to people: its translation, or 'open_class' as 'Open class'."""
    return value.replace("_", " ").capitalize() if value.isascii() else value


def _teaching_kind(kind: str) -> str:
    """The same words as the library tree uses for a teaching."""
    labels = {
        "rehearsal": QCoreApplication.translate("LibraryTreeModel", "Rehearsal"),
        "research": QCoreApplication.translate("LibraryTreeModel", "Research lesson"),
        "reteach": QCoreApplication.translate("LibraryTreeModel", "Reteach"),
    }
    return labels.get(kind, _readable(kind))


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>"
        for k, v in pairs
    )
    return f"<table cellspacing='6'>{cells}</table>"


def team_html(team: TeamNode) -> str:
    return f"<h2>{escape(team.name)}</h2>" + _rows(
        [
            (tr("School"), team.school),
            (tr("Subject"), team.subject),
            (tr("Cycles"), str(len(team.cycles))),
        ]
    )


def cycle_html(cycle: CycleNode) -> str:
    return f"<h2>{escape(tr('Lesson study cycle'))}</h2>" + _rows(
        [
            (tr("Research theme"), cycle.research_theme),
            (tr("Phase"), _readable(tr(cycle.phase))),
            (tr("Lessons"), ", ".join(lesson.title for lesson in cycle.lessons)),
        ]
    )


def lesson_html(lesson: LessonNode) -> str:
    return f"<h2>{escape(lesson.title)}</h2>" + _rows(
        [
            (tr("Subject"), lesson.subject),
            (tr("Class / grade"), lesson.grade),
            (tr("Duration"), format_duration(lesson.duration_seconds)),
            (tr("Versions"), str(len(lesson.versions))),
            (tr("Teachings"), str(len(lesson.teachings))),
        ]
    )


def version_html(version: VersionRef) -> str:
    frozen = tr("yes: a teaching used it, edits make a new version") if version.frozen else tr("no")
    return f"<h2>{escape(tr('Version {n}').format(n=version.number))}</h2>" + _rows(
        [
            (tr("Status"), _readable(tr(version.status))),
            (tr("Segments"), str(version.segment_count)),
            (tr("Planned time"), format_duration(version.planned_seconds)),
            (tr("Frozen"), frozen),
            (tr("Changes"), version.change_summary),
        ]
    )


def teaching_html(teaching: TeachingRef) -> str:
    return f"<h2>{escape(_teaching_kind(teaching.kind))}</h2>" + _rows(
        [
            (tr("Date"), teaching.date.isoformat() if teaching.date else "–"),
            (tr("Class"), teaching.class_name),
            (tr("Teacher"), teaching.teacher),
            (tr("Version"), str(teaching.version_number)),
        ]
    )


def _builder(render: Any) -> Any:
    def make(_ctx: AppContext, node: Any) -> QWidget:
        return OverviewPage(render, node)

    return make


def register(_window: object) -> None:
    pages: list[tuple[type, Any]] = [
        (TeamNode, team_html),
        (CycleNode, cycle_html),
        (LessonNode, lesson_html),
        (VersionRef, version_html),
        (TeachingRef, teaching_html),
    ]
    for node_type, render in pages:
        register_tab(node_type, _builder(render), title=lambda: tr("Overview"),
                     widget="lessonstudy.ui.summary_pages.OverviewPage")
