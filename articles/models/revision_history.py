"""Revision history (``Article.history``, ``Entity.history``; see ``core/history.py``).

Registered here, once both are defined, because an article's revisions hold its tags, and so need the tag model
defined first. Derived fields stay out: they follow from the others, and would only make the history larger.
"""

import simple_history
from django.db import models

from ..core.history import ArchiveHistory
from .articles import Article
from .entities import Entity


def register():
    """Give articles and entities their history (``models/__init__`` calls it once, as Django loads the models)."""
    simple_history.register(
        Entity, records_class=ArchiveHistory, excluded_fields=["updated_at"],
        history_change_reason_field=models.TextField(null=True),
    )
    simple_history.register(
        Article, records_class=ArchiveHistory,
        excluded_fields=["body_text", "search_names", "fingerprint", "source_url_key", "updated_at"],
        m2m_fields=[Article._meta.get_field("entities")],
        history_change_reason_field=models.TextField(null=True),
    )
