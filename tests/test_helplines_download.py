"""The helpline download keeps a wall-clock limit and refuses redirects elsewhere.

Real HTTP servers on 127.0.0.1 (and 127.0.0.2 for "another host": still this computer).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from safehelper.errors import SafeHelperError
from safehelper.helplines_update import fetch


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> Iterator[str]:
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


class Quiet(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def test_a_server_sending_a_byte_at_a_time_is_stopped_at_the_total_limit() -> None:
    stop = threading.Event()
    sent: list[int] = []

    class Trickle(Quiet):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            # Each byte comes well inside any per-read timeout, so only a limit on the
            # whole download can stop it (it would otherwise run for 100000 x 0.2 s).
            while not stop.is_set():
                try:
                    self.wfile.write(b"{")
                    self.wfile.flush()
                except OSError:
                    return
                sent.append(1)
                stop.wait(0.2)

    with serving(Trickle) as url:
        try:
            with pytest.raises(SafeHelperError, match="took too long"):
                fetch(url + "/helplines.json", limit=1_000_000, timeout=1.5)
        finally:
            stop.set()
    assert 0 < len(sent) < 100  # it was stopped long before the body was complete


def test_a_redirect_to_another_host_is_refused_and_never_followed() -> None:
    other_requests: list[str] = []

    class Other(Quiet):
        def do_GET(self) -> None:
            other_requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"{}")

    with serving(Other, host="127.0.0.2") as other_url:

        class Redirect(Quiet):
            def do_GET(self) -> None:
                self.send_response(302)
                self.send_header("Location", other_url + "/helplines.json")
                self.end_headers()

        with serving(Redirect) as url, pytest.raises(SafeHelperError, match="different address"):
            fetch(url + "/helplines.json", limit=1000, timeout=5)
    assert other_requests == []


def test_a_redirect_on_the_same_server_is_followed() -> None:
    class SameHost(Quiet):
        def do_GET(self) -> None:
            if self.path == "/old.json":
                self.send_response(301)
                self.send_header("Location", "/new.json")
                self.end_headers()
                return
            body = b'{"moved": true}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serving(SameHost) as url:
        assert fetch(url + "/old.json", limit=1000, timeout=5) == b'{"moved": true}'


def test_a_redirect_loop_ends_in_a_plain_line() -> None:
    class Loop(Quiet):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", self.path)
            self.end_headers()

    with serving(Loop) as url, pytest.raises(SafeHelperError, match="round in circles"):
        fetch(url + "/a.json", limit=1000, timeout=5)
