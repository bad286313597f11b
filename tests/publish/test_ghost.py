"""The Ghost target against a real Ghost on 127.0.0.1 (``servers.ghost``; the site's
posts and tags made by a test are removed after it): the Admin API key and its
token, publish with everything the page shows (section and tags, standfirst, byline,
featured and inline images, SEO, corrections, related links), update, a change or a
deletion on the site as a conflict, scheduling, take-down, a lost create; and the
kind's rules in the library, the outbox and the Targets dialog.

Without Node.js the site cannot be installed and the fixture fails with the reason."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from golive_helpers import approve
from publish_helpers import outgoing_item as item
from publish_helpers import outgoing_picture as picture
from servers import ghost as ghost_server
from servers.ghost import GhostSite

from newsroom.core.library import Library, open_library
from newsroom.core.model import Article, NoteKind, RelatedLink
from newsroom.core.publish import kinds, outbox
from newsroom.core.publish.base import (
    Action,
    AuthFailed,
    Conflict,
    Remote,
    SyncState,
)
from newsroom.core.publish.clients import make_publisher, needs_secret
from newsroom.core.publish.commands import sync
from newsroom.core.publish.kinds.ghost import KIND, GhostPublisher, admin_token
from newsroom.core.publish.states import sync_states
from newsroom.core.publish.targets import TargetError, add_target, list_targets

#: Ghost keeps a post's ``updated_at`` to the second, and tells a stale save by it: a
#: test's edit on the site waits for the next second, as a person's always does.
SECOND = 1.1


@pytest.fixture(scope="session")
def ghost_site() -> Iterator[GhostSite]:
    try:
        site = ghost_server.up()
    except ghost_server.GhostError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield site
    finally:
        ghost_server.down(site, keep=os.environ.get("NEWSROOM_KEEP_GHOST") == "1")


@pytest.fixture
def ghost(ghost_site: GhostSite) -> Iterator[GhostSite]:
    """The session's site, its posts and tags put back as they were after the test."""
    posts, tags = ghost_server.post_ids(ghost_site), ghost_server.tag_ids(ghost_site)
    yield ghost_site
    ghost_server.clean(ghost_site, posts, tags)


def connect(library: Library, site: GhostSite, *, key: str | None = None, **settings: object):
    name = f"Blog {len(library._query('SELECT id FROM targets')) + 1}"
    target = add_target(library, name, "ghost", site.url, None, settings)
    return GhostPublisher(target, secret=site.admin_key if key is None else key, library=library)


def post(site: GhostSite, remote: Remote) -> dict[str, Any]:
    found = site.admin(
        "GET", f"posts/{remote.remote_id}/", params={"formats": "html", "include": "tags"}
    )
    return dict(found["posts"][0])


# -- the kind ----------------------------------------------------------------------------
def test_the_kind_is_registered_and_read_from_its_descriptor(library: Library) -> None:
    assert kinds.check("Ghost") is KIND and KIND in kinds.known()
    blog = add_target(library, "Blog", "ghost", "https://blog.example.org/")
    assert blog.kind is KIND and blog.url == "https://blog.example.org"
    assert needs_secret(blog), "the Admin API key is its secret"
    with pytest.raises(TargetError, match="no user name here"):
        add_target(library, "Blog 2", "ghost", "https://blog.example.org", "ada")
    with pytest.raises(TargetError, match="starts with https://"):
        add_target(library, "Blog 3", "ghost", "blog.example.org")
    assert isinstance(make_publisher(blog, secret="x", library=library), GhostPublisher)
    assert not outbox.schedules_itself(blog)
    holds = add_target(library, "Holds", "ghost", "https://b.example", None, {"schedules": True})
    assert outbox.schedules_itself(holds)


def test_the_token_is_the_one_ghost_documents() -> None:
    key_id, secret = "6489e1b2c9a1f20001a3b4c5", "ab" * 32
    made = admin_token(f"{key_id}:{secret}", now=1_700_000_000)
    assert jwt.get_unverified_header(made) == {"alg": "HS256", "kid": key_id, "typ": "JWT"}
    claims = jwt.decode(
        made,
        bytes.fromhex(secret),
        algorithms=["HS256"],
        audience="/admin/",
        options={"verify_exp": False},
    )
    assert claims == {"iat": 1_700_000_000, "exp": 1_700_000_300, "aud": "/admin/"}
    with pytest.raises(AuthFailed, match="not a Ghost Admin API key"):
        admin_token("my-password")


# -- credentials -----------------------------------------------------------------------
def test_check_opens_the_site(ghost: GhostSite, library: Library) -> None:
    with connect(library, ghost) as client:
        account = client.check()
    assert account.name == ghost_server.SITE_TITLE and account.can_publish
    assert f"(Ghost {ghost_server.VERSION.rsplit('.', 1)[0]})" in account.detail


def test_a_wrong_key_fails_the_check_without_showing_it(ghost: GhostSite, library: Library) -> None:
    key_id = ghost.admin_key.split(":")[0]
    wrong = f"{key_id}:{'0' * 64}"
    with connect(library, ghost, key=wrong) as client, pytest.raises(AuthFailed) as caught:
        client.check()
    assert "0" * 16 not in str(caught.value) and "Settings › Integrations" in str(caught.value)


# -- publish, update, take down ----------------------------------------------------------
def test_publish_update_unpublish(ghost: GhostSite, library: Library, token: str) -> None:
    first = picture(library, "top.png", "red", featured=True)
    inline = picture(library, "in.png", "blue", featured=False)
    outgoing = item(
        token,
        section_path=("World", "Europe"),
        tags=("budget", f"summit-{token}"),
        byline="Jane Doe",
        seo_title="Summit: the deal",
        seo_description="What the leaders agreed.",
        body_html=f'<p>Before.</p><figure><img src="{inline.local_url}" alt="Blue"></figure>',
        media=(first, inline),
    )
    with connect(library, ghost) as client:
        remote = client.publish(outgoing, None)
        live = post(ghost, remote)
        assert live["status"] == "published" and remote.live
        assert live["title"] == outgoing.headline and live["slug"] == outgoing.slug
        assert live["custom_excerpt"] == outgoing.standfirst
        assert [t["name"] for t in live["tags"]] == ["Europe", "budget", f"summit-{token}"]
        assert live["meta_title"] == "Summit: the deal"
        assert live["meta_description"] == "What the leaders agreed."
        assert live["feature_image_alt"] == "A red square"
        assert "The red one" in live["feature_image_caption"]
        assert "AP Photo" in live["feature_image_caption"]
        assert (
            "Jane Doe" in live["html"] and f'data-newsroom-article="{outgoing.uid}"' in live["html"]
        )
        assert remote.modified == live["updated_at"]
        for url in (live["feature_image"], _img_src(live["html"])):
            assert url.startswith(ghost.url), url
            image = httpx.get(url, trust_env=False)
            assert image.status_code == 200 and image.content[:4] == b"\x89PNG"
        assert httpx.get(remote.url, trust_env=False).status_code == 200

        changed = item(
            token,
            uid=outgoing.uid,
            action=Action.UPDATE,
            headline=f"EU summit ends late {token}",
            body_html="<p>Leaders agreed at dawn.</p>",
            media=(first,),
        )
        uploads = _uploads(ghost)
        updated = client.publish(changed, remote)
        assert updated.remote_id == remote.remote_id
        live = post(ghost, updated)
        assert live["title"] == changed.headline and "at dawn" in live["html"]
        assert _uploads(ghost) == uploads, "an unchanged photo is not uploaded again"

        gone = client.unpublish(changed, updated)
        assert not gone.live and post(ghost, gone)["status"] == "draft"
        again = client.publish(changed, gone)
        assert again.remote_id == remote.remote_id and post(ghost, again)["status"] == "published"


def _img_src(html: str) -> str:
    start = html.index('<img src="') + len('<img src="')
    return html[start : html.index('"', start)]


def _uploads(site: GhostSite) -> list[str]:
    images = site.state_dir / "content" / "images"
    return sorted(str(p.relative_to(images)) for p in images.rglob("*") if p.is_file())


def test_a_change_on_the_site_is_a_conflict_until_the_writer_keeps_theirs(
    ghost: GhostSite, library: Library, token: str
) -> None:
    outgoing = item(token)
    with connect(library, ghost) as client:
        remote = client.publish(outgoing, None)
        live = post(ghost, remote)
        time.sleep(SECOND)
        ghost.admin(
            "PUT",
            f"posts/{remote.remote_id}/",
            json={"posts": [{"title": "Edited on the site", "updated_at": live["updated_at"]}]},
        )
        changed = item(token, uid=outgoing.uid, action=Action.UPDATE, headline="Ours")
        with pytest.raises(Conflict) as caught:
            client.publish(changed, remote)
        assert caught.value.fields["title"] == ("Ours", "Edited on the site")
        assert "content" in caught.value.fields
        assert post(ghost, remote)["title"] == "Edited on the site", "nothing was sent"
        kept = client.publish(changed, remote, force=True)
        assert post(ghost, kept)["title"] == "Ours"


def test_a_stale_update_is_refused_by_ghost_and_is_a_conflict(
    ghost: GhostSite, library: Library, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the client's read and its write someone saves the post on the site:
    Ghost answers 409 to the stale ``updated_at``, and nothing of ours is written."""
    outgoing = item(token)
    with connect(library, ghost) as client:
        remote = client.publish(outgoing, None)
        read = client._current
        time.sleep(SECOND)

        def read_then_someone_saves(*args: Any, **kw: Any) -> Any:
            found = read(*args, **kw)
            ghost.admin(
                "PUT",
                f"posts/{remote.remote_id}/",
                json={"posts": [{"title": "Meanwhile", "updated_at": found["updated_at"]}]},
            )
            return found

        monkeypatch.setattr(client, "_current", read_then_someone_saves)
        changed = item(token, uid=outgoing.uid, action=Action.UPDATE, headline="Late")
        with pytest.raises(Conflict, match="while it was being sent"):
            client.publish(changed, remote)
    assert post(ghost, remote)["title"] == "Meanwhile"


def test_a_post_deleted_on_the_site_is_a_conflict(
    ghost: GhostSite, library: Library, token: str
) -> None:
    outgoing = item(token)
    with connect(library, ghost) as client:
        remote = client.publish(outgoing, None)
        ghost.admin("DELETE", f"posts/{remote.remote_id}/")
        with pytest.raises(Conflict, match="deleted on the site"):
            client.publish(outgoing, remote)
        anew = client.publish(outgoing, remote, force=True)
        assert anew.remote_id != remote.remote_id and post(ghost, anew)["status"] == "published"
        # Taking down what the site deleted: it is off the site already.
        assert not client.unpublish(outgoing, remote).live


def test_a_retried_create_finds_the_post_it_made(
    ghost: GhostSite, library: Library, token: str
) -> None:
    outgoing = item(token)
    with connect(library, ghost) as client:
        first = client.publish(outgoing, None)
        again = client.publish(item(token, uid=outgoing.uid, retried=True), None)
    assert again.remote_id == first.remote_id
    assert len(ghost.admin("GET", "posts/", params={"filter": f"slug:~'{token}'"})["posts"]) == 1


def test_an_embargoed_article_is_a_scheduled_post(
    ghost: GhostSite, library: Library, token: str
) -> None:
    later = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    with connect(library, ghost, schedules=True) as client:
        remote = client.publish(item(token, embargo_until=later), None)
    live = post(ghost, remote)
    assert live["status"] == "scheduled" and not remote.live
    assert datetime.fromisoformat(live["published_at"].replace("Z", "+00:00")) == later


# -- the whole article, through the outbox -----------------------------------------------
def test_the_article_reaches_the_site_as_the_preview_shows_it(
    ghost: GhostSite, library: Library, token: str
) -> None:
    """From the library to the site through the outbox, the page's parts: section and
    tags, byline, standfirst, SEO, a correction, related links (an external one, and a
    library article at its address on this site)."""
    blog = add_target(library, "Blog", "ghost", ghost.url)
    section = library.sections()[-1]
    other = library.create_article(Article(headline=f"Earlier {token}", body="Before."))
    story = library.create_article(
        Article(
            headline=f"Floods {token}",
            standfirst="The river rose overnight.",
            body="The water came at night.\n\nResidents left by boat.",
            byline="Ana Ruiz",
            tags=["floods", f"t{token}"],
            seo_title=f"Floods {token}: what we know",
            section_id=section.id,
        )
    )
    assert other.id is not None and story.id is not None
    library.set_related_links(
        story.id,
        [
            RelatedLink(title="Earlier", target_id=other.id),
            RelatedLink(title="The map", url="https://example.org/map"),
        ],
    )
    library.add_note(story.id, NoteKind.CORRECTION, "The river is the Meuse.")
    for article in (other, story):
        approve(library, article.id)

    def publisher_for(target):  # the keychain is not what is tested here
        return make_publisher(target, secret=ghost.admin_key, library=library)

    for article in (other, story):
        outbox.enqueue(library, article.id, blog, Action.PUBLISH)
    summary = sync(library, "Blog", publisher_for=publisher_for)
    assert summary.ok, summary.failures
    states = sync_states(library, [story.id])
    assert states[story.id] is SyncState.SYNCED
    remote = outbox.known_remote(library, story.id, blog.id)
    earlier = outbox.known_remote(library, other.id, blog.id)
    assert remote is not None and earlier is not None
    live = post(ghost, remote)
    assert live["title"] == f"Floods {token}"
    assert live["custom_excerpt"] == "The river rose overnight."
    assert live["meta_title"] == f"Floods {token}: what we know"
    assert live["tags"][0]["name"] == section.name
    assert {"floods", f"t{token}"} <= {t["name"] for t in live["tags"]}
    assert "Residents left by boat." in live["html"] and "Ana Ruiz" in live["html"]
    assert "The river is the Meuse." in live["html"]
    assert f'href="{earlier.url}"' in live["html"]
    assert 'href="https://example.org/map"' in live["html"]
    page = httpx.get(remote.url, trust_env=False)
    assert page.status_code == 200 and "Residents left by boat." in page.text


# -- the Targets dialog ------------------------------------------------------------------
def test_the_targets_dialog_adds_and_checks_a_ghost_site(
    qtbot, ghost: GhostSite, library: Library
) -> None:
    """The dialog builds Ghost's form from its descriptor alone: no user name, the
    Admin API key as the password, the switch for embargoes and no take-down choice;
    Check signs in to the real site off the window's thread."""
    from keyring.backends import null

    from newsroom.core.publish.secrets import KeyringStore, Secrets
    from newsroom.gui.publish.targets_dialog import TargetsDialog

    secrets = Secrets(KeyringStore(null.Keyring()))  # no keychain: for this session
    dialog = TargetsDialog(library, secrets=secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_target()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("ghost"))
    assert dialog.kind_combo.currentText() == "Ghost"
    assert not dialog.user_edit.isEnabled() and dialog.password_edit.isEnabled()
    assert dialog.password_edit.placeholderText() == "The Admin API key (id:secret)"
    password_label = dialog.form.labelForField(dialog.password_edit)
    assert password_label.text() == "Admin API &key:"
    assert dialog.url_edit.placeholderText() == "https://blog.example.org"
    schedules = dialog.options["schedules"]
    assert schedules.isVisibleTo(dialog) and not dialog.options["takedown"].isVisibleTo(dialog)
    dialog.name_edit.setText("Blog")
    dialog.url_edit.setText(ghost.url)
    dialog.password_edit.setText(ghost.admin_key)
    dialog.session_box.setChecked(True)
    assert dialog.save(), dialog.status_label.text()
    stored = next(t for t in list_targets(library) if t.name == "Blog")
    assert stored.kind is KIND and stored.username is None
    assert stored.settings["schedules"] is False
    assert secrets.get(stored) == ghost.admin_key
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=30000)
    assert ghost_server.SITE_TITLE in dialog.status_label.text()
    assert ghost.admin_key not in dialog.status_label.text()


def test_the_command_line_adds_and_sets_a_ghost_target(library: Library) -> None:
    """``newsroom target add --kind ghost`` and ``target set``, from the descriptor."""
    import subprocess
    import sys

    path = library.path
    library.close()

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsroom", "-l", str(path), "target", *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )

    refused = run("add", "Blog", "--kind", "ghost", "--url", "https://b.example", "--user", "a")
    assert refused.returncode == 3 and "no user name here" in refused.stderr
    with open_library(path) as again:
        add_target(again, "Blog", "ghost", "https://blog.example.org")
    done = run("set", "Blog", "--schedules", "yes")
    assert done.returncode == 0, done.stderr
    assert "holds embargoed and scheduled articles itself" in done.stdout
    foreign = run("set", "Blog", "--takedown", "trash", "--author", "A=b")
    assert foreign.returncode == 3
    assert "Ghost target, which has no --takedown or --author" in foreign.stderr
    with open_library(path) as again:
        blog = next(t for t in list_targets(again) if t.name == "Blog")
    assert blog.settings == {"schedules": True}


# -- pull --------------------------------------------------------------------------------
def test_a_pull_brings_the_sites_posts_in_and_links_them(
    ghost: GhostSite, library: Library, tmp_path: Path, token: str
) -> None:
    """Posts written on the site and posts Newsroom sent come into another library as
    articles, linked: a second pull changes nothing, a post edited on the site updates
    its article, and an article edited here since is left alone."""
    from newsroom.core.publish.clients import pull

    section = library.sections()[-1]
    sent = item(
        token,
        byline="Jane Doe",
        section_path=(section.name,),
        tags=(f"t{token}",),
        seo_title="Searchable",
        notes=(),
    )
    with connect(library, ghost) as client:
        client.publish(sent, None)
    ghost.admin(
        "POST",
        "posts/?source=html",
        json={
            "posts": [
                {
                    "title": f"Written on the site {token}",
                    "html": "<p>By hand.</p><h2>More</h2><p>Words.</p>",
                    "custom_excerpt": "Typed in Ghost.",
                    "status": "draft",
                }
            ]
        },
    )
    with open_library(tmp_path / "Other.newsroom") as other:
        blog = add_target(other, "Blog", "ghost", ghost.url)
        first = pull(blog, secret=ghost.admin_key, library=other)
        # every post of the site: the two of this test, and what Ghost starts with
        on_site = len(ghost_server.post_ids(ghost))
        assert (first.new, first.updated, first.skipped) == (on_site, 0, [])
        by_headline = {a.headline: other.article(a.id) for a in other.articles()}
        ours = by_headline[sent.headline]
        assert ours.byline == "Jane Doe" and ours.section_id == section.id
        assert ours.tags == [f"t{token}"] and ours.seo_title == "Searchable"
        assert ours.standfirst == sent.standfirst and ours.status.value == "published"
        assert "Leaders agreed & went home." in ours.body and "data-newsroom" not in ours.body
        theirs = by_headline[f"Written on the site {token}"]
        assert theirs.standfirst == "Typed in Ghost." and theirs.status.value == "draft"
        assert theirs.body == "By hand.\n\n## More\n\nWords."

        again = pull(blog, secret=ghost.admin_key, library=other)
        assert (again.new, again.updated, again.unchanged) == (0, 0, on_site)

        remote = outbox.known_remote(other, theirs.id or 0, blog.id)
        assert remote is not None
        time.sleep(SECOND)
        live = ghost.admin("GET", f"posts/{remote.remote_id}/")["posts"][0]
        ghost.admin(
            "PUT",
            f"posts/{remote.remote_id}/",
            json={"posts": [{"title": "Retitled on the site", "updated_at": live["updated_at"]}]},
        )
        changed = pull(blog, secret=ghost.admin_key, library=other)
        assert changed.updated == 1
        assert other.article(theirs.id or 0).headline == "Retitled on the site"

        other.save_article(replace(other.article(theirs.id or 0), body="Edited here."))
        time.sleep(SECOND)
        live = ghost.admin("GET", f"posts/{remote.remote_id}/")["posts"][0]
        ghost.admin(
            "PUT",
            f"posts/{remote.remote_id}/",
            json={"posts": [{"title": "Again on the site", "updated_at": live["updated_at"]}]},
        )
        kept = pull(blog, secret=ghost.admin_key, library=other)
        assert kept.skipped == ["Retitled on the site"]
        assert other.article(theirs.id or 0).body == "Edited here."


def test_the_windows_pull_counts_the_posts_and_stops_at_cancel(
    qtbot, ghost: GhostSite, library: Library, token: str
) -> None:
    """Publish › Pull from Site… on a Ghost target: the same runner as WordPress's, off
    the window's thread; Cancel after the first post keeps that one and stops."""
    import threading

    from keyring.backends import null

    from newsroom.core.publish.secrets import KeyringStore, Secrets
    from newsroom.gui.publish.pull_dialog import PullCancelled, choose_pull_target, run_pull

    for n in range(3):
        ghost.admin(
            "POST", "posts/?source=html",
            json={"posts": [{"title": f"Half {token} {n}", "html": "<p>x</p>"}]},
        )  # fmt: skip
    blog = add_target(library, "Blog", "ghost", ghost.url)
    assert choose_pull_target(library, None) == blog  # the only site that can be pulled
    secrets = Secrets(KeyringStore(null.Keyring()))
    secrets.store(blog, ghost.admin_key, session_only=True)
    before = len(library.articles())
    cancel = threading.Event()
    with pytest.raises(PullCancelled) as stopped:
        run_pull(library, blog, secrets, cancel, lambda count: cancel.set())
    assert stopped.value.posts_read == 1
    assert len(library.articles()) == before + 1, "that post is in, the rest waits"


def test_a_post_whose_link_was_lost_is_linked_again_and_neither_side_changes(
    ghost: GhostSite, library: Library
) -> None:
    """A post this library sent, with no record of the send (the library was restored
    from an older copy, say): the pull finds its article by the element the post
    carries, links the two, and overwrites neither."""
    from publish_helpers import outgoing

    from newsroom.core.publish.clients import pull

    blog = add_target(library, "Blog", "ghost", ghost.url)
    made = library.create_article(Article(headline="Sent once", body="As sent."))
    with GhostPublisher(blog, secret=ghost.admin_key, library=library) as client:
        remote = client.publish(outgoing(library, made), None)
    library.save_article(replace(library.article(made.id or 0), body="Edited since."))
    summary = pull(blog, secret=ghost.admin_key, library=library)
    assert summary.new == len(ghost_server.post_ids(ghost)) - 1 and summary.updated == 0
    assert library.article(made.id or 0).body == "Edited since."
    assert outbox.known_remote(library, made.id or 0, blog.id) is not None
    assert "As sent." in post(ghost, remote)["html"]


# -- pull: images ------------------------------------------------------------------------
def _upload(site: GhostSite, name: str, data: bytes, mime_type: str) -> str:
    """An image uploaded as the site's editor uploads one: its address on the site."""
    answer = site.admin(
        "POST", "images/upload/", files={"file": (name, data, mime_type)}, data={"purpose": "image"}
    )
    return str(answer["images"][0]["url"])


def _files_of(site: GhostSite, url: str) -> list[Path]:
    """The file at ``url`` in the site's folder and the upload Ghost keeps beside it."""
    path = site.state_dir / "content" / url.split("/content/", 1)[1]
    return [path, path.with_name(f"{path.stem}_o{path.suffix}")]


def _media_count(library: Library) -> int:
    return int(library.conn.execute("SELECT count(*) FROM media").fetchone()[0])


def test_a_pull_brings_the_posts_images_into_the_library(
    ghost: GhostSite, library: Library, token: str
) -> None:
    """A post's feature image (its alt text, caption and credit) and the image in its
    body come into the library as they were uploaded, not as the copy Ghost made of
    them; the body shows the image from the library. Pulled again, the post brings no
    second copy, even once the files left the site. An image that cannot be downloaded
    is named in the summary and its post still comes in, showing it from the site."""
    import re

    from import_files import photo
    from publish_helpers import square_png

    from newsroom.core.publish.clients import pull

    cover, inline = photo(480, 320, detailed=True), square_png("green")
    cover_url = _upload(ghost, f"cover-{token}.jpg", cover, "image/jpeg")
    inline_url = _upload(ghost, f"inline-{token}.png", inline, "image/png")
    assert httpx.get(cover_url, trust_env=False).content != cover, "Ghost shows its own copy"
    harbour = ghost.admin(
        "POST",
        "posts/?source=html",
        json={
            "posts": [
                {
                    "title": f"Harbour {token}",
                    "html": (
                        f'<p>Before.</p><figure><img src="{inline_url}" alt="A green square">'
                        "<figcaption>Seen from the quay</figcaption></figure><p>After.</p>"
                    ),
                    "feature_image": cover_url,
                    "feature_image_alt": "Cranes at dawn",
                    "feature_image_caption": "The harbour <small>AP Photo</small>",
                    "status": "published",
                }
            ]
        },
    )["posts"][0]
    gone_url = _upload(ghost, f"gone-{token}.png", square_png("black"), "image/png")
    for file in _files_of(ghost, gone_url):
        file.unlink()
    broken_html = f'<p><img src="{gone_url}" alt="Gone"></p>'
    ghost.admin(
        "POST",
        "posts/?source=html",
        json={"posts": [{"title": f"Broken {token}", "html": broken_html}]},
    )
    blog = add_target(library, "Blog", "ghost", ghost.url)
    before = _media_count(library)

    first = pull(blog, secret=ghost.admin_key, library=library)
    assert first.images == 2 and _media_count(library) == before + 2
    # (Ghost's own first post shows an image on static.ghost.org: not downloaded.)
    (failure,) = [f for f in first.image_failures if token in f]
    assert failure == f"“Broken {token}”: gone-{token}.png: the site answered HTTP 404"
    assert "could not be downloaded" in first.message()
    by_headline = {a.headline: library.article(a.id) for a in library.articles()}
    article = by_headline[f"Harbour {token}"]
    featured = library.media_by_id(article.featured_media_id or 0)
    assert bytes(featured.data) == cover, "the upload as it was sent"
    assert (featured.alt, featured.caption, featured.credit) == (
        "Cranes at dawn",
        "The harbour",
        "AP Photo",
    )
    assert featured.mime_type == "image/jpeg"
    (uid,) = re.findall(r"media:([0-9a-f-]{36})", article.body)
    shown = library.media(uid)
    assert bytes(shown.data) == inline and shown.alt == "A green square"
    assert shown.caption == "Seen from the quay"
    assert article.body == f"Before.\n\n![A green square](media:{uid})\n\nAfter."
    broken = by_headline[f"Broken {token}"]
    assert broken.body == f"![Gone]({gone_url})", "it stays at its address on the site"

    again = pull(blog, secret=ghost.admin_key, library=library)
    assert (again.new, again.updated, again.images, again.image_failures) == (0, 0, 0, [])
    # The files leave the site and the post changes there: the library knows them.
    for url in (cover_url, inline_url):
        for file in _files_of(ghost, url):
            file.unlink()
    time.sleep(SECOND)
    ghost.admin(
        "PUT",
        f"posts/{harbour['id']}/",
        json={"posts": [{"title": f"Harbour again {token}", "updated_at": harbour["updated_at"]}]},
    )
    changed = pull(blog, secret=ghost.admin_key, library=library)
    assert (changed.updated, changed.images, changed.image_failures) == (1, 0, [])
    article = library.article(article.id or 0)
    assert article.headline == f"Harbour again {token}"
    assert article.featured_media_id == featured.id and f"media:{uid}" in article.body
    assert _media_count(library) == before + 2
