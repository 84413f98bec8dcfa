"""Document type evaluierung (in progress)."""
