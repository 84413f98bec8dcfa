"""Word's habits for pandoc's DOCX: header, footer with page numbers, and a table of contents that is already filled.

Pandoc leaves the table of contents as an empty field and asks Word to update all fields on opening (a prompt
users distrust). :func:`finish_docx` writes the entries (each a link to its heading) into the field, drops the
update request and adds a header and a footer (text and "Seite N von M") to the document's section.
"""

from __future__ import annotations

import datetime
import html
import io
import re
import zipfile
import struct
from collections.abc import Callable, Sequence

import attrs

from smkonzept.docx import stamped_archive

__all__ = ["DocxLogo", "finish_docx"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PART_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"
_HEADING = re.compile(r'<w:p><w:pPr><w:pStyle w:val="Heading(?P<level>[1-9])" />')
_ANCHOR = re.compile(r'<w:bookmarkStart w:id="\d+" w:name="(?P<anchor>[^"]+)" />\s*\Z')
"""The bookmark right before a heading's paragraph, if any (searched in the text before it)."""
_ANCHOR_REACH = 1000
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab />")
_EMPTY_TOC = re.compile(
    r'<w:p><w:r><w:fldChar w:fldCharType="begin"(?: w:dirty="true")? />'
    r'(?P<instr><w:instrText xml:space="preserve">TOC [^<]*</w:instrText>)'
    r'<w:fldChar w:fldCharType="separate" /><w:fldChar w:fldCharType="end" /></w:r></w:p>'
)
_TOC_DEPTH = re.compile(r'\\o &quot;1-(\d)&quot;')


_EMU_PER_CM = 360000
_LOGO_PART = "word/media/smkonzept-logo.png"
_TOC_START = '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents" />'


@attrs.frozen
class DocxLogo:
    """A PNG logo for the title page and its alternative text (``wp:docPr descr``)."""

    png: bytes
    alt: str
    height_cm: float = 1.8


def finish_docx(
    data: bytes, header: str, footer: str, date: datetime.date, restyle: Callable[[str], str] | None = None,
    logo: DocxLogo | None = None, title_lines: Sequence[str] = (),
) -> bytes:
    """Return ``data`` with a filled table of contents, no update-fields request, and ``header``/``footer``,
    stamped with ``date`` (``smkonzept.docx.stamped_archive``).

    ``restyle`` (if given) rewrites ``word/styles.xml``, e.g. to set the house colours. ``logo`` goes
    above the title, ``title_lines`` (plain text) below the title block, before the table of contents.
    """
    parts: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = source.infolist()
        for item in infos:
            parts[item.filename] = source.read(item.filename)
    document = parts["word/document.xml"].decode("utf-8")
    document = _filled_toc(document)
    document = _with_page_parts(document)
    document = _with_title_lines(document, title_lines)
    if logo is not None:
        document = _with_logo(document, logo)
        parts[_LOGO_PART] = logo.png
    parts["word/document.xml"] = document.encode("utf-8")
    if restyle is not None:
        parts["word/styles.xml"] = restyle(parts["word/styles.xml"].decode("utf-8")).encode("utf-8")
    parts["word/settings.xml"] = re.sub(rb"<w:updateFields [^>]*/>", b"", parts["word/settings.xml"])
    parts["word/header1.xml"] = _page_part("hdr", _run(html.escape(header, quote=False))).encode("utf-8")
    parts["word/footer1.xml"] = _page_part("ftr", _footer_runs(footer)).encode("utf-8")
    parts["word/_rels/document.xml.rels"] = _with_relations(parts["word/_rels/document.xml.rels"].decode("utf-8"), logo is not None).encode("utf-8")
    parts["[Content_Types].xml"] = _with_content_types(parts["[Content_Types].xml"].decode("utf-8"), logo is not None).encode("utf-8")
    known = {item.filename for item in infos}
    entries = [(item.filename, parts[item.filename], item.external_attr) for item in infos]
    entries += [(name, parts[name], 0) for name in ("word/header1.xml", "word/footer1.xml", _LOGO_PART) if name in parts and name not in known]
    return stamped_archive(entries, date)


def _filled_toc(document: str) -> str:
    field = _EMPTY_TOC.search(document)
    if field is None:
        return document
    depth_match = _TOC_DEPTH.search(field.group("instr"))
    depth = int(depth_match.group(1)) if depth_match else 3
    entries: list[tuple[int, str | None, str]] = []
    for match in _HEADING.finditer(document, field.end()):
        level = int(match.group("level"))
        close = document.find("</w:p>", match.end())
        if level <= depth and close >= 0:
            bookmark = _ANCHOR.search(document, max(field.end(), match.start() - _ANCHOR_REACH), match.start())
            entries.append((level, bookmark.group("anchor") if bookmark else None, _plain(document[match.start() : close])))
    begin = f'<w:r><w:fldChar w:fldCharType="begin" />{field.group("instr")}<w:fldChar w:fldCharType="separate" /></w:r>'
    end = '<w:r><w:fldChar w:fldCharType="end" /></w:r>'
    if not entries:
        return document[: field.start()] + f"<w:p>{begin}{end}</w:p>" + document[field.end() :]
    paragraphs = []
    for index, (level, anchor, text) in enumerate(entries):
        runs = _run(text)
        linked = f'<w:hyperlink w:anchor="{anchor}" w:history="1">{runs}</w:hyperlink>' if anchor else runs
        indent = 567 * (level - 1)
        properties = f'<w:pPr><w:tabs><w:tab w:val="left" w:pos="{indent + 850}" /></w:tabs><w:ind w:left="{indent}" /></w:pPr>'
        paragraphs.append(
            f"<w:p>{properties}{begin if index == 0 else ''}{linked}{end if index == len(entries) - 1 else ''}</w:p>"
        )
    return document[: field.start()] + "".join(paragraphs) + document[field.end() :]


def _plain(paragraph: str) -> str:
    """The heading's text (still XML-escaped), tabs as tab characters."""
    return "".join(match.group(1) if match.group(1) is not None else "\t" for match in _TEXT.finditer(paragraph))


def _run(escaped_text: str, size: int | None = None) -> str:
    properties = f'<w:rPr><w:sz w:val="{size}" /></w:rPr>' if size else ""
    pieces = escaped_text.split("\t")
    runs = []
    for index, piece in enumerate(pieces):
        if index:
            runs.append(f"<w:r>{properties}<w:tab /></w:r>")
        if piece:
            runs.append(f'<w:r>{properties}<w:t xml:space="preserve">{piece}</w:t></w:r>')
    return "".join(runs)


def _field(instruction: str) -> str:
    return f'<w:fldSimple w:instr=" {instruction} "><w:r><w:rPr><w:sz w:val="18" /></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'


def _footer_runs(footer: str) -> str:
    prefix = f"{html.escape(footer, quote=False)} · " if footer else ""
    return f"{_run(prefix + 'Seite ', 18)}{_field('PAGE')}{_run(' von ', 18)}{_field('NUMPAGES')}"


def _page_part(tag: str, runs: str) -> str:
    if tag == "hdr":
        runs = re.sub(r"<w:r>(?!<w:rPr>)", '<w:r><w:rPr><w:sz w:val="18" /></w:rPr>', runs)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:{tag} xmlns:w="{_W}" xmlns:r="{_R}"><w:p><w:pPr><w:jc w:val="{"right" if tag == "hdr" else "center"}" /></w:pPr>'
        f"{runs}</w:p></w:{tag}>"
    )


def _with_page_parts(document: str) -> str:
    references = (
        '<w:headerReference w:type="default" r:id="rIdSmkHeader1" />'
        '<w:footerReference w:type="default" r:id="rIdSmkFooter1" />'
    )
    document = re.sub(r"<w:sectPr( [^>/]*)?/>", r"<w:sectPr\1></w:sectPr>", document)
    return re.sub(r"<w:sectPr( [^>]*)?>", lambda match: match.group(0) + references, document)


def _with_relations(relations: str, logo: bool) -> str:
    added = (
        f'<Relationship Type="{_R}/header" Id="rIdSmkHeader1" Target="header1.xml" />'
        f'<Relationship Type="{_R}/footer" Id="rIdSmkFooter1" Target="footer1.xml" />'
    )
    if logo:
        added += f'<Relationship Type="{_R}/image" Id="rIdSmkLogo" Target="media/smkonzept-logo.png" />'
    return relations.replace("</Relationships>", added + "</Relationships>")


def _with_content_types(types: str, logo: bool) -> str:
    added = "".join(
        f'<Override PartName="/word/{name}1.xml" ContentType="{_PART_TYPE.format(name)}" />'
        for name in ("header", "footer")
    )
    if logo and 'Extension="png"' not in types:
        added = '<Default Extension="png" ContentType="image/png" />' + added
    return types.replace("</Types>", added + "</Types>")


def _with_title_lines(document: str, lines: Sequence[str]) -> str:
    """``lines`` as paragraphs (style Author, like the body's name) between the title block and the table of contents."""
    if not lines:
        return document
    paragraphs = "".join(f'<w:p><w:pPr><w:pStyle w:val="Author" /></w:pPr>{_run(html.escape(line, quote=False))}</w:p>' for line in lines)
    at = document.find(_TOC_START)
    if at < 0:
        date = re.search(r'<w:pStyle w:val="Date" />.*?</w:p>', document, re.S)
        at = date.end() if date else document.find("<w:body>") + len("<w:body>")
    return document[:at] + paragraphs + document[at:]


def _png_size(png: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", png[16:24])
    return max(1, width), max(1, height)


def _with_logo(document: str, logo: DocxLogo) -> str:
    """An inline picture paragraph with ``logo`` (and its alternative text) at the start of the body."""
    width, height = _png_size(logo.png)
    cy = round(logo.height_cm * _EMU_PER_CM)
    cx = round(cy * width / height)
    ids = [int(found) for found in re.findall(r'<wp:docPr id="(\d+)"', document)]
    picture_id = max(ids, default=0) + 1
    alt = html.escape(logo.alt, quote=True)
    drawing = (
        f'<w:p><w:pPr><w:spacing w:after="240" /></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}" /><wp:effectExtent l="0" t="0" r="0" b="0" />'
        f'<wp:docPr id="{picture_id}" name="Logo" descr="{alt}" />'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1" /></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="{picture_id}" name="smkonzept-logo.png" descr="{alt}" /><pic:cNvPicPr><a:picLocks noChangeAspect="1" /></pic:cNvPicPr></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rIdSmkLogo" /><a:stretch><a:fillRect /></a:stretch></pic:blipFill>'
        f'<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0" /><a:ext cx="{cx}" cy="{cy}" /></a:xfrm><a:prstGeom prst="rect"><a:avLst /></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )
    at = document.find("<w:body>") + len("<w:body>")
    return document[:at] + drawing + document[at:]
