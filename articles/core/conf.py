"""The archive's caps and windows: ``caps.RANK_WINDOW`` is ``settings.NEWSARCHIVE_RANK_WINDOW``.

Read when used, never copied at import, so ``override_settings`` (or
pytest-django's ``settings`` fixture) changes them for a test. Their defaults
and what each bounds are in ``newsarchive/settings.py``.
"""

from django.conf import settings


class Caps:
    def __getattr__(self, name):
        return getattr(settings, f"NEWSARCHIVE_{name}")


caps = Caps()
