"""Generate strings matching the simple regular expressions OpenAPI `pattern`s use.

Supported: anchors at the ends, literals and escapes, `.`, `\\d \\w \\s`, character classes with
ranges (negated ones draw from ASCII letters and digits), groups with alternation, and the
quantifiers `? * + {n} {n,} {n,m}`. Anything else raises `UnsupportedPattern`, so a new kind of
pattern in the spec fails loudly at dataset build time instead of producing invalid data.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from random import Random

from .randtext import between, pick, random_string

Generator = Callable[[Random], str]

# Unbounded repetitions (`+`, `*`, `{n,}`) of one character produce this many: IDs such as
# `^laprg_[a-f0-9]+$` then look like the fixed-width IDs Voucherify issues.
UNBOUNDED_CHARS = 18

_ALNUM = string.ascii_letters + string.digits
_ESCAPE_CLASSES = {"d": string.digits, "w": _ALNUM + "_", "s": " "}


class UnsupportedPattern(ValueError):
    """The pattern uses a construct this generator does not implement."""


def compile_pattern(pattern: str) -> Generator:
    """A function drawing one string that `re.search(pattern, ...)` accepts."""
    return _Parser(pattern).parse()


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def parse(self) -> Generator:
        if self.text.startswith("^"):
            self.pos = 1
        end = len(self.text)
        if self.text.endswith("$") and not self.text.endswith("\\$"):
            end -= 1
        self.text = self.text[:end]
        generator = self._alternation()
        if self.pos != len(self.text):
            raise self._unsupported("unbalanced ')'")
        return generator

    def _unsupported(self, what: str) -> UnsupportedPattern:
        return UnsupportedPattern(f"pattern {self.text!r}: {what} at offset {self.pos}")

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def _alternation(self) -> Generator:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence())
        if len(branches) == 1:
            return branches[0]
        return lambda rng: pick(rng, branches)(rng)

    def _sequence(self) -> Generator:
        parts: list[Generator] = []
        while self._peek() not in ("", "|", ")"):
            atom, alphabet = self._atom()
            parts.append(self._quantified(atom, alphabet))
        return lambda rng: "".join(part(rng) for part in parts)

    def _atom(self) -> tuple[Generator, str | None]:
        """The atom's generator and, for one-character atoms, its alphabet."""
        char = self._peek()
        self.pos += 1
        if char == "(":
            if self.text.startswith("?:", self.pos):
                self.pos += 2
            elif self._peek() == "?":
                raise self._unsupported("lookaround or named group")
            inner = self._alternation()
            if self._peek() != ")":
                raise self._unsupported("unclosed group")
            self.pos += 1
            return inner, None
        if char == "[":
            alphabet = self._class()
            return _choice(alphabet), alphabet
        if char == "\\":
            alphabet = self._escape()
            return _choice(alphabet), alphabet
        if char == ".":
            return _choice(_ALNUM), _ALNUM
        if char in "^$":
            raise self._unsupported("anchor inside the pattern")
        if char in "*+?{":
            raise self._unsupported("quantifier without an atom")
        return (lambda rng: char), char

    def _escape(self) -> str:
        char = self._peek()
        if not char:
            raise self._unsupported("trailing backslash")
        self.pos += 1
        if char in _ESCAPE_CLASSES:
            return _ESCAPE_CLASSES[char]
        if char.isalnum():
            raise self._unsupported(f"escape \\{char}")
        return char

    def _class(self) -> str:
        negated = self._peek() == "^"
        if negated:
            self.pos += 1
        members: list[str] = []
        first = True
        while True:
            char = self._peek()
            if not char:
                raise self._unsupported("unclosed character class")
            if char == "]" and not first:
                self.pos += 1
                break
            first = False
            self.pos += 1
            if char == "\\":
                members.append(self._escape())
                continue
            if (
                self._peek() == "-"
                and self.pos + 1 < len(self.text)
                and self.text[self.pos + 1] != "]"
            ):
                high = self.text[self.pos + 1]
                self.pos += 2
                if high == "\\" or ord(high) < ord(char):
                    raise self._unsupported("character range")
                members.append("".join(chr(code) for code in range(ord(char), ord(high) + 1)))
                continue
            members.append(char)
        allowed = "".join(dict.fromkeys("".join(members)))
        if negated:
            allowed = "".join(c for c in _ALNUM if c not in allowed)
        if not allowed:
            raise self._unsupported("empty character class")
        return allowed

    def _quantified(self, atom: Generator, alphabet: str | None) -> Generator:
        char = self._peek()
        if char == "?":
            low, high = 0, 1
        elif char == "*":
            low, high = 0, None
        elif char == "+":
            low, high = 1, None
        elif char == "{" and self._looks_like_count():
            low, high = self._count()
        else:
            return atom
        if char != "{":
            self.pos += 1
        if self._peek() == "?":  # lazy quantifiers generate the same strings
            self.pos += 1
        if high is None:
            high = low = max(low, 1 if alphabet is None else UNBOUNDED_CHARS)
        fixed_low, fixed_high = low, high
        if alphabet is not None and alphabet.isascii():
            chars = alphabet
            return lambda rng: random_string(rng, chars, between(rng, fixed_low, fixed_high))
        return lambda rng: "".join(atom(rng) for _ in range(between(rng, fixed_low, fixed_high)))

    def _looks_like_count(self) -> bool:
        end = self.text.find("}", self.pos)
        body = self.text[self.pos + 1 : end] if end > 0 else ""
        return bool(body) and all(c.isdigit() or c == "," for c in body) and body[0] != ","

    def _count(self) -> tuple[int, int | None]:
        end = self.text.index("}", self.pos)
        body = self.text[self.pos + 1 : end]
        self.pos = end + 1
        low_text, comma, high_text = body.partition(",")
        low = int(low_text)
        if not comma:
            return low, low
        high = int(high_text) if high_text else None
        if high is not None and high < low:
            raise self._unsupported("{n,m} with m < n")
        return low, high


def _choice(alphabet: str) -> Generator:
    return lambda rng: pick(rng, alphabet)
