"""The visible text of an HTML page, character for character (for `.html` and `.htm` inputs).

`visible_text` returns a text of the page's length: markup, comments and the contents of
`<script>`, `<style>`, `<template>` and `<title>` become spaces (line breaks kept), a tag that
starts or ends a block becomes a line break (a sentence end), and an entity becomes its character
followed by tatweels, which normalisation deletes as attached marks: `3&#44;200` reads `3,200`,
and a figure's span still runs from and to the file's own characters.

A linear scan after the HTML tokenizer's main states (tags with quoted attributes, comments,
declarations, raw text), not a full parser: the standard library's `html.parser` takes quadratic
time on some hostile pages (`<a <a <a …` without a `>`).
"""
from __future__ import annotations

import datetime as dt
import html

import regex

from .rules import packs

HIDDEN = ("script", "style", "template", "title")
BLOCK = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
                   "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                   "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
                   "tr", "ul"})
DATE_META = frozenset({"date", "article:published_time", "pubdate"})
_TAG = regex.compile(r"</?+([A-Za-z][^\s/>]*+)")
_ATTRIBUTE = regex.compile(r"""[\s/]*+([^\s/>][^\s/>=]*+)?+(?:\s*+=\s*+(?:"([^"]*+)"?+|'([^']*+)'?+|([^\s>]*+)))?+""")
_CLOSE = {name: regex.compile(rf"</{name}(?![A-Za-z0-9])", regex.I) for name in HIDDEN}
_ENTITY = regex.compile(r"&(?:#[0-9]++|#[xX][0-9a-fA-F]++|[A-Za-z][A-Za-z0-9]{1,31});?")
_NOT_BREAK = regex.compile(r"[^\r\n]")
_PAD = "\u0640"  # tatweel: an attached mark, deleted by normalisation, covered by a span's end


def _reference(ref: str) -> str:
    """What a character reference stands for, as html.unescape says, but that a numeric one is
    read whole, however many digits it has: past U+10FFFF it is U+FFFD, as HTML5 says (its
    last digits were read as text, "&#99999999;" a 9; html.unescape fails past 4,300 digits)."""
    if ref[1] == "#":
        hexa = ref[2] in "xX"
        digits = ref[2 + hexa:].rstrip(";").lstrip("0") or "0"
        if len(digits) > 7:
            return "\ufffd"
        ref = "&#" + "x" * hexa + digits + ";"
    return html.unescape(ref)


def _unescape(text: str) -> str:
    return _ENTITY.sub(lambda m: _reference(m.group()), text)


def _decode(raw: str) -> str:
    """Entities decoded in place: each character, then tatweels to the entity's length."""
    def one(m: regex.Match) -> str:
        char = _reference(m.group())
        return char + _PAD * (len(m.group()) - len(char))
    return _ENTITY.sub(one, raw)


def _attributes(text: str, pos: int) -> tuple[int, dict[str, str]]:
    """A tag's attributes from `pos` to its `>` (quoted values may hold one); the offset after it."""
    attrs: dict[str, str] = {}
    while pos < len(text) and text[pos] != ">":
        m = _ATTRIBUTE.match(text, pos)      # consumes at least one character here
        if m.group(1):
            value = next((v for v in m.group(2, 3, 4) if v is not None), "")
            attrs.setdefault(m.group(1).lower(), _unescape(value))
        pos = m.end()
    return min(pos + 1, len(text)), attrs


def _markup_end(text: str, pos: int) -> int:
    """Where the comment, declaration or processing instruction at `pos` ends."""
    close = "-->" if text.startswith("<!--", pos) else ">"
    end = text.find(close, pos + 2)
    return len(text) if end == -1 else end + len(close)


def visible_text(text: str) -> tuple[str, dict]:
    """The page's visible text, the same length as `text`, and its `date`, `lang` and `title`
    (from `<meta>`, `<html lang>` and `<title>`) where it gives them."""
    pieces: list[str] = []
    meta: dict = {}
    pos = 0

    def blank(start: int, end: int, block: bool = False) -> None:
        """Markup becomes spaces, line breaks kept; a block tag's `<` becomes a line break."""
        pieces.append(("\n" if block else "") + _NOT_BREAK.sub(" ", text[start + block:end]))

    while pos < len(text):
        start = text.find("<", pos)
        if start == -1:
            pieces.append(_decode(text[pos:]))
            break
        pieces.append(_decode(text[pos:start]))
        tag = _TAG.match(text, start)
        if tag is None:
            if text.startswith(("<!", "<?"), start):
                pos = _markup_end(text, start)
                blank(start, pos)
            else:
                pieces.append("<")
                pos = start + 1
            continue
        name = tag.group(1).lower()
        pos, attrs = _attributes(text, tag.end())
        blank(start, pos, name in BLOCK)
        if text[start + 1] == "/":
            continue
        if name in HIDDEN:
            close = _CLOSE[name].search(text, pos)
            end = close.start() if close else len(text)
            if name == "title" and (title := " ".join(_unescape(text[pos:end]).split())):
                meta.setdefault("title", title)
            blank(pos, end)
            pos = end
        elif name == "html" and (lang := regex.split(r"[-_]", attrs.get("lang", ""))[0].lower()) in packs():
            meta.setdefault("lang", lang)
        elif name == "meta" and (attrs.get("name") or attrs.get("property") or "").lower() in DATE_META:
            try:
                meta.setdefault("date", dt.date.fromisoformat(attrs.get("content", "").strip()[:10]))
            except ValueError:
                pass   # not an ISO date: the date comes from elsewhere
    return "".join(pieces), meta
