"""Making pandoc's DOCX reproducible: every timestamp inside it is the document's date."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

__all__ = ["stamp_docx"]


def stamp_docx(data: bytes, date: datetime.date) -> bytes:
    """Rewrite the archive with ``date`` as zip entry times and as created/modified properties."""
    stamp = f"{date.isoformat()}T00:00:00Z"
    entry_time = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\g<2>", text)
                content = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, entry_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            target.writestr(info, content)
    return out.getvalue()
