"""From a parsed article to a stored, tagged archive entry.

Two steps, shared by the admin Import page and the ``import_articles`` command:

* :func:`prepare` tags a parsed article and looks for it in the archive, giving
  a :class:`Preview` the editor can review (nothing is written);
* :func:`store` saves one preview as an article with its authors and tags, in
  its own transaction, or reports it as a duplicate of what is already there.

The database's unique constraints on ``source_url_key`` and ``fingerprint`` are
the last word on duplicates: two imports racing on the same text both pass
:func:`prepare`, one insert wins and the other is reported as a duplicate.

The text an article is stored and tagged as is made in ``article_text.py``; the
entities and authors it is linked to are found or made in ``entities_and_authors.py``.
"""

from __future__ import annotations

import dataclasses
import logging
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticleAuthor, ArticleEntity, Entity
from articles.models.derived import text_fingerprint
from articles.querysets import search_names_text
from articles.core.sanitize import allowed_url

from .article_text import (
    EMPTY_VOCABULARY_WARNING, body_markup, plain_body_text, stored_tagging_text, tagging_text,
)
from .candidates import not_the_authors
from .parsed_article import GUESSED
from .duplicates import Duplicate, find_duplicate  # noqa: F401 (part of this module's interface)
from .entities_and_authors import (
    accept_candidate, author_names, authors_named, entity_ids, entity_search_names,
)
from .near_duplicates import NearDuplicate, band_links
from .outlets import outlet_key
from .rows import Links, insert_new
from .current_matcher import get_matcher

logger = logging.getLogger(__name__)

# Model field limits the importer must respect rather than let the database refuse.
_MAX = {"headline": 300, "byline": 300, "image_credit": 300, "outlet": 200, "source_url": 1000, "language": 12}


LEFT_OUT_SHOWN = 60  # lines of page furniture listed in a preview


@dataclass
class Preview:
    """What an import would store, in plain JSON-friendly values the editor may correct."""

    source_name: str
    headline: str
    headline_proposed: bool
    standfirst: str
    published: datetime | None
    published_source: str
    byline: str
    authors: list[str]
    image_caption: str
    image_credit: str
    paragraphs: list[str]
    source_url: str
    outlet: str
    language: str
    warnings: list[str]
    entities: list[dict] = field(default_factory=list)  # key, name, kind, iso_code, country, mentions, first_offset
    candidates: list[dict] = field(default_factory=list)  # name, mentions, first_offset, suggested_kind
    duplicate: Duplicate | None = None
    published_printed: str = ""  # the date and time as printed
    outlet_key: str = ""  # the outlet's address or name (outlets.outlet_key)
    time_zone: str = ""  # the zone its time printed without one was read in ("" for UTC)
    remember_time_zone: bool = False  # the editor set that zone for this import: remember it for the outlet
    left_out: list[str] = field(default_factory=list)  # lines read as page furniture, shown to the editor
    near_duplicate: NearDuplicate | None = None  # what the text looks like (set by preview.previews_from_sources)

    def corrected(self, **changes):
        """A copy with the editor's corrections; an edited date counts as set by the editor."""
        if "published" in changes and changes["published"] != self.published:
            changes.setdefault("published_source", Article.DateSource.EDITOR if changes["published"] else "")
        return dataclasses.replace(self, **changes)

    @property
    def countries(self):
        return sorted(e["iso_code"] for e in self.entities if e["kind"] == Entity.Kind.COUNTRY and e["iso_code"])


@dataclass
class StoredResult:
    """The outcome for one article: ``created``, ``duplicate``, ``failed``, ``near-duplicate`` (skipped) or
    ``replaced`` (its text replaced an older copy's)."""

    outcome: str
    source_name: str
    headline: str = ""
    article: Article | None = None
    duplicate: Duplicate | None = None
    reason: str = ""
    notes: list[str] = field(default_factory=list)

    CREATED, DUPLICATE, FAILED = "created", "duplicate", "failed"
    NEAR_DUPLICATE, REPLACED = "near-duplicate", "replaced"

    @property
    def admin_url(self):
        if self.article is not None:
            return reverse("admin:articles_article_change", args=[self.article.pk])
        return self.duplicate.admin_url if self.duplicate else ""


def estimated_from_relative_time(parsed):
    """A page dated only by a relative time ("3 hours ago"): that long before now, to the minute. Counted here, as
    the article is prepared for import, so that parsing reads no clock."""
    if parsed.published_ago is None:
        return None
    return (timezone.now() - parsed.published_ago).replace(second=0, microsecond=0)


def prepare(parsed, *, source_name="", check_duplicates=True, matcher=None) -> Preview:
    """Tag ``parsed`` and look for it in the archive. Reads the database, never writes.

    With ``check_duplicates=False`` and a ``matcher`` it touches neither the
    database nor the cache, so worker processes can run it.
    """
    body_text = plain_body_text(parsed.paragraphs)
    source_url = allowed_url(parsed.source_url)
    warnings = list(parsed.warnings or [])
    if parsed.source_url and not source_url:
        warnings.append(f"The source URL {parsed.source_url[:100]!r} was dropped: only http and https addresses are kept.")
    matcher = matcher or get_matcher()
    result = matcher.tag(
        tagging_text(
            headline=parsed.headline or "", headline_proposed=bool(parsed.headline_proposed),
            standfirst=parsed.standfirst or "", image_caption=parsed.image_caption or "", body_text=body_text,
        ),
        language=parsed.language or "",
    )
    preview = Preview(
        source_name=source_name,
        headline=parsed.headline or "",
        headline_proposed=bool(parsed.headline_proposed),
        standfirst=parsed.standfirst or "",
        published=parsed.published or estimated_from_relative_time(parsed),
        published_source=parsed.published_source or (GUESSED if parsed.published_ago is not None else ""),
        published_printed=parsed.published_printed or "",
        outlet_key=outlet_key(source_url, parsed.outlet or ""),
        left_out=[line[:200] for line in (parsed.left_out or [])[:LEFT_OUT_SHOWN]],
        byline=parsed.byline or "",
        authors=list(parsed.authors or []),
        image_caption=parsed.image_caption or "",
        image_credit=parsed.image_credit or "",
        paragraphs=list(parsed.paragraphs or []),
        source_url=source_url,
        outlet=parsed.outlet or "",
        language=parsed.language or "",
        warnings=warnings + (
            [] if matcher.entries else [EMPTY_VOCABULARY_WARNING]
        ),
        entities=_entity_dicts(result),
        candidates=[
            {
                "name": c.name, "mentions": c.mentions, "first_offset": c.first_offset,
                "suggested_kind": c.suggested_kind, "country": c.country,
            }
            for c in not_the_authors(result.candidates, parsed.authors or [])
        ],
    )
    if check_duplicates:
        preview.duplicate = find_duplicate(preview.source_url, text_fingerprint(body_text))
    return preview


def _entity_dicts(result):
    return [
        {
            "key": m.key, "name": m.name, "kind": m.kind, "iso_code": m.iso_code or "",
            "country": m.country or "", "mentions": m.mentions, "first_offset": m.first_offset,
        }
        for m in result.entities
    ]


def store(
    item, *, status, user=None, accepted_candidates=(), entity_overrides=None, source_name="", author_memo=None,
    slug="",
) -> StoredResult:
    """Save one article with its authors and tags, in its own transaction.

    ``item`` is a :class:`Preview` or a parsed article (which is prepared first).
    ``accepted_candidates`` are ``(name, kind)`` pairs the editor accepted: each
    becomes an entity (unless one of that kind and name exists) and is tagged.
    ``entity_overrides``, when given, is the set of entity keys to keep.
    ``author_memo`` is a dict a bulk import keeps across articles (see ``authors_named``).
    ``slug`` is one a bulk import reserved (see ``slugs.py``); if it was taken meanwhile, the model picks another.
    Never raises for bad input: the reason is in the result.
    """
    preview = item if isinstance(item, Preview) else prepare(item, source_name=source_name, check_duplicates=False)
    name = preview.source_name or source_name
    status, notes, problem = storing_terms(preview, status)
    if problem:
        return StoredResult(StoredResult.FAILED, name, preview.headline, reason=problem)
    # A writer running alongside (another import worker) may take a reserved slug, or a new author's
    # slug, before this commits: the database refuses this one, and a second try finds a free slug and
    # that author.
    for attempt_slug in (slug, ""):
        try:
            with transaction.atomic() if _needs_transaction(preview, accepted_candidates, author_memo) else nullcontext():
                article = _create_article(
                    preview, status=status, user=user, slug=attempt_slug,
                    accepted_candidates=accepted_candidates, entity_overrides=entity_overrides, author_memo=author_memo,
                )
        except IntegrityError as error:
            duplicate = find_duplicate(preview.source_url, text_fingerprint(plain_body_text(preview.paragraphs)))
            if duplicate is not None:
                return StoredResult(StoredResult.DUPLICATE, name, preview.headline, duplicate=duplicate)
            refused = error
            continue
        except (DatabaseError, ValueError, TypeError) as error:  # this article fails; the batch goes on
            logger.warning("storing %s failed: %s", name, error)
            return StoredResult(StoredResult.FAILED, name, preview.headline, reason=f"could not be stored: {error}")
        return StoredResult(StoredResult.CREATED, name, article.headline, article=article, notes=notes)
    return StoredResult(StoredResult.FAILED, name, preview.headline, reason=f"the database refused it: {refused}")


def _needs_transaction(preview, accepted_candidates, author_memo):
    """Whether storing ``preview`` writes more than one statement, or must join a transaction already open.

    On PostgreSQL an article whose authors are all known goes in as one
    statement with its credits and tags (``rows.insert_new``), atomic on its
    own; BEGIN and COMMIT around it would be two more round trips.
    """
    if connection.vendor != "postgresql" or connection.in_atomic_block or accepted_candidates or author_memo is None:
        return True
    return any(name not in author_memo for name in author_names(preview.authors))


def storing_terms(preview, status):
    """``(status, notes, problem)``: the status ``preview`` is stored with, notes on it, or why it cannot be."""
    problem = _unstorable(preview)
    if not problem and status == Article.Status.PUBLISHED and preview.published is None:
        return Article.Status.DRAFT, ["no publication date: stored as a draft"], ""
    return status, [], problem


def _unstorable(preview):
    if not any(p.strip() for p in preview.paragraphs):
        return "no article text found"
    if not preview.headline.strip():
        return "no headline found or proposed"
    if preview.language and len(preview.language) > _MAX["language"]:
        return f"language code too long: {preview.language[:20]!r}"
    return ""


def stored_headline(preview):
    """The headline ``store`` saves for ``preview``."""
    return preview.headline.strip()[: _MAX["headline"]]


def _create_article(
    preview, *, status, user, accepted_candidates=(), entity_overrides=None, author_memo=None, slug=""
):
    """The article row, its author credits and its tags (called inside a transaction).

    New authors are created first, so the row and its links go in together.
    """
    article, tags, bands = unsaved_article(
        preview, status=status, user=user, slug=slug, accepted_candidates=accepted_candidates,
        entity_overrides=entity_overrides,
    )
    credits = author_credits(authors_named(preview.authors, author_memo))
    # What article.save() stores, then the links, in one statement.
    insert_new(article, [credits, tags, bands])
    return article


def unsaved_article(preview, *, status, user, slug="", accepted_candidates=(), entity_overrides=None):
    """``(article, tags, text bands)``: the new article ``preview`` becomes, its fields derived as
    ``save()`` would, and its tag and near-duplicate band rows (``rows.Links``), nothing written.

    Only the CPU's work, unless ``accepted_candidates`` must be created or the
    vocabulary's ids be looked up: a bulk store does it before its transaction.
    The search names are set before the insert, so the search trigger computes
    the article's search vector once, on the insert, not again on an update.
    """
    tags = _tags_for(preview, entity_overrides, accepted_candidates)
    article = Article(
        headline=stored_headline(preview),
        slug=slug,
        headline_proposed=preview.headline_proposed,
        standfirst=preview.standfirst,
        body_html=body_markup(preview.paragraphs),
        published_at=preview.published,
        # A missing date has no source; "guessed" makes the editor check it.
        published_source=preview.published_source or Article.DateSource.GUESSED,
        published_as_printed=preview.published_printed[:120],
        status=status,
        byline=preview.byline[: _MAX["byline"]],
        image_caption=preview.image_caption,
        image_credit=preview.image_credit[: _MAX["image_credit"]],
        source_url=preview.source_url[: _MAX["source_url"]],
        outlet=preview.outlet[: _MAX["outlet"]],
        language=preview.language or "en",
        created_by=user if user is not None and user.is_authenticated else None,
    )
    article.search_names = _search_names(tags, article.byline)
    article.derive_fields()
    if article.body_text != plain_body_text(preview.paragraphs):
        # The sanitiser changed the text (odd control characters, say): tag what is stored, so offsets hold.
        preview = dataclasses.replace(preview, entities=_entity_dicts(get_matcher().tag(stored_tagging_text(article))))
        tags = _tags_for(preview, entity_overrides, accepted_candidates)
        article.search_names = _search_names(tags, article.byline)
    article_tags = Links(
        ArticleEntity, "article", ("entity", "mentions", "first_offset"),
        [(entity_id, max(1, tag["mentions"] or 1), tag["first_offset"]) for entity_id, (_, tag) in tags.items()],
        {
            "origin": ArticleEntity.Origin.AUTOMATIC, "article_published_at": article.published_at,
            "article_is_published": article.is_published_status,
        },
    )
    return article, article_tags, band_links(article)


def author_credits(authors):
    """The credit rows (``rows.Links``) of a new article by ``authors``, in byline order."""
    return Links(ArticleAuthor, "article", ("author", "position"), [(a.pk, n) for n, a in enumerate(authors)], {})


def _search_names(tags, byline):
    """What ``Article.refresh_search_names()`` will find once ``tags`` are stored, without reading them back."""
    ordered = [entity_id for entity_id, _ in sorted(tags.items(), key=lambda item: _offset_key(item[1][1]))]
    names = entity_search_names(ordered)
    # An id the database does not know (it will refuse the tag) keeps the name the tagger gave it.
    return search_names_text(
        [name for entity_id in ordered for name in names.get(entity_id) or [tags[entity_id][0]]], byline
    )


def _offset_key(tag):
    offset = tag.get("first_offset")
    return (offset is None, offset or 0)


def _tags_for(preview, entity_overrides, accepted_candidates):
    """``{entity_id: (name, tag dict)}`` for the kept detected entities and the accepted candidates."""
    kept = [e for e in preview.entities if entity_overrides is None or e["key"] in entity_overrides]
    ids = entity_ids([e["key"] for e in kept])
    tags = {ids[e["key"]]: (e["name"], e) for e in kept if e["key"] in ids}
    by_name = {c["name"]: c for c in preview.candidates}
    for candidate_name, kind in accepted_candidates:
        candidate = by_name.get(candidate_name, {"name": candidate_name, "mentions": 1, "first_offset": None})
        entity = accept_candidate(candidate_name, kind, country=candidate.get("country", ""))
        tags.setdefault(entity.pk, (entity.name, candidate))
    return tags


def retag(article, *, accepted_candidates=()) -> None:
    """Run the tagger on a stored article again: automatic tags are replaced, editors' tags kept."""
    result = get_matcher().tag(stored_tagging_text(article))
    with transaction.atomic():
        editor_tagged = set(article.tags.filter(origin=ArticleEntity.Origin.EDITOR).values_list("entity_id", flat=True))
        article.tags.filter(origin=ArticleEntity.Origin.AUTOMATIC).delete()
        found = {m.key: m for m in result.entities}
        ids = entity_ids(list(found))
        rows = {
            ids[key]: (m.mentions, m.first_offset) for key, m in found.items() if key in ids and ids[key] not in editor_tagged
        }
        by_name = {c.name: c for c in result.candidates}
        for candidate_name, kind in accepted_candidates:
            candidate = by_name.get(candidate_name)
            entity = accept_candidate(candidate_name, kind, country=candidate.country if candidate else "")
            if entity.pk not in editor_tagged and entity.pk not in rows:
                rows[entity.pk] = (candidate.mentions, candidate.first_offset) if candidate else (1, None)
        ArticleEntity.objects.bulk_create(
            ArticleEntity(
                article=article, entity_id=entity_id, mentions=max(1, mentions or 1), first_offset=offset,
                origin=ArticleEntity.Origin.AUTOMATIC,
                article_published_at=article.published_at, article_is_published=article.is_published_status,
            )
            for entity_id, (mentions, offset) in rows.items()
        )
    article.refresh_search_names()
