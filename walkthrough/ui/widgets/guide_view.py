"""One guide topic on screen: built block by block as plain text, words highlighted.

The document is made with a text cursor from the topic's passages, so a
guide file is never read as HTML, whatever it holds. Found words are shown
with extra selections (the document itself is never changed by a search).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from walkthrough.core.guide import Kind, Passage, Span, Topic, find_words

HIGHLIGHT = "#ffe58a"  # found words
CURRENT = "#dbe8fb"  # the passage a search result points at
SIZES = {Kind.TITLE: 26, Kind.HEADING: 19}


class GuideView(QTextEdit):
    """A read-only view of one topic, with its found words highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("guideText")
        self.setAccessibleName(self.tr("Guide text"))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(24)
        self.topic: Topic | None = None
        self._blocks: list[int] = []  # passage index -> block number
        self._words: list[str] = []
        self._current: int | None = None

    def show_topic(self, topic: Topic) -> None:
        self.topic = topic
        self._current = None
        self._blocks = []
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        self.ensurePolished()  # the style sheet's font size
        base = QFont(self.font())
        list_kind: Kind | None = None
        current_list = None
        for index, passage in enumerate(topic.passages):
            block_format = QTextBlockFormat()
            block_format.setBottomMargin(10)
            block_format.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if passage.kind in SIZES:
                block_format.setTopMargin(0 if passage.kind is Kind.TITLE else 14)
                block_format.setBottomMargin(8)
            plain, bold = self._formats(passage, base)
            if index:
                cursor.insertBlock(block_format, plain)  # the block's own format: its list marker's size
            else:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(plain)
            if passage.kind in (Kind.BULLET, Kind.STEP):
                if list_kind is not passage.kind or current_list is None:
                    list_format = QTextListFormat()
                    list_format.setStyle(
                        QTextListFormat.Style.ListDisc if passage.kind is Kind.BULLET
                        else QTextListFormat.Style.ListDecimal
                    )
                    if passage.kind is Kind.STEP and passage.number > 1:
                        list_format.setStart(passage.number)
                    current_list = cursor.createList(list_format)
                    list_kind = passage.kind
                else:
                    current_list.add(cursor.block())
            else:
                list_kind, current_list = None, None
            position = 0
            for start, end in passage.bold:
                cursor.insertText(passage.text[position:start], plain)
                cursor.insertText(passage.text[start:end], bold)
                position = end
            cursor.insertText(passage.text[position:], plain)
            self._blocks.append(cursor.block().blockNumber())
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._apply()

    def show_nothing(self) -> None:
        self.topic = None
        self._blocks, self._words, self._current = [], [], None
        self.document().clear()
        self.setExtraSelections([])

    @staticmethod
    def _formats(passage: Passage, base: QFont) -> tuple[QTextCharFormat, QTextCharFormat]:
        """The plain and the bold character format of a passage."""
        plain = QTextCharFormat()
        font = QFont(base)
        size = SIZES.get(passage.kind)
        if size is not None:
            font.setPixelSize(size)
            font.setBold(True)
        plain.setFont(font)
        bold = QTextCharFormat(plain)
        bold.setFontWeight(QFont.Weight.Bold)
        return plain, bold

    def highlight(self, words: list[str], current: int | None = None) -> None:
        """Highlight ``words`` (folded) everywhere; mark passage ``current`` and scroll to it."""
        self._words = words
        self._current = current
        self._apply()
        if current is not None and 0 <= current < len(self._blocks):
            block = self.document().findBlockByNumber(self._blocks[current])
            self.setTextCursor(QTextCursor(block))
            # The passage near the top of the view, with the heading above it in sight if it fits.
            top = self.document().documentLayout().blockBoundingRect(block).top()
            self.verticalScrollBar().setValue(max(0, int(top) - self.viewport().height() // 5))

    def found_spans(self) -> list[tuple[int, Span]]:
        """(block number, span) of every highlighted word: what a test can check."""
        found: list[tuple[int, Span]] = []
        if not self._words:
            return found
        block = self.document().begin()
        while block.isValid():
            spans = find_words(block.text(), self._words) if self._words else None
            for span in spans or []:
                found.append((block.blockNumber(), span))
            block = block.next()
        return found

    def passage_block(self, index: int) -> int:
        return self._blocks[index]

    def _apply(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.document()
        if self._current is not None and 0 <= self._current < len(self._blocks):
            block = document.findBlockByNumber(self._blocks[self._current])
            whole = QTextCursor(block)
            whole.setPosition(block.position() + max(0, block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
            marked = QTextEdit.ExtraSelection()
            marked.cursor = whole  # type: ignore[misc]
            marked.format.setBackground(QColor(CURRENT))  # type: ignore[attr-defined]
            selections.append(marked)
        for number, (start, end) in self.found_spans():
            block = document.findBlockByNumber(number)
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            found = QTextEdit.ExtraSelection()
            found.cursor = cursor  # type: ignore[misc]
            found.format.setBackground(QColor(HIGHLIGHT))  # type: ignore[attr-defined]
            selections.append(found)
        self.setExtraSelections(selections)
