"""A minimal system-tray host on the private session bus, for the tray tests.

Desktops with a tray (KDE, GNOME with AppIndicator, XFCE, Cinnamon...) run a
``org.kde.StatusNotifierWatcher`` on D-Bus; Qt's tray icon registers itself with it.
This one answers the few questions Qt asks and records each item that registers, so
a test can see a real SafeHelper (frozen or not) put its icon in the tray.
"""

from __future__ import annotations

import threading

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

WATCHER = "org.kde.StatusNotifierWatcher"
_DO_NOT_QUEUE = 4
_PRIMARY_OWNER = 1


class TrayHost:
    """Owns the watcher name while open; ``registered`` lists the items' bus names."""

    def __init__(self) -> None:
        self.registered: list[str] = []
        self._stop = threading.Event()
        self._connection: DBusConnection = open_dbus_connection(bus="SESSION")
        reply = self._connection.send_and_get_reply(
            message_bus.RequestName(WATCHER, _DO_NOT_QUEUE), timeout=10
        )
        if reply.body[0] != _PRIMARY_OWNER:
            self._connection.close()
            raise RuntimeError("another tray host owns the watcher name")
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _properties(self) -> dict[str, tuple[str, object]]:
        return {
            "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0),
            "RegisteredStatusNotifierItems": ("as", list(self.registered)),
        }

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(HeaderFields.member)
            if member == "RegisterStatusNotifierItem":
                self.registered.append(message.body[0])
                self._connection.send(new_method_return(message))
            elif member == "Get" and message.body[1] in self._properties():
                value = self._properties()[message.body[1]]
                self._connection.send(new_method_return(message, "v", (value,)))
            else:
                self._connection.send(
                    new_error(message, "org.freedesktop.DBus.Error.UnknownMethod")
                )

    def close(self) -> None:
        """Stop answering and give the name back."""
        self._stop.set()
        self._thread.join(timeout=10)
        self._connection.close()
