"""Regenerate core/templates/reference.docx from pandoc's default: A4, German, own fonts and colours.

Run after upgrading pandoc: ``python tools/make_reference_docx.py``.
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

from smkonzept.pandoc import pandoc_path

TARGET = Path(__file__).resolve().parent.parent / "core" / "templates" / "reference.docx"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)


def patch_styles(xml: str) -> str:
    xml = re.sub(r'<w:lang [^>]*/>', '<w:lang w:val="de-DE" w:eastAsia="de-DE" w:bidi="ar-SA"/>', xml)
    xml = re.sub(r'<w:rFonts [^>]*/>', '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>', xml, count=1)
    xml = xml.replace('w:color w:val="0F4761"', 'w:color w:val="004F8C"').replace('w:color w:val="4F81BD"', 'w:color w:val="004F8C"')
    return xml


A4_PAGE = (
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/>'
)


def patch_document(xml: str) -> str:
    xml = re.sub(r"<w:pgSz [^>]*/>|<w:pgMar [^>]*/>", "", xml)
    return re.sub(r"(<w:sectPr>\s*<w:footnotePr>.*?</w:footnotePr>)", lambda m: m.group(1) + A4_PAGE, xml, flags=re.S)


def patch_settings(xml: str) -> str:
    xml = re.sub(r"<w:updateFields[^>]*/>", "", xml)
    xml = xml.replace("<w:footnotePr", '<w:updateFields w:val="true"/><w:footnotePr', 1)
    return re.sub(r'<w:themeFontLang [^>]*/>', '<w:themeFontLang w:val="de-DE"/>', xml)


def main() -> None:
    default = subprocess.run([pandoc_path(), "--print-default-data-file", "reference.docx"], check=True, capture_output=True).stdout
    patches = {"word/styles.xml": patch_styles, "word/document.xml": patch_document, "word/settings.xml": patch_settings}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(default)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename in patches:
                data = patches[item.filename](data.decode("utf-8")).encode("utf-8")
            target.writestr(zipfile.ZipInfo(item.filename, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    TARGET.write_bytes(out.getvalue())
    print(f"{TARGET} ({len(out.getvalue())} bytes)")


if __name__ == "__main__":
    main()
