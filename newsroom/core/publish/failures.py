"""What went wrong while publishing, in words, and the technical detail kept apart.

A journalist reads a sentence that names the problem: the disk under the library
(:func:`newsroom.core.storage.storage_error`), the network (the site could not be
reached, it did not answer in time, its certificate is not trusted), the site's own
answer (its HTTP status in words), or, for an error nobody planned for, that Newsroom
ran into a problem it did not expect. Never an exception's name: that, its message
and its traceback are the technical detail, which the sync log keeps with the
attempt (:func:`with_technical`) for a bug report, and shows apart from the sentence
(:func:`split_detail`).
"""

from __future__ import annotations

import socket
import sqlite3
import ssl
import traceback
from collections.abc import Iterator
from pathlib import Path

import httpx

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate

#: Between the sentence and the technical detail in a sync log entry's stored detail
#: (stored, so never translated; :func:`split_detail` takes it apart again).
TECHNICAL_MARK = "\n\n--- technical details ---\n"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the errors it was raised from, or while handling, once each."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _host(exc: BaseException) -> str:
    """The host a failed request went to, if httpx kept it."""
    try:
        request = exc.request  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):  # httpx raises RuntimeError when it has none
        return ""
    return str(getattr(request.url, "host", "") or "")


def _certificate_refused(exc: BaseException) -> bool:
    return any(
        isinstance(e, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(e)
        for e in _chain(exc)
    )


def network_problem(exc: BaseException, host: str = "") -> str:
    """What a failed connection to ``host`` means, in a sentence: it could not be
    reached (nothing answers there, no such address, the connection was cut), it did
    not answer in time, or its security certificate is not trusted."""
    host = host or _host(exc) or translate("Failures", "the site")
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            return translate(
                "Failures",
                "Newsroom could not reach {host}: it did not answer in time. The network "
                "may be slow or down, or the site may be busy.",
            ).format(host=host)
        return translate(
            "Failures",
            "{host} did not answer in time: the network may be slow, or the site may be busy.",
        ).format(host=host)
    if _certificate_refused(exc):
        return translate(
            "Failures",
            "Newsroom could not reach {host} safely: its security (TLS) certificate is not "
            "trusted, so nothing was sent. Check the address, or ask whoever runs the site "
            "to renew its certificate.",
        ).format(host=host)
    chain = list(_chain(exc))
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or any(
        "refused" in str(e).lower() for e in chain
    ):
        return translate(
            "Failures",
            "Newsroom could not reach {host}: the site cannot be reached at this address "
            "right now. It may be down, or the address may be wrong.",
        ).format(host=host)
    if any(isinstance(e, socket.gaierror) for e in chain) or any(
        "name resolution" in str(e).lower() or "name or service not known" in str(e).lower()
        for e in chain
    ):
        return translate(
            "Failures",
            "Newsroom could not reach {host}: there is no such address, or this computer "
            "is not connected to the network. Check the address and the connection.",
        ).format(host=host)
    if isinstance(exc, httpx.ConnectError):
        return translate(
            "Failures",
            "Newsroom could not reach {host}: this computer may not be connected to the "
            "network, or the site may be down.",
        ).format(host=host)
    return translate(
        "Failures",
        "Newsroom could not reach {host}: the connection was cut off before the site "
        "answered. The network may be unsteady.",
    ).format(host=host)


def http_status(status: int) -> str:
    """An HTTP status in words, as a clause: "the page was not found (HTTP 404)"."""
    if status == 400:
        words = translate("Failures", "the site did not accept what was sent")
    elif status == 401:
        words = translate("Failures", "the site did not accept the user name and password")
    elif status == 403:
        words = translate("Failures", "the site refused access")
    elif status == 404:
        words = translate("Failures", "the page was not found")
    elif status == 408:
        words = translate("Failures", "the site waited too long for the request")
    elif status == 409:
        words = translate("Failures", "the site has a conflicting copy")
    elif status == 413:
        words = translate("Failures", "what was sent is too large for the site")
    elif status == 429:
        words = translate("Failures", "the site asks Newsroom to slow down")
    elif status in (502, 504):
        words = translate("Failures", "a server in front of the site could not get an answer")
    elif status == 503:
        words = translate("Failures", "the site is unavailable for now")
    elif status >= 500:
        words = translate("Failures", "the site had an internal error")
    else:
        words = translate("Failures", "the site refused the request")
    return translate("Failures", "{words} (HTTP {status})").format(words=words, status=status)


def unexpected(doing: str = "send") -> str:
    """The sentence for an error nobody planned for; ``doing`` is "send",
    "prepare", "start" or "pull"."""
    if doing == "prepare":
        return translate(
            "Failures",
            "Newsroom ran into a problem it did not expect while preparing it for sending; "
            "the sync log has the details for a bug report.",
        )
    if doing == "start":
        return translate(
            "Failures",
            "Newsroom ran into a problem it did not expect while connecting to the target; "
            "the sync log has the details for a bug report.",
        )
    if doing == "pull":
        return translate(
            "Failures",
            "Newsroom ran into a problem it did not expect while reading the site.",
        )
    if doing == "check":
        return translate(
            "Failures",
            "Newsroom ran into a problem it did not expect while checking the target.",
        )
    return translate(
        "Failures",
        "Newsroom ran into a problem it did not expect while sending it; the sync log has "
        "the details for a bug report.",
    )


def explain(
    exc: BaseException, *, library_path: Path | str | None = None, doing: str = "send"
) -> str:
    """What went wrong, in a sentence for the journalist (never an exception's name).

    A :class:`~newsroom.core.errors.NewsroomError` already says it; a failure of the
    disk is said as :func:`~newsroom.core.storage.storage_error` says it (about
    ``library_path``, or the file the error names); a network failure and an HTTP
    status in words; anything else is :func:`unexpected`."""
    from newsroom.core.storage import is_storage_failure, storage_error

    if isinstance(exc, NewsroomError):
        return str(exc)
    if isinstance(exc, httpx.HTTPStatusError):
        host = _host(exc) or translate("Failures", "The site")
        return translate("Failures", "{host} answered: {status}.").format(
            host=host, status=http_status(exc.response.status_code)
        )
    if is_network_failure(exc) or _certificate_refused(exc):
        return network_problem(exc)
    if isinstance(exc, sqlite3.Error) and is_storage_failure(exc) and library_path is not None:
        return str(storage_error(exc, library_path))
    if isinstance(exc, OSError):
        where = exc.filename if isinstance(exc.filename, (str, Path)) else library_path
        if where is not None:
            return str(storage_error(exc, where))
    return unexpected(doing)


def is_network_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is the network's (the site could not be reached, did not answer
    in time): worth trying again later."""
    return isinstance(exc, (httpx.TransportError, ConnectionError, socket.gaierror, TimeoutError))


def technical(exc: BaseException) -> str:
    """The technical detail of ``exc``, for a bug report: its type, its message and
    its traceback."""
    return "".join(traceback.format_exception(exc)).rstrip()


def with_technical(sentence: str, exc: BaseException | None) -> str:
    """A sync log detail: the sentence, then the technical detail of ``exc``."""
    if exc is None:
        return sentence
    return f"{sentence}{TECHNICAL_MARK}{technical(exc)}"


def split_detail(detail: str) -> tuple[str, str]:
    """A stored sync log detail as (the sentence, the technical detail or "")."""
    sentence, _mark, rest = detail.partition(TECHNICAL_MARK)
    return sentence, rest


__all__ = [
    "TECHNICAL_MARK",
    "explain",
    "http_status",
    "is_network_failure",
    "network_problem",
    "split_detail",
    "technical",
    "unexpected",
    "with_technical",
]
