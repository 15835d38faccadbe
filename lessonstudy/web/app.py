"""The observation page's HTTP routes (Starlette): the page itself and its small JSON API.

Each API handler checks, in order: the observation is open, the address is
under its rate, the session cookie belongs to this opening and address, the
body is within its size and is well-formed JSON of the expected shape. Only
then does it call a service, in a worker thread (the library is blocking
SQLAlchemy). Any refusal is a JSON ``{"error": code, "message": text}`` with
an HTTP error status, and nothing is stored.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lessonstudy.domain.errors import (
    ClockError,
    ImageError,
    LessonStudyError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from lessonstudy.imaging.pipeline import process_photo
from lessonstudy.services import phone_observation as desk_services
from lessonstudy.services.observer_records import GroupBoard
from lessonstudy.web import views
from lessonstudy.web.access import SESSION_HOURS, ObserverSession
from lessonstudy.web.desk import SESSION_COOKIE, Desk, Refusal
from lessonstudy.web.page import SECURITY_HEADERS, page_files

Handler = Callable[[Request], Awaitable[Response]]
ROSTER_SECONDS = 2.0
CLOCK_SECONDS = 0.5


def build_app(desk: Desk) -> Starlette:
    """The ASGI app serving one opening; wrapped so every answer has the security headers."""
    api = Api(desk)
    routes = [
        Route("/", page, methods=["GET"]),
        Route("/app.js", page, methods=["GET"]),
        Route("/strings.js", page, methods=["GET"]),
        Route("/style.css", page, methods=["GET"]),
        Route("/api/join", api.guard(api.join), methods=["POST"]),
        Route("/api/roster", api.guard(api.roster), methods=["GET"]),
        Route("/api/me", api.guard(api.pick), methods=["POST"]),
        Route("/api/state", api.guard(api.state), methods=["GET"]),
        Route("/api/notes", api.guard(api.add_note), methods=["POST"]),
        Route("/api/notes", api.guard(api.list_notes), methods=["GET"]),
        Route("/api/photos", api.guard(api.add_photo), methods=["POST"]),
        Route("/api/key-ideas", api.guard(api.key_ideas), methods=["GET"]),
        Route("/api/key-ideas", api.guard(api.set_key_ideas), methods=["PUT"]),
    ]
    app = Starlette(routes=routes)
    app.add_exception_handler(404, not_found)
    app.add_exception_handler(405, not_allowed)
    app.add_middleware(SecurityHeaders)
    return app


async def page(request: Request) -> Response:
    body, media = page_files()[request.url.path]
    return Response(body, media_type=media)


async def not_found(_request: Request, _exc: Exception) -> Response:
    return error_response(Refusal(404, "not_found", "There is nothing here."))


async def not_allowed(_request: Request, _exc: Exception) -> Response:
    return error_response(Refusal(405, "not_allowed", "That is not something this page does."))


def error_response(refusal: Refusal, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": refusal.code, "message": refusal.message, **extra},
                        status_code=refusal.status)


class Api:
    """The JSON handlers, sharing one :class:`Desk`."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def guard(self, handler: Handler) -> Handler:
        """Open, rate and origin checks first; expected errors become JSON refusals."""

        async def guarded(request: Request) -> Response:
            try:
                self.desk.check_open(address(request))
                check_origin(request)
                return await handler(request)
            except Refusal as refusal:
                return error_response(refusal)
            except desk_services.DuplicateNoteError as duplicate:
                return error_response(Refusal(409, "duplicate", duplicate.message),
                                      note=views.note(duplicate.note))
            except LessonStudyError as error:
                return error_response(refusal_for(error))

        return guarded

    # -- joining ---------------------------------------------------------------
    async def join(self, request: Request) -> Response:
        data = await read_json(request, self.desk.limits.json_bytes)
        secret = optional_str(data, "secret")
        code = optional_str(data, "code")
        session = self.desk.join(address(request), secret, code)
        response = await self._roster_response()
        response.set_cookie(SESSION_COOKIE, session.token, max_age=SESSION_HOURS * 3600,
                            httponly=True, samesite="strict", path="/")
        return response

    async def roster(self, request: Request) -> Response:
        self.desk.session(request.cookies.get(SESSION_COOKIE), address(request))
        return await self._roster_response()

    async def _roster_response(self) -> JSONResponse:
        return JSONResponse(views.roster(await self._roster(), self.desk.limits))

    async def _board(self, fresh: bool = False) -> GroupBoard:
        return (await self._roster(fresh)).board

    async def _roster(self, fresh: bool = False) -> desk_services.PhoneRoster:
        """The roster, read at most every ROSTER_SECONDS: 100 phones join within a second."""
        cached = self.desk.roster_cache
        if not fresh and cached is not None and time.monotonic() - cached[0] < ROSTER_SECONDS:
            return cached[1]
        found = await run_in_threadpool(desk_services.roster, self.desk.library,
                                        self.desk.teaching_id)
        self.desk.roster_cache = (time.monotonic(), found)
        return found

    async def pick(self, request: Request) -> Response:
        """The observer picks themselves from the roster, or adds their name."""
        session = self.desk.session(request.cookies.get(SESSION_COOKIE), address(request))
        data = await read_json(request, self.desk.limits.json_bytes)
        observer_id = optional_int(data, "observer_id")
        if observer_id is None:
            self.desk.act(session)
            observer_id = await self._new_observer(data)
        board = await self._board()
        if not any(o.id == observer_id for o in board.observers):
            board = await self._board(fresh=True)  # added or moved a moment ago
        person = next((o for o in board.observers if o.id == observer_id), None)
        if person is None:
            raise Refusal(404, "not_found", "That name is not on this observation's list.")
        session.observer_id, session.group_id = person.id, person.group_id
        return JSONResponse(views.me(board, person.id))

    async def _new_observer(self, data: dict[str, Any]) -> int:
        if not self.desk.limits.allow_new_names:
            raise Refusal(403, "names_closed",
                          "The facilitator has not allowed new names; pick yours from the list.")
        name = required_str(data, "name", 200)
        group_id = optional_int(data, "group_id")
        made = await run_in_threadpool(desk_services.join_as_new, self.desk.library,
                                       self.desk.teaching_id, name, group_id)
        self.desk.roster_cache = None
        self.desk.on_change(f"observers:{self.desk.teaching_id}")
        return made

    # -- the clock -------------------------------------------------------------
    async def state(self, request: Request) -> Response:
        self.desk.session(request.cookies.get(SESSION_COOKIE), address(request))
        cached = self.desk.clock_cache  # 100 phones poll every 3 s; they count down themselves
        if cached is not None and time.monotonic() - cached[0] < CLOCK_SECONDS:
            return JSONResponse({"clock": views.clock(cached[1])})
        clock = await run_in_threadpool(desk_services.clock_view, self.desk.library,
                                        self.desk.teaching_id, self.desk.now())
        self.desk.clock_cache = (time.monotonic(), clock)
        return JSONResponse({"clock": views.clock(clock)})

    # -- notes -----------------------------------------------------------------
    async def add_note(self, request: Request) -> Response:
        session = self.desk.observer(request.cookies.get(SESSION_COOKIE), address(request))
        data = await read_json(request, self.desk.limits.json_bytes)
        client_id = required_str(data, "client_id", desk_services.CLIENT_ID_CHARS)
        text = required_str(data, "text", self.desk.limits.note_chars)
        kind = optional_str(data, "kind") or "evidence"
        seen = optional_int(data, "segment_id")
        pupil, seat = optional_int(data, "case_pupil_id"), optional_int(data, "seat_id")
        flagged = data.get("flagged", False)
        if not isinstance(flagged, bool):
            raise Refusal(400, "bad_json", "'flagged' must be true or false.")
        self.desk.act(session)
        note = await asyncio.wrap_future(self.desk.notes.submit(desk_services.PhoneNote(
            observer_of(session), client_id, text, kind, seen, pupil, seat, flagged)))
        return JSONResponse({"note": {**views.note(note), "client_id": client_id}},
                            status_code=201)

    async def list_notes(self, request: Request) -> Response:
        session = self.desk.observer(request.cookies.get(SESSION_COOKIE), address(request))
        found = await run_in_threadpool(
            desk_services.my_notes, self.desk.library, self.desk.teaching_id,
            observer_of(session), session.group_id, self.desk.limits.share_group_notes)
        return JSONResponse({"notes": [views.note(n) for n in found]})

    # -- photos ----------------------------------------------------------------
    async def add_photo(self, request: Request) -> Response:
        session = self.desk.observer(request.cookies.get(SESSION_COOKIE), address(request))
        data = await read_body(request, self.desk.limits.photo_bytes, "photo")
        if not data:
            raise Refusal(400, "empty", "The photo was empty; take it again.")
        name = desk_services.photo_name(
            urllib.parse.unquote(request.headers.get("x-file-name", "")))
        seen = header_int(request, "x-segment-id")
        self.desk.act(session)
        # Decoding a 12-megapixel photo takes a core for a moment: in a worker process, so
        # neither the window nor the other phones wait for it.
        photo = await asyncio.wrap_future(self.desk.photos.submit(process_photo, data, name=name))
        outcome = await run_in_threadpool(
            desk_services.store_phone_photo, self.desk.library, self.desk.teaching_id,
            observer_of(session), photo, name, self.desk.now(), seen)
        self.desk.on_change(f"photos:{self.desk.teaching_id}")
        return JSONResponse({"photo": {"id": outcome.photo_id, "status": str(outcome.status)}},
                            status_code=201)

    # -- key ideas -------------------------------------------------------------
    async def key_ideas(self, request: Request) -> Response:
        session = self.desk.observer(request.cookies.get(SESSION_COOKIE), address(request))
        if session.group_id is None:
            return JSONResponse({"ideas": []})
        ideas = await run_in_threadpool(desk_services.group_key_ideas, self.desk.library,
                                        self.desk.teaching_id, session.group_id)
        return JSONResponse({"ideas": ideas})

    async def set_key_ideas(self, request: Request) -> Response:
        session = self.desk.observer(request.cookies.get(SESSION_COOKIE), address(request))
        data = await read_json(request, self.desk.limits.json_bytes)
        ideas = data.get("ideas")
        if not isinstance(ideas, list) or not all(isinstance(i, str) for i in ideas):
            raise Refusal(400, "bad_json", "'ideas' must be a list of texts.")
        self.desk.act(session)
        stored = await run_in_threadpool(desk_services.set_group_key_ideas, self.desk.library,
                                         self.desk.teaching_id, observer_of(session), ideas)
        self.desk.on_change(f"photos:{self.desk.teaching_id}")
        return JSONResponse({"ideas": stored})


def observer_of(session: ObserverSession) -> int:
    assert session.observer_id is not None
    return session.observer_id


def refusal_for(error: LessonStudyError) -> Refusal:
    """The HTTP face of an expected error from a service."""
    text = " ".join(error.message.split())
    if isinstance(error, desk_services.NotConvenorError):
        return Refusal(403, "not_convenor", text)
    if isinstance(error, desk_services.SegmentEndedError):
        return Refusal(409, "segment_ended", text)
    if isinstance(error, ImageError):
        return Refusal(415, "not_image", text)
    if isinstance(error, NotFoundError):
        return Refusal(410, "gone", text)
    if isinstance(error, ClockError):
        return Refusal(409, "clock", text)
    if isinstance(error, ValidationError):
        return Refusal(422, "invalid", text)
    if isinstance(error, StorageError):
        return Refusal(503, "busy", text)
    return Refusal(400, "refused", text)


def address(request: Request) -> str:
    return request.client.host if request.client else ""


def check_origin(request: Request) -> None:
    """A write must come from the page itself (no other site's form or script)."""
    if request.method == "GET":
        return
    origin = request.headers.get("origin")
    if origin is not None and urllib.parse.urlsplit(origin).netloc != request.headers.get("host"):
        raise Refusal(403, "cross_origin", "Requests must come from the observation page.")


async def read_body(request: Request, limit: int, what: str) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(what, limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(what, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def too_large(what: str, limit: int) -> Refusal:
    return Refusal(413, "too_large", f"The {what} is larger than {limit // (1024 * 1024) or 1} MB.")


async def read_json(request: Request, limit: int) -> dict[str, Any]:
    body = await read_body(request, limit, "request")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Refusal(400, "bad_json", "The request was not valid JSON.") from None
    if not isinstance(data, dict):
        raise Refusal(400, "bad_json", "The request must be a JSON object.")
    return data


def optional_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise Refusal(400, "bad_json", f"'{key}' must be text.")
    return value


def required_str(data: dict[str, Any], key: str, limit: int) -> str:
    value = optional_str(data, key)
    if value is None or not value.strip():
        raise Refusal(400, "bad_json", f"'{key}' is missing.")
    if len(value) > limit:
        raise Refusal(413, "too_long", f"'{key}' is longer than {limit} characters.")
    return value


def optional_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise Refusal(400, "bad_json", f"'{key}' must be a whole number.")
    return value


def header_int(request: Request, name: str) -> int | None:
    """A whole number a phone sent in a header (the segment a waiting photo was taken in)."""
    value = request.headers.get(name, "").strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 12:
        raise Refusal(400, "bad_json", f"'{name}' must be a whole number.")
    return int(value)


class SecurityHeaders:
    """ASGI middleware: every answer (pages, API, errors) carries the security headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
