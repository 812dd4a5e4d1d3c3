"""The archive's data: articles, their authors, and the entities they name.

The models live by idea: ``articles.py`` (an article, its authors' credits, its corrections and its text
signature), ``entities.py`` (an entity, its aliases, its tags on articles, its monthly counts and merges),
``imports.py`` (the import jobs' tables and the outlets' time zones), ``former_slugs.py`` (the slugs rows had
before, so that old addresses still lead to them), ``revision_history.py`` (the history
of articles and entities), and ``derived.py``, what they derive from their values (slugs, fingerprints,
source URL keys) and the validators. Django finds the models here, as ``articles.models``.
"""

from .articles import Article, ArticleAuthor, Author, Correction, NearDuplicateBand
from .entities import ArticleEntity, Entity, EntityAlias, EntityMerge, EntityMonthCount
from .former_slugs import FormerSlug
from .imports import ImportItem, ImportJob, ImportUpload, OutletTimeZone
from .revision_history import register as register_revision_history

# Migrations 0009, 0011 and 0013 name these as ``articles.models.<name>``; code imports them from ``derived``.
from .derived import normalize_url, validate_time_zone, validate_web_url

register_revision_history()

__all__ = [
    "Article", "ArticleAuthor", "ArticleEntity", "Author", "Correction", "Entity", "EntityAlias", "EntityMerge",
    "EntityMonthCount", "FormerSlug", "ImportItem", "ImportJob", "ImportUpload", "NearDuplicateBand", "OutletTimeZone",
    "normalize_url", "validate_time_zone", "validate_web_url",
]
