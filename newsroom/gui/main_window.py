"""The main window: a thin assembly of the panels, the menus and autosave."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSettings, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from newsroom.core import revisions
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import translate
from newsroom.core.library import Library
from newsroom.core.metadata import language_name
from newsroom.core.model import Article, Status
from newsroom.core.paths import LIBRARY_SUFFIX
from newsroom.gui.editor.article_session import ArticleSession
from newsroom.gui.editor.editor import ArticleEditor
from newsroom.gui.editor.focus_mode import FocusMode
from newsroom.gui.editor.save_banner import SaveBanner, why_not_saved
from newsroom.gui.editor.stats_label import StatsLabel
from newsroom.gui.editor.status_control import StatusControl
from newsroom.gui.library.library_panel import ArticleListModel, ArticleListView, SectionTreeView
from newsroom.gui.library.recent import RecentLibraries
from newsroom.gui.preview.preview import SCHEME, PreviewPane
from newsroom.gui.preview.preview_toolbar import PreviewPanel
from newsroom.gui.tasks import TaskManager

if TYPE_CHECKING:
    from newsroom.core.checklist import Finding
    from newsroom.core.publish.secrets import Secrets
    from newsroom.gui.library.library_browser import LibraryBrowser
    from newsroom.gui.library.media_library import MediaLibrary
    from newsroom.gui.panels.checklist_panel import ChecklistPanel
    from newsroom.gui.panels.history_panel import HistoryPanel
    from newsroom.gui.panels.outline import OutlineView
    from newsroom.gui.panels.related_panel import RelatedPanel
    from newsroom.gui.preview.live_preview import LivePreview
    from newsroom.gui.preview.scroll_sync import ScrollSync
    from newsroom.gui.publish.publish_menu import Publishing
    from newsroom.gui.transfer.import_dialog import ImportReport, ImportRunner


def library_filter() -> str:
    """The file dialogs' filter for libraries, in the reader's language."""
    return translate("MainWindow", "Newsroom libraries (*{suffix});;All files (*)").format(
        suffix=LIBRARY_SUFFIX
    )


def _files_to_import(mime: QMimeData) -> bool:
    from newsroom.gui.transfer.import_dialog import importable_files

    return bool(importable_files(mime))


class MainWindow(QMainWindow):
    """One window per open library."""

    open_requested = Signal(str)  # a library path the user asked for
    new_library_requested = Signal(str)
    #: The checklist shows the findings of a new check.
    checklist_updated = Signal()
    imports_done = Signal(object)  # an ImportReport, once an import has finished

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        secrets: Secrets | None = None,
    ):
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.recent = RecentLibraries(settings)
        self.tasks = TaskManager(self)
        self._section_filter: list[int] | None = None
        self._import: ImportRunner | None = None
        self.setAccessibleName(translate("MainWindow", "Newsroom"))

        tree = library.section_tree()
        self.sections = SectionTreeView(tree)
        self.article_model = ArticleListModel(sync_column=True)  # filled by the publishing
        self.articles = ArticleListView(self.article_model)
        self.editor = ArticleEditor(library)
        self.editor.set_read_only(library.read_only)
        # Files dropped on the window are imported, on the editor too (not inserted).
        self.setAcceptDrops(True)
        self.editor.body.drop_passes_on = _files_to_import
        self.editor.defer_spelling()  # until the window has started: see _finish_start
        self.preview = PreviewPane()
        #: Renders the open article into the preview; made once the window is on
        #: screen (:meth:`_start_preview`), None until then.
        self.live_preview: LivePreview | None = None
        self.scroll_sync: ScrollSync | None = None  # made with live_preview
        self._painted = False
        self._starting = True  # until _finish_start
        self.preview_panel = PreviewPanel(self.preview, settings)
        self.status_control = StatusControl()
        self.status_control.set_read_only(library.read_only)
        # What the first frame does not show is made after it (_start_rest), or on
        # first use if that comes sooner: the panels of the docks (checklist, history,
        # outline, related links) and the publishing (the Publish menu, the outbox
        # worker, the sync states). See the properties of the same names.
        self._checklist: ChecklistPanel | None = None
        self._history: HistoryPanel | None = None
        self._outline: OutlineView | None = None
        self._related: RelatedPanel | None = None
        self._publishing: Publishing | None = None
        self._secrets = secrets
        middle = QWidget()
        middle.setAccessibleName(translate("MainWindow", "Article"))
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_control, 1)
        #: Holds the open article's sync-state button once the publishing is made.
        self._sync_slot = QWidget()
        QHBoxLayout(self._sync_slot).setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self._sync_slot)
        column.addLayout(status_row)
        #: Above the editor while the article cannot be saved: why, and what to do.
        self.save_banner = SaveBanner()
        column.addWidget(self.save_banner)
        column.addWidget(self.editor, 1)

        left = self.library_pane = QSplitter(Qt.Orientation.Vertical)
        left.setAccessibleName(translate("MainWindow", "Library"))
        left.addWidget(self.sections)
        left.addWidget(self.articles)
        left.setSizes([260, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(translate("MainWindow", "Panels"))
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview_panel)
        self.splitter.setSizes([310, 480, 540])  # the list: headline, status, updated, sync
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # The docks are here from the start, so that the saved layout is restored and
        # the first frame has its final shape; their panels come in _make_panels.
        self.docks = [
            self._dock("checklist", translate("MainWindow", "Checklist"), QWidget()),
            self._dock("history", translate("MainWindow", "History"), QWidget()),
            self._dock("outline", translate("MainWindow", "Outline"), QWidget()),
            self._dock("related", translate("MainWindow", "Related"), QWidget()),
        ]
        for first, second in zip(self.docks, self.docks[1:], strict=False):
            self.tabifyDockWidget(first, second)
        self.docks[0].raise_()
        self.resizeDocks([self.docks[0]], [250], Qt.Orientation.Horizontal)
        #: The whole library: search, filters, sorting and bulk actions (View › Library).
        #: Made when first shown (:meth:`_show_browser`); None until then.
        self.browser: LibraryBrowser | None = None
        self.browser_dock = self._dock(
            "library",
            translate("MainWindow", "Library"),
            QWidget(),
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.browser_dock.hide()  # until asked for; then the window remembers it
        self.docks.append(self.browser_dock)
        #: The library's images (View › Media…); made when first shown.
        self.media_library: MediaLibrary | None = None

        self.stats = StatsLabel(self.editor.body)
        self.statusBar().addPermanentWidget(self.stats)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(translate("MainWindow", "Save state"))
        self.statusBar().addPermanentWidget(self.save_state)
        if library.read_only:
            mode = QLabel(translate("MainWindow", "Read-only"))
            mode.setAccessibleName(translate("MainWindow", "Library mode"))
            mode.setToolTip(
                translate("MainWindow", "This library is open read-only: changes cannot be made.")
            )
            self.statusBar().addPermanentWidget(mode)

        #: The open article as the library keeps it: saves, revisions, the checklist.
        self.session = ArticleSession(library, self.editor, self.tasks, self)
        self.session.saving.connect(
            lambda: self.save_state.setText(translate("MainWindow", "Saving…"))
        )
        self.session.saved.connect(self._after_save)
        self.session.save_failed.connect(self._not_saved)
        self.session.recovered.connect(self._saved_again)
        self.save_banner.retry_requested.connect(self.session.retry)
        self.save_banner.copy_requested.connect(self.save_copy)
        self.session.revisions_changed.connect(self._revisions_changed)
        self.session.checked.connect(self._checked)
        self.session.notice.connect(lambda words: self.statusBar().showMessage(words, 5000))
        self._preview_due = False  # a key was typed: the preview follows once it is shown
        self._closed = False

        self.focus_mode = FocusMode(
            self,
            self.editor.body,
            [
                self.library_pane,
                self.preview_panel,
                self.status_control,
                self._sync_slot,
                self.editor.metadata,
                *self.docks,
                self.menuBar(),
                self.statusBar(),
            ],
        )
        self._build_menus()
        self.sections.section_chosen.connect(self._filter_sections)
        self.articles.article_chosen.connect(self.open_article)
        self.browser_dock.visibilityChanged.connect(self._show_browser)
        self.editor.edited.connect(self._edited)
        self.preview.link_clicked.connect(self._link_clicked)
        self.tasks.error.connect(self._task_error)
        self.status_control.move_requested.connect(self._move_article)
        self.editor.metadata.media_saved.connect(lambda: self._update_preview())
        self.editor.metadata.notes_requested.connect(self.edit_notes)
        self.editor.no_dictionary.connect(
            lambda code: self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "No spelling dictionary for {language} here: spelling is not checked.",
                ).format(language=language_name(code)),
                8000,
            )
        )
        self.editor.paste.refused.connect(
            lambda message: QMessageBox.warning(
                self, translate("MainWindow", "Image Not Added"), message
            )
        )
        # Asked once the paste is over: the editor is still inside it when this fires.
        self.editor.paste.image_added.connect(
            lambda media_id, _markdown: QTimer.singleShot(0, lambda: self.describe_image(media_id))
        )

        self.recent.add(str(library.path))
        self._restore_layout()
        self.reload_articles()
        self._update_title()
        first = self.article_model.index(0, 0)
        if first.isValid():
            self.articles.setCurrentIndex(first)
            self.editor.body.setFocus()

    # -- made after the first frame -------------------------------------------------
    @property
    def checklist(self) -> ChecklistPanel:
        if self._checklist is None:
            self._make_panels()
        assert self._checklist is not None
        return self._checklist

    @property
    def history(self) -> HistoryPanel:
        if self._history is None:
            self._make_panels()
        assert self._history is not None
        return self._history

    @property
    def outline(self) -> OutlineView:
        if self._outline is None:
            self._make_panels()
        assert self._outline is not None
        return self._outline

    @property
    def related(self) -> RelatedPanel:
        if self._related is None:
            self._make_panels()
        assert self._related is not None
        return self._related

    @property
    def publishing(self) -> Publishing:
        """The Publish menu, the outbox worker and the sync states (publish_menu.py)."""
        if self._publishing is None:
            self._start_publishing()
        assert self._publishing is not None
        return self._publishing

    def _make_panels(self) -> None:
        """Put the checklist, history, outline and related links into their docks. The
        article's panels are filled by :meth:`_refresh_article_panels`."""
        from newsroom.gui.panels.checklist_panel import ChecklistPanel
        from newsroom.gui.panels.history_panel import HistoryPanel
        from newsroom.gui.panels.outline import OutlineView
        from newsroom.gui.panels.related_panel import RelatedPanel

        library = self.library
        checklist = self._checklist = ChecklistPanel()
        checklist.clear()
        if self.editor.loaded_id is not None:
            # a check follows (_refresh_article_panels)
            checklist.summary.setText(translate("MainWindow", "Checking…"))
        history = self._history = HistoryPanel(
            fetch=lambda rid: revisions.get_revision(library, rid)
        )
        history.set_read_only(library.read_only)
        outline = self._outline = OutlineView(self.editor.body)
        related = self._related = RelatedPanel(library)
        for dock, panel in zip(self.docks, (checklist, history, outline, related), strict=False):
            placeholder = dock.widget()
            dock.setWidget(panel)
            placeholder.deleteLater()
        related.changed.connect(self._related_changed)
        checklist.field_requested.connect(self._go_to_field)
        history.restore_requested.connect(self._restore_revision)

    def _start_publishing(self) -> None:
        """Make the publishing: the Publish menu's entries, the outbox worker (which
        then sends what waits), the sync-state button and the list's Sync column."""
        from newsroom.gui.publish.publish_menu import Publishing

        publishing = self._publishing = Publishing(self, secrets=self._secrets)
        layout = self._sync_slot.layout()
        assert layout is not None
        layout.addWidget(publishing.state_button)
        publishing.build_menu(self.publish_menu)
        publishing.article_shown(self.editor.loaded_id)
        if self._closed:  # asked for by a caller after the window closed
            publishing.shutdown()

    def _dock(
        self,
        name: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """A dock titled ``title``; ``name`` (English, in every language) names it for
        the saved layout."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")  # saveState() needs object names
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- menus -----------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(translate("MainWindow", "&File"))
        self.new_article_action = self._action(
            file,
            translate("MainWindow", "&New Article"),
            self.new_article,
            QKeySequence.StandardKey.New,
        )
        self.new_article_action.setEnabled(not self.library.read_only)
        file.addSeparator()
        self._action(
            file,
            translate("MainWindow", "New &Library…"),
            self._ask_new_library,
            QKeySequence("Ctrl+Shift+N"),
        )
        self._action(
            file,
            translate("MainWindow", "&Open Library…"),
            self._ask_open_library,
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = file.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file.addSeparator()
        self.import_action = self._action(
            file,
            translate("MainWindow", "&Import…"),
            self._ask_import,
            QKeySequence("Ctrl+Shift+I"),
        )
        self.import_action.setEnabled(not self.library.read_only)
        self.export_action = self._action(
            file, translate("MainWindow", "&Export…"), self._export, QKeySequence("Ctrl+E")
        )
        self.save_copy_action = self._action(
            file, translate("MainWindow", "Save a Copy &As…"), lambda _=False: self.save_copy()
        )
        self.save_copy_action.setStatusTip(
            translate(
                "MainWindow",
                "Write the open article, as it is in the editor, to a Markdown file elsewhere.",
            )
        )
        self.backup_action = self._action(
            file, translate("MainWindow", "&Back Up Library…"), self._back_up
        )
        file.addSeparator()
        self._action(
            file,
            translate("MainWindow", "&Close Window"),
            self.close,
            QKeySequence.StandardKey.Close,
        )
        self._action(
            file, translate("MainWindow", "&Quit"), self._quit, QKeySequence.StandardKey.Quit
        )
        edit = bar.addMenu(translate("MainWindow", "&Edit"))
        # The focused text field handles these keys itself (it accepts the shortcut
        # override); the menu entries forward to it when clicked.
        for text, method, key in (
            (translate("MainWindow", "&Undo"), "undo", QKeySequence.StandardKey.Undo),
            (translate("MainWindow", "&Redo"), "redo", QKeySequence.StandardKey.Redo),
            (None, None, None),
            (translate("MainWindow", "Cu&t"), "cut", QKeySequence.StandardKey.Cut),
            (translate("MainWindow", "&Copy"), "copy", QKeySequence.StandardKey.Copy),
            (translate("MainWindow", "&Paste"), "paste", QKeySequence.StandardKey.Paste),
            (
                translate("MainWindow", "Select &All"),
                "selectAll",
                QKeySequence.StandardKey.SelectAll,
            ),
        ):
            if text is None:
                edit.addSeparator()
                continue
            self._action(edit, text, lambda _=False, m=method: self._forward(m), key)
        edit.addSeparator()
        find_bar = self.editor.find_bar
        self._action(
            edit,
            translate("MainWindow", "&Find…"),
            find_bar.show_find,
            QKeySequence.StandardKey.Find,
        )
        self._action(
            edit,
            translate("MainWindow", "R&eplace…"),
            find_bar.show_replace,
            QKeySequence.StandardKey.Replace,
        )
        edit.addSeparator()
        typographic = QAction(
            translate("MainWindow", "T&ypographic Quotes and Dashes"), self, checkable=True
        )
        typographic.setChecked(self.settings.value("editor/typographic", False, bool))
        self.editor.body.set_typographic(typographic.isChecked())
        typographic.toggled.connect(self._set_typographic)
        edit.addAction(typographic)
        self.typographic_action = typographic
        edit.addSeparator()
        self.preferences_action = self._action(
            edit, translate("MainWindow", "Prefere&nces…"), self.show_preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(preferences_keys or [QKeySequence("Ctrl+,")])
        view = bar.addMenu(translate("MainWindow", "&View"))
        self.focus_action = QAction(translate("MainWindow", "&Focus Mode"), self, checkable=True)
        self.focus_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+F")])
        self.focus_action.triggered.connect(lambda _=False: self.focus_mode.toggle())
        self.focus_mode.toggled.connect(self.focus_action.setChecked)
        view.addAction(self.focus_action)
        preview_menu = view.addMenu(translate("MainWindow", "&Preview"))
        self.preview_panel.toolbar.fill_menu(preview_menu)
        preview_menu.addSeparator()
        self._action(
            preview_menu,
            translate("MainWindow", "&Import Site Theme…"),
            lambda _=False: self._change_theme(False),
        )
        self._action(
            preview_menu,
            translate("MainWindow", "Use the &Default Site Theme"),
            lambda _=False: self._change_theme(True),
        )
        view.addSeparator()
        self.sections_action = self._action(
            view, translate("MainWindow", "&Sections…"), lambda _=False: self._edit_sections()
        )
        self.media_action = self._action(
            view,
            translate("MainWindow", "&Media…"),
            lambda _=False: self.show_media_library(),
            QKeySequence("Ctrl+Shift+M"),
        )
        for dock in self.docks:
            view.addAction(dock.toggleViewAction())
        self.browser_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+L"))
        article_menu = bar.addMenu(translate("MainWindow", "&Article"))
        self.notes_action = self._action(
            article_menu,
            translate("MainWindow", "Corrections and &Updates…"),
            lambda _=False: self.edit_notes(),
        )
        self.notes_action.setStatusTip(
            translate("MainWindow", "The dated corrections and updates under the article.")
        )
        article_menu.aboutToShow.connect(
            lambda: self.notes_action.setEnabled(self.editor.loaded_id is not None)
        )
        #: Filled by the publishing (Publishing.build_menu); opened before that is
        #: made, the menu makes it.
        self.publish_menu = bar.addMenu(translate("MainWindow", "&Publish"))
        self.publish_menu.aboutToShow.connect(lambda: self.publishing)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(help_menu, translate("MainWindow", "&About Newsroom"), self._about)

    def _change_theme(self, reset: bool) -> None:
        from newsroom.gui.transfer.theme_import import ask_import_theme, reset_theme

        message = (reset_theme if reset else ask_import_theme)(self, self.library)
        if message:
            self.statusBar().showMessage(message, 5000)
            self._update_preview()

    def show_preferences(self) -> None:
        """Edit › Preferences: the interface's language, the site's locale."""
        from newsroom.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.library, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        if dialog.apply():  # the site's locale changed: the page's dates change
            self._update_preview()

    def _set_typographic(self, on: bool) -> None:
        self.editor.body.set_typographic(on)
        self.settings.setValue("editor/typographic", on)

    def _forward(self, method: str) -> None:
        """Run an Edit command on the focused text field."""
        target = self.focusWidget()
        if target is not None and hasattr(target, method):
            getattr(target, method)()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_requested.emit(p))
        if not paths:
            self.recent_menu.addAction(translate("MainWindow", "No recent libraries")).setEnabled(
                False
            )
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(translate("MainWindow", "Clear Menu")).triggered.connect(
                self.recent.clear
            )

    def _ask_open_library(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open Library"),
            str(self.library.path.parent),
            library_filter(),
        )
        if path:
            self.open_requested.emit(path)

    def _ask_new_library(self) -> None:
        untitled = translate("MainWindow", "Untitled") + LIBRARY_SUFFIX
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("MainWindow", "New Library"),
            str(self.library.path.parent / untitled),
            library_filter(),
        )
        if path:
            if not path.endswith(LIBRARY_SUFFIX):
                path += LIBRARY_SUFFIX
            self.new_library_requested.emit(path)

    def _export(self) -> None:
        """File › Export…: the open article, as the save dialog's filter says (HTML,
        Markdown, Word or ninjs), written off the GUI thread."""
        from newsroom.gui.transfer.export_dialog import (
            ExportJob,
            ExportRunner,
            ask_export_file,
            show_report,
        )

        article = self.editor.article()
        if article is None:
            return
        chosen = ask_export_file(self, self.settings, self.library.path.parent, article.slug)
        if chosen is None:
            return
        path, fmt = chosen
        self.session.save_now()  # what was just typed goes too
        article_id = self.editor.loaded_id
        if article_id is None:
            return
        if self.session.unsaved:  # the export writes what the library holds
            QMessageBox.warning(
                self,
                translate("MainWindow", "Export"),
                translate(
                    "MainWindow",
                    "Your latest changes are not in the library yet, so an export would "
                    "leave them out. Use File › Save a Copy As… to keep them now, or export "
                    "again once the article is saved.",
                ),
            )
            return
        job = ExportJob(article_id, article.headline, path)
        # The save dialog asked before replacing a file.
        runner = ExportRunner(self.library, [job], fmt, self.tasks, self, force=True)
        tell = self.statusBar().showMessage
        runner.finished.connect(lambda report: show_report(self, report, lambda t: tell(t, 10000)))
        runner.start()

    # -- import ----------------------------------------------------------------------
    def _ask_import(self) -> None:
        from newsroom.gui.transfer.import_dialog import FILTER

        folder = self.settings.value("import/folder", str(self.library.path.parent), str)
        paths, _ = QFileDialog.getOpenFileNames(
            self, translate("MainWindow", "Import"), folder, FILTER
        )
        if paths:
            self.settings.setValue("import/folder", str(Path(paths[0]).parent))
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` into the section shown (if one is), off the GUI thread,
        with progress; then list them and open the last article made. A read-only
        library or an import already running says so instead."""
        if not paths:
            return
        if self.library.read_only:
            QMessageBox.information(
                self,
                translate("MainWindow", "Import"),
                translate(
                    "MainWindow", "This library is open read-only: nothing can be imported into it."
                ),
            )
            return
        if self._import is not None:
            QMessageBox.information(
                self,
                translate("MainWindow", "Import"),
                translate(
                    "MainWindow", "An import is running; wait for it to finish, then try again."
                ),
            )
            return
        from newsroom.gui.transfer.import_dialog import ImportRunner

        self.session.save_now()
        section = self._section_filter[0] if self._section_filter else None
        self._import = ImportRunner(self.library, paths, self.tasks, self, section_id=section)
        self._import.finished.connect(self._imported)
        self._import.start()

    def _imported(self, report: ImportReport) -> None:
        self._import = None
        self.reload_articles()
        if report.article_ids:
            self.open_article(report.article_ids[-1])
        self.statusBar().showMessage(report.summary(), 10000)
        if report.failed:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("MainWindow", "Import"),
                report.summary(),
                parent=self,
            )
            box.setInformativeText("\n\n".join(report.failed[:5]))
            if len(report.failed) > 5:
                box.setDetailedText("\n\n".join(report.failed))
            box.open()
        self.imports_done.emit(report)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.library.read_only and _files_to_import(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        from newsroom.gui.transfer.import_dialog import importable_files

        paths = importable_files(event.mimeData())
        if paths and not self.library.read_only:
            event.acceptProposedAction()
            # After the drop: a modal dialog inside the drag's own event would hold it.
            QTimer.singleShot(0, lambda: self.import_files(paths))
        else:
            event.ignore()

    def _back_up(self) -> None:
        from newsroom.gui.transfer.backup_dialog import back_up_library

        back_up_library(self.library, self.tasks, self, self.session.save_now)

    def _about(self) -> None:
        from newsroom import __version__

        about = translate("MainWindow", "Write, preview and publish news articles.")
        html = f"<h3>Newsroom {__version__}</h3><p>{about}</p>"
        QMessageBox.about(self, translate("MainWindow", "About Newsroom"), html)

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()

    # -- articles --------------------------------------------------------------------
    def reload_articles(self) -> None:
        self.article_model.set_source(
            lambda offset, limit: self.library.articles(
                self._section_filter, limit=limit, offset=offset
            )
        )
        if self.editor.loaded_id is not None:
            self.articles.select_article(self.editor.loaded_id)
        if self.browser is not None and self.browser_dock.isVisible():
            self.browser.reload()

    def _show_browser(self, shown: bool) -> None:
        if not shown or self._closed:
            return
        if self.browser is None:
            from newsroom.gui.library.library_browser import LibraryBrowser

            self.browser = LibraryBrowser(self.library, self.settings)
            self.browser.article_chosen.connect(self.open_article)
            self.browser.articles_changed.connect(self.reload_articles)
            self.browser.articles_moved.connect(self.publishing.moved)
            self.browser_dock.setWidget(self.browser)
        else:
            self.browser.reload()

    def show_media_library(self) -> None:
        """View › Media…: the library's images, made when first shown."""
        if self.media_library is None:
            from newsroom.gui.library.media_library import MediaLibrary

            media = self.media_library = MediaLibrary(self.library, self.editor.body, self)
            media.before_change = self.session.save_now
            media.article_chosen.connect(self.open_article)
            media.image_replaced.connect(self._image_replaced)
            media.details_changed.connect(lambda _id: self._refresh_article_panels())
            media.details_changed.connect(lambda _id: self._update_preview())
            # A new crop or rotation keeps the image's address: the page loads it again.
            media.details_changed.connect(self._image_replaced)
        self.media_library.show()  # read again if the library changed since
        self.media_library.raise_()
        self.media_library.activateWindow()

    def _image_replaced(self, _media_id: int) -> None:
        """A replaced image keeps its address (newsroom://media/<uid>) and the page its
        HTML: a patch would change nothing, so the page is loaded again, images and all."""
        if self.preview.has_view and self.preview.html_source:
            self.preview.show_html(self.preview.html_source, self.preview.blocks)

    def _edit_sections(self) -> None:
        from newsroom.gui.library.section_editor import SectionEditor

        self.session.save_now()  # a delete or merge moves articles: the open one is stored first
        dialog = SectionEditor(self.library, self)
        dialog.sections_changed.connect(self._sections_changed)
        dialog.sections_changed.connect(self.publishing.wake)  # the sites follow
        dialog.exec()  # done() shuts its preview down before the dialog goes
        dialog.deleteLater()

    def _sections_changed(self) -> None:
        tree = self.library.section_tree()
        self.sections.set_tree(tree)
        self.editor.set_sections(tree)
        if self.editor.loaded_id is not None:
            # A delete or merge may have moved the open article to another section:
            # show where it is now, or the next autosave would put it back.
            stored = self.library.article(self.editor.loaded_id)
            combo = self.editor.section
            blocker = QSignalBlocker(combo)
            combo.setCurrentIndex(max(0, combo.findData(stored.section_id)))
            del blocker
        self._filter_sections(None)  # the old filter's sections may be gone
        self._update_preview()

    def _filter_sections(self, ids: list[int] | None) -> None:
        self._section_filter = ids
        self.reload_articles()

    def open_article(self, article_id: int) -> None:
        if article_id == self.editor.loaded_id:
            return
        self.session.record_revision()
        if self.session.unsaved and self.editor.loaded_id is not None:
            # The save failed (the bar above the editor says why): the text stays.
            self.articles.select_article(self.editor.loaded_id)
            return
        try:
            article = self.library.article(article_id)
        except NewsroomError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.editor.load(article)
        self.status_control.set_status(article.status)
        # The checklist parses the whole text: after the article is on screen, and
        # while the window starts, once it has (_finish_start).
        if self._starting:
            if self._checklist is not None:
                self._checklist.summary.setText(translate("MainWindow", "Checking…"))
        else:
            QTimer.singleShot(0, self, self._refresh_article_panels)
        self.articles.select_article(article_id)
        if self._publishing is not None:  # else it shows the open article once made
            self._publishing.article_shown(article_id)
        self._update_preview(article)
        self._update_title()

    def show_stored(self, article: Article) -> None:
        """Show the open article as the library now stores it (changed from outside the
        editor: a conflict resolved with the site's version), as one undoable edit."""
        if article.id != self.editor.loaded_id:
            return
        self.editor.restore(article)
        self.editor.saved(article)
        self.article_model.update_row(self.library.summary(article.id or 0))
        self._refresh_article_panels()
        self._update_preview(article)
        self._update_title()

    def library_changed(self) -> None:
        """Articles and sections changed from outside the window (a pull)."""
        self._sections_changed()
        shown = self.editor.article()
        if shown is not None and shown.id is not None:
            stored = self.library.article(shown.id)
            if stored.updated_at != shown.updated_at:
                self.show_stored(stored)

    def new_article(self) -> None:
        if self.library.read_only:
            return
        self.session.record_revision()
        if self.session.unsaved:
            return  # the save failed (the bar above the editor says why): the text stays
        section = self._section_filter[0] if self._section_filter else None
        article = self.library.create_article(
            Article(
                section_id=section,
                byline=self.settings.value("byline", "", str),
                timezone=self.library.default_timezone(),
            )
        )
        assert article.id is not None
        self.reload_articles()
        self.open_article(article.id)
        self.editor.headline.setFocus()

    def _edited(self) -> None:
        if self.session.failing:
            self.save_state.setText(translate("MainWindow", "Not saved"))
        else:
            self.save_state.setText(translate("MainWindow", "Editing…"))
        self.session.edited()
        if not self._preview_due:
            # After the key is shown: the editor paints the letter first, and the
            # preview's work is not added to the key's in one stall of the window.
            self._preview_due = True
            QTimer.singleShot(0, self, self._preview_after_key)

    def _not_saved(self, exc: BaseException) -> None:
        """A save failed: the bar above the editor says why; the session retries."""
        self.save_state.setText(translate("MainWindow", "Not saved"))
        self.save_banner.show_problem(why_not_saved(exc, self.library.path))

    def _saved_again(self) -> None:
        """A save went through after failing: the bar goes."""
        self.save_banner.clear()
        self.save_state.setText(translate("MainWindow", "Saved"))
        self.statusBar().showMessage(translate("MainWindow", "The article is saved again."), 8000)

    def save_copy(self) -> bool:
        """File › Save a Copy As…: the open article, as the editor holds it, to a
        Markdown file somewhere else (the library may not take it: a full disk). True
        once written."""
        from newsroom.gui.editor.save_copy import save_copy_as

        article = self.editor.article()
        if article is None:
            return False
        path = save_copy_as(self, self.library, article, self.settings)
        if path is None:
            return False
        self.statusBar().showMessage(
            translate("MainWindow", "A copy of the article was saved as {path}.").format(path=path),
            10000,
        )
        return True

    def _keeps_text(self) -> bool:
        """Before the window closes: True if the article is saved, or a copy of it was
        saved elsewhere, or the person said twice to close anyway."""
        if self.editor.loaded_id is None:
            return True
        self.session.save_now()
        if not self.session.unsaved:
            return True
        from newsroom.gui.editor.save_copy import ask_before_closing

        return ask_before_closing(
            self, self.editor.headline.text(), self.save_banner.why, self.save_copy
        )

    def _after_save(self, stored: Article) -> None:
        """Show what the library stored: the lists take its row."""
        if stored.byline:
            self.settings.setValue("byline", stored.byline)
        outside = self._section_filter is not None and stored.section_id not in self._section_filter
        if outside or self.article_model.row_of(stored.id or 0) < 0:
            self.reload_articles()
        else:
            self.article_model.update_row(self.library.summary(stored.id or 0))
            if self.browser is not None and self.browser_dock.isVisible():
                self.browser.reload()  # its headline, words and time
        if self._publishing is not None:
            self._publishing.article_shown(stored.id)
        self.save_state.setText(
            translate("MainWindow", "Saved {time}").format(
                time=f"{stored.updated_at.astimezone():%H:%M:%S}"
            )
        )
        self._update_title()

    # -- workflow, checklist, history -------------------------------------------------
    def _refresh_article_panels(self) -> None:
        if self._closed:
            return
        article = self.editor.article()
        self.status_control.set_status(article.status if article else None)
        if article is None or article.id is None:
            self.checklist.clear()
            self.history.set_revisions([])
            self.related.set_article(None)
            return
        self.session.check(article)
        self.history.set_revisions(revisions.list_revisions(self.library, article.id))
        self.related.set_article(article.id)

    def _checked(self, article: Article, findings: list[Finding]) -> None:
        """The checklist's findings for the open article."""
        self.checklist.set_findings(findings)
        self.checklist_updated.emit()

    def _revisions_changed(self, article_id: int) -> None:
        shown = article_id == self.editor.loaded_id  # else listed once it is shown
        if shown and not self._closed and self._history is not None:  # else once made
            self._history.set_revisions(revisions.list_revisions(self.library, article_id))

    def _related_changed(self) -> None:
        """The related links show in the page and count in the checklist."""
        self._update_preview()
        article = self.editor.article()
        if article is not None and article.id is not None:
            self.session.check(article)

    def _move_article(self, new: Status) -> None:
        article_id = self.editor.loaded_id
        if article_id is None or self.library.read_only:
            return
        self.session.save_now()
        if self.session.unsaved:
            return  # the save failed and said why
        from newsroom.core.publish import golive
        from newsroom.gui.publish.publish_menu import on_sites

        before = on_sites(self.library, [article_id])
        try:
            # Spiking or unpublishing takes it off the sites that have it (queued).
            stored = golive.set_status(self.library, article_id, new)
        except NewsroomError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Newsroom"), str(exc))
            self._refresh_article_panels()
            return
        self.session.taken(stored)
        self.article_model.update_row(self.library.summary(article_id))
        self._refresh_article_panels()
        self._update_preview()
        self.publishing.moved(before, {article_id: stored.headline})

    def article_confirmed(self) -> None:
        """A site confirmed an article is live and the library marked it published:
        show the open article's new status (the editor's text is left alone)."""
        article_id = self.editor.loaded_id
        if article_id is None or self._closed:
            return
        try:
            stored = self.library.article(article_id)
        except NewsroomError:
            return
        shown = self.editor.article()
        if shown is not None and shown.status is not stored.status:
            self.session.taken(stored)
            self.status_control.set_status(stored.status)
            self._refresh_article_panels()
        self.article_model.update_row(self.library.summary(article_id))
        if self.browser is not None and self.browser_dock.isVisible():
            self.browser.reload()

    def show_checklist(self) -> None:
        """Bring the checklist to the front, checked again, its first entry focused."""
        self.focus_mode.leave()
        dock = self.docks[0]
        dock.show()
        dock.raise_()
        article = self.editor.article()
        if article is not None and article.id is not None:
            self.session.check(article)
        self.checklist.list.setFocus()
        if self.checklist.list.count():
            self.checklist.list.setCurrentRow(0)

    def edit_notes(self) -> None:
        """Article › Corrections and Updates…: the open article's dated notes."""
        from newsroom.gui.editor.notes_dialog import NotesDialog

        article_id = self.editor.loaded_id
        if article_id is None:
            return
        self.session.save_now()
        if self.session.unsaved:
            return  # the save failed and said why
        dialog = NotesDialog(self.library, article_id, self)
        dialog.notes_changed.connect(self._notes_changed)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _notes_changed(self) -> None:
        """The page shows the notes; an article on a site is now changed since sync."""
        article_id = self.editor.loaded_id
        if article_id is None:
            return
        self.article_model.update_row(self.library.summary(article_id))
        self.editor.metadata.show_notes()
        if self._publishing is not None:
            self._publishing.article_shown(article_id)
        self._update_preview()

    def _restore_revision(self, revision_id: int) -> None:
        article_id = self.editor.loaded_id
        if article_id is None or self.library.read_only:
            return
        self.session.record_revision()  # keep the current text in the history first
        if self.session.unsaved:
            return
        try:
            restored = revisions.restore_revision(self.library, article_id, revision_id)
        except NewsroomError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Newsroom"), str(exc))
            return
        self.editor.restore(restored)  # an undoable edit, not a reload
        self.article_model.update_row(self.library.summary(article_id))
        self._refresh_article_panels()
        self._update_preview(restored)
        self._update_title()

    def describe_image(self, media_id: int) -> None:
        """Ask for the caption, credit and alt text of an image just added."""
        from newsroom.gui.editor.paste import ImageDetailsDialog

        dialog = ImageDetailsDialog(self.library.media_by_id(media_id), self)
        if dialog.exec():
            dialog.apply(self.library)
            if dialog.image_edited:
                self._image_replaced(media_id)
            self._update_preview()
            self._refresh_article_panels()

    def _go_to_field(self, field: str) -> None:
        self.editor.focus_field(field)

    # -- preview links ---------------------------------------------------------------
    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == SCHEME and url.host() == "article":
            slug = url.path().strip("/")
            try:
                target = self.library.article_by_slug(slug)
            except NewsroomError as exc:
                self.statusBar().showMessage(str(exc), 5000)
                return
            assert target.id is not None
            self.open_article(target.id)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _task_error(self, name: str, exc: object) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "{task} failed: {error}").format(task=name, error=exc), 8000
        )

    # -- window state ----------------------------------------------------------------
    def _update_title(self) -> None:
        loaded = self.editor.loaded_id is not None
        headline = (self.editor.headline.text() if loaded else "") or translate(
            "MainWindow", "Untitled"
        )
        if self.library.read_only:
            title = translate("MainWindow", "{headline} — {library} [read-only] — Newsroom")
        else:
            title = translate("MainWindow", "{headline} — {library} — Newsroom")
        self.setWindowTitle(title.format(headline=headline, library=self.library.path.name))

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    # -- start-up --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # The first frame is being drawn: the rest of start-up comes after it, so
            # that the article is on screen, and takes typing, first.
            QTimer.singleShot(0, self, self._start_preview)

    def _start_preview(self) -> None:
        """Start-up, once the window is on screen: the renderer and QtWebEngine; the
        rest once the first page has loaded (:meth:`_finish_start`)."""
        if self._closed:
            return
        from newsroom.gui.preview.live_preview import LivePreview
        from newsroom.gui.preview.scroll_sync import ScrollSync

        self.live_preview = LivePreview(self.library, self.preview, self.tasks, self)
        self.live_preview.set_edit_source(self.editor.body.edit_since)
        self.live_preview.theme_problem.connect(self.preview_panel.show_notice)
        self.scroll_sync = ScrollSync(self.editor.body, self.live_preview, self.preview, self)
        article = self.editor.article()
        if article is None:  # no page to load
            QTimer.singleShot(0, self, self._finish_start)
            return
        self.preview.page_loaded.connect(self._finish_start, Qt.ConnectionType.SingleShotConnection)
        self.live_preview.request(article)
        self.preview.view  # noqa: B018 (built now, while the page renders on a worker thread)

    def _start_rest(self) -> None:
        """Make what the first frame did not show: the docks' panels and the
        publishing (each may have been made already, if asked for sooner). Made once
        the preview has loaded: made while QtWebEngine starts, they would hold its
        page back by as long as they take."""
        if self._closed:
            return
        if self._checklist is None:
            self._make_panels()
        if self._publishing is None:
            self._start_publishing()

    def _finish_start(self) -> None:
        """The rest of the window, the spelling and the article's panels: start-up is
        over."""
        if self._closed or not self._starting:
            return
        self._starting = False
        self._start_rest()
        self.editor.resume_spelling()
        self._refresh_article_panels()

    def _preview_after_key(self) -> None:
        """The keys typed since the last preview, shown in it (one render for them all)."""
        self._preview_due = False
        self._update_preview()

    def _update_preview(self, article: Article | None = None) -> None:
        """Show ``article`` (by default the editor's) in the preview, once there is one:
        until then, the preview starts with the editor's article."""
        if self.live_preview is not None:
            self.live_preview.request(article or self.editor.article_for_preview())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closed:
            super().closeEvent(event)
            return
        if not self._keeps_text():
            event.ignore()
            return
        self._closed = True
        self.focus_mode.leave()  # save the normal layout, not the full-screen one
        self.session.close()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        if self.live_preview is not None:
            self.live_preview.stop()
        if self._publishing is not None:
            self._publishing.shutdown()  # its own connection goes before the library's
        self.session.shutdown()  # close() saved the article above
        self.tasks.wait(5000)
        self.preview.shutdown()
        if self.browser is not None:
            self.browser.shutdown()
        if self.media_library is not None:
            self.media_library.shutdown()
        if self._related is not None:
            self._related.shutdown()
        self.library.close()
        super().closeEvent(event)
