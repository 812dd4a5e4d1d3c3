"""Show what parsing and tagging extract from one file, without saving anything."""

import json
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from articles.ingest.preview import previews_from_sources
from articles.ingest.uploads import read_path


def preview_as_json(preview):
    return {
        "headline": preview.headline,
        "headline_proposed": preview.headline_proposed,
        "published": preview.published.isoformat() if preview.published else None,
        "published_source": preview.published_source,
        "byline": preview.authors,
        "image_caption": preview.image_caption,
        "image_credit": preview.image_credit,
        "paragraphs": len(preview.paragraphs),
        "entities": [
            {"name": e["name"], "kind": e["kind"], "country": e["iso_code"] or e["country"], "mentions": e["mentions"]}
            for e in preview.entities
        ],
        "countries": preview.countries,
        "candidates": [c["name"] for c in preview.candidates],
        "warnings": preview.warnings,
    }


class Command(BaseCommand):
    help = "Parse and tag one article file (.txt, .html, .jsonl) and print what was found. Saves nothing."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="One JSON object per article (one line each).")

    def handle(self, *args, path, json: bool, **options):
        path = Path(path)
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        sources, rejected = read_path(path)
        previews, unparsed = previews_from_sources(sources, check_duplicates=False)
        problems = [*rejected, *unparsed]
        for preview in previews:
            data = preview_as_json(preview)
            if json:
                self.stdout.write(_json_dumps(data))
            else:
                self._write_readable(data)
        if problems:
            raise CommandError("; ".join(f"{p.name}: {p.reason}" for p in problems))

    def _write_readable(self, data):
        for key, value in data.items():
            if key == "entities":
                value = ", ".join(f"{e['name']} ({e['kind']}, {e['mentions']})" for e in value) or "—"
            elif isinstance(value, list):
                value = ", ".join(map(str, value)) or "—"
            self.stdout.write(f"{key:>18}: {value}")
        self.stdout.write("")


def _json_dumps(data):
    return json.dumps(data, ensure_ascii=False)
