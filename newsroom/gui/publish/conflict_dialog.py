"""An article changed on the site since it was last sent: compare and decide.

The dialog shows each field that differs (headline, text, standfirst, slug,
status), the version in Newsroom beside the one on the site, and offers three
choices:

- **Keep Mine**: :func:`~newsroom.core.publish.outbox.keep_mine`; the next sync
  replaces the site's version.
- **Take Theirs**: :func:`~newsroom.core.publish.outbox.take_remote`, writing the
  site's fields into the article (its HTML made Markdown).
- **Edit**: nothing is decided; the conflict stays and the journalist merges by hand,
  then presses Update or Keep Mine.

The window saves the editor before a decision and reloads it after.
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Mapping
from dataclasses import replace
from enum import StrEnum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.publish import outbox
from newsroom.core.publish.base import Target
from newsroom.core.publish.outbox import ConflictInfo

#: The journalist's names for the fields a target reports.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Headline"),
    "content": QT_TRANSLATE_NOOP("ConflictDialog", "Text"),
    "excerpt": QT_TRANSLATE_NOOP("ConflictDialog", "Standfirst"),
    "slug": QT_TRANSLATE_NOOP("ConflictDialog", "Slug"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
}
_STYLE = """
table { border-collapse: collapse; }
td { padding: 2px 6px; vertical-align: top; font-family: monospace; }
th { text-align: left; padding: 4px 6px; }
.diff_add { background-color: #d7f5dd; }
.diff_chg { background-color: #fff2b3; }
.diff_sub { background-color: #fbd6d6; }
.diff_next, .diff_header { color: #777; }
"""


class Choice(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    EDIT = "edit"


def field_name(key: str) -> str:
    name = FIELD_NAMES.get(key)
    if name is None:  # a field the target names itself: its own word
        return key.replace("_", " ").capitalize()
    return translate("ConflictDialog", name)


def readable(key: str, value: str) -> str:
    """A field's value as the journalist reads it: the text's HTML as Markdown."""
    if key in ("content", "excerpt") and "<" in value:
        from newsroom.core.publish.wp_pull import plain_text, post_markdown

        return post_markdown(value) if key == "content" else plain_text(value)
    return value


def diff_html(key: str, local: str, remote: str) -> str:
    """The two versions of one field side by side, changes highlighted."""
    mine = readable(key, local).splitlines() or [""]
    theirs = readable(key, remote).splitlines() or [""]
    table = difflib.HtmlDiff(tabsize=4, wrapcolumn=56).make_table(
        mine,
        theirs,
        translate("ConflictDialog", "In Newsroom"),
        translate("ConflictDialog", "On the site"),
    )
    return f"<h3>{html.escape(field_name(key))}</h3>{table}"


def write_remote(library: Library, article_id: int, fields: Mapping[str, str]) -> None:
    """Write the site's version of ``fields`` (a target's names) into the article."""
    article = library.article(article_id)
    if "title" in fields:
        article = replace(article, headline=fields["title"].strip())
    if "content" in fields:
        article = replace(article, body=readable("content", fields["content"]))
    if "excerpt" in fields:
        article = replace(article, standfirst=readable("excerpt", fields["excerpt"]).strip())
    slug = fields.get("slug", "").strip()
    if slug:
        article = replace(article, slug=slug)
    # The status is the workflow's own (it has rules); it is not taken from the site.
    library.save_article(article, lock_slug=bool(slug))


class ConflictDialog(QDialog):
    """The conflict of ``article_id`` on ``target``; :attr:`choice` says what was done
    (None: closed without deciding)."""

    def __init__(
        self, library: Library, article_id: int, target: Target, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.article_id = article_id
        self.target = target
        self.choice: Choice | None = None
        info = outbox.conflict(library, article_id, target.id)
        if info is None:
            raise NewsroomError(
                translate(
                    "ConflictDialog", "There is no conflict to resolve for this article any more."
                )
            )
        self.info: ConflictInfo = info
        article = library.article(article_id)
        headline = article.headline or translate("ConflictDialog", "Untitled")
        self.setWindowTitle(
            translate("ConflictDialog", "Conflict: {headline}").format(headline=headline)
        )
        self.setAccessibleName(translate("ConflictDialog", "Conflict"))
        self.resize(980, 620)

        self.message = QLabel(
            translate(
                "ConflictDialog",
                "“{headline}” was changed on {target} since Newsroom last sent it. {message}",
            ).format(headline=headline, target=target.name, message=info.message),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("ConflictDialog", "What happened"))
        self.fields = QListWidget(self)
        self.fields.setAccessibleName(translate("ConflictDialog", "Fields that differ"))
        for key in info.fields:
            item = QListWidgetItem(field_name(key))
            item.setData(256, key)
            self.fields.addItem(item)
        self.diff = QTextBrowser(self)
        self.diff.setAccessibleName(translate("ConflictDialog", "Differences"))
        self.diff.document().setDefaultStyleSheet(_STYLE)
        self.fields.currentRowChanged.connect(self._show_field)
        split = QSplitter(self)
        split.addWidget(self.fields)
        split.addWidget(self.diff)
        split.setSizes([160, 800])

        self.buttons = QDialogButtonBox(self)
        self.keep_button = self._button(
            translate("ConflictDialog", "&Keep Mine"),
            translate(
                "ConflictDialog", "Send the version in Newsroom; it replaces the one on the site."
            ),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.take_button = self._button(
            translate("ConflictDialog", "&Take Theirs"),
            translate(
                "ConflictDialog",
                "Bring the site's version into Newsroom, over yours (Undo in the editor "
                "brings yours back).",
            ),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.edit_button = self._button(
            translate("ConflictDialog", "&Edit"),
            translate(
                "ConflictDialog",
                "Decide later: merge by hand in the editor, then choose Publish › Update or "
                "Keep Mine.",
            ),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(self.keep_mine)
        self.take_button.clicked.connect(self.take_theirs)
        self.edit_button.clicked.connect(self.edit)
        self.keep_button.setEnabled(not library.read_only)
        self.take_button.setEnabled(not library.read_only and not self.deleted_on_site)
        if self.deleted_on_site:
            # There is no version on the site to take: only sending it again, or not.
            self.take_button.setToolTip(
                translate(
                    "ConflictDialog",
                    "The article is no longer on the site, so there is no version to take. "
                    "Keep Mine publishes it again; to leave it off the site, discard the "
                    "entry in Publish › Sync Log…",
                )
            )

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        if self.fields.count():
            self.fields.setCurrentRow(0)

    @property
    def deleted_on_site(self) -> bool:
        return self.info.fields.get("status", ("", ""))[1] == "deleted"

    def _button(self, text: str, tip: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        assert button is not None
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(tip)
        return button

    def _show_field(self, row: int) -> None:
        item = self.fields.item(row)
        if item is None:
            self.diff.clear()
            return
        key = str(item.data(256))
        local, remote = self.info.fields[key]
        self.diff.setHtml(diff_html(key, local, remote))

    # -- the choices -------------------------------------------------------------------
    def keep_mine(self) -> None:
        try:
            outbox.keep_mine(self.library, self.article_id, self.target)
        except NewsroomError as exc:
            QMessageBox.warning(self, translate("ConflictDialog", "Conflict"), str(exc))
            return
        self.choice = Choice.KEEP_MINE
        self.accept()

    def take_theirs(self) -> None:
        try:
            outbox.take_remote(
                self.library,
                self.article_id,
                self.target,
                lambda fields: write_remote(self.library, self.article_id, fields),
            )
        except NewsroomError as exc:
            QMessageBox.warning(self, translate("ConflictDialog", "Conflict"), str(exc))
            return
        self.choice = Choice.TAKE_THEIRS
        self.accept()

    def edit(self) -> None:
        self.choice = Choice.EDIT
        self.accept()
