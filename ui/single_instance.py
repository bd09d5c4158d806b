"""Only one SafeHelper at a time: a second launch brings the first to the front.

A frightened person double-clicks many times. The first copy holds a lock file
(Qt's ``QLockFile`` notices when the holder has died, so a crash never blocks
the next start) and listens on a local socket; later copies send ``show`` and
exit.
"""

from __future__ import annotations

import os
import zlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from safehelper.paths import cache_dir

if TYPE_CHECKING:  # QtNetwork is loaded after the first paint, see listen()
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"
CONNECT_TIMEOUT_MS = 1000


def _server_name() -> str:
    # One name per user and per data folder, so a portable copy can run beside an installed one.
    # A checksum, not a cryptographic hash: the name only has to differ between folders, and
    # hashlib would load OpenSSL before the first paint for nothing else.
    folder = str(cache_dir().resolve()).encode("utf-8")
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"safehelper-{user}-{zlib.crc32(folder):08x}{zlib.adler32(folder):08x}"


class SingleInstance(QObject):
    """Owns the lock and the socket of the running copy."""

    show_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.name = _server_name()
        self._lock = QLockFile(str(cache_dir() / "instance.lock"))
        self._lock.setStaleLockTime(0)  # stale only when the holder process is gone
        self._server: QLocalServer | None = None

    def claim(self, *, ask_to_show: bool = True) -> bool:
        """Become the running copy; ``False`` means another copy runs (and was asked to show).

        The running copy must then call :meth:`listen` to hear later launches.
        """
        if not self._lock.tryLock(100):
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(100):
                if ask_to_show:
                    self._ask_running_copy_to_show()
                return False
        return True

    def listen(self) -> None:
        """Answer later launches (they retry for a few seconds until this is up)."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        server.listen(self.name)
        self._server = server

    def release(self) -> None:
        """Stop listening and drop the lock (on quit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _ask_running_copy_to_show(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        for _attempt in range(5):  # the first copy may still be starting
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(SHOW)
                socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                return

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            self.show_requested.emit()
