"""A WordPress site, through its REST API and an application password
(:mod:`newsroom.core.publish.wordpress`)."""

from newsroom.core.i18n import QT_TRANSLATE_NOOP
from newsroom.core.publish.kinds.kind import HOLDS_EMBARGOES, Choice, Kind

KIND = Kind(
    name="wordpress",
    label=QT_TRANSLATE_NOOP("Kind", "WordPress"),
    url_hint=QT_TRANSLATE_NOOP("Kind", "https://news.example.org"),
    user="required",
    user_refusal=QT_TRANSLATE_NOOP(
        "Kind", "A WordPress target needs the user name the site knows you by."
    ),
    secret="always",
    password_hint=QT_TRANSLATE_NOOP("Kind", "An application password"),
    password_help=QT_TRANSLATE_NOOP(
        "Kind", " (an application password, from your profile on the site)"
    ),
    client="newsroom.core.publish.wordpress:WordPressPublisher",
    options=(
        Choice(
            key="takedown",
            label=QT_TRANSLATE_NOOP("Kind", "When an article is &taken down:"),
            accessible_name=QT_TRANSLATE_NOOP("Kind", "When an article is taken down"),
            tooltip=QT_TRANSLATE_NOOP(
                "Kind",
                "What the site does with the post when an article is spiked, unpublished "
                "or trashed here. A draft can be published again; the site's trash is "
                "emptied by WordPress after a while.",
            ),
            choices=(
                ("draft", QT_TRANSLATE_NOOP("Kind", "Move to draft")),
                ("trash", QT_TRANSLATE_NOOP("Kind", "Move to trash")),
            ),
        ),
        HOLDS_EMBARGOES,
    ),
    other_settings=("authors",),
    schedules_switch="schedules",
    records_uploads=True,
    pull="newsroom.core.publish.wp_pull:pull",
)
