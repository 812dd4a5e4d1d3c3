"""Create or update one Entity per ISO 3166-1 country (idempotent)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.ingest.countries import country_official_names, country_vocabulary
from articles.models import Entity, EntityAlias
from articles.models.derived import slugify_any_script


def load_countries() -> dict[str, int]:
    """One country Entity per ISO code, with pycountry's official names as aliases.

    Existing rows (found by ISO code) keep their name and slug, so editors' changes
    survive; missing aliases are added. Demonyms, capitals and other generated
    names are not stored: the tagger merges them in at run time.
    """
    counts = {"created": 0, "existing": 0, "aliases": 0}
    existing = {e.iso_code: e for e in Entity.objects.filter(kind=Entity.Kind.COUNTRY)}
    known = set(EntityAlias.objects.filter(entity__kind=Entity.Kind.COUNTRY).values_list("entity_id", "normalized"))
    taken = set(Entity.objects.values_list("slug", flat=True))
    with transaction.atomic():
        for entry in country_vocabulary():
            entity = existing.get(entry.iso_code)
            if entity is None:
                slug = slugify_any_script(entry.name)
                entity = Entity(
                    name=entry.name, kind=Entity.Kind.COUNTRY, iso_code=entry.iso_code,
                    slug="" if slug in taken else slug,  # blank: save() picks a free one
                )
                entity.save()
                taken.add(entity.slug)
                counts["created"] += 1
            else:
                counts["existing"] += 1
            counts["aliases"] += add_missing_aliases(entity, country_official_names(entry.iso_code), known)
    return counts


def add_missing_aliases(entity, names, known):
    """Create the aliases of ``entity`` not yet known; ``known`` holds (entity id, normalised name) pairs.

    Returns how many were created. Editors' own aliases are left as they are.
    """
    own, created = EntityAlias.normalize(entity.name), 0
    for name in names:
        normalized = EntityAlias.normalize(name)
        if normalized == own or (entity.pk, normalized) in known:
            continue
        EntityAlias.objects.create(entity=entity, name=name)
        known.add((entity.pk, normalized))
        created += 1
    return created


class Command(BaseCommand):
    help = "Create or update one entity per ISO 3166-1 country (pycountry + countryinfo). Safe to run again."

    def handle(self, *args, **options):
        counts = load_countries()
        self.stdout.write(
            self.style.SUCCESS(
                f"Countries: {counts['created']} created, {counts['existing']} already there, "
                f"{counts['aliases']} aliases added."
            )
        )
