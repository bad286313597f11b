"""Publish › Targets…: where articles go, and the passwords to get them there.

The dialog lists the library's targets and edits one at a time. Passwords go to
the system keychain through :class:`~newsroom.core.publish.secrets.Secrets` and are
never shown back: the password field only ever holds what was just typed. When the
keychain is not safe (plain text, or none), the journalist may keep a password
for this session only. Check signs in to the target off the GUI thread.

Every target says how big, in what quality and format its images go (``settings``
``image_long_edge``, ``image_quality``, ``image_format``; see
:mod:`newsroom.core.renditions`). Below them come the settings of the target's kind, as
its descriptor lists them (:mod:`newsroom.core.publish.kinds`): for a WordPress site,
what a take-down does there (back to draft, or to the trash) and whether the site may
hold embargoed and scheduled posts until their time (off by default, so that an
embargoed story never leaves this computer before its time).

:func:`ask_credentials` is the small dialog the outbox shows when a target answered
401 and was paused.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.publish import kinds, outbox
from newsroom.core.publish import targets as target_ops
from newsroom.core.publish.base import Account, Target
from newsroom.core.publish.clients import make_publisher, needs_secret
from newsroom.core.publish.failures import explain
from newsroom.core.publish.kinds import Choice, Kind, Option
from newsroom.core.publish.kinds.kind import SecretText
from newsroom.core.publish.secrets import (
    SecretError,
    Secrets,
    WeakKeyringError,
    default_secrets,
)
from newsroom.core.renditions import MAX_LONG_EDGE, MIN_LONG_EDGE, RenditionSpec, check_spec
from newsroom.gui.tasks import Operation, TaskManager

TARGET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SESSION_ONLY = QT_TRANSLATE_NOOP("TargetsDialog", "Keep for This Session Only")
#: The formats of the images a site receives (``settings["image_format"]``).
IMAGE_FORMATS = (
    ("jpeg", QT_TRANSLATE_NOOP("TargetsDialog", "JPEG")),
    ("webp", QT_TRANSLATE_NOOP("TargetsDialog", "WebP")),
    ("original", QT_TRANSLATE_NOOP("TargetsDialog", "As the original (JPEG or WebP)")),
)
IMAGES_NOTE = QT_TRANSLATE_NOOP(
    "TargetsDialog",
    "Photos go scaled to this size, without the place they were taken and the camera's "
    "serial numbers; PNG and GIF images keep their format.",
)
WEAK_NOTE = QT_TRANSLATE_NOOP(
    "TargetsDialog",
    "This computer has no safe password store that Newsroom can use. A password "
    "typed here can be kept for this session only: until Newsroom closes.",
)


def kind_text(text: str) -> str:
    """A text of a kind's descriptor (a label, a hint, an option's words), marked for
    the catalogue where the kind is written, in the reader's language."""
    return translate("Kind", text) if text else ""


def secret_text(kind: Kind, which: SecretText) -> str:
    """What the dialogs say of ``kind``'s secret (a password, a key, a token), in the
    reader's language."""
    return translate("Kind", kind.secret_text(which))


def _password_field(parent: QWidget) -> QLineEdit:
    """The field for a secret; its accessible name is the kind's (a password, a key...)."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    # Nothing typed here may leave the field by the clipboard or by drag.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    return field


def store_secret(
    parent: QWidget, secrets: Secrets, target: Target, secret: str, *, session_only: bool
) -> bool | None:
    """Keep ``secret``: in the keychain, or for this session when asked or when the
    journalist accepts it after the keychain is found weak. True if kept in the
    keychain, False if for this session, None if not kept (the reason was shown)."""
    if session_only:
        secrets.store(target, secret, session_only=True)
        return False
    try:
        secrets.store(target, secret)
        return True
    except WeakKeyringError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            secret_text(target.kind, "name"),
            str(exc),
            parent=parent,
        )
        keep = box.addButton(
            translate("TargetsDialog", SESSION_ONLY), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not keep:
            return None
        secrets.store(target, secret, session_only=True)
        return False
    except SecretError as exc:
        QMessageBox.warning(parent, secret_text(target.kind, "name"), str(exc))
        return None


class TargetsDialog(QDialog):
    """The Targets dialog over ``library``. Emits :attr:`targets_changed` after every
    change it makes to the library."""

    targets_changed = Signal()

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        tasks: TaskManager | None = None,
        secrets: Secrets | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.secrets = secrets if secrets is not None else default_secrets()
        #: The app's task manager; without one the dialog runs its own, and waits for
        #: a check still running when it closes (its pool goes with it).
        self._own_tasks = tasks is None
        self.tasks = tasks if tasks is not None else TaskManager(self)
        self.setWindowTitle(translate("TargetsDialog", "Publishing Targets"))
        self.setAccessibleName(translate("TargetsDialog", "Publishing Targets"))
        self.resize(900, 580)  # room for the list beside the image and WordPress choices
        self._current: Target | None = None
        self._checking = False

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("TargetsDialog", "Targets"))
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.new_button = QPushButton(translate("TargetsDialog", "&New Target"), self)
        self.new_button.clicked.connect(self.new_target)
        self.remove_button = QPushButton(translate("TargetsDialog", "&Remove…"), self)
        self.remove_button.clicked.connect(self.remove_target)
        #: The list and its buttons, as wide whatever the form beside them shows (the
        #: options of some kinds are wide): about 40 characters, or the buttons' width.
        self.side = QWidget(self)
        left = QVBoxLayout(self.side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        self.side.setFixedWidth(
            max(self.fontMetrics().averageCharWidth() * 40, self.side.minimumSizeHint().width())
        )

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(translate("TargetsDialog", "Name"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(translate("TargetsDialog", "Kind"))
        for kind in kinds.known():
            self.kind_combo.addItem(kind_text(kind.label), kind.name)
        self.kind_combo.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(translate("TargetsDialog", "Address"))
        self.user_edit = QLineEdit(self)
        self.user_edit.setAccessibleName(translate("TargetsDialog", "User name"))
        self.password_edit = _password_field(self)
        #: Its text names the kind's secret (:meth:`_kind_changed`).
        self.session_box = QCheckBox(self)
        self.weak_note = QLabel(translate("TargetsDialog", WEAK_NOTE), self)
        self.weak_note.setWordWrap(True)
        #: The kinds' own settings by key (a combo box or a check box; the first kind's
        #: where two kinds have different settings of one name), and the warnings
        #: under the switches.
        self.options: dict[str, QComboBox | QCheckBox] = {}
        self.warnings: dict[str, QLabel] = {}
        #: A row per distinct option (kinds that share an option share its row): its
        #: control, and every widget of the row.
        self._option_rows: list[tuple[Option, QComboBox | QCheckBox, list[QWidget]]] = []
        self.image_size = QSpinBox(self)
        self.image_size.setRange(MIN_LONG_EDGE, MAX_LONG_EDGE)
        self.image_size.setSingleStep(256)
        self.image_size.setSuffix(translate("TargetsDialog", " px"))
        self.image_size.setAccessibleName(
            translate("TargetsDialog", "Image size, longer side in pixels")
        )
        self.image_size.setToolTip(
            translate(
                "TargetsDialog",
                "The longer side of the images the site receives. Smaller images are not enlarged.",
            )
        )
        self.image_quality = QSpinBox(self)
        self.image_quality.setRange(1, 100)
        self.image_quality.setAccessibleName(translate("TargetsDialog", "Image quality"))
        self.image_quality.setToolTip(
            translate(
                "TargetsDialog",
                "JPEG or WebP quality, 1 to 100: 85 is hard to tell from the original.",
            )
        )
        self.image_format = QComboBox(self)
        self.image_format.setAccessibleName(translate("TargetsDialog", "Image format"))
        for value, label in IMAGE_FORMATS:
            self.image_format.addItem(translate("TargetsDialog", label), value)
        self.images_note = QLabel(translate("TargetsDialog", IMAGES_NOTE), self)
        self.images_note.setAccessibleName(translate("TargetsDialog", "About the images"))
        self.images_note.setWordWrap(True)
        self.save_button = QPushButton(translate("TargetsDialog", "&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.check_button = QPushButton(translate("TargetsDialog", "C&heck"), self)
        self.check_button.setToolTip(
            translate("TargetsDialog", "Sign in to the target with these details")
        )
        self.check_button.clicked.connect(self.check)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(translate("TargetsDialog", "Status"))

        form = QFormLayout()
        form.addRow(translate("TargetsDialog", "&Name:"), self.name_edit)
        form.addRow(translate("TargetsDialog", "&Kind:"), self.kind_combo)
        form.addRow(translate("TargetsDialog", "&Address:"), self.url_edit)
        form.addRow(translate("TargetsDialog", "&User name:"), self.user_edit)
        form.addRow(translate("TargetsDialog", "&Password:"), self.password_edit)
        form.addRow("", self.session_box)
        form.addRow(translate("TargetsDialog", "&Image size:"), self.image_size)
        form.addRow(translate("TargetsDialog", "Image &quality:"), self.image_quality)
        form.addRow(translate("TargetsDialog", "Image &format:"), self.image_format)
        form.addRow("", self.images_note)
        self.form = form
        for kind in kinds.known():
            for option in kind.options:
                if all(option != row[0] for row in self._option_rows):
                    self._add_option(option)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.check_button)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.weak_note)
        right.addLayout(actions)
        right.addWidget(self.status_label)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(self.side)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        weak = self.secrets.keychain_is_weak
        self.session_box.setVisible(weak)
        self.session_box.setChecked(weak)
        self.weak_note.setVisible(weak)
        read_only = library.read_only
        for widget in (self.new_button, self.remove_button, self.save_button):
            widget.setEnabled(not read_only)
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_target()

    def done(self, result: int) -> None:
        if self._own_tasks:
            self.tasks.wait()
        super().done(result)

    # -- the list ------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the targets from the library again; select ``select_id`` if given."""
        self.list.blockSignals(True)
        self.list.clear()
        for target in target_ops.list_targets(self.library):
            if target.paused:
                label = translate("TargetsDialog", "{name} — {kind} (paused)")
            else:
                label = translate("TargetsDialog", "{name} — {kind}")
            label = label.format(name=target.name, kind=kind_text(target.kind.label))
            item = QListWidgetItem(label, self.list)
            item.setData(TARGET_ID_ROLE, target.id)
            if target.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if select_id is not None:
            self._show_selected()

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(TARGET_ID_ROLE))

    def _show_selected(self) -> None:
        target_id = self._selected_id()
        if target_id is None:
            return
        self._show(target_ops.target_by_id(self.library, target_id))

    def _show(self, target: Target | None) -> None:
        self._current = target
        self.name_edit.setText(target.name if target else "")
        self.kind_combo.setCurrentIndex(
            max(0, self.kind_combo.findData(target.kind.name if target else None))
        )
        self.kind_combo.setEnabled(target is None)  # a target's kind stays
        self.url_edit.setText(target.url if target else "")
        self.user_edit.setText((target.username or "") if target else "")
        self.password_edit.clear()
        settings = target.settings if target else {}
        for option, widget, _ in self._option_rows:
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(settings.get(option.key))))
            else:
                widget.setChecked(settings.get(option.key) is True)
        spec = RenditionSpec.from_settings(settings)
        self.image_size.setValue(spec.long_edge)
        self.image_quality.setValue(spec.quality)
        self.image_format.setCurrentIndex(max(0, self.image_format.findData(spec.format)))
        self.status_label.clear()
        if target is not None and target.paused:
            self.status_label.setText(secret_text(target.kind, "paused"))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self._kind()
        self.url_edit.setPlaceholderText(kind_text(kind.url_hint))
        label = self.form.labelForField(self.password_edit)
        if isinstance(label, QLabel):
            label.setText(kind_text(kind.password_label))
        self.password_edit.setAccessibleName(secret_text(kind, "name"))
        self.session_box.setText(secret_text(kind, "session_only"))
        for option, _, widgets in self._option_rows:
            for widget in widgets:
                self.form.setRowVisible(widget, option in kind.options)
        no_user = kind.user == "none"
        no_password = kind.secret == "never"
        self.user_edit.setEnabled(not no_user)
        self.password_edit.setEnabled(not no_password)
        if no_user:
            self.user_edit.clear()
        if self._current is None:
            hint = kind_text(kind.password_hint)
        elif self.secrets.is_session_only(self._current):
            hint = secret_text(kind, "session_hint")
        elif self.secrets.keychain_is_weak:
            hint = secret_text(kind, "none_kept_hint")
        else:
            hint = secret_text(kind, "stored_hint")
        self.password_edit.setPlaceholderText("" if no_password else hint)

    def _kind(self) -> Kind:
        return kinds.named(str(self.kind_combo.currentData()))

    def _add_option(self, option: Option) -> None:
        """A row of the form for one of a kind's settings (shown for that kind only)."""
        widgets: list[QWidget] = []
        if isinstance(option, Choice):
            combo = QComboBox(self)
            for value, label in option.choices:
                combo.addItem(kind_text(label), value)
            label_widget = QLabel(kind_text(option.label), self)
            label_widget.setBuddy(combo)
            self.form.addRow(label_widget, combo)
            widget: QComboBox | QCheckBox = combo
            widgets.append(combo)
        else:
            box = QCheckBox(kind_text(option.text), self)
            self.form.addRow("", box)
            widget = box
            widgets.append(box)
            if option.warning:
                warning = QLabel(kind_text(option.warning), self)
                warning.setAccessibleName(kind_text(option.warning_name or option.accessible_name))
                warning.setWordWrap(True)
                self.form.addRow("", warning)
                self.warnings.setdefault(option.key, warning)
                widgets.append(warning)
                # The warning stands out while the switch is on.
                box.toggled.connect(lambda on, w=warning: _embolden(w, on))
        widget.setAccessibleName(kind_text(option.accessible_name))
        widget.setToolTip(kind_text(option.tooltip))
        self.options.setdefault(option.key, widget)
        self._option_rows.append((option, widget, widgets))

    def _settings(self, kind: Kind) -> dict[str, object]:
        """The target's settings with the form's choices (kept as they were for a
        kind that has none)."""
        settings = dict(self._current.settings) if self._current else {}
        spec = check_spec(
            self.image_size.value(), self.image_quality.value(), self.image_format.currentData()
        )
        if spec != RenditionSpec.from_settings(settings):  # only what was changed is kept
            settings.update(spec.settings())
        for option, widget, _ in self._option_rows:
            if option not in kind.options:
                continue
            if isinstance(widget, QComboBox):
                settings[option.key] = str(widget.currentData())
            else:
                settings[option.key] = widget.isChecked()
        return settings

    # -- editing -------------------------------------------------------------------------
    def new_target(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._show(None)
        self.name_edit.setFocus()

    def _draft(self) -> Target:
        """The target as the form says, checked (raises :class:`TargetError`)."""
        kind = self._current.kind if self._current else self._kind()
        return Target(
            id=self._current.id if self._current else 0,
            name=target_ops.check_name(self.name_edit.text()),
            kind=kind,
            url=target_ops.check_url(kind, self.url_edit.text()),
            username=target_ops.check_user(kind, self.user_edit.text()),
            settings=self._settings(kind),
            paused=self._current.paused if self._current else False,
        )

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def save(self) -> bool:
        """Store the form: the target in the library, a typed password in the keychain
        (or for this session). True when everything was kept."""
        try:
            draft = self._draft()
        except NewsroomError as exc:
            self._say(str(exc))
            return False
        secret = self.password_edit.text()
        old = self._current
        shared = ""
        if needs_secret(draft) and not secret:
            if old is None:
                if not self._known_secret(draft):
                    self._say(
                        secret_text(draft.kind, "type_it").format(
                            help=kind_text(draft.kind.password_help)
                        )
                    )
                    return False
                # Another library publishes to this site as this user: one secret.
                shared = secret_text(draft.kind, "shared").format(user=draft.username)
            elif not self._carry_secret(old, draft):
                return False
        where: bool | None = None
        if secret and needs_secret(draft):
            # The secret first: if it cannot be kept, the library is not changed.
            where = store_secret(
                self, self.secrets, draft, secret, session_only=self.session_box.isChecked()
            )
            if where is None:
                return False
        try:
            if old is None:
                saved = target_ops.add_target(
                    self.library, draft.name, draft.kind, draft.url, draft.username,
                    settings=draft.settings,
                )  # fmt: skip
            else:
                saved = target_ops.update_target(
                    self.library, old.id, name=draft.name, url=draft.url,
                    username=draft.username, settings=draft.settings,
                )  # fmt: skip
                if where is not None and saved.paused:
                    # Paused after a 401: this is the new password it waited for.
                    from newsroom.core.publish.outbox import resume

                    resume(self.library, saved.id)
        except NewsroomError as exc:
            self._say(str(exc))
            return False
        self.password_edit.clear()
        self.targets_changed.emit()
        self.reload(select_id=saved.id)
        kept = {
            None: "",
            True: secret_text(draft.kind, "in_keychain"),
            False: secret_text(draft.kind, "for_session"),
        }[where]
        said = translate("TargetsDialog", "Saved “{name}”.").format(name=saved.name)
        self._say(" ".join(part for part in (said, kept, shared) if part))
        return True

    def _known_secret(self, target: Target) -> bool:
        try:
            return self.secrets.get(target) is not None
        except SecretError:
            return False

    def _carry_secret(self, old: Target, new: Target) -> bool:
        """A new address or user name without a new password: take the stored one along
        (it is kept by site and user). False, with the reason shown, if there is none."""
        if (old.url, old.username) == (new.url, new.username):
            return True
        try:
            secret = self.secrets.get(old)
        except SecretError as exc:
            self._say(str(exc))
            return False
        if secret is None:
            self._say(secret_text(new.kind, "changed"))
            return False
        session_only = self.secrets.is_session_only(old)
        return store_secret(self, self.secrets, new, secret, session_only=session_only) is not None

    def remove_target(self) -> None:
        target_id = self._selected_id()
        if target_id is None:
            return
        target = target_ops.target_by_id(self.library, target_id)
        pending = target_ops.pending_count(self.library, target_id)
        text = translate("TargetsDialog", "Remove the target “{name}”?").format(name=target.name)
        if pending == 1:
            text += " " + translate(
                "TargetsDialog",
                "It still has 1 entry in the outbox, which will not be sent.",
                "one",
            )
        elif pending:
            text += " " + translate(
                "TargetsDialog",
                "It still has %n entries in the outbox, which will not be sent.",
                "many",
                pending,
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("TargetsDialog", "Remove Target"),
            text,
            parent=self,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        forget = QCheckBox(secret_text(target.kind, "forget"))
        if needs_secret(target):
            box.setCheckBox(forget)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            target_ops.remove_target(self.library, target_id)
            if forget.isChecked():
                self.secrets.delete(target)
        except NewsroomError as exc:
            self._say(str(exc))
            return
        self.targets_changed.emit()
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_target()
        self._say(translate("TargetsDialog", "Removed “{name}”.").format(name=target.name))

    # -- checking ------------------------------------------------------------------------
    def check(self) -> None:
        """Sign in with what the form says (the typed password, or the stored one),
        off the GUI thread; the outcome appears under the form."""
        if self._checking:
            return
        try:
            draft = self._draft()
        except NewsroomError as exc:
            self._say(str(exc))
            return
        typed = self.password_edit.text() or None
        stored_as = self._current
        missing = secret_text(draft.kind, "missing").format(name=draft.name)
        secrets, path_library = self.secrets, self.library

        def work() -> Account:
            secret = typed
            if secret is None and needs_secret(draft) and stored_as is not None:
                secret = secrets.get(stored_as)  # the keychain may be slow: not here
            if secret is None and needs_secret(draft):
                raise SecretError(missing)
            with path_library.sibling(read_only=True) as library:
                publisher = make_publisher(draft, secret=secret, library=library)
                try:
                    return publisher.check()
                finally:
                    publisher.close()

        self._checking = True
        self.check_button.setEnabled(False)
        self._say(translate("TargetsDialog", "Checking “{name}”…").format(name=draft.name))
        self.tasks.run(
            Operation(
                translate("TargetsDialog", "check a target"),
                work,
                self._checked,
                self._check_failed,
            )
        )

    def _checked(self, account: Account) -> None:
        if not shiboken6.isValid(self):
            return
        self._check_over()
        said = account.detail or translate("TargetsDialog", "Signed in as {name}.").format(
            name=account.name
        )
        if account.can_publish:
            self._say(translate("TargetsDialog", "It works. {detail}").format(detail=said))
        else:
            self._say(
                translate(
                    "TargetsDialog", "Signed in, but {name} may not publish there. {detail}"
                ).format(name=account.name, detail=said)
            )

    def _check_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._check_over()
        if isinstance(exc, NewsroomError):
            self._say(translate("TargetsDialog", "The check failed: {error}").format(error=exc))
        elif isinstance(exc, ImportError):
            self._say(
                translate(
                    "TargetsDialog",
                    "This version of Newsroom cannot publish to this kind of target yet.",
                )
            )
        else:
            message = translate("TargetsDialog", "The check failed: {error}").format(
                error=explain(exc, library_path=self.library.path, doing="check")
            )
            self._say(message)
            # The error's type and traceback, for a bug report: in the sync log, never here.
            with contextlib.suppress(Exception):
                outbox.record_problem(self.library, message, exc)

    def _check_over(self) -> None:
        self._checking = False
        self.check_button.setEnabled(True)

    @property
    def checking(self) -> bool:
        return self._checking


class CredentialsDialog(QDialog):
    """Asks for a paused target's password again (the site answered 401)."""

    def __init__(
        self, target: Target, secrets: Secrets, message: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.secrets = secrets
        self.secret: str | None = None
        self.setWindowTitle(secret_text(target.kind, "ask_title").format(name=target.name))
        if target.username:
            who = translate("CredentialsDialog", "{user} at {address}").format(
                user=target.username, address=target.url
            )
        else:
            who = target.url
        paragraphs = [secret_text(target.kind, "ask_refused").format(name=target.name)]
        if message:
            paragraphs.append(message)
        paragraphs.append(
            secret_text(target.kind, "ask_type").format(
                who=who, help=kind_text(target.kind.password_help)
            )
        )
        self.label = label = QLabel("\n\n".join(paragraphs), self)
        label.setWordWrap(True)
        self.password_edit = _password_field(self)
        self.password_edit.setAccessibleName(secret_text(target.kind, "name"))
        self.session_box = QCheckBox(secret_text(target.kind, "ask_session_only"), self)
        weak = secrets.keychain_is_weak
        self.session_box.setVisible(weak)
        self.session_box.setChecked(weak or secrets.is_session_only(target))
        self.note = QLabel(translate("TargetsDialog", WEAK_NOTE), self)
        self.note.setWordWrap(True)
        self.note.setVisible(weak)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.session_box)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        secret = self.password_edit.text()
        if not secret:
            self.password_edit.setFocus()
            return
        kept = store_secret(
            self, self.secrets, self.target, secret, session_only=self.session_box.isChecked()
        )
        if kept is None:
            return
        self.secret = secret
        self.password_edit.clear()
        super().accept()


def ask_credentials(
    parent: QWidget | None,
    target: Target,
    *,
    message: str = "",
    secrets: Secrets | None = None,
) -> str | None:
    """Ask for ``target``'s password after a 401 and keep it (keychain, or this session
    if the journalist chooses so). The new secret, or None if they cancelled. The
    caller resumes the target (:func:`newsroom.core.publish.outbox.resume`)."""
    dialog = CredentialsDialog(
        target, secrets if secrets is not None else default_secrets(), message, parent
    )
    try:
        dialog.exec()
        return dialog.secret
    finally:
        dialog.deleteLater()


def _embolden(label: QLabel, on: bool) -> None:
    font = label.font()
    font.setBold(on)
    label.setFont(font)
