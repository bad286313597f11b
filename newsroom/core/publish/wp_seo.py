"""The search title and description as WordPress's SEO plugins keep them.

They go in the post's ``meta`` under the keys of Yoast SEO and of Rank Math. WordPress
drops, without a word, every meta key no plugin registered for the REST API, so the
answer's ``meta`` tells which were kept. When none were, the journalist is told once
per target (remembered in the library), and again only after the fields came and went.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from newsroom.core.i18n import translate
from newsroom.core.publish.base import Outgoing, Target

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: The title's and the description's keys, per plugin.
YOAST = ("_yoast_wpseo_title", "_yoast_wpseo_metadesc")
RANK_MATH = ("rank_math_title", "rank_math_description")
SEO_KEYS = YOAST + RANK_MATH


def seo_meta(item: Outgoing) -> dict[str, str]:
    """The ``meta`` of a post: the search title and description under every key."""
    title, description = item.seo_title.strip(), item.seo_description.strip()
    return {
        YOAST[0]: title,
        YOAST[1]: description,
        RANK_MATH[0]: title,
        RANK_MATH[1]: description,
    }


def kept(post: Mapping[str, Any]) -> set[str]:
    """The SEO keys the site kept (its answer's ``meta`` is ``[]`` when it has none)."""
    meta = post.get("meta")
    return set(meta) & set(SEO_KEYS) if isinstance(meta, Mapping) else set()


def read(post: Mapping[str, Any]) -> tuple[str, str]:
    """The search title and description a post has, Yoast's first."""
    meta = post.get("meta")
    if not isinstance(meta, Mapping):
        return "", ""

    def first(*keys: str) -> str:
        return next((str(meta[k]).strip() for k in keys if str(meta.get(k) or "").strip()), "")

    return first(YOAST[0], RANK_MATH[0]), first(YOAST[1], RANK_MATH[1])


def _key(target: Target) -> str:
    return f"wordpress.no_seo_fields.{target.id}"


def warnings(
    library: Library, target: Target, item: Outgoing, post: Mapping[str, Any]
) -> tuple[str, ...]:
    """What to tell the journalist about the SEO fields of a post just sent: once, when
    the site kept none of them."""
    if kept(post):
        if library.setting(_key(target)) == "1":
            library.set_setting(_key(target), "0")
        return ()
    if not (item.seo_title.strip() or item.seo_description.strip()):
        return ()
    if library.setting(_key(target)) == "1":
        return ()
    library.set_setting(_key(target), "1")
    return (
        translate(
            "WordPressSeo",
            "{target} has no search title or description fields that Newsroom can write "
            "(Yoast or Rank Math): they were not sent.",
        ).format(target=target.name),
    )


__all__ = ["RANK_MATH", "SEO_KEYS", "YOAST", "kept", "read", "seo_meta", "warnings"]
