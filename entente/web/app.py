"""Routes: one HTML page and one /api/ JSON answer per view, CSV for tables."""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BeforeValidator
from starlette.datastructures import MutableHeaders, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.middleware.trustedhost import TrustedHostMiddleware

from entente import explore
from entente.actors.naming import code_for
from entente.dates import parse_day
from entente.record import event_record
from entente.relations import dyad_series, shift
from entente.relations.alignment import LEVEL
from entente.relations.charts import LEGEND, dyad_figure, figures
from entente.relations.export import write_csv, write_parquet
from entente.relations.series import ALL_MODES, THIN_PERIOD, code_prefix, compared, directed_pairs
from entente.types import ASSERTED, DIRECTIONS, LISTING_SORTS, MODES
from entente.web.uploads import MAX_FILE_BYTES, MAX_FILES, MAX_UPLOAD_BYTES, SnapshotStore, Uploads

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
STATIC = {"app.js": "text/javascript", "style.css": "text/css"}
CACHED_ANSWERS = 512
MAX_RENDERED_BYTES = 2 * 1024 * 1024
# what the dyad and alignment pages show when opened without parameters (and are computed at start)
FIRST_DYAD = ("PAK", "USA")
FIRST_TRIPLE = ("PAK", "USA", "CHN")
# the most active actors whose pages are computed at start, in the background: it trades about 0.1 s
# of start-up CPU each for their first answers, the slowest under load (bench/dashboard_load.py)
WARM_ACTORS = 12
UNCACHED_PATHS = ("/ingest", "/api/ingest", "/static/")  # uploads change; static files are read as asked
COMPUTE_LOCKS = 64  # clients asking the same at once wait for one computation; others rarely share a lock
# the host names the dashboard answers to, whatever address it listens on (--allow-host adds more): a
# page on another site that points its own name at this machine (DNS rebinding) gets 400
LOCAL_HOSTS = ("127.0.0.1", "localhost")
# an actor or country code as the store writes them ("PAKGOV", "IGOUNO", "usa-usaid", an organisation's
# key): any text but markup's characters and control characters
ACTOR_CODE = r"^[^<>\"`\x00-\x1f]{1,120}$"
MISSING = object()
DIRECTION = f"^({'|'.join(DIRECTIONS)})$"
# what a dyad chart draws per period: the mean or summed Goldstein score, the events, or their share
# of all the period's events (a series row's field, and its name on the page)
MEASURES = {"goldstein_mean": "mean Goldstein score", "goldstein_sum": "summed Goldstein score",
            "events": "events", "share": "share of the period's events"}
MEASURE = f"^({'|'.join(MEASURES)})$"
# actors a dyad chart compares with A beside B ("PAK with USA, CHN and RUS"): with both directions
# drawn, 5 actors make 10 lines, about what a reader tells apart by colour
MORE_ACTORS = 4
MODE = f"^({'|'.join([*MODES, ALL_MODES])})$"
SORT = f"^({'|'.join(LISTING_SORTS)})$"
log = logging.getLogger("entente.web")


def day_or_none(value) -> date | None:
    """A form's empty box ("since=") asks for nothing; anything else is read by the one date parser."""
    return None if value in ("", None) else parse_day(value)


def quad_or_none(value) -> int | None:
    if value in ("", None):
        return None
    if str(value) not in ("1", "2", "3", "4"):
        raise ValueError(f"{value!r} is no quad class (1 to 4)")
    return int(value)


def named_actor(value) -> str:
    """An actor code, or a name the actor dictionary resolves to one ("Pakistan" is PAK)."""
    if not re.match(ACTOR_CODE, str(value)):
        raise ValueError("an actor is a code (PAK) or a name (Pakistan), without markup or control characters")
    return code_for(str(value))


def named_actor_or_none(value) -> str | None:
    return None if value in ("", None) else named_actor(value)


def event_code_or_none(value) -> str | None:
    return None if value in ("", None) else code_prefix(value)


# what these refuse is a 422 that says why
EventCode = Annotated[str | None, BeforeValidator(event_code_or_none)]
ActorCode = Annotated[str, BeforeValidator(named_actor)]
OptionalActorCode = Annotated[str | None, BeforeValidator(named_actor_or_none)]
Day = Annotated[date, BeforeValidator(parse_day)]
OptionalDay = Annotated[date | None, BeforeValidator(day_or_none)]
OptionalQuad = Annotated[int | None, BeforeValidator(quad_or_none)]
MoreActors = Annotated[list[OptionalActorCode] | None, Query(max_length=MORE_ACTORS)]


def dyad_args(a: str, b: str, freq: str = "month", direction: str = "both") -> tuple:
    """dyad_series's arguments for the dyad page (which draws shares too), the same at warm-up."""
    return a, b, freq, direction, "none", ASSERTED, True


def alignment_args(actor: str, b: str, c: str, freq: str = "month", direction: str = "both") -> tuple:
    """shift's arguments for the alignment page, the same at warm-up."""
    return actor, b, c, freq, None, None, None, ASSERTED, direction, False


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def create_app(db: str | Path, allowed_hosts: Iterable[str] = ()) -> FastAPI:
    # no /docs or /redoc: FastAPI's pages for them load scripts from a CDN; /openapi.json describes the API
    app = FastAPI(title="entente", description="Events, relations and their evidence, from a DuckDB store.",
                  docs_url=None, redoc_url=None)
    templates = Jinja2Templates(directory=str(resources.files("entente.web").joinpath("templates")))
    templates.env.finalize = lambda value: "" if value is None else value  # a missing title is blank, not "None"
    templates.env.globals["chart_legend"] = LEGEND  # the overview's chart, drawn in the page, places it likewise

    answers: dict[tuple, object] = {}
    computing = [threading.Lock() for _ in range(COMPUTE_LOCKS)]
    rendered: dict[str, tuple[int, list, bytes]] = {}  # GET url -> the status, headers and body sent for it
    swaps = [0]  # how many times an upload has replaced the store

    def answered_ahead(cursor) -> dict[tuple, object]:
        """Every answer kept for the store, worked out again on the store an upload made."""
        ahead = {}
        for fn, args in list(answers):
            try:
                ahead[(fn, args)] = fn(cursor, *args)
            except Exception:  # noqa: BLE001 - left out: asked after the swap, it fails where a reader sees why
                continue
        return ahead

    def store_changed(ahead: dict[tuple, object]) -> None:
        swaps[0] += 1
        answers.clear()
        answers.update(ahead)
        rendered.clear()

    # opened once, read-only; each request reads through its own cursor; an upload swaps the file
    store = SnapshotStore(Path(db), on_swap=store_changed, prepare=answered_ahead)
    uploads = Uploads(store)

    def read(fn: Callable, *args):
        """fn's answer over the store. The store changes only when an upload's ingest swaps it in
        (with every kept answer worked out again on the new store first), so an answer once computed
        stays true until then: it is kept, and clients asking the same at once wait for one computation."""
        key = (fn, args)
        # each thread keeps the answer it read or made: another may empty the cache meanwhile
        answer = answers.get(key, MISSING)
        if answer is MISSING:
            with computing[hash(key) % COMPUTE_LOCKS]:
                answer = answers.get(key, MISSING)
                if answer is MISSING:
                    before = swaps[0]
                    with store.cursor() as cursor:
                        answer = fn(cursor, *args)
                    with store.turn:  # no swap between the check and the write
                        if swaps[0] == before:  # an answer read from a replaced store is sent, not kept
                            if len(answers) >= CACHED_ANSWERS:
                                answers.clear()
                            answers[key] = answer
        return answer

    # pure ASGI middleware, not @app.middleware("http"): that wraps each request in tasks and streams,
    # a fifth of the server's time per page under load (bench/dashboard_load.py)
    app.add_middleware(KeptPages, rendered=rendered, swaps=swaps, turn=store.turn)
    app.state.kept_pages = rendered  # what is kept, for a look from outside (the tests)
    # outside the kept pages, so that no page is answered for a host it does not serve
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=[*LOCAL_HOSTS, *allowed_hosts])
    app.add_middleware(SecurityHeaders)

    def page_of(request: Request, name: str, **context) -> HTMLResponse:
        choices = read(explore.actor_choices)
        return templates.TemplateResponse(request, name, {
            "db": Path(db).name, "actor_choices": choices, "names": {c["code"]: c["name"] for c in choices},
            **context})

    @app.exception_handler(RequestValidationError)
    async def refused(request: Request, exc: RequestValidationError):
        """A value the page cannot use ("Pakistn", "since=yesterday"): the API answers 422 in JSON, a
        page says in words which field and why, on a page of its own."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        problems = [(str(e["loc"][-1]) if e.get("loc") else "", str(e.get("msg", "")).removeprefix("Value error, "))
                    for e in exc.errors()]
        # said without the store's actor suggestions: the store may be what cannot be read
        return templates.TemplateResponse(request, "refused.html", {
            "db": Path(db).name, "actor_choices": [], "names": {}, "problems": problems}, status_code=422)

    def warm() -> None:
        """The pages a user opens first, computed before they are asked for."""
        for fn, args in ((explore.overview, ()), (explore.actor_choices, ()), (dyad_series, dyad_args(*FIRST_DYAD)),
                         (shift, alignment_args(*FIRST_TRIPLE))):
            try:
                read(fn, *args)
            except Exception:  # a store without these actors: the page computes when asked
                pass
        try:  # the actors list's first rows, whose pages are opened from it
            for actor in read(explore.actor_list)[:WARM_ACTORS]:
                read(explore.actor_detail, actor["code"])
        except Exception:  # noqa: BLE001 - each page computes when asked, and says why it cannot
            pass

    threading.Thread(target=warm, name="entente-warm", daemon=True).start()

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        js = resources.files("plotly").joinpath("package_data/plotly.min.js").read_bytes()
        return Response(js, media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/world.json", include_in_schema=False)
    def world_shape() -> Response:
        # Natural Earth's countries, shipped in the package: the overview's map fetches nothing elsewhere
        return Response(resources.files("entente.data").joinpath("world", "countries_110m.json").read_bytes(),
                        media_type="application/json", headers={"Cache-Control": "max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC:  # a fixed list: no path from the client reaches the file system
            raise HTTPException(404)
        return Response(resources.files("entente.web").joinpath("static", name).read_bytes(),
                        media_type=STATIC[name])

    # overview
    @app.get("/api/overview")
    def api_overview() -> dict:
        return read(explore.overview)

    @app.get("/", response_class=HTMLResponse)
    def overview_page(request: Request):
        return page_of(request, "overview.html", data=read(explore.overview))

    # dyad explorer
    @app.get("/api/dyad")
    def api_dyad(a: ActorCode, b: ActorCode, freq: str = Query("month", pattern="^(day|week|month)$"),
                 direction: str = Query("both", pattern=DIRECTION), normalise: bool = False,
                 also: MoreActors = None) -> list[dict]:
        return [row for other in compared(a, b, also)
                for row in read(dyad_series, a, other, freq, direction, "none", ASSERTED, normalise)]

    @app.get("/api/dyad/events")
    def api_dyad_events(since: Day, until: Day, a: ActorCode, b: ActorCode,
                        direction: str = Query("both", pattern=DIRECTION)) -> list[dict]:
        return read(explore.period_events, a, b, since.isoformat(), until.isoformat(), direction)

    @app.get("/dyad", response_class=HTMLResponse)
    def dyad_page(request: Request, a: ActorCode = FIRST_DYAD[0], b: ActorCode = FIRST_DYAD[1],
                  freq: str = Query("month", pattern="^(day|week|month)$"),
                  direction: str = Query("both", pattern=DIRECTION),
                  measure: str = Query("goldstein_mean", pattern=MEASURE),
                  also: MoreActors = None):
        others = compared(a, b, also)
        series = [row for other in others for row in read(dyad_series, *dyad_args(a, other, freq, direction))]
        pairs = [pair for other in others for pair in directed_pairs(a, other, direction)]
        return page_of(request, "dyad.html", a=a, b=b, others=others, more=MORE_ACTORS, freq=freq,
                       direction=direction, measure=measure, measures=MEASURES, thin=THIN_PERIOD, pairs=pairs,
                       figure=dyad_figure(series, pairs, freq, measure, MEASURES[measure]))

    # alignment
    @app.get("/api/alignment")
    def api_alignment(actor: ActorCode, b: ActorCode, c: ActorCode,
                      freq: str = Query("month", pattern="^(week|month)$"),
                      direction: str = Query("both", pattern=DIRECTION), normalise: bool = False) -> dict:
        return read(shift, actor, b, c, freq, None, None, None, ASSERTED, direction, normalise)

    @app.get("/alignment", response_class=HTMLResponse)
    def alignment_page(request: Request, actor: ActorCode = FIRST_TRIPLE[0], b: ActorCode = FIRST_TRIPLE[1],
                       c: ActorCode = FIRST_TRIPLE[2], freq: str = Query("month", pattern="^(week|month)$"),
                       direction: str = Query("both", pattern=DIRECTION)):
        result = read(shift, *alignment_args(actor, b, c, freq, direction))
        return page_of(request, "alignment.html", result=result, figures=figures(result), thin=THIN_PERIOD,
                       level=round(LEVEL * 100))

    # event, story, actor
    @app.get("/api/event/{event_id}")
    def api_event(event_id: str) -> dict:
        return found(read(explore.event_detail, event_id))

    @app.get("/event/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request, event_id: str):
        return page_of(request, "event.html", event=found(read(explore.event_detail, event_id)))

    @app.get("/api/story/{story_id}")
    def api_story(story_id: str) -> dict:
        return found(read(explore.story_detail, story_id))

    @app.get("/story/{story_id}", response_class=HTMLResponse)
    def story_page(request: Request, story_id: str):
        return page_of(request, "story.html", story=found(read(explore.story_detail, story_id)))

    @app.get("/api/actor/{code}")
    def api_actor(code: ActorCode) -> dict:
        return read(explore.actor_detail, code)

    @app.get("/actor/{code}", response_class=HTMLResponse)
    def actor_page(request: Request, code: ActorCode):
        return page_of(request, "actor.html", actor=read(explore.actor_detail, code))

    # events: one listing, its filters in the address; the page shows PAGE of them at a time, the
    # CSV and Parquet downloads every event the filters keep, as `entente events` writes them
    @app.get("/api/events")
    def api_events(source: OptionalActorCode = None, target: OptionalActorCode = None, code: EventCode = None,
                   quad: OptionalQuad = None, mode: str = Query(ASSERTED, pattern=MODE),
                   since: OptionalDay = None, until: OptionalDay = None, q: str = "",
                   sort: str = Query("date", pattern=SORT), page: int = Query(1, ge=1),
                   format: str = Query("json", pattern="^(json|csv|parquet)$")):
        filters = (source, target, iso(since), iso(until), mode, code, quad, q)
        if format == "json":
            return read(explore.event_list, filters, sort, page)
        rows = read(explore.listing_rows, filters, sort)
        if format == "csv":
            return as_csv([event_record(r) for r in rows])
        buffer = io.BytesIO()
        write_parquet(rows, buffer)
        return Response(buffer.getvalue(), media_type="application/vnd.apache.parquet",
                        headers={"Content-Disposition": "attachment; filename=events.parquet"})

    @app.get("/events", response_class=HTMLResponse)
    def events_page(request: Request, source: OptionalActorCode = None, target: OptionalActorCode = None,
                    code: EventCode = None, quad: OptionalQuad = None, mode: str = Query(ASSERTED, pattern=MODE),
                    since: OptionalDay = None, until: OptionalDay = None, q: str = "",
                    sort: str = Query("date", pattern=SORT), page: int = Query(1, ge=1)):
        filters = (source, target, iso(since), iso(until), mode, code, quad, q)
        shown = {"source": source or "", "target": target or "", "code": code or "", "quad": quad or "",
                 "mode": mode, "since": iso(since) or "", "until": iso(until) or "", "q": q, "sort": sort}
        query = {k: v for k, v in shown.items() if v not in ("", None)}
        return page_of(request, "events.html", listing=read(explore.event_list, filters, sort, page), shown=shown,
                       query=query, modes=[*MODES, ALL_MODES], sorts=LISTING_SORTS)

    @app.get("/api/stories")
    def api_stories(page: int = Query(1, ge=1)) -> dict:
        return read(explore.story_list, page)

    @app.get("/stories", response_class=HTMLResponse)
    def stories_page(request: Request, page: int = Query(1, ge=1)):
        return page_of(request, "stories.html", listing=read(explore.story_list, page))

    @app.get("/api/actors")
    def api_actors() -> list[dict]:
        return read(explore.actor_list)

    @app.get("/actors", response_class=HTMLResponse)
    def actors_page(request: Request):
        return page_of(request, "actors.html", actors=read(explore.actor_list))

    @app.get("/api/search")
    def api_search(q: str = "", source: OptionalActorCode = None, target: OptionalActorCode = None,
                   code: EventCode = None, quad: OptionalQuad = None, since: OptionalDay = None,
                   until: OptionalDay = None, format: str = Query("json", pattern="^(json|csv)$")):
        rows = read(explore.search, q, source, target, code, quad, iso(since), iso(until))
        return as_csv(rows) if format == "csv" else JSONResponse(rows)

    @app.get("/search", include_in_schema=False)
    def search_page(request: Request):
        """The search form of earlier versions: its filters are the events page's."""
        return RedirectResponse(f"/events?{request.url.query}" if request.url.query else "/events", status_code=307)

    # ingest: uploads go to a copy of the store, which replaces it when the ingest is done
    async def accept_upload(request: Request) -> dict:
        origin = request.headers.get("origin")
        if origin and origin.split("://", 1)[-1] != request.url.netloc:
            raise HTTPException(403, "uploads are accepted from this dashboard's own pages only")
        length = request.headers.get("content-length") or "0"
        if not length.isdigit():
            raise HTTPException(400, "a Content-Length that is not a number")
        if int(length) > MAX_UPLOAD_BYTES:  # refused before a byte of it is read
            raise HTTPException(413, too_large())
        if not request.headers.get("content-type", "").startswith("multipart/form-data"):
            raise HTTPException(400, "send the files as multipart/form-data in the field 'files'")
        # read as it arrives, to disk past 1 MB, and refused the moment the limit is passed, whatever
        # the transfer encoding (a chunked body announces no length)
        parser = MultiPartParser(request.headers, capped(request.stream(), MAX_UPLOAD_BYTES),
                                 max_files=MAX_FILES + 1, max_fields=MAX_FILES + 1)
        try:
            form = await parser.parse()
        except MultiPartException as exc:
            raise HTTPException(400, f"not a readable form: {exc.message}") from None
        try:
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
            if not files or len(files) > MAX_FILES:
                raise HTTPException(400, f"send 1 to {MAX_FILES} files in the form field 'files'")
            received = [(f.filename, await f.read() if (f.size or 0) <= MAX_FILE_BYTES else None) for f in files]
        finally:
            await form.close()
        return uploads.submit(received).as_dict()

    @app.post("/api/ingest", status_code=202)
    async def api_upload(request: Request) -> dict:
        return await accept_upload(request)

    @app.get("/api/ingest")
    def api_uploads() -> list[dict]:
        return [job.as_dict() for job in reversed(list(uploads.jobs.values()))]

    @app.get("/api/ingest/{job_id}")
    def api_upload_job(job_id: str) -> dict:
        return found(uploads.jobs.get(job_id)).as_dict()

    @app.post("/ingest", include_in_schema=False)
    async def upload_form(request: Request):
        job = await accept_upload(request)
        return RedirectResponse(f"/ingest#job-{job['job_id']}", status_code=303)

    @app.get("/ingest", response_class=HTMLResponse)
    def ingest_page(request: Request):
        jobs = [job.as_dict() for job in reversed(list(uploads.jobs.values()))]
        return page_of(request, "ingest.html", jobs=jobs, max_files=MAX_FILES, max_mb=MAX_FILE_BYTES >> 20,
                    busy=any(j["state"] in ("queued", "running") for j in jobs))

    return app


class KeptPages:
    """A GET page or API answer is rendered once until the store changes (an upload's swap), and
    then sent as it was: `rendered` maps its address to (status, headers, body)."""

    def __init__(self, app, rendered: dict, swaps: list[int], turn: threading.Condition) -> None:
        self.app, self.rendered, self.swaps, self.turn = app, rendered, swaps, turn

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PATHS):
            return await self.app(scope, receive, send)
        key = f"{scope['path']}?{scope['query_string'].decode('latin-1')}"
        kept = self.rendered.get(key)  # read once: an upload's swap may empty the cache meanwhile
        if kept is not None:
            status, headers, body = kept
            await send({"type": "http.response.start", "status": status, "headers": list(headers)})
            await send({"type": "http.response.body", "body": body})
            return
        before = self.swaps[0]
        start, chunks, size = {}, [], [0]

        async def keep(message) -> None:
            if message["type"] == "http.response.start":
                start.update(status=message["status"], headers=list(message.get("headers", [])))
            elif message["type"] == "http.response.body" and start.get("status") == 200 \
                    and size[0] <= MAX_RENDERED_BYTES:
                # an error, or a download past the limit, is sent without a copy kept
                chunks.append(message.get("body", b""))
                size[0] += len(chunks[-1])
            await send(message)

        await self.app(scope, receive, keep)
        body = b"".join(chunks)
        if start.get("status") == 200 and size[0] <= MAX_RENDERED_BYTES:
            with self.turn:  # a page begun on the old store is sent, not kept
                if self.swaps[0] == before:
                    if len(self.rendered) >= CACHED_ANSWERS:
                        self.rendered.clear()
                    self.rendered[key] = (200, start["headers"], body)


class SecurityHeaders:
    """The security headers on every response, errors included (an unexpected one is a bare 500
    here, logged: Starlette's own 500 is sent from outside every middleware, without them)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def with_headers(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = CSP
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "same-origin"  # so a form post carries its Origin
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception:
            log.exception("error answering %s %s", scope["method"], scope["path"])
            if not started:
                await PlainTextResponse("Internal Server Error", status_code=500)(scope, receive, with_headers)


def too_large() -> str:
    return f"an upload is at most {MAX_UPLOAD_BYTES >> 20} MB, {MAX_FILES} files of {MAX_FILE_BYTES >> 20} MB each"


async def capped(stream: AsyncIterator[bytes], limit: int) -> AsyncIterator[bytes]:
    """The request body, refused (413) as soon as more than `limit` bytes have come."""
    received = 0
    async for chunk in stream:
        received += len(chunk)
        if received > limit:
            raise HTTPException(413, too_large())
        yield chunk


def found(value):
    if value is None:
        raise HTTPException(404, "not found")
    return value


def as_csv(events: list[dict]) -> Response:
    """Events as CSV, the same columns as `entente events --format csv` (entente.record)."""
    out = io.StringIO()
    write_csv(events, out)
    return Response(out.getvalue(), media_type="text/csv",
                    headers={"Content-Disposition": "attachment; filename=events.csv"})
