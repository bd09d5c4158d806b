"""Screenshot every screen of the evidence locker, for looking at our work.

    scripts/with-desktop .venv/bin/python scripts/locker_shots.py --out /tmp/shots [--scale 200]

Builds the real window with a throw-away SAFEHELPER_HOME and a locker of
made-up chat screenshots, then saves: unlock, empty locker (with the "What
should I save?" advice), grid, item detail, cover editor and import summary.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# A made-up passphrase for a throw-away locker, so the unlock screen can be shown.
DEMO_PASSPHRASE = "purple elephants dance"  # noqa: S105
MESSAGES = (
    (False, "hey you there?"),
    (True, "who is this"),
    (False, "I have your pics. Pay $500 in gift cards"),
    (False, "or I send them to everyone you follow"),
    (True, "please dont"),
    (False, "You have 2 hours. Send the codes here"),
)


def chat_png(index: int) -> bytes:
    """A made-up phone chat screenshot (text only), as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(540, 960, QImage.Format.Format_RGB32)
    image.fill(QColor("#101418") if index % 2 else QColor("#fafafa"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 18))
    painter.fillRect(0, 0, 540, 90, QColor("#3b5998") if index % 3 else QColor("#c13584"))
    painter.setPen(QColor("white"))
    painter.drawText(QRect(20, 0, 500, 90), Qt.AlignmentFlag.AlignVCenter, f"jess.xo_{index:02d}")
    y = 120
    for mine, text in MESSAGES:
        bubble = QRect(250 if mine else 20, y, 270, 100)
        painter.fillRect(bubble, QColor("#2d8cff") if mine else QColor("#e4e6eb"))
        painter.setPen(QColor("white") if mine else QColor("black"))
        painter.drawText(bubble.adjusted(12, 8, -12, -8), Qt.TextFlag.TextWordWrap, text)
        y += 130
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; the runtime wants str
    return bytes(data.data())


def main() -> int:
    """Render each locker screen to PNG files in --out."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--theme", default="light")
    args = parser.parse_args()
    os.environ["SAFEHELPER_HOME"] = tempfile.mkdtemp(prefix="safehelper-shots-")

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QImage, QPainter
    from safehelper_ui.app import SafeHelperApp, Shell
    from safehelper_ui.context import AppContext, Navigator
    from safehelper_ui.locker_view import LockerPage

    from safehelper.locker import Locker
    from safehelper.settings import Settings

    app = SafeHelperApp(sys.argv[:1])
    settings = Settings(country="NZ", theme=args.theme, text_scale=args.scale)
    shell = Shell(app, AppContext(settings=settings, navigator=Navigator()))
    shell.window.resize(1366, 768)
    shell.window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.scale}" + ("-dark" if args.theme == "dark" else "")

    def shot(name: str) -> None:
        app.processEvents()
        path = args.out / f"{name}{suffix}.png"
        shell.window.grab().save(str(path))
        print(f"wrote {path}")

    Locker.create(passphrase=DEMO_PASSPHRASE, use_device=False).close()
    shell.window.show_page("locker")
    page = shell.window.pages["locker"]
    assert isinstance(page, LockerPage)
    steps = []

    def unlock() -> None:
        shot("locker-unlock")
        shell.ctx.locker.unlock_with_passphrase(DEMO_PASSPHRASE, lambda error: print(error))

    def empty() -> None:
        shot("locker-empty")
        assert page.locker is not None
        platforms = ("Instagram", "Snapchat", "Discord", "")
        for index in range(14):
            page.locker.add_image(
                chat_png(index),
                "screen" if index % 3 else "file",
                platform=platforms[index % 4],
                username=f"jess.xo_{index:02d}",
                covered=index % 5 == 0,
                original_name=f"IMG_{index}.PNG",
            )
        page.reload()
        page.show_grid()

    def grid() -> None:
        page.grid_panel.view.setCurrentIndex(page.model.index(0))
        shot("locker-grid")
        page._open_row(0)

    def detail() -> None:
        shot("locker-detail")
        page.detail.go_back()
        desktop = QImage(1920, 1080, QImage.Format.Format_RGB32)
        desktop.fill(0x2B3A4A)
        painter = QPainter(desktop)
        painter.drawImage(690, 60, QImage.fromData(chat_png(3)))
        painter.end()
        page._open_editor(desktop, "screen")
        canvas = page.editor.canvas
        from PySide6.QtCore import QRect

        canvas.add_rect(QRect(700, 420, 280, 150))

    def editor() -> None:
        shot("locker-cover-editor")
        page.editor.discard()
        folder = Path(tempfile.mkdtemp())
        for index in range(6):
            (folder / f"Screenshot_2026-11-2{index}.png").write_bytes(chat_png(index))
        (folder / "IMG_4471.HEIC").write_bytes(b"\0\0\0\x18ftypheic" + b"\0" * 64)
        (folder / "video.mp4").write_bytes(b"\0\0\0\x18ftypisom" + b"\0" * 64)
        page.import_paths([folder])

    def summary() -> None:
        if page.stack.currentWidget() is not page.summary_panel:
            QTimer.singleShot(200, summary)
            return
        shot("locker-import-summary")
        page._blank_grab()
        QTimer.singleShot(500, blank)

    def blank() -> None:
        shot("locker-blank-grab")
        app.quit()

    steps = [unlock, empty, grid, detail, editor, summary]

    def next_step() -> None:  # one after the other, once the unlock job has opened it
        if steps and steps[0] is not unlock and not page.is_unlocked():
            QTimer.singleShot(200, next_step)
            return
        if steps:
            steps.pop(0)()
            QTimer.singleShot(700, next_step)

    QTimer.singleShot(700, next_step)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
