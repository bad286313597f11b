"""Bylines as WordPress users: the post's ``author`` is the user a byline names.

A target may map bylines itself (``settings["authors"]``: byline → user id or login);
otherwise a user whose display name is the byline (compared without regard to case) is
the author. A byline no user matches travels as a line at the top of the content
(:mod:`.wp_content`). What the site answered is kept for the life of the client, so each
byline is asked about once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from newsroom.core.publish.base import Target
from newsroom.core.publish.wp_rest import WordPressError, WordPressRest


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class WordPressAuthors:
    """The users of one site that bylines name."""

    def __init__(self, rest: WordPressRest, target: Target) -> None:
        self.rest = rest
        self.target = target
        self._cache: dict[str, int | None] = {}
        self._names: dict[int, str] = {}

    def user_for(self, byline: str) -> int | None:
        """The id of the user the byline names; None when no user matches."""
        key = " ".join(byline.split()).casefold()
        if not key:
            return None
        if key not in self._cache:
            self._cache[key] = self._lookup(byline.strip())
        return self._cache[key]

    def name_of(self, user_id: int) -> str:
        """A user's display name ("" when the site does not say)."""
        if user_id not in self._names:
            try:
                user = self.rest.request("GET", f"wp/v2/users/{user_id}")
            except WordPressError:
                user = {}
            self._names[user_id] = str(user.get("name") or "") if isinstance(user, dict) else ""
        return self._names[user_id]

    def _mapping(self) -> Mapping[str, Any]:
        mapping = self.target.settings.get("authors")
        return mapping if isinstance(mapping, Mapping) else {}

    def _lookup(self, byline: str) -> int | None:
        for name, user in self._mapping().items():
            if _same(str(name), byline):
                return self._mapped(user)
        return self._search(byline, lambda u: _same(str(u.get("name") or ""), byline))

    def _mapped(self, user: object) -> int | None:
        """A mapping's user: an id as it is, a login looked up."""
        if isinstance(user, int) and not isinstance(user, bool):
            return user
        login = str(user or "").strip()
        if login.isdigit():
            return int(login)
        if not login:
            return None
        return self._search(
            login,
            lambda u: _same(str(u.get("username") or u.get("slug") or ""), login),
        )

    def _search(self, words: str, match: Callable[[Mapping[str, Any]], bool]) -> int | None:
        try:
            users = list(self.rest.pages("wp/v2/users", {"search": words, "context": "edit"}))
        except WordPressError:
            return None  # the account may not list users: the byline goes as a line
        for user in users:
            if match(user):
                self._names[int(user["id"])] = str(user.get("name") or "")
                return int(user["id"])
        return None


__all__ = ["WordPressAuthors"]
