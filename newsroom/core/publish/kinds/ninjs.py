"""An IPTC ninjs endpoint that takes news items over HTTP
(:mod:`newsroom.core.publish.ninjs`); HTTP Basic when it has a user."""

from newsroom.core.i18n import QT_TRANSLATE_NOOP
from newsroom.core.publish.kinds.kind import Kind

KIND = Kind(
    name="ninjs",
    label=QT_TRANSLATE_NOOP("Kind", "ninjs (HTTP push)"),
    url_hint=QT_TRANSLATE_NOOP("Kind", "https://wire.example.org/ninjs"),
    user="optional",
    secret="with_user",
    client="newsroom.core.publish.ninjs:NinjsPublisher",
)
