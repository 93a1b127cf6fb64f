"""One copy of the app per data folder: the copy that holds the folder listens on a local socket,
and a second start asks it to bring its window forward (``ui/startup.py``).

Loaded once the first page is on screen (QtNetwork is not needed before it), or by a second
start that finds the folder taken.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RETRY_S = 0.05


class SingleInstance(QObject):
    """The first copy listens; a second start asks it to show its window."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = self.server_name(folder)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._answer)

    @staticmethod
    def server_name(folder: Path) -> str:
        return "walkthrough-" + hashlib.sha256(str(folder).encode("utf-8")).hexdigest()[:24]

    def listen(self) -> bool:
        """Listen (call only while holding the folder's lock: a leftover socket is removed)."""
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _answer(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.waitForReadyRead(500)
            if bytes(connection.readAll().data()).strip() == b"show":
                connection.write(b"ok\n")
                connection.flush()
                self.raise_requested.emit()
            connection.disconnectFromServer()

    @staticmethod
    def ask_running_copy_to_show(folder: Path, timeout_ms: int = 2000, *, keep_asking: bool = True) -> bool:
        """Ask the copy that holds ``folder`` to show its window. It listens once its first page is
        on screen (a fraction of a second after it took the folder), so a start that comes sooner
        (a double click) keeps asking until ``timeout_ms`` (``keep_asking``)."""
        deadline = time.monotonic() + (timeout_ms / 1000 if keep_asking else 0)
        socket = QLocalSocket()
        while True:
            socket.connectToServer(SingleInstance.server_name(folder))
            if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            socket.abort()
            if time.monotonic() >= deadline:
                return False
            time.sleep(RETRY_S)
        socket.write(b"show\n")
        socket.flush()
        answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(b"ok")
        socket.disconnectFromServer()
        return bool(answered)
