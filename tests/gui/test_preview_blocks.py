"""Block patches: a keystroke replaces only its block in the live page, and the page
is then the page a fresh load of the same HTML shows."""

from __future__ import annotations

import random

from test_preview_patch import js, load, make_pane, plain_text, regions

from newsroom.core.render import Link, Page, RenderedBody
from newsroom.core.render.incremental import IncrementalRenderer
from newsroom.core.render.theme import render_page
from newsroom.gui.preview.preview import BLOCK_MARK, PreviewPane, marked_blocks

MARK = f"<!--{BLOCK_MARK}-->"


def page(blocks: list[str], contents: tuple[Link, ...] = ()) -> str:
    site = Link("Desk", "newsroom://home/")
    return render_page(
        Page(
            site=site,
            headline="Floods close the Rhine",
            body=RenderedBody(marked_blocks(blocks), contents),
            breadcrumb=(site, Link("Floods close the Rhine")),
        )
    )


def splice(qtbot, pane: PreviewPane, renderer: IncrementalRenderer, text: str) -> bool:
    result = renderer.render(text)
    contents = page([], result.body.contents)
    with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
        pane.patch_blocks(page(result.blocks, result.body.contents), result.blocks, contents)
    return bool(blocker.args[0])


def tag_blocks(qtbot, pane: PreviewPane) -> int:
    """Give every element of the body a script property (not an attribute, which
    would change the node): it survives only on a node the patch left in place."""
    return int(
        js(
            qtbot,
            pane,
            "(function(){var c=document.querySelector('.article-body').children;"
            "for (var i=0;i<c.length;i++) c[i].kept=true; return c.length;})()",
        )
    )


def untagged(qtbot, pane: PreviewPane) -> list[str]:
    return list(
        js(
            qtbot,
            pane,
            "Array.from(document.querySelector('.article-body').children)"
            ".filter(e => !e.kept).map(e => e.textContent)",
        )
    )


def paragraphs(count: int) -> list[str]:
    blocks = ["Barges waited at the lock."]
    for n in range(count):
        if n % 7 == 3:
            blocks.append(f"## Part {n}")
        elif n % 7 == 5:
            blocks.append(f"- item {n}\n- item {n} again")
        else:
            blocks.append(f"Paragraph {n} about *ships* and [rain][r].")
    blocks.append("[r]: https://example.org/rain")
    return blocks


def tagged_page(qtbot, panes) -> tuple[PreviewPane, IncrementalRenderer, list[str], int]:
    """A pane showing 30 paragraphs' page, each body element tagged (see tag_blocks):
    the pane, its renderer, the paragraphs and how many elements the body has."""
    pane = make_pane(qtbot, panes)
    renderer = IncrementalRenderer(dateline="Basel")
    parts = paragraphs(30)
    first = renderer.render("\n\n".join(parts))
    load(qtbot, pane, page(first.blocks, first.body.contents))
    pane.blocks = first.blocks  # as LivePreview tells show_html
    return pane, renderer, parts, tag_blocks(qtbot, pane)


def test_a_key_typed_in_a_paragraph_changes_its_text_and_no_element(qtbot, panes) -> None:
    """The block keeps its nodes: only its text changes, as little as a page can."""
    pane, renderer, parts, elements = tagged_page(qtbot, panes)
    parts[9] = parts[9].replace("ships", "shipsx")
    assert splice(qtbot, pane, renderer, "\n\n".join(parts))
    assert untagged(qtbot, pane) == []
    texts = js(qtbot, pane, "Array.from(document.querySelector('.article-body').children)"
               ".map(e => e.textContent)")  # fmt: skip
    assert "Paragraph 8 about shipsx and rain." in texts
    assert js(qtbot, pane, "document.querySelector('.article-body').children.length") == elements


def test_a_block_that_changes_shape_is_replaced_and_the_others_left(qtbot, panes) -> None:
    pane, renderer, parts, elements = tagged_page(qtbot, panes)
    parts[9] = parts[9].replace("ships", "*ships*")  # an <em> more: another shape
    assert splice(qtbot, pane, renderer, "\n\n".join(parts))
    assert untagged(qtbot, pane) == ["Paragraph 8 about ships and rain."]
    assert js(qtbot, pane, "document.querySelector('.article-body').children.length") == elements


def test_random_edits_give_the_page_a_fresh_load_gives(qtbot, panes) -> None:
    patched, fresh = make_pane(qtbot, panes), make_pane(qtbot, panes)
    rng = random.Random(4)
    renderer = IncrementalRenderer(dateline="Basel")
    parts = paragraphs(20)
    first = renderer.render("\n\n".join(parts))
    patched.show_html(page(first.blocks, first.body.contents), first.blocks)
    qtbot.waitSignal(patched.page_loaded, timeout=20000).wait()
    for step in range(25):
        where = rng.randrange(len(parts) - 1)  # the reference definition stays last
        kind = rng.choice(["type", "insert", "delete", "heading", "join"])
        if kind == "type":
            parts[where] += rng.choice(["x", " word", "*", "`"])
        elif kind == "insert":
            parts.insert(where, f"New paragraph {step}.")
        elif kind == "delete" and len(parts) > 3:
            del parts[where]
        elif kind == "heading":
            parts.insert(where, f"## Heading {step}")
        elif kind == "join" and where + 2 < len(parts):
            parts[where : where + 2] = [parts[where] + "\n" + parts[where + 1]]
        assert splice(qtbot, patched, renderer, "\n\n".join(parts)), step
    load(qtbot, fresh, patched.html)
    assert regions(qtbot, patched) == regions(qtbot, fresh)
    assert plain_text(qtbot, patched) == plain_text(qtbot, fresh)
    assert regions(qtbot, patched)["body"].count(MARK) == len(patched.blocks or []) + 1


def test_the_contents_follow_a_new_heading(qtbot, panes) -> None:
    pane = make_pane(qtbot, panes)
    renderer = IncrementalRenderer()
    parts = paragraphs(20)
    first = renderer.render("\n\n".join(parts))
    pane.show_html(page(first.blocks, first.body.contents), first.blocks)
    qtbot.waitSignal(pane.page_loaded, timeout=20000).wait()
    assert "Aftermath" not in regions(qtbot, pane)["contents"]
    parts.insert(8, "## Aftermath")
    assert splice(qtbot, pane, renderer, "\n\n".join(parts))
    contents = regions(qtbot, pane)["contents"]
    assert 'href="#aftermath"' in contents and "Part 17" in contents
    # one heading left: the page has no Contents any more, so it is loaded afresh
    parts = [part for part in parts if not part.startswith("## ")] + ["## Alone"]
    with qtbot.waitSignal(pane.page_loaded, timeout=20000):
        assert not splice(qtbot, pane, renderer, "\n\n".join(parts))
    assert regions(qtbot, pane)["contents"] is None


def test_a_page_that_does_not_match_its_blocks_is_loaded_instead(qtbot, panes) -> None:
    pane = make_pane(qtbot, panes)
    renderer = IncrementalRenderer()
    first = renderer.render("One.\n\nTwo.\n\nThree.")
    load(qtbot, pane, page(first.blocks))
    pane.blocks = ["<p>One.</p>\n", "<p>Two.</p>"]  # the page has three: a mismatch
    second = renderer.render("One.\n\nTwo!\n\nThree.")
    with (
        qtbot.waitSignal(pane.page_loaded, timeout=20000),
        qtbot.waitSignal(pane.patched, timeout=20000) as blocker,
    ):
        pane.patch_blocks(page(second.blocks), second.blocks, None)
    assert blocker.args == [False]
    assert plain_text(qtbot, pane).count("Two!") == 1
    assert pane.blocks == second.blocks
    # and the reloaded page takes block patches again
    third = renderer.render("One.\n\nTwo!\n\nThree and four.")
    with qtbot.waitSignal(pane.patched, timeout=20000) as blocker:
        pane.patch_blocks(page(third.blocks), third.blocks, None)
    assert blocker.args == [True]
    assert "Three and four." in plain_text(qtbot, pane)
