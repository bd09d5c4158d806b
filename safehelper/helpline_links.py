"""The links a helpline channel opens: ``tel:``, ``sms:``, ``mailto:`` or a web page.

Kept apart from :mod:`safehelper.helplines` (the directory and its loading)
because these turn a channel into what the phone, messaging app or browser is
handed, and are tested as exactly that.
"""

from __future__ import annotations

from urllib.parse import quote

from safehelper.helplines import Channel


def tel_url(channel: Channel) -> str:
    """A ``tel:`` URL: the international form where the directory gives one, else as written.

    Short codes (111, 105, 1737) have no international form and are dialled as
    they are.
    """
    if channel.type not in ("call", "text"):
        raise ValueError(f"a {channel.type} channel has no phone number")
    return f"tel:{channel.international or channel.dialable}"


def sms_url(channel: Channel) -> str:
    """An ``sms:`` URL with the keyword (such as CONNECT) filled in as the message body.

    Short codes are used as written; long numbers use the international form
    where the directory gives one. Apps that ignore ``?body=`` still open a
    message to the right number.
    """
    if channel.type != "text":
        raise ValueError(f"a {channel.type} channel cannot be texted")
    number = channel.international or channel.dialable
    if channel.keyword:
        return f"sms:{number}?body={quote(channel.keyword)}"
    return f"sms:{number}"


def open_url(channel: Channel) -> str:
    """The URL a chat, web, report or email channel opens."""
    if channel.type == "email":
        return f"mailto:{channel.value}"
    if channel.type in ("chat", "web", "report"):
        return channel.value
    raise ValueError(f"a {channel.type} channel is not opened in a browser")
