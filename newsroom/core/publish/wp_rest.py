"""The REST API of one WordPress site: where its root is, one request, a list page by page.

WordPress's refusals keep their own ``code`` and ``data`` (:class:`WordPressError`), so the
callers can tell ``term_exists`` or ``rest_post_invalid_id`` apart. Everything else maps
to the outbox's error classes as :mod:`newsroom.core.publish.http` says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from newsroom.core.i18n import translate
from newsroom.core.publish.base import AuthFailed, Rejected, Target, Temporary
from newsroom.core.publish.http import Http

#: The most items WordPress lists per page.
PAGE_SIZE = 100
_API_REL = "https://api.w.org/"


class WordPressError(Rejected):
    """A refusal with WordPress's own error ``code`` and ``data`` (``term_exists`` …)."""

    def __init__(self, message: str, status: int, code: str, data: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.data = dict(data)


class WordPressHttp(Http):
    """:class:`Http` that keeps WordPress's error code on a refusal."""

    def raise_for(self, response: httpx.Response) -> None:
        try:
            super().raise_for(response)
        except Rejected as exc:
            code, data = _error_body(response)
            raise WordPressError(str(exc), response.status_code, code, data) from None


def _error_body(response: httpx.Response) -> tuple[str, Mapping[str, Any]]:
    try:
        body = response.json()
    except ValueError:
        return "", {}
    if not isinstance(body, dict):
        return "", {}
    data = body.get("data")
    return str(body.get("code") or ""), data if isinstance(data, dict) else {}


class WordPressRest:
    """Requests to the REST API of the site a target names, signed in with its
    Application Password. Methods block and raise the outbox's error classes."""

    def __init__(
        self,
        target: Target,
        *,
        secret: str | None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float | None = None,
    ) -> None:
        self.target = target
        self._auth = (target.username, secret) if target.username and secret else None
        kwargs: dict[str, Any] = {"auth": self._auth, "transport": transport}
        if timeout is not None:
            kwargs["timeout"] = timeout
        self.http = WordPressHttp(target.url, **kwargs)
        self._root: str | None = None

    def close(self) -> None:
        self.http.close()

    # -- the REST root -----------------------------------------------------------------
    @property
    def root(self) -> str:
        """The REST root: ``…/wp-json`` or ``…/?rest_route=``, found on first use."""
        if self._root is None:
            self._root = self._discover_root()
        return self._root

    def route(
        self, path: str, params: Mapping[str, Any] | None = None
    ) -> tuple[str, dict[str, Any]]:
        """The URL and query of a route such as ``wp/v2/posts/7``. (httpx replaces a
        URL's query with ``params``, so ``rest_route`` travels among them.)"""
        path = "/" + path.strip("/")
        query = dict(params or {})
        if self.root.endswith("rest_route="):
            return self.root.split("?")[0], {"rest_route": path, **query}
        return self.root + path, query

    def _discover_root(self) -> str:
        configured = str(self.target.settings.get("api_root") or "")
        url = (configured or self.target.url).strip()
        parts = urlsplit(url)
        if "rest_route=" in parts.query:
            return url.split("rest_route=")[0] + "rest_route="
        if parts.path.rstrip("/").endswith("/wp-json"):
            return url.split("?")[0].rstrip("/")
        site = url.split("?")[0].split("#")[0].rstrip("/")
        saw_page = False
        # 1. Pretty permalinks, the common case: one request.
        pretty = site + "/wp-json"
        found = self._probe(pretty + "/")
        if found is True:
            return pretty
        saw_page = saw_page or found is None
        # 2. The site's own pages name the root in a Link header.
        try:
            response = self.http.send("GET", site + "/")
            link = response.links.get(_API_REL, {}).get("url")
            if link:
                return _root_from_link(str(link))
            saw_page = True
        except WordPressError:
            pass
        # 3. Without pretty permalinks the query form works everywhere.
        plain = site + "/?rest_route="
        found = self._probe(site + "/", {"rest_route": "/"})
        if found is True:
            return plain
        saw_page = saw_page or found is None
        if saw_page:
            raise Temporary(
                translate(
                    "WordPressRest",
                    "{host} answered with a web page instead of data: the network may "
                    "need a sign-in (as in a hotel or on a train), or the address is not the "
                    "address of a WordPress site.",
                ).format(host=self.http.host)
            )
        raise Rejected(
            translate(
                "WordPressRest",
                "{host} does not look like a WordPress site: its REST API was not "
                "found. Check the address of the target.",
            ).format(host=self.http.host)
        )

    def _probe(self, url: str, query: Mapping[str, str] | None = None) -> bool | None:
        """True when ``url`` is a WordPress REST index, None for a web page, False else."""
        try:
            response = self.http.send(
                "GET", url, params={**(query or {}), "_fields": "name,namespaces"}
            )
        except WordPressError:
            return False
        try:
            data = response.json()
        except ValueError:
            return None
        return isinstance(data, dict) and "wp/v2" in (data.get("namespaces") or [])

    # -- requests ----------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """One request to a route; its JSON answer."""
        self.require_auth()
        url, query = self.route(path, params)
        return self.http.json(
            method, url, params=query, json=json, content=content, headers=headers
        )

    def pages(self, path: str, params: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
        """Every item of a list, page by page (built by hand: with ``?rest_route=`` the
        ``next`` links WordPress sends are malformed)."""
        self.require_auth()
        page = 1
        while True:
            url, query = self.route(path, {**params, "per_page": PAGE_SIZE, "page": page})
            response = self.http.send("GET", url, params=query)
            items = self.http.parse(response)
            if not isinstance(items, list):
                raise Rejected(
                    translate(
                        "WordPressRest", "{host} answered a list with something else."
                    ).format(host=self.http.host)
                )
            yield from (item for item in items if isinstance(item, dict))
            total = int(response.headers.get("x-wp-totalpages") or 1)
            if page >= total or len(items) < PAGE_SIZE:
                return
            page += 1

    def require_auth(self) -> None:
        if self._auth is None:
            raise AuthFailed(
                translate(
                    "WordPressRest", "No user name or application password is set for “{name}”."
                ).format(name=self.target.name)
            )


def _root_from_link(link: str) -> str:
    if "rest_route=" in link:
        return link.split("rest_route=")[0] + "rest_route="
    return link.rstrip("/")
