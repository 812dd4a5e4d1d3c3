"""Parsing a batch of sources into previews, and carrying previews between requests.

Both the admin Import page and ``import_articles`` parse through
:func:`previews_from_sources`, so a file, or a line of a .jsonl file, that
fails does so with the same reason in both places, and a failure never stops
the rest of the batch.
"""

from __future__ import annotations

import logging
from datetime import datetime

from .article_text import plain_body_text
from .byline_vocabulary import lead_openings
from .gazetteer import places, state_names
from .jsonlines import json_lines
from .near_duplicates import NearDuplicate, find_near_duplicates
from .outlets import outlet_key
from .parsed_article import ParseError
from .parsing import parse_file, parse_json_record
from .parsing_files import decode
from .person_names import known_name_words
from .screening import binary_reason, not_article_reason, record_strings
from .service import Duplicate, Preview, prepare
from .uploads import Rejected, extension_of

logger = logging.getLogger(__name__)


def previews_from_sources(sources, *, check_duplicates=True, matcher=None, source_tz="", outlet_zones=None):
    """``(previews, rejected)`` for ``(name, data)`` sources; a .jsonl source holds an article a line.

    A time printed without a zone is read in ``source_tz`` when the editor set one for the import,
    else in the zone remembered for the article's outlet (``outlet_zones``, from ``OutletTimeZone``),
    else as UTC (and the preview says so).
    """
    previews, rejected = [], []
    for source in sources:
        for name, parsed, reason in _articles_in(source, source_tz, outlet_zones or {}):
            reason = reason or not_article_reason(_all_text(parsed))
            if reason:
                rejected.append(Rejected(name, reason))
                continue
            try:
                preview = prepare(parsed, source_name=name, check_duplicates=check_duplicates, matcher=matcher)
                if parsed.unzoned_time:
                    preview.time_zone = source_tz or (outlet_zones or {}).get(preview.outlet_key, "")
                    preview.remember_time_zone = bool(source_tz)
                previews.append(preview)
            except Exception as error:  # a tagger bug must fail this article, not the batch
                logger.warning("tagging %s failed: %r", name, error, exc_info=logger.isEnabledFor(logging.DEBUG))
                rejected.append(Rejected(name, f"could not be tagged ({type(error).__name__}: {error})"))
    if check_duplicates:
        _mark_near_duplicates(previews)
    return previews, rejected


def load_shared_tables():
    """Build the tables parsing reads on every page but builds on first use (the well-known cities, the byline
    leads' openings, the known names), in a process about to fork workers: they share its copy instead of each
    building its own. The countries' names in other languages are left to the first page in another language
    (``Matcher``): an import of English pages never needs them."""
    for build in (places, state_names, lead_openings, known_name_words):  # each remembers what it built
        build()


def _mark_near_duplicates(previews):
    """Set ``near_duplicate`` on each preview that is no exact duplicate but looks like an archived article or
    an earlier preview (two queries for the batch)."""
    checked = [position for position, preview in enumerate(previews) if preview.duplicate is None]
    found = find_near_duplicates([plain_body_text(previews[position].paragraphs) for position in checked])
    for position, near in zip(checked, found):
        if near is not None and near.batch_position is not None:
            near.batch_position = checked[near.batch_position]
            near.headline = previews[near.batch_position].headline
        previews[position].near_duplicate = near


def _articles_in(source, source_tz, outlet_zones):
    """``(name, parsed article, "")`` for each article in ``source``, or ``(name, None, reason)`` for what failed."""
    read_in: dict[str, list] = {}  # the source parsed again in an outlet's zone, once per zone
    for position, (name, parsed, reason) in enumerate(_parsed_articles(source, source_tz or None)):
        zone = "" if source_tz or not parsed or not parsed.unzoned_time else _outlet_zone(parsed, outlet_zones)
        if zone:
            again = read_in.setdefault(zone, list(_parsed_articles(source, zone)))
            if position < len(again) and again[position][1] is not None:
                parsed = again[position][1]
        yield name, parsed, reason


def _outlet_zone(parsed, outlet_zones) -> str:
    return outlet_zones.get(outlet_key(parsed.source_url, parsed.outlet), "")


def _parsed_articles(source, source_tz):
    try:
        text = decode(source.data)
    except ParseError as error:
        yield source.name, None, str(error)
        return
    extension = extension_of(source.name)
    if extension != ".jsonl":
        # Plain text is the article itself, so screened whole before the slow parse; markup only for binary data.
        reason = (not_article_reason if extension in (".txt", ".text") else binary_reason)(text)
        if reason:
            yield source.name, None, reason
            return
        try:
            parsed_articles = parse_file(source.name, source.data, source_tz=source_tz)
        except ParseError as error:
            yield source.name, None, str(error) or "could not be parsed"
            return
        except Exception as error:  # a parser bug must fail this file, not the batch
            logger.warning("parsing %s failed: %r", source.name, error, exc_info=logger.isEnabledFor(logging.DEBUG))
            yield source.name, None, f"could not be parsed ({type(error).__name__}: {error})"
            return
        if not parsed_articles:
            yield source.name, None, "no article found in the file"
        yield from ((source.name, parsed, "") for parsed in parsed_articles)
        return
    records = 0
    for number, record, reason in json_lines(text):
        records += 1
        name = f"{source.name} line {number}"
        if not reason:
            try:
                reason = not_article_reason("\n".join(record_strings(record)))
            except ValueError as error:
                reason = str(error)
        if reason:
            yield name, None, reason
            continue
        try:
            yield name, parse_json_record(record, source_tz), ""
        except Exception as error:  # ParseError, or a parser bug: this line fails, not the file
            yield name, None, str(error) or f"could not be parsed ({type(error).__name__})"
    if not records:
        yield source.name, None, "The file has no records."


def _all_text(parsed):
    """Everything a parsed article says, for ``not_article_reason``."""
    fields = (parsed.headline, parsed.standfirst, parsed.byline, parsed.image_caption, parsed.image_credit,
              parsed.source_url, parsed.outlet, parsed.language, *parsed.authors, *parsed.paragraphs)
    return "\n".join(field for field in fields if field)


# --- between the preview and the save: plain JSON in the editor's session ------------


def preview_to_json(preview: Preview) -> dict:
    objects = ("published", "duplicate", "near_duplicate")
    data = {f: getattr(preview, f) for f in preview.__dataclass_fields__ if f not in objects}
    data["published"] = preview.published.isoformat() if preview.published else None
    data["duplicate"] = vars(preview.duplicate).copy() if preview.duplicate else None
    data["near_duplicate"] = vars(preview.near_duplicate).copy() if preview.near_duplicate else None
    return data


def preview_from_json(data: dict) -> Preview:
    data = dict(data)
    data["published"] = datetime.fromisoformat(data["published"]) if data.get("published") else None
    data["duplicate"] = Duplicate(**data["duplicate"]) if data.get("duplicate") else None
    data["near_duplicate"] = NearDuplicate(**data["near_duplicate"]) if data.get("near_duplicate") else None
    return Preview(**data)
