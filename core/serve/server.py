"""``smkonzept serve``: start the editor on 127.0.0.1, print its tokened address, open the browser."""

from __future__ import annotations

import errno
from contextlib import closing
import secrets
import signal
import socket
import sys
import threading
import webbrowser
from pathlib import Path

import uvicorn
from ruamel.yaml.error import YAMLError

from smkonzept.build import load_document, workers
from smkonzept.engine.render import Engine
from smkonzept.errors import InputError
from smkonzept.manager import load_registry
from smkonzept.serve.app import create_app
from smkonzept.serve.preview import Preview
from smkonzept.serve.session import Session

__all__ = ["HOST", "run"]

HOST = "127.0.0.1"


def _bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        reason = {errno.EADDRINUSE: "schon belegt", errno.EACCES: "keine Berechtigung"}.get(exc.errno or 0, f"Systemfehler {exc.errno}")
        raise InputError(f"Der Port {port} auf {HOST} ist nicht frei ({reason}). Bitte einen anderen mit --port wählen oder --port weglassen.") from None
    sock.listen(64)
    return sock


def _session(path: Path, engine: Engine, preview: Preview) -> Session:
    """The editor's session; a file the form cannot show is refused with the message ``check`` gives."""
    registry = load_registry()
    if not path.is_file():
        load_document(path, registry)
        raise InputError(f"{path}: Das ist keine Profildatei.")
    try:
        session = Session(path, registry, engine, preview)
    except (OSError, UnicodeDecodeError, YAMLError):
        load_document(path, registry)
        raise InputError(f"{path}: Die Datei lässt sich nicht im Editor öffnen; bitte mit „smkonzept check“ prüfen.") from None
    if not session.holds_fields:
        raise InputError(f"{path}: Ein Profil muss aus Feldern bestehen (z. B. „chamber:“).")
    return session


def run(path: Path, port: int = 0, open_browser: bool = True) -> int:
    """Serve the editor for ``path`` until Ctrl-C or SIGTERM; returns the exit code."""
    with Engine(workers=min(2, workers())) as engine, closing(Preview(engine)) as preview:
        session = _session(path, engine, preview)
        sock = _bind(port)
        port = sock.getsockname()[1]
        token = secrets.token_urlsafe(32)
        address = f"http://{HOST}:{port}/?token={token}"
        config = uvicorn.Config(create_app(session, token, port), log_level="warning", access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: setattr(server, "should_exit", True))
        print(f"Editor für {path}: {address}", flush=True)
        print("Beenden mit Strg-C.", file=sys.stderr, flush=True)
        if open_browser:
            threading.Timer(0.5, webbrowser.open, (address,)).start()
        server.run(sockets=[sock])
    print("Editor beendet.", file=sys.stderr)
    return 0
