"""HTTP for the publishing clients: one place that turns what a server (or the
network) did into the outbox's error classes.

=====================================================  ==========================
connection refused, reset, DNS, timeout                :class:`Temporary`
429, 502, 503, 504 (``Retry-After`` honoured)          :class:`Temporary`
other 5xx                                              :class:`Temporary`
401                                                    :class:`AuthFailed`
other 4xx                                              :class:`Rejected`, with the
                                                       server's own message
2xx with HTML (or anything not JSON) where JSON is     :class:`Temporary` (a captive
due                                                    portal or a proxy's page)
=====================================================  ==========================

Messages name the server, never a credential: httpx keeps the ``Authorization``
header out of its exception texts, and nothing here prints a request.
"""

from __future__ import annotations

import email.utils
import json as jsonlib
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from newsroom import __version__
from newsroom.core.i18n import translate
from newsroom.core.publish.base import AuthFailed, OutgoingMedia, Rejected, Temporary
from newsroom.core.publish.failures import network_problem

USER_AGENT = f"Newsroom/{__version__}"
#: Connect quickly or give up; a slow upload may take longer to answer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def server_message(response: httpx.Response) -> str:
    """The server's own words about a failed request, short."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, Mapping):
        for key in ("message", "error", "detail"):
            if isinstance(data.get(key), str) and data[key].strip():
                return str(data[key]).strip()
    text = response.text.strip()
    if text and not _looks_like_html(response):
        return text[:300]
    return response.reason_phrase or f"HTTP {response.status_code}"


def _looks_like_html(response: httpx.Response) -> bool:
    kind = response.headers.get("content-type", "").lower()
    return "html" in kind or response.text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


class Http:
    """A client for one server. Methods block and raise the outbox's error classes."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: tuple[str, str] | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._client = httpx.Client(
            auth=auth,
            timeout=timeout,
            headers={"User-Agent": USER_AGENT},
            follow_redirects=True,
            transport=transport,
            # Only the configured server: no proxy from the environment, ever.
            trust_env=False,
        )
        self.host = httpx.URL(self.base_url).host or self.base_url

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, path: str) -> str:
        """``path`` under the base URL; a full URL is used as it is."""
        if path.startswith(("http://", "https://")):
            return path
        return f"{self.base_url}/{path.lstrip('/')}"

    def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send one request; a response that is not 2xx raises."""
        try:
            response = self._client.request(
                method, self.url(path), params=params, json=json, content=content, headers=headers
            )
        except httpx.TransportError as exc:  # timeouts too: all mean "try again later"
            raise Temporary(network_problem(exc, self.host)) from None
        self.raise_for(response)
        return response

    def json(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send one request and return its JSON; anything else where JSON was due raises
        :class:`Temporary` (a captive portal's page, a proxy's error)."""
        response = self.send(
            method, path, params=params, json=json, content=content, headers=headers
        )
        return self.parse(response)

    def parse(self, response: httpx.Response) -> Any:
        try:
            return jsonlib.loads(response.content)
        except ValueError:
            if _looks_like_html(response):
                message = translate(
                    "Http",
                    "{host} answered with a web page instead of data: the network may need "
                    "a sign-in (as in a hotel or on a train), or a proxy is in the way.",
                )
            else:
                message = translate(
                    "Http",
                    "{host} answered with something that is not JSON instead of data: the "
                    "network may need a sign-in (as in a hotel or on a train), or a proxy is "
                    "in the way.",
                )
            raise Temporary(message.format(host=self.host)) from None

    def raise_for(self, response: httpx.Response) -> None:
        status = response.status_code
        if status < 300:
            return
        message = server_message(response)
        if status == 401:
            raise AuthFailed(
                translate(
                    "Http", "{host} did not accept the user name and password ({message})."
                ).format(host=self.host, message=message)
            )
        if status == 429 or status >= 500 or status == 408:
            raise Temporary(
                translate("Http", "{host} is busy or failing (HTTP {status}: {message}).").format(
                    host=self.host, status=status, message=message
                ),
                retry_after=retry_after(response.headers.get("retry-after")),
            )
        raise Rejected(
            translate("Http", "{host} refused it (HTTP {status}): {message}").format(
                host=self.host, status=status, message=message
            )
        )


def multipart(media: OutgoingMedia, fields: Mapping[str, str] | None = None) -> tuple[bytes, str]:
    """An image upload's body and its ``Content-Type``: the image as the form's part
    ``file``, with ``fields`` beside it. Sites name the file after the part's
    ``filename``, which some read as ASCII, so the name is made ASCII."""
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "-", media.filename).strip("-") or "image"
    form = httpx.Request(
        "POST",
        "http://upload.invalid/",
        data=dict(fields or {}),
        files={"file": (ascii_name, media.data, media.mime_type)},
    )
    return form.read(), form.headers["Content-Type"]
