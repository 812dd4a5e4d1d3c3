"""One block of synthetic articles, as rows ready for a bulk insert.

Everything about article ``i`` comes from the seed, the block ``i`` falls in
and the publication dates drawn once for the whole corpus, so the same seed
gives the same archive whatever the batch size and whichever database loads
it. Derived columns are computed exactly as ``Article.save`` computes them
(sanitised HTML, plain text, fingerprint, normalised URL, search names), so a
generated row is indistinguishable from an edited one.
"""

import datetime
import hashlib
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from django.utils.text import slugify

from articles.models.derived import text_fingerprint
from articles.querysets import entity_search_names, search_names_text

from .plan import DOMINANT_SHARE, OUTLETS
from .text import Draws

BLOCK = 1_000  # articles per random stream; batches are whole blocks
YEARS = 25
GROWTH = 4.0  # the last year holds about four times the articles of the first
DRAFT_SHARE = 0.02

COUNTRY_COUNTS_WITH_DOMINANT = ((0, 0.50), (1, 0.35), (2, 0.15))
COUNTRY_COUNTS_WITHOUT = ((1, 0.65), (2, 0.25), (3, 0.10))
PEOPLE_COUNTS = ((0, 0.15), (1, 0.25), (2, 0.25), (3, 0.17), (4, 0.10), (5, 0.08))
ORGANIZATION_COUNTS = ((0, 0.30), (1, 0.35), (2, 0.25), (3, 0.10))
AUTHOR_COUNTS = ((1, 0.85), (2, 0.15))


@dataclass
class GeneratedArticle:
    index: int
    headline: str
    slug: str
    standfirst: str
    body_html: str
    body_text: str
    published_at: datetime.datetime
    is_published: bool
    byline: str
    outlet: str
    source_url: str
    source_url_key: str
    fingerprint: str
    search_names: str
    tags: list = field(default_factory=list)  # (entity id, mentions, first offset)
    author_ids: list = field(default_factory=list)
    names: tuple = ()  # every name its text can contain: tagged entities and authors
    # How the body was made (text.Body), for computing its search vector without re-reading the text.
    body_word_numbers: object = None
    body_names_at: list = field(default_factory=list)

    @property
    def status(self):
        return "published" if self.is_published else "draft"


def publication_dates(seed, count, until):
    """``count`` UTC datetimes over the 25 years up to ``until``, volume growing, oldest first."""
    rng = np.random.default_rng([seed, 1])
    # Inverse CDF of a density growing exponentially by GROWTH over the span.
    growth = np.log(GROWTH)
    share = np.log1p(rng.random(count) * (GROWTH - 1)) / growth
    span = datetime.timedelta(days=365.25 * YEARS).total_seconds()
    end = datetime.datetime.combine(until, datetime.time(23, 59, 59), tzinfo=datetime.UTC)
    seconds = np.sort((share * span).astype(np.int64))
    start = end - datetime.timedelta(seconds=span)
    return [start + datetime.timedelta(seconds=int(s)) for s in seconds]


_LETTERS_AND_SPACES = re.compile(r"[A-Za-z ]+")


@lru_cache(maxsize=100_000)  # names recur in article after article
def _letters_and_spaces(name):
    return _LETTERS_AND_SPACES.fullmatch(name) is not None


def fingerprint(body_text, names):
    """``text_fingerprint(body_text)``, computed without a regex when it safely can be.

    Generated text is lower-case a-z words, sentences ending in ".", and
    paragraphs split by a blank line, so its folded words are the text with
    those two marks dropped. Names with other characters ("Côte d'Ivoire")
    take the general path.
    """
    if all(map(_letters_and_spaces, names)):
        folded = body_text.replace(".", "").replace("\n\n", " ").lower()
        return hashlib.sha256(folded.encode()).hexdigest()
    return text_fingerprint(body_text)


def slug_for(headline):
    """``slugify(headline)``; for letters and spaces, without its Unicode normalisation and two regexes."""
    if _LETTERS_AND_SPACES.fullmatch(headline):
        return "-".join(headline.lower().split())
    return slugify(headline)


def how_many(draws, table):
    roll, total = draws.random(), 0.0
    for value, probability in table:
        total += probability
        if roll < total:
            return value
    return table[-1][0]


def generate_block(seed, block, indices, dates, plan, writer):
    """Articles ``indices`` (all inside ``block``) with their tags and author credits."""
    draws = Draws(seed, block, writer, len(indices))
    return [generate_article(seed, index, dates[index], draws, plan, writer) for index in indices]


def generate_article(seed, index, published_at, draws, plan, writer):
    """One article; ``draws`` is the block's :class:`Draws`."""
    countries = plan.countries
    chosen = []
    if plan.dominant_country is not None and draws.random() < DOMINANT_SHARE:
        chosen.append(plan.dominant_country)
        chosen += countries.draw(draws, how_many(draws, COUNTRY_COUNTS_WITH_DOMINANT))
    else:
        chosen += countries.draw(draws, how_many(draws, COUNTRY_COUNTS_WITHOUT))
    people = plan.people.draw(draws, how_many(draws, PEOPLE_COUNTS))
    organizations = plan.organizations.draw(draws, how_many(draws, ORGANIZATION_COUNTS))
    authors = plan.authors.draw(draws, how_many(draws, AUTHOR_COUNTS))

    tagged = [(countries.ids[i], countries.names[i]) for i in chosen]
    tagged += [(plan.people.ids[i], plan.people.names[i]) for i in people]
    tagged += [(plan.organizations.ids[i], plan.organizations.names[i]) for i in organizations]
    # The lead entity is a person when there is one (headlines name people), else the first country.
    lead = plan.people.names[people[0]] if people else tagged[0][1]
    mentions = {name: (draws.randint(3, 6) if n == 0 else draws.randint(1, 3)) for n, (_, name) in enumerate(tagged)}

    headline = writer.headline(draws, lead)
    standfirst = writer.standfirst(draws, lead)
    body = writer.body(draws, mentions)
    paragraphs, offsets, counts = body.paragraphs, body.offsets, body.counts
    body_text = "\n\n".join(paragraphs)
    tags = [(entity_id, counts[name], offsets[name]) for entity_id, name in tagged if name in counts]
    author_names = [plan.authors.names[i] for i in authors]
    byline = "By " + " and ".join(author_names)
    by_offset = sorted(tags, key=lambda tag: tag[2])
    name_of = dict(tagged)
    kind_of = {entity_id: "country" if n < len(chosen) else "other" for n, (entity_id, _) in enumerate(tagged)}
    outlet, domain = OUTLETS[index % len(OUTLETS)]
    slug_tail = f"-{seed}-{index}"
    slug = (slug_for(headline)[: 120 - len(slug_tail)].strip("-") or "article") + slug_tail
    dated_path = f"{domain}/{published_at:%Y/%m/%d}/{slug}"
    return GeneratedArticle(
        index=index,
        headline=headline,
        slug=slug,
        standfirst=standfirst,
        body_html="\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs),
        body_text=body_text,
        published_at=published_at,
        is_published=draws.random() >= DRAFT_SHARE,
        byline=byline,
        outlet=outlet,
        source_url=f"https://www.{dated_path}",
        source_url_key=f"https://{dated_path}",  # normalize_url(source_url), which the tests check
        fingerprint=fingerprint(body_text, counts),
        search_names=search_names_text(
            [name for tag in by_offset for name in entity_search_names(tag[0], name_of[tag[0]], kind_of[tag[0]], ())],
            byline,
        ),
        tags=tags,
        author_ids=[plan.authors.ids[i] for i in authors],
        names=tuple(name_of.values()) + tuple(author_names),
        body_word_numbers=body.word_numbers,
        body_names_at=body.names_at,
    )
