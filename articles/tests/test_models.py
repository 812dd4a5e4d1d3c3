"""Models: what the database itself enforces, and what save() derives."""

import datetime

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.admin.merges import merge_entities
from articles.models import Article, ArticleEntity, Entity, EntityAlias
from articles.models.derived import normalize_url, text_fingerprint
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityAliasFactory, EntityFactory

pytestmark = pytest.mark.django_db


def rejected_by_database():
    """Assert the database refuses a write; the savepoint keeps the test's transaction usable."""

    class _Rejected:
        def __enter__(self):
            self._raises = pytest.raises(IntegrityError)
            self._raises.__enter__()
            self._atomic = transaction.atomic()
            self._atomic.__enter__()

        def __exit__(self, *exc):
            self._atomic.__exit__(*exc)
            return self._raises.__exit__(*exc)

    return _Rejected()


# --- entity constraints -------------------------------------------------------


def test_database_rejects_an_unknown_entity_kind():
    entity = EntityFactory()
    with rejected_by_database():
        Entity.objects.filter(pk=entity.pk).update(kind="planet")


def test_database_rejects_a_country_without_a_valid_iso_code():
    country = CountryFactory(name="Russia", iso_code="RU")
    for bad in ["", "ru", "R1", "1A"]:
        with rejected_by_database():
            Entity.objects.filter(pk=country.pk).update(iso_code=bad)


def test_database_rejects_an_iso_code_on_a_person():
    person = EntityFactory(kind=Entity.Kind.PERSON)
    with rejected_by_database():
        Entity.objects.filter(pk=person.pk).update(iso_code="RU")


def test_database_rejects_two_countries_with_one_iso_code():
    CountryFactory(name="Russia", iso_code="RU")
    with rejected_by_database():
        Entity.objects.bulk_create([Entity(name="Russian Federation", slug="russian-federation", kind="country", iso_code="RU")])


def test_many_non_countries_share_the_empty_iso_code():
    EntityFactory.create_batch(3, kind=Entity.Kind.ORGANIZATION)
    assert Entity.objects.filter(iso_code="").count() == 3


def test_database_rejects_a_malformed_wikidata_id():
    entity = EntityFactory()
    for bad in ["7747", "q7747", "Q", "Q0123", "Q12a"]:
        with rejected_by_database():
            Entity.objects.filter(pk=entity.pk).update(wikidata_id=bad)
    Entity.objects.filter(pk=entity.pk).update(wikidata_id="Q7747")


def test_database_rejects_a_wikidata_id_used_twice():
    EntityFactory(wikidata_id="Q7747")
    other = EntityFactory()
    with rejected_by_database():
        Entity.objects.filter(pk=other.pk).update(wikidata_id="Q7747")


def test_database_rejects_a_country_inside_a_country():
    russia = CountryFactory(name="Russia", iso_code="RU")
    france = CountryFactory(name="France", iso_code="FR")
    with rejected_by_database():
        Entity.objects.filter(pk=france.pk).update(country=russia)


def test_iso_code_is_upper_cased_on_save():
    country = Entity.objects.create(name="Germany", kind=Entity.Kind.COUNTRY, iso_code=" de ")
    assert Entity.objects.get(pk=country.pk).iso_code == "DE"


# --- tag constraints ----------------------------------------------------------


def test_database_rejects_two_tags_for_one_article_and_entity():
    entity = EntityFactory()
    article = ArticleFactory(entities=[entity])
    with rejected_by_database():
        ArticleEntity.objects.bulk_create([ArticleEntity(article=article, entity=entity)])


def test_database_rejects_a_tag_with_no_mentions():
    tag_article = ArticleFactory(entities=[EntityFactory()])
    with rejected_by_database():
        ArticleEntity.objects.filter(article=tag_article).update(mentions=0)


def test_database_rejects_an_unknown_tag_origin():
    tag_article = ArticleFactory(entities=[EntityFactory()])
    with rejected_by_database():
        ArticleEntity.objects.filter(article=tag_article).update(origin="robot")


# --- article constraints ------------------------------------------------------


def test_database_rejects_an_unknown_article_status():
    article = ArticleFactory()
    with rejected_by_database():
        Article.objects.filter(pk=article.pk).update(status="archived")


def test_database_rejects_an_unknown_date_source():
    article = ArticleFactory()
    with rejected_by_database():
        Article.objects.filter(pk=article.pk).update(published_source="dreamt")


def test_database_rejects_a_published_article_without_a_date():
    article = ArticleFactory()
    with rejected_by_database():
        Article.objects.filter(pk=article.pk).update(published_at=None)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT, published_at=None)


@pytest.mark.parametrize(
    "second_url",
    [
        "https://www.example.org/news/story?utm_source=twitter&utm_medium=social",
        "http://example.org/news/story/",
        "https://EXAMPLE.org/news/story#comments",
        "https://example.org/news/story?fbclid=abc",
    ],
)
def test_the_same_source_url_in_another_form_is_rejected(second_url):
    ArticleFactory(source_url="https://example.org/news/story")
    with rejected_by_database():
        ArticleFactory(source_url=second_url)


def test_source_urls_differing_in_a_real_query_parameter_are_different_pages():
    ArticleFactory(source_url="https://example.org/news?id=1")
    ArticleFactory(source_url="https://example.org/news?id=2")
    assert normalize_url("https://example.org/news?id=1") != normalize_url("https://example.org/news?id=2")


def test_many_articles_may_have_no_source_url():
    ArticleFactory.create_batch(3, source_url="")
    assert Article.objects.filter(source_url_key="").count() == 3


def test_same_text_with_other_quotes_spacing_and_case_is_a_duplicate():
    ArticleFactory(body_html="<p>\u201cWe will meet again,\u201d she said.</p><p>Talks   end.</p>")
    with rejected_by_database():
        ArticleFactory(body_html='<p>"we will MEET again," she said. Talks end. </p>')


def test_fingerprint_ignores_markup_and_accents_but_not_words():
    assert text_fingerprint("Caf\u00e9 opens") == text_fingerprint("CAFE opens!")
    assert text_fingerprint("Cafe opens") != text_fingerprint("Cafe closes")
    assert text_fingerprint("  ") == ""


def test_many_articles_may_have_an_empty_body():
    ArticleFactory.create_batch(2, body_html="", status=Article.Status.DRAFT, published_at=None)
    assert Article.objects.filter(fingerprint="").count() == 2


# --- slugs --------------------------------------------------------------------


def test_slugs_follow_the_headline_and_get_numbered_suffixes():
    slugs = [ArticleFactory(headline="Talks resume in Geneva").slug for _ in range(3)]
    assert slugs == ["talks-resume-in-geneva", "talks-resume-in-geneva-2", "talks-resume-in-geneva-3"]


def test_long_headlines_give_slugs_that_fit_the_column_even_with_a_suffix():
    headline = "word " * 59
    first, second = ArticleFactory(headline=headline), ArticleFactory(headline=headline)
    assert len(first.slug) <= 120 and len(second.slug) <= 120
    assert second.slug.endswith("-2") and first.slug != second.slug


def test_a_headline_without_letters_still_gets_a_slug():
    assert ArticleFactory(headline="!!!").slug == "untitled"


def test_resaving_keeps_the_slug():
    article = ArticleFactory(headline="Original headline")
    article.headline = "Changed headline"
    article.save()
    assert Article.objects.get(pk=article.pk).slug == "original-headline"


def test_entity_and_author_slugs_are_unique_too():
    assert [EntityFactory(name="John Smith").slug for _ in range(2)] == ["john-smith", "john-smith-2"]
    assert [AuthorFactory(name="Ann Able").slug for _ in range(2)] == ["ann-able", "ann-able-2"]


# --- derived fields -----------------------------------------------------------


def test_save_derives_clean_body_plain_text_and_fingerprint():
    article = ArticleFactory(body_html="<p>First &amp; <b>bold</b></p><script>x()</script><p>Second</p>")
    stored = Article.objects.get(pk=article.pk)
    assert stored.body_html == "<p>First &amp; <b>bold</b></p><p>Second</p>"
    assert stored.body_text == "First & bold\n\nSecond"
    assert stored.fingerprint == text_fingerprint("First & bold Second")


def test_save_with_update_fields_still_refreshes_derived_fields():
    article = ArticleFactory(body_html="<p>Old text</p>", source_url="https://example.org/a")
    article.body_html = "<p>New text</p><img src=x onerror=alert(1)>"
    article.source_url = "http://www.example.org/b/"
    article.save(update_fields=["body_html", "source_url"])
    stored = Article.objects.get(pk=article.pk)
    assert stored.body_html == '<p>New text</p><img src="x">'
    assert stored.body_text == "New text"
    assert stored.fingerprint == text_fingerprint("New text")
    assert stored.source_url_key == normalize_url("https://example.org/b")


# --- visibility ---------------------------------------------------------------


def test_future_articles_are_hidden_until_their_time():
    past = ArticleFactory(published_at=timezone.now() - datetime.timedelta(minutes=1))
    future = ArticleFactory(published_at=timezone.now() + datetime.timedelta(hours=1))
    assert list(Article.objects.published()) == [past]


def test_drafts_are_hidden_even_when_dated():
    ArticleFactory(status=Article.Status.DRAFT)
    assert not Article.objects.published().exists()


# --- URLs ---------------------------------------------------------------------


def test_absolute_urls():
    article = ArticleFactory(headline="Talks", published_at=datetime.datetime(2024, 3, 5, 9, 0, tzinfo=datetime.timezone.utc))
    assert article.get_absolute_url() == "/articles/2024/03/05/talks/"
    assert CountryFactory(name="Russia", iso_code="RU").get_absolute_url() == "/countries/ru/"
    assert EntityFactory(name="John Smith").get_absolute_url() == "/entities/john-smith/"
    assert AuthorFactory(name="Ann Able").get_absolute_url() == "/authors/ann-able/"


def test_a_draft_without_a_date_still_has_a_url():
    assert ArticleFactory(headline="Draft", status=Article.Status.DRAFT, published_at=None).get_absolute_url().endswith("/draft/")


# --- denormalised tag copies and search names ---------------------------------


def test_tags_follow_the_articles_date_and_status():
    article = ArticleFactory(entities=[EntityFactory(), EntityFactory()])
    later = timezone.now() + datetime.timedelta(days=3)
    article.published_at = later
    article.status = Article.Status.DRAFT
    article.save()
    assert set(article.tags.values_list("article_published_at", "article_is_published")) == {(later, False)}
    article.status = Article.Status.PUBLISHED
    article.save(update_fields=["status"])
    assert set(article.tags.values_list("article_is_published", flat=True)) == {True}


def test_a_new_tag_copies_the_articles_date_and_status():
    article = ArticleFactory()
    tag = ArticleEntity.objects.create(article=article, entity=EntityFactory())
    tag.refresh_from_db()
    assert (tag.article_published_at, tag.article_is_published) == (article.published_at, True)


def test_search_names_follow_tag_changes(django_capture_on_commit_callbacks):
    article = ArticleFactory(byline="By Ann Able")
    putin = EntityFactory(name="Vladimir Putin")
    with django_capture_on_commit_callbacks(execute=True):
        tag = ArticleEntity.objects.create(article=article, entity=putin, first_offset=3)
    article.refresh_from_db()
    assert article.search_names == "Vladimir Putin By Ann Able"
    with django_capture_on_commit_callbacks(execute=True):
        tag.delete()
    article.refresh_from_db()
    assert article.search_names == "By Ann Able"


# --- merging entities ---------------------------------------------------------


@pytest.fixture
def duplicates():
    russia = CountryFactory(name="Russia", iso_code="RU")
    keep = EntityFactory(name="Vladimir Putin", kind=Entity.Kind.PERSON, country=russia)
    dupe = EntityFactory(name="V. Putin", kind=Entity.Kind.PERSON, country=russia, wikidata_id="Q7747")
    EntityAliasFactory(entity=keep, name="Putin")
    EntityAliasFactory(entity=dupe, name="putin")  # same alias, other case
    EntityAliasFactory(entity=dupe, name="President Putin")
    both = ArticleFactory(entities=[])
    ArticleEntity.objects.create(article=both, entity=keep, mentions=2, first_offset=40, origin="auto")
    ArticleEntity.objects.create(article=both, entity=dupe, mentions=3, first_offset=10, origin="auto")
    only_dupe = ArticleFactory()
    ArticleEntity.objects.create(article=only_dupe, entity=dupe, mentions=1, first_offset=5, origin="editor")
    return {"keep": keep, "dupe": dupe, "both": both, "only_dupe": only_dupe, "russia": russia}


def test_merge_moves_tags_summing_mentions_and_keeping_the_earliest_offset(duplicates):
    keep, dupe = duplicates["keep"], duplicates["dupe"]
    merge_entities(keep, [dupe])
    merged = ArticleEntity.objects.get(article=duplicates["both"])
    assert (merged.entity, merged.mentions, merged.first_offset) == (keep, 5, 10)
    moved = ArticleEntity.objects.get(article=duplicates["only_dupe"])
    assert (moved.entity, moved.mentions, moved.origin) == (keep, 1, "editor")
    assert not Entity.objects.filter(pk=dupe.pk).exists()


def test_merge_costs_the_same_statements_for_one_tag_or_many(django_assert_num_queries, django_capture_on_commit_callbacks):
    def merge_with(tagged):
        keep, dupe = EntityFactory(), EntityFactory()
        for _ in range(tagged):
            ArticleFactory(entities=[dupe])
        ArticleFactory(entities=[keep, dupe])  # and one article both tag
        with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=False):
            merge_entities(keep, [dupe])
        return len(queries.captured_queries)

    assert merge_with(1) == merge_with(30)


def test_merge_rewrites_the_moved_articles_search_names_when_it_commits(duplicates, django_capture_on_commit_callbacks):
    keep, dupe = duplicates["keep"], duplicates["dupe"]
    with django_capture_on_commit_callbacks(execute=True):
        merge_entities(keep, [dupe])
    for article in (duplicates["both"], duplicates["only_dupe"]):
        article.refresh_from_db()
        # The kept name, and the duplicate's, now an alias, once: both find the article.
        assert article.search_names.startswith("Vladimir Putin ") and article.search_names.count("V. Putin") == 1
    assert keep.articles_with_old_name == 0


def test_merge_turns_the_duplicates_name_into_an_alias_without_duplicates(duplicates):
    keep = duplicates["keep"]
    merge_entities(keep, [duplicates["dupe"]])
    assert sorted(keep.aliases.values_list("name", flat=True)) == ["President Putin", "Putin", "V. Putin"]


def test_merge_moves_the_wikidata_id(duplicates):
    keep = duplicates["keep"]
    merge_entities(keep, [duplicates["dupe"]])
    assert Entity.objects.get(pk=keep.pk).wikidata_id == "Q7747"


def test_merging_countries_moves_their_members():
    russia = CountryFactory(name="Russia", iso_code="RU")
    federation = CountryFactory(name="Russian Federation", iso_code="RF")
    moscow = EntityFactory(name="Moscow", kind=Entity.Kind.PLACE, country=federation)
    merge_entities(russia, [federation])
    assert Entity.objects.get(pk=moscow.pk).country == russia
    assert list(russia.aliases.values_list("name", flat=True)) == ["Russian Federation"]


def test_merge_fills_in_a_missing_country_from_the_duplicate(duplicates):
    keep, dupe, russia = duplicates["keep"], duplicates["dupe"], duplicates["russia"]
    Entity.objects.filter(pk=keep.pk).update(country=None)
    keep.refresh_from_db()
    merge_entities(keep, [dupe])
    assert Entity.objects.get(pk=keep.pk).country == russia


def test_merge_keeps_the_kept_entitys_own_wikidata_id():
    keep = EntityFactory(wikidata_id="Q1")
    dupe = EntityFactory(wikidata_id="Q2")
    merge_entities(keep, [dupe])
    assert Entity.objects.get(pk=keep.pk).wikidata_id == "Q1"


def test_merge_ignores_the_kept_entity_in_the_list(duplicates):
    keep = duplicates["keep"]
    merge_entities(keep, [keep, duplicates["dupe"]])
    assert Entity.objects.filter(pk=keep.pk).exists()


def test_merge_refreshes_search_names(duplicates, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        merge_entities(duplicates["keep"], [duplicates["dupe"]])
    assert Article.objects.get(pk=duplicates["only_dupe"].pk).search_names == "Vladimir Putin President Putin V. Putin"


def test_a_failed_merge_changes_nothing(duplicates):
    keep, dupe = duplicates["keep"], duplicates["dupe"]
    before_tags = sorted(ArticleEntity.objects.values_list("article_id", "entity_id", "mentions", "first_offset"))
    before_aliases = sorted(EntityAlias.objects.values_list("entity_id", "name"))

    def fail(execute, sql, params, many, context):
        if sql.startswith(f'DELETE FROM "{Entity._meta.db_table}"'):
            raise RuntimeError("disk full")
        return execute(sql, params, many, context)

    # Everything up to the final delete of the merged entity's row has run when this fails.
    with connection.execute_wrapper(fail), pytest.raises(RuntimeError):
        merge_entities(keep, [dupe])

    assert sorted(ArticleEntity.objects.values_list("article_id", "entity_id", "mentions", "first_offset")) == before_tags
    assert sorted(EntityAlias.objects.values_list("entity_id", "name")) == before_aliases
    assert Entity.objects.get(pk=dupe.pk).wikidata_id == "Q7747"
    assert Entity.objects.get(pk=keep.pk).wikidata_id == ""
