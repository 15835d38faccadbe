"""The observation page's files, read once from resources/web into memory.

Only the names listed here are ever served, from memory: no path taken from a
request reaches the file system, and there is nothing to list. Every answer
carries a strict Content-Security-Policy (the page's own script and style
only, no inline code, no outside hosts) and headers that keep it out of
caches, frames and referrers.
"""

from __future__ import annotations

from functools import cache

from lessonstudy.resources import resource_path

PAGE_FILES: dict[str, tuple[str, str]] = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/strings.js": ("strings.js", "text/javascript; charset=utf-8"),
    "/style.css": ("style.css", "text/css; charset=utf-8"),
}

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


@cache
def page_files() -> dict[str, tuple[bytes, str]]:
    """Route path → (bytes, media type), read once."""
    return {
        route: (resource_path("web", name).read_bytes(), media)
        for route, (name, media) in PAGE_FILES.items()
    }
