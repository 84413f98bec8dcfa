"""The concept itself as the bundle's first document, made of the chapters ``assemble`` put together."""

from __future__ import annotations

import smkonzept


def _chapters(concept):
    return concept.sections


KONZEPT = smkonzept.DocumentType(
    id="konzept",
    title="Nutzungskonzept Social Media",
    description="Das Nutzungskonzept: Zweck der Konten, Rechtsgrundlagen, Betroffenenrechte, Datenschutz-Folgenabschätzung und Evaluierung.",
    chapters=_chapters,
    table_of_contents=True,
    order=0,
)


@smkonzept.hookimpl
def register_document_types(register):
    """Register the concept as a document of the bundle."""
    register(KONZEPT)
