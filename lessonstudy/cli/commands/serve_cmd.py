"""``serve TEACHING``: open the observation page of a teaching for observers' phones.

The first line of output is the full join link (for a QR code or a script),
then the address, the join code and the network it listens on. It serves
until Ctrl+C (or SIGTERM), then closes the observation and frees the port.
With ``--db-url`` it runs headless on a school server, one process per
classroom.
"""

from __future__ import annotations

import signal
import time
from typing import Any

from lessonstudy.cli.context import CommandContext
from lessonstudy.i18n import _
from lessonstudy.i18n.marks import N_

DEFAULT_PORT = 8765  # the same as lessonstudy.web.server.DEFAULT_PORT (kept light to import)


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "serve",
        help=N_("open a teaching's observation page for observers' phones (until Ctrl+C)"),
        description=N_("Serve the observation page of a teaching on the local network: observers "
        "join with the printed link (or its join code), pick their name and send notes, photos "
        "and key ideas straight into the library. The first output line is the join link."),
    )
    serve.add_argument("teaching", metavar="TEACHING",
        help=N_("teaching id or unique lesson title"))
    serve.add_argument("--host", default="0.0.0.0",
                       help=N_("address to listen on (default: every network of this computer)"))
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=N_("port to listen on (default: %(default)s; 0 picks a free one)"))
    serve.add_argument("--no-new-names", action="store_true",
                       help=N_("observers must pick their name from the roster"))
    serve.add_argument("--share-group-notes", action="store_true",
                       help=N_("observers also see the notes of the rest of their group"))
    serve.set_defaults(handler=run)


def run(ctx: CommandContext) -> int:
    from lessonstudy.services.observers import load_board
    from lessonstudy.web.access import Limits
    from lessonstudy.web.server import ObservationServer

    args = ctx.args
    library = ctx.library()
    board = load_board(library, args.teaching)
    limits = Limits(allow_new_names=not args.no_new_names,
                    share_group_notes=args.share_group_notes)
    server = ObservationServer(library, board.teaching_id, limits=limits)
    details = server.start(args.host, args.port)
    ctx.out.write(details.url + "\n")
    ctx.say(_("Observation of '{title}' is open at {address} (join code {code}).").format(
        title=board.lesson_title, address=details.address, code=details.code))
    ctx.say(_("Listening on {where}: anyone on that network who has the link or the code can "
              "join. Press Ctrl+C to close the observation.").format(where=details.listening_on))
    ctx.out.flush()
    # Ctrl+C and SIGTERM close the observation even when this process inherited them
    # ignored or blocked (started in the background by a script, a service or a test run).
    stops = (signal.SIGINT, signal.SIGTERM)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, stops)
    previous = {stop: signal.signal(stop, _interrupt) for stop in stops}
    try:
        server.prepare_photos()  # after the link is out: the first phone's photo need not wait
        while server.running:
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        for stop, handler in previous.items():
            signal.signal(stop, handler)
    ctx.say(_("Observation closed."))
    return 0


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
