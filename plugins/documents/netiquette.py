"""Document type netiquette (in progress)."""
