"""Parsing a batch of sources into previews, and carrying previews between requests.

Both the admin Import page and ``import_articles`` parse through
:func:`previews_from_sources`, so a file that fails does so with the same
reason in both places, and a failure never stops the rest of the batch.
"""

from __future__ import annotations

import logging
from datetime import datetime

from .service import Duplicate, Preview, prepare
from .uploads import Rejected

logger = logging.getLogger(__name__)


def previews_from_sources(sources, *, check_duplicates=True, matcher=None):
    """``(previews, rejected)`` for ``(name, data)`` sources; each source may hold several articles (.jsonl)."""
    from .parsing import ParseError, parse_file

    previews, rejected = [], []
    for source in sources:
        try:
            parsed_articles = parse_file(source.name, source.data)
        except ParseError as error:
            rejected.append(Rejected(source.name, str(error) or "could not be parsed"))
            continue
        except Exception as error:  # a parser bug must fail this file, not the batch
            logger.exception("parsing %s failed", source.name)
            rejected.append(Rejected(source.name, f"could not be parsed ({type(error).__name__}: {error})"))
            continue
        if not parsed_articles:
            rejected.append(Rejected(source.name, "no article found in the file"))
        several = len(parsed_articles) > 1
        for number, parsed in enumerate(parsed_articles, start=1):
            name = f"{source.name} #{number}" if several else source.name
            try:
                previews.append(prepare(parsed, source_name=name, check_duplicates=check_duplicates, matcher=matcher))
            except Exception as error:
                logger.exception("tagging %s failed", name)
                rejected.append(Rejected(name, f"could not be tagged ({type(error).__name__}: {error})"))
    return previews, rejected


# --- between the preview and the save: plain JSON in the editor's session ------------


def preview_to_json(preview: Preview) -> dict:
    data = {f: getattr(preview, f) for f in preview.__dataclass_fields__ if f not in ("published", "duplicate")}
    data["published"] = preview.published.isoformat() if preview.published else None
    data["duplicate"] = vars(preview.duplicate).copy() if preview.duplicate else None
    return data


def preview_from_json(data: dict) -> Preview:
    data = dict(data)
    data["published"] = datetime.fromisoformat(data["published"]) if data.get("published") else None
    data["duplicate"] = Duplicate(**data["duplicate"]) if data.get("duplicate") else None
    return Preview(**data)
