"""Document type datenschutzhinweise (in progress)."""
