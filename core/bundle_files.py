"""The bundle's own files: ``index.html`` with every file's SHA-256, and the zip of all files, both reproducible."""

from __future__ import annotations

import datetime
import hashlib
import io
import zipfile
from functools import cache
from importlib import resources

import jinja2

from smkonzept.document import DRAFT_MARK, Document
from smkonzept.german import date_de

__all__ = ["index_html", "zip_bytes"]


@cache
def _index_template() -> jinja2.Template:
    source = (resources.files("smkonzept") / "templates" / "bundle" / "index.html.j2").read_text(encoding="utf-8")
    return jinja2.Environment(autoescape=True, keep_trailing_newline=True).from_string(source)


def _size(data: bytes) -> str:
    size = len(data)
    if size < 1024:
        return f"{size} Byte"
    return f"{size / 1024:.0f} KB".replace(".", ",") if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def index_html(concept: Document, files: list[tuple[str, str, str, bytes]], archive: str) -> bytes:
    """The index page: each file (name, document title, purpose, bytes) with its size and SHA-256; ``archive`` names the zip."""
    listed = [
        {"name": name, "title": title, "description": description, "size": _size(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, title, description, data in files
    ]
    page = _index_template().render(
        chamber=concept.profile.chamber.name,
        date=date_de(concept.date),
        draft=DRAFT_MARK if concept.draft else "",
        archive=archive,
        files=listed,
    )
    return page.encode("utf-8")


def zip_bytes(files: dict[str, bytes], date: datetime.date) -> bytes:
    """A zip of ``files`` in name order, every entry dated ``date``, so equal files give equal bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(date.year, date.month, date.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)
    return buffer.getvalue()
