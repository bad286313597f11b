"""Publish › Pull from Site…: import a site's posts (with a WordPress site's categories
and tags), for every kind of target that can be pulled from (its descriptor's ``pull``).

The pull runs off the GUI thread, on a writable connection of its own, while a
progress dialog counts the posts read; Cancel stops it before the next post or the
next image it downloads (the posts already imported stay, linked to their posts, with
their images: a later pull carries on). A refused password asks for a new one once
and pulls again.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QWidget

from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.publish import clients, kinds, outbox
from newsroom.core.publish.base import AuthFailed, PublishError, Target
from newsroom.core.publish.clients import PullCancelled
from newsroom.core.publish.failures import explain
from newsroom.core.publish.secrets import SecretError, Secrets, default_secrets
from newsroom.core.publish.targets import list_targets
from newsroom.core.publish.wp_pull import PullSummary
from newsroom.gui.tasks import Operation, TaskManager


def run_pull(
    library: Library,
    target: Target,
    secrets: Secrets,
    cancel: threading.Event,
    progress: Callable[[int], None],
) -> PullSummary:
    """The pull itself, for a pool thread: its own connection, the secret read here.
    Cancel stops it before the next post or image with :class:`PullCancelled`."""
    conn = library.sibling(read_only=False)
    try:
        try:
            secret = secrets.get(target)
        except SecretError as exc:
            raise PublishError(str(exc)) from None
        if secret is None:
            raise AuthFailed(
                translate("PullRunner", "Newsroom has no password for “{name}”.").format(
                    name=target.name
                )
            )
        return clients.pull(
            target, secret=secret, library=conn, progress=progress, cancelled=cancel.is_set
        )
    finally:
        conn.close()


TITLE = QT_TRANSLATE_NOOP("PullRunner", "Pull from Site")
__all__ = ["PullCancelled", "PullRunner", "choose_pull_target", "run_pull"]


class _Relay(QObject):
    progress = Signal(int)


class PullRunner(QObject):
    """One pull of ``target`` with its progress dialog; :attr:`finished` gives the
    message shown at the end (and True if the library changed)."""

    finished = Signal(str, bool)

    def __init__(
        self,
        library: Library,
        target: Target,
        tasks: TaskManager,
        parent: QWidget,
        *,
        secrets: Secrets | None = None,
        ask_password: Callable[[Target, str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.target = target
        self.tasks = tasks
        self.secrets = secrets if secrets is not None else default_secrets()
        self.ask_password = ask_password
        self.cancel = threading.Event()
        self.running = False
        self._asked = False
        self.progress = QProgressDialog(
            translate("PullRunner", "Reading the posts of {target}…").format(target=target.name),
            translate("PullRunner", "Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(translate("PullRunner", TITLE))
        self.progress.setAccessibleName(translate("PullRunner", TITLE))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress)

    def start(self) -> None:
        self.running = True
        self.progress.show()
        self.cancel.clear()
        relay, library, target = self._relay, self.library, self.target
        secrets, cancel = self.secrets, self.cancel
        self.tasks.run(
            Operation(
                translate("PullRunner", "pull from {target}").format(target=target.name),
                lambda: run_pull(library, target, secrets, cancel, relay.progress.emit),
                self._done,
                self._failed,
            )
        )

    def _cancel(self) -> None:
        self.cancel.set()
        self.progress.setLabelText(translate("PullRunner", "Stopping after the post being read…"))
        self.progress.show()  # QProgressDialog hides itself on Cancel

    def _show_progress(self, count: int) -> None:
        if not self.cancel.is_set():
            self.progress.setLabelText(
                translate(
                    "PullRunner",
                    "Read %n post(s) of {target}…",
                    None,
                    count,  # alone on its line: scripts/translations.py counts columns in bytes
                ).format(target=self.target.name)
            )

    def _end(self, message: str, changed: bool) -> None:
        self.running = False
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        self.finished.emit(message, changed)

    def _done(self, summary: PullSummary) -> None:
        self._end(
            translate("PullRunner", "Pulled from {target}: {summary}").format(
                target=self.target.name, summary=summary.message()
            ),
            True,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PullCancelled):
            self._end(
                translate(
                    "PullRunner",
                    "The pull from {target} was stopped after %n post(s). What was read until "
                    "then is in the library; pull again to get the rest.",
                    None,
                    exc.posts_read,
                ).format(target=self.target.name),
                True,
            )
            return
        if isinstance(exc, AuthFailed) and not self._asked and self.ask_password is not None:
            self._asked = True
            self.progress.hide()
            if self.ask_password(self.target, str(exc)):
                self.progress.show()
                self.start()
                return
        if isinstance(exc, PublishError):
            message = translate("PullRunner", "The pull from {target} failed: {error}").format(
                target=self.target.name, error=exc
            )
        else:
            message = translate(
                "PullRunner",
                "The pull from {target} failed: {error} Nothing more was imported.",
            ).format(
                target=self.target.name,
                error=explain(exc, library_path=self.library.path, doing="pull"),
            )
            # The error's type and traceback, for a bug report: in the sync log, never here.
            with contextlib.suppress(Exception):
                outbox.record_problem(self.library, message, exc, target_id=self.target.id)
        self._end(message, False)


def choose_pull_target(
    library: Library, parent: QWidget | None, last: str | None = None
) -> Target | None:
    """The target to pull from: the only one that can be, or the one the journalist
    picks; None (and a word why) when there is none."""
    sites = [t for t in list_targets(library) if t.kind.pull is not None]
    if not sites:
        able = ""
        for kind in kinds.known():
            if kind.pull is None:
                continue
            label = translate("Kind", kind.label)
            able = (
                translate("PullRunner", "{kinds} or {kind}").format(kinds=able, kind=label)
                if able
                else label
            )
        QMessageBox.information(
            parent,
            translate("PullRunner", TITLE),
            translate(
                "PullRunner",
                "There is no site to pull from in this library ({kinds}). Add one with "
                "Publish › Targets…",
            ).format(kinds=able),
        )
        return None
    if len(sites) == 1:
        return sites[0]
    names = [t.name for t in sites]
    current = names.index(last) if last in names else 0
    name, ok = QInputDialog.getItem(
        parent,
        translate("PullRunner", TITLE),
        translate("PullRunner", "Pull the posts of:"),
        names,
        current,
        False,
    )
    return next((t for t in sites if t.name == name), None) if ok else None
