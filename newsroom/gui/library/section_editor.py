"""The Sections dialog: edit the two-level section tree of a library.

Every change goes through :mod:`newsroom.core.section_ops`, which refuses what
would break the tree; the tree shown is then read again from the library. Drag
and drop moves a section to another parent or another place among its siblings.

The sites follow: after a rename, move, merge (or a delete that moves articles), the
articles on a site under the sections concerned are queued to be updated there
(:func:`newsroom.core.publish.golive.sections_changed`), so their categories and
breadcrumbs change too; the dialog says how many.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsroom.core import section_ops
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.model import Section
from newsroom.core.publish import golive
from newsroom.core.render.section_page import render_section_page
from newsroom.core.sections import SectionTree
from newsroom.gui.preview.preview import PreviewLinks, PreviewPane

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a dragged section carries: its id, as text.
SECTION_MIME = "application/x-newsroom-section-id"
#: A new section's name until it is given one (``translate("SectionEditor", ...)``).
NEW_SECTION_NAME = QT_TRANSLATE_NOOP("SectionEditor", "New section")

Index = QModelIndex | QPersistentModelIndex


class SectionTreeModel(QStandardItemModel):
    """The library's sections as a tree. Renaming in place and dropping go straight
    to the library; a refusal is reported through :attr:`refused`, a success through
    :attr:`changed`, and leaves the model as the library now is."""

    changed = Signal()
    refused = Signal(str)
    #: The sections a rename or a move changed (their ids), for the sites to follow.
    touched = Signal(list)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.tree = SectionTree([])
        self.reload()

    def reload(self) -> None:
        """Read the tree from the library again."""
        self.tree = self.library.section_tree()
        self.clear()
        root = self.invisibleRootItem()
        for top in self.tree.roots():
            item = self._item(top)
            root.appendRow(item)
            for child in self.tree.children(top.id):
                item.appendRow(self._item(child))

    def _item(self, section: Section) -> QStandardItem:
        item = QStandardItem(section.name)
        item.setData(section.id, SECTION_ID_ROLE)
        item.setToolTip(self.tree.path_of(section.id))
        item.setEditable(not self.library.read_only)
        return item

    def index_of(self, section_id: int) -> QModelIndex:
        found = self.match(
            self.index(0, 0),
            SECTION_ID_ROLE,
            section_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()

    # -- renaming in place ---------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        section_id = index.data(SECTION_ID_ROLE)
        if role != Qt.ItemDataRole.EditRole or section_id is None:
            return super().setData(index, value, role)
        try:
            section = section_ops.rename_section(self.library, int(section_id), str(value))
        except NewsroomError as exc:
            self.refused.emit(str(exc))
            return False
        if section.name == index.data():
            return True
        done = super().setData(index, section.name, role)
        self.tree = self.library.section_tree()
        self.changed.emit()
        self.touched.emit([section.id])
        return done

    # -- drag and drop -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [SECTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [i.data(SECTION_ID_ROLE) for i in indexes if i.isValid()]
        if ids:
            data.setData(SECTION_MIME, QByteArray(str(ids[0]).encode("ascii")))
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        # Every drop is let through: an illegal one is refused with the reason.
        return data.hasFormat(SECTION_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged section to ``parent`` (invalid: the top level), before
        ``row`` (-1: dropped on the parent itself, so last). Returns False even when
        the move is made: the model is rebuilt from the library here, so the view
        must not remove the dragged row afterwards."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            section_id = int(bytes(data.data(SECTION_MIME).data()).decode("ascii"))
        except ValueError:
            return False
        parent_id = parent.data(SECTION_ID_ROLE) if parent.isValid() else None
        position = None if row < 0 else row
        current = self.tree.by_id.get(section_id)
        if current is not None and current.parent_id == parent_id and position is not None:
            siblings = [s.id for s in self.tree.sections if s.parent_id == parent_id]
            if siblings.index(section_id) < position:
                position -= 1  # the row counts the dragged section, which leaves its place
        self.move(section_id, parent_id, position)
        return False

    def move(self, section_id: int, parent_id: int | None, position: int | None) -> bool:
        """Move a section and read the tree again; False (and :attr:`refused`) if the
        library refused."""
        before = self.tree.by_id.get(section_id)
        try:
            after = section_ops.move_section(self.library, section_id, parent_id, position)
        except NewsroomError as exc:
            self.refused.emit(str(exc))
            return False
        self.reload()
        if after != before:
            self.changed.emit()
            if before is None or after.parent_id != before.parent_id:
                self.touched.emit([section_id])  # a new place in the tree, not a new order
        return True


class SectionPicker(QDialog):
    """Asks for a section, among ``choices``: a short question and a list."""

    def __init__(
        self,
        title: str,
        question: str,
        tree: SectionTree,
        choices: Sequence[Section],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setAccessibleName(translate("SectionPicker", "Section"))
        label.setBuddy(self.combo)
        for section in choices:
            indent = "    " if section.parent_id is not None else ""
            self.combo.addItem(indent + section.name, section.id)
            self.combo.setItemData(
                self.combo.count() - 1, tree.path_of(section.id), Qt.ItemDataRole.ToolTipRole
            )
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout.addWidget(buttons)

    def choose(self, section_id: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(section_id))

    def section_id(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None


class SectionEditor(QDialog):
    """The "Sections" dialog over ``library``. Emits :attr:`sections_changed` after
    every change it makes. Call :meth:`shutdown` (or close it) before deleting it."""

    sections_changed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(translate("SectionEditor", "Sections"))
        self.setAccessibleName(translate("SectionEditor", "Sections"))
        self.resize(900, 560)
        #: The picker shown by delete or merge, while it is open (tests answer it).
        self.picker: SectionPicker | None = None

        self.model = SectionTreeModel(library, self)
        self.model.refused.connect(self._refused)
        self.model.changed.connect(self._changed)
        self.model.touched.connect(lambda ids: self.follow(ids))
        self.view = self._make_view()

        self.preview = PreviewPane(self)
        self.preview.setAccessibleName(translate("SectionEditor", "Section page preview"))

        self.new_action = self._action(
            translate("SectionEditor", "&New Section"), self.new_section, "Ctrl+N"
        )
        self.new_sub_action = self._action(
            translate("SectionEditor", "New &Subsection"), self.new_subsection, "Ctrl+Shift+N"
        )
        self.rename_action = self._action(translate("SectionEditor", "&Rename"), self.rename, "F2")
        self.delete_action = self._action(
            translate("SectionEditor", "&Delete…"), self.delete, QKeySequence.StandardKey.Delete
        )
        self.merge_action = self._action(
            translate("SectionEditor", "&Merge Into…"), self.merge, "Ctrl+M"
        )

        buttons = QVBoxLayout()
        for action in (
            self.new_action,
            self.new_sub_action,
            self.rename_action,
            self.delete_action,
            self.merge_action,
        ):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("SectionEditor", "Close")
        )

        left = QWidget()
        left_layout = QHBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setAccessibleName(translate("SectionEditor", "Sections and preview"))
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        #: What the last change means for the sites (how many articles get updated).
        self.site_note = QLabel()
        self.site_note.setAccessibleName(translate("SectionEditor", "On the sites"))
        self.site_note.setWordWrap(True)
        self.site_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.site_note)
        layout.addWidget(close)

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        first = self.model.index(0, 0)
        if first.isValid():
            self.view.setCurrentIndex(first)
        self._update_actions()

    # -- building ----------------------------------------------------------------------
    def _make_view(self) -> QTreeView:
        view = QTreeView()
        view.setAccessibleName(translate("SectionEditor", "Section tree"))
        view.header().setAccessibleName(translate("SectionEditor", "Section tree header"))
        view.setHeaderHidden(True)
        view.setModel(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragEnabled(not self.library.read_only)
        view.setAcceptDrops(not self.library.read_only)
        view.setDropIndicatorShown(True)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        view.expandAll()
        return view

    def _action(
        self, text: str, slot: Callable[[], object], key: QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _button(action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.setToolTip(
            translate("SectionEditor", "{action} ({shortcut})").format(
                action=action.text().replace("&", ""),
                shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # -- state -------------------------------------------------------------------------
    def current_id(self) -> int | None:
        value = self.view.currentIndex().data(SECTION_ID_ROLE)
        return int(value) if value is not None else None

    def select(self, section_id: int) -> None:
        index = self.model.index_of(section_id)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _update_actions(self) -> None:
        writable = not self.library.read_only
        section = self.model.tree.by_id.get(self.current_id() or -1)
        self.new_action.setEnabled(writable)
        self.new_sub_action.setEnabled(writable and section is not None)
        for action in (self.rename_action, self.delete_action, self.merge_action):
            action.setEnabled(writable and section is not None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.show_preview()

    def show_preview(self) -> None:
        section_id = self.current_id()
        if section_id is None:
            return
        try:
            html = render_section_page(self.library, section_id, PreviewLinks())
        except NewsroomError as exc:
            self._refused(str(exc))
            return
        self.preview.show_html(html)

    def _changed(self) -> None:
        self.view.expandAll()
        self._update_actions()
        self.show_preview()
        self.sections_changed.emit()

    def _refused(self, message: str) -> None:
        # Later, not inside the drop or the editor's commit that reported it.
        QTimer.singleShot(0, lambda: self._warn(message))

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, translate("SectionEditor", "Sections"), message)

    def _run(self, operation: Callable[[], object], select: int | None = None) -> bool:
        """Run a change; reload, reselect and tell the world, or explain a refusal."""
        try:
            operation()
        except NewsroomError as exc:
            self._warn(str(exc))
            return False
        keep = select if select is not None else self.current_id()
        self.model.reload()
        self.view.expandAll()
        if keep is not None:
            self.select(keep)
        self._changed()
        return True

    # -- commands ----------------------------------------------------------------------
    def _free_name(self, parent_id: int | None) -> str:
        taken = {s.name.casefold() for s in self.model.tree.sections if s.parent_id == parent_id}
        base = translate("SectionEditor", NEW_SECTION_NAME)
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = translate("SectionEditor", "{name} {number}").format(name=base, number=n)
        return name

    def _create(self, parent_id: int | None) -> None:
        made: list[Section] = []

        def create() -> None:
            made.append(
                section_ops.create_section(self.library, self._free_name(parent_id), parent_id)
            )

        if self._run(create) and made:
            self.select(made[0].id)
            self.view.edit(self.view.currentIndex())  # name it at once

    def new_section(self) -> None:
        """A new top-level section, named in place."""
        self._create(None)

    def new_subsection(self) -> None:
        """A new subsection of the selected section (of its parent, for a subsection)."""
        section = self.model.tree.by_id.get(self.current_id() or -1)
        if section is not None:
            self._create(section.parent_id if section.parent_id is not None else section.id)

    def rename(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.edit(index)

    def delete(self) -> None:
        section_id = self.current_id()
        if section_id is None:
            return
        tree = self.model.tree
        section = tree.by_id[section_id]
        if tree.children(section_id):
            # The library's refusal says what to do.
            self._run(lambda: section_ops.delete_section(self.library, section_id))
            return
        count = section_ops.article_count(self.library, section_id)
        target: int | None = None
        if count:
            choices = [s for s, _depth in tree.walk() if s.id != section_id]
            if count == 1:
                question = translate(
                    "SectionEditor",
                    "“{name}” holds one article (counting any in the trash). "
                    "Move them to which section before deleting it?",
                    "one",
                )
            else:
                question = translate(
                    "SectionEditor",
                    "“{name}” holds {count} articles (counting any in the trash). "
                    "Move them to which section before deleting it?",
                    "many",
                )
            target = self._pick(
                translate("SectionEditor", "Delete Section"),
                question.format(name=section.name, count=count),
                choices,
            )
            if target is None:
                return
        else:
            answer = QMessageBox.question(
                self,
                translate("SectionEditor", "Delete Section"),
                translate(
                    "SectionEditor", "Delete the section “{name}”? It holds no articles."
                ).format(name=section.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        keep = target if target is not None else section.parent_id
        moved = self._on_sites([section_id]) if target is not None else 0
        sites = golive.category_sites(self.library, section_id)
        deleted = self._run(
            lambda: section_ops.delete_section(self.library, section_id, target), keep
        )
        if deleted and target is not None:
            self._merge_on_sites(section, target, sites)
            self.follow([target], merged=moved)
        elif deleted:
            golive.sections_merged(self.library, section_id, section_id, on_site=False)
        if keep is None and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def merge(self) -> None:
        section_id = self.current_id()
        if section_id is None:
            return
        tree = self.model.tree
        section = tree.by_id[section_id]
        choices = [
            s for s, _depth in tree.walk() if s.id != section_id and s.parent_id != section_id
        ]
        target = self._pick(
            translate("SectionEditor", "Merge Section"),
            translate(
                "SectionEditor",
                "Merge “{name}” into which section? Its articles and subsections "
                "go there, and “{name}” is deleted.",
            ).format(name=section.name),
            choices,
        )
        if target is not None:
            moved = self._on_sites([section_id])
            sites = golive.category_sites(self.library, section_id)
            if self._run(
                lambda: section_ops.merge_sections(self.library, section_id, target), target
            ):
                self._merge_on_sites(section, target, sites)
                self.follow([target], merged=moved)

    # -- the sites follow --------------------------------------------------------------
    def _merge_on_sites(self, source: Section, into_id: int, sites: Sequence[str]) -> None:
        """Offer to merge the source's category into the target's on the sites that
        have one; either way the library stops calling it the source's."""
        if not sites:
            return
        into = self.library.section_tree().path_of(into_id) or translate(
            "SectionEditor", "the other section"
        )
        names = ", ".join(sites)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SectionEditor", "Merge on the Site Too?"),
            translate(
                "SectionEditor",
                "The category “{name}” on {sites} can be merged into “{into}” as well.",
            ).format(name=source.name, sites=names, into=into),
            parent=self,
        )
        box.setInformativeText(
            translate(
                "SectionEditor",
                "At the next sync, every post in “{name}” there, the site's own "
                "included, moves into “{into}”, and “{name}” is deleted on the site. "
                "Or leave the site's categories as they are.",
            ).format(name=source.name, into=into)
        )
        merge = box.addButton(
            translate("SectionEditor", "&Merge on the Site"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            translate("SectionEditor", "&Leave the Site as It Is"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(merge)
        box.exec()
        on_site = box.clickedButton() is merge
        try:
            golive.sections_merged(self.library, source.id, into_id, on_site=on_site)
        except NewsroomError as exc:
            self._show_site_note(
                translate(
                    "SectionEditor", "The categories on the sites could not be merged: {error}"
                ).format(error=exc)
            )

    def _on_sites(self, section_ids: Sequence[int]) -> int:
        """How many articles under these sections (and their subsections) are on a site."""
        return len({a for a, _t in golive.on_sites_under(self.library, section_ids)})

    def follow(self, section_ids: Sequence[int], *, merged: int = 0) -> int:
        """Queue the update of the articles on a site under these sections; say how
        many (``merged``: how many of them came from a merged section, whose
        categories on the site change with the next sync). Returns how many."""
        try:
            count = self._on_sites(section_ids)
            problems = golive.sections_changed(self.library, section_ids)
        except NewsroomError as exc:
            self._show_site_note(
                translate(
                    "SectionEditor", "The articles on the sites could not be queued: {error}"
                ).format(error=exc)
            )
            return 0
        if not count and not merged:
            self._show_site_note("")
            return 0
        updated = count - len(problems)
        parts = []
        if updated == 1:
            parts.append(
                translate(
                    "SectionEditor",
                    "One article on a site will be updated there, in its new section.",
                    "one",
                )
            )
        elif updated:
            parts.append(
                translate(
                    "SectionEditor",
                    "{count} articles on a site will be updated there, in their new section.",
                    "many",
                ).format(count=updated)
            )
        if merged:
            parts.append(
                translate(
                    "SectionEditor",
                    "The site's categories follow the merge on the next sync (Publish › Sync Now).",
                )
            )
        if problems:
            parts.append(
                translate("SectionEditor", "{count} could not be updated: {problem}").format(
                    count=len(problems), problem=problems[0]
                )
            )
        self._show_site_note(" ".join(parts))
        self.sections_changed.emit()  # the window sends what was queued
        return updated

    def _show_site_note(self, text: str) -> None:
        self.site_note.setText(text)
        self.site_note.setVisible(bool(text))

    def _pick(self, title: str, question: str, choices: Sequence[Section]) -> int | None:
        if not choices:
            self._warn(translate("SectionEditor", "There is no other section to choose."))
            return None
        self.picker = SectionPicker(title, question, self.model.tree, choices, self)
        try:
            accepted = self.picker.exec() == QDialog.DialogCode.Accepted
            return self.picker.section_id() if accepted else None
        finally:
            self.picker.deleteLater()
            self.picker = None

    # -- closing -----------------------------------------------------------------------
    def shutdown(self) -> None:
        """Free the preview's page before its profile, as QtWebEngine requires."""
        self.preview.shutdown()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)
