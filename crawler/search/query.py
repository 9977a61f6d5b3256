"""The search query language and its translation to FTS5 and PostgreSQL tsquery.

Words are ANDed; ``"quoted words"`` is a phrase; ``OR`` between terms; ``NOT term`` or
``-term`` excludes; parentheses group. Every word is folded (:mod:`crawler.search.fold`)
before it reaches a database, and the output syntax is generated here, never copied from
the user: a query can change what is matched, not the SQL around it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from crawler.search.fold import WORD, exact_key, plain_key

_TOKEN = re.compile(r'"([^"]*)"|(\()|(\))|(-)(?=\S)|([^\s()"]+)')


class QueryError(ValueError):
    """A query that cannot be searched; the message says why."""


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or a phrase


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Term | Not | And | Or


def _tokens(query: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for phrase, lparen, rparen, minus, bare in _TOKEN.findall(query):
        if lparen or rparen:
            tokens.append(("paren", lparen or rparen))
        elif minus:
            tokens.append(("not", "-"))
        elif bare.upper() in ("OR", "|"):
            tokens.append(("or", bare))
        elif bare.upper() in ("AND", "&"):
            continue
        elif bare.upper() == "NOT":
            tokens.append(("not", bare))
        else:
            found = tuple(WORD.findall(phrase if phrase or not bare else bare))
            if found:
                tokens.append(("term", " ".join(found)))
    return tokens


# Parentheses and NOTs deeper than this are not a search anyone means (and would exhaust
# the parser's stack).
MAX_DEPTH = 50


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.pos, self.depth = tokens, 0, 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse_or(self) -> Node:
        nodes = [self.parse_and()]
        while self.peek() and self.peek()[0] == "or":
            self.pos += 1
            nodes.append(self.parse_and())
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def parse_and(self) -> Node:
        nodes: list[Node] = []
        while (token := self.peek()) and token[0] != "or" and token != ("paren", ")"):
            nodes.append(self.parse_unary())
        if not nodes:
            raise QueryError("expected a word or a phrase")
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def parse_unary(self) -> Node:
        kind, value = self.tokens[self.pos]
        self.pos += 1
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(f"the query nests more than {MAX_DEPTH} levels deep")
        try:
            return self._unary(kind, value)
        finally:
            self.depth -= 1

    def _unary(self, kind: str, value: str) -> Node:
        if kind == "not":
            if self.peek() is None:
                raise QueryError("NOT must be followed by a word or a phrase")
            return Not(self.parse_unary())
        if kind == "paren" and value == "(":
            node = self.parse_or()
            if self.peek() != ("paren", ")"):
                raise QueryError("unbalanced parentheses")
            self.pos += 1
            return node
        if kind == "term":
            return Term(tuple(value.split()))
        raise QueryError(f"unexpected {value!r}")


def parse(query: str) -> Node:
    """Parse a user query; raises :class:`QueryError` for an empty or malformed one."""
    tokens = _tokens(unicodedata.normalize("NFC", query))
    if not any(kind == "term" for kind, _ in tokens):
        raise QueryError("the query has no word to search for")
    parser = _Parser(tokens)
    node = parser.parse_or()
    if parser.peek() is not None:
        raise QueryError("unbalanced parentheses")
    if not _has_positive(node):
        raise QueryError("a query needs at least one word that is not excluded")
    return node


def _has_positive(node: Node) -> bool:
    if isinstance(node, Term):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, And):
        return any(_has_positive(n) for n in node.nodes)
    return all(_has_positive(n) for n in node.nodes)


def positive_words(node: Node) -> set[str]:
    """The words a matching document contains (for highlighting)."""
    if isinstance(node, Term):
        return set(node.words)
    if isinstance(node, Not):
        return set()
    return {w for child in node.nodes for w in positive_words(child)}


def key_function(diacritics: bool) -> Callable[[str], str]:
    """The word folding for exact (diacritics kept) or plain search."""
    return exact_key if diacritics else plain_key


def to_fts5(node: Node, diacritics: bool) -> str:
    """FTS5 MATCH expression over the ``exact`` or ``plain`` column."""
    column = "exact" if diacritics else "plain"
    key = key_function(diacritics)

    def render(n: Node) -> str:
        if isinstance(n, Term):
            phrase = " ".join(key(w) for w in n.words).replace('"', '""')
            return f'{column} : "{phrase}"'
        if isinstance(n, Or):
            return "(" + " OR ".join(render(c) for c in n.nodes) + ")"
        if isinstance(n, And):
            positives = [render(c) for c in n.nodes if not isinstance(c, Not)]
            negatives = [render(c.node) for c in n.nodes if isinstance(c, Not)]
            text = "(" + " AND ".join(positives) + ")"
            return text + "".join(f" NOT {neg}" for neg in negatives)
        raise QueryError("a query cannot start with NOT")

    return render(node)


def to_tsquery(node: Node, diacritics: bool) -> str:
    """PostgreSQL ``to_tsquery('simple', …)`` text for the same query."""
    key = key_function(diacritics)

    def lexeme(word: str) -> str:
        return "'" + key(word).replace("'", "''").replace("\\", "\\\\") + "'"

    def render(n: Node) -> str:
        if isinstance(n, Term):
            return "(" + " <-> ".join(lexeme(w) for w in n.words) + ")"
        if isinstance(n, Not):
            return "!" + render(n.node)
        joiner = " | " if isinstance(n, Or) else " & "
        return "(" + joiner.join(render(c) for c in n.nodes) + ")"

    return render(node)


def positive_terms(node: Node) -> list[tuple[str, ...]]:
    """The words and phrases a matching document contains, each once (for ranking)."""
    if isinstance(node, Term):
        return [node.words]
    if isinstance(node, Not):
        return []
    found: list[tuple[str, ...]] = []
    for child in node.nodes:
        found += [t for t in positive_terms(child) if t not in found]
    return found
