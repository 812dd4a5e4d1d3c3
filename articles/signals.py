"""Keep derived data in step with the models, whichever code path wrote them."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .ingest.near_duplicates import index_article
from .ingest.current_matcher import invalidate_matcher
from .models import Article, ArticleEntity, Entity, EntityAlias


@receiver(post_save, sender=Article)
def keep_near_duplicate_bands(sender, instance, created, raw=False, **kwargs):
    """The bands of an article's text follow every save (the importer stores them with the row itself)."""
    if not raw:
        index_article(instance, created=created)


@receiver(post_save, sender=ArticleEntity)
@receiver(post_delete, sender=ArticleEntity)
def refresh_article_search_names(sender, instance, **kwargs):
    article_id = instance.article_id

    def refresh():
        article = Article.objects.filter(pk=article_id).first()
        if article is not None:
            article.refresh_search_names()

    transaction.on_commit(refresh)


@receiver(post_save, sender=Entity)
@receiver(post_delete, sender=Entity)
@receiver(post_save, sender=EntityAlias)
@receiver(post_delete, sender=EntityAlias)
def vocabulary_changed(sender, **kwargs):
    """The tagger's cached vocabulary is rebuilt after any change to an entity or an alias commits."""
    transaction.on_commit(invalidate_matcher)
