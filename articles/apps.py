from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Archive"

    def ready(self):
        from . import checks, signals  # noqa: F401  (registers the system checks, connects the model signal handlers)
        from articles.core.caching import connect_signals as connect_cache_invalidation
        from articles.core.counts import restore_sqlite_count_triggers
        from articles.admin.editors import ensure_editors_group
        from .search import reread_search_plans, restore_sqlite_triggers

        # Permissions only exist once every app has migrated, so the group is
        # (re)built after migrate rather than in a migration of its own.
        post_migrate.connect(ensure_editors_group, sender=self)
        connect_cache_invalidation()
        post_migrate.connect(restore_sqlite_triggers, sender=self)
        post_migrate.connect(restore_sqlite_count_triggers, sender=self)
        post_migrate.connect(reread_search_plans, sender=self)
