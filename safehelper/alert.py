"""The opt-in alert: one short, agreed message to a trusted adult's phone.

A parent can connect a push channel during setup: an ntfy topic (the public
ntfy.sh server or their own) or any HTTPS webhook. Later the young person may
press *Tell my trusted adult now*; after they confirm the exact words, this
module posts only that message. It never sends evidence, never says what was
looked at, and never sends anything on its own: every send is one explicit
call made after a person pressed a button.

The channel address often is the secret (an ntfy topic name works like a
password; a webhook URL carries its token), so it lives only in the OS
keyring. ``settings.json`` only records that a channel exists and its type.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

from safehelper import APP_NAME, keychain, web_address
from safehelper.errors import SafeHelperError
from safehelper.settings import Settings

log = logging.getLogger(__name__)

KEYRING_ENTRY = "alert-channel"
KINDS = ("ntfy", "webhook")
DEFAULT_TIMEOUT = 15.0
MAX_NAME = 40

TEST_MESSAGE = "This is a test from SafeHelper. The alert works. Nobody needs help right now."


HELP = "help"
HELP_NOW = "help_now"
WORDINGS = (HELP, HELP_NOW)


def message_for(name: str, wording: str = HELP) -> str:
    """The exact words the alert sends: short, and saying nothing about what happened.

    They never say the young person is safe: SafeHelper cannot know that, and a
    parent who reads "safe" may wait. ``help_now`` is the default after the young
    person said they are not safe or are thinking of hurting themselves.
    """
    if wording == HELP_NOW:
        return f"{name} needs your help right now. Please call them or go to them now."
    return f"{name} needs your help with something online. Please talk to them in person soon."


def check_name(name: str) -> str:
    """The young person's first name for the message, tidied; a plain error if unusable."""
    clean = " ".join(name.split())
    if not clean:
        raise SafeHelperError("alert.name_missing")
    if len(clean) > MAX_NAME:
        raise SafeHelperError("alert.name_too_long", count=MAX_NAME)
    return clean


def check_url(url: str) -> str:
    """Return the channel address if it can be used, else raise a plain error.

    Only ``https://`` is accepted, so the message and the address's token are
    never sent in the clear; ``http://`` is allowed for this computer only
    (``localhost``), where nothing crosses a network. The address is read the
    way ``requests`` will read it when sending (see :mod:`safehelper.web_address`).
    """
    text = url.strip()
    if not text:
        raise SafeHelperError("alert.address_missing")
    try:
        address = web_address.parse(text)
    except web_address.UnusableAddress as exc:
        log.info("alert: address refused (%s)", exc)
        raise SafeHelperError("alert.not_web_address") from exc
    if address.scheme == "http" and not address.is_loopback:
        raise SafeHelperError("alert.needs_https")
    return address.url


@dataclass(frozen=True)
class Channel:
    """Where the alert goes: an ntfy topic or a webhook, and its address."""

    kind: str
    url: str

    @property
    def host(self) -> str:
        """The server that will really be contacted, to tell the young person where it goes."""
        return web_address.parse(self.url).host

    def send(self, message: str, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Post ``message`` to the channel once. Raises a plain error naming what to do.

        Redirects are not followed: a channel that answers "go elsewhere" could send
        the message (and its address) to a server the parent never chose. The address is
        checked again here, so what is sent always went through :func:`check_url`.
        """
        url = check_url(self.url)
        try:
            if self.kind == "ntfy":
                response = requests.post(
                    url,
                    data=message.encode("utf-8"),
                    headers={
                        "Title": APP_NAME,
                        "Priority": "high",
                        "Content-Type": "text/plain; charset=utf-8",
                    },
                    timeout=timeout,
                    allow_redirects=False,
                )
            else:
                response = requests.post(
                    url, json={"text": message}, timeout=timeout, allow_redirects=False
                )
        except requests.Timeout as exc:
            log.warning("alert: timed out (%s)", type(exc).__name__)
            raise SafeHelperError("alert.timed_out") from exc
        except requests.RequestException as exc:
            log.warning("alert: could not connect (%s)", type(exc).__name__)
            raise SafeHelperError("alert.unreachable") from exc
        status = response.status_code
        response.close()
        if 200 <= status < 300:
            log.info("alert: sent")
            return
        log.warning("alert: the service answered %d", status)
        if 300 <= status < 400:
            raise SafeHelperError("alert.redirected")
        if status in (400, 401, 403, 404, 410):
            raise SafeHelperError("alert.address_refused", status=status)
        raise SafeHelperError("alert.service_problem", status=status)

    def send_test(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Send the test message, so a parent can see the alert arrive on their phone."""
        self.send(TEST_MESSAGE, timeout)


def connect(settings: Settings, kind: str, url: str) -> Channel:
    """Keep the channel's address in the keyring and note its type in ``settings``.

    The caller saves the settings. Nothing is sent.
    """
    if kind not in KINDS:
        raise SafeHelperError("alert.choose_kind")
    channel = Channel(kind, check_url(url))
    if not keychain.backend_status().secure:
        raise SafeHelperError("alert.no_keyring")
    keychain.set_secret(KEYRING_ENTRY, channel.url)
    settings.alert_channel = kind
    return channel


def disconnect(settings: Settings) -> None:
    """Forget the channel: remove its address from the keyring and its type from ``settings``."""
    keychain.delete_secret(KEYRING_ENTRY)
    settings.alert_channel = ""


def load_channel(settings: Settings) -> Channel | None:
    """The connected channel, or ``None`` if there is none (or its keyring entry is gone)."""
    if settings.alert_channel not in KINDS:
        return None
    url = keychain.get_secret(KEYRING_ENTRY)
    if not url:
        return None
    try:
        return Channel(settings.alert_channel, check_url(url))
    except SafeHelperError:
        # Saved before a stricter check: treat it as not set up rather than send to it.
        log.warning("alert: the saved channel address is no longer accepted")
        return None
