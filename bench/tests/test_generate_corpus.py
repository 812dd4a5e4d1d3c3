"""The benchmark generator: a small synthetic archive on whichever database the suite runs on.

Run by ``make bench-smoke`` (``pytest bench/tests``), not by ``make test``.
"""

import datetime
from collections import Counter

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils.text import slugify

from articles.core.sanitize import html_to_text, sanitize_html
from articles.models import Article, ArticleAuthor, ArticleEntity, Author, Entity
from articles.models.derived import normalize_url, text_fingerprint
from bench.corpus.command import Command
from bench.corpus.text import ZipfSampler, english_words

UNTIL = datetime.date(2024, 12, 31)
ARTICLES = 200


def generate(seed=5, articles=ARTICLES, **options):
    call_command(Command(), articles=articles, seed=seed, until=UNTIL, verbosity=0, **options)


def corpus_signature():
    """What a reader would see of each article, independent of database ids."""
    countries = Counter()
    rows = []
    for article in Article.objects.order_by("published_at", "slug").prefetch_related("tags__entity"):
        codes = sorted(t.entity.iso_code for t in article.tags.all() if t.entity.kind == "country")
        countries.update(codes)
        rows.append((article.slug, article.headline, article.fingerprint, article.published_at, article.status, codes))
    return rows


@pytest.fixture
def countries(db):
    call_command("load_countries", verbosity=0)


@pytest.fixture
def corpus(countries):
    generate()


def test_generates_the_requested_number_of_articles_with_tags_and_credits(corpus):
    assert Article.objects.count() == ARTICLES
    assert not Article.objects.filter(tags__isnull=True).exists()
    assert not Article.objects.filter(author_credits__isnull=True).exists()
    without_country = Article.objects.exclude(tags__entity__kind="country")
    assert not without_country.exists()
    assert Entity.objects.filter(kind="person").count() >= 100
    assert Entity.objects.filter(kind="organization").count() >= 50
    assert Author.objects.count() >= 20
    assert ArticleAuthor.objects.count() >= ARTICLES


def test_most_articles_are_published_and_tags_carry_their_article_date_and_status(corpus):
    drafts = Article.objects.filter(status="draft").count()
    assert drafts <= ARTICLES * 0.08
    assert Article.objects.published().count() == ARTICLES - drafts
    for tag in ArticleEntity.objects.select_related("article"):
        assert tag.article_published_at == tag.article.published_at
        assert tag.article_is_published == (tag.article.status == "published")


def test_coverage_is_skewed_one_country_in_about_forty_percent(corpus):
    by_country = Counter(
        ArticleEntity.objects.filter(entity__kind="country").values_list("entity__iso_code", flat=True)
    )
    top, count = by_country.most_common(1)[0]
    assert top == "US"
    assert 0.28 <= count / ARTICLES <= 0.52
    assert len(by_country) >= 25  # the long tail is there even at 200 articles


def test_dates_span_twenty_five_years_and_grow_in_volume(corpus):
    dates = list(Article.objects.order_by("published_at").values_list("published_at", flat=True))
    assert dates[-1].date() <= UNTIL
    assert dates[0].date() >= UNTIL - datetime.timedelta(days=365 * 25 + 7)
    middle = dates[0] + (dates[-1] - dates[0]) / 2
    older = sum(1 for d in dates if d < middle)
    assert older < len(dates) - older


def test_same_seed_gives_the_same_corpus_and_another_seed_another(countries):
    generate(seed=5)
    first = corpus_signature()
    Article.objects.all().delete()
    Entity.objects.exclude(kind="country").delete()
    Author.objects.all().delete()
    generate(seed=5, batch=1000)
    assert corpus_signature() == first
    generate(seed=6, articles=50)
    headlines = {row[1] for row in first}
    assert not headlines & set(Article.objects.filter(slug__endswith="-6-0").values_list("headline", flat=True))


def full_signature():
    """Every stored column that does not depend on database ids, tags and credits included."""
    return [
        (
            article.slug, article.headline, article.standfirst, article.body_html, article.body_text,
            article.published_at, article.status, article.byline, article.search_names, article.fingerprint,
            sorted((t.entity.slug, t.mentions, t.first_offset, t.article_is_published) for t in article.tags.all()),
            [credit.author.slug for credit in article.author_credits.order_by("position")],
        )
        for article in Article.objects.order_by("slug").prefetch_related("tags__entity")
    ]


def test_worker_processes_store_the_same_corpus_as_one_process(countries):
    # Three batches of 1,000 and a partial block: the workers encode a batch while the previous one is stored.
    generate(seed=7, articles=2_345, batch=1_000, workers=1)
    alone = full_signature()
    Article.objects.all().delete()
    Entity.objects.exclude(kind="country").delete()
    Author.objects.all().delete()
    generate(seed=7, articles=2_345, batch=1_000, workers=2)
    assert full_signature() == alone
    assert ArticleEntity.objects.filter(article_published_at=None).count() == 0
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM articles_article WHERE search_vector IS DISTINCT FROM "
                "articles_article_search_document(headline, standfirst, search_names, body_text)"
            )
            assert cursor.fetchone()[0] == 0


def test_loading_the_same_seed_twice_is_refused(corpus):
    with pytest.raises(CommandError, match="seed 5 is already loaded"):
        generate(seed=5)


def test_rows_hold_what_article_save_would_have_computed(corpus):
    articles = list(Article.objects.prefetch_related("tags__entity"))
    assert len({a.slug for a in articles}) == ARTICLES
    assert len({a.fingerprint for a in articles}) == ARTICLES
    for article in articles[:40]:
        assert sanitize_html(article.body_html) == article.body_html
        assert html_to_text(article.body_html) == article.body_text
        assert article.fingerprint == text_fingerprint(article.body_text)
        slug, seed, index = article.slug.rsplit("-", 2)
        assert slug == slugify(article.headline)[: 120 - len(f"-{seed}-{index}")].strip("-")
        assert article.source_url_key == normalize_url(article.source_url)
        assert 400 <= len(article.body_text.split()) <= 700
        stored = article.search_names
        article.refresh_search_names()
        article.refresh_from_db(fields=["search_names"])
        assert article.search_names == stored
        for tag in article.tags.all():
            name = tag.entity.name
            assert article.body_text[tag.first_offset : tag.first_offset + len(name)] == name
            assert article.body_text.count(name) >= tag.mentions


def test_generated_words_are_found_by_full_text_search(corpus):
    article = Article.objects.order_by("id").first()
    ranks = {word: rank for rank, word in enumerate(english_words())}
    rare_word = max((w for w in article.body_text.lower().replace(".", " ").split() if w in ranks), key=ranks.get)
    assert ranks[rare_word] > 1000
    assert article in Article.objects.search(rare_word)
    assert Article.objects.search(article.headline.split()[0]).exists()
    person = article.tags.exclude(entity__kind="country").first() or article.tags.first()
    assert article in Article.objects.search(f'"{person.entity.name}"')


def test_search_data_is_filled_for_every_generated_row(corpus):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT count(*) FROM articles_article WHERE search_vector IS DISTINCT FROM "
                "articles_article_search_document(headline, standfirst, search_names, body_text)"
            )
            assert cursor.fetchone()[0] == 0
        else:
            cursor.execute("SELECT count(*) FROM articles_article_fts")
            assert cursor.fetchone()[0] == ARTICLES
            cursor.execute("INSERT INTO articles_article_fts(articles_article_fts) VALUES ('integrity-check')")


def test_deferring_indexes_keeps_every_index_and_foreign_key(countries):
    def indexes():
        with connection.cursor() as cursor:
            return {
                index["columns"].__repr__() + name
                for table in ("articles_article", "articles_articleentity", "articles_articleauthor", "articles_entitymonthcount")
                for name, index in connection.introspection.get_constraints(cursor, table).items()
                if index["index"] or index["foreign_key"]
            }

    before = indexes()
    generate(articles=30, defer_indexes=True)
    assert Article.objects.count() == 30
    assert indexes() == before


def test_a_deferred_load_counts_its_tags_by_month_once_and_the_counting_trigger_comes_back(countries):
    from articles.tests.test_counts import recounted, stored_counts

    generate(seed=5, articles=120)  # counted COPY by COPY
    generate(seed=6, articles=130, defer_indexes=True)  # counted at the end, on PostgreSQL
    assert stored_counts() == recounted()
    assert sum(stored_counts().values()) == ArticleEntity.objects.filter(article_is_published=True).count()
    tag = ArticleEntity.objects.filter(article_is_published=True).first()
    ArticleEntity.objects.create(
        article=Article.objects.exclude(tags__entity=tag.entity).first(), entity=tag.entity, mentions=1,
        article_published_at=tag.article_published_at, article_is_published=True,
    )
    assert stored_counts() == recounted()  # a tag added after the load is counted by the trigger again


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only the PostgreSQL loader defers constraints")
def test_a_tag_orphaned_during_a_deferred_load_fails_the_load_when_its_foreign_key_returns(countries):
    from django.db import IntegrityError

    from bench.corpus.loaders import PostgresLoader

    generate(articles=5)
    tag = ArticleEntity.objects.first()
    with pytest.raises(IntegrityError, match="foreign key"):
        with PostgresLoader(vocabulary=set()).deferring_indexes(), connection.cursor() as cursor:
            cursor.execute("UPDATE articles_articleentity SET article_id = -1 WHERE id = %s", [tag.pk])
    tag.refresh_from_db()
    assert tag.article_id != -1  # rolled back with the rest of the load


def test_zipf_sampler_follows_rank_frequency():
    import numpy as np

    sampler = ZipfSampler(range(1000), 1.07)
    counts = Counter(sampler.sample(np.random.default_rng(1), 200_000))
    assert counts[0] > counts[1] > counts[9] > counts[99]
    assert 1.6 < counts[0] / counts[1] < 2.6  # 2 ** 1.07 ≈ 2.1
    assert 8 < counts[0] / counts[9] < 16  # 10 ** 1.07 ≈ 11.7


def made_up_article(headline, standfirst, search_names, body_words, names_at, word_list):
    """What text.Body and generate_article record of an article, from its words (for the search vector)."""
    import numpy as np
    from types import SimpleNamespace

    tokens = [word_list[n] for n in body_words]
    for index, name in names_at:
        tokens[index] = name
    body_text = " ".join(tokens[:3]) + ".\n\n" + " ".join(tokens[3:]) + "."
    return SimpleNamespace(
        headline=headline, standfirst=standfirst, search_names=search_names, body_text=body_text,
        body_word_numbers=np.array(body_words), body_names_at=names_at, names=tuple(name for _, name in names_at),
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the search vector is PostgreSQL's")
def test_python_search_vectors_equal_the_database_function(db):
    from bench.corpus import tsvector
    from bench.corpus.encode import binary_row, bytes_field, smallint_field
    from bench.corpus.loaders import PostgresLoader

    word_list = ["the", "harbour", "talks", "of", "paragraph", "here", "and", "again", "running", "a"]
    articles = [
        made_up_article(
            "Harbour talks Resume in Oslo", "The talks. Of the a summary it is.",
            "Norway Anna Berg By Ann Able and Ben Baker", [4, 5, 6, 5, 0, 1, 7, 2, 8, 8, 3, 0], [(1, "Anna Berg")],
            word_list,
        ),
        # Stop words at the end of a part: the next part's positions follow the last word kept.
        made_up_article("The harbour of the", "A of", "By Ann Able", [9, 0, 2, 3, 0], [], word_list),
        # PostgreSQL splits "Guinea-Bissau" into three lexemes: left to its function.
        made_up_article("Talks", "Talks.", "Guinea-Bissau By Ann Able", [1, 2, 1], [(0, "Guinea-Bissau")], word_list),
        made_up_article("Unheard Talks", "Talks.", "By Ann Able", [1, 2, 1], [], word_list),
    ]
    with connection.cursor() as cursor:
        assert tsvector.mirrored_search_trigger(cursor)  # the schema is the one the loader mirrors
        vocabulary = {*word_list, *"Harbour talks Resume in Oslo summary it is Norway Anna Berg By Ann Able Ben Baker".split()}
        lexicon = tsvector.Lexicon(tsvector.lexemes(cursor, vocabulary), word_list)
        vectors = tsvector.search_vectors(articles, lexicon)
        assert vectors[2] is None and vectors[3] is None  # a hyphenated name; a word not in the vocabulary
        cursor.execute("CREATE TEMPORARY TABLE ours (n smallint, vector tsvector)")
        rows = [binary_row((smallint_field, bytes_field), (n, vectors[n])) for n in (0, 1)]
        PostgresLoader.copy_in(cursor, "ours", ("n", "vector"), rows)
        for n in (0, 1):
            article = articles[n]
            cursor.execute(
                "SELECT vector::text, articles_article_search_document(%s, %s, %s, %s)::text FROM ours WHERE n = %s",
                [article.headline, article.standfirst, article.search_names, article.body_text, n],
            )
            ours, theirs = cursor.fetchone()
            assert ours == theirs


def test_tag_and_credit_rows_packed_at_once_equal_the_general_encoding():
    from bench.corpus.encode import CREDIT_FIELDS, TAG_FIELDS, binary_row, credit_row, tag_row

    published = datetime.datetime(2024, 2, 29, 23, 59, 58, 123456, tzinfo=datetime.UTC)
    for row in (
        (12, 7, 3, 120, "auto", published, True),
        (2**40, 2**33, 1, 0, "auto", datetime.datetime(1999, 12, 31, tzinfo=datetime.UTC), False),
        (5, 6, 2, None, "auto", published, True),  # NULLs and other origins take the general path
        (5, 6, 2, 4, "editor", None, False),
    ):
        assert tag_row(row) == binary_row(TAG_FIELDS, row)
    for row in ((12, 7, 0), (2**40, 5, 1)):
        assert credit_row(row) == binary_row(CREDIT_FIELDS, row)
