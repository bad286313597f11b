"""An HTTP reverse proxy on 127.0.0.1 that fails a share of the requests it gets.

It stands in front of one upstream server (a test WordPress, a ninjs receiver) and, for
each request, with probability ``rate``, does one of these instead of passing it on:

==================  ====================================================================
``reset``           resets the connection before forwarding anything
``drop``            forwards the request, then resets the connection instead of
                    answering: the server did the work, the client never hears of it
                    ("timeout after create")
``429``             answers 429 Too Many Requests with ``Retry-After``
``500`` / ``503``   answers a server error (503 with ``Retry-After``)
``html``            answers 200 with a captive portal's HTML page
==================  ====================================================================

Answers that pass are rewritten so that the upstream's own address (in links, in
``Location``) points at the proxy, and the client keeps coming back through it.

Independent of Newsroom (only the standard library), so a benchmark or a test can use
it in front of anything::

    with FaultProxy("http://127.0.0.1:8080", rate=0.3, seed=7) as proxy:
        ...  # talk to proxy.url
    print(proxy.stats)
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import struct
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

FAULTS = ("reset", "drop", "429", "500", "503", "html")

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "content-length",
    "content-encoding",
    "host",
    "accept-encoding",
}

PORTAL = (
    b"<!DOCTYPE html><html><head><title>Welcome to Hotel Wi-Fi</title></head>"
    b"<body><form method=post><p>Accept the terms to use the internet.</p>"
    b"<button>Accept</button></form></body></html>"
)


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN: SO_LINGER with a zero timeout."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()
    except OSError:
        pass


class FaultProxy:
    """Start with ``with`` (or :meth:`start`); :attr:`url` is where clients go."""

    def __init__(
        self,
        upstream: str,
        *,
        rate: float = 0.3,
        seed: int = 0,
        faults: tuple[str, ...] = FAULTS,
        retry_after: int = 1,
    ) -> None:
        parts = urlsplit(upstream.rstrip("/"))
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("The fault proxy only fronts servers on this machine.")
        self.upstream = upstream.rstrip("/")
        self.upstream_origin = f"{parts.scheme}://{parts.netloc}"
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.rate = rate
        self.faults = faults
        self.retry_after = retry_after
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        #: ``requests``, ``forwarded`` and one count per fault kind.
        self.stats: Counter[str] = Counter()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        """The upstream's address, through the proxy (same path)."""
        path = urlsplit(self.upstream).path
        return self.origin + path

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _choose(self) -> str | None:
        with self._lock:
            self.stats["requests"] += 1
            if self._random.random() >= self.rate:
                return None
            fault = self._random.choice(self.faults)
            self.stats[fault] += 1
            return fault

    def _rewrite(self, data: bytes) -> bytes:
        return data.replace(self.upstream_origin.encode(), self.origin.encode()).replace(
            self.upstream_origin.replace("/", "\\/").encode(),
            self.origin.replace("/", "\\/").encode(),
        )

    def _forward(
        self, method: str, path: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=120)
        try:
            sent = [(k, v) for k, v in headers if k.lower() not in _HOP_BY_HOP]
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            conn.putheader("Host", f"{self.upstream_host}:{self.upstream_port}")
            for key, value in sent:
                conn.putheader(key, value)
            conn.putheader("Content-Length", str(len(body)))
            conn.putheader("Connection", "close")
            conn.endheaders(body)
            response = conn.getresponse()
            data = response.read()
            answer = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
            with self._lock:
                self.stats["forwarded"] += 1
            return response.status, response.reason, answer, data
        finally:
            conn.close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes: without this, Nagle and the
                # client's delayed ACK add 40 ms to every answer.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass  # quiet: the soak prints its own figures

            def _answer(
                self, status: int, headers: list[tuple[str, str]], body: bytes, reason: str = ""
            ) -> None:
                self.send_response(status, reason or None)
                for key, value in headers:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _json_error(self, status: int, code: str, message: str, retry: bool) -> None:
                body = json.dumps(
                    {"code": code, "message": message, "data": {"status": status}}
                ).encode()
                headers = [("Content-Type", "application/json; charset=UTF-8")]
                if retry:
                    headers.append(("Retry-After", str(proxy.retry_after)))
                self._answer(status, headers, body)

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fault = proxy._choose()
                if fault == "reset":
                    self.close_connection = True
                    _reset(self.connection)
                    return
                if fault == "429":
                    self._json_error(429, "too_many_requests", "Slow down.", True)
                    return
                if fault == "500":
                    self._json_error(500, "internal_error", "Something broke.", False)
                    return
                if fault == "503":
                    self._json_error(503, "unavailable", "Down for maintenance.", True)
                    return
                if fault == "html":
                    self._answer(200, [("Content-Type", "text/html; charset=UTF-8")], PORTAL)
                    return
                status, reason, headers, data = proxy._forward(
                    self.command, self.path, list(self.headers.items()), body
                )
                if fault == "drop":
                    self.close_connection = True
                    _reset(self.connection)
                    return
                headers = [(k, proxy._rewrite(v.encode("latin-1")).decode("latin-1"))
                           for k, v in headers]  # fmt: skip
                self._answer(status, headers, proxy._rewrite(data), reason)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        return Handler
