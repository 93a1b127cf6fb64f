"""The phrase syntax of the evaluative-language lists.

One phrase (already folded: lower case, no accents) becomes a regular
expression and the set of *heads*: the first words a match can start with
(``(very )?good`` has the heads ``very`` and ``good``), or their beginnings
(``nice*`` has the head ``nice*``: any word starting with "nice"). The matcher
only tries a phrase at a word that is one of its heads, so a long list stays
cheap to search.

The syntax (documented for district staff in ``forms/README-evaluative-language.md``):

* words, separated by spaces or hyphens (either matches either);
* ``word*``: any ending of the word; ``*ar``: any word ending in "ar";
* ``(a|b)``: either alternative; ``(...)?``: optional; groups may be nested;
* ``<name>``: any entry of the word set ``name`` (``@words name: a | b``);
* ``...``: up to :data:`GAP_WORDS` words of any kind (``not ... enough``);
* ``_``: exactly one word of any kind (``ms _`` for a name);
* ``.``, ``,`` and ``:`` match themselves (``teacher:``, ``ms. _``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from walkthrough.core.folding import fold, fold_with_map

__all__ = ["fold", "fold_with_map"]  # folding is part of the syntax: phrases and notes are folded alike

SEP = r"(?:\s+|\s*-\s*)"
BEFORE = r"(?<![\w'])"
AFTER = r"(?!\w|'\w)"
ANY_WORD = r"\w[\w']*"
GAP_WORDS = 4
GAP = rf"(?:{ANY_WORD}{SEP}){{0,{GAP_WORDS}}}"
_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
_PUNCT = ".,:"


class PhraseError(ValueError):
    """What is wrong with a phrase, in words for district staff."""


@dataclass(frozen=True)
class WordSet:
    """A named set of alternatives (``@words name: a | b``), compiled."""

    regex: str
    heads: frozenset[str]
    any_head: bool


@dataclass
class Compiled:
    """A phrase as a regular expression, with where a match can start."""

    regex: str
    heads: frozenset[str]
    any_head: bool  # True: a match can start with any word (a leading _ ), so heads do not narrow it
    sets_used: frozenset[str] = field(default_factory=frozenset)


# --- tokens ---------------------------------------------------------------------


_TOKEN = re.compile(r"(\.\.\.|\u2026)|([\w']+)|([\s-]+)|<([^<>]*)>|([*()|?])|([.,:])|(.)", re.DOTALL)
_SIMPLE = {"*": "star", "(": "open", ")": "close", "|": "bar", "?": "opt"}


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, value) pairs: word, sep, star, open, close, bar, opt, set, gap, any, punct."""
    out: list[tuple[str, str]] = []
    for gap, word, sep, name, simple, punct, other in _TOKEN.findall(text):
        if gap:
            out.append(("gap", "..."))
        elif word:
            if "_" in word and word != "_":
                raise PhraseError(f"a _ stands alone for one word of any kind; {word!r} mixes it with letters")
            out.append(("any", "_") if word == "_" else ("word", word))
        elif sep:
            out.append(("sep", " "))
        elif simple:
            out.append((_SIMPLE[simple], simple))
        elif punct:
            out.append(("punct", punct))
        elif other == "<" or other == ">":
            raise PhraseError("a < must be closed with >, as in <teacher>")
        elif other:
            raise PhraseError(f"unexpected character {other!r} (use letters, spaces, ' - ( ) | ? * < > ... _ . , :)")
        else:
            name = name.strip()
            if not _NAME.fullmatch(name):
                raise PhraseError(f"<{name}> is not a word-set name (letters, digits and - only)")
            out.append(("set", name))
    return out


# --- parsing into a tree --------------------------------------------------------

# A node is one of: ("word", text, star), ("any",), ("gap",), ("punct", ch), ("sep",),
# ("set", name), ("group", [alternative, ...], optional) with each alternative a list of nodes.
Node = tuple[object, ...]


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], sets: Mapping[str, WordSet], top_bar: bool = False) -> None:
        self.tokens = tokens
        self.top_bar = top_bar  # a | at the top separates entries (a word set's line)
        self.pos = 0
        self.sets = sets
        self.used: set[str] = set()

    def peek(self) -> str:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else ""

    def sequence(self, depth: int) -> list[Node]:
        nodes: list[Node] = []
        while self.pos < len(self.tokens):
            kind, value = self.tokens[self.pos]
            if kind in ("close", "bar"):
                if depth == 0 and kind == "bar" and self.top_bar:
                    return nodes
                if depth == 0:
                    raise PhraseError("unbalanced ): no ( before it" if kind == "close"
                                      else "a | outside ( ) must be followed by a hint")
                return nodes
            self.pos += 1
            if kind == "word":
                star = self.peek() == "star"
                if star:
                    self.pos += 1
                    if self.peek() not in ("", "sep", "bar", "close"):
                        raise PhraseError("a * may only end a word (ineffective*) or stand before an ending (*ar)")
                nodes.append(("word", value, star))
            elif kind == "star":
                # *ar: any word ending in "ar" (a * right before a word, not after one)
                if self.peek() != "word" or (nodes and nodes[-1][0] != "sep"):
                    raise PhraseError("a * may only end a word (ineffective*) or stand before an ending (*ar)")
                ending = self.tokens[self.pos][1]
                self.pos += 1
                if self.peek() == "star":
                    raise PhraseError("a word cannot have * at both ends")
                nodes.append(("suffix", ending))
            elif kind == "opt":
                raise PhraseError("a ? may only follow a group, as in should(n't)? have")
            elif kind == "sep":
                nodes.append(("sep",))
            elif kind == "open":
                nodes.append(self.group(depth + 1))
            elif kind == "set":
                if value not in self.sets:
                    raise PhraseError(f"unknown word set <{value}>: define it above with @words {value}: ...")
                self.used.add(value)
                nodes.append(("set", value))
            elif kind == "gap":
                nodes.append(("gap",))
            elif kind == "any":
                nodes.append(("any",))
            else:
                nodes.append(("punct", value))
        if depth > 0:
            raise PhraseError("unbalanced (: no ) after it")
        return nodes

    def group(self, depth: int) -> Node:
        alternatives: list[list[Node]] = []
        while True:
            alternative = self.sequence(depth)
            if not alternative:
                raise PhraseError("empty alternative in ( )")
            if not _has_word(alternative, self.sets):
                raise PhraseError("a group ( ) needs at least one word or . , :")
            alternatives.append(alternative)
            kind = self.peek()
            self.pos += 1
            if kind == "close":
                break
            # kind == "bar": another alternative follows
        optional = self.peek() == "opt"
        if optional:
            self.pos += 1
        return ("group", alternatives, optional)


def _has_word(nodes: list[Node], sets: Mapping[str, WordSet]) -> bool:
    for node in nodes:
        if node[0] in ("word", "any", "set", "punct", "suffix"):
            return True
        if node[0] == "group" and any(_has_word(alt, sets) for alt in node[1]):  # type: ignore[attr-defined]
            return True
    return False


# --- regular expression and heads ----------------------------------------------


def _optional_word(nodes: list[Node], i: int) -> bool:
    """Whether nodes[i] is an optional group standing as a word of its own (spaces around it)."""
    node = nodes[i]
    if node[0] != "group" or not node[2]:
        return False
    return i + 1 >= len(nodes) or nodes[i + 1][0] == "sep"


def _regex(nodes: list[Node], sets: Mapping[str, WordSet]) -> str:
    out: list[str] = []
    skip_sep = False
    lead_sep = False
    for i, node in enumerate(nodes):
        kind = node[0]
        if kind == "sep":
            nxt = nodes[i + 1] if i + 1 < len(nodes) else None
            if skip_sep:
                pass  # a gap ends with its own separator
            elif nxt is not None and _optional_word(nodes, i + 1):
                lead_sep = True  # "asked (them)? :" : the space goes inside the optional part
            elif nxt is not None and _starts_with_punct(nxt):
                pass  # "teacher :" matches "teacher:"
            elif nxt is not None and (
                _may_start_with_punct(nxt)
                or (nxt[0] == "group" and nxt[2] and i + 2 < len(nodes) and _may_start_with_punct(nodes[i + 2]))
            ):
                out.append(r"(?:" + SEP + r"|(?=\s*[.,:]))")
            else:
                out.append(SEP)
            skip_sep = False
            continue
        skip_sep = False
        if kind == "word":
            out.append(re.escape(str(node[1])) + (r"\w*" if node[2] else ""))
        elif kind == "suffix":
            out.append(r"\w*" + re.escape(str(node[1])))
        elif kind == "any":
            out.append(ANY_WORD)
        elif kind == "gap":
            out.append(GAP)
            skip_sep = True
        elif kind == "punct":
            out.append(r"\s*" + re.escape(str(node[1])))
        elif kind == "set":
            out.append("(?:" + sets[str(node[1])].regex + ")")
        else:  # group
            body = "|".join(_regex(alt, sets) for alt in node[1])  # type: ignore[attr-defined]
            if lead_sep:
                out.append("(?:" + SEP + "(?:" + body + "))?")
            elif i == 0 and _optional_word(nodes, i) and i + 1 < len(nodes):
                # "(very)? good" at the start: the space after it goes with it
                out.append("(?:(?:" + body + ")" + SEP + ")?")
                skip_sep = True
            else:
                out.append("(?:" + body + ")" + ("?" if node[2] else ""))
        lead_sep = False
    return "".join(out)


def _starts_with_punct(node: Node) -> bool:
    if node[0] == "punct":
        return True
    if node[0] == "group":
        return all(bool(alt) and _starts_with_punct(alt[0]) for alt in node[1])  # type: ignore[attr-defined]
    return False


def _may_start_with_punct(node: Node) -> bool:
    if node[0] == "group":
        return any(bool(alt) and _may_start_with_punct(alt[0]) for alt in node[1])  # type: ignore[attr-defined]
    return node[0] == "punct"


def _as_prefixes(heads: frozenset[str] | set[str]) -> set[str]:
    return {h if h.endswith("*") else h + "*" for h in heads}


def _first(nodes: list[Node], sets: Mapping[str, WordSet], boundary_after: bool = True) -> tuple[set[str], bool, bool]:
    """The heads of a sequence, whether any word can start it, and whether it can match nothing.

    A head is a whole first word ("good"), or a beginning of one ending in * ("nice*",
    "should*" for should(n't)?). ``boundary_after`` says whether a word ends where
    the sequence ends.
    """
    heads: set[str] = set()
    any_head = False
    for j, node in enumerate(nodes):
        kind = node[0]
        if kind == "sep":
            continue
        ends_word = nodes[j + 1][0] in ("sep", "punct") if j + 1 < len(nodes) else boundary_after
        if kind == "word":
            word = str(node[1])
            heads.add(word + "*" if node[2] or not ends_word else word)
            return heads, any_head, False
        if kind in ("any", "punct", "gap", "suffix"):
            return heads, True, False
        if kind == "set":
            word_set = sets[str(node[1])]
            heads |= word_set.heads if ends_word else _as_prefixes(word_set.heads)
            return heads, any_head or word_set.any_head, False
        # group
        nullable = bool(node[2])
        for alt in node[1]:  # type: ignore[attr-defined]
            h, a, n = _first(alt, sets, ends_word)
            heads |= h
            any_head = any_head or a
            nullable = nullable or n
        if not nullable:
            return heads, any_head, False
    return heads, any_head, True


def _check_shape(nodes: list[Node]) -> None:
    """Rules on where ... may stand, and what a phrase may start with."""
    real = [n for n in nodes if n[0] != "sep"]
    if not real:
        raise PhraseError("the phrase has no words")
    if real[0][0] in ("gap", "punct", "suffix"):
        raise PhraseError("a phrase must start with a word, a group ( ) or a word set < >")
    if real[-1][0] == "gap":
        raise PhraseError("... must have words on both sides, as in not ... enough")
    for i, node in enumerate(nodes):
        if node[0] == "gap":
            before = nodes[i - 1][0] if i > 0 else ""
            after = nodes[i + 1][0] if i + 1 < len(nodes) else ""
            if before != "sep" or after != "sep":
                raise PhraseError("... must stand between spaces, as in not ... enough")


def parse_alternatives(text: str, sets: Mapping[str, WordSet]) -> tuple[list[list[Node]], set[str]]:
    """A folded phrase (or a set's alternatives joined by |) as trees; raises PhraseError."""
    parser = _Parser(_tokens(text.strip()), sets, top_bar=True)
    alternatives: list[list[Node]] = []
    while True:
        nodes = parser.sequence(0)
        while nodes and nodes[0][0] == "sep":
            nodes = nodes[1:]
        while nodes and nodes[-1][0] == "sep":
            nodes = nodes[:-1]
        if not nodes:
            raise PhraseError("empty entry between |")
        _check_shape(nodes)
        alternatives.append(nodes)
        if parser.pos >= len(parser.tokens):
            break
        parser.pos += 1  # the | between two entries
    return alternatives, parser.used


def compile_phrase(text: str, sets: Mapping[str, WordSet]) -> Compiled:
    """A folded phrase as a regular expression with its heads; raises PhraseError."""
    parser = _Parser(_tokens(text.strip()), sets)
    nodes = parser.sequence(0)
    _check_shape(nodes)
    heads, any_head, nullable = _first(nodes, sets)
    if nullable:
        raise PhraseError("every part of the phrase is optional")
    regex = BEFORE + "(?:" + _regex(nodes, sets) + ")" + AFTER
    return Compiled(regex, frozenset(heads), any_head, frozenset(parser.used))


def compile_word_set(text: str, sets: Mapping[str, WordSet]) -> WordSet:
    """The alternatives of an ``@words`` line (``a | b | c``); raises PhraseError."""
    alternatives, _ = parse_alternatives(text, sets)
    heads: set[str] = set()
    any_head = False
    for nodes in alternatives:
        h, a, nullable = _first(nodes, sets)
        if nullable:
            raise PhraseError("every part of an entry of the set is optional")
        heads |= h
        any_head = any_head or a
    return WordSet("|".join(_regex(nodes, sets) for nodes in alternatives), frozenset(heads), any_head)


def merge_word_sets(first: WordSet, second: WordSet) -> WordSet:
    """A set extended by a later ``@words`` line of the same name."""
    return WordSet(first.regex + "|" + second.regex, first.heads | second.heads, first.any_head or second.any_head)
