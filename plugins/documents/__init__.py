"""Built-in document types of the bundle: the concept and the documents made from the same profile."""
