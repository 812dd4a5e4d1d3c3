"""Shared test data for the ingestion tests: a small real vocabulary and generated articles."""

import io
import json
import random
import zipfile
from pathlib import Path

from django.conf import settings
from lxml import html as lxml_html

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
    """A plain-text article whose body differs from every other number's: the same words in an order drawn
    from the number, so no two are duplicates, nor near-duplicates (shifts of one sequence would be)."""
    order = random.Random(number)
    body, paragraph = [], []
    for _ in range(words):
        paragraph.append(order.choice(WORDS))
        if len(paragraph) == 60:
            body.append(" ".join(paragraph).capitalize() + ".")
            paragraph = []
    body.append(f"Officials in France and Germany confirmed report number {number}.")
    return (
        f"Report {number} on the council budget talks\n\n"
        f"By Jane Doe • 3 March 2021 • 10:15\n\n" + "\n\n".join(body) + "\n"
    )



def many_articles(count, start=1):
    """``{file name: text}`` of ``count`` generated articles, numbered from ``start``: a zip's members."""
    return {f"report-{n}.txt": generated_article(n) for n in range(start, start + count)}

def record_line(number, **fields):
    """One JSON line holding generated article ``number``, with ``fields`` added or replaced."""
    record = {
        "headline": f"Report {number} on the council budget talks",
        "body": generated_article(number).split("\n\n", 2)[2],
        "published": "2021-03-03T10:15:00Z",
        "url": f"https://news.example.org/report-{number}",
        **fields,
    }
    return json.dumps(record)


def jsonl_with_three_bad_lines():
    """Three good records (lines 1, 3 and 6) and, on lines 2, 4 and 5: a NUL in a URL, a lone surrogate, broken JSON."""
    lines = [
        record_line(1),
        record_line(2, url="https://news.example.org/a\u0000b"),
        record_line(3),
        record_line(4, headline="A lone \ud800 surrogate"),
        '{"headline": "broken", "body": "no closing brace"',
        record_line(6),
    ]
    return "\n".join(lines).encode("utf-8")


def rendered_form_data(response, field="token", **changes):
    """What a browser submits from the page's form that has ``field``, read from the rendered HTML, plus ``changes``."""
    [form] = lxml_html.fromstring(response.content.decode()).xpath(f"//form[.//*[@name='{field}']]")
    data = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    for element in form.inputs:  # lxml leaves out a text input with no value attribute; a browser sends ""
        if element.tag == "input" and element.name and element.type in ("text", "hidden") and element.value is None:
            data.setdefault(element.name, []).append("")
    return {**data, **changes}


def latin1_article(number):
    """Generated article ``number`` with accents, as Latin-1 bytes."""
    return generated_article(number).replace("•", "-").replace("council", "café council").encode("latin-1")


def mixed_batch(duplicate_text):
    """A zip's members as an editor's real batch holds them: two new articles, ``duplicate_text`` (already in the
    archive), binary junk that NUL-free high bytes make look like Windows-1252, and UTF-16 and Latin-1 articles."""
    return {
        "new-1.txt": generated_article(101),
        "new-2.txt": generated_article(102),
        "already-there.txt": duplicate_text,
        "junk.txt": bytes(range(128, 256)) * 20,
        "utf16.txt": generated_article(103).encode("utf-16"),
        "latin1.txt": latin1_article(104),
    }


def zip_of(members):
    """The bytes of a zip archive holding ``members`` ({name: text or bytes}), as an editor would upload it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()
