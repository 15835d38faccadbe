"""The command line in a process of its own that starts in milliseconds, for kill -9 trials.

``python -m lessonstudy`` spends most of its start importing SQLAlchemy, ReportLab, Pillow
and the services (about half a second of CPU, two seconds on a loaded two-core CI machine)
before a write command touches the library, so a trial that kills it at a random moment
mostly killed an import. Here a forkserver imports all that once and forks each run: the
child is a separate process running the same ``main(argv)`` as ``python -m lessonstudy``
(own memory, own file handles, its own photo workers), and ``kill()`` sends it SIGKILL.
The product's photo workers use the same forkserver; its preload is kept in ours.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from multiprocessing import resource_tracker
from multiprocessing.process import BaseProcess

PRELOAD = [
    "lessonstudy.imaging.pipeline",  # the photo workers' own preload (lessonstudy.imaging.batch)
    "tests.reliability.cli_process",
    "lessonstudy.cli.main",
    "lessonstudy.storage.library",
    "lessonstudy.storage.models",
    "lessonstudy.services.demo",
    "lessonstudy.exchange.bundle",
    "lessonstudy.exchange.lesson_json",
    "lessonstudy.services.form_import",
    "lessonstudy.services.roster_import",
    "lessonstudy.services.assignment",
    "lessonstudy.services.photo_import",
    "lessonstudy.services.library_settings",
]


def cli_process(argv: list[str]) -> BaseProcess:
    """A not yet started process that runs ``lessonstudy argv`` (output discarded)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context.Process(target=run_cli, args=(argv,), name="lessonstudy")


def run_cli(argv: list[str]) -> None:
    """The child: the environment of a fresh command, then ``main`` and its exit code."""
    for key in [k for k in os.environ if k.startswith("LESSONSTUDY_")]:
        del os.environ[key]
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    # Its own resource tracker, as a command started from the shell has: a killed run's
    # photo-worker semaphores are then cleaned up quietly by it, not reported by ours.
    tracker = resource_tracker._resource_tracker
    tracker._fd, tracker._pid = None, None  # type: ignore[attr-defined]
    from lessonstudy.cli.main import main

    sys.exit(main(argv))
