"""The post-lesson conference screen: a "Conference" tab on every teaching."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from lessonstudy.services.records import TeachingRef
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.detail_pane import register_tab


def conference_tab(context: AppContext, teaching: TeachingRef) -> QWidget:
    from lessonstudy.ui.conference.tab import ConferenceTab

    return ConferenceTab(context, teaching, read_in_background=True)


def register(_window: object) -> None:
    register_tab(TeachingRef, conference_tab,
                 title=lambda: QCoreApplication.translate("Conference", "Conference"),
                 widget="lessonstudy.ui.conference.tab.ConferenceTab")
