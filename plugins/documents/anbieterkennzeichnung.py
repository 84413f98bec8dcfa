"""Document type anbieterkennzeichnung (in progress)."""
