"""Markdown Extra's extensions given as objects read a text exactly as by name."""

from __future__ import annotations

import markdown

from newsroom.core.markdown_extra import extra_and_sane_lists

TEXT = """\
Intro with a note[^1] and HTML.

*[HTML]: Hyper Text Markup Language

Term
: Its definition

| Year | Budget |
|---|---|
| 2025 | 1.2bn |

<div markdown="1">*Markdown inside*</div>

```python
print("code")
```

## A heading {#own-id .kicker}

3. three
4. four

* a
* b

[^1]: The note.
"""


def test_the_objects_give_what_the_names_give() -> None:
    by_name = markdown.Markdown(extensions=["extra", "sane_lists"]).convert(TEXT)
    as_objects = markdown.Markdown(extensions=extra_and_sane_lists()).convert(TEXT)
    assert as_objects == by_name
    for made in ('class="footnote"', "<abbr", "<dl>", "<table>", "<em>Markdown inside</em>"):
        assert made in as_objects
    assert 'id="own-id"' in as_objects and '<ol start="3">' in as_objects


def test_each_markdown_gets_objects_of_its_own() -> None:
    first, second = extra_and_sane_lists(), extra_and_sane_lists()
    assert all(a is not b for a, b in zip(first, second, strict=True))
