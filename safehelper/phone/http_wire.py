"""Just enough HTTP/1.1 for the phone bridge, strict on purpose.

The bridge talks to one phone's browser; it needs GET and POST with a
``Content-Length`` body and keep-alive, nothing else. Reading a request here
(rather than through ``http.server``) lets the bridge put one absolute
deadline on the whole head and another on the body: a per-read timeout, as
``http.server`` has, is defeated by a client that sends one byte a second.
Anything unusual (chunked bodies, two lengths, a head over 16 KB) is refused.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from http import HTTPStatus

MAX_HEAD_LINES = 64


class BadRequest(Exception):
    """A request the bridge will not try to understand."""


class RequestTooLarge(BadRequest):
    """A request head over the reader's limit."""


@dataclass(frozen=True)
class Request:
    """One request's head: method, path (query dropped), lower-case headers, body length."""

    method: str
    path: str
    headers: dict[str, str]
    length: int | None
    close: bool


async def read_request(reader: asyncio.StreamReader, first: bytes) -> Request:
    """Read and parse one request head that began with the byte ``first``.

    Raises :class:`BadRequest` for anything malformed, :class:`RequestTooLarge`
    for a head longer than the reader's limit, and ``IncompleteReadError`` when
    the client hangs up half-way.
    """
    try:
        head = first + await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError as exc:
        raise RequestTooLarge from exc
    lines = head[:-4].decode("latin-1").split("\r\n")
    if len(lines) > MAX_HEAD_LINES:
        raise RequestTooLarge
    parts = lines[0].split(" ")
    if len(parts) != 3 or parts[2] not in ("HTTP/1.1", "HTTP/1.0") or not parts[1].startswith("/"):
        raise BadRequest
    method, target, version = parts
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        name = name.strip().lower()
        if not colon or not name or name != name.strip() or " " in name:
            raise BadRequest
        if name in headers and name == "content-length":
            raise BadRequest
        headers[name] = value.strip()
    if "transfer-encoding" in headers:
        raise BadRequest
    length = _length(headers.get("content-length"), method)
    close = version == "HTTP/1.0" or headers.get("connection", "").lower() == "close"
    return Request(method, target.split("?", 1)[0], headers, length, close)


def _length(value: str | None, method: str) -> int | None:
    """The body length: required digits for a POST, zero when a GET has none."""
    if value is None:
        return 0 if method == "GET" else None
    if not value.isdigit() or len(value) > 12:
        raise BadRequest
    return int(value)


def response_bytes(
    status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None
) -> bytes:
    """A whole HTTP/1.1 response, head and body, ready to write."""
    lines = [
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
    ]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body
