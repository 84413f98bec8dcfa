"""Making pandoc's DOCX reproducible: every timestamp inside it is the document's date."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Iterable

__all__ = ["stamped_archive"]


def stamped_archive(entries: Iterable[tuple[str, bytes, int]], date: datetime.date) -> bytes:
    """A DOCX archive of ``entries`` (name, content, zip attributes) in that order, with ``date`` as every entry's
    time and as the document's created and modified properties."""
    stamp = f"{date.isoformat()}T00:00:00Z"
    entry_time = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content, attributes in entries:
            if name == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rf"\g<1>{stamp}\g<2>", text)
                content = text.encode("utf-8")
            info = zipfile.ZipInfo(name, entry_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = attributes
            target.writestr(info, content)
    return out.getvalue()
