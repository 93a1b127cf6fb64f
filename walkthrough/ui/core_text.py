"""The core's messages in the interface's language.

The Qt-free core keeps a message a person reads as a :class:`~walkthrough.core.i18n.Message`
(an English template marked with ``QT_TRANSLATE_NOOP("core", ...)`` and its values), and a
refusal as an exception carrying one (:class:`~walkthrough.core.i18n.MessageError`: every
``StoreError``). :func:`text` is what the UI shows of either: the template translated in the
"core" context (``resources/i18n/core_<lang>.qm``), then filled in; a value that is itself a
message (a role, an action's words) is translated the same way first. Anything else is shown as
``str()`` gives it, which is today's English.

A framework file's problems (:class:`~walkthrough.core.framework_types.Problem`, and a
:class:`~walkthrough.core.framework_types.FrameworkError` holding them) and a roster file's
(:class:`~walkthrough.core.roster_problems.RosterProblem`) are shown the same way, one a line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from walkthrough.core.i18n import CONTEXT, Message, MessageError


def _translated(msg: Message) -> str:
    template = QCoreApplication.translate(CONTEXT, msg.template)
    if not msg.values:
        return template
    values = {name: _value(value) for name, value in msg.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names a field wrongly: keep the English
        return msg.template.format(**values)


def _value(value: object) -> object:
    if isinstance(value, Message):
        return _translated(value)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
        return [_translated(v) for v in value]
    return value


def text(shown: object) -> str:
    """What a person reads of a core message or an error, in the interface's language."""
    if isinstance(shown, Message):
        return _translated(shown)
    if isinstance(shown, MessageError) and shown.translatable:
        return _translated(shown.message)
    # Read here, not at import: the first page is shown before the framework and roster types load.
    from walkthrough.core.framework_types import FrameworkError, Problem
    from walkthrough.core.roster_problems import RosterProblem

    if isinstance(shown, Problem | RosterProblem):
        return _translated(shown.as_message())
    if isinstance(shown, FrameworkError):
        return "\n".join(_translated(p.as_message()) for p in shown.problems)
    return str(shown)
