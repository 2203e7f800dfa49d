"""The browser client: `/` is its page, `/web/...` its files, under a strict CSP of their own.

The page is one HTML file and native ES modules (no build step). Its screens are chosen by the
URL fragment (`/#/spaces/12`), so the server has a single page route and invitation tokens in
links (`/#/invite/TOKEN`) never reach a server log.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

import web

#: The pages' policy: only our own scripts, styles and connections (`'self'` covers the
#: same-origin ws: and wss: URLs in CSP Level 3 browsers: the e2e tests check it in Chromium).
#: No inline script or style at all, and Trusted Types make any `innerHTML = string` throw, so
#: user text can only reach the page as text.
PAGE_CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ]
)
PAGE_HEADERS = {"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"}


async def index(request: Request) -> Response:
    return FileResponse(web.ROOT / "index.html", headers=PAGE_HEADERS)


#: What the client folder serves; anything else there (its Python module) is a 404.
SERVED_SUFFIXES = (".html", ".js", ".css", ".svg", ".png", ".ico")


class ClientFiles(StaticFiles):
    """The client's static files, with the page CSP and revalidation on every load."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not str(scope["path"]).endswith(SERVED_SUFFIXES):
            raise HTTPException(404)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend((k.lower().encode(), v.encode()) for k, v in PAGE_HEADERS.items())
                message["headers"] = headers
            await send(message)

        await super().__call__(scope, receive, with_headers)


routes: list[BaseRoute] = [
    Route("/", index, methods=["GET", "HEAD"]),
    Mount("/web", app=ClientFiles(directory=web.ROOT, follow_symlink=False), name="web"),
]
