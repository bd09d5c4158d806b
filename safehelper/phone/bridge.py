"""The phone bridge: a tiny web server that lives only while a phone session is open.

It serves exactly four things under a one-time token path (the page, its style,
its script and the vendored cipher), takes a claim from the first phone, and
takes sealed pictures from that phone only. Everything else gets a plain "this
address does not work" page. It runs its own asyncio loop in one thread, so a
slow or silent client costs a coroutine, not a thread, and every read has an
absolute deadline (a client dripping one byte a second is cut off, not waited
for). Idle for ten minutes, or told to stop, it closes its port at once.

Received bytes stay in memory: each picture is opened, checked as the locker
would check a file, and handed to the ``sink`` (the locker's review queue,
which seals it with the locker's key) before the phone is told it arrived.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from safehelper import clock, imports
from safehelper.errors import SafeHelperError
from safehelper.paths import describe_os_error
from safehelper.phone import address, sealed_upload
from safehelper.phone.http_wire import BadRequest, Request, read_request, response_bytes
from safehelper.phone.sealed_upload import ReceivedPicture, UploadRefused
from safehelper.resources import resource_path

log = logging.getLogger(__name__)

MEGABYTE = 1024 * 1024
_MAX_CONNECTIONS = 32
_LINGER_BYTES = 4 * MEGABYTE
_LINGER_SECONDS = 2.0
_PAGE_FILES = {
    "": ("index.html", "text/html; charset=utf-8"),
    "phone.css": ("phone.css", "text/css; charset=utf-8"),
    "phone.js": ("phone.js", "text/javascript; charset=utf-8"),
    "noble-ciphers.js": ("noble-ciphers.js", "text/javascript; charset=utf-8"),
}
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}

# What the phone page shows for each refusal, in plain words.
REFUSALS = {
    "wrong_address": (
        "This address does not work any more. On the computer, open “Add from my phone” "
        "again and scan the new code."
    ),
    "other_phone": (
        "Another phone is already connected. Only one phone can send pictures each time. "
        "To use this phone, start “Add from my phone” again on the computer."
    ),
    "not_claimed": "Open the address from the computer's code again, then choose the pictures.",
    "too_large": (
        f"This file is larger than {imports.MAX_FILE_BYTES // MEGABYTE} MB, far bigger than a "
        "screenshot, so it was not sent."
    ),
    "too_many": (
        "That is as many pictures as one visit can take. On the computer, start "
        "“Add from my phone” again to send more."
    ),
    "too_much": (
        "That is as much as one visit can take. On the computer, start "
        "“Add from my phone” again to send more."
    ),
    "too_slow": (
        "The connection was too slow, so the picture did not arrive. "
        "Move closer to the Wi-Fi and try again."
    ),
    "garbled": "The picture did not arrive whole. Please try again.",
    "repeat": "This picture was already received.",
    "not_image": "This file is not a picture SafeHelper can keep.",
    "not_saved": "The computer could not keep this picture.",
    "bad_request": "The computer did not understand this request.",
}


@dataclass(frozen=True)
class Limits:
    """How much one phone session takes, and how long it waits for anything."""

    max_file_bytes: int = imports.MAX_FILE_BYTES
    max_files: int = 100
    max_total_bytes: int = 1024 * MEGABYTE
    # Headers must arrive whole within this; a body within this plus its length at min_rate.
    header_seconds: float = 10.0
    min_bytes_per_second: int = 64 * 1024
    idle_seconds: float = 600.0


@dataclass(frozen=True)
class PhoneEvent:
    """Something the window or the command line may want to say: a phone came, a refusal."""

    kind: str
    code: str = ""


Sink = Callable[[ReceivedPicture], None]
Listener = Callable[[PhoneEvent], None]


@dataclass
class _Session:
    """What the bridge remembers between requests; touched only on the loop's thread."""

    phone_id: str = ""
    sequences: set[int] = field(default_factory=set)
    nonces: set[bytes] = field(default_factory=set)
    total_bytes: int = 0
    last_activity: float = field(default_factory=time.monotonic)


class _Reply(Exception):
    """A response decided part-way through a request (a refusal), with its status."""

    def __init__(self, status: int, code: str, reason: str = "", *, close: bool = False) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.reason = reason
        self.close = close


class PhoneBridge:
    """One phone session's server. ``start()``, share ``address``, then ``stop()``.

    ``sink`` is called on a worker thread, one picture at a time, and must keep
    the picture (encrypted) before returning; a :class:`SafeHelperError` from it
    is shown on the phone. ``listener`` hears of phones and refusals, on the
    bridge's thread.
    """

    def __init__(
        self,
        sink: Sink,
        *,
        host: str,
        port: int = 0,
        limits: Limits | None = None,
        listener: Listener | None = None,
    ) -> None:
        self._sink = sink
        self._host = address.checked_host(host)
        self._port = port
        self._limits = limits or Limits()
        self._listener = listener
        self._token = secrets.token_urlsafe(32)
        self._key = secrets.token_bytes(32)
        self._files = {
            name: resource_path("phone", f).read_bytes() for name, (f, _) in _PAGE_FILES.items()
        }
        self._session = _Session()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._upload_slots: asyncio.Semaphore | None = None
        self._checker = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="phone-check")
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="phone-sink")
        self._started = threading.Event()
        self.ended = threading.Event()
        self._start_error: OSError | None = None

    @property
    def address(self) -> str:
        """The full address for the phone, with the key after ``#``."""
        return address.phone_address(self._host, self._port, self._token, self._key)

    @property
    def port(self) -> int:
        """The port listened on (chosen by the system when 0 was asked for)."""
        return self._port

    def start(self) -> None:
        """Open the port and serve in a background thread; a plain error if it cannot."""
        self._thread = threading.Thread(target=self._run, name="phone-bridge", daemon=True)
        self._thread.start()
        self._started.wait(10)
        if self._start_error is not None:
            reason = describe_os_error(self._start_error)
            raise SafeHelperError(
                "phone.cannot_listen", host=self._host, reason=reason
            ) from self._start_error

    def stop(self) -> None:
        """End the session now: the port closes and every open connection is dropped."""
        loop = self._loop
        if loop is not None and not self.ended.is_set():
            # The loop may have closed on its own (idle expiry) a moment ago.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._end)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5)
        self._checker.shutdown(wait=False, cancel_futures=True)
        self._worker.shutdown(wait=False, cancel_futures=True)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        self._upload_slots = asyncio.Semaphore(2)
        try:
            self._server = loop.run_until_complete(
                asyncio.start_server(
                    self._serve, self._host, self._port, limit=16 * 1024, reuse_address=True
                )
            )
        except OSError as exc:
            self._start_error = exc
            self._started.set()
            self.ended.set()
            loop.close()
            return
        self._port = int(self._server.sockets[0].getsockname()[1])
        watchdog = loop.create_task(self._expire_when_idle())
        self._started.set()
        try:
            loop.run_forever()
        finally:
            watchdog.cancel()
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()
            self.ended.set()

    def _end(self) -> None:
        """Close the listening socket and every connection, then stop the loop (loop thread)."""
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        self._notify(PhoneEvent("ended"))
        if self._loop is not None:
            self._loop.stop()

    async def _expire_when_idle(self) -> None:
        while True:
            left = self._session.last_activity + self._limits.idle_seconds - time.monotonic()
            if left <= 0:
                self._end()
                return
            await asyncio.sleep(left)

    def _notify(self, event: PhoneEvent) -> None:
        if self._listener is None:
            return
        try:
            self._listener(event)
        except Exception as exc:
            # A listener's bug must not cost the phone its picture; its type only, never text.
            log.warning("phone bridge: a listener failed (%s)", type(exc).__name__)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection: requests one after another, each with its own deadlines."""
        if len(self._writers) >= _MAX_CONNECTIONS:
            writer.transport.abort()  # a phone's browser opens a handful, not dozens
            return
        self._writers.add(writer)
        try:
            while True:
                try:
                    # A quiet kept-alive connection is simply closed after the same wait.
                    first = await asyncio.wait_for(
                        reader.readexactly(1), self._limits.header_seconds
                    )
                except (TimeoutError, asyncio.IncompleteReadError, ConnectionError):
                    return
                try:
                    request = await asyncio.wait_for(
                        read_request(reader, first), self._limits.header_seconds
                    )
                except TimeoutError:
                    await self._refuse(reader, writer, _Reply(408, "too_slow", close=True))
                    return
                except BadRequest:
                    await self._refuse(reader, writer, _Reply(400, "bad_request", close=True))
                    return
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                self._session.last_activity = time.monotonic()
                if not await self._answer(request, reader, writer):
                    return
        except asyncio.CancelledError:
            # The session is ending and this connection with it; finishing quietly here keeps
            # asyncio from reporting each dropped connection as an error on the way out.
            return
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _answer(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Handle one request; whether the connection may carry another."""
        prefix = f"/s/{self._token}/"
        if not hmac.compare_digest(request.path[: len(prefix)].encode(), prefix.encode()):
            await self._send_not_here(writer, request)
            return False
        rest = request.path[len(prefix) :]
        try:
            if request.method == "GET" and rest in _PAGE_FILES and not request.length:
                body = self._files[rest]
                writer.write(response_bytes(200, body, _PAGE_FILES[rest][1], _SECURITY_HEADERS))
                await writer.drain()
                return not request.close
            if request.method == "POST" and rest == "claim":
                reply = await self._claim(request, reader)
            elif request.method == "POST" and rest == "upload":
                reply = await self._upload(request, reader)
            else:
                await self._send_not_here(writer, request)
                return False
        except _Reply as refusal:
            await self._refuse(reader, writer, refusal)
            return not refusal.close
        writer.write(response_bytes(200, json.dumps(reply).encode(), "application/json"))
        await writer.drain()
        return not request.close

    async def _read_body(self, request: Request, reader: asyncio.StreamReader, limit: int) -> bytes:
        """The request's body, read against its size limit and an absolute deadline."""
        if request.length is None:
            raise _Reply(411, "bad_request", close=True)
        if request.length > limit:
            code = "too_large" if limit == sealed_upload.MAX_SEALED_BYTES else "bad_request"
            raise _Reply(413, code, close=True)
        deadline = self._limits.header_seconds + request.length / self._limits.min_bytes_per_second
        try:
            return await asyncio.wait_for(reader.readexactly(request.length), deadline)
        except TimeoutError as exc:
            raise _Reply(408, "too_slow", close=True) from exc

    async def _claim(self, request: Request, reader: asyncio.StreamReader) -> dict[str, object]:
        """The first phone with the key claims the session; any other is turned away."""
        body = await self._read_body(request, reader, 1024)
        session = self._session
        phone_id = request.headers.get("x-phone", "")
        if not (16 <= len(phone_id) <= 64 and phone_id.isalnum()):
            raise _Reply(400, "bad_request")
        # The same phone may reload the page; any other is turned away.
        if session.phone_id and not hmac.compare_digest(phone_id, session.phone_id):
            raise _Reply(409, "other_phone")
        aad = sealed_upload.associated_data(self._token, phone_id, "claim")
        try:
            sealed_upload.open_body(self._key, body, aad)
        except UploadRefused as exc:
            raise _Reply(403, exc.code) from exc
        session.phone_id = phone_id
        self._notify(PhoneEvent("connected"))
        return {"limits": asdict(self._limits), "messages": REFUSALS}

    async def _upload(self, request: Request, reader: asyncio.StreamReader) -> dict[str, object]:
        """One sealed picture from the phone that claimed the session."""
        session = self._session
        if not session.phone_id:
            raise _Reply(403, "not_claimed", close=True)
        if not hmac.compare_digest(
            request.headers.get("x-phone", "").encode(), session.phone_id.encode()
        ):
            raise _Reply(403, "other_phone", close=True)
        if len(session.sequences) >= self._limits.max_files:
            raise _Reply(429, "too_many", close=True)
        if (request.length or 0) + session.total_bytes > self._limits.max_total_bytes:
            raise _Reply(413, "too_much", close=True)
        try:
            sequence = int(request.headers.get("x-seq", ""))
        except ValueError as exc:
            raise _Reply(400, "bad_request", close=True) from exc
        limit = min(sealed_upload.MAX_SEALED_BYTES, self._limits.max_file_bytes + 8192)
        # The phone id travels in the clear: someone who saw it could still open many uploads
        # at once. Only two bodies are in memory at a time (the page sends two at a time).
        assert self._upload_slots is not None
        async with self._upload_slots:
            body = await self._read_body(request, reader, limit)
            return await self._accept(body, sequence)

    async def _accept(self, body: bytes, sequence: int) -> dict[str, object]:
        session = self._session
        nonce, _ = sealed_upload.split_nonce(body)
        if sequence in session.sequences or nonce in session.nonces:
            raise _Reply(409, "repeat")
        aad = sealed_upload.associated_data(self._token, session.phone_id, str(sequence))
        loop = asyncio.get_running_loop()
        try:
            # Opened on the loop itself (about a millisecond per megabyte), so that checking
            # and spending the number and nonce happen with no other upload in between.
            plaintext = sealed_upload.open_body(self._key, body, aad)
            # Authentic: this number and nonce are now spent, whatever the file turns out to be.
            session.sequences.add(sequence)
            session.nonces.add(nonce)
            session.total_bytes += len(body)
            received_at = clock.now().utc.isoformat(timespec="seconds")
            # Two pictures may be checked at once; the sink still takes them one at a time.
            picture = await loop.run_in_executor(
                self._checker, sealed_upload.read_picture, plaintext, sequence, received_at
            )
        except UploadRefused as refused:
            raise _Reply(422, refused.code, refused.reason) from refused
        try:
            await loop.run_in_executor(self._worker, self._sink, picture)
        except SafeHelperError as exc:
            raise _Reply(500, "not_saved", str(exc)) from exc
        self._notify(PhoneEvent("received"))
        return {"name": picture.name, "sha256": picture.sha256, "size": picture.size}

    async def _refuse(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, refusal: _Reply
    ) -> None:
        """Send the plain refusal; before closing, let a browser finish sending what it began.

        Closing a socket with unread bytes resets the connection, and the browser
        then shows a network error instead of the refusal; so the rest of an
        unwanted body (up to a few megabytes, for a short while) is read and dropped.
        """
        self._notify(PhoneEvent("refused", refusal.code))
        # The locker's own reason says why a file is not a picture it takes; others add to ours.
        text = REFUSALS[refusal.code]
        if refusal.reason:
            text = refusal.reason if refusal.code == "not_image" else f"{text} {refusal.reason}"
        message = {"code": refusal.code, "message": text}
        headers = {"Connection": "close"} if refusal.close else {}
        body = json.dumps(message).encode()
        writer.write(response_bytes(refusal.status, body, "application/json", headers))
        await writer.drain()
        if refusal.close:
            writer.write_eof()
            with contextlib.suppress(TimeoutError, ConnectionError):
                await asyncio.wait_for(_discard(reader, _LINGER_BYTES), _LINGER_SECONDS)

    async def _send_not_here(self, writer: asyncio.StreamWriter, request: Request) -> None:
        """A wrong or old address: one plain page, and nothing about this session."""
        self._notify(PhoneEvent("refused", "wrong_address"))
        page = (
            "<!doctype html><meta charset=utf-8>"
            '<meta name=viewport content="width=device-width, initial-scale=1">'
            "<title>SafeHelper</title>"
            '<p style="font: 1.4rem/1.5 sans-serif; margin: 1.5rem">'
            f"{REFUSALS['wrong_address']}</p>"
        )
        headers = {**_SECURITY_HEADERS, "Connection": "close"}
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
        writer.write(response_bytes(404, page.encode(), "text/html; charset=utf-8", headers))
        await writer.drain()


async def _discard(reader: asyncio.StreamReader, most: int) -> None:
    """Read and drop up to ``most`` bytes, until the client stops sending."""
    while most > 0:
        chunk = await reader.read(min(most, 64 * 1024))
        if not chunk:
            return
        most -= len(chunk)
