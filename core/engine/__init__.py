"""The batch engine: one pandoc process per worker for many documents, and warm typst compilers."""
