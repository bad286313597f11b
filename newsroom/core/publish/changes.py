"""What will change on a site, before it changes.

Each send records what the target was sent (:func:`sent_json`, kept in
``sync_state.sent``). :func:`plan` builds what would go now and compares it with
that, field by field and for the text, and lists the images that will be uploaded;
the window shows it before a publish or an update, and ``newsroom publish --dry-run``
prints it (:func:`format_plan`). Nothing is queued or sent here.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.model import utcnow
from newsroom.core.publish.approval import NotApproved, refusal
from newsroom.core.publish.base import Action, Outgoing, Target

#: The fields of a page as a site receives them, in the order the window lists them.
#: The labels are English, translated when a plan is made (``translate("Plan", label)``).
FIELDS: tuple[tuple[str, str], ...] = (
    ("headline", QT_TRANSLATE_NOOP("Plan", "Headline")),
    ("standfirst", QT_TRANSLATE_NOOP("Plan", "Standfirst")),
    ("slug", QT_TRANSLATE_NOOP("Plan", "Address")),
    ("byline", QT_TRANSLATE_NOOP("Plan", "Byline")),
    ("dateline", QT_TRANSLATE_NOOP("Plan", "Dateline")),
    ("section", QT_TRANSLATE_NOOP("Plan", "Section")),
    ("tags", QT_TRANSLATE_NOOP("Plan", "Tags")),
    ("published", QT_TRANSLATE_NOOP("Plan", "Publication time")),
    ("embargo", QT_TRANSLATE_NOOP("Plan", "Embargo")),
    ("seo_title", QT_TRANSLATE_NOOP("Plan", "Search title")),
    ("seo_description", QT_TRANSLATE_NOOP("Plan", "Search description")),
    ("featured", QT_TRANSLATE_NOOP("Plan", "Featured image")),
    ("related", QT_TRANSLATE_NOOP("Plan", "You Might Also Like")),
    ("notes", QT_TRANSLATE_NOOP("Plan", "Corrections and updates")),
    ("language", QT_TRANSLATE_NOOP("Plan", "Language")),
)


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment is not None else ""


def sent_fields(item: Outgoing) -> dict[str, str]:
    """The article's fields as text, by :data:`FIELDS` key, plus ``text`` (the body's
    Markdown) and ``media`` (one line per image: file name and checksum)."""
    featured = next((m for m in item.media if m.featured), None)
    return {
        "headline": item.headline,
        "standfirst": item.standfirst,
        "slug": item.slug,
        "byline": item.byline,
        "dateline": item.dateline,
        "section": " › ".join(item.section_path),
        "tags": ", ".join(item.tags),
        "published": _when(item.published_at),
        "embargo": _when(item.embargo_until),
        "seo_title": item.seo_title,
        "seo_description": item.seo_description,
        "featured": (
            f"{featured.filename} (alt: {featured.alt or '—'}; caption: "
            f"{featured.caption or '—'}; credit: {featured.credit or '—'})"
            if featured
            else ""
        ),
        "related": "\n".join(f"{r.title} <{r.url}>" for r in item.related),
        "notes": "\n".join(f"{n.label} ({n.when}): {n.text}" for n in item.notes),
        "language": item.language,
        "text": item.body_markdown,
        "media": "\n".join(f"{m.filename} {m.sha256}" for m in item.media),
    }


def sent_json(item: Outgoing) -> str:
    """What is stored at a send, for the next comparison."""
    return json.dumps(sent_fields(item), ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class FieldChange:
    key: str
    label: str
    before: str
    after: str


@dataclass
class Plan:
    """What a publish or update of one article would do on one target."""

    target: Target
    headline: str
    #: ``publish`` when the site has never had it (or had it taken down), else ``update``.
    action: Action
    #: Why it would be refused; None if it may go.
    refused: NotApproved | None = None
    changes: list[FieldChange] = field(default_factory=list)
    #: A unified diff of the text (Markdown) against what was last sent.
    text_diff: list[str] = field(default_factory=list)
    #: The images that will be uploaded (file names).
    uploads: list[str] = field(default_factory=list)
    #: When the outbox holds it until (embargo or publication time), if in the future.
    held_until: datetime | None = None
    #: Whether the site has it now (live or held), so the change is seen there.
    on_site: bool = False

    @property
    def unchanged(self) -> bool:
        return self.on_site and not (self.changes or self.text_diff or self.uploads)


def _last_sent(
    library: Library, article_id: int, target_id: int
) -> tuple[str | None, dict[str, str]]:
    row = library.conn.execute(
        "SELECT state, sent FROM sync_state WHERE article_id = ? AND target_id = ?",
        [article_id, target_id],
    ).fetchone()
    if row is None:
        return None, {}
    try:
        before = json.loads(row[1]) if row[1] else {}
    except ValueError:
        before = {}
    return row[0], {str(k): str(v) for k, v in before.items()} if isinstance(before, dict) else {}


def _uploads(
    library: Library, item: Outgoing, target: Target, before: Mapping[str, str]
) -> list[str]:
    if target.kind.records_uploads:
        have = {
            (row[0], row[1])
            for row in library.conn.execute(
                "SELECT media_id, sha256 FROM remote_media WHERE target_id = ?", [target.id]
            )
        }
        return [m.filename for m in item.media if (m.media_id, m.sha256) not in have]
    sent = set(before.get("media", "").splitlines())
    return [m.filename for m in item.media if f"{m.filename} {m.sha256}" not in sent]


def plan(
    library: Library,
    article_id: int,
    target: Target,
    action: Action = Action.PUBLISH,
    *,
    now: datetime | None = None,
) -> Plan:
    """What publishing (or updating) the stored article on ``target`` would change."""
    from newsroom.core.publish.assemble import assemble, goes_live_at
    from newsroom.core.renditions import RenditionSpec

    now = now or utcnow()
    spec = RenditionSpec.from_settings(target.settings)
    item = assemble(library, article_id, Action(action), idempotency_key="plan", spec=spec)
    state, before = _last_sent(library, article_id, target.id)
    on_site = state == "synced"
    result = Plan(
        target=target,
        headline=item.headline,
        action=Action.UPDATE if on_site else Action.PUBLISH,
        refused=refusal(library, article_id, now=now),
        on_site=on_site,
    )
    after = sent_fields(item)
    for key, label in FIELDS:
        old, new = before.get(key, ""), after[key]
        if old != new:
            result.changes.append(FieldChange(key, translate("Plan", label), old, new))
    old_text, new_text = before.get("text", ""), after["text"]
    if old_text != new_text:
        result.text_diff = list(
            difflib.unified_diff(
                old_text.splitlines(),
                new_text.splitlines(),
                translate("Plan", "on the site")
                if before
                else translate("Plan", "not on the site"),
                translate("Plan", "to be sent"),
                lineterm="",
                n=1,
            )
        )
    result.uploads = _uploads(library, item, target, before)
    live = goes_live_at(item)
    if live is not None and live > now:
        from newsroom.core.publish.outbox import schedules_itself

        if not schedules_itself(target):
            result.held_until = live
    return result


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in (text or "—").splitlines() or ["—"])


def format_plan(plans: Sequence[Plan]) -> str:
    """The plans as text for a terminal."""
    out: list[str] = []
    for p in plans:
        if p.action is Action.UPDATE:
            head = translate("Plan", "Update “{headline}” on {target}:")
        else:
            head = translate("Plan", "Publish “{headline}” on {target}:")
        out.append(head.format(headline=p.headline, target=p.target.name))
        if p.refused is not None:
            out.append("  " + translate("Plan", "Refused: nothing would be sent."))
            out.extend(f"  - {reason}" for reason in p.refused.reasons)
            continue
        if p.unchanged:
            out.append("  " + translate("Plan", "Nothing has changed since it was last sent."))
        if not p.on_site:
            out.append("  " + translate("Plan", "Not on the site yet; it gets:"))
        for change in p.changes:
            if not p.on_site:
                out.append(f"  {change.label}:")
                out.append(_indent(change.after))
                continue
            out.append(f"  {change.label}:")
            out.append("    " + translate("Plan", "was:"))
            out.append(_indent(change.before))
            out.append("    " + translate("Plan", "now:"))
            out.append(_indent(change.after))
        if p.text_diff:
            out.append("  " + translate("Plan", "Text:"))
            out.extend(f"    {line}" for line in p.text_diff)
        if p.uploads:
            out.append(
                "  "
                + translate("Plan", "Images to upload: {files}").format(files=", ".join(p.uploads))
            )
        if p.held_until is not None:
            out.append(
                "  "
                + translate("Plan", "Held in the outbox until {when} UTC.").format(
                    when=f"{p.held_until:%Y-%m-%d %H:%M}"
                )
            )
    return "\n".join(out)


__all__ = ["FIELDS", "FieldChange", "Plan", "format_plan", "plan", "sent_fields", "sent_json"]
