"""The client for a target, by its kind: one module per kind, imported when needed."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

from newsroom.core.publish.base import Kind, Publisher, Target

if TYPE_CHECKING:
    from newsroom.core.library import Library

#: Kind -> (module, class). Adding a kind of target is one module and one line here.
CLIENTS: dict[Kind, tuple[str, str]] = {
    Kind.WORDPRESS: ("newsroom.core.publish.wordpress", "WordPressPublisher"),
    Kind.NINJS: ("newsroom.core.publish.ninjs", "NinjsPublisher"),
    Kind.STATIC: ("newsroom.core.publish.static_site", "StaticSitePublisher"),
}


def needs_secret(target: Target) -> bool:
    """Whether the target cannot work without a secret: WordPress always (user and
    application password); ninjs when it has a user (HTTP Basic); a static site never."""
    if target.kind is Kind.WORDPRESS:
        return True
    if target.kind is Kind.NINJS:
        return bool(target.username)
    return False


def make_publisher(target: Target, *, secret: str | None, library: Library) -> Publisher:
    """The client for ``target``, constructed as ``Cls(target, secret=..., library=...)``."""
    module_name, class_name = CLIENTS[target.kind]
    cls = getattr(importlib.import_module(module_name), class_name)
    return cast(Publisher, cls(target, secret=secret, library=library))
