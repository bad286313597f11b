"""Preview panes for tests, and the page's state read from the app's script world."""

from __future__ import annotations

import json
from typing import Any

from newsroom.gui.preview.preview import PreviewPane


def make_pane(qtbot, panes: list[PreviewPane]) -> PreviewPane:  # type: ignore[no-untyped-def]
    """A preview pane shown at 800×600; the ``panes`` fixture shuts it down afterwards."""
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    panes.append(pane)
    return pane


def js(qtbot, pane: PreviewPane, code: str) -> Any:  # type: ignore[no-untyped-def]
    """Evaluate ``code`` in the app's script world (page script is off); JSON back."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    got: list[Any] = []
    pane.view.page().runJavaScript(
        f"JSON.stringify({code})", QWebEngineScript.ScriptWorldId.ApplicationWorld, got.append
    )
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return json.loads(got[0]) if got[0] else None  # undefined comes back as ""
