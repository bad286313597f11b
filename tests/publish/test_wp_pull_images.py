"""The images of posts pulled from a real WordPress (the fixture ``wp``, on 127.0.0.1)
come into the library: stored once, with their alt text, caption and credit, the
full-size original rather than the size the post shows, shown by the preview with no
network; an image that cannot be had is named and leaves the rest of the pull alone."""

from __future__ import annotations

import hashlib
import re
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from import_files import photo
from servers.wordpress import WordPressSite

from newsroom.core.library import Library
from newsroom.core.model import Article, Media
from newsroom.core.publish import wp_pull_images
from newsroom.core.publish.assemble import PublishLinks, assemble
from newsroom.core.publish.base import Action, Remote
from newsroom.core.publish.targets import add_target
from newsroom.core.publish.wordpress import WordPressPublisher
from newsroom.core.publish.wp_pull import pull_site
from newsroom.core.render.page import render_article_html

MEDIA_REF = re.compile(r"media:([0-9a-f-]{36})")


@pytest.fixture
def token() -> str:
    return uuid.uuid4().hex[:8]


def client(library: Library, site: WordPressSite) -> WordPressPublisher:
    target = add_target(library, "Site", "wordpress", site.url, site.username)
    return WordPressPublisher(target, secret=site.app_password, library=library)


def rest(site: WordPressSite, method: str, path: str, **kw: Any) -> Any:
    response = site.rest(method, "/" + path.lstrip("/"), **kw)
    assert response.status_code < 300, response.text
    return response.json()


def upload(site: WordPressSite, name: str, data: bytes, **fields: str) -> dict[str, Any]:
    """An attachment made as an editor makes one, with its alt text and caption."""
    return dict(
        rest(
            site,
            "POST",
            "wp/v2/media",
            params={"context": "edit"},
            data=fields,
            files={"file": (name, data, "image/jpeg")},
        )
    )


def image_block(attachment: dict[str, Any], size: str, caption: str) -> str:
    """A ``wp:image`` block as the block editor saves it, showing a smaller size."""
    url = attachment["media_details"]["sizes"][size]["source_url"]
    number = attachment["id"]
    return (
        f'<!-- wp:image {{"id":{number},"sizeSlug":"{size}","linkDestination":"none"}} -->\n'
        f'<figure class="wp-block-image size-{size}"><img src="{url}" alt="" '
        f'class="wp-image-{number}"/><figcaption>{caption}</figcaption></figure>\n'
        "<!-- /wp:image -->"
    )


def new_post(site: WordPressSite, **body: Any) -> dict[str, Any]:
    return dict(rest(site, "POST", "wp/v2/posts", params={"context": "edit"}, json=body))


def linked(library: Library, remote_id: int) -> Article:
    row = library.conn.execute(
        "SELECT article_id FROM sync_state WHERE remote_id = ?", [str(remote_id)]
    ).fetchone()
    assert row is not None, f"post {remote_id} is not linked"
    return library.article(int(row[0]))


def media_count(library: Library) -> int:
    return int(library.conn.execute("SELECT count(*) FROM media").fetchone()[0])


def images_of(article: Article, library: Library) -> list[Media]:
    return [library.media(uid) for uid in MEDIA_REF.findall(article.body)]


def files_on_site(site: WordPressSite, source_url: str) -> list[Path]:
    """An attachment's files (original and smaller sizes) in the site's folder."""
    uploads = site.state_dir / "www" / urlsplit(source_url).path.lstrip("/")
    stem = uploads.stem.removesuffix("-scaled")
    return sorted(uploads.parent.glob(f"{stem}*"))


def test_pulled_images_come_into_the_library_once(
    wp: WordPressSite, library: Library, token: str
) -> None:
    original = photo(640, 400, detailed=True)
    attachment = upload(
        wp, f"harbour-{token}.jpg", original, alt_text="Cranes at dawn", caption="The harbour"
    )
    assert "medium" in attachment["media_details"]["sizes"], "WordPress made no smaller size"
    post = new_post(
        wp,
        title=f"Harbour {token}",
        content=(
            "<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->\n"
            + image_block(attachment, "medium", "Cranes in the morning")
        ),
        featured_media=attachment["id"],
        status="publish",
    )
    # Another post shows the same image, the classic editor's way.
    thumbnail = attachment["media_details"]["sizes"]["thumbnail"]["source_url"]
    other = new_post(
        wp,
        title=f"Also the harbour {token}",
        content=(
            f'<p><img class="size-thumbnail wp-image-{attachment["id"]}" src="{thumbnail}"></p>'
        ),
        status="publish",
    )
    before = media_count(library)

    with client(library, wp) as site:
        summary = pull_site(site)
        assert summary.image_failures == []
        assert summary.images == 1
        assert "1 image was brought into the library" in summary.message()
        article = linked(library, post["id"])
        (media,) = images_of(article, library)
        assert bytes(media.data) == original, "the full-size original, not the medium size"
        assert media.mime_type == "image/jpeg"
        assert (media.alt, media.caption) == ("Cranes at dawn", "The harbour")
        assert article.featured_media_id == media.id
        # The post's own caption differs from the image's: it goes with the image.
        assert f'(media:{media.uid} "Cranes in the morning")' in article.body
        assert "Before." in article.body
        assert wp.url not in article.body
        assert images_of(linked(library, other["id"]), library) == [media]
        assert media_count(library) == before + 1

        # The preview needs no network: the page shows the library's image.
        page = render_article_html(library, article, PublishLinks("https://example.test"))
        assert f'src="newsroom://media/{media.uid}"' in page
        assert not re.search(r'src="https?://', page)

        # The files leave the site: a pull that needed them again would say so.
        files = files_on_site(wp, attachment["source_url"])
        assert len(files) >= 3, "the original and its smaller sizes"
        for file in files:
            file.unlink()
        again = pull_site(site)
        assert (again.new, again.updated, again.images, again.image_failures) == (0, 0, 0, [])
        time.sleep(1.1)  # modified_gmt has whole seconds
        rest(wp, "POST", f"wp/v2/posts/{post['id']}", json={"title": f"Harbour again {token}"})
        changed = pull_site(site)
    assert (changed.updated, changed.images, changed.image_failures) == (1, 0, [])
    article = linked(library, post["id"])
    assert article.headline == f"Harbour again {token}"
    assert images_of(article, library) == [media]
    assert article.featured_media_id == media.id
    assert media_count(library) == before + 1


def test_a_scaled_photo_comes_as_its_original(
    wp: WordPressSite, library: Library, token: str
) -> None:
    original = photo(2600, 120)
    attachment = upload(wp, f"panorama-{token}.jpg", original)
    assert attachment["source_url"].endswith("-scaled.jpg"), "WordPress did not scale it"
    post = new_post(wp, title=f"Panorama {token}", featured_media=attachment["id"])
    with client(library, wp) as site:
        summary = pull_site(site)
    assert summary.image_failures == []
    article = linked(library, post["id"])
    assert article.featured_media_id is not None
    featured = library.media_by_id(article.featured_media_id)
    assert bytes(featured.data) == original
    assert featured.filename == f"panorama-{token}.jpg"


def test_an_image_that_cannot_be_had_leaves_its_address_and_a_warning(
    wp: WordPressSite, library: Library, token: str
) -> None:
    good = upload(wp, f"quay-{token}.jpg", photo(), alt_text="The quay")
    missing = f"{wp.url}/wp-content/uploads/gone-{token}.jpg"
    elsewhere = "http://192.0.2.7/photo.jpg"  # TEST-NET: never contacted
    broken = new_post(
        wp,
        title=f"Broken {token}",
        content=(
            f'<p>Words.</p><figure><img src="{missing}" alt="Gone"></figure>'
            f'<p><img src="{elsewhere}" alt="Far"></p>'
            f'<p><img src="{wp.url}/" alt="A page"></p>'
            f'<p><img src="{good["source_url"]}" alt="Here"></p>'
        ),
        status="publish",
    )
    fine = new_post(
        wp, title=f"Fine {token}", content="<p>All good.</p>", featured_media=good["id"]
    )
    with client(library, wp) as site:
        summary = pull_site(site)
    failures = " ".join(summary.image_failures)
    assert f"“Broken {token}”: gone-{token}.jpg: the site answered HTTP 404" in failures
    assert "it is on another site (192.0.2.7)" in failures
    assert "the site sent text/html, not an image" in failures
    assert len(summary.image_failures) == 3
    assert f"Broken {token}" in summary.message()
    article = linked(library, broken["id"])
    assert f"![Gone]({missing})" in article.body
    assert f"![Far]({elsewhere})" in article.body
    (here,) = images_of(article, library)
    assert here.alt == "Here"
    featured = linked(library, fine["id"]).featured_media_id
    assert featured == here.id, "the same bytes, by address and by attachment: one image"
    assert library.media_by_id(featured).alt == "Here"


def test_an_image_over_the_size_limit_is_not_downloaded(
    wp: WordPressSite, library: Library, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = upload(wp, f"big-{token}.jpg", photo(400, 300, detailed=True))
    post = new_post(wp, title=f"Big {token}", featured_media=big["id"])
    monkeypatch.setattr(wp_pull_images, "MAX_IMAGE_BYTES", 4096)
    before = media_count(library)
    with client(library, wp) as site:
        summary = pull_site(site)
    (failure,) = summary.image_failures
    assert failure.startswith(f"“Big {token}”: the featured image (attachment {big['id']}):")
    assert "larger than 4 kB" in failure
    assert linked(library, post["id"]).featured_media_id is None
    assert media_count(library) == before


def test_images_newsroom_uploaded_map_back_to_the_library(
    wp: WordPressSite, library: Library, token: str
) -> None:
    original = photo(800, 500, gps=True)
    mine = library.add_media(f"lead-{token}.jpg", "image/jpeg", original, alt="Ours")
    ours = library.create_article(
        Article(headline=f"Ours {token}", body=f"Text.\n\n![Ours](media:{mine.uid})\n")
    )
    with client(library, wp) as site:
        remote = site.publish(
            assemble(library, int(ours.id or 0), Action.PUBLISH, idempotency_key=token), None
        )
        ((attachment_id, url),) = library.conn.execute(
            "SELECT remote_id, remote_url FROM remote_media WHERE media_id = ?", [mine.id]
        ).fetchall()
        sent = rest(wp, "GET", f"wp/v2/posts/{remote.remote_id}", params={"context": "edit"})
        assert url in sent["content"]["raw"]
        # A colleague reuses the picture on the site, copying Newsroom's figure. Its
        # files leave the site: the library knows the address, nothing is downloaded.
        copied = new_post(
            wp,
            title=f"Copied {token}",
            content=f'<figure><img src="{url}" alt="Ours"></figure>',
            status="publish",
        )
        for file in files_on_site(wp, url):
            file.unlink()
        before = media_count(library)
        summary = pull_site(site)
        assert summary.image_failures == []
        assert media_count(library) == before
        assert images_of(linked(library, copied["id"]), library) == [mine]

        # The record of the upload is lost, and so are the web copies (a library
        # restored from an old backup): the attachment's marker still names the image.
        with library.db.atomic():
            library.conn.execute("DELETE FROM remote_media")
            library.conn.execute("DELETE FROM media_renditions")
        featured = new_post(
            wp,
            title=f"Featured {token}",
            content=f'<p><img class="wp-image-{attachment_id}" src="{url}"></p>',
            featured_media=int(attachment_id),
            status="publish",
        )
        summary = pull_site(site)
    assert summary.image_failures == []
    assert media_count(library) == before, "the site's web copy is not a new image"
    article = linked(library, featured["id"])
    assert article.featured_media_id == mine.id
    assert images_of(article, library) == [mine]
    # The upload is remembered again, so the next publish updates it.
    assert library.conn.execute(
        "SELECT remote_id FROM remote_media WHERE media_id = ?", [mine.id]
    ).fetchall() == [(attachment_id,)]


def test_cancel_while_images_download_keeps_nothing_of_that_post(
    wp: WordPressSite, library: Library, token: str
) -> None:
    attachment = upload(wp, f"late-{token}.jpg", photo())
    post = new_post(wp, title=f"Late {token}", featured_media=attachment["id"])

    class Cancelled(Exception):
        pass

    def cancel() -> None:
        raise Cancelled

    before = media_count(library)
    with client(library, wp) as site, pytest.raises(Cancelled):
        pull_site(site, checkpoint=cancel)
    assert media_count(library) == before
    assert f"Late {token}" not in {a.headline for a in library.articles()}
    assert (
        library.conn.execute(
            "SELECT 1 FROM sync_state WHERE remote_id = ?", [str(post["id"])]
        ).fetchone()
        is None
    )


def test_a_pulled_image_is_the_same_bytes_as_on_the_site(
    wp: WordPressSite, library: Library, token: str
) -> None:
    """Stored by hash: two attachments of the same file are one image."""
    data = photo(300, 200)
    first = upload(wp, f"twin-a-{token}.jpg", data)
    second = upload(wp, f"twin-b-{token}.jpg", data)
    new_post(wp, title=f"Twins {token}", featured_media=first["id"])
    new_post(wp, title=f"Twins again {token}", featured_media=second["id"])
    before = media_count(library)
    with client(library, wp) as site:
        summary = pull_site(site)
    assert summary.images == 1
    assert media_count(library) == before + 1
    row = library.conn.execute("SELECT sha256 FROM media ORDER BY id DESC LIMIT 1").fetchone()
    assert row[0] == hashlib.sha256(data).hexdigest()


def test_a_pulled_post_published_again_reuses_the_sites_images(
    wp: WordPressSite, library: Library, token: str
) -> None:
    """The site has the pulled images already: publishing the post back puts no copy of
    them beside the originals. A photo cropped here is a new picture and goes up."""
    attachment = upload(wp, f"quay-{token}.jpg", photo(640, 400), alt_text="The quay")
    post = new_post(
        wp,
        title=f"Quay {token}",
        content=image_block(attachment, "medium", "The quay at noon"),
        featured_media=attachment["id"],
        status="publish",
    )

    def attachments() -> list[int]:
        found = rest(wp, "GET", "wp/v2/media", params={"search": f"quay-{token}", "per_page": 100})
        return sorted(int(item["id"]) for item in found)

    with client(library, wp) as site:
        pull_site(site)
        article = linked(library, post["id"])
        (media,) = images_of(article, library)
        assert attachments() == [attachment["id"]]

        def publish(body: str) -> dict[str, Any]:
            library.save_article(replace(library.article(article.id or 0), body=body))
            remote_id, remote_url, modified = library.conn.execute(
                "SELECT remote_id, remote_url, remote_modified FROM sync_state "
                "WHERE article_id = ?",
                [article.id],
            ).fetchone()
            outgoing = assemble(library, article.id or 0, Action.UPDATE, idempotency_key=token)
            remote = site.publish(outgoing, Remote(remote_id, remote_url, modified))
            with library.transaction():  # what the outbox records of a send
                library.conn.execute(
                    "UPDATE sync_state SET remote_modified = ? WHERE article_id = ?",
                    [remote.modified, article.id],
                )
            return dict(rest(wp, "GET", f"wp/v2/posts/{post['id']}", params={"context": "edit"}))

        sent = publish(article.body + "\n\nA line added here.")
        assert attachments() == [attachment["id"]], "no second copy of the photo"
        assert sent["featured_media"] == attachment["id"]
        assert f'src="{attachment["source_url"]}"' in sent["content"]["raw"]

        library.update_media(media.id, crop=(0.0, 0.0, 0.5, 0.5))
        sent = publish(library.article(article.id or 0).body + "\n\nCropped.")
        uploaded = [n for n in attachments() if n != attachment["id"]]
        assert len(uploaded) == 1, "the cropped photo is a new picture on the site"
        assert sent["featured_media"] == uploaded[0]
