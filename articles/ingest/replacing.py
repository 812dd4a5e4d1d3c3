"""Replacing an archived article with a newer copy of it, chosen by an editor for a near-duplicate.

The article keeps its id, slug, status and date (so its address), and takes
the copy's text and fields; its credits follow the copy's authors and its
automatic tags are found again, while editors' tags stay. The replacement is
one revision in the article's history, by the editor who chose it.
"""

from __future__ import annotations

from django.db import DatabaseError, IntegrityError, transaction

from articles.core.history import editor_name, record_revision
from articles.models import Article, ArticleAuthor, ArticleEntity

from .article_text import body_markup
from .entities_and_authors import accept_candidate, authors_named, entity_ids
from .service import _MAX, StoredResult, retag, stored_headline


def replace_article(article_id, preview, *, user=None, accepted_candidates=(), entity_overrides=None) -> StoredResult:
    """Put ``preview``'s text and fields into the archived article ``article_id``, in one transaction.

    Never raises for bad input: an article deleted meanwhile, or a source URL
    or text another article already has, fails with the reason.
    """
    name = preview.source_name
    try:
        with transaction.atomic():
            article = Article.objects.select_for_update().filter(pk=article_id).first()
            if article is None:
                return StoredResult(
                    StoredResult.FAILED, name, preview.headline,
                    reason=f"the article it would replace (#{article_id}) is no longer in the archive",
                )
            _take_fields(article, preview)
            article.skip_history_when_saving = True  # recorded below, once, with its new tags and the reason
            article.save()
            del article.skip_history_when_saving
            article.author_credits.all().delete()
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(article=article, author=author, position=position)
                for position, author in enumerate(authors_named(preview.authors))
            )
            retag(article, accepted_candidates=accepted_candidates)
            if entity_overrides is not None:
                dropped = {e["key"] for e in preview.entities} - set(entity_overrides)
                kept_accepted = [accept_candidate(n, kind).pk for n, kind in accepted_candidates]
                article.tags.filter(
                    origin=ArticleEntity.Origin.AUTOMATIC, entity_id__in=entity_ids(list(dropped)).values()
                ).exclude(entity_id__in=kept_accepted).delete()
            by = editor_name(user) or "an import"
            record_revision(article, user=user, reason=f"replaced with a newer copy from {name or 'pasted text'} by {by}")
    except IntegrityError as error:
        return StoredResult(StoredResult.FAILED, name, preview.headline, reason=f"could not replace #{article_id}: "
                            f"another article already has this source URL or text ({error})")
    except (DatabaseError, ValueError) as error:
        reason = f"could not replace #{article_id}: {error}"
        return StoredResult(StoredResult.FAILED, name, preview.headline, reason=reason)
    return StoredResult(StoredResult.REPLACED, name, article.headline, article=article)


def _take_fields(article, preview):
    article.headline = stored_headline(preview)
    article.headline_proposed = preview.headline_proposed
    article.standfirst = preview.standfirst
    article.body_html = body_markup(preview.paragraphs)
    article.byline = preview.byline[: _MAX["byline"]]
    article.image_caption = preview.image_caption
    article.image_credit = preview.image_credit[: _MAX["image_credit"]]
    article.outlet = preview.outlet[: _MAX["outlet"]] or article.outlet
    article.language = preview.language or article.language
    article.source_url = preview.source_url[: _MAX["source_url"]] or article.source_url
    if article.published_at is None and preview.published is not None:  # a date it lacked: its address was provisional
        article.published_at = preview.published
        article.published_source = preview.published_source or Article.DateSource.GUESSED
        article.published_as_printed = preview.published_printed[:120]
