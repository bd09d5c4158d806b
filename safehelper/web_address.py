"""Reading a web address exactly as the program that sends to it will.

Two parsers can disagree about where an address points: ``urlsplit`` reads
``http://127.0.0.2:80\\@localhost/`` as going to ``localhost`` while
``requests`` connects to ``127.0.0.2``. A check made with one and a send made
with the other is no check at all. So an address is read once, with the parser
``requests`` itself uses (urllib3's ``parse_url``), anything odd is refused
outright (backslashes, spaces, control or non-ASCII characters, a user name or
password before the host), and the other parser must agree on the scheme and
the host. Callers send to :attr:`WebAddress.url` and show
:attr:`WebAddress.host`: the host that will really be contacted.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url


@dataclass(frozen=True)
class WebAddress:
    """An address both parsers agree on, ready to send to."""

    url: str
    scheme: str
    host: str

    @property
    def is_loopback(self) -> bool:
        """Whether the address is this computer, where plain http crosses no network."""
        return is_loopback(self.host)


class UnusableAddress(ValueError):
    """The text is not an address SafeHelper can send to safely (the reason is for logs)."""


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback IP address (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse(text: str) -> WebAddress:
    """Read ``text`` as an http(s) address, or raise :class:`UnusableAddress`."""
    if any(not ("!" <= char <= "~") for char in text):
        raise UnusableAddress("spaces, control or non-ASCII characters")
    if "\\" in text:
        raise UnusableAddress("a backslash")
    try:
        sent = parse_url(text)
    except LocationParseError as exc:
        raise UnusableAddress("unparseable") from exc
    try:
        seen = urlsplit(text)
        seen_host = (seen.hostname or "").lower()
    except ValueError as exc:
        raise UnusableAddress("unparseable") from exc
    scheme = (sent.scheme or "").lower()
    host = (sent.host or "").lower().strip("[]")
    if sent.auth or seen.username is not None or seen.password is not None:
        raise UnusableAddress("a user name or password before the host")
    if scheme not in ("http", "https") or not host:
        raise UnusableAddress("not an http or https address")
    if seen.scheme.lower() != scheme or seen_host != host:
        raise UnusableAddress("the two parsers disagree about the host")
    return WebAddress(url=sent.url, scheme=scheme, host=host)
