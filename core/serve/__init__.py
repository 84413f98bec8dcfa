"""``smkonzept serve``: a local web editor for one profile, with a live preview of the concept.

Imported only by the ``serve`` command: building a concept never loads the web server.
"""
