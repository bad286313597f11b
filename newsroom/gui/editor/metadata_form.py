"""Every field of an article but its text: headline, standfirst, slug, byline, dateline,
section, tags, publication and embargo times with their zone, language, SEO title and
description, and the featured image with its caption, credit and alt text.

The form edits a copy: :meth:`MetadataForm.load` shows an article, :meth:`apply` returns
an article with the form's values. Only the featured image is written by the form itself
(choosing a file stores it in the library; its caption, credit and alt text are written
shortly after typing stops, or at :meth:`MetadataForm.flush`), because those belong to
the image, not to the article.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsroom.core import metadata, seo
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.model import Article, Media, NoteKind, Status, utcnow
from newsroom.core.sections import SectionTree

NO_SECTION = QT_TRANSLATE_NOOP("MetadataForm", "— No section —")
#: The names :meth:`MetadataForm.focus_field` knows, as a publishing checklist says them.
FIELD_NAMES: tuple[str, ...] = (
    "headline",
    "standfirst",
    "slug",
    "byline",
    "dateline",
    "section",
    "tags",
    "seo_title",
    "seo_description",
    "featured_image",
    "published",
    "embargo",
    "language",
)
#: Other names for the same fields (the model's attribute names, for instance).
FIELD_ALIASES: dict[str, str] = {
    "published_at": "published",
    "embargo_until": "embargo",
    "featured_media_id": "featured_image",
    "section_id": "section",
}
#: Caption, credit and alt text reach the library this long after typing stops.
MEDIA_SAVE_MS = 500
THUMBNAIL_SIZE = (160, 100)
IMAGE_FILTER = QT_TRANSLATE_NOOP(
    "MetadataForm", "Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif);;All files (*)"
)
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def _warning_colour(widget: QWidget) -> str:
    """A red that reads on light and on dark themes."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


class ListCompleter(QCompleter):
    """Completes the item after the last comma of a line such as ``floods, shipp``,
    leaving the items before it as they are."""

    def __init__(self, line: QLineEdit, items: list[str]) -> None:
        super().__init__(line)
        self._line = line
        self._model = QStringListModel(items, self)
        self.setModel(self._model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setCompleter(self)

    def set_items(self, items: list[str]) -> None:
        self._model.setStringList(items)

    def items(self) -> list[str]:
        return self._model.stringList()

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        value = str(index.data(Qt.ItemDataRole.EditRole))
        parts = self._line.text().rsplit(",", 1)
        return f"{parts[0].rstrip()}, {value}" if len(parts) == 2 else value


class ShortText(QPlainTextEdit):
    """A few lines of wrapped text, such as a headline. Tab and Enter move on to the
    next field: a headline or a standfirst is one paragraph."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._lines = lines
        self._fit()

    def _fit(self) -> None:
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        doc = 2 * int(self.document().documentMargin())
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + doc + frame + 2)

    def setFont(self, font: object) -> None:  # noqa: N802
        super().setFont(font)  # type: ignore[arg-type]
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        """The text as one paragraph, with runs of white space made single spaces."""
        return " ".join(self.toPlainText().split())


class CollapsibleGroup(QWidget):
    """A titled group of rows that a click (or Space on its title) folds away."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.toggle = QToolButton()
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAccessibleName(
            translate("CollapsibleGroup", "{title} group").format(title=title)
        )
        self.toggle.setAccessibleDescription(description)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.body = QWidget()
        self.body.setAccessibleName(title)
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(8, 0, 0, 4)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self.set_expanded)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()


class MetadataForm(QWidget):
    """The metadata of one article, in folding groups: Article, Publishing, SEO and
    Featured image.

    ``edited`` fires on every change the user makes (never on :meth:`load`).
    ``media_saved`` fires when the featured image's caption, credit or alt text have
    been written to the library, so that a preview can show them."""

    edited = Signal()
    media_saved = Signal()
    #: The writer asked for the article's corrections and updates (a dialog of the window).
    notes_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("MetadataForm", "Article details"))
        self.library = library
        self._article: Article | None = None
        self._loading = False
        self._read_only = library.read_only
        self._slug_follows = False  # the slug is made from the headline while this holds
        self._slug_typed = False  # the writer typed a slug since it was last stored
        self._media: Media | None = None
        self._media_pending = False
        self._media_missing = False  # the article names an image the library lacks
        # What load() showed, so that an untouched time comes back exactly as it was.
        self._shown_times: dict[str, tuple[datetime, str, datetime]] = {}

        self._build()
        self.set_sections(library.section_tree())
        self.refresh_completions()
        self._media_timer = QTimer(self, singleShot=True, interval=MEDIA_SAVE_MS)
        self._media_timer.timeout.connect(self.flush)
        self._connect()
        self.load(None)

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self.article_group = CollapsibleGroup(
            translate("MetadataForm", "Article"),
            translate("MetadataForm", "Shows or hides the article fields"),
        )
        self.publishing_group = CollapsibleGroup(
            translate("MetadataForm", "Publishing"),
            translate("MetadataForm", "Shows or hides the publishing fields"),
        )
        self.seo_group = CollapsibleGroup(
            translate("MetadataForm", "SEO"),
            translate("MetadataForm", "Shows or hides the seo fields"),
        )
        self.image_group = CollapsibleGroup(
            translate("MetadataForm", "Featured image"),
            translate("MetadataForm", "Shows or hides the featured image fields"),
        )

        # Article
        self.headline = ShortText(2)
        self.headline.setAccessibleName(translate("MetadataForm", "Headline"))
        self.headline.setPlaceholderText(translate("MetadataForm", "Headline"))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.standfirst = ShortText(3)
        self.standfirst.setAccessibleName(translate("MetadataForm", "Standfirst"))
        self.standfirst.setPlaceholderText(
            translate("MetadataForm", "One or two sentences under the headline")
        )
        self.slug = QLineEdit(placeholderText=translate("MetadataForm", "made from the headline"))
        self.slug.setAccessibleName(translate("MetadataForm", "Slug"))
        self.slug.setToolTip(
            translate(
                "MetadataForm",
                "The last part of the article's web address. It follows the headline "
                "until you type one.",
            )
        )
        self.slug_message = self._message_label(translate("MetadataForm", "Slug message"))
        self.byline = QLineEdit(
            placeholderText=translate(
                "MetadataForm", "Author or desk; several: Anna Weber, Jan Peeters"
            )
        )
        self.byline.setAccessibleName(translate("MetadataForm", "Byline"))
        self.byline_completer = ListCompleter(self.byline, [])
        self.dateline = QLineEdit(placeholderText=translate("MetadataForm", "Place, such as Paris"))
        self.dateline.setAccessibleName(translate("MetadataForm", "Dateline"))
        self.section = QComboBox()
        self.section.setAccessibleName(translate("MetadataForm", "Section"))
        self.tags = QLineEdit(placeholderText=translate("MetadataForm", "floods, shipping"))
        self.tags.setAccessibleName(translate("MetadataForm", "Tags"))
        self.tags.setToolTip(translate("MetadataForm", "Tags, separated by commas"))
        self.tags_completer = ListCompleter(self.tags, [])

        form = self.article_group.form
        form.addRow(
            self._label(translate("MetadataForm", "Head&line"), self.headline), self.headline
        )
        form.addRow(
            self._label(translate("MetadataForm", "S&tandfirst"), self.standfirst), self.standfirst
        )
        form.addRow(self._label(translate("MetadataForm", "Sl&ug"), self.slug), self.slug)
        form.addRow("", self.slug_message)
        form.addRow(self._label(translate("MetadataForm", "&Byline"), self.byline), self.byline)
        form.addRow(
            self._label(translate("MetadataForm", "&Dateline"), self.dateline), self.dateline
        )
        form.addRow(self._label(translate("MetadataForm", "&Section"), self.section), self.section)
        form.addRow(self._label(translate("MetadataForm", "T&ags"), self.tags), self.tags)

        # Publishing
        self.published_set = QCheckBox()
        self.published_set.setAccessibleName(translate("MetadataForm", "Publication time set"))
        self.published_set.setToolTip(
            translate("MetadataForm", "Untick for no publication time yet")
        )
        self.published = self._date_time_edit(translate("MetadataForm", "Publication time"))
        self.embargo_set = QCheckBox()
        self.embargo_set.setAccessibleName(translate("MetadataForm", "Embargo set"))
        self.embargo_set.setToolTip(translate("MetadataForm", "Untick for no embargo"))
        self.embargo = self._date_time_edit(translate("MetadataForm", "Embargo until"))
        self.timezone = QComboBox(editable=True)
        self.timezone.setAccessibleName(translate("MetadataForm", "Time zone"))
        line = self.timezone.lineEdit()
        if line is not None:
            line.setAccessibleName(translate("MetadataForm", "Time zone"))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = metadata.all_zones()
        self.timezone.addItems(list(zones))
        common = sum(1 for z in metadata.COMMON_ZONES if z in zones)
        self.timezone.insertSeparator(common)
        completer = self.timezone.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.timezone_message = self._message_label(translate("MetadataForm", "Time zone message"))
        self.language = QComboBox()
        self.language.setAccessibleName(translate("MetadataForm", "Language"))
        self.language.setToolTip(
            translate("MetadataForm", "The language of the article, for spell checking")
        )
        for code, _name in metadata.LANGUAGES:
            self.language.addItem(f"{metadata.language_name(code)} ({code})", code)

        form = self.publishing_group.form
        form.addRow(
            self._label(translate("MetadataForm", "&Published"), self.published_set),
            self._row(self.published_set, self.published),
        )
        form.addRow(
            self._label(translate("MetadataForm", "Time &zone"), self.timezone), self.timezone
        )
        form.addRow("", self.timezone_message)
        form.addRow(
            self._label(translate("MetadataForm", "&Embargo"), self.embargo_set),
            self._row(self.embargo_set, self.embargo),
        )
        form.addRow(
            self._label(translate("MetadataForm", "Lan&guage"), self.language), self.language
        )
        self.notes_button = QPushButton(translate("MetadataForm", "Correctio&ns and Updates…"))
        self.notes_button.setAccessibleName(translate("MetadataForm", "Corrections and Updates"))
        self.notes_button.setToolTip(
            translate("MetadataForm", "The dated corrections and updates readers see under it")
        )
        self.notes_button.clicked.connect(lambda _=False: self.notes_requested.emit())
        self.notes_count = QLabel()
        self.notes_count.setAccessibleName(translate("MetadataForm", "Corrections and updates"))
        form.addRow(
            translate("MetadataForm", "Notes"), self._row(self.notes_button, self.notes_count)
        )

        # SEO
        self.seo_title = QLineEdit()
        self.seo_title.setAccessibleName(translate("MetadataForm", "SEO title"))
        self.seo_title.setToolTip(
            translate("MetadataForm", "The title search engines show; the headline when empty")
        )
        self.seo_title_count = self._counter(translate("MetadataForm", "SEO title length"))
        self.seo_description = ShortText(3)
        self.seo_description.setAccessibleName(translate("MetadataForm", "SEO description"))
        self.seo_description.setToolTip(
            translate("MetadataForm", "The summary search engines show; the standfirst when empty")
        )
        self.seo_description_count = self._counter(
            translate("MetadataForm", "SEO description length")
        )
        form = self.seo_group.form
        form.addRow(
            self._label(translate("MetadataForm", "SEO t&itle"), self.seo_title), self.seo_title
        )
        form.addRow("", self.seo_title_count)
        form.addRow(
            self._label(translate("MetadataForm", "SEO des&cription"), self.seo_description),
            self.seo_description,
        )
        form.addRow("", self.seo_description_count)

        # Featured image
        self.image_preview = QLabel(translate("MetadataForm", "No image"))
        self.image_preview.setAccessibleName(translate("MetadataForm", "Featured image preview"))
        self.image_preview.setFixedSize(*THUMBNAIL_SIZE)
        self.image_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.image_preview.setWordWrap(True)
        self.choose_button = QPushButton(translate("MetadataForm", "Choose i&mage…"))
        self.choose_button.setAccessibleName(translate("MetadataForm", "Choose featured image"))
        self.remove_button = QPushButton(translate("MetadataForm", "Remove"))
        self.remove_button.setAccessibleName(translate("MetadataForm", "Remove featured image"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        image_row = QHBoxLayout()
        image_row.setContentsMargins(0, 0, 0, 0)
        image_row.addWidget(self.image_preview)
        image_row.addLayout(buttons)
        image_row.addStretch(1)
        self.image_message = self._message_label(
            translate("MetadataForm", "Featured image message")
        )
        self.caption = QLineEdit()
        self.caption.setAccessibleName(translate("MetadataForm", "Image caption"))
        self.credit = QLineEdit(placeholderText=translate("MetadataForm", "Photo: Name / Agency"))
        self.credit.setAccessibleName(translate("MetadataForm", "Image credit"))
        self.alt = QLineEdit(
            placeholderText=translate(
                "MetadataForm", "What the image shows, for readers who cannot see it"
            )
        )
        self.alt.setAccessibleName(translate("MetadataForm", "Image alt text"))
        form = self.image_group.form
        form.addRow(translate("MetadataForm", "Image"), image_row)
        form.addRow("", self.image_message)
        form.addRow(self._label(translate("MetadataForm", "Capti&on"), self.caption), self.caption)
        form.addRow(self._label(translate("MetadataForm", "C&redit"), self.credit), self.credit)
        form.addRow(self._label(translate("MetadataForm", "Alt te&xt"), self.alt), self.alt)

        self.fields = inner = QWidget()
        inner.setAccessibleName(translate("MetadataForm", "Article details fields"))
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(4)
        self.groups = (self.article_group, self.publishing_group, self.seo_group, self.image_group)
        for group in self.groups:
            column.addWidget(group)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(translate("MetadataForm", "Article details scroll area"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self._fields: dict[str, tuple[CollapsibleGroup, QWidget]] = {
            "headline": (self.article_group, self.headline),
            "standfirst": (self.article_group, self.standfirst),
            "slug": (self.article_group, self.slug),
            "byline": (self.article_group, self.byline),
            "dateline": (self.article_group, self.dateline),
            "section": (self.article_group, self.section),
            "tags": (self.article_group, self.tags),
            "published": (self.publishing_group, self.published),
            "embargo": (self.publishing_group, self.embargo),
            "language": (self.publishing_group, self.language),
            "seo_title": (self.seo_group, self.seo_title),
            "seo_description": (self.seo_group, self.seo_description),
            "featured_image": (self.image_group, self.choose_button),
            "timezone": (self.publishing_group, self.timezone),
            "caption": (self.image_group, self.caption),
            "credit": (self.image_group, self.credit),
            "alt": (self.image_group, self.alt),
        }
        chain: list[QWidget] = [
            self.article_group.toggle,
            self.headline,
            self.standfirst,
            self.slug,
            self.byline,
            self.dateline,
            self.section,
            self.tags,
            self.publishing_group.toggle,
            self.published_set,
            self.published,
            self.timezone,
            self.embargo_set,
            self.embargo,
            self.language,
            self.seo_group.toggle,
            self.seo_title,
            self.seo_description,
            self.image_group.toggle,
            self.choose_button,
            self.remove_button,
            self.caption,
            self.credit,
            self.alt,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w)
        layout.addStretch(1)
        return row

    def _message_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {_warning_colour(self)}")
        label.setVisible(False)
        return label

    @staticmethod
    def _counter(name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight)
        label.setProperty("over", False)
        return label

    @staticmethod
    def _date_time_edit(name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setAccessibleName(name)
        # The edit shows a wall-clock time in the article's zone; Qt keeps it in UTC so
        # that the machine's own zone (and its daylight-saving gaps) play no part.
        edit.setTimeZone(QTimeZone.utc())
        edit.setDisplayFormat(DATE_TIME_FORMAT)
        edit.setCalendarPopup(True)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return edit

    def _connect(self) -> None:
        self.headline.textChanged.connect(self._headline_changed)
        self.standfirst.textChanged.connect(self._standfirst_changed)
        self.slug.textEdited.connect(self._slug_edited)
        for line in (self.byline, self.dateline, self.tags):
            line.textChanged.connect(self._changed)
        self.section.activated.connect(self._changed)
        self.language.activated.connect(self._changed)
        self.timezone.currentTextChanged.connect(self._zone_changed)
        self.published_set.toggled.connect(self._published_toggled)
        self.embargo_set.toggled.connect(self._embargo_toggled)
        self.published.dateTimeChanged.connect(self._changed)
        self.embargo.dateTimeChanged.connect(self._changed)
        self.seo_title.textChanged.connect(self._seo_changed)
        self.seo_description.textChanged.connect(self._seo_changed)
        self.choose_button.clicked.connect(self.choose_image)
        self.remove_button.clicked.connect(self.remove_image)
        for line in (self.caption, self.credit, self.alt):
            line.textEdited.connect(self._media_edited)

    # -- data sources ------------------------------------------------------------------
    def set_sections(self, tree: SectionTree) -> None:
        current = self.section.currentData()
        self.section.clear()
        self.section.addItem(translate("MetadataForm", NO_SECTION), None)
        for section, _depth in tree.walk():
            path = " › ".join(s.name for s in tree.lineage(section.id))
            self.section.addItem(path, section.id)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))

    def refresh_completions(self) -> None:
        """Read the tags and bylines in use from the library again."""
        self.tags_completer.set_items(self.library.tags())
        self.byline_completer.set_items(self.library.bylines())

    # -- loading and applying ------------------------------------------------------------
    @property
    def loaded_id(self) -> int | None:
        return self._article.id if self._article else None

    def load(self, article: Article | None) -> None:
        """Show ``article`` (or nothing: the form is then disabled). Does not emit
        ``edited``. Image details typed for the previous article are written first."""
        self.flush()
        self._loading = True
        try:
            self._article = article
            a = article or Article()
            self.headline.setPlainText(a.headline)
            self.standfirst.setPlainText(a.standfirst)
            self._slug_typed = False
            self._slug_follows = self._follows_headline(a)
            self.slug.setText(a.slug)
            self._show_slug_message(None)
            self.byline.setText(a.byline)
            self.dateline.setText(a.dateline)
            self.section.setCurrentIndex(max(0, self.section.findData(a.section_id)))
            self.tags.setText(metadata.join_list(a.tags))
            self._set_zone(a.timezone)
            self._shown_times = {}
            self._show_time("published", self.published_set, self.published, a.published_at, a)
            self._show_time("embargo", self.embargo_set, self.embargo, a.embargo_until, a)
            index = self.language.findData(a.language)
            if index < 0:
                self.language.addItem(metadata.language_name(a.language), a.language)
                index = self.language.count() - 1
            self.language.setCurrentIndex(index)
            self.seo_title.setText(a.seo_title)
            self.seo_description.setPlainText(a.seo_description)
            self._show_media(a.featured_media_id)
            self.show_notes()
            self._update_counters()
            self._update_enabled()
        finally:
            self._loading = False

    def show_notes(self) -> None:
        """Count the loaded article's corrections and updates beside their button."""
        notes = self.library.notes(self._article.id) if self._article and self._article.id else []
        kinds = [n.kind for n in notes]
        parts = []
        if corrections := kinds.count(NoteKind.CORRECTION):
            parts.append(translate("MetadataForm", "%n correction(s)", None, corrections))
        if updates := kinds.count(NoteKind.UPDATE):
            parts.append(translate("MetadataForm", "%n update(s)", None, updates))
        self.notes_count.setText(", ".join(parts) if parts else translate("MetadataForm", "None"))

    def _follows_headline(self, article: Article) -> bool:
        if article.status is not Status.DRAFT:
            return False
        if article.id is None:
            return not article.slug
        try:
            return self.library.slug_is_auto(article.id)
        except NewsroomError:
            return False

    def _set_zone(self, name: str) -> None:
        index = self.timezone.findText(name)
        if index >= 0:
            self.timezone.setCurrentIndex(index)
        else:
            self.timezone.setEditText(name)
        self.timezone_message.setVisible(False)

    def _show_time(
        self,
        key: str,
        box: QCheckBox,
        edit: QDateTimeEdit,
        moment: datetime | None,
        article: Article,
    ) -> None:
        box.setChecked(moment is not None)
        if moment is None:
            wall = metadata.to_wall_clock(utcnow(), self._zone_name(article))
            edit.setDateTime(self._qt_wall_clock(wall.replace(second=0)))
            return
        wall = metadata.to_wall_clock(moment, article.timezone)
        edit.setDateTime(self._qt_wall_clock(wall))
        self._shown_times[key] = (wall, article.timezone, moment)

    @staticmethod
    def _qt_wall_clock(wall: datetime) -> QDateTime:
        return QDateTime(
            QDate(wall.year, wall.month, wall.day),
            QTime(wall.hour, wall.minute, wall.second),
            QTimeZone.utc(),
        )

    @staticmethod
    def _wall_clock(edit: QDateTimeEdit) -> datetime:
        d, t = edit.date(), edit.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())

    def _zone_name(self, article: Article) -> str:
        """The zone typed in the form if there is such a zone, else the article's."""
        typed = self.timezone.currentText().strip()
        return typed if metadata.zone(typed) is not None else article.timezone

    def _time_value(
        self, key: str, box: QCheckBox, edit: QDateTimeEdit, zone: str
    ) -> datetime | None:
        if not box.isChecked():
            return None
        wall = self._wall_clock(edit)
        shown = self._shown_times.get(key)
        if shown is not None and shown[0] == wall and shown[1] == zone:
            return shown[2]  # untouched: exact, even in the hour a clock goes back
        return metadata.to_utc(wall, zone)

    def apply(self, article: Article) -> Article:
        """A copy of ``article`` with the form's values."""
        zone = self._zone_name(article)
        typed_slug = self.slug.text().strip()
        media = self._media.id if self._media is not None else None
        if self._media is None and self._article is not None and self._media_missing:
            media = self._article.featured_media_id
        return replace(
            article,
            headline=self.headline.text(),
            standfirst=self.standfirst.toPlainText().strip(),
            slug=typed_slug if self._slug_typed and typed_slug else article.slug,
            byline=metadata.join_list(metadata.split_list(self.byline.text())),
            dateline=self.dateline.text().strip(),
            section_id=self.section.currentData(),
            tags=metadata.split_list(self.tags.text()),
            timezone=zone,
            published_at=self._time_value("published", self.published_set, self.published, zone),
            embargo_until=self._time_value("embargo", self.embargo_set, self.embargo, zone),
            language=str(self.language.currentData()),
            seo_title=self.seo_title.text().strip(),
            seo_description=self.seo_description.toPlainText().strip(),
            featured_media_id=media,
        )

    def article(self) -> Article | None:
        """The loaded article with the form's values, or None when none is loaded."""
        return self.apply(self._article) if self._article is not None else None

    def saved(self, article: Article) -> None:
        """Take what the library stored (the slug it made, times) for the loaded article.
        A slug being typed is left alone."""
        if self._article is None or article.id != self._article.id:
            return
        before, self._article = self._article, article
        if article.published_at != before.published_at:
            # The library stamped a publication time (published, or confirmed by a
            # site): shown unless the writer is changing it, or a save would undo it.
            zone = self._zone_name(before)
            if self._time_value("published", self.published_set, self.published, zone) == (
                before.published_at
            ):
                self._loading = True
                try:
                    self._show_time(
                        "published",
                        self.published_set,
                        self.published,
                        article.published_at,
                        article,
                    )
                finally:
                    self._loading = False
        if self.slug.hasFocus() and self._slug_typed:
            return
        self._slug_typed = False
        self._slug_follows = self._follows_headline(article)
        self.slug.setText(article.slug)
        self._show_slug_message(None)
        self.refresh_completions()

    # -- reacting to the writer ----------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading and self._article is not None:
            self.edited.emit()

    def _headline_changed(self) -> None:
        if self._loading:
            return
        if self._slug_follows and not self._slug_typed and self._article is not None:
            # What the library will make of it on the next save.
            headline = self.headline.text() or "untitled"
            self.slug.setText(self.library.unique_slug(headline, self._article.id))
        self._update_counters()
        self._changed()

    def _standfirst_changed(self) -> None:
        if not self._loading:
            self._update_counters()
            self._changed()

    def _seo_changed(self) -> None:
        if not self._loading:
            self._update_counters()
            self._changed()

    def _slug_edited(self, text: str) -> None:
        self._slug_typed = True
        self._slug_follows = False
        self._show_slug_message(self.slug_check(text))
        self._changed()

    def slug_check(self, text: str) -> str | None:
        """What is wrong with ``text`` as this article's slug, or None."""
        problem = seo.slug_problem(text)
        if problem is not None:
            if not text.strip() and self._article is not None:
                problem += translate("MetadataForm", " “{slug}” is kept.").format(
                    slug=self._article.slug
                )
            return problem
        exclude = self._article.id if self._article is not None else None
        free = self.library.unique_slug(text, exclude)
        if free != text.strip():
            return translate(
                "MetadataForm",
                "“{slug}” is taken by another article; it will be saved as “{free}”.",
            ).format(slug=text.strip(), free=free)
        return None

    def _show_slug_message(self, message: str | None) -> None:
        self.slug_message.setText(message or "")
        self.slug_message.setVisible(bool(message))
        self.slug.setAccessibleDescription(message or "")

    def _zone_changed(self, text: str) -> None:
        if self._loading:
            return
        known = metadata.zone(text) is not None
        if not known and self._article is not None:
            self.timezone_message.setText(
                translate(
                    "MetadataForm", "There is no time zone “{typed}”; “{zone}” is kept."
                ).format(typed=text.strip(), zone=self._article.timezone)
            )
        self.timezone_message.setVisible(not known)
        self._changed()

    def _published_toggled(self, on: bool) -> None:
        self.published.setEnabled(on and not self._read_only)
        self._changed()

    def _embargo_toggled(self, on: bool) -> None:
        self.embargo.setEnabled(on and not self._read_only)
        self._changed()

    def _update_counters(self) -> None:
        self.seo_title.setPlaceholderText(self.headline.text())
        self.seo_description.setPlaceholderText(self.standfirst.text())
        pairs = (
            (self.seo_title_count, seo.title_count(self.seo_title.text(), self.headline.text())),
            (
                self.seo_description_count,
                seo.description_count(
                    self.seo_description.toPlainText(), self.standfirst.toPlainText()
                ),
            ),
        )
        for label, counted in pairs:
            label.setText(counted.text)
            label.setAccessibleDescription(counted.description)
            label.setToolTip(counted.description)
            label.setProperty("over", counted.is_over)
            label.setStyleSheet(
                f"color: {_warning_colour(self)}; font-weight: bold" if counted.is_over else ""
            )

    # -- the featured image ------------------------------------------------------------
    def _show_media(self, media_id: int | None) -> None:
        self._media_timer.stop()
        self._media_pending = False
        self._media_missing = False
        self._media = None
        self.image_message.setVisible(False)
        if media_id is not None:
            try:
                self._media = self.library.media_by_id(media_id)
            except NewsroomError:
                self._media_missing = True
                self._show_image_message(
                    translate("MetadataForm", "The featured image is missing from the library.")
                )
        media = self._media
        self.caption.setText(media.caption if media else "")
        self.credit.setText(media.credit if media else "")
        self.alt.setText(media.alt if media else "")
        self.image_preview.clear()
        if media is None:
            self.image_preview.setText(translate("MetadataForm", "No image"))
            self.image_preview.setToolTip("")
        else:
            pixmap = QPixmap()
            if pixmap.loadFromData(media.data):
                w, h = THUMBNAIL_SIZE
                self.image_preview.setPixmap(
                    pixmap.scaled(
                        w - 4,
                        h - 4,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            else:
                self.image_preview.setText(media.filename)
            self.image_preview.setToolTip(media.filename)
        self.image_preview.setAccessibleDescription(
            f"{media.filename}: {media.alt}"
            if media
            else translate("MetadataForm", "No featured image")
        )
        self._update_enabled()

    def _show_image_message(self, message: str) -> None:
        self.image_message.setText(message)
        self.image_message.setVisible(bool(message))

    @property
    def media(self) -> Media | None:
        """The featured image as the form shows it."""
        return self._media

    def choose_image(self) -> None:
        """Ask for an image file (the system's own dialog) and make it the featured image."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MetadataForm", "Choose Featured Image"),
            str(Path.home()),
            translate("MetadataForm", IMAGE_FILTER),
        )
        if path:
            self.set_image_file(path)

    def set_image_file(self, path: str | Path) -> Media | None:
        """Store the image at ``path`` in the library and make it the featured image.
        Says what went wrong under the image, and returns None, when it cannot."""
        if self._article is None or self._read_only:
            return None
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_image_message(
                translate("MetadataForm", "“{name}” could not be read ({reason}).").format(
                    name=path.name, reason=exc.strerror
                )
            )
            return None
        mime = metadata.image_type(path.name, data)
        if mime is None:
            self._show_image_message(
                translate(
                    "MetadataForm",
                    "“{name}” is not an image a web page can show (PNG, JPEG, GIF, WebP, "
                    "SVG or AVIF).",
                ).format(name=path.name)
            )
            return None
        self.flush()
        try:
            media = self.library.add_media(path.name, mime, data)
        except NewsroomError as exc:
            self._show_image_message(str(exc))
            return None
        self._show_media(media.id)
        self._changed()
        return media

    def remove_image(self) -> None:
        """The article has no featured image any more (the image stays in the library)."""
        if self._article is None or self._read_only:
            return
        self.flush()
        self._show_media(None)
        self._changed()

    def _media_edited(self) -> None:
        if self._loading or self._media is None:
            return
        self._media_pending = True
        self._media_timer.start()
        self._changed()

    def flush(self) -> None:
        """Write the featured image's caption, credit and alt text if they changed."""
        self._media_timer.stop()
        if not self._media_pending or self._media is None or self._read_only:
            self._media_pending = False
            return
        self._media_pending = False
        try:
            self._media = self.library.update_media(
                self._media.id,
                alt=self.alt.text().strip(),
                caption=self.caption.text().strip(),
                credit=self.credit.text().strip(),
            )
        except NewsroomError as exc:
            self._show_image_message(
                translate("MetadataForm", "The image details could not be saved: {error}").format(
                    error=exc
                )
            )
            return
        self.media_saved.emit()

    # -- focus and mode ------------------------------------------------------------------
    def has_field(self, name: str) -> bool:
        """Whether :meth:`focus_field` knows ``name`` ("body" and "related" are not here)."""
        return FIELD_ALIASES.get(name, name) in self._fields

    def focus_field(self, name: str) -> QWidget:
        """Unfold the group of the field called ``name`` (one of :data:`FIELD_NAMES`, or
        of :data:`FIELD_ALIASES`, or "timezone", "caption", "credit", "alt"), scroll to it
        and give it the keyboard focus. Returns the widget."""
        name = FIELD_ALIASES.get(name, name)
        try:
            group, widget = self._fields[name]
        except KeyError:
            raise ValueError(f"unknown field “{name}” (one of: {', '.join(FIELD_NAMES)})") from None
        if name == "published" and not self.published_set.isChecked():
            widget = self.published_set
        elif name == "embargo" and not self.embargo_set.isChecked():
            widget = self.embargo_set
        group.set_expanded(True)
        self.scroll_area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self.flush()
        self._update_enabled()

    def is_read_only(self) -> bool:
        return self._read_only

    def _update_enabled(self) -> None:
        loaded = self._article is not None
        editable = loaded and not self._read_only
        self.fields.setEnabled(loaded)
        for text in (self.headline, self.standfirst, self.seo_description):
            text.setReadOnly(not editable)
        for line in (self.slug, self.byline, self.dateline, self.tags, self.seo_title):
            line.setReadOnly(not editable)
        for widget in (self.section, self.timezone, self.language):
            widget.setEnabled(editable)
        self.published_set.setEnabled(editable)
        self.embargo_set.setEnabled(editable)
        self.published.setEnabled(editable and self.published_set.isChecked())
        self.embargo.setEnabled(editable and self.embargo_set.isChecked())
        self.choose_button.setEnabled(editable)
        has_image = self._media is not None
        self.remove_button.setEnabled(editable and (has_image or self._media_missing))
        for line in (self.caption, self.credit, self.alt):
            line.setReadOnly(not (editable and has_image))
