"""Document type verarbeitungsverzeichnis (in progress)."""
