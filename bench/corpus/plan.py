"""Who the synthetic archive is about and who writes it.

Countries are the real ones already in the database (``load_countries``);
people, organizations and authors are generated from name lists and created
here. Coverage is skewed as in real news: one country (the United States) in
about 40% of articles, a handful more in a few percent each, and a long tail
of countries, people and organizations that appear in under 0.1%.
"""

from dataclasses import dataclass

import numpy as np
from django.utils.text import slugify

from articles.models import Author, Entity

from .text import ZipfSampler, english_words, read_list

# Roughly how often English-language news names each country, most first; the
# remaining countries follow in an order shuffled by the seed.
NEWSWORTHY = (
    "US CN RU GB UA FR DE IN IL JP IR KR BR CA AU TR SA PK MX IT AF SY IQ KP EG ZA NG ES PS VE "
    "PL TW ID PH NL SE CH BE GR AR"
).split()
DOMINANT_SHARE = 0.40

ORG_PATTERNS = (
    "{last} Group", "{last} Holdings", "{last} Industries", "{last} Partners", "{last} Foundation",
    "{last} Bank", "{last} Energy", "{last} Motors", "{last} Media", "{last} Capital", "{last} University",
    "Ministry of {word}", "{word} Party", "{word} Alliance", "Council for {word}", "{word} Watch",
    "{word} Institute", "National {word} Agency", "{word} Union", "{word} Trust",
)
OUTLETS = (
    ("The Daily Ledger", "dailyledger.example"), ("Global Wire", "globalwire.example"),
    ("The Morning Post", "morningpost.example"), ("Capital Times", "capitaltimes.example"),
    ("World Dispatch", "worlddispatch.example"), ("The Observer Review", "observerreview.example"),
    ("Harbour Herald", "harbourherald.example"), ("Metro Chronicle", "metrochronicle.example"),
)


@dataclass
class Roster:
    """Entities or authors in popularity order, with a sampler over indices into that order."""

    ids: list
    names: list
    sampler: ZipfSampler

    def draw(self, draws, count):
        """``count`` distinct members (indices), popular ones more often."""
        wanted = min(count, len(self.sampler.items))
        chosen = []
        while len(chosen) < wanted:
            index = self.sampler.one(draws)
            if index not in chosen:
                chosen.append(index)
        return chosen


@dataclass
class CorpusPlan:
    countries: Roster
    dominant_country: int | None  # index into countries, drawn separately at DOMINANT_SHARE
    people: Roster
    organizations: Roster
    authors: Roster


def scaled(article_count, per, low, high):
    return max(low, min(high, article_count // per))


def build_plan(seed, article_count):
    """Create the generated people, organizations and authors; return the plan.

    Same seed and article count, same names in the same order.
    """
    rng = np.random.default_rng([seed, 2])
    countries = list(Entity.objects.countries().order_by("iso_code").values_list("id", "name", "iso_code"))
    if not countries:
        raise LookupError("No countries in the database: run `manage.py load_countries` first.")
    by_code = {code: (pk, name) for pk, name, code in countries}
    leading = [code for code in NEWSWORTHY if code in by_code]
    tail = [code for code in sorted(by_code) if code not in leading]
    tail = [tail[i] for i in rng.permutation(len(tail))]
    order = leading + tail
    dominant = 0 if order[0] == "US" else None
    # The dominant country is drawn on its own; the others share a Zipf law from rank 2.
    others = range(1 if dominant is not None and len(order) > 1 else 0, len(order))
    country_roster = Roster(
        ids=[by_code[c][0] for c in order],
        names=[by_code[c][1] for c in order],
        sampler=ZipfSampler(others, 1.2, first_rank=others.start + 1),
    )

    first_names, last_names = read_list("first_names.txt"), read_list("last_names.txt")
    topic_words = [w.capitalize() for w in english_words()[200:3000] if len(w) > 3]
    country_ids = country_roster.ids

    def person_names(count, taken):
        names = []
        while len(names) < count:
            name = f"{first_names[rng.integers(len(first_names))]} {last_names[rng.integers(len(last_names))]}"
            if name not in taken:
                taken.add(name)
                names.append(name)
        return names

    taken = set()
    people = person_names(scaled(article_count, 100, 100, 10_000), taken)
    organizations = []
    while len(organizations) < scaled(article_count, 300, 50, 4_000):
        pattern = ORG_PATTERNS[rng.integers(len(ORG_PATTERNS))]
        name = pattern.format(
            last=last_names[rng.integers(len(last_names))], word=topic_words[rng.integers(len(topic_words))]
        )
        if name not in taken:
            taken.add(name)
            organizations.append(name)
    author_names = person_names(scaled(article_count, 2_000, 20, 500), taken)

    home_countries = ZipfSampler(range(len(order)), 1.2).sample(rng, len(people) + len(organizations))
    entity_slugs = set(Entity.objects.values_list("slug", flat=True))
    entities = []
    for names, kind in ((people, Entity.Kind.PERSON), (organizations, Entity.Kind.ORGANIZATION)):
        for name in names:
            home = home_countries[len(entities)]
            entities.append(
                Entity(name=name, kind=kind, slug=free_slug(name, entity_slugs), country_id=country_ids[home])
            )
    created = Entity.objects.bulk_create(entities, batch_size=2_000)
    if any(e.pk is None for e in created):  # SQLite before 3.35 returns no ids
        created = list(Entity.objects.filter(slug__in=[e.slug for e in entities]).order_by("id"))
    author_slugs = set(Author.objects.values_list("slug", flat=True))
    authors = Author.objects.bulk_create(
        [Author(name=name, slug=free_slug(name, author_slugs)) for name in author_names], batch_size=2_000
    )

    def roster(objects, exponent):
        return Roster([o.pk for o in objects], [o.name for o in objects], ZipfSampler(range(len(objects)), exponent))

    return CorpusPlan(
        countries=country_roster,
        dominant_country=dominant,
        people=roster(created[: len(people)], 1.0),
        organizations=roster(created[len(people) :], 1.0),
        authors=roster(authors, 0.8),
    )


def free_slug(name, taken):
    base = slugify(name)[:100] or "entity"
    slug, suffix = base, 2
    while slug in taken:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(slug)
    return slug
