"""A phone in Python, for the bridge tests: what the page's script does, plus what attackers do.

It seals and sends exactly as ``resources/phone/phone.js`` does (the browser
tests prove the two agree), and it can also misbehave: replay a captured body,
send under another phone's id, drip bytes, or claim a huge length.
"""

from __future__ import annotations

import base64
import http.client
import io
import json
import os
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image

from safehelper.phone.sealed_upload import associated_data


def png_bytes(width: int = 360, height: int = 640, colour: str = "white") -> bytes:
    image = Image.new("RGB", (width, height), colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@dataclass
class Answer:
    status: int
    body: bytes

    @property
    def json(self) -> dict[str, object]:
        return json.loads(self.body)

    @property
    def message(self) -> str:
        return str(self.json["message"])


class PhoneClient:
    def __init__(self, address: str, phone_id: str | None = None) -> None:
        parts = urlsplit(address)
        self.host = parts.hostname or ""
        self.port = parts.port or 80
        self.base = parts.path
        self.token = parts.path.split("/")[2]
        fragment = parts.fragment
        self.key = base64.urlsafe_b64decode(fragment + "=" * (-len(fragment) % 4))
        self.phone_id = phone_id or os.urandom(16).hex()
        self.sequence = 0

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> Answer:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.request(
                method, path, body=body if method == "POST" else None, headers=headers or {}
            )
            response = connection.getresponse()
            return Answer(response.status, response.read())
        finally:
            connection.close()

    def seal(self, plaintext: bytes, purpose: str, key: bytes | None = None) -> bytes:
        nonce = os.urandom(12)
        aad = associated_data(self.token, self.phone_id, purpose)
        return nonce + AESGCM(key or self.key).encrypt(nonce, plaintext, aad)

    def claim(self, key: bytes | None = None) -> Answer:
        body = self.seal(b"claim", "claim", key)
        return self.request("POST", self.base + "claim", body, {"X-Phone": self.phone_id})

    def sealed_picture(
        self, data: bytes, name: str = "shot.png", last_modified: int = 1_764_460_800_000
    ) -> tuple[int, bytes]:
        self.sequence += 1
        header = json.dumps({"name": name, "lastModified": last_modified}).encode()
        plaintext = len(header).to_bytes(4, "big") + header + data
        return self.sequence, self.seal(plaintext, str(self.sequence))

    def send(self, sequence: int, body: bytes, phone_id: str | None = None) -> Answer:
        headers = {"X-Phone": phone_id or self.phone_id, "X-Seq": str(sequence)}
        return self.request("POST", self.base + "upload", body, headers)

    def upload(self, data: bytes, name: str = "shot.png") -> Answer:
        return self.send(*self.sealed_picture(data, name))

    def raw(self) -> socket.socket:
        return socket.create_connection((self.host, self.port), timeout=30)


def read_response(sock: socket.socket) -> Answer:
    """Read one whole response (head and Content-Length body) from a raw socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    length = next(
        int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length")
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Answer(status, body)
