"""A WordPress site, through its REST API and an application password
(:mod:`newsroom.core.publish.wordpress`)."""

from newsroom.core.publish.kinds.kind import HOLDS_EMBARGOES, Choice, Kind

KIND = Kind(
    name="wordpress",
    label="WordPress",
    url_hint="https://news.example.org",
    user="required",
    user_refusal="A WordPress target needs the user name the site knows you by.",
    secret="always",
    password_hint="An application password",
    password_help=" (an application password, from your profile on the site)",
    client="newsroom.core.publish.wordpress:WordPressPublisher",
    options=(
        Choice(
            key="takedown",
            label="When an article is &taken down:",
            accessible_name="When an article is taken down",
            tooltip=(
                "What the site does with the post when an article is spiked, unpublished "
                "or trashed here. A draft can be published again; the site's trash is "
                "emptied by WordPress after a while."
            ),
            choices=(("draft", "Move to draft"), ("trash", "Move to trash")),
        ),
        HOLDS_EMBARGOES,
    ),
    other_settings=("authors",),
    schedules_switch="schedules",
    records_uploads=True,
    pull="newsroom.core.publish.wp_pull:pull",
)
