import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsarchive.settings")
# Web requests only: no statement of theirs runs past 30 s on PostgreSQL (see settings.py).
os.environ.setdefault("DB_STATEMENT_TIMEOUT_MS", "30000")
application = get_wsgi_application()
