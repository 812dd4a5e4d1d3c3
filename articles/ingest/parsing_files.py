"""An uploaded file's bytes read as text (:func:`decode`), and a saved JSON answer in it read as records
(:func:`json_records`: a list of them, one nested in an API answer's envelope, or one the crawler's copy cut
short)."""

import json

from . import parsing_record
from .parsed_article import ParseError
from .screening import binary_reason

# In a page written in Windows-1252 or Latin-1 most letters are still ASCII; past this share of
# non-ASCII characters the bytes are binary data, or text in an encoding the importer cannot tell.
_MOST_NON_ASCII_IN_LATIN_TEXT = 0.3


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, else Windows-1252 (a superset of Latin-1's
    printable characters); ParseError, with the reason, for bytes that are none of them."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError(f"not text: it starts as UTF-16 but byte {error.start} does not decode") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:  # a byte Windows-1252 leaves undefined: no Latin-1 page uses them
        raise ParseError(
            binary_reason(data.decode("latin-1")) or
            f"not text (binary data, or an encoding other than UTF-8, UTF-16 and Latin-1): "
            f"byte {error.start} (0x{data[error.start]:02x}) cannot be read in any of them"
        ) from error
    if _non_ascii_share(text) > _MOST_NON_ASCII_IN_LATIN_TEXT:
        raise ParseError(
            "not text: it is not UTF-8 or UTF-16, and read as Windows-1252/Latin-1 most of its characters "
            "would be symbols or accented letters (binary data, or an encoding the importer cannot tell)"
        )
    return text


def _non_ascii_share(text):
    visible = [c for c in text if not c.isspace()]
    return sum(1 for c in visible if ord(c) > 127) / max(1, len(visible))


def json_records(text: str) -> list[dict] | None:
    """A saved JSON object, or list of them, read as records; None when the text is not JSON."""
    try:
        data = json.loads(text, strict=False)  # saved API answers carry raw newlines inside strings
    except (ValueError, RecursionError):
        data = _json_cut_short(text)
        if data is None:
            return None
    records = data if isinstance(data, list) else [data]
    records = [record for record in records if isinstance(record, dict)]
    if records and not any(reads_as_article(record) for record in records):
        records = _nested_articles(data) or records  # {"status": "ok", "data": {"article": {...}}}
    return records or None


_MAX_JSON_DEPTH = 4


def _nested_articles(data, depth: int = 0) -> list[dict]:
    """The records, nested in an API answer's envelope, that carry a title and a body; the first such group."""
    if depth > _MAX_JSON_DEPTH:
        return []
    if isinstance(data, dict):
        if depth and reads_as_article(data):
            return [data]
        children = list(data.values())
    elif isinstance(data, list):
        found = [item for item in data if isinstance(item, dict) and reads_as_article(item)]
        if found:
            return found
        children = data
    else:
        return []
    for child in children:
        if isinstance(child, (dict, list)):
            found = _nested_articles(child, depth + 1)
            if found:
                return found
    return []


_JSON_CLOSERS = {"{": "}", "[": "]"}
CUT_SHORT = "_newsarchive_cut_short"  # marks the record the copy's end cut off


def _json_cut_short(text: str):
    """A saved JSON answer the crawler's copy cut off mid-way ("... the last paragraph</p>"): closed where it
    stops and read, so its title and text are not taken for a page's lines. None when it is not that."""
    stack: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in _JSON_CLOSERS:
            stack.append(char)
        elif char in "}]":
            if not stack or _JSON_CLOSERS[stack.pop()] != char:
                return None
    if not stack:
        return None  # complete, so not JSON at all (or broken some other way)
    ending = text[:-1] if escaped else text
    ending = ending + '"' if in_string else ending.rstrip().rstrip(",")
    try:
        data = json.loads(ending + "".join(_JSON_CLOSERS[opener] for opener in reversed(stack)), strict=False)
    except (ValueError, RecursionError):
        return None
    records = [record for record in (data if isinstance(data, list) else [data]) if isinstance(record, dict)]
    if not records or not all(reads_as_article(record) for record in records):
        records = _nested_articles(data)
        if not records:
            return None  # no article in it: its lines are read as text, as before
    records[-1][CUT_SHORT] = True
    return records


def reads_as_article(record: dict) -> bool:
    fields = parsing_record.read_record(record)
    return bool(fields.headline and fields.body)
