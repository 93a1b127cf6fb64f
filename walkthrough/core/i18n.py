"""Core messages that reach the screen, in a form the UI can translate.

The core never imports Qt. A message a person reads is written with :func:`QT_TRANSLATE_NOOP`
(which pyside6-lupdate recognises by name and puts in ``resources/i18n/core_es.ts``) and kept
as a :class:`Message`: its English template and its values. ``str()`` of a message is today's
English text, so the command line, logs and tests read exactly what they read before; the UI
(``walkthrough.ui.core_text``) translates the template and fills in the values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The translation context of every core message (the catalog's <context> name).
CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; returns it unchanged (lupdate looks for this name)."""
    return source


@dataclass(frozen=True)
class Message:
    """An English template with named fields (``{row}``) and the values to put in them."""

    template: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else self.template


def message(template: str, **values: object) -> Message:
    """A message from a template already marked with ``QT_TRANSLATE_NOOP("core", ...)``."""
    return Message(template, dict(values))


def english(text: str | Message) -> str:
    """The English of a message or of a plain text (the same text)."""
    return str(text)


class MessageError(Exception):
    """An error whose text is a translatable :class:`Message` (``str()`` is the English).

    A plain ``str`` is still accepted (a message not yet marked for translation); it is then
    kept as a message with no values, which the UI shows as it is.
    """

    def __init__(self, msg: Message | str) -> None:
        super().__init__(str(msg))
        self.message = msg if isinstance(msg, Message) else Message(msg)
        self.translatable = isinstance(msg, Message)
