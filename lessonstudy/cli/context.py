"""What every subcommand receives: parsed arguments and a lazily opened library."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from lessonstudy.paths import LibraryLocation, resolve_location

if TYPE_CHECKING:
    from lessonstudy.storage.library import Library


@dataclass
class CommandContext:
    """Arguments plus the library they name, opened on first use and closed at exit."""

    args: argparse.Namespace
    out: TextIO
    _library: Library | None = field(default=None, init=False)

    @property
    def location(self) -> LibraryLocation:
        return resolve_location(self.args.data_dir, self.args.db_url)

    def library(self, *, reads_only: bool = False) -> Library:
        """The library, opened on first use; ``reads_only`` for commands that never write."""
        if self._library is None:
            from lessonstudy.storage.library import Library

            self._library = Library.open(self.location, reads_only=reads_only)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None

    def say(self, text: str) -> None:
        print(text, file=self.out)
