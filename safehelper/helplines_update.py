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
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import ReadTimeoutError

from safehelper import signature
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
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class UpdateResult:
    """What an update changed, for a one-line message."""

    old_version: int
    new_version: int
    services: int


def signature_url(url: str) -> str:
    """Where the signature of the directory at ``url`` is published."""
    return url + SIGNATURE_SUFFIX


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return
    # Plain http only to this computer (tests, or a maintainer checking a file);
    # the signature protects the content, but a stranger's network should not
    # even learn which file was asked for.
    if parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS:
        return
    raise SafeHelperError("update.needs_https")


def fetch(url: str, limit: int, timeout: float, session: requests.Session | None = None) -> bytes:
    """Download ``url`` with a total time limit and a size limit, or raise SafeHelperError.

    The time limit covers the whole download, not just each read, so a server
    that sends a trickle of bytes cannot keep the app waiting for ever.
    """
    getter = session or requests
    deadline = time.monotonic() + timeout
    try:
        with getter.get(url, timeout=timeout, stream=True, allow_redirects=True) as response:
            if response.status_code != 200:
                raise SafeHelperError("update.server_error", status=response.status_code)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise SafeHelperError("update.too_big")
            chunks = []
            received = 0
            for chunk in response.iter_content(chunk_size=16384):
                received += len(chunk)
                if received > limit:
                    raise SafeHelperError("update.too_big")
                if time.monotonic() > deadline:
                    raise SafeHelperError("update.too_slow")
                chunks.append(chunk)
            return b"".join(chunks)
    except requests.Timeout as exc:
        raise SafeHelperError("update.too_slow") from exc
    except requests.RequestException as exc:
        # A read that times out in the middle of the body surfaces as a
        # ConnectionError wrapping urllib3's ReadTimeoutError.
        if any(isinstance(arg, ReadTimeoutError) for arg in exc.args):
            raise SafeHelperError("update.too_slow") from exc
        log.info("helplines update: network error %s", type(exc).__name__)
        raise SafeHelperError("update.unreachable") from exc


def update_directory(
    url: str = "",
    timeout: float = TIMEOUT_SECONDS,
    session: requests.Session | None = None,
) -> UpdateResult:
    """Fetch, verify, validate and install a newer directory; see the module docstring."""
    url = url or DEFAULT_URL
    if not url:
        raise SafeHelperError("update.no_address")
    _check_url(url)
    current: Directory = load_directory()
    body = fetch(url, MAX_DIRECTORY_BYTES, timeout, session)
    sig_text = fetch(signature_url(url), MAX_SIGNATURE_BYTES, timeout, session)
    raw_sig = signature.decode_signature(sig_text)
    signature.verify(body, raw_sig)
    new = parse_bytes(body)
    if new.version <= current.version:
        raise SafeHelperError("update.already_newest", version=current.version)
    atomic_write(local_path(), local_envelope(body, raw_sig))
    log.info("helplines update: installed a newer directory")
    return UpdateResult(
        old_version=current.version, new_version=new.version, services=len(new.services)
    )
