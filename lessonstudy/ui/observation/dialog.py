"""The join card the facilitator shows the room: QR code, address, join code, and a warning.

It stays open beside the Live lesson tab (not modal); "Close observation"
stops the server and frees the port, "Hide" keeps it serving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.ui.observation.host import ObservationHost, OpenObservation


def tr(text: str) -> str:
    return QCoreApplication.translate("Observation", text)


class ObservationDialog(QDialog):
    """Shows how observers join one open observation."""

    def __init__(self, host: ObservationHost, teaching_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationDialog")
        self.host = host
        self.teaching_id = teaching_id
        found = host.observation(teaching_id)
        assert found is not None
        self.setWindowTitle(tr("Observation: %1").replace("%1", found.title))
        self.found = found
        self.qr_label = QLabel()
        self.qr_label.setObjectName("observationQr")
        pixmap = QPixmap()
        pixmap.loadFromData(found.qr_png, "PNG")
        self.qr_label.setPixmap(pixmap)
        self.address_label = _selectable(found.details.address, 14, "observationAddress")
        self.code_label = _selectable(found.details.code, 28, "observationCode")
        self.warning_label = QLabel(warning_text(found))
        self.warning_label.setObjectName("observationWarning")
        self.warning_label.setWordWrap(True)
        self.close_button = QPushButton(tr("&Close observation"))
        self.close_button.setObjectName("closeObservationButton")
        self.copy_button = QPushButton(tr("Copy &link"))
        self._lay_out()
        self.close_button.clicked.connect(self._close_observation)
        self.copy_button.clicked.connect(self._copy_link)
        host.closed.connect(self._closed_elsewhere)

    def _lay_out(self) -> None:
        facts = QVBoxLayout()
        intro = QLabel(tr("Observers scan the code with their phone camera, or open "
                          "this address and type the join code:"))
        intro.setWordWrap(True)
        facts.addWidget(intro)
        facts.addWidget(self.address_label)
        facts.addWidget(QLabel(tr("Join code")))
        facts.addWidget(self.code_label)
        facts.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.qr_label)
        top.addLayout(facts, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        hide = buttons.addButton(tr("&Hide"), QDialogButtonBox.ButtonRole.RejectRole)
        hide.clicked.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning_label)
        layout.addWidget(buttons)

    def _copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.found.details.url)

    def _close_observation(self) -> None:
        self.host.close(self.teaching_id)
        self.accept()

    def _closed_elsewhere(self, teaching_id: int) -> None:
        if teaching_id == self.teaching_id:
            self.accept()


def warning_text(found: OpenObservation) -> str:
    where = found.details.listening_on
    if where.startswith("0.0.0.0:"):
        lead = tr("Listening on every network of this computer (port %1).").replace(
            "%1", where.split(":")[-1])
    else:
        lead = tr("Listening on %1.").replace("%1", where)
    return lead + " " + tr(
        "Anyone on that network who has the link or the join code can join and send notes and "
        "photos into this library. Open it only on the school or classroom Wi-Fi, never on a "
        "public network, and close the observation after the lesson.")


def _selectable(text: str, points: int, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
