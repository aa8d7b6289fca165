"""One window per journal: a lock file in the data folder and a local socket.

The first instance takes a QLockFile (``gutsleep.lock`` in the data folder)
before the journal is opened and listens on a QLocalServer whose name is
derived from the data folder. A second instance on the same folder can't take
the lock; it asks the first, over the local socket, to raise its window and
exits. Two processes therefore never write the same journal.

QLocalServer/QLocalSocket are the only QtNetwork classes gutsleep uses: on
Linux and macOS they are a UNIX domain socket (a file, restricted to this user
by UserAccessOption), on Windows a named pipe. Neither reaches the network.

A lock left by a crash is stale: QLockFile sees that the process named in it
is gone and takes it over (staleLockTime 0 turns off the age rule, so a long
session is never mistaken for a crashed one).

Signals:
    activation_requested: another instance asked for this window to come forward.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

from gutsleep.storage.file.lockfile import LOCK_NAME, holder
from gutsleep.storage.file.paths import ensure_private_dir, make_private
from gutsleep.ui.tr import tr

RAISE_MESSAGE = b"raise\n"
ALREADY_OPEN = "gutsleep is already open for this journal"
CONNECT_TIMEOUT_MS = 1000
RETRY_S = 0.05
#: How long a second start keeps asking: the first listens once its journal is open
#: (app.LISTEN_AT_LATEST_MS at the latest), so a start in between is still heard.
ASK_FOR_S = 3.0


def _local_sockets() -> tuple[type[QLocalServer], type[QLocalSocket]] | None:
    """QLocalServer and QLocalSocket, imported only when an instance starts.

    None in a bundle built without QtNetwork: the lock alone still keeps one writer.
    """
    try:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket
    except ImportError:
        return None
    return QLocalServer, QLocalSocket


def server_name(data_dir: Path) -> str:
    """A short name for this user and data folder (UNIX socket paths are limited)."""
    folder = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    import hashlib  # only when listening or asking: not on the way to the first paint

    digest = hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return f"gutsleep-{user}-{digest}"


class SingleInstance(QObject):
    """The lock and local server of the instance that owns a data folder."""

    activation_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        lock: QLockFile,
        parent: QObject | None = None,
        *,
        listen: bool = True,
    ):
        super().__init__(parent)
        self.data_dir = data_dir
        self._lock = lock
        self.server: QLocalServer | None = None
        if listen:
            self.listen()

    def listen(self) -> None:
        """Start answering later instances (QtNetwork is imported here, once).

        The app calls this once its journal is open (QtNetwork stays off the
        start-up path): the lock already keeps a second writer out, and a second
        start that asks before this keeps asking (:func:`ask_to_raise`).
        """
        if self.server is not None:
            return
        classes = _local_sockets()
        if classes is None:
            return
        server_class = classes[0]
        server = self.server = server_class(self)
        server.setSocketOptions(server_class.SocketOption.UserAccessOption)
        name = server_name(self.data_dir)
        # We hold the lock, so a socket file of that name is a leftover of a crash.
        server_class.removeServer(name)
        server.listen(name)
        server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE_MESSAGE.strip() in data:
            self.activation_requested.emit()

    def raise_window(self, window: QWidget) -> None:
        """Bring ``window`` forward: un-minimise, raise, ask for focus."""
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        if self._lock.isLocked():
            self._lock.unlock()


def claim(data_dir: Path, *, listen: bool = True) -> SingleInstance | None:
    """Take the data folder for this process, or None if another instance has it.

    When another instance has it, that instance is asked to raise its window.
    With ``listen=False`` the caller starts answering later ones itself
    (:meth:`SingleInstance.listen`).
    """
    ensure_private_dir(data_dir)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        if lock.error() != QLockFile.LockError.LockFailedError:
            # The folder is unwritable or similar: let opening the journal say why.
            return SingleInstance(data_dir, lock, listen=listen)
        if busy_message(data_dir) is None:  # a command has no window to raise
            ask_to_raise(data_dir)
        return None
    make_private(data_dir / LOCK_NAME)
    return SingleInstance(data_dir, lock, listen=listen)


def busy_message(data_dir: Path) -> str | None:
    """What to say when a command (import, restore, demo) is writing the journal, else None.

    Such a command holds the same lock as a window (storage.file.lockfile.take); a
    window opened meanwhile would show, and later save over, the days it writes.
    """
    info = holder(data_dir)
    if info is None or not info.command:
        return None
    return tr(
        "The journal is busy: the command “gutsleep {command}” is writing to it. "
        "Open gutsleep again once it has finished."
    ).format(command=info.command)


def ask_to_raise(data_dir: Path) -> bool:
    """Ask the instance that owns ``data_dir`` to raise its window; True if it heard."""
    classes = _local_sockets()
    if classes is None:
        return False
    socket = classes[1]()
    name = server_name(data_dir)
    deadline = time.monotonic() + ASK_FOR_S
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            break
        if time.monotonic() >= deadline:
            return False
        # The first instance holds the lock but listens only once its window has
        # painted: ask again shortly rather than give up on a start in progress.
        socket.abort()
        time.sleep(RETRY_S)
    socket.write(RAISE_MESSAGE)
    sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent
