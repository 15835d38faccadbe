"""Forms, report and packet in every print language: the targets hold bilingually too.

Chinese and Japanese labels wrap character by character and bilingual labels are twice as long,
so each print is timed in every language with English as the baseline from the same run, and
the slowest language is named. Library: the demo open class grown to 30 observers (bench/forms.py)
with its conference; fonts are parsed before timing.

    .venv/bin/python bench/print_languages.py [--lang all|en|zh-HK|zh-CN|ja|bilingual]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lessonstudy.i18n import LANGUAGES, parse_language, using_language
from lessonstudy.paths import resolve_location
from lessonstudy.printing.forms import FormBook
from lessonstudy.printing.packet import build_packet
from lessonstudy.printing.report import build_conference_report
from lessonstudy.services.demo import load_demo
from lessonstudy.services.forms import load_forms
from lessonstudy.services.packet_data import load_packet
from lessonstudy.services.report import load_report_data
from lessonstudy.storage.library import Library

try:  # run as a script: bench/ is on sys.path
    from forms import RESEARCH_TEACHING, copies, grow_to_thirty
except ImportError:  # imported as bench.print_languages
    from bench.forms import RESEARCH_TEACHING, copies, grow_to_thirty

REPEATS = 3
TARGETS = {"30 forms": 0.5, "report": 0.5, "packet": 2.0}


def fastest(work: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(library: Library, folder: Path) -> dict[str, float]:
    """Seconds per print in the language in force (forms share one layout, as export does)."""
    forms = load_forms(library, RESEARCH_TEACHING)
    chosen = copies(forms)
    report = load_report_data(library, RESEARCH_TEACHING)
    packet = load_packet(library, [RESEARCH_TEACHING])

    def thirty_forms() -> None:
        book = FormBook(forms)
        for number, copy in enumerate(chosen):
            book.write(folder / f"form-{number}.pdf", copy)

    return {
        "30 forms": fastest(thirty_forms),
        "report": fastest(lambda: build_conference_report(report, folder / "report.pdf")),
        "packet": fastest(lambda: build_packet(packet, folder / "packet.pdf")),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="all",
                        help=f"all (default) or one of {', '.join(LANGUAGES)}")
    args = parser.parse_args()
    wanted = list(LANGUAGES) if args.lang == "all" else ["en", parse_language(args.lang)]
    wanted = list(dict.fromkeys(wanted))
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        library = Library.open(resolve_location(root / "library"))
        load_demo(library)
        grow_to_thirty(library)
        with using_language("en"):
            measure(library, root)  # warm: fonts parsed, subsets cut
        results = {}
        for code in wanted:
            with using_language(code):
                results[code] = measure(library, root)
        library.close()
    base = results["en"]
    print(f"{'language':<10}" + "".join(f"{name:>22}" for name in TARGETS))
    for code, figures in results.items():
        cells = "".join(f"{figures[n] * 1000:10.0f} ms ({figures[n] / base[n]:4.2f}×)"
                        for n in TARGETS)
        print(f"{code:<10}{cells}")
    for name, target in TARGETS.items():
        slowest = max(results, key=lambda code, n=name: results[code][n])  # type: ignore[misc]
        seconds = results[slowest][name]
        verdict = "OK" if seconds < target else "MISSED"
        print(f"slowest {name}: {slowest} {seconds * 1000:.0f} ms "
              f"(English {base[name] * 1000:.0f} ms; target < {target:g} s) {verdict}")


if __name__ == "__main__":
    main()
