"""The catalogues: every message of the code is in them, translated, with its
placeholders, and they build into what the app loads.

Qt's own lupdate and lrelease (from PySide6) run here on the real sources; the
catalogue the app loads is built into a temporary folder and asked for real messages.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import translatable  # noqa: E402


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _script()
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")
MNEMONIC = re.compile(r"&(?!&)(\w)")


def messages(path: Path) -> list[tuple[str, str, str, ET.Element]]:
    """(context, source, disambiguation, message) of every message in a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (name, message.findtext("source") or "", message.findtext("comment") or "", message)
            )
    return found


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [
        (context, source)
        for context, source, _, message in messages(path)
        if (message.find("translation") is not None)
        and (
            message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            or not all(t.strip() for t in texts(message))
        )
    ]


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    path = translations.ts_file(language)
    assert len(messages(path)) > 500
    assert unfinished(path) == []


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_placeholders_counts_and_access_keys(language: str) -> None:
    wrong = []
    for context, source, _, message in messages(translations.ts_file(language)):
        forms = texts(message)
        if message.get("numerus") == "yes" and "%n" in source and "%n" not in forms[-1]:
            wrong.append((context, source, forms[-1], "%n"))  # a singular may leave it out
        for text in forms:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((context, source, text, "placeholders"))
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
                wrong.append((context, source, text, "access key"))
    assert wrong == []


def test_the_catalogues_hold_every_message_of_the_code(tmp_path: Path) -> None:
    """Gathering the code's messages again adds nothing untranslated: a message added
    to the code without its translations fails here."""
    for language in translations.LANGUAGES:
        shutil.copy(translations.ts_file(language), tmp_path)
    translations.update(folder=tmp_path)
    for language in translations.LANGUAGES:
        assert unfinished(translations.ts_file(language, tmp_path)) == [], language


def test_the_catalogues_build_and_translate(tmp_path: Path) -> None:
    from newsroom.language import load

    made = translations.release(into=tmp_path)
    assert sorted(p.name for p in made) == [f"newsroom_{code}.qm" for code in ("de", "fr")]
    french, german = load("fr", tmp_path), load("de", tmp_path)
    assert french is not None and german is not None
    assert french.translate("MainWindow", "&File") == "&Fichier"
    assert german.translate("MainWindow", "&File") == "&Datei"
    assert load("en", tmp_path) is None  # English is the code's own


def test_every_shown_text_in_the_code_goes_through_translate() -> None:
    errors = translatable.newsroom_errors()
    found = []
    for path in sorted((ROOT / "newsroom").rglob("*.py")):
        tree = translatable.ast.parse(path.read_text(encoding="utf-8"))
        hits = {*translatable.raised_literals(tree, errors)}
        if "gui" in path.parts or path.name.startswith("cli"):
            hits |= {*translatable.shown_literals(tree)}
        if path.name.startswith("cli"):
            hits |= {*translatable.printed_literals(tree)}
        found += [f"{path.relative_to(ROOT)}:{line}: {text}" for line, text in sorted(hits)]
    assert found == []


def test_the_finder_sees_untranslated_texts() -> None:
    """The check above can fail: each kind of place it reads is found when written bare."""
    source = (
        "a = QAction('&Save', self)\n"
        "b.setToolTip(f'Open {name}')\n"
        "QMessageBox.warning(self, translate('X', 'Title'), 'Bare text')\n"
        "raise Rejected('The site said no.')\n"
        "print('Done.', file=sys.stderr)\n"
        "c.setText(translate('X', 'Fine'))\n"
        "d.setObjectName('not shown')\n"
    )
    tree = translatable.ast.parse(source)
    shown = [text for _, text in translatable.shown_literals(tree)]
    assert shown == ["&Save", "f'Open {name}'", "Bare text"]
    assert [t for _, t in translatable.raised_literals(tree, frozenset({"Rejected"}))] == [
        "The site said no."
    ]
    assert [t for _, t in translatable.printed_literals(tree)] == ["Done."]


def code_messages() -> tuple[set[tuple[str, str, str, bool]], list[str]]:
    """Every message the code asks for with ``translate`` or marks with
    ``QT_TRANSLATE_NOOP``: (context, source, disambiguation, plural); and the calls
    that the catalogue cannot hold (a context that is not written in the call)."""
    found: set[tuple[str, str, str, bool]] = set()
    wrong: list[str] = []
    for path in sorted((ROOT / "newsroom").rglob("*.py")):
        tree = translatable.ast.parse(path.read_text(encoding="utf-8"))
        for node in translatable.ast.walk(tree):
            if not isinstance(node, translatable.ast.Call):
                continue
            name = translatable._name(node.func)
            if name not in {"translate", "QT_TRANSLATE_NOOP"} or not isinstance(
                node.func, translatable.ast.Name
            ):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            args = node.args
            literal = [
                isinstance(a, translatable.ast.Constant) and isinstance(a.value, str)
                for a in args[:2]
            ]
            if node.keywords or len(args) < 2 or not literal[0]:
                wrong.append(where)
                continue
            if not literal[1]:
                continue  # a text marked where it is written, translated when shown
            disambiguation = args[2].value if len(args) > 2 else None  # type: ignore[attr-defined]
            found.add((args[0].value, args[1].value, disambiguation or "", len(args) > 3))  # type: ignore[attr-defined]
    return found, wrong


def test_the_catalogue_holds_each_message_the_code_asks_for() -> None:
    """What lupdate reads is what the code asks for: none is skipped, and a message
    with a count has plural forms."""
    asked, wrong = code_messages()
    assert wrong == []
    held = {
        (context, source, disambiguation, message.get("numerus") == "yes")
        for context, source, disambiguation, message in messages(translations.ts_file("fr"))
    }
    assert sorted(asked - held) == []
