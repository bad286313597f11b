"""HTML: the article's page as the preview shows it, in the library's theme, standing on
its own (its images inside it as ``data:`` URLs)."""

from __future__ import annotations

import base64

from newsroom.core.exporters import Exported, images
from newsroom.core.library import Library
from newsroom.core.model import Media
from newsroom.core.render.page import ExportLinks, render_article_html


class _Links(ExportLinks):
    """Relative links as the static site lays them out; each image embedded, as
    :func:`image_for_export` gives it."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def media(self, media: Media) -> str:
        image = images.image_for_export(self.library, media)
        return f"data:{image.mime_type};base64,{base64.b64encode(image.data).decode('ascii')}"


def export(library: Library, article_id: int) -> Exported:
    article = library.article(article_id)
    return Exported(render_article_html(library, article, _Links(library)).encode("utf-8"))
