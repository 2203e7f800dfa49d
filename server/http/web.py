"""The browser client: `/` is its page, `/web/...` its files, under a strict CSP of their own.

The page is one HTML file and native ES modules (no build step). Its screens are chosen by the
URL fragment (`/#/spaces/12`), so the server has a single page route and invitation tokens in
links (`/#/invite/TOKEN`) never reach a server log.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

import web

from ..config import SUPPORTED_JANUS_CLIENT_SCHEMES


def page_csp(connect_also: Sequence[str] = ()) -> str:
    """The pages' policy: only our own scripts, styles and connections (`'self'` covers the
    same-origin ws: and wss: URLs in CSP Level 3 browsers: the e2e tests check it in Chromium),
    and the SFU's origin when the server sends clients to one (``connect_also``). No inline
    script or style at all, and Trusted Types make any `innerHTML = string` throw, so user text
    can only reach the page as text."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            " ".join(["connect-src 'self'", *connect_also]),
            "media-src 'self' blob:",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types 'none'",
        ]
    )


#: The policy without an SFU.
PAGE_CSP = page_csp()


def connect_origin(url: str) -> str:
    """The CSP source for one URL the page connects to: its origin only (scheme, host, port),
    so a path never widens or narrows what may be reached."""
    parts = urlsplit(url)
    if parts.scheme not in SUPPORTED_JANUS_CLIENT_SCHEMES or not parts.hostname:
        raise ValueError(f"not a URL the page can connect to: {url!r}")
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"


def page_headers(connect_also: Sequence[str] = ()) -> dict[str, str]:
    return {"Content-Security-Policy": page_csp(connect_also), "Cache-Control": "no-cache"}


#: What the client folder serves (.ftl: the catalogues, web/locales); anything else there (its
#: Python module, web/vendor/package.json) is a 404.
SERVED_SUFFIXES = (".html", ".js", ".css", ".svg", ".png", ".ico", ".ftl")


class ClientFiles(StaticFiles):
    """The client's static files, with the page CSP and revalidation on every load."""

    def __init__(self, *, headers: dict[str, str], directory: Path) -> None:
        super().__init__(directory=directory, follow_symlink=False)
        self.headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope["path"])
        if not path.endswith(SERVED_SUFFIXES):
            raise HTTPException(404)
        # A Fluent catalogue has no registered media type (Python guesses none): it is UTF-8 text.
        catalogue = path.endswith(".ftl")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if catalogue:
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-type"]
                    headers.append((b"content-type", b"text/plain; charset=utf-8"))
                headers.extend((k.lower().encode(), v.encode()) for k, v in self.headers.items())
                message["headers"] = headers
            await send(message)

        await super().__call__(scope, receive, with_headers)


def client_routes(sfu_client_url: str | None = None) -> list[BaseRoute]:
    """`/` and `/web/...`; with an SFU, its origin joins the page's `connect-src` (the video
    screen talks to Janus directly, webrtc/janus.js)."""
    headers = page_headers([connect_origin(sfu_client_url)] if sfu_client_url else [])

    async def index(request: Request) -> Response:
        return FileResponse(web.ROOT / "index.html", headers=headers)

    return [
        Route("/", index, methods=["GET", "HEAD"]),
        Mount("/web", app=ClientFiles(headers=headers, directory=web.ROOT), name="web"),
    ]
