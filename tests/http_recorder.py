"""A real HTTP server on 127.0.0.1 that records what it receives, for the alert tests.

Its behaviour can be switched while it runs ("ok", "error" for HTTP 500, "stall"
to never answer until released, "hold" to record the message and answer 200 only
once released, "redirect" to another host), so a test can
break the server, watch SafeHelper fail plainly, fix it and retry.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class RecordingServer:
    def __init__(self, port: int = 0) -> None:
        self.mode = "ok"
        self.requests: list[Received] = []
        self.release = threading.Event()
        self._lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                mode = recorder.mode
                if mode == "stall":
                    recorder.release.wait(30)
                    return
                with recorder._lock:
                    recorder.requests.append(
                        Received("POST", self.path, {k: v for k, v in self.headers.items()}, body)
                    )
                if mode == "hold":  # got it, but answers only once released
                    recorder.release.wait(30)
                if mode == "error":
                    self.send_response(500)
                elif mode == "redirect":
                    self.send_response(302)
                    self.send_header("Location", "http://127.0.0.2:9/elsewhere")
                else:
                    self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/family-topic") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)
