"""The name a person reads for each response type of a look-for (the framework file keeps the key)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from walkthrough.core.framework_types import ResponseType

_NAMES = {
    ResponseType.PRESENCE: QT_TRANSLATE_NOOP("ResponseNames", "presence"),
    ResponseType.FREQUENCY: QT_TRANSLATE_NOOP("ResponseNames", "frequency"),
    ResponseType.RATING: QT_TRANSLATE_NOOP("ResponseNames", "rating"),
    ResponseType.CHOICE: QT_TRANSLATE_NOOP("ResponseNames", "choice"),
    ResponseType.MULTI_CHOICE: QT_TRANSLATE_NOOP("ResponseNames", "multiple choice"),
    ResponseType.TALLY: QT_TRANSLATE_NOOP("ResponseNames", "tally"),
    ResponseType.SNAPSHOT: QT_TRANSLATE_NOOP("ResponseNames", "snapshot"),
    ResponseType.TEXT: QT_TRANSLATE_NOOP("ResponseNames", "text"),
    ResponseType.NUMBER: QT_TRANSLATE_NOOP("ResponseNames", "number"),
}


def response_name(value: object) -> str:
    """The shown name of the response type ``value`` (a key the app does not know is shown as it is)."""
    try:
        return QCoreApplication.translate("ResponseNames", str(_NAMES[ResponseType(str(value))]))
    except ValueError:
        return str(value)
