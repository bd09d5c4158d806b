"""Fetching a newer helpline directory, trusting the signature and not the network.

Nothing is fetched unless the user asks (``safehelper helplines update`` or the
button in settings). The directory at ``URL`` is published with its detached
signature at ``URL + ".sig"`` (see :mod:`safehelper.signature`). The update is
used only if, in this order:

1. both downloads finish within the time limit and under the size limit;
2. the signature verifies against the public key shipped in ``resources/``;
3. the file validates against the schema;
4. its ``version`` is larger than the directory in use now.

Then it replaces the local copy in one atomic write. Any failure leaves the
current directory untouched and raises :class:`SafeHelperError` with one plain
line saying why.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import requests
from urllib3.exceptions import ReadTimeoutError

from safehelper import signature, web_address
from safehelper.errors import SafeHelperError
from safehelper.helplines import (
    Directory,
    load_directory,
    local_envelope,
    local_path,
    parse_bytes,
)
from safehelper.paths import atomic_write

log = logging.getLogger(__name__)

# The maintainers have not published a directory yet; until they do, an update
# needs an explicit --url (or the address saved in settings by the family setup).
DEFAULT_URL = ""
SIGNATURE_SUFFIX = ".sig"
TIMEOUT_SECONDS = 20.0
MAX_DIRECTORY_BYTES = 1_000_000
MAX_SIGNATURE_BYTES = 1_000
MAX_REDIRECTS = 3
READ_STEP_SECONDS = 5.0
CHUNK_BYTES = 65536


@dataclass(frozen=True)
class UpdateResult:
    """What an update changed, for a one-line message."""

    old_version: int
    new_version: int
    services: int


def signature_url(url: str) -> str:
    """Where the signature of the directory at ``url`` is published."""
    return url + SIGNATURE_SUFFIX


def check_address(url: str) -> web_address.WebAddress:
    """The update address as it will be contacted, or a plain error.

    Plain http only to this computer (tests, or a maintainer checking a file);
    the signature protects the content, but a stranger's network should not even
    learn which file was asked for.
    """
    try:
        address = web_address.parse(url.strip())
    except web_address.UnusableAddress as exc:
        raise SafeHelperError("update.unusable_address") from exc
    if address.scheme == "http" and not address.is_loopback:
        raise SafeHelperError("update.needs_https")
    return address


def _too_slow() -> SafeHelperError:
    return SafeHelperError("update.too_slow")


def _redirect_target(address: web_address.WebAddress, location: str) -> web_address.WebAddress:
    """Where a redirect points, if it keeps the scheme and the host; else a plain error."""
    target = check_address(urljoin(address.url, location))
    if (target.scheme, target.host) != (address.scheme, address.host):
        log.warning("helplines update: refused a redirect to another server or scheme")
        raise SafeHelperError("update.redirected_elsewhere")
    return target


def fetch(url: str, limit: int, timeout: float, session: requests.Session | None = None) -> bytes:
    """Download ``url`` with a total time limit and a size limit, or raise SafeHelperError.

    The time limit covers the whole download on the wall clock, not each read: every
    socket read is bounded by what is left of it and returns as soon as any bytes
    arrive (``read1``), so a server that sends a trickle of bytes is stopped on time.
    Redirects are followed only to the same scheme and host.
    """
    getter = session or requests
    deadline = time.monotonic() + timeout
    address = check_address(url)
    try:
        for _ in range(MAX_REDIRECTS + 1):
            left = max(deadline - time.monotonic(), 0.001)
            with getter.get(
                address.url,
                timeout=(left, min(left, READ_STEP_SECONDS)),
                stream=True,
                allow_redirects=False,
            ) as response:
                if response.is_redirect:
                    address = _redirect_target(address, response.headers.get("Location", ""))
                    continue
                return _read_body(response, limit, deadline)
        raise SafeHelperError("update.redirect_loop")
    except requests.Timeout as exc:
        raise _too_slow() from exc
    except requests.RequestException as exc:
        # A read that times out in the middle of the body surfaces as a
        # ConnectionError wrapping urllib3's ReadTimeoutError.
        if any(isinstance(arg, ReadTimeoutError) for arg in exc.args):
            raise _too_slow() from exc
        log.warning("helplines update: network error %s", type(exc).__name__)
        raise SafeHelperError("update.unreachable") from exc
    except ReadTimeoutError as exc:
        raise _too_slow() from exc


def _read_body(response: requests.Response, limit: int, deadline: float) -> bytes:
    if response.status_code != 200:
        raise SafeHelperError("update.server_error", status=response.status_code)
    too_big = SafeHelperError("update.too_big")
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise _too_slow()
        _set_read_timeout(response, min(left, READ_STEP_SECONDS))
        chunk = response.raw.read1(CHUNK_BYTES, decode_content=True)
        if not chunk:
            return bytes(body)
        body += chunk
        if len(body) > limit:
            raise too_big


def _set_read_timeout(response: requests.Response, seconds: float) -> None:
    """Bound the next socket read by what is left of the total time.

    ``raw.connection`` is urllib3's public handle on the open connection; when a
    version lacks it, each read is still bounded by the request's read timeout.
    """
    sock = getattr(getattr(response.raw, "connection", None), "sock", None)
    if sock is not None:
        sock.settimeout(seconds)


def update_directory(
    url: str = "",
    timeout: float = TIMEOUT_SECONDS,
    session: requests.Session | None = None,
) -> UpdateResult:
    """Fetch, verify, validate and install a newer directory; see the module docstring."""
    url = url or DEFAULT_URL
    if not url:
        raise SafeHelperError("update.no_address")
    check_address(url)
    current: Directory = load_directory()
    body = fetch(url, MAX_DIRECTORY_BYTES, timeout, session)
    sig_text = fetch(signature_url(url), MAX_SIGNATURE_BYTES, timeout, session)
    raw_sig = signature.decode_signature(sig_text)
    signature.verify(body, raw_sig)
    new = parse_bytes(body)
    if new.version <= current.version:
        raise SafeHelperError("update.already_newest", version=current.version)
    atomic_write(local_path(), local_envelope(body, raw_sig))
    return UpdateResult(
        old_version=current.version, new_version=new.version, services=len(new.services)
    )
