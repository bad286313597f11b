"""A folder that holds a static site, the library's own default target
(:mod:`newsroom.core.publish.static_site`)."""

from newsroom.core.i18n import QT_TRANSLATE_NOOP
from newsroom.core.publish.kinds.kind import Kind

KIND = Kind(
    name="static",
    label=QT_TRANSLATE_NOOP("Kind", "Static site (a folder)"),
    url_hint=QT_TRANSLATE_NOOP("Kind", "/home/me/site"),
    folder=True,
    user="none",
    user_refusal=QT_TRANSLATE_NOOP("Kind", "A static site is a folder: it has no user name."),
    secret="never",
    client="newsroom.core.publish.static_site:StaticSitePublisher",
)
