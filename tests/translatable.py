"""Finds user-visible texts in the code that do not go through ``translate()``.

Two kinds of place are read with :mod:`ast`:

- in the window and the command line, a text given to a Qt call that shows it
  (``setText``, ``QAction(...)``, ``QMessageBox.warning``, ``print`` to the person...);
- anywhere, the message of a raised Newsroom error (``raise Rejected("...")``),
  which the window and the command line show as it is.

A text counts when it is a string literal or an f-string with a letter in it; a call
of ``translate(...)``, a name or an attribute does not count (what it holds is checked
where it is made). ``python tests/translatable.py FILE...`` prints what it finds.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

#: Qt calls and constructors whose string arguments are shown to the person.
SHOWN = frozenset(
    {
        # widgets and actions made with their text
        "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
        "QMenu", "QToolButton", "QCommandLinkButton", "QProgressDialog", "QMessageBox",
        "QDialogButtonBox", "QTreeWidgetItem", "QListWidgetItem", "QStandardItem",
        "QTableWidgetItem", "QWizardPage", "QDockWidget", "QToolBar",
        # texts set on them
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
        "setPlaceholderText", "setAccessibleName", "setAccessibleDescription",
        "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
        "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
        "setSpecialValueText", "setPrefix", "setSuffix", "setTabText", "setTabToolTip",
        "setItemText", "setCancelButtonText", "setOkButtonText", "setSubTitle",
        "setFormat", "setNameFilter", "setNameFilters", "setDefaultSuffix",
        "addAction", "addMenu", "addItem", "addItems", "insertItem", "addTab", "insertTab",
        "addRow", "addButton", "addWidget",
        "showMessage", "setHtml", "setMarkdown",
        # dialogs
        "information", "warning", "critical", "question", "about",
        "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
        "getText", "getItem", "getInt", "getDouble", "getMultiLineText",
    }
)  # fmt: skip

#: Arguments by keyword that are never shown (names, keys, styles).
NOT_SHOWN_KEYWORDS = frozenset({"objectName", "object_name", "key", "userData", "data", "style"})


def _has_letter(text: str) -> bool:
    """Words a person reads: letters outside HTML tags (``<div>{x}</div>`` has none)."""
    return any(ch.isalpha() for ch in re.sub(r"<[^<>]*>", "", text))


def literal_text(node: ast.AST) -> str | None:
    """The text of a literal that a person would read, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letter(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return ast.unparse(node) if _has_letter(parts) else None
    if isinstance(node, ast.BinOp):  # "Saved " + name, "%s" % x
        return literal_text(node.left) or literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return literal_text(node.body) or literal_text(node.orelse)
    return None


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def shown_literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Literal texts given to Qt calls that show them."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node.func) not in SHOWN:
            continue
        args = [*node.args, *(k.value for k in node.keywords if k.arg not in NOT_SHOWN_KEYWORDS)]
        for arg in args:
            items = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
            for item in items:
                text = literal_text(item)
                if text is not None:
                    yield item.lineno, text


def printed_literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Literal texts printed to the person (the command line)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in {"print", "error", "exit"}:
            for arg in node.args:
                text = literal_text(arg)
                if text is not None:
                    yield arg.lineno, text


def raised_literals(tree: ast.AST, errors: frozenset[str]) -> Iterator[tuple[int, str]]:
    """Literal messages of raised errors whose class is in ``errors``."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        if _name(node.exc.func) not in errors:
            continue
        for arg in node.exc.args[:1]:
            text = literal_text(arg)
            if text is not None:
                yield arg.lineno, text


def newsroom_errors() -> frozenset[str]:
    """The names of every Newsroom error class, the messages of which people read."""
    import importlib
    import pkgutil

    import newsroom.core
    from newsroom.core.errors import NewsroomError

    for info in pkgutil.walk_packages(newsroom.core.__path__, "newsroom.core."):
        importlib.import_module(info.name)
    found: set[str] = set()
    todo: list[type] = [NewsroomError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return frozenset(found)


def main(paths: list[str]) -> int:
    errors = newsroom_errors()
    count = 0
    for path in paths:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        found = sorted({*shown_literals(tree), *raised_literals(tree, errors)})
        if "cli" in Path(path).name:
            found = sorted({*found, *printed_literals(tree)})
        for line, text in found:
            print(f"{path}:{line}: {text!r}")
            count += 1
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
