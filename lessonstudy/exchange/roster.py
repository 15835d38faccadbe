"""Read the visitor roster of an open class from a CSV file.

Facilitators collect registrations in a spreadsheet and import them with
``lessonstudy roster import TEACHING FILE.csv`` or the GUI. A roster is all
or nothing: a file with any bad row is refused whole, and the error lists
every problem with its line number so the facilitator can fix the
spreadsheet in one go instead of one error per attempt.

Decisions:

* Columns are ``name`` (required), ``school``, ``role`` and ``group``, in
  English or Chinese (see :mod:`lessonstudy.exchange.roster_words`).
* An unknown column is refused, not ignored: a typo such as "nmae" or
  "rloe" would otherwise silently drop data. The message suggests the
  column it probably meant; extra columns (email, phone) must be deleted.
* Empty columns without a heading (Excel's trailing commas) are ignored.
* An empty role means visitor. Names and schools are trimmed and inner
  spaces collapsed; the same name and school twice is a duplicate.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NoReturn

from lessonstudy.domain.assignment import school_key
from lessonstudy.domain.enums import ObserverRole
from lessonstudy.domain.limits import MAX_OBSERVERS
from lessonstudy.exchange.csv_text import CsvText, read_csv_text, refuse
from lessonstudy.exchange.roster_words import (
    COLUMN_HINT,
    ROLE_HINT,
    column_for,
    role_for,
    suggest_column,
    suggest_role,
)
from lessonstudy.i18n import _, pgettext

Problem = tuple[int, str]
"""A problem and the file line it is on (0 for the file as a whole)."""


@dataclass(frozen=True)
class RosterRow:
    """One observer read from a roster, with the file line it came from."""

    line: int
    name: str
    school: str
    role: ObserverRole
    group: str | None


def parse_roster(data: bytes, *, source_name: str = "roster.csv") -> list[RosterRow]:
    """Every observer in the file, or :class:`ImportRejectedError` listing every problem."""
    records = list(_records(read_csv_text(data, source_name), source_name))
    if not records:
        _refuse(source_name, [(0, _("{file} is empty: there is no heading row and no "
                                    "observers.").format(file=source_name))])
    (heading_line, headings), body = records[0], records[1:]
    columns, problems = _columns(heading_line, headings)
    if problems:
        _refuse(source_name, problems)
    if not body:
        _refuse(source_name, [(0, _("{file} has a heading row but no observers under it.")
                                  .format(file=source_name))])
    if len(body) > MAX_OBSERVERS:
        _refuse(source_name, [(0, _("{file} has {rows:,} rows; a roster may have at most "
                                    "{limit:,} observers.").format(
            file=source_name, rows=len(body), limit=MAX_OBSERVERS))])
    rows: list[RosterRow] = []
    people: list[tuple[int, str, str]] = []
    for line, cells in body:
        values = _values(line, cells, columns, problems)
        row = _row(line, values, problems)
        if row is not None:
            rows.append(row)
        if values.get("name"):
            people.append((line, values["name"], values.get("school", "")))
    problems += _duplicates(people)
    if problems:
        _refuse(source_name, problems)
    return rows


def _records(csv_text: CsvText, source_name: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank records with the file line each starts on."""
    reader = csv.reader(io.StringIO(csv_text.text, newline=""), delimiter=csv_text.delimiter,
                        strict=True)
    previous_end = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            line = previous_end + 1 + csv_text.lines_skipped
            problem = _("this line cannot be read as CSV ({error}); is a quote (\") "
                        "misplaced?").format(error=error)
            _refuse(source_name, [(line, problem)], cause=error)
        start, previous_end = previous_end + 1, reader.line_num
        if any(cell.strip() for cell in cells):
            yield start + csv_text.lines_skipped, cells


def _columns(line: int, headings: list[str]) -> tuple[list[str | None], list[Problem]]:
    """What each column means (None for blank headings), and any heading problems."""
    columns: list[str | None] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    guessed: set[str | None] = set()
    for heading in headings:
        column = column_for(heading)
        columns.append(column)
        if column is None and heading.strip():
            guess = suggest_column(heading)
            guessed.add(guess)
            problems.append((line, _unknown_column(heading, guess)))
        elif column is not None and column in seen:
            problems.append((line, _("columns '{first}' and '{second}' both mean {column}; "
                                     "keep only one").format(
                first=seen[column], second=heading.strip(), column=_column_word(column))))
        elif column is not None:
            seen[column] = heading.strip()
    if "name" not in seen and "name" not in guessed:
        if seen or guessed - {None}:
            text = _("there is no name column (姓名); the columns can be {columns}")
        else:
            text = _("there is no name column (姓名) (the first line must be the heading row); "
                     "the columns can be {columns}")
        problems.append((line, text.format(columns=COLUMN_HINT)))
    return columns, problems


def _unknown_column(heading: str, guess: str | None) -> str:
    if guess:
        return _("column '{heading}' is not known; did you mean '{guess}'?").format(
            heading=heading.strip(), guess=guess)
    return _("column '{heading}' is not used by Lesson Study; delete it or rename it to one "
             "of {columns}").format(heading=heading.strip(), columns=COLUMN_HINT)


def _column_word(column: str) -> str:
    """A roster column as the reader calls it (the file's own heading may be either)."""
    words = {"name": pgettext("roster column", "name"),
             "school": pgettext("roster column", "school"),
             "role": pgettext("roster column", "role"),
             "group": pgettext("roster column", "group")}
    return words.get(column, column)


def _values(
    line: int, cells: list[str], columns: list[str | None], problems: list[Problem]
) -> dict[str, str]:
    """The row's cells by column, spaces tidied; values under no heading are problems."""
    values: dict[str, str] = {}
    for index, cell in enumerate(cells):
        column = columns[index] if index < len(columns) else None
        if column is not None:
            values[column] = " ".join(cell.split())
            if "\n" in cell or "\r" in cell:
                problems.append((line, _("the {column} runs over several lines; is a quote "
                                         "(\") left open?").format(
                    column=_column_word(column))))
        elif cell.strip():
            problems.append((line, _("there is a value in column {number} ('{value}'), which "
                                     "has no heading; is there a stray comma?").format(
                number=index + 1, value=cell.strip())))
    return values


def _row(line: int, values: dict[str, str], problems: list[Problem]) -> RosterRow | None:
    """One roster row, or None after adding its problems to ``problems``."""
    found = len(problems)
    name = values.get("name", "")
    if not name:
        problems.append((line, _("name is empty")))
    role = role_for(values.get("role", ""))
    if role is None:
        problems.append((line, _unknown_role(values["role"])))
    if len(problems) > found or role is None:
        return None
    return RosterRow(line, name, values.get("school", ""), role, values.get("group") or None)


def _unknown_role(text: str) -> str:
    guess = suggest_role(text)
    if guess:
        return _("role '{text}' is not known (did you mean '{guess}'? use {roles})").format(
            text=text, guess=guess, roles=ROLE_HINT)
    return _("role '{text}' is not known (use {roles})").format(text=text, roles=ROLE_HINT)


def _duplicates(people: list[tuple[int, str, str]]) -> list[Problem]:
    """Each repeat of a (line, name, school) at the same school, naming the earlier lines."""
    lines_of: dict[tuple[str, str], list[int]] = {}
    first_seen: dict[tuple[str, str], str] = {}
    for line, name, school in people:
        key = (name.casefold(), school_key(school))
        lines_of.setdefault(key, []).append(line)
        first_seen.setdefault(key, f"'{name}'" + (f" ({school})" if school else ""))
    problems: list[Problem] = []
    for key, lines in lines_of.items():
        if len(lines) == 2:
            text = _("{who} appears twice, also on {lines}")
        else:
            text = _("{who} appears {count} times, also on {lines}")
        for line in lines[1:]:
            others = [other for other in lines if other != line]
            problems.append((line, text.format(who=first_seen[key], count=len(lines),
                                               lines=_lines(others))))
    return problems


def _lines(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return _("line {number}").format(number=numbers[0])
    return _("lines {numbers} and {last}").format(
        numbers=", ".join(str(n) for n in numbers[:-1]), last=numbers[-1])


def _refuse(
    source_name: str, problems: list[Problem], cause: Exception | None = None
) -> NoReturn:
    ordered = sorted(problems, key=lambda problem: problem[0])
    refuse(source_name, [text if line == 0 else _("line {line}: {problem}").format(
        line=line, problem=text) for line, text in ordered], cause)
