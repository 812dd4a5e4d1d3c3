"""Fill a fresh database with what a newcomer needs to try the archive."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, call_command
from django.db import transaction

from articles.admin.editors import ensure_editors_group

DEMO_DIR = Path(settings.BASE_DIR) / "demo"
# The labelled evaluation articles (original writing for this project) give a
# newcomer a few dozen stories across 2022-2025 to browse, not one.
EXTRA_DEMO_DIRS = [
    Path(settings.BASE_DIR) / "bench" / "accuracy" / "articles",
    Path(settings.BASE_DIR) / "bench" / "accuracy" / "holdout" / "articles",
]
DEMO_EDITOR = "editor"


class Command(BaseCommand):
    help = (
        "Load the country list, the starter vocabulary and the demo articles, and create a demo "
        "editor account (its password is printed once, when it is created)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", default="http://127.0.0.1:8000", help="where the site is served (for the login hint)")

    def handle(self, *args, **options):
        call_command("load_countries", verbosity=options["verbosity"])
        call_command("load_entities", verbosity=options["verbosity"])
        folders = [str(folder) for folder in [DEMO_DIR, *EXTRA_DEMO_DIRS] if folder.is_dir()]
        call_command("import_articles", *folders, status="published", progress=False, verbosity=options["verbosity"])
        self.create_demo_editor(options["site"].rstrip("/"))

    @transaction.atomic
    def create_demo_editor(self, site):
        User = get_user_model()
        if User.objects.filter(username=DEMO_EDITOR).exists():
            self.stdout.write(
                f"Demo editor '{DEMO_EDITOR}' already exists (its password was printed when it was created; "
                f"`python manage.py changepassword {DEMO_EDITOR}` sets a new one)."
            )
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(DEMO_EDITOR, password=password, is_staff=True)
        user.groups.add(ensure_editors_group())
        self.stdout.write(self.style.SUCCESS(
            f"Demo editor created. Log in at {site}/admin/ as '{DEMO_EDITOR}' "
            f"with password: {password}\n(This password is shown only once.)"
        ))
