"""An open class of phones: 100 observers send 20 notes each and 10 photos in all over 60 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/observation_load.py
        [--observers 100] [--notes 20] [--photos 10] [--seconds 60]

The facilitator's side runs as in the window: a Qt app with the teaching's Live
lesson and Photos tabs showing, the observation opened through the window's
:class:`ObservationHost` (server thread, change broadcasts relayed onto the GUI
thread), the lesson clock running, the demo library in a temporary folder.
The phones are another process: one thread per observer, each from its own
loopback address (127.0.0.x), joining with the link, picking itself, polling
the clock every 3 s and sending its notes at random moments over the minute;
ten of them also send a 12-megapixel photo. A note whose answer is lost is
sent again with the same id (it must be stored once). Printed, each with a
baseline from the same run:

- notes stored / sent, duplicates, losses (goal: all stored, none twice);
- note latency p50/p99/max under load, against one phone alone on an idle
  server (goal: p99 <= 200 ms);
- GUI responsiveness: how late a 10 ms timer fires on the GUI thread during
  the load (p99, max), against the same probe with the observation open and idle.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# -- the phones (a separate process) ------------------------------------------------------
class PhoneClient:
    """One observer's phone: a keep-alive connection from its own address and a cookie."""

    def __init__(self, base: str, source: str) -> None:
        parts = urllib.parse.urlsplit(base)
        self.host, self.port, self.source = parts.hostname or "", parts.port or 80, source
        self.cookie = ""
        self.conn: http.client.HTTPConnection | None = None

    def call(self, method: str, path: str, body: bytes | None = None,
             kind: str = "application/json") -> tuple[int, dict]:
        for attempt in range(3):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30,
                                                           source_address=(self.source, 0))
                headers = {"Content-Type": kind, "Cookie": self.cookie}
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                raw = response.read()
                cookie = response.getheader("set-cookie")
                if cookie:
                    self.cookie = cookie.split(";", 1)[0]
                return response.status, json.loads(raw) if raw else {}
            except (OSError, http.client.HTTPException):
                self.conn = None  # a dropped connection: send the same request again
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def send_json(self, method: str, path: str, payload: object) -> tuple[int, dict]:
        return self.call(method, path, json.dumps(payload).encode())


def observer_run(base: str, secret: str, index: int, observer_id: int, notes: int,
                 seconds: float, photo: bytes | None, results: dict) -> None:
    phone = PhoneClient(base, f"127.0.0.{10 + index % 240}")
    phone.send_json("POST", "/api/join", {"secret": secret})
    phone.send_json("POST", "/api/me", {"observer_id": observer_id})
    rng = random.Random(index)
    moments = sorted(rng.uniform(0, seconds) for _ in range(notes))
    photo_at = rng.uniform(0, seconds) if photo else None
    start, sent, latencies, statuses, polls = time.monotonic(), 0, [], [], []
    next_poll = rng.uniform(0, 3)
    while sent < notes or photo_at is not None:
        now = time.monotonic() - start
        if sent < notes and now >= moments[sent]:
            body = {"client_id": f"o{index}-n{sent}", "text": f"observer {index} note {sent}"}
            began = time.perf_counter()
            status, _data = phone.send_json("POST", "/api/notes", body)
            latencies.append(time.perf_counter() - began)
            statuses.append(status)
            sent += 1
        elif photo_at is not None and now >= photo_at:
            status, _data = phone.call("POST", "/api/photos", photo, "image/jpeg")
            results.setdefault("photo_statuses", []).append(status)
            photo_at = None
        elif now >= next_poll:
            began = time.perf_counter()
            phone.call("GET", "/api/state")
            polls.append(time.perf_counter() - began)
            next_poll += 3
        else:
            time.sleep(0.01)
    results.setdefault("latencies", []).extend(latencies)
    results.setdefault("statuses", []).extend(statuses)
    results.setdefault("polls", []).extend(polls)


def clients_main(args: argparse.Namespace) -> None:
    """Run the phones and print one JSON object of figures."""
    base, secret = args.url.split("#k=")
    ids = json.loads(args.ids)
    from lessonstudy.domain.errors import LessonStudyError  # noqa: F401  (same interpreter)

    alone: dict = {}  # baseline: one phone alone, 20 notes one after another
    observer_run(base, secret, 239, ids[0], 20, 0.0, None, alone)  # texts "observer 239 …"
    photo = big_photo()
    results: dict = {}
    threads = [threading.Thread(target=observer_run, args=(
        base, secret, i, ids[i], args.notes, args.seconds,
        photo_variant(photo, i) if i < args.photos else None, results))
        for i in range(args.observers)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({"alone": alone["latencies"], "latencies": results["latencies"],
                      "statuses": results["statuses"], "polls": results["polls"],
                      "photo_statuses": results.get("photo_statuses", []),
                      "wall": time.monotonic() - began}))


def noise_main(seconds: float) -> None:
    """A bare process sleeping 10 ms at a time: how late the machine itself wakes it."""
    samples, end = [], time.monotonic() + seconds
    last = time.perf_counter()
    while time.monotonic() < end:
        time.sleep(0.010)
        now = time.perf_counter()
        samples.append(max(0.0, now - last - 0.010))
        last = now
    print(json.dumps(samples))


def big_photo() -> bytes:
    """A 4000 × 3000 JPEG of about 3 MB, like a phone's picture of an iBoard."""
    import io

    from PIL import Image

    noise = Image.effect_noise((1000, 750), 60).convert("RGB").resize((4000, 3000))
    buffer = io.BytesIO()
    noise.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def photo_variant(photo: bytes, index: int) -> bytes:
    """The same picture with a different comment, so each photo is a new file."""
    return photo[:2] + b"\xff\xfe\x00\x08" + f"p{index:05d}".encode()[:6] + photo[2:]


# -- the facilitator's window (this process) ------------------------------------------------
def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


class LatenessProbe:
    """How late a 10 ms timer fires on the GUI thread: the window's responsiveness."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.samples: list[float] = []
        self.worst_at = 0.0  # seconds after start() of the longest wait
        self._start = self._last = time.perf_counter()
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        late = max(0.0, now - self._last - 0.010)
        if not self.samples or late > max(self.samples):
            self.worst_at = now - self._start
        self.samples.append(late)
        self._last = now

    def start(self) -> None:
        self.samples.clear()
        self._start = self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.samples)


class GuiWork:
    """Where the GUI thread's time went while phones sent: the slowest single pieces.

    The slots phones' data reaches are timed (the notes list taking arrived notes,
    each broadcast kind reaching every view that follows it) and so are the
    garbage collections on the GUI thread, so a late timer has a name.
    """

    def __init__(self) -> None:
        self.pieces: dict[str, list[float]] = {}
        self.recording = False

    def wrap(self, owner: type, name: str, label: object) -> None:
        """Time ``owner.name``; ``label`` is a text or a function of the call's arguments."""
        real = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            began = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                if self.recording:
                    key = label(*args) if callable(label) else str(label)
                    self.pieces.setdefault(key, []).append(time.perf_counter() - began)

        setattr(owner, name, timed)

    def follow_collections(self) -> None:
        import gc

        started: list[float] = []

        def collected(phase: str, info: dict) -> None:
            if threading.current_thread() is not threading.main_thread():
                return
            if phase == "start":
                started[:] = [time.perf_counter()]
            elif started and self.recording:
                key = f"garbage collection (generation {info['generation']})"
                self.pieces.setdefault(key, []).append(time.perf_counter() - started[0])

        gc.callbacks.append(collected)

    def lines(self) -> list[str]:
        worst = sorted(self.pieces.items(), key=lambda item: -max(item[1]))
        return [f"    {key:<60} max {max(v) * 1000:6.1f} ms  total {sum(v) * 1000:7.0f} ms"
                f"  ({len(v)} times)" for key, v in worst]


def run_for(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)


def prepare(folder: Path, observers: int) -> tuple[object, int, list[int]]:
    from lessonstudy.paths import resolve_location
    from lessonstudy.services import live
    from lessonstudy.services.demo import load_demo
    from lessonstudy.storage.library import Library
    from lessonstudy.storage.models import Observer, ObserverGroup, Teaching

    library = Library.open(resolve_location(folder))
    load_demo(library)
    with library.unit_of_work() as session:
        demo = session.get_one(Teaching, 2)
        teaching = Teaching(version_id=demo.version_id, kind="research", class_name="2D",
                            teacher="Chan Wai Man")
        session.add(teaching)
        session.flush()
        groups = [ObserverGroup(teaching_id=teaching.id, position=g, name=f"Group {g + 1}",
                                focus="Student participation") for g in range(10)]
        session.add_all(groups)
        session.flush()
        people = [Observer(teaching_id=teaching.id, group_id=groups[i % 10].id, position=i,
                           name=f"Visitor {i + 1:03d}") for i in range(observers)]
        session.add_all(people)
        session.flush()
        teaching_id, ids = teaching.id, [p.id for p in people]
    live.start_lesson(library, teaching_id, datetime.now(UTC))
    return library, teaching_id, ids


def window_main(args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    from lessonstudy.services import notes, photos
    from lessonstudy.ui.context import AppContext
    from lessonstudy.ui.live.live_tab import LiveLessonTab
    from lessonstudy.ui.observation.host import ObservationHost, host_for
    from lessonstudy.ui.operations import Operation
    from lessonstudy.ui.photos.photos_tab import PhotosTab

    app = QApplication.instance() or QApplication([])
    work = GuiWork()  # before the tabs exist: they connect to the timed slots
    work.wrap(LiveLessonTab, "_notes_arrived", "phones' notes into the Live lesson list")
    work.wrap(AppContext, "notify_changed",
              lambda _context, what="library": f"broadcast {what.partition(':')[0]}: to every view")
    work.wrap(Operation, "_deliver", lambda operation, *_a: "results of work done off the GUI "
              f"thread: {getattr(operation._work, '__qualname__', '?').split('.<locals>')[0]}")
    work.follow_collections()
    with tempfile.TemporaryDirectory() as folder:
        library, teaching, ids = prepare(Path(folder), args.observers)
        context = AppContext()
        context.set_library(library)  # type: ignore[arg-type]
        live_tab, photos_tab = LiveLessonTab(context, teaching), PhotosTab(context, teaching)
        live_tab.show()
        photos_tab.show()
        ObservationHost.listen_host, ObservationHost.preferred_port = "127.0.0.1", 0
        host = host_for(context)
        host.open(teaching)
        while host.observation(teaching) is None:
            run_for(app, 0.05)
        found = host.observation(teaching)
        assert found is not None
        probe = LatenessProbe()
        probe.start()
        run_for(app, 3.0)
        idle = probe.stop()
        phones = subprocess.Popen(
            [sys.executable, __file__, "--clients", found.details.url, "--ids", json.dumps(ids),
             "--observers", str(args.observers), "--notes", str(args.notes),
             "--photos", str(args.photos), "--seconds", str(args.seconds)],
            stdout=subprocess.PIPE, text=True)
        noise = subprocess.Popen([sys.executable, __file__, "--noise", str(args.seconds)],
                                 stdout=subprocess.PIPE, text=True)
        output: list[str] = []  # read while it runs: its figures are larger than a pipe holds
        reader = threading.Thread(target=lambda: output.append(
            phones.stdout.read() if phones.stdout else "{}"))
        reader.start()
        probe.start()
        work.recording = True
        while phones.poll() is None:
            run_for(app, 0.1)
        loaded = probe.stop()
        work.recording = False
        worst_at = probe.worst_at
        run_for(app, 1.0)  # the last broadcasts reach the tabs
        reader.join()
        figures = json.loads(output[0])
        figures["noise"] = json.loads(noise.communicate()[0])
        figures["load"] = os.getloadavg()[0]
        stored = notes.list_notes(library, teaching)  # type: ignore[arg-type]
        stored_photos = photos.list_photos(library, teaching)  # type: ignore[arg-type]
        host.close_all_now()
        report(args, figures, stored, len(stored_photos), idle, loaded, worst_at)
        print("  the GUI thread's longest pieces of work during the load:")
        print("\n".join(work.lines()))
        library.close()  # type: ignore[attr-defined]


def report(args: argparse.Namespace, figures: dict, stored: list, photo_count: int,
           idle: list[float], loaded: list[float], worst_at: float) -> None:
    sent = args.observers * args.notes
    texts = [note.text for note in stored if note.text.startswith("observer ")
             and not note.text.startswith("observer 239 ")]  # the baseline phone
    ms = [v * 1000 for v in figures["latencies"]]
    alone = [v * 1000 for v in figures["alone"]]
    polls = [v * 1000 for v in figures["polls"]]
    print(f"observation load: {args.observers} observers x {args.notes} notes, "
          f"{args.photos} photos over {args.seconds:.0f} s (wall {figures['wall']:.1f} s), "
          f"SQLite, phones on 127.0.0.x")
    print(f"  notes stored {len(set(texts))} of {sent} sent; duplicates "
          f"{len(texts) - len(set(texts))}; lost {sent - len(set(texts))}; "
          f"answers {sorted(set(figures['statuses']))}")
    print(f"  photos stored {photo_count} of {args.photos} "
          f"(answers {sorted(set(figures['photo_statuses']))})")
    print(f"  note latency ms  p50 {statistics.median(ms):6.1f}  p99 {percentile(ms, .99):6.1f}"
          f"  max {max(ms):6.1f}   (goal p99 <= 200)")
    ratio = percentile(ms, .99) / percentile(alone, .99)
    print(f"  baseline: one phone alone  p50 {statistics.median(alone):6.1f}  p99 "
          f"{percentile(alone, .99):6.1f}   -> p99 x{ratio:.1f}")
    print(f"  clock polls ms   p50 {statistics.median(polls):6.1f}  p99 "
          f"{percentile(polls, .99):6.1f}  ({len(polls)} polls)")
    late = [v * 1000 for v in loaded]
    calm = [v * 1000 for v in idle]
    print(f"  GUI timer lateness ms under load  p99 {percentile(late, .99):6.1f}  max "
          f"{max(late):6.1f} (at {worst_at:.1f} s)   (goal max <= 100)")
    print(f"  baseline: observation open, idle  p99 {percentile(calm, .99):6.1f}  max "
          f"{max(calm):6.1f}")
    noise = [v * 1000 for v in figures["noise"]]
    print(f"  the machine: a bare sleeping process during the load  p99 "
          f"{percentile(noise, .99):6.1f}  max {max(noise):6.1f}   (load average "
          f"{figures['load']:.1f} on {os.cpu_count()} cores)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--observers", type=int, default=100)
    parser.add_argument("--notes", type=int, default=20)
    parser.add_argument("--photos", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", dest="url", help=argparse.SUPPRESS)
    parser.add_argument("--ids", help=argparse.SUPPRESS)
    parser.add_argument("--noise", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.noise:
        noise_main(args.noise)
    elif args.url:
        clients_main(args)
    else:
        window_main(args)


if __name__ == "__main__":
    main()
