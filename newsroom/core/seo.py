"""What search engines and social cards see: length limits for the SEO title and
description, and whether a slug is usable in a URL as typed."""

from __future__ import annotations

from dataclasses import dataclass

from newsroom.core.i18n import translate
from newsroom.core.library import make_slug

#: Longer titles are cut off in search results.
SEO_TITLE_LIMIT = 60
#: Longer descriptions are cut off under the result.
SEO_DESCRIPTION_LIMIT = 160


@dataclass(frozen=True)
class LengthCount:
    """The length of a text against its limit, as a counter shows it."""

    length: int
    limit: int

    @property
    def over_by(self) -> int:
        """How many characters past the limit (0 when within it)."""
        return max(0, self.length - self.limit)

    @property
    def is_over(self) -> bool:
        return self.length > self.limit

    @property
    def text(self) -> str:
        """``"48 / 60"``."""
        return f"{self.length} / {self.limit}"

    @property
    def description(self) -> str:
        """Words for a screen reader: ``"12 characters over"``, ``"1 character left"``."""
        if self.is_over:
            return translate("LengthCount", "%n character(s) over", None, self.over_by)
        return translate("LengthCount", "%n character(s) left", None, self.limit - self.length)


def count(text: str, limit: int, fallback: str = "") -> LengthCount:
    """Measure ``text``, or ``fallback`` when ``text`` is blank: the page uses the
    headline when the SEO title is empty, and the standfirst for the description."""
    used = text.strip() or fallback.strip()
    return LengthCount(len(used), limit)


def title_count(seo_title: str, headline: str = "") -> LengthCount:
    return count(seo_title, SEO_TITLE_LIMIT, headline)


def description_count(seo_description: str, standfirst: str = "") -> LengthCount:
    return count(seo_description, SEO_DESCRIPTION_LIMIT, standfirst)


def slug_problem(text: str) -> str | None:
    """Why ``text`` cannot be used as a slug as it stands, or None when it can.

    The library stores ``make_slug(text)`` anyway; this tells the writer before it
    does. Whether another article already has the slug is the library's to say
    (:meth:`Library.unique_slug`).
    """
    typed = text.strip()
    if not typed:
        return translate("Seo", "A slug cannot be empty.")
    fixed = make_slug(typed)
    if fixed != typed:
        return translate(
            "Seo",
            "A slug has only lowercase letters, digits and hyphens; "
            "this one will be saved as “{slug}”.",
        ).format(slug=fixed)
    return None
