"""How keys and the mouse wheel behave in every SafeHelper window, set once for the app.

Two habits people bring from other apps and the web, which Qt does not give a
plain push button or drop-down on its own:

- Enter (and the keypad's Enter) presses the focused button, as Space does.
  Outside a dialog Qt only listens to Space, so someone who tabs to "Done,
  next" and presses Enter got nothing. Dialogs keep Qt's own rules (Enter
  presses the focused or the default button), which already work.
- The wheel scrolls the page. A drop-down or a number box under the pointer
  changes its value only once it has been clicked or tabbed to; otherwise the
  wheel goes to the page around it. Without this, scrolling past "I am in:
  Australia" switched the country (and its emergency number) and saved it.

One event filter on the application does both, so every page, form and dialog
gets them, including the ones written later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QPushButton,
    QToolButton,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Drop-downs and number boxes: a value that the wheel could change by accident.
VALUE_WIDGETS = (QComboBox, QAbstractSpinBox)


def _within_window(widget: QWidget | None, kinds: tuple[type, ...]) -> QWidget | None:
    """``widget`` or its nearest parent of one of ``kinds``, without leaving its window."""
    while widget is not None:
        if isinstance(widget, kinds):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


class Interaction(QObject):
    """The application-wide event filter for Enter on buttons and the wheel on values."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Press buttons on Enter; keep the wheel off values nobody chose to change."""
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, VALUE_WIDGETS):
            # Qt's default (WheelFocus) lets the wheel itself give focus, which would
            # then count as "chosen on purpose".
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._enter(watched, event)
        elif kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
            return self._wheel(watched, event)
        return False

    def _enter(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() not in ENTER_KEYS or event.isAutoRepeat():
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if not isinstance(watched, (QPushButton, QToolButton)):
            return False
        if isinstance(watched.window(), QDialog):
            return False  # a dialog's own Enter rules (focused or default button)
        if not (watched.isEnabled() and watched.isVisible() and watched.hasFocus()):
            return False
        watched.click()
        return True

    def _wheel(self, watched: QObject, event: QWheelEvent) -> bool:
        # The box itself, or a part of it (an editable box's text field).
        box = _within_window(watched, VALUE_WIDGETS) if isinstance(watched, QWidget) else None
        if box is None or box.hasFocus():
            return False
        area = _within_window(box.parentWidget(), (QAbstractScrollArea,))
        if isinstance(area, QAbstractScrollArea):
            viewport = area.viewport()
            where = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            forwarded = QWheelEvent(
                where,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(viewport, forwarded)
        event.accept()
        return True
