"""Publishing in the window: the Publish menu and everything it drives.

:class:`Publishing` is made once by the main window. It owns

- the Publish menu: Publish, Update and Unpublish of the open article (to the only
  target, or to one chosen from a submenu, the last one used first), Sync Now,
  Targets…, Sync Log… and Pull from Site…;
- the background :class:`~newsroom.gui.publish.outbox_worker.OutboxWorker`;
- the open article's :class:`~newsroom.gui.publish.sync_state_label.SyncStateButton` and the
  Sync column of the article list;
- the sync log, the conflict dialog and the password prompt after a 401.

Only what the desk approved goes out (:mod:`newsroom.core.publish.golive`): a publish
or an update of anything else is refused with the reasons, and one that may go is
shown first, as what will change on the site
(:class:`~newsroom.gui.publish.publish_preview.PublishPreviewDialog`), for the writer to
confirm. :func:`on_sites` and :func:`takedown_message` tell the window and the
library browser what spiking, unpublishing or trashing took off the sites.

The window tells it when an article is shown or saved (:meth:`article_shown`) and
shuts it down before the library closes (:meth:`shutdown`).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from newsroom.core.checklist import Finding, blocking, run_checklist
from newsroom.core.errors import NewsroomError
from newsroom.core.i18n import QT_TRANSLATE_NOOP, translate
from newsroom.core.library import Library
from newsroom.core.model import Status, utcnow
from newsroom.core.publish import changes, golive, outbox, states
from newsroom.core.publish.approval import NotApproved, refusal
from newsroom.core.publish.base import Action, Target
from newsroom.core.publish.secrets import Secrets, default_secrets
from newsroom.core.publish.sync import PublisherFactory, SyncSummary
from newsroom.core.publish.targets import list_targets, target_by_id
from newsroom.gui.publish.outbox_worker import POLL_MS, OutboxWorker
from newsroom.gui.publish.publish_preview import PublishPreviewDialog, local_time, show_refusal
from newsroom.gui.publish.sync_state_label import SyncStateButton

if TYPE_CHECKING:
    from newsroom.gui.main_window import MainWindow
    from newsroom.gui.publish.pull_dialog import PullRunner
    from newsroom.gui.publish.sync_log import SyncLogDialog
    from newsroom.gui.transfer.batch_runner import BatchRunner

LAST_TARGET_KEY = "publish/last_target"
SYNC_NOW_KEY = QKeySequence("Ctrl+Shift+S")

#: By action: the menu's entry, its submenu (with its accessible name), the entry
#: naming its target, its status tip, and the progress dialog's title.
_VERBS = {
    Action.PUBLISH: (
        QT_TRANSLATE_NOOP("Publishing", "&Publish"),
        QT_TRANSLATE_NOOP("Publishing", "&Publish To"),
        QT_TRANSLATE_NOOP("Publishing", "Publish To"),
        QT_TRANSLATE_NOOP("Publishing", "&Publish to {target}"),
        QT_TRANSLATE_NOOP("Publishing", "Publish the open article."),
        QT_TRANSLATE_NOOP("Publishing", "Publish"),
    ),
    Action.UPDATE: (
        QT_TRANSLATE_NOOP("Publishing", "&Update"),
        QT_TRANSLATE_NOOP("Publishing", "&Update To"),
        QT_TRANSLATE_NOOP("Publishing", "Update To"),
        QT_TRANSLATE_NOOP("Publishing", "&Update to {target}"),
        QT_TRANSLATE_NOOP("Publishing", "Update the open article."),
        QT_TRANSLATE_NOOP("Publishing", "Update"),
    ),
    Action.UNPUBLISH: (
        QT_TRANSLATE_NOOP("Publishing", "U&npublish"),
        QT_TRANSLATE_NOOP("Publishing", "U&npublish To"),
        QT_TRANSLATE_NOOP("Publishing", "Unpublish To"),
        QT_TRANSLATE_NOOP("Publishing", "U&npublish to {target}"),
        QT_TRANSLATE_NOOP("Publishing", "Unpublish the open article."),
        QT_TRANSLATE_NOOP("Publishing", "Unpublish"),
    ),
}
_QUEUED = {
    Action.PUBLISH: QT_TRANSLATE_NOOP(
        "Publishing", "“{headline}” is queued for publishing on {target}."
    ),
    Action.UPDATE: QT_TRANSLATE_NOOP(
        "Publishing", "“{headline}” is queued to be updated on {target}."
    ),
    Action.UNPUBLISH: QT_TRANSLATE_NOOP(
        "Publishing", "“{headline}” is queued to be taken off {target}."
    ),
}


def _and(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return translate("Publishing", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def on_sites(library: Library, article_ids: Iterable[int]) -> dict[int, list[str]]:
    """The targets (by name) that have each article, or a send of it waiting: asked
    before a move that may take it off them."""
    return {i: [t.name for t in golive.on_site(library, i)] for i in article_ids}


def takedown_message(
    library: Library, before: Mapping[int, Sequence[str]], headlines: Mapping[int, str]
) -> str:
    """After spiking, unpublishing or trashing the articles of ``before`` (from
    :func:`on_sites`): which sites they will be taken off, in a sentence ("" when
    none). A send not made yet is withdrawn instead, and said so."""
    taken: dict[str, list[int]] = {}
    withdrawn: dict[str, list[int]] = {}
    for article_id, names in before.items():
        going = {
            e.target_name
            for e in outbox.entries(library, article_id=article_id)
            if e.action is Action.UNPUBLISH
        }
        for name in names:
            (taken if name in going else withdrawn).setdefault(name, []).append(article_id)

    def sentence(found: dict[str, list[int]], taken_off: bool) -> str:
        if not found:
            return ""
        ids = sorted({i for group in found.values() for i in group})
        sites = _and(sorted(found))
        if len(ids) == 1:
            headline = headlines.get(ids[0]) or translate("Publishing", "Untitled")
            if taken_off:
                text = translate("Publishing", "“{headline}” will be taken off {sites}.")
            else:
                text = translate("Publishing", "“{headline}” will no longer be sent to {sites}.")
            return text.format(headline=headline, sites=sites)
        if taken_off:
            text = translate(
                "Publishing", "%n article(s) will be taken off {sites}.", None, len(ids)
            )
        else:
            text = translate(
                "Publishing", "%n article(s) will no longer be sent to {sites}.", None, len(ids)
            )
        return text.format(sites=sites)

    parts = [sentence(taken, True), sentence(withdrawn, False)]
    return " ".join(p for p in parts if p)


class Publishing(QObject):
    """The window's publishing; see the module's docstring."""

    def __init__(
        self,
        window: MainWindow,
        *,
        secrets: Secrets | None = None,
        make_factory: Callable[[Library], PublisherFactory] | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.secrets = secrets if secrets is not None else default_secrets()
        self.worker = OutboxWorker(
            self.library,
            window.tasks,
            secrets=self.secrets,
            make_factory=make_factory,
            poll_ms=poll_ms,
            parent=self,
        )
        self.state_button = SyncStateButton()
        self.log_dialog: SyncLogDialog | None = None
        self.pull_runner: PullRunner | None = None
        #: Making the web copies of the photos before a publish (:meth:`_prepare`).
        self.preparing: BatchRunner | None = None
        self._closed = False
        self._asking: set[int] = set()
        self._warned: set[str] = set()

        window.article_model.set_sync_source(
            lambda ids: states.sync_states(self.library, list(ids))
        )
        self.worker.states_changed.connect(self.refresh)
        self.worker.run_finished.connect(self._run_finished)
        self.worker.failed.connect(lambda text: self._say(text, 10000))
        self.worker.credentials_needed.connect(
            lambda target, message: QTimer.singleShot(
                0, self, lambda: self.ask_credentials(target, message)
            )
        )
        self.state_button.conflict_requested.connect(self.open_conflict)
        self.state_button.log_requested.connect(self.show_log)

    # -- the menu ----------------------------------------------------------------------
    def build_menu(self, menu: QMenu) -> None:
        """Fill the window's Publish menu (its entries follow the targets: they are
        made again each time it opens)."""
        self.menu = menu
        self.direct: dict[Action, QAction] = {}
        self.submenus: dict[Action, QMenu] = {}
        for action, (text, to, plain_to, *_) in _VERBS.items():
            direct = QAction(translate("Publishing", text), self)
            direct.triggered.connect(lambda _=False, a=action: self._direct(a))
            menu.addAction(direct)
            self.direct[action] = direct
            sub = menu.addMenu(translate("Publishing", to))
            sub.setAccessibleName(translate("Publishing", plain_to))
            self.submenus[action] = sub
        menu.addSeparator()
        self.sync_action = QAction(translate("Publishing", "&Sync Now"), self)
        self.sync_action.setShortcut(SYNC_NOW_KEY)
        self.sync_action.setStatusTip(translate("Publishing", "Send what waits in the outbox now."))
        self.sync_action.triggered.connect(self.sync_now)
        self.sync_action.setEnabled(self.worker.enabled)
        menu.addAction(self.sync_action)
        menu.addSeparator()
        self.targets_action = menu.addAction(translate("Publishing", "&Targets…"))
        self.targets_action.triggered.connect(self.edit_targets)
        self.log_action = menu.addAction(translate("Publishing", "Sync &Log…"))
        self.log_action.triggered.connect(self.show_log)
        self.pull_action = menu.addAction(translate("Publishing", "Pull &from Site…"))
        self.pull_action.triggered.connect(self.pull)
        menu.aboutToShow.connect(self.update_menu)
        self.update_menu()

    def ordered_targets(self) -> list[Target]:
        """The targets, the last one used first."""
        found = list_targets(self.library)
        last = str(self.window.settings.value(LAST_TARGET_KEY, "", str))
        return sorted(found, key=lambda t: t.name != last)

    def update_menu(self) -> None:
        found = self.ordered_targets()
        writable = not self.library.read_only
        has_article = self.window.editor.loaded_id is not None
        for action, (text, _to, _plain_to, text_to, tip, _title) in _VERBS.items():
            direct, sub = self.direct[action], self.submenus[action]
            sub.clear()
            if found:
                direct.setText(translate("Publishing", text_to).format(target=found[0].name))
                direct.setData(found[0].id)
                direct.setStatusTip(translate("Publishing", tip))
            else:
                direct.setText(translate("Publishing", text))
                direct.setData(None)
                direct.setStatusTip(
                    translate("Publishing", "Add a target first: Publish › Targets…")
                )
            direct.setEnabled(writable and has_article and bool(found))
            direct.setVisible(len(found) <= 1)
            sub.menuAction().setVisible(len(found) > 1)
            sub.setEnabled(writable and has_article)
            for position, target in enumerate(found):
                if position == 0 and target.paused:
                    label = translate("Publishing", "{target} (last used) (paused)")
                elif position == 0:
                    label = translate("Publishing", "{target} (last used)")
                elif target.paused:
                    label = translate("Publishing", "{target} (paused)")
                else:
                    label = "{target}"
                entry = sub.addAction(label.format(target=target.name))
                entry.setData(target.id)
                entry.triggered.connect(lambda _=False, a=action, t=target.id: self.send(a, t))
        self.pull_action.setEnabled(writable and any(t.kind.pull is not None for t in found))

    def _direct(self, action: Action) -> None:
        target_id = self.direct[action].data()
        if target_id is not None:
            self.send(action, int(target_id))

    # -- the article's actions -----------------------------------------------------------
    def send(
        self, action: Action, target_id: int, *, prepared: bool = False
    ) -> outbox.Entry | None:
        """Queue ``action`` for the open article on the target (saved first), then let
        the worker send it. A publish or an update is refused, with the reasons, when
        the desk has not approved the article; otherwise it shows what will change
        on the site and waits for the writer's word. Unpublishing something on the
        site asks first. Returns the outbox entry, None if nothing was queued.

        The web copies of the article's photos that are not made yet are made first,
        off the GUI thread with progress and Cancel (:meth:`_prepare`); then this
        runs again, ``prepared``, and returns None now."""
        window = self.window
        article_id = window.editor.loaded_id
        if article_id is None or self.library.read_only:
            return None
        window.session.save_now()
        if window.session.unsaved:
            return None  # the save failed and said why
        action = Action(action)
        held = None
        try:
            target = target_by_id(self.library, target_id)
            if action is Action.UNPUBLISH:
                if not self._confirm_unpublish(article_id, target):
                    return None
            else:
                if not prepared and self._prepare(action, target, article_id):
                    return None
                plan = changes.plan(self.library, article_id, target, action)
                if plan.refused is not None:
                    self.refused(plan.refused, target)
                    return None
                if not self._confirm(plan):
                    self._say(translate("Publishing", "Nothing was sent."))
                    return None
                held = plan.held_until
            item = golive.publish(self.library, article_id, target, action)
        except NotApproved as refused:  # it changed since the plan (another window)
            self.refused(refused, target)
            return None
        except NewsroomError as exc:
            QMessageBox.warning(window, translate("Publishing", "Publish"), str(exc))
            return None
        window.settings.setValue(LAST_TARGET_KEY, target.name)
        headline = self.library.article(article_id).headline or translate(
            "Publishing", "The article"
        )
        if item is None:
            self._say(
                translate(
                    "Publishing",
                    "“{headline}” was never published on {target}: nothing to take off.",
                ).format(headline=headline, target=target.name)
            )
        else:
            queued = translate("Publishing", _QUEUED[item.action])
            parts = [queued.format(headline=headline, target=target.name)]
            if held is not None and item.action is not Action.UNPUBLISH:
                parts.append(
                    translate("Publishing", "It stays in the outbox until {when}.").format(
                        when=local_time(held)
                    )
                )
            if target.paused:
                parts.append(
                    translate(
                        "Publishing",
                        "Publishing there is paused until you give its password again.",
                    )
                )
            self._say(" ".join(parts))
        self.refresh()
        self.worker.request()
        return item

    def _prepare(self, action: Action, target: Target, article_id: int) -> bool:
        """Start making the web copies of the article's photos for ``target`` that are
        not made yet, then :meth:`send` again; False if there are none to make."""
        from newsroom.core.publish.assemble import unprepared_media
        from newsroom.core.renditions import RenditionSpec, rendition
        from newsroom.gui.transfer.batch_runner import BatchRunner

        spec = RenditionSpec.from_settings(target.settings)
        missing = [(m.id, m.filename or translate("Publishing", "image")) for m in unprepared_media(
            self.library, article_id, spec
        )]  # fmt: skip
        if not missing:
            return False
        refused = refusal(self.library, article_id)
        if refused is not None:  # no photo is worth making for what may not go
            self.refused(refused, target)
            return True
        if self.preparing is not None:
            return True  # one at a time; the first one sends when it is done
        library = self.library
        runner = BatchRunner(
            self.window.tasks, self.window, total=len(missing),
            title=translate("Publishing", _VERBS[action][5]),
            doing=translate("Publishing", "Preparing the photos for {target}:").format(
                target=target.name
            ),
            stopping=translate("Publishing", "Stopping after this photo…"), show_after_ms=500,
        )  # fmt: skip

        def work(cancel: threading.Event, progress: Callable[[int, str], None]) -> bool:
            conn = library.sibling(read_only=False)
            try:
                for number, (media_id, name) in enumerate(missing):
                    if cancel.is_set():
                        return False
                    progress(number, name)
                    with contextlib.suppress(NewsroomError):  # the plan names it
                        rendition(conn, media_id, spec)
                return True
            finally:
                conn.close()

        def finished(ready: bool) -> None:
            self.preparing = None
            if self._closed:
                return
            if ready and not runner.cancel.is_set():  # Cancel during the last photo too
                self.send(action, target.id, prepared=True)
            else:
                self._say(translate("Publishing", "Nothing was sent."))

        runner.finished.connect(finished)
        self.preparing = runner
        # Work that could not run at all: the plan, made here, names what is wrong.
        runner.run(translate("Publishing", "prepare the photos"), work, lambda _exc: True)
        return True

    def _confirm(self, plan: changes.Plan) -> bool:
        """Show what will change on the site; True if the writer confirms."""
        dialog = PublishPreviewDialog(plan, self.window)
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    def _confirm_unpublish(self, article_id: int, target: Target) -> bool:
        """Ask before taking an article off a site that has it (nothing to ask when
        it never went there)."""
        if target.id not in {t.id for t in golive.on_site(self.library, article_id)}:
            return True
        headline = self.library.article(article_id).headline or translate("Publishing", "Untitled")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Publishing", "Unpublish"),
            translate("Publishing", "Take “{headline}” off {target}?").format(
                headline=headline, target=target.name
            ),
            parent=self.window,
        )
        box.setInformativeText(
            translate(
                "Publishing",
                "Readers will no longer find it there. It stays in the library, and you can "
                "publish it again later.",
            )
        )
        take = box.addButton(
            translate("Publishing", "&Unpublish"), QMessageBox.ButtonRole.AcceptRole
        )
        take.setAccessibleName(translate("Publishing", "Unpublish"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(take)
        box.exec()
        return box.clickedButton() is take

    def refused(self, refused: NotApproved, target: Target) -> None:
        """Say why the article may not go out; the checklist opens if asked for. A
        draft's checklist errors are named too: they stand between it and "ready"."""
        to_fix: list[Finding] = []
        article_id = self.window.editor.loaded_id
        if not refused.findings and article_id is not None:
            article = self.library.article(article_id)
            if article.status in (Status.DRAFT, Status.IN_REVIEW):
                to_fix = blocking(
                    run_checklist(self.library, article, now=utcnow(), target=Status.READY)
                )
        if show_refusal(self.window, refused, target.name, to_fix):
            self.window.show_checklist()

    def moved(self, before: Mapping[int, Sequence[str]], headlines: Mapping[int, str]) -> str:
        """After a move that may take articles off their sites (spike, unpublish,
        trash): say which in the status bar and let the worker send the take-downs.
        Returns what was said ("" if nothing)."""
        text = takedown_message(self.library, before, headlines)
        if text:
            self._say(text, 10000)
        self.wake()
        return text

    def wake(self) -> None:
        """Something was queued from elsewhere in the window: show it and send it."""
        self.refresh()
        self.worker.request()

    def sync_now(self) -> None:
        """Send what waits now; paused targets ask for their password first."""
        if not self.worker.enabled:
            return
        for target in list_targets(self.library):
            if target.paused:
                self.ask_credentials(target, "")
        self._say(translate("Publishing", "Sending what waits in the outbox…"))
        self.worker.request()

    # -- state -----------------------------------------------------------------------------
    def article_shown(self, article_id: int | None) -> None:
        """The window shows (or saved) ``article_id``: show its sync state."""
        if self._closed:
            return
        on_targets = states.article_sync(self.library, article_id) if article_id is not None else []
        self.state_button.set_states(article_id, on_targets)

    def refresh(self) -> None:
        """Read the sync states again: the open article's, the list's and the log."""
        if self._closed:
            return
        self.article_shown(self.window.editor.loaded_id)
        self.window.article_model.refresh_sync()
        if self.log_dialog is not None and self.log_dialog.isVisible():
            self.log_dialog.reload()

    def _run_finished(self, summary: SyncSummary) -> None:
        if summary.confirmed:
            self.window.article_confirmed()
        if summary.attempts == 0 and not summary.failures:
            return  # a quiet poll: nothing to say
        parts = []
        if summary.sent == 1:
            parts.append(translate("Publishing", "Sent 1 entry.", "one"))
        elif summary.sent:
            parts.append(translate("Publishing", "Sent %n entries.", "many", summary.sent))
        if summary.failures:
            parts.append(summary.failures[0])
            if len(summary.failures) > 1:
                parts.append(
                    translate(
                        "Publishing",
                        "(%n more in Publish › Sync Log…)",
                        None,
                        len(summary.failures) - 1,
                    )
                )
        # What a site could not take ("the site has no SEO fields") is said once a session.
        fresh = [w for w in summary.warnings if w not in self._warned]
        self._warned.update(fresh)
        parts.extend(fresh)
        if parts:
            self._say(" ".join(parts), 10000)

    def _say(self, text: str, msecs: int = 6000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    # -- dialogs ---------------------------------------------------------------------------
    def ask_credentials(self, target: Target, message: str) -> bool:
        """Ask once for a refused target's password; resume and sync if given."""
        from newsroom.gui.publish.targets_dialog import ask_credentials

        if self._closed or target.id in self._asking:
            return False
        self._asking.add(target.id)
        try:
            secret = ask_credentials(self.window, target, message=message, secrets=self.secrets)
        finally:
            self._asking.discard(target.id)
        if secret is None:
            self._say(
                translate(
                    "Publishing",
                    "Publishing to {target} is paused until you give its password "
                    "(Publish › Sync Now or Publish › Targets…).",
                ).format(target=target.name),
                10000,
            )
            return False
        del secret  # kept by the dialog; nothing here needs it
        outbox.resume(self.library, target.id)
        self.worker.resumed(target.id)
        self.refresh()
        return True

    def edit_targets(self) -> None:
        from newsroom.gui.publish.targets_dialog import TargetsDialog

        dialog = TargetsDialog(
            self.library, self.window, tasks=self.window.tasks, secrets=self.secrets
        )
        dialog.targets_changed.connect(self.refresh)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh()
        self.worker.request()  # a target resumed or added may have work waiting

    def show_log(self) -> None:
        from newsroom.gui.publish.sync_log import SyncLogDialog

        if self.log_dialog is None:
            self.log_dialog = SyncLogDialog(self.library, self.window)
            self.log_dialog.outbox_changed.connect(self._outbox_changed)
            self.log_dialog.conflict_requested.connect(self.open_conflict)
            self.log_dialog.article_requested.connect(self.window.open_article)
        self.log_dialog.reload()
        self.log_dialog.show()
        self.log_dialog.raise_()
        self.log_dialog.activateWindow()

    def _outbox_changed(self) -> None:
        self.refresh()
        self.worker.request()

    def open_conflict(self, article_id: int, target_id: int) -> None:
        """Compare the two versions of a conflict and carry out the journalist's choice."""
        from newsroom.gui.publish.conflict_dialog import Choice, ConflictDialog

        window = self.window
        if window.editor.loaded_id == article_id:
            window.session.save_now()  # the comparison and "take theirs" work on what is stored
            if window.session.unsaved:
                return
        try:
            target = target_by_id(self.library, target_id)
            dialog = ConflictDialog(self.library, article_id, target, window)
        except NewsroomError as exc:
            QMessageBox.information(window, translate("Publishing", "Conflict"), str(exc))
            self.refresh()
            return
        try:
            dialog.exec()
            choice = dialog.choice
        finally:
            dialog.deleteLater()
        if choice is Choice.KEEP_MINE:
            self._say(
                translate("Publishing", "Your version will replace the one on {target}.").format(
                    target=target.name
                )
            )
            self.worker.request()
        elif choice is Choice.TAKE_THEIRS:
            window.show_stored(self.library.article(article_id))
            window.article_model.update_row(self.library.summary(article_id))
            self._say(
                translate(
                    "Publishing",
                    "The version on {target} is now in Newsroom (Undo brings yours back).",
                ).format(target=target.name)
            )
        elif choice is Choice.EDIT:
            window.open_article(article_id)
            window.editor.body.setFocus()
            self._say(
                translate(
                    "Publishing",
                    "Merge the two versions by hand, then choose Publish › Update, or Keep Mine "
                    "in the conflict.",
                ),
                10000,
            )
        self.refresh()

    def pull(self) -> None:
        from newsroom.gui.publish.pull_dialog import PullRunner, choose_pull_target

        if self.pull_runner is not None and self.pull_runner.running:
            return
        last = str(self.window.settings.value(LAST_TARGET_KEY, "", str))
        target = choose_pull_target(self.library, self.window, last)
        if target is None:
            return
        self.window.session.save_now()
        runner = PullRunner(
            self.library,
            target,
            self.window.tasks,
            self.window,
            secrets=self.secrets,
            ask_password=lambda t, message: self.ask_credentials(t, message),
        )
        runner.finished.connect(self._pulled)
        self.pull_runner = runner
        runner.start()

    def _pulled(self, message: str, changed: bool) -> None:
        if self.pull_runner is not None:
            self.pull_runner.deleteLater()
            self.pull_runner = None
        if self._closed:
            return
        if changed:
            self.window.library_changed()
        self.refresh()
        QMessageBox.information(self.window, translate("Publishing", "Pull from Site"), message)

    # -- stopping ----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the worker (the entry being sent finishes) before the library closes."""
        if self._closed:
            return
        self._closed = True
        if self.pull_runner is not None:
            self.pull_runner.cancel.set()
        if self.preparing is not None:
            self.preparing.abandon()
        self.worker.shutdown()
        if self.log_dialog is not None:
            self.log_dialog.close()
