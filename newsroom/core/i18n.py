"""What Newsroom says, in the reader's language.

Every message a person reads, in the window, a dialog or the command line, is
written in English in the code and marked with :func:`translate`::

    translate("MainWindow", "&Save")
    translate("Outbox", "“{headline}” is waiting for the network.").format(headline=h)
    translate("LibraryBrowser", "%n article(s)", None, count)

It is the call Qt's ``lupdate`` finds (``scripts/translations.py update``), so the
messages of the core and of the window share one catalogue per language,
``resources/i18n/newsroom_<language>.ts``. The placeholders are ``str.format``'s,
named, and a translation keeps them; ``%n`` is the count of a message with plural
forms; its English is written ``%n article(s)``, the plural a regular one of a noun.

The core does not load catalogues: it asks the translator it was given. The window
gives it Qt's (:func:`newsroom.gui.language.install`), the command line a catalogue
it loads itself (:func:`newsroom.language.install_for_cli`). Until then, as in the
tests of the core, every message stays in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: ``(context, text, disambiguation, n)`` to the translation, ``%n`` filled in;
#: Qt's ``QCoreApplication.translate`` has this signature.
Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None
_count: Callable[[int], str] | None = None
#: An English plural written "%n article(s)" reads right without a catalogue too (the
#: core's tests, a catalogue not built): English catalogue forms come first.
_ENGLISH_PLURAL = re.compile(r"\(s\)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the reader's language; ``context`` groups it for the translators
    (the class or the screen it is shown on), and ``disambiguation`` tells apart two
    meanings of one English text. With ``n`` >= 0, ``text`` has plural forms and
    ``%n`` is replaced by ``n``."""
    if _translator is not None:
        text = _translator(context, text, disambiguation, n)
    elif n >= 0:
        text = text.replace("%n", str(n))
    return _ENGLISH_PLURAL.sub("s" if n != 1 else "", text) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """``text`` unchanged, marked for the catalogue: for a table written at import, whose
    texts are translated when shown, with ``translate(context, text)``."""
    return text


def count(number: int) -> str:
    """A count as the reader's language writes it: ``1,234`` in English, ``1 234`` in
    French, ``1.234`` in German."""
    return _count(number) if _count is not None else f"{number:,}"


def use(translator: Translator | None, counts: Callable[[int], str] | None = None) -> None:
    """Translate every message from now on with ``translator``, and write counts with
    ``counts`` (None, None: English)."""
    global _translator, _count
    _translator = translator
    _count = counts
