"""Publish many articles through a proxy that fails 30% of requests; none may be lost
and none may appear twice.

A library with ARTICLES articles (500) is published to a target behind
``benchmarks/faultproxy.py``, which resets connections, drops answers after the server
did the work ("timeout after create"), answers 429/500/503 and captive-portal pages.
The real sync engine runs until the outbox is empty (with a short back-off cap), then
the posts on the server are counted per article: lost (none) and duplicates (more than
one) must both be 0; the script exits 1 otherwise.

Backends (``BACKEND``):

- ``wordpress`` (the default): a real WordPress from ``tests/servers/wordpress.py``
  (``scripts/bootstrap test`` installs it) and the real ``WordPressPublisher``;
- ``builtin``: a tiny ninjs-like receiver in this file, which records every POST, and
  a minimal client for it; it needs nothing installed.

    .venv/bin/python benchmarks/publish_soak.py
    ARTICLES=50 BACKEND=builtin RATE=0.3 SEED=7 .venv/bin/python benchmarks/publish_soak.py
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from faultproxy import FaultProxy  # noqa: E402

from newsroom.core.library import Library, create_library  # noqa: E402
from newsroom.core.model import Article, Status  # noqa: E402
from newsroom.core.publish import outbox  # noqa: E402
from newsroom.core.publish.backoff import Backoff  # noqa: E402
from newsroom.core.publish.base import (  # noqa: E402
    Account,
    Action,
    Outgoing,
    Publisher,
    Remote,
    Target,
)
from newsroom.core.publish.http import Http  # noqa: E402
from newsroom.core.publish.sync import SyncEngine  # noqa: E402
from newsroom.core.publish.targets import add_target  # noqa: E402

#: Short waits for the soak: the figures are about correctness, not patience.
SOAK_BACKOFF = Backoff(base=0.05, cap=0.5, floor=0.01, retry_after_cap=0.25)
#: How many different images the soak's articles carry (each shared by several).
IMAGES = 6


def png_of(colour: int) -> bytes:
    """A 1x1 PNG of its own colour, so that each image differs."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixel = bytes([0, colour * 40 % 256, 80, 160, 255])  # filter byte, then RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(pixel))
        + chunk(b"IEND", b"")
    )


# -- the builtin backend: a ninjs-like receiver and its client -------------------------------
class Receiver:
    """Keeps every item it is sent; never deduplicates (that is the client's job)."""

    def __init__(self) -> None:
        self.items: dict[int, dict[str, Any]] = {}
        self.posts = 0  # every create, even a duplicate
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def _send(self, status: int, data: object) -> None:
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                uid = parse_qs(urlsplit(self.path).query).get("uid", [""])[0]
                with receiver._lock:
                    found = [dict(i, id=k) for k, i in receiver.items.items() if i["uid"] == uid]
                self._send(200, found)

            def do_POST(self) -> None:  # noqa: N802
                item = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with receiver._lock:
                    receiver.posts += 1
                    path = urlsplit(self.path).path.rstrip("/")
                    if path.endswith("/items"):
                        item_id = len(receiver.items) + 1
                    else:
                        item_id = int(path.rsplit("/", 1)[1])
                    receiver.items[item_id] = item
                self._send(200, {"id": item_id})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def count_by_uid(self) -> Counter[str]:
        with self._lock:
            return Counter(item["uid"] for item in self.items.values())


class ReceiverClient:
    """A minimal client: updates what it knows, looks before a retried create."""

    def __init__(self, target: Target) -> None:
        self.http = Http(target.url, timeout=10.0)

    def check(self) -> Account:
        return Account("soak")

    def publish(self, item: Outgoing, known: Remote | None, *, force: bool = False) -> Remote:
        data = {"uid": item.uid, "slug": item.slug, "headline": item.headline}
        if known is None and item.retried:
            found = self.http.json("GET", "items", params={"uid": item.uid})
            if found:
                known = Remote(str(found[0]["id"]))
        path = f"items/{known.remote_id}" if known else "items"
        answer = self.http.json("POST", path, json=data)
        return Remote(str(answer["id"]))

    def unpublish(self, item: Outgoing, known: Remote) -> Remote:
        return known

    def close(self) -> None:
        self.http.close()


@dataclass
class Backend:
    name: str
    upstream: str
    make_target: Callable[[Library, str], Target]
    publisher_for: Callable[[Library], Callable[[Target], Publisher]]
    #: Posts on the server per article uid.
    count: Callable[[Library], Counter[str]]
    #: Images on the server (the soak uses one, in every 50th article); None: not kept.
    images: Callable[[], int | None] = lambda: None


@contextmanager
def builtin_backend() -> Iterator[Backend]:
    receiver = Receiver()
    try:
        yield Backend(
            "builtin ninjs-like receiver",
            receiver.url,
            lambda library, url: add_target(library, "Soak", "ninjs", url),
            lambda library: ReceiverClient,
            lambda library: receiver.count_by_uid(),
        )
    finally:
        receiver.close()


@contextmanager
def wordpress_backend() -> Iterator[Backend]:
    from servers import wordpress as wp_server

    from newsroom.core.publish.wordpress import WordPressPublisher, marker

    state_dir = wp_server.make_state_dir()
    try:
        site = wp_server.up(state_dir)
    except wp_server.WordPressMissing:
        wp_server.remove_state_dir(state_dir)
        raise SystemExit(wp_server.BOOTSTRAP_HINT + " Or run with BACKEND=builtin.") from None
    try:

        def publisher_for(library: Library) -> Callable[[Target], Publisher]:
            def make(target: Target) -> Publisher:
                return WordPressPublisher(
                    target, secret=site.app_password, library=library, timeout=30.0
                )

            return make

        def count(library: Library) -> Counter[str]:
            uids = [row[0] for row in library.conn.execute("SELECT uid FROM articles")]
            found: Counter[str] = Counter()
            page = 1
            while True:
                response = site.rest(
                    "GET",
                    "/wp/v2/posts",
                    params={"status": "any", "context": "edit", "per_page": 100, "page": page},
                )
                if response.status_code == 400:  # past the last page
                    break
                response.raise_for_status()
                posts = response.json()
                for post in posts:
                    raw = (post.get("content") or {}).get("raw") or ""
                    for uid in uids:
                        if marker(uid) in raw:
                            found[uid] += 1
                if len(posts) < 100:
                    break
                page += 1
            return found

        def images() -> int:
            response = site.rest("GET", "/wp/v2/media", params={"per_page": 100})
            response.raise_for_status()
            return int(response.headers.get("X-WP-Total", len(response.json())))

        yield Backend(
            "WordPress (tests/servers/wordpress.py)",
            site.url,
            lambda library, url: add_target(
                library, "Soak", "wordpress", url, username=site.username
            ),
            publisher_for,
            count,
            images,
        )
    finally:
        wp_server.down(state_dir)
        wp_server.remove_state_dir(state_dir)


# -- the soak -----------------------------------------------------------------------------
def make_articles(library: Library, count: int) -> None:
    sections = [s for s, depth in library.section_tree().walk() if depth == 1]
    photos = [
        library.add_media(f"soak-{k}.png", "image/png", png_of(k), alt="A pixel", credit="Soak")
        for k in range(IMAGES)
    ]
    with library.db.atomic():
        for n in range(count):
            library.create_article(
                Article(
                    headline=f"Soak story number {n}",
                    standfirst=f"The {n}th of many.",
                    body=f"Paragraph one of story {n}.\n\n## More\n\nParagraph two.",
                    byline="Soak Desk",
                    status=Status.READY,  # only what the desk approved goes out
                    section_id=sections[n % len(sections)].id if sections else None,
                    tags=[f"soak-{n % 7}", "soak"],
                    # Every fifth article has one, each image shared by several.
                    featured_media_id=photos[(n // 5) % IMAGES].id if n % 5 == 0 else None,
                )
            )


def run(count: int, rate: float, seed: int, backend_name: str, limit_s: float) -> int:
    started = time.monotonic()
    backend_cm = wordpress_backend() if backend_name == "wordpress" else builtin_backend()
    with tempfile.TemporaryDirectory() as tmp, backend_cm as backend:
        library = create_library(Path(tmp) / "Soak.newsroom")  # with its section tree
        library.conn.execute("DELETE FROM articles")  # but not its welcome article
        make_articles(library, count)
        with FaultProxy(backend.upstream, rate=rate, seed=seed) as proxy:
            target = backend.make_target(library, proxy.url)
            ids = [row[0] for row in library.conn.execute("SELECT id FROM articles")]
            for article_id in ids:
                outbox.enqueue(library, article_id, target, Action.PUBLISH)
            engine = SyncEngine(library, backend.publisher_for(library), backoff=SOAK_BACKOFF)
            sync_started = time.monotonic()
            runs = 0
            while outbox.entries(library, target_id=target.id):
                if time.monotonic() - sync_started > limit_s:
                    print(f"gave up after {limit_s:.0f} s", file=sys.stderr)
                    break
                waiting = [
                    e for e in outbox.entries(library) if e.state is outbox.EntryState.ATTENTION
                ]
                if waiting:
                    for e in waiting:
                        print(f"needs attention: {e.slug}: {e.last_error}", file=sys.stderr)
                    break
                summary = engine.run_once()
                runs += 1
                if summary.attempts == 0:
                    due = engine.next_due()
                    if due is not None:
                        pause = (due - engine.clock()).total_seconds()
                        time.sleep(min(max(pause, 0.01), 1.0))
            sync_s = time.monotonic() - sync_started
        per_article = backend.count(library)
        images = backend.images()
        uids = [row[0] for row in library.conn.execute("SELECT uid FROM articles")]
        lost = sum(1 for uid in uids if per_article[uid] == 0)
        duplicates = sum(1 for uid in uids if per_article[uid] > 1)
        outcomes = Counter(row[0] for row in library.conn.execute("SELECT outcome FROM sync_log"))
        left = len(outbox.entries(library))
        sent_images = library.conn.execute(
            "SELECT count(DISTINCT featured_media_id) FROM articles "
            "WHERE featured_media_id IS NOT NULL"
        ).fetchone()[0]
        library.close()
    faults = {k: v for k, v in proxy.stats.items() if k not in ("requests", "forwarded")}
    print(f"backend:                {backend.name}")
    print(f"articles:               {count}")
    print(f"requests:               {proxy.stats['requests']}")
    print(f"failures injected:      {sum(faults.values())} ({rate:.0%} asked)")
    for kind in sorted(faults):
        print(f"  {kind:<21} {faults[kind]}")
    print(f"engine runs:            {runs}")
    print(f"attempts:               {sum(v for k, v in outcomes.items() if k != 'interrupted')}")
    print(f"  by outcome            {dict(sorted(outcomes.items()))}")
    print(f"left in the outbox:     {left}")
    print(f"sync time:              {sync_s:.1f} s")
    print(f"wall time:              {time.monotonic() - started:.1f} s")
    if images is not None:
        print(f"images on the server:   {images} ({sent_images} sent)")
    print(f"lost:                   {lost}")
    print(f"duplicates:             {duplicates}")
    images_ok = images is None or images == sent_images
    return 0 if lost == 0 and duplicates == 0 and left == 0 and images_ok else 1


def main() -> None:
    sys.exit(
        run(
            count=int(os.environ.get("ARTICLES", "500")),
            rate=float(os.environ.get("RATE", "0.3")),
            seed=int(os.environ.get("SEED", "7")),
            backend_name=os.environ.get("BACKEND", "wordpress"),
            limit_s=float(os.environ.get("LIMIT_S", "3600")),
        )
    )


if __name__ == "__main__":
    main()
