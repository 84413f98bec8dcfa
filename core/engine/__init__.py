"""The batch engine: one pandoc process for many documents and a warm typst compiler per worker."""
