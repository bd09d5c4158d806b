"""A time-stamp authority's address, and the one error type for a stamp that failed.

Kept apart from the protocol so that a settings form can check an address
without loading the protocol and certificate code.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from safehelper.errors import SafeHelperError


class StampError(SafeHelperError):
    """No valid time stamp; its code (``timestamp.*``) says why."""

    @property
    def reason(self) -> str:
        """The code without its ``timestamp.`` prefix: ``nonce``, ``timeout``..."""
        return self.code.removeprefix("timestamp.")


def check_url(url: str) -> str:
    """``url`` if it can be a TSA address (https, or http: the token itself is signed)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise StampError("timestamp.bad_url")
    return url.strip()
