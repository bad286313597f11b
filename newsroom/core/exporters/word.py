"""Word (.docx): the article for an editor or a lawyer to read, written with python-docx.

The document reads as the page does: the headline (style *Title*), the standfirst
(*Subtitle*), a "By …" line, the featured image, then the text with its dateline,
and at the end the corrections and updates and the related links ("You Might Also
Like"). The text is the HTML the page shows (:func:`~newsroom.core.render.render_body`,
sanitised), walked with BeautifulSoup, so Word gets what readers see: headings,
bold, italic, real hyperlinks, bullet and numbered lists (nested, each numbered list
counting from its own start), block quotes (*Quote*), tables (the header row
repeated on each page), code, images with their caption and credit, and real Word
footnotes. Links to other articles point at their address on the site.

Newsroom's own Word import (mammoth) reads such a document back: Title, Subtitle and
"By …" become the headline, standfirst and byline again.

An image Word cannot show (an SVG drawing, a WebP photo) is named in a line of its
own instead. The document's properties carry the headline, byline, section, tags and
dates, and its language is the article's, for Word's spelling check.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString, PageElement
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Pt, RGBColor
from docx.text.paragraph import Paragraph

from newsroom.core.errors import NotFoundError
from newsroom.core.exporters import Exported, images
from newsroom.core.library import Library
from newsroom.core.model import Article, Media, Status
from newsroom.core.publish.assemble import LOCAL_MEDIA_PREFIX, PublishLinks
from newsroom.core.seed import SITE_URL

#: The heading over the related links, as the page has it.
RELATED_HEADING = "You Might Also Like"
CODE_FONT = "Courier New"
_SPACES = re.compile(r"\s+")
_TEXT_ALIGN = re.compile(r"text-align:\s*(left|center|right)")
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
#: Numbered lists count 1., a., i., then again; bullets alternate.
_NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")
_BULLETS = ("•", "◦", "▪")
_LEVELS = 9
#: Twentieths of a point: a list level's indent.
_INDENT = 360


def export(library: Library, article_id: int) -> Exported:
    article = library.article(article_id)
    out = io.BytesIO()
    _Writer(library, article).write().save(out)
    return Exported(_stamped(out.getvalue(), _utc(article.updated_at)))


def _stamped(docx: bytes, moment: datetime) -> bytes:
    """``docx`` with every part dated ``moment`` (the article's last change) rather than
    the second it was written: the same article exports to the same bytes."""
    stamp = max(moment.timetuple()[:6], (1980, 1, 1, 0, 0, 0))  # the zip format's first
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            dated = zipfile.ZipInfo(entry.filename, date_time=stamp)
            dated.compress_type = entry.compress_type
            dated.external_attr = entry.external_attr
            target.writestr(dated, source.read(entry))
    return out.getvalue()


@dataclass(frozen=True)
class _Look:
    """How the text being written looks, and the hyperlink it belongs to."""

    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    underline: bool = False
    superscript: bool = False
    subscript: bool = False
    link: Any = None  # the w:hyperlink element its runs go into


class _Para:
    """A paragraph being written: spaces are collapsed across its runs as HTML does."""

    def __init__(self, paragraph: Paragraph) -> None:
        self.paragraph = paragraph
        self.after_space = True  # nothing yet: a leading space is dropped

    def finish(self) -> None:
        """Drop the space at its end."""
        texts = list(self.paragraph._p.iter(qn("w:t")))
        if texts and texts[-1].text:
            texts[-1].text = texts[-1].text.rstrip(" ")


class _Story:
    """The parent a :class:`Paragraph` outside the document's body needs: its part."""

    def __init__(self, part: Part) -> None:
        self.part = part


class _Writer:
    def __init__(self, library: Library, article: Article) -> None:
        self.library = library
        self.article = article
        self.links = PublishLinks(library.setting("site_url", SITE_URL))
        self.doc = Document()
        section = self.doc.sections[0]
        width = (section.page_width or 0) - (section.left_margin or 0)
        self.text_width = width - (section.right_margin or 0)
        self._styles()
        self._abstract_nums: dict[bool, str] = {}
        self._footnotes_part: XmlPart | None = None
        self._footnote_ids: dict[str, int] = {}
        self._footnote_html: dict[str, Tag] = {}

    # -- the document ----------------------------------------------------------------
    def write(self) -> DocxDocument:
        from newsroom.core.render.locale import site_locale
        from newsroom.core.render.page import article_body, page_notes

        article = self.article
        self._properties()
        self.doc.add_paragraph(article.headline, style="Title")
        if article.standfirst:
            self.doc.add_paragraph(article.standfirst, style="Subtitle")
        if article.byline:
            self.doc.add_paragraph(f"By {article.byline}")
        if article.featured_media_id is not None:
            try:
                featured = self.library.media_by_id(article.featured_media_id)
            except NotFoundError:
                pass
            else:
                self._picture_block(featured, featured.alt)
                self._caption_text(featured.caption, featured.credit)
        body = article_body(self.library, article, self.links)
        soup = BeautifulSoup(body.html, "html.parser")
        for item in soup.select("div.footnote li[id]"):
            self._footnote_html[str(item["id"])] = item
        self._blocks(soup, quote=False)
        if article.id is not None:
            notes = self.library.notes(article.id)
            for note in page_notes(notes, article.timezone, site_locale(self.library)):
                para = _Para(self.doc.add_paragraph())
                self._text(para, f"{note.label} ({note.when}): ", _Look(bold=True))
                self._text(para, note.text, _Look(italic=True))
                para.finish()
            self._related(article.id)
        return self.doc

    def _properties(self) -> None:
        article, props = self.article, self.doc.core_properties
        props.title = article.headline
        props.subject = article.standfirst
        props.author = article.byline
        props.keywords = ", ".join(article.tags)
        props.category = self.library.section_tree().path_of(article.section_id)
        props.language = article.language
        # The document's own text, in English whatever the window's language.
        props.comments = f"Exported from Newsroom; status: {Status(article.status).english_label}."
        props.last_modified_by = "Newsroom"
        props.revision = 1
        props.created = _utc(article.published_at or article.created_at)
        props.modified = _utc(article.updated_at)
        # python-docx's template carries a picture of its own page as the preview that
        # file managers show: not this article's.
        rels = self.doc.part.package.rels
        for rid in [r for r, rel in rels.items() if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL]:
            del rels[rid]

    def _styles(self) -> None:
        styles = self.doc.styles
        names = {style.name for style in styles}
        normal = styles["Normal"]
        rpr = normal.element.get_or_add_rPr()
        if rpr.find(qn("w:lang")) is None and self.article.language:
            lang = OxmlElement("w:lang")
            lang.set(qn("w:val"), self.article.language)
            rpr.append(lang)
        if "Hyperlink" not in names:
            link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
            link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
            link.font.underline = True
        if "Footnote Text" not in names:
            text = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
            text.base_style = normal
            text.font.size = Pt(10)
            text.paragraph_format.space_after = Pt(0)
        if "Footnote Reference" not in names:
            styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER).font.superscript = True
        if "Code" not in names:
            code = styles.add_style("Code", WD_STYLE_TYPE.PARAGRAPH)
            code.base_style = normal
            code.font.name = CODE_FONT
            code.font.size = Pt(9)
            code.paragraph_format.space_after = Pt(8)

    # -- blocks ----------------------------------------------------------------------
    def _blocks(self, parent: Tag, *, quote: bool) -> None:
        for child in parent.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if child.strip():
                    para = self._paragraph("Quote" if quote else None)
                    self._text(para, str(child), _Look())
                    para.finish()
            elif isinstance(child, Tag):
                self._block(child, quote=quote)

    def _block(self, node: Tag, *, quote: bool) -> None:
        name = node.name
        classes = node.get_attribute_list("class")
        if name == "p":
            para = self._paragraph("Quote" if quote else None)
            self._inlines(para, node.children, _Look())
            para.finish()
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            para = _Para(self.doc.add_heading(level=int(name[1])))
            self._inlines(para, node.children, _Look())
            para.finish()
        elif name in ("ul", "ol"):
            self._list(node, 0)
        elif name == "blockquote":
            self._blocks(node, quote=True)
        elif name == "figure":
            self._figure(node)
        elif name == "table":
            self._table(node)
        elif name == "pre":
            self._code(node)
        elif name == "div" and "footnote" in classes:
            return  # each note is written where it is referred to
        elif name == "hr":
            self._rule()
        elif name == "dl":
            for item in node.find_all(["dt", "dd"], recursive=False):
                para = self._paragraph(None)
                if item.name == "dd":
                    para.paragraph.paragraph_format.left_indent = Pt(_INDENT / 20)
                self._inlines(para, item.children, _Look(bold=item.name == "dt"))
                para.finish()
        elif name == "img":
            self._image_block(node)
        elif name in ("div", "section", "article", "aside", "header", "footer", "main"):
            self._blocks(node, quote=quote)
        else:  # text-level markup outside a paragraph
            para = self._paragraph("Quote" if quote else None)
            self._inline(para, node, _Look())
            para.finish()

    def _paragraph(self, style: str | None) -> _Para:
        return _Para(self.doc.add_paragraph(style=style))

    def _list(self, node: Tag, depth: int) -> None:
        ordered = node.name == "ol"
        start = _number(node.get("start"), 1)
        num_id = self._new_num(ordered, depth, start)
        level = min(depth, _LEVELS - 1)
        for item in node.find_all("li", recursive=False):
            para: _Para | None = None
            numbered = False  # the item's first paragraph carries its number

            def paragraph() -> _Para:
                nonlocal numbered
                made = self._paragraph("List Paragraph")
                if not numbered:
                    num_pr = made.paragraph._p.get_or_add_pPr().get_or_add_numPr()
                    num_pr.get_or_add_ilvl().val = level
                    num_pr.get_or_add_numId().val = num_id
                    numbered = True
                else:
                    made.paragraph.paragraph_format.left_indent = Pt(_INDENT * (level + 1) / 20)
                return made

            for child in item.children:
                if isinstance(child, Tag) and child.name in ("ul", "ol"):
                    if para is not None:
                        para.finish()
                        para = None
                    self._list(child, depth + 1)
                elif isinstance(child, Tag) and child.name == "p":
                    if para is not None:
                        para.finish()
                    para = paragraph()
                    self._inlines(para, child.children, _Look())
                    para.finish()
                    para = None
                elif isinstance(child, Tag) and child.name in _BLOCK_TAGS:
                    if para is not None:
                        para.finish()
                        para = None
                    if not numbered:
                        paragraph().finish()
                    self._block(child, quote=False)
                else:
                    if para is None:
                        if isinstance(child, NavigableString) and not child.strip():
                            continue
                        para = paragraph()
                    self._inline(para, child, _Look())
            if para is not None:
                para.finish()
            if not numbered:
                paragraph()

    def _new_num(self, ordered: bool, depth: int, start: int) -> int:
        """A new list in the numbering part: a numbered list counts from its own start,
        not on from the list before it."""
        numbering = self.doc.part.numbering_part.element
        abstract = self._abstract_nums.get(ordered)
        if abstract is None:
            abstract = self._abstract_num(numbering, ordered)
            self._abstract_nums[ordered] = abstract
        num = numbering.add_num(int(abstract))
        if ordered:
            for level in range(_LEVELS):
                override = num.add_lvlOverride(ilvl=level)
                override.add_startOverride(start if level == depth else 1)
        return int(num.numId)

    def _abstract_num(self, numbering: Any, ordered: bool) -> str:
        taken = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        number = str(max(taken, default=-1) + 1)
        levels = []
        for level in range(_LEVELS):
            if ordered:
                fmt, text = _NUMBER_FORMATS[level % 3], f"%{level + 1}."
            else:
                fmt, text = "bullet", _BULLETS[level % 3]
            levels.append(
                f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
                f'<w:ind w:left="{_INDENT * (level + 1) * 2}" w:hanging="{_INDENT}"/>'
                "</w:pPr></w:lvl>"
            )
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}">'
            '<w:multiLevelType w:val="hybridMultilevel"/>' + "".join(levels) + "</w:abstractNum>"
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is None:
            numbering.append(element)
        else:
            first_num.addprevious(element)  # every abstractNum comes before the nums
        return number

    def _table(self, node: Tag) -> None:
        rows = [tr for tr in node.find_all("tr") if tr.find_parent("table") is node]
        if not rows:
            return
        width = max(len(tr.find_all(["th", "td"], recursive=False)) for tr in rows)
        if width == 0:
            return
        table = self.doc.add_table(rows=len(rows), cols=width)
        # A grid whose style sets the header row in bold (and not the first column): the
        # text itself stays plain, as the article has it.
        table.style = self.doc.styles["Light Grid"]
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:
            look.set(qn("w:val"), "0420")
            look.set(qn("w:firstColumn"), "0")
        for r, tr in enumerate(rows):
            cells = tr.find_all(["th", "td"], recursive=False)
            header = bool(cells) and all(cell.name == "th" for cell in cells)
            if header:
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                repeat = OxmlElement("w:tblHeader")
                tr_pr.append(repeat)
            for c, cell in enumerate(cells):
                para = _Para(table.cell(r, c).paragraphs[0])
                found = _TEXT_ALIGN.search(str(cell.get("style") or ""))
                if found:
                    para.paragraph.alignment = _ALIGN[found.group(1)]
                self._inlines(para, cell.children, _Look())
                para.finish()
        self.doc.add_paragraph()  # Word runs two tables together without a paragraph

    def _code(self, node: Tag) -> None:
        lines = node.get_text().rstrip("\n").split("\n")
        paragraph = self.doc.add_paragraph(style="Code")
        for number, line in enumerate(lines):
            if number:
                paragraph.add_run().add_break(WD_BREAK.LINE)
            run = paragraph.add_run(line)
            run.font.name = CODE_FONT

    def _rule(self) -> None:
        paragraph = self.doc.add_paragraph()
        borders = parse_xml(
            f"<w:pBdr {nsdecls('w')}>"
            '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
        )
        paragraph._p.get_or_add_pPr().append(borders)

    # -- images ----------------------------------------------------------------------
    def _figure(self, node: Tag) -> None:
        image = node.find("img")
        if isinstance(image, Tag):
            self._image_block(image)
        caption = node.find("figcaption")
        if isinstance(caption, Tag) and caption.get_text(strip=True):
            para = self._paragraph("Caption")
            self._inlines(para, caption.children, _Look())
            para.finish()

    def _caption_text(self, caption: str, credit: str) -> None:
        if not (caption or credit):
            return
        para = self._paragraph("Caption")
        self._text(para, caption, _Look())
        if credit:
            self._text(para, " " + credit, _Look(italic=True))
        para.finish()

    def _image_block(self, image: Tag) -> None:
        media = self._media(str(image.get("src") or ""))
        alt = str(image.get("alt") or "")
        if media is None:
            para = self._paragraph(None)
            self._missing_image(para, alt, str(image.get("src") or ""))
            para.finish()
        else:
            self._picture_block(media, alt)

    def _picture_block(self, media: Media, alt: str) -> None:
        para = self._paragraph(None)
        para.paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph.paragraph_format.keep_with_next = True  # with its caption
        self._picture(para, media, alt)
        para.finish()

    def _media(self, src: str) -> Media | None:
        if not src.startswith(LOCAL_MEDIA_PREFIX):
            return None
        try:
            return self.library.media(src[len(LOCAL_MEDIA_PREFIX) :])
        except NotFoundError:
            return None

    def _picture(self, para: _Para, media: Media, alt: str) -> None:
        image = images.image_for_export(self.library, media)
        run = para.paragraph.add_run()
        try:
            shape = run.add_picture(io.BytesIO(image.data))
        except Exception:  # an image Word cannot read must not stop the document
            run._r.getparent().remove(run._r)
            self._text(
                para,
                f"[Image “{image.filename}”, which Word cannot show"
                + (f": {alt}]" if alt else "]"),
                _Look(italic=True),
            )
            return
        if shape.width and shape.width > self.text_width > 0:
            height = int(shape.height * self.text_width / shape.width)
            shape.width, shape.height = Emu(self.text_width), Emu(height)
        properties = shape._inline.docPr
        properties.set("descr", alt)
        properties.set("name", image.filename)
        para.after_space = False

    def _missing_image(self, para: _Para, alt: str, src: str) -> None:
        look = _Look(italic=True)
        if src.startswith(("http://", "https://")):
            look = replace(look, link=self._hyperlink(para, src))
        self._text(para, f"[Image: {alt or src}]", look)

    # -- text ------------------------------------------------------------------------
    def _inlines(self, para: _Para, nodes: Iterable[PageElement], look: _Look) -> None:
        for node in nodes:
            self._inline(para, node, look)

    def _inline(self, para: _Para, node: PageElement, look: _Look) -> None:
        if isinstance(node, Comment):
            return
        if isinstance(node, NavigableString):
            self._text(para, str(node), look)
            return
        if not isinstance(node, Tag):
            return
        name = node.name
        classes = node.get_attribute_list("class")
        if name in ("strong", "b"):
            look = replace(look, bold=True)
        elif name in ("em", "i", "cite", "dfn", "var"):
            look = replace(look, italic=True)
        elif name in ("code", "kbd", "samp", "tt"):
            look = replace(look, code=True)
        elif name in ("del", "s", "strike"):
            look = replace(look, strike=True)
        elif name in ("u", "ins"):
            look = replace(look, underline=True)
        elif name == "sub":
            look = replace(look, subscript=True)
        elif name == "sup":
            ref = node.find("a", class_="footnote-ref")
            if isinstance(ref, Tag):
                self._footnote_reference(para, str(ref.get("href") or ""))
                return
            look = replace(look, superscript=True)
        elif name == "br":
            para.paragraph.add_run().add_break(WD_BREAK.LINE)
            para.after_space = True
            return
        elif name == "img":
            media = self._media(str(node.get("src") or ""))
            if media is None:
                self._missing_image(para, str(node.get("alt") or ""), str(node.get("src") or ""))
            else:
                self._picture(para, media, str(node.get("alt") or ""))
            return
        elif name == "a":
            if "footnote-backref" in classes:
                return
            href = str(node.get("href") or "")
            if href and not href.startswith("#") and look.link is None:
                look = replace(look, link=self._hyperlink(para, href))
        elif name == "span" and "dateline" in classes:
            look = replace(look, bold=True)
        elif name == "span" and "credit" in classes:
            look = replace(look, italic=True)
        elif name in ("p", "div") and para.paragraph.runs:
            self._text(para, " ", look)  # a paragraph inside a cell or a list item
        for child in node.children:
            self._inline(para, child, look)

    def _text(self, para: _Para, text: str, look: _Look) -> None:
        text = _SPACES.sub(" ", text)
        if para.after_space:
            text = text.lstrip(" ")
        if not text:
            return
        para.after_space = text.endswith(" ")
        run = para.paragraph.add_run(text)
        if look.link is not None:
            look.link.append(run._r)
            run._r.style = self._style_id("Hyperlink")
        font = run.font
        if look.bold:
            font.bold = True
        if look.italic:
            font.italic = True
        if look.code:
            font.name = CODE_FONT
        if look.strike:
            font.strike = True
        if look.underline:
            font.underline = True
        if look.superscript:
            font.superscript = True
        if look.subscript:
            font.subscript = True

    def _hyperlink(self, para: _Para, url: str) -> Any:
        """A w:hyperlink to ``url`` at the end of the paragraph, for runs to go into."""
        rel = para.paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel)
        para.paragraph._p.append(link)
        return link

    def _style_id(self, name: str) -> str:
        """The id of the style ``name`` (set on the XML: a footnote's paragraphs are
        not in the document's part, which python-docx's style setters ask)."""
        return str(self.doc.styles[name].style_id)

    # -- footnotes -------------------------------------------------------------------
    def _footnote_reference(self, para: _Para, href: str) -> None:
        key = href.removeprefix("#")
        number = self._footnote_ids.get(key)
        if number is None:
            number = self._footnote(self._footnote_html.get(key))
            self._footnote_ids[key] = number
        run = para.paragraph.add_run()
        run._r.style = self._style_id("Footnote Reference")
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(number))
        run._r.append(reference)
        para.after_space = False

    def _footnote(self, item: Tag | None) -> int:
        """Write a Word footnote with the text of the HTML note ``item``; its id."""
        part = self._notes_part()
        notes = part.element
        number = 1 + max(int(n.get(qn("w:id"))) for n in notes.findall(qn("w:footnote")))
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(number))
        notes.append(note)
        story = _Story(part)
        blocks: list[Tag | None] = list(item.find_all("p")) if item is not None else []
        if item is not None and not blocks:
            blocks = [item]
        for index, block in enumerate(blocks or [None]):
            p = OxmlElement("w:p")
            note.append(p)
            para = _Para(Paragraph(p, story))  # type: ignore[arg-type]
            p.style = self._style_id("Footnote Text")
            if index == 0:
                mark = para.paragraph.add_run()
                mark._r.style = self._style_id("Footnote Reference")
                mark._r.append(OxmlElement("w:footnoteRef"))
                para.paragraph.add_run(" ")
            if block is not None:
                self._inlines(para, block.children, _Look())
            para.finish()
        return number

    def _notes_part(self) -> XmlPart:
        """The document's footnotes part (made on the first footnote), with the two
        separators Word expects."""
        if self._footnotes_part is None:
            element = parse_xml(
                f"<w:footnotes {nsdecls('w', 'r')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"'
                ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
                '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
                "<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"
            )
            document = self.doc.part
            part = XmlPart(
                PackURI("/word/footnotes.xml"),
                CONTENT_TYPE.WML_FOOTNOTES,
                element,
                document.package,
            )
            document.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
            self._footnotes_part = part
        return self._footnotes_part

    # -- related links ---------------------------------------------------------------
    def _related(self, article_id: int) -> None:
        links: list[tuple[str, str]] = []
        for link in self.library.related_links(article_id):
            if link.target_id is None:
                if link.url:
                    links.append((link.title or link.url, link.url))
                continue
            try:
                target = self.library.summary(link.target_id)
            except NotFoundError:
                continue
            links.append((link.title or target.headline, self.links.article(target.slug)))
        if not links:
            return
        self.doc.add_heading(RELATED_HEADING, level=2)
        num_id = self._new_num(False, 0, 1)
        for title, url in links:
            para = self._paragraph("List Paragraph")
            num_pr = para.paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
            self._text(para, title, _Look(link=self._hyperlink(para, url)))
            para.finish()


#: What in a list item is a block of its own rather than text of the item.
_BLOCK_TAGS = frozenset(
    {"blockquote", "pre", "div", "table", "figure", "dl", "hr", "h1", "h2", "h3", "h4", "h5"}
    | {"h6", "section"}
)


def _number(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
