"""Shared test data for the ingestion tests: a small real vocabulary and generated articles."""

from pathlib import Path

from django.conf import settings

from articles.models import Entity, EntityAlias

SEED_ARTICLE = Path(settings.BASE_DIR) / "demo" / "seed-article.txt"

COUNTRIES = {"RU": "Russia", "CN": "China", "UA": "Ukraine", "US": "United States", "FR": "France", "DE": "Germany"}


def make_vocabulary():
    """Countries (the tagger adds their generated names, demonyms and capitals), two leaders, four organizations."""
    countries = {code: Entity.objects.create(name=name, kind="country", iso_code=code) for code, name in COUNTRIES.items()}
    people = {
        "Xi Jinping": (countries["CN"], ["Xi"]),
        "Vladimir Putin": (countries["RU"], ["Putin"]),
    }
    for name, (country, aliases) in people.items():
        person = Entity.objects.create(name=name, kind="person", country=country)
        for alias in aliases:
            EntityAlias.objects.create(entity=person, name=alias)
    for name in ("United Nations", "Shanghai Cooperation Organisation", "BRICS", "G20"):
        Entity.objects.create(name=name, kind="organization")
    EntityAlias.objects.create(entity=Entity.objects.get(name="United Nations"), name="UN")
    EntityAlias.objects.create(entity=Entity.objects.get(name="Shanghai Cooperation Organisation"), name="SCO")


WORDS = (
    "the council met on tuesday to discuss the budget and agreed that further talks would follow "
    "after the summer recess while observers said progress had been slow but steady across regions "
).split()


def generated_article(number, *, words=600):
    """A plain-text article whose body differs from every other number's (so no two are duplicates)."""
    body, paragraph = [], []
    for i in range(words):
        paragraph.append(WORDS[(i * 7 + number) % len(WORDS)])
        if len(paragraph) == 60:
            body.append(" ".join(paragraph).capitalize() + ".")
            paragraph = []
    body.append(f"Officials in France and Germany confirmed report number {number}.")
    return (
        f"Report {number} on the council budget talks\n\n"
        f"By Jane Doe • 3 March 2021 • 10:15\n\n" + "\n\n".join(body) + "\n"
    )
