"""Files to import, made by the tests: a Word document with every element an
article can have (written with python-docx), photos with a location in their EXIF
(written with Pillow)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from PIL import Image

#: The footnote's text, and the words it hangs on.
FOOTNOTE = "Figures from the river authority, 4 December."
LINK = "https://example.org/rhine-levels"


def photo(
    width: int = 320, height: int = 200, *, gps: bool = False, detailed: bool = False
) -> bytes:
    """A JPEG photo; with ``gps``, EXIF that says where it was taken and with which
    camera (its serial number), as a phone's photo does. ``detailed`` fills it with
    noise, which compresses about as badly as a real photo's detail."""
    if detailed:
        image = Image.merge("RGB", [Image.effect_noise((width, height), 48)] * 3)
    else:
        image = Image.new("RGB", (width, height), (30, 90, 160))
    exif = Image.Exif()
    exif[0x010F] = "Newsroom Test Camera"  # Make
    exif[0x8298] = "© Agence Test".encode()  # Copyright, in UTF-8 as cameras write it
    if gps:
        exif.get_ifd(0x8825).update(
            {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}  # Paris
        )
        exif.get_ifd(0x8769)[0xA431] = "SN-12345678"  # BodySerialNumber
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def _hyperlink(paragraph, text: str, url: str) -> None:  # type: ignore[no-untyped-def]
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.text = text
    run.append(words)
    link.append(run)
    paragraph._p.append(link)


def word_document(
    path: Path, *, picture: bytes | None = None, title: str = "Floods close the Rhine"
) -> Path:
    """A .docx with a title, subtitle, byline, headings, bold, italic, a link, both
    kinds of list, a table, a footnote and a photo (with alt text)."""
    document = Document()
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Barges wait at Basel as the river rises.", style="Subtitle")
    document.add_paragraph("By Anna Keller")
    first = document.add_paragraph("The river rose ")
    first.add_run("two metres").bold = True
    first.add_run(" overnight, ")
    first.add_run("the highest since 1999").italic = True
    first.add_run(". Levels are published by the ")
    _hyperlink(first, "river authority", LINK)
    first.add_run(".")
    marked = first.add_run(" Shipping stopped.")
    marked.font.highlight_color = WD_COLOR_INDEX.YELLOW
    document.add_heading("What closed", level=2)
    for item in ("Basel harbour", "The Strasbourg locks"):
        document.add_paragraph(item, style="List Bullet")
    for item in ("Check the forecast", "Call the harbour master"):
        document.add_paragraph(item, style="List Number")
    table = document.add_table(rows=3, cols=2)
    for row, cells in enumerate((("Gauge", "Level"), ("Basel", "7.9 m"), ("Kaub", "6.4 m"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    noted = document.add_paragraph("Traffic may resume on Friday")
    noted.add_run().element.append(_footnote_reference(1))
    noted.add_run(".")
    if picture is not None:
        document.add_picture(io.BytesIO(picture))
        shape = document.inline_shapes[-1]._inline.docPr
        shape.set("descr", "Barges moored at Basel")
    document.save(path)
    _add_footnotes(path)
    return path


def _footnote_reference(number: int):  # type: ignore[no-untyped-def]
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(number))
    return reference


def _add_footnotes(path: Path) -> None:
    """python-docx writes no footnotes: add the part Word keeps them in, as Word does."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{FOOTNOTE}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    parts: dict[str, bytes] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            parts[name] = archive.read(name)
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    ).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = re.sub(
        "</Relationships>",
        '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
        rels,
    ).encode()
    parts["word/footnotes.xml"] = notes.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def password_protected_docx(path: Path) -> Path:
    """What Word saves for a document with a password: an OLE compound file whose
    stream "EncryptedPackage" holds the encrypted .docx. The header and that name are
    the parts Newsroom reads (made by hand: no library here writes encrypted Word
    files)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = "EncryptedPackage".encode("utf-16-le").ljust(128, b"\0")
    path.write_bytes(header + directory + bytes(4096))
    return path
