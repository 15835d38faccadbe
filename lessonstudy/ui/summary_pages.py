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


def _page(html: str) -> QWidget:
    browser = QTextBrowser()
    browser.setObjectName("overview")
    browser.setOpenExternalLinks(False)
    browser.setHtml(html)
    return browser


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>"
        for k, v in pairs
    )
    return f"<table cellspacing='6'>{cells}</table>"


def team_page(_ctx: AppContext, team: TeamNode) -> tuple[str, QWidget]:
    html = f"<h2>{escape(team.name)}</h2>" + _rows(
        [
            (tr("School"), team.school),
            (tr("Subject"), team.subject),
            (tr("Cycles"), str(len(team.cycles))),
        ]
    )
    return tr("Overview"), _page(html)


def cycle_page(_ctx: AppContext, cycle: CycleNode) -> tuple[str, QWidget]:
    html = f"<h2>{escape(tr('Lesson study cycle'))}</h2>" + _rows(
        [
            (tr("Research theme"), cycle.research_theme),
            (tr("Phase"), tr(cycle.phase)),
            (tr("Lessons"), ", ".join(lesson.title for lesson in cycle.lessons)),
        ]
    )
    return tr("Overview"), _page(html)


def lesson_page(_ctx: AppContext, lesson: LessonNode) -> tuple[str, QWidget]:
    html = f"<h2>{escape(lesson.title)}</h2>" + _rows(
        [
            (tr("Subject"), lesson.subject),
            (tr("Class / grade"), lesson.grade),
            (tr("Duration"), format_duration(lesson.duration_seconds)),
            (tr("Versions"), str(len(lesson.versions))),
            (tr("Teachings"), str(len(lesson.teachings))),
        ]
    )
    return tr("Overview"), _page(html)


def version_page(_ctx: AppContext, version: VersionRef) -> tuple[str, QWidget]:
    frozen = tr("yes: a teaching used it, edits make a new version") if version.frozen else tr("no")
    html = f"<h2>{escape(tr('Version {n}').format(n=version.number))}</h2>" + _rows(
        [
            (tr("Status"), tr(version.status)),
            (tr("Segments"), str(version.segment_count)),
            (tr("Planned time"), format_duration(version.planned_seconds)),
            (tr("Frozen"), frozen),
            (tr("Changes"), version.change_summary),
        ]
    )
    return tr("Overview"), _page(html)


def teaching_page(_ctx: AppContext, teaching: TeachingRef) -> tuple[str, QWidget]:
    html = f"<h2>{escape(tr(teaching.kind).capitalize())}</h2>" + _rows(
        [
            (tr("Date"), teaching.date.isoformat() if teaching.date else "–"),
            (tr("Class"), teaching.class_name),
            (tr("Teacher"), teaching.teacher),
            (tr("Version"), str(teaching.version_number)),
        ]
    )
    return tr("Overview"), _page(html)


def register(_window: object) -> None:
    pages: list[tuple[type, Any]] = [
        (TeamNode, team_page),
        (CycleNode, cycle_page),
        (LessonNode, lesson_page),
        (VersionRef, version_page),
        (TeachingRef, teaching_page),
    ]
    for node_type, factory in pages:
        register_tab(node_type, factory)
