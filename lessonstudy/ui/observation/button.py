"""The "Open observation…" button of a teaching's Live lesson, Photos and Observers tabs.

One button that says what will happen: "Open observation…" starts the phone
page and shows the join card; while open it reads "Observation open: join
code…" and shows the card again, where "Close observation" is. Every tab's
button follows the same observation (one per teaching per window), so the
facilitator can show the join card from whichever tab the projector shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from lessonstudy.ui import messages
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.observation.dialog import ObservationDialog, tr
from lessonstudy.ui.observation.host import host_for
from lessonstudy.ui.subscriptions import follow


class ObservationButton(QPushButton):
    """Opens the teaching's observation for phones, or shows its join card."""

    def __init__(self, context: AppContext, teaching_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openObservationButton")
        self.host = host_for(context)
        self.teaching_id = teaching_id
        self.dialog: ObservationDialog | None = None
        self._waiting_to_show = False
        self.setToolTip(tr("Observers send notes, photos and key ideas from their own phones "
                           "over this computer's Wi-Fi network."))
        self.clicked.connect(self._clicked)
        follow(self.host.opened, self, self._opened)
        follow(self.host.closed, self, self._refresh_state)
        follow(self.host.failed, self, self._failed)
        self._refresh_state()

    def _clicked(self) -> None:
        if self.host.observation(self.teaching_id) is not None:
            self.show_dialog()
            return
        self._waiting_to_show = True
        self.host.open(self.teaching_id)
        self._refresh_state()

    def _opened(self, teaching_id: int) -> None:
        if teaching_id != self.teaching_id:
            return
        self._refresh_state()
        if self._waiting_to_show:
            self._waiting_to_show = False
            self.show_dialog()

    def _failed(self, error: object) -> None:
        if self._waiting_to_show:
            self._waiting_to_show = False
            self._refresh_state()
            messages.show_error(self, error)  # type: ignore[arg-type]

    def _refresh_state(self, _teaching_id: int | None = None) -> None:
        busy = self.host.busy(self.teaching_id)
        is_open = self.host.observation(self.teaching_id) is not None
        self.setEnabled(not busy)
        self.setText(tr("Observation open: join code…") if is_open
                     else tr("Opening observation…") if busy else tr("Open observation…"))

    def show_dialog(self) -> ObservationDialog:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = ObservationDialog(self.host, self.teaching_id, self.window())
        self.dialog.show()
        self.dialog.activateWindow()
        return self.dialog
