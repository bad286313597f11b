"""The real :class:`~newsroom.core.publish.http.Http` against faults from real servers on
127.0.0.1: pytest-httpserver for statuses and pages, and a raw socket server for what
HTTP servers do not do on purpose (reset the connection, accept and never answer).
Each fault maps to the outbox's error class with a message a journalist understands,
and no message ever holds the password."""

from __future__ import annotations

import email.utils
import socket
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from newsroom.core.publish.base import AuthFailed, PublishError, Rejected, Temporary
from newsroom.core.publish.http import Http

PASSWORD = "abcd EFGH 1234 ijkl"  # a WordPress application password
USER = "anna"


def client(url: str, timeout: float = 5.0) -> Http:
    return Http(url, auth=(USER, PASSWORD), timeout=timeout)


def no_secret(error: PublishError) -> None:
    text = f"{error} {error!r} {error.args!r}"
    assert PASSWORD not in text and "abcd" not in text


def fail(call: Callable[[], object]) -> PublishError:
    with pytest.raises(PublishError) as caught:
        call()
    no_secret(caught.value)
    return caught.value


# -- statuses and pages --------------------------------------------------------------------
def test_429_with_retry_after_seconds(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/posts").respond_with_json(
        {"message": "Slow down."}, status=429, headers={"Retry-After": "120"}
    )
    with client(httpserver.url_for("/")) as http:
        error = fail(lambda: http.json("POST", "posts", json={"title": "Floods"}))
    assert isinstance(error, Temporary) and error.retry_after == 120
    assert "HTTP 429" in str(error) and "Slow down." in str(error)


def test_503_with_retry_after_as_a_date(httpserver: HTTPServer) -> None:
    when = datetime.now(UTC) + timedelta(minutes=10)
    httpserver.expect_request("/posts").respond_with_data(
        "Down for maintenance",
        status=503,
        headers={"Retry-After": email.utils.format_datetime(when, usegmt=True)},
    )
    with client(httpserver.url_for("/")) as http:
        error = fail(lambda: http.json("POST", "posts"))
    assert isinstance(error, Temporary) and error.retry_after is not None
    assert 590 <= error.retry_after <= 600
    assert "Down for maintenance" in str(error)


def test_500_is_temporary_without_a_retry_after(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/posts").respond_with_json(
        {"code": "internal", "message": "Database error."}, status=500
    )
    with client(httpserver.url_for("/")) as http:
        error = fail(lambda: http.json("POST", "posts"))
    assert isinstance(error, Temporary) and error.retry_after is None
    assert "Database error." in str(error)


def test_401_asks_for_credentials(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/users/me").respond_with_json(
        {"code": "rest_not_logged_in", "message": "You are not currently logged in."},
        status=401,
    )
    with client(httpserver.url_for("/")) as http:
        error = fail(lambda: http.json("GET", "users/me"))
    assert isinstance(error, AuthFailed)
    assert "user name and password" in str(error) and "not currently logged in" in str(error)
    # The password did go to the server (Basic auth), and still appears in no message.
    sent = httpserver.log[0][0].headers["Authorization"]
    assert sent.startswith("Basic ")


def test_403_is_rejected_with_the_servers_message(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/posts").respond_with_json(
        {"code": "rest_cannot_create", "message": "Sorry, you are not allowed to create posts."},
        status=403,
    )
    with client(httpserver.url_for("/")) as http:
        error = fail(lambda: http.json("POST", "posts"))
    assert isinstance(error, Rejected)
    assert "HTTP 403" in str(error) and "not allowed to create posts" in str(error)


def test_html_instead_of_json_is_a_captive_portal(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/posts").respond_with_data(
        "<!DOCTYPE html><html><body><form>Accept the terms to use the Wi-Fi</form></body></html>",
        content_type="text/html",
    )
    with client(httpserver.url_for("/")) as http:
        error = fail(lambda: http.json("GET", "posts"))
    assert isinstance(error, Temporary)
    assert "web page" in str(error) and "sign-in" in str(error)
    assert "<form>" not in str(error)


def test_an_html_error_page_is_not_quoted(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/posts").respond_with_response(
        Response("<html><body><h1>502 Bad Gateway</h1></body></html>", 502, mimetype="text/html")
    )
    with client(httpserver.url_for("/")) as http:
        error = fail(lambda: http.json("GET", "posts"))
    assert isinstance(error, Temporary) and "<h1>" not in str(error)


# -- the network itself --------------------------------------------------------------------
class RawServer:
    """A TCP server on 127.0.0.1 that does one thing to every connection."""

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._handle(conn)

    def _read_request(self, conn: socket.socket) -> bytes:
        conn.settimeout(2)
        data = b""
        try:
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                data += chunk
        except TimeoutError:
            pass
        return data

    def _handle(self, conn: socket.socket) -> None:
        if self.behaviour == "reset":
            # SO_LINGER 0: close() sends RST instead of FIN.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
            return
        self.requests.append(self._read_request(conn))
        if self.behaviour == "hang":
            self._held.append(conn)  # read it all, answer nothing: "timeout after create"
            return
        if self.behaviour == "reset-after-request":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
            return
        if self.behaviour == "html":
            body = b"<html><head><title>Hotel Wi-Fi</title></head><body>Log in</body></html>"
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                + str(len(body)).encode()
                + b"\r\nConnection: close\r\n\r\n"
                + body
            )
            conn.close()
            return
        raise AssertionError(self.behaviour)

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        self._thread.join(timeout=5)
        for conn in self._held:
            conn.close()


@pytest.fixture
def raw_server(request: pytest.FixtureRequest) -> Iterator[RawServer]:
    server = RawServer(request.param)
    yield server
    server.close()


@pytest.mark.parametrize("raw_server", ["reset"], indirect=True)
def test_a_reset_connection_is_temporary(raw_server: RawServer) -> None:
    with client(raw_server.url) as http:
        error = fail(lambda: http.json("POST", "posts", json={"title": "Floods"}))
    assert isinstance(error, Temporary) and "could not reach" in str(error)
    assert "127.0.0.1" in str(error)


@pytest.mark.parametrize("raw_server", ["reset-after-request"], indirect=True)
def test_a_reset_after_the_request_is_temporary(raw_server: RawServer) -> None:
    with client(raw_server.url) as http:
        error = fail(lambda: http.json("POST", "posts", json={"title": "Floods"}))
    assert isinstance(error, Temporary)
    assert raw_server.requests and b"POST /posts" in raw_server.requests[0]


@pytest.mark.parametrize("raw_server", ["hang"], indirect=True)
def test_no_answer_after_the_request_is_a_timeout(raw_server: RawServer) -> None:
    """The server got the create and never answered: it may have made the post, which
    is why the outbox marks the next attempt ``retried``."""
    with client(raw_server.url, timeout=0.5) as http:
        error = fail(lambda: http.json("POST", "posts", json={"title": "Floods"}))
    assert isinstance(error, Temporary) and "did not answer in time" in str(error)
    assert b"POST /posts" in raw_server.requests[0]
    assert b"Authorization: Basic" in raw_server.requests[0]  # sent, yet in no message


@pytest.mark.parametrize("raw_server", ["html"], indirect=True)
def test_a_raw_html_answer_is_a_captive_portal(raw_server: RawServer) -> None:
    with client(raw_server.url) as http:
        error = fail(lambda: http.json("GET", "posts"))
    assert isinstance(error, Temporary) and "web page" in str(error)


def test_a_closed_port_is_temporary() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with client(f"http://127.0.0.1:{port}/") as http:
        error = fail(lambda: http.json("GET", "posts"))
    assert isinstance(error, Temporary) and "could not reach" in str(error)
    assert "cannot be reached at this address" in str(error)


# -- the whole path, end to end ------------------------------------------------------------
def test_a_small_soak_through_the_fault_proxy_loses_and_duplicates_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The soak of ``benchmarks/publish_soak.py`` in small: 20 articles through a proxy
    that fails 30% of requests (resets, answers dropped after the server made the post,
    429, 500, 503, portal pages), with the real engine and the real ``Http``."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "publish_soak.py"
    spec = importlib.util.spec_from_file_location("publish_soak", path)
    assert spec is not None and spec.loader is not None
    soak = importlib.util.module_from_spec(spec)
    monkeypatch.setattr(sys, "path", list(sys.path))  # it adds benchmarks/ to the path
    monkeypatch.setitem(sys.modules, "publish_soak", soak)  # its dataclasses look it up
    spec.loader.exec_module(soak)
    code = soak.run(count=20, rate=0.3, seed=3, backend_name="builtin", limit_s=120)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "lost:                   0" in out and "duplicates:             0" in out
    injected = int(out.split("failures injected:")[1].split()[0])
    assert injected > 0
