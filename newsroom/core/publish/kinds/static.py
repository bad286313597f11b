"""A folder that holds a static site, the library's own default target
(:mod:`newsroom.core.publish.static_site`)."""

from newsroom.core.publish.kinds.kind import Kind

KIND = Kind(
    name="static",
    label="Static site (a folder)",
    url_hint="/home/me/site",
    folder=True,
    user="none",
    user_refusal="A static site is a folder: it has no user name.",
    secret="never",
    client="newsroom.core.publish.static_site:StaticSitePublisher",
)
