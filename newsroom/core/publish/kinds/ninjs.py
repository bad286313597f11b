"""An IPTC ninjs endpoint that takes news items over HTTP
(:mod:`newsroom.core.publish.ninjs`); HTTP Basic when it has a user."""

from newsroom.core.publish.kinds.kind import Kind

KIND = Kind(
    name="ninjs",
    label="ninjs (HTTP push)",
    url_hint="https://wire.example.org/ninjs",
    user="optional",
    secret="with_user",
    client="newsroom.core.publish.ninjs:NinjsPublisher",
)
