"""Where the phone finds this computer: a home-network address, and its QR code.

The bridge listens on one private address only (never on every interface, and
never on a public one), so it cannot be reached from the internet even on a
computer with no firewall. The address the phone opens carries the session's
one-time token in its path and the encryption key after ``#``.
"""

from __future__ import annotations

import base64
import io
import ipaddress
import socket

import segno

from safehelper.errors import SafeHelperError

# A documentation-only address (RFC 5737): asking the OS for a route to it sends nothing.
_ROUTE_PROBE = ("192.0.2.1", 9)


def home_network_address() -> str:
    """This computer's private IPv4 address on the network its default route uses.

    Raises :class:`SafeHelperError` when there is none (offline, or only a
    public address), so that the caller can offer the file route instead.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        # connect() on UDP only picks the outgoing interface; no packet leaves.
        probe.connect(_ROUTE_PROBE)
        found = str(probe.getsockname()[0])
    except OSError as exc:
        raise SafeHelperError("phone.no_home_network") from exc
    finally:
        probe.close()
    address = ipaddress.ip_address(found)
    if address.is_loopback or not (address.is_private or address.is_link_local):
        raise SafeHelperError("phone.no_home_network")
    return found


def checked_host(host: str) -> str:
    """``host`` when it is a private, link-local or loopback IP address; else a plain refusal."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError as exc:
        raise SafeHelperError("phone.not_an_address", host=host) from exc
    if address.is_unspecified or not (
        address.is_private or address.is_loopback or address.is_link_local
    ):
        raise SafeHelperError("phone.not_home_network", address=address)
    return str(address)


def url_key(key: bytes) -> str:
    """The key as it goes after ``#``: unpadded base64url, safe in a URL and a QR code."""
    return base64.urlsafe_b64encode(key).rstrip(b"=").decode("ascii")


def phone_address(host: str, port: int, token: str, key: bytes) -> str:
    """The full address the phone opens: ``http://host:port/s/<token>/#<key>``."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/s/{token}/#{url_key(key)}"


def qr_text(address: str) -> str:
    """The address as a QR code drawn with block characters, for a terminal."""
    out = io.StringIO()
    segno.make(address, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue()


def qr_png(address: str, scale: int = 8) -> bytes:
    """The address as a QR code PNG, for the desktop window."""
    out = io.BytesIO()
    segno.make(address, error="m").save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
