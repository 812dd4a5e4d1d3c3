"""Load the starter vocabulary (organizations, places, people) from articles/data/ (idempotent)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.ingest.vocabulary import starter_vocabulary
from articles.models import Entity, EntityAlias

from .load_countries import add_missing_aliases, load_countries


def load_entities() -> dict[str, int]:
    """Create the starter entities that are missing and add missing aliases.

    An entity is found by Wikidata ID, else by slug (the entry's key). Existing
    entities keep their editors' changes; only a missing country link or
    Wikidata ID is filled in. Short names are stored as aliases: the tagger
    treats a one-word alias that is a person's first or last name as a short name.
    """
    counts = {"created": 0, "existing": 0, "aliases": 0, "countries_loaded": 0}
    if not Entity.objects.filter(kind=Entity.Kind.COUNTRY).exists():
        counts["countries_loaded"] = load_countries()["created"]
    countries = dict(Entity.objects.filter(kind=Entity.Kind.COUNTRY).values_list("iso_code", "pk"))
    by_slug = {e.slug: e for e in Entity.objects.exclude(kind=Entity.Kind.COUNTRY)}
    by_qid = {e.wikidata_id: e for e in by_slug.values() if e.wikidata_id}
    used_qids = set(Entity.objects.exclude(wikidata_id="").values_list("wikidata_id", flat=True))
    known = set(EntityAlias.objects.values_list("entity_id", "normalized"))
    with transaction.atomic():
        for entry in starter_vocabulary():
            entity = by_qid.get(entry.wikidata_id) if entry.wikidata_id else None
            entity = entity or by_slug.get(entry.key)
            country_id = countries.get(entry.country)
            if entity is None:
                entity = Entity.objects.create(
                    name=entry.name, slug=entry.key, kind=entry.kind, country_id=country_id,
                    wikidata_id=entry.wikidata_id if entry.wikidata_id not in used_qids else "",
                )
                used_qids.add(entity.wikidata_id)
                counts["created"] += 1
            else:
                counts["existing"] += 1
                changed = []
                if entity.country_id is None and country_id:
                    entity.country_id = country_id
                    changed.append("country")
                if not entity.wikidata_id and entry.wikidata_id and entry.wikidata_id not in used_qids:
                    entity.wikidata_id = entry.wikidata_id
                    used_qids.add(entry.wikidata_id)
                    changed.append("wikidata_id")
                if changed:
                    entity.save(update_fields=changed)
            names = (*entry.aliases, *entry.case_sensitive_aliases, *entry.short_names)
            counts["aliases"] += add_missing_aliases(entity, names, known)
    return counts


class Command(BaseCommand):
    help = "Load the starter entities (organizations, places, people) from articles/data/. Safe to run again."

    def handle(self, *args, **options):
        counts = load_entities()
        if counts["countries_loaded"]:
            self.stdout.write(f"No countries yet: loaded {counts['countries_loaded']} first.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Starter entities: {counts['created']} created, {counts['existing']} already there, "
                f"{counts['aliases']} aliases added."
            )
        )
