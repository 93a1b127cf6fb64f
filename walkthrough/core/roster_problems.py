"""A roster's problems in words, each by row (or line) and column.

A :class:`RosterProblem` keeps where it is (the file, the row, the column) apart from what is
wrong, a translatable :class:`~walkthrough.core.i18n.Message`; :meth:`RosterProblem.as_message`
puts them together ("roster.csv: row 7, column C (e-mail): ...") for the interface to translate,
and ``str()`` is that in English, for the command line and the logs. Pure Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

#: The "file" of rooms typed one per line in the first-run page (not a file name).
TYPED = "the rooms typed"

#: A roster field's name in a message ("column C (e-mail)").
LABELS = {
    "room": QT_TRANSLATE_NOOP("core", "room"),
    "teacher": QT_TRANSLATE_NOOP("core", "teacher"),
    "email": QT_TRANSLATE_NOOP("core", "e-mail"),
    "grade_band": QT_TRANSLATE_NOOP("core", "grade band"),
    "subject": QT_TRANSLATE_NOOP("core", "subject"),
    "plc_team": QT_TRANSLATE_NOOP("core", "PLC team"),
}


NO_ROOMS = message(QT_TRANSLATE_NOOP("core", "has a header row but no rooms under it"))


def too_many_rows(count: int, most: int) -> Message:
    return message(QT_TRANSLATE_NOOP("core", "has {n} rows; a roster has at most {most}"), n=count, most=most)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def label(field_name: str) -> Message:
    """A field's name, translatable (the words are marked in :data:`LABELS`)."""
    return Message(LABELS[field_name])


def unit(typed: bool) -> Message:
    """What a roster's rows are called: lines when typed, rows in a file."""
    return message(QT_TRANSLATE_NOOP("core", "line")) if typed else message(QT_TRANSLATE_NOOP("core", "row"))


def field_column(letter: str, field_name: str, *, typed: bool = False) -> Message:
    """Where a field is: "C (e-mail)" in a file, "(e-mail)" for rooms typed."""
    if typed:
        return message(QT_TRANSLATE_NOOP("core", "({field})"), field=label(field_name))
    return message(QT_TRANSLATE_NOOP("core", "{letter} ({field})"), letter=letter, field=label(field_name))


@dataclass(frozen=True)
class RosterProblem:
    """One thing wrong with a roster file, by row and column."""

    file: str
    row: int  # 0: the file as a whole
    column: str | Message  # "C (e-mail)", or ""
    message: str | Message

    def as_message(self, *, with_file: bool = True) -> Message:
        """The problem and where it is (``with_file=False``: without the file's name in front)."""
        what, row, column = self.message, self.row, self.column
        if self.file == TYPED:  # rooms typed one per line: "line 3 (grade band): ..."
            if row and column:
                return message(QT_TRANSLATE_NOOP("core", "line {row} {column}: {problem}"),
                               row=row, column=column, problem=what)
            if row:
                return message(QT_TRANSLATE_NOOP("core", "line {row}: {problem}"), row=row, problem=what)
            if column:
                return message(QT_TRANSLATE_NOOP("core", "{column}: {problem}"), column=column, problem=what)
            return message(QT_TRANSLATE_NOOP("core", "The rooms typed {problem}"), problem=what)
        if row and column:
            where = message(QT_TRANSLATE_NOOP("core", "row {row}, column {column}: {problem}"),
                            row=row, column=column, problem=what)
        elif row:
            where = message(QT_TRANSLATE_NOOP("core", "row {row}: {problem}"), row=row, problem=what)
        elif column:
            where = message(QT_TRANSLATE_NOOP("core", "column {column}: {problem}"), column=column, problem=what)
        else:
            where = Message("{problem}", {"problem": what})  # (nothing to translate: the problem alone)
        if not with_file:
            return where
        return message(QT_TRANSLATE_NOOP("core", "{file}: {problem}"), file=self.file, problem=where)

    def __str__(self) -> str:
        return str(self.as_message())
