"""Where one version of a text differs from the next, as an editor reports it.

A :class:`TextEdit` is what ``QTextDocument.contentsChange(position, removed, added)``
gives: at ``position``, ``removed`` characters of the old text became ``added``
characters of the new one. :func:`changed_range` finds it from the two texts alone,
and :meth:`TextEdit.then` folds several edits into one that covers them all.
"""

from __future__ import annotations

from dataclasses import dataclass

# The first comparison of the gallop; each one that matches doubles the next.
_FIRST_STEP = 256
# Below this, a difference is found character by character.
_SCAN = 32


@dataclass(frozen=True)
class TextEdit:
    """At ``position``, ``removed`` characters became ``added`` characters."""

    position: int
    removed: int
    added: int

    def fits(self, old_length: int, new_length: int) -> bool:
        """Whether the edit can turn a text of ``old_length`` into one of ``new_length``.

        Qt's ``contentsChange`` sometimes counts the document's last paragraph
        separator too (it reports one character more than the text holds): such an
        edit does not fit, and the caller should find the range itself."""
        return (
            self.position >= 0
            and self.removed >= 0
            and self.added >= 0
            and self.position + self.removed <= old_length
            and self.position + self.added <= new_length
            and old_length - self.removed + self.added == new_length
        )

    def then(self, later: TextEdit) -> TextEdit:
        """One edit of the original text that covers this edit and then ``later``
        (made to the text this edit gave)."""
        start = min(self.position, later.position)
        # The end of what changed, in the text between the two edits.
        end = max(self.position + self.added, later.position + later.removed)
        return TextEdit(
            start,
            end - self.added + self.removed - start,
            end - later.removed + later.added - start,
        )


def common_prefix_length(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start.

    Compares growing slices with ``str.startswith`` (a memory comparison in C), then
    halves the slice that differs: a few dozen calls however long the texts.
    """
    limit = min(len(a), len(b))
    low, step = 0, _FIRST_STEP
    while True:
        high = min(limit, low + step)
        if not b.startswith(a[low:high], low):
            break
        if high == limit:
            return limit
        low, step = high, step * 2
    while high - low > _SCAN:
        middle = (low + high) // 2
        if b.startswith(a[low:middle], low):
            low = middle
        else:
            high = middle
    while low < high and a[low] == b[low]:
        low += 1
    return low


def common_suffix_length(a: str, b: str, limit: int) -> int:
    """How many characters (at most ``limit``) ``a`` and ``b`` share at their end."""
    la, lb = len(a), len(b)
    low, step = 0, _FIRST_STEP
    while True:
        high = min(limit, low + step)
        if not b.endswith(a[la - high : la - low], 0, lb - low):
            break
        if high == limit:
            return limit
        low, step = high, step * 2
    while high - low > _SCAN:
        middle = (low + high) // 2
        if b.endswith(a[la - middle : la - low], 0, lb - low):
            low = middle
        else:
            high = middle
    while low < high and a[la - 1 - low] == b[lb - 1 - low]:
        low += 1
    return low


def changed_range(old: str, new: str) -> TextEdit:
    """The smallest single edit that turns ``old`` into ``new``."""
    prefix = common_prefix_length(old, new)
    suffix = common_suffix_length(old, new, min(len(old), len(new)) - prefix)
    return TextEdit(prefix, len(old) - prefix - suffix, len(new) - prefix - suffix)
