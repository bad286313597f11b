"""Finding and merging the ranges where one version of a text differs from the next."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsroom.core.text_edit import TextEdit, changed_range

TEXT = st.text(alphabet="ab\n—", max_size=40)


def apply(text: str, edit: TextEdit, added: str) -> str:
    return text[: edit.position] + added + text[edit.position + edit.removed :]


@given(prefix=TEXT, old=TEXT, new=TEXT, suffix=TEXT)
def test_the_range_is_the_smallest_that_turns_one_text_into_the_other(
    prefix: str, old: str, new: str, suffix: str
) -> None:
    before, after = prefix + old + suffix, prefix + new + suffix
    edit = changed_range(before, after)
    assert edit.fits(len(before), len(after))
    assert apply(before, edit, after[edit.position : edit.position + edit.added]) == after
    # Nothing shared is left inside the range.
    if edit.removed and edit.added:
        assert before[edit.position] != after[edit.position]
        last = edit.position + edit.removed - 1
        assert before[last] != after[edit.position + edit.added - 1]
    assert edit.removed <= len(old) and edit.added <= len(new)


def test_long_texts_are_compared_in_a_few_slices() -> None:
    text = "word " * 200_000
    for at in (0, 1, 255, 256, 99_999, 500_000, len(text) - 1, len(text)):
        changed = text[:at] + "x" + text[at:]
        assert changed_range(text, changed) == TextEdit(at, 0, 1)
    assert changed_range(text, text) == TextEdit(len(text), 0, 0)
    assert changed_range("", "abc") == TextEdit(0, 0, 3)


@given(text=TEXT, data=st.data())
def test_two_edits_fold_into_one_that_covers_both(text: str, data: st.DataObject) -> None:
    def an_edit(of: str) -> tuple[TextEdit, str]:
        start = data.draw(st.integers(0, len(of)))
        removed = data.draw(st.integers(0, len(of) - start))
        added = data.draw(TEXT)
        return TextEdit(start, removed, len(added)), added

    first, first_added = an_edit(text)
    middle = apply(text, first, first_added)
    second, second_added = an_edit(middle)
    final = apply(middle, second, second_added)
    both = first.then(second)
    assert both.fits(len(text), len(final))
    assert apply(text, both, final[both.position : both.position + both.added]) == final


def test_an_edit_that_counts_the_last_paragraph_separator_does_not_fit() -> None:
    # Qt reports the whole document, and one character more, when it is replaced.
    assert not TextEdit(0, 11, 11).fits(10, 10)
    assert TextEdit(0, 10, 10).fits(10, 10)
    assert not TextEdit(3, 1, 0).fits(10, 10)
