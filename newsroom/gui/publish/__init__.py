"""The Publish menu and what it opens: targets, the outbox's log, conflicts, pulls."""
