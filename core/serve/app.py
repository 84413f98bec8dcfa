"""The editor's web application (Starlette): the page, its assets, the JSON calls and the downloads.

Every request must carry the session's token: the page and downloads in the address
(``?token=``) or the cookie the page sets, the JSON calls in the ``X-Smkonzept-Token`` header.
Only the host names of the loopback address are answered.
"""

from __future__ import annotations

import html
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from smkonzept.serve.form import schema
from smkonzept.serve.session import Conflict, Session

__all__ = ["TOKEN_HEADER", "create_app"]

TOKEN_HEADER = "x-smkonzept-token"
_ASSETS = {"editor.js": "text/javascript; charset=utf-8", "editor.css": "text/css; charset=utf-8"}
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _asset(name: str) -> str:
    return resources.files("smkonzept.serve").joinpath("static").joinpath(name).read_text(encoding="utf-8")


class _Guard:
    """Refuses requests without the token, and requests for another host (DNS rebinding)."""

    def __init__(self, app: ASGIApp, token: str, cookie: str) -> None:
        self.app, self.token, self.cookie = app, token, cookie

    def _allowed(self, scope: Scope) -> tuple[bool, str]:
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope.get("headers", [])}
        host = headers.get("host", "").rsplit(":", 1)[0].strip("[]")
        if host not in ("127.0.0.1", "localhost"):
            return False, "Zugriff verweigert: Der Editor antwortet nur unter 127.0.0.1."
        offered = [headers.get(TOKEN_HEADER, "")]
        if scope.get("method") == "GET":
            offered += parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [])
            jar: SimpleCookie = SimpleCookie()
            jar.load(headers.get("cookie", ""))
            if self.cookie in jar:
                offered.append(jar[self.cookie].value)
        if any(secrets.compare_digest(value.encode(), self.token.encode()) for value in offered if value):
            return True, ""
        return False, "Zugriff verweigert: Die Adresse des Editors enthält einen Schlüssel (token=…). Bitte die Adresse verwenden, die „smkonzept serve“ ausgegeben hat."

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            allowed, message = self._allowed(scope)
            if not allowed:
                await PlainTextResponse(message, status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(session: Session, token: str, port: int) -> ASGIApp:
    """The editor for ``session``, answering only requests that carry ``token``."""
    cookie = f"smkonzept_{port}"
    page = _asset("editor.html")

    def headers(extra: dict[str, str] | None = None) -> dict[str, str]:
        return {"Content-Security-Policy": _CSP, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", **(extra or {})}

    async def index(request: Request) -> Response:
        title = html.escape(f"{session.path.name} – smkonzept-Editor")
        body = page.replace("{{title}}", title).replace("{{token}}", html.escape(token))
        response = HTMLResponse(body, headers=headers())
        response.set_cookie(cookie, token, httponly=True, samesite="strict", path="/")
        return response

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _ASSETS:
            return PlainTextResponse("Nicht gefunden.", status_code=404)
        return Response(_asset(name), media_type=_ASSETS[name], headers=headers())

    def form_schema(request: Request) -> Response:
        return JSONResponse(schema(session.fields, session.registry), headers=headers())

    def state(request: Request) -> Response:
        return JSONResponse(session.reload() if request.query_params.get("reload") else session.state(), headers=headers())

    def disk(request: Request) -> Response:
        return JSONResponse({"hash": session.disk_hash()}, headers=headers())

    async def preview(request: Request) -> Response:
        values = await _values(request)
        return JSONResponse(await run_in_threadpool(session.check, values.get("data", {})), headers=headers())

    async def save(request: Request) -> Response:
        values = await _values(request)
        try:
            result = await run_in_threadpool(session.save, values.get("data", {}), str(values.get("base", "")), values.get("force") is True)
        except Conflict:
            message = "Die Datei wurde außerhalb des Editors geändert. Bitte neu laden oder bewusst überschreiben."
            return JSONResponse({"saved": False, "conflict": True, "message": message, "hash": session.disk_hash()}, status_code=409, headers=headers())
        return JSONResponse(result, status_code=200 if result["saved"] else 422, headers=headers())

    def download(request: Request) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in ("pdf", "docx"):
            return PlainTextResponse("Nur PDF und DOCX lassen sich herunterladen.", status_code=404)
        result = session.download(fmt)
        if result is None:
            return PlainTextResponse("Das Profil enthält noch Fehler; es gibt noch keinen gültigen Stand zum Herunterladen.", status_code=409)
        name, data = result
        media = "application/pdf" if fmt == "pdf" else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        return Response(data, media_type=media, headers=headers({"Content-Disposition": f'attachment; filename="{name}"'}))

    routes = [
        Route("/", index),
        Route("/static/{name}", asset),
        Route("/api/schema", form_schema),
        Route("/api/state", state),
        Route("/api/disk", disk),
        Route("/api/preview", preview, methods=["POST"]),
        Route("/api/save", save, methods=["POST"]),
        Route("/download/{fmt}", download),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
    ]
    return _Guard(Starlette(routes=routes), token, cookie)


MAX_BODY = 4_000_000
"""Bytes of one request from the form; a profile file may have at most 1 MB."""


async def _values(request: Request) -> dict[str, Any]:
    body = await request.body()
    if len(body) > MAX_BODY:
        return {}
    try:
        values = json.loads(body)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}
