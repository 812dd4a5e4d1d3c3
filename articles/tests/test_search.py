"""Full-text search behaves the same on SQLite and PostgreSQL: run this file on both."""

import datetime
import io
import time

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.safestring import SafeString

from articles import search
from articles.admin.merges import merge_entities
from articles.core.conf import caps
from articles.models import Article, ArticleEntity, Entity
from articles.public.filters import public_filter
from articles.search.query import parsed
from articles.search.sql import CONFIG, country_tag_word
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def found(query, queryset=None):
    return set((queryset if queryset is not None else Article.objects.all()).search(query).values_list("pk", flat=True))


def ranked(query, **kwargs):
    return list(search.order_by_relevance(Article.objects.search(query), **kwargs).values_list("pk", flat=True))


@pytest.fixture
def sample():
    return {
        "headline": ArticleFactory(headline="Summit talks end", body_html="<p>Leaders met in a hall.</p>"),
        "body": ArticleFactory(headline="A quiet week", body_html="<p>The delegations held one talk only.</p>"),
        "standfirst": ArticleFactory(headline="Markets", standfirst="Grain prices climb", body_html="<p>Nothing.</p>"),
        "other": ArticleFactory(headline="Weather", body_html="<p>Rain in the north.</p>"),
    }


# Finding -----------------------------------------------------------------------


def test_finds_words_in_headline_standfirst_and_body(sample):
    assert found("summit") == {sample["headline"].pk}
    assert found("delegations") == {sample["body"].pk}
    assert found("grain") == {sample["standfirst"].pk}


def test_finds_tagged_entity_names_and_the_byline():
    russia = CountryFactory(name="Russia", iso_code="RU")
    person = EntityFactory(name="Vladimira Kostenko")
    tagged = ArticleFactory(headline="Visit", body_html="<p>No names here.</p>", entities=[russia, person])
    credited = ArticleFactory(headline="Report", body_html="<p>Plain.</p>", authors=[AuthorFactory(name="Olwen Pryce")])
    credited.refresh_search_names()  # the byline reaches search_names here, as the importer does
    ArticleFactory(headline="Unrelated", body_html="<p>Nothing.</p>")
    assert found("Kostenko") == {tagged.pk}
    assert found("russia") == {tagged.pk}
    assert found("Pryce") == {credited.pk}


def test_english_stemming_matches_plural_singular_and_other_forms(sample):
    assert found("talk") == {sample["headline"].pk, sample["body"].pk}
    assert found("talks") == {sample["headline"].pk, sample["body"].pk}
    cooperating = ArticleFactory(headline="Ports", body_html="<p>The two navies are cooperating closely.</p>")
    assert cooperating.pk in found("cooperation")


def test_accents_do_not_matter_for_matching():
    cafe = ArticleFactory(headline="Café culture", body_html="<p>Coffee.</p>")
    assert found("cafe") == {cafe.pk}


def test_plain_words_must_all_match(sample):
    assert found("summit hall") == {sample["headline"].pk}
    assert found("summit rain") == set()


def test_quoted_phrase_matches_only_the_words_in_order():
    phrase = ArticleFactory(headline="x", body_html="<p>The trade talks resumed.</p>")
    ArticleFactory(headline="y", body_html="<p>Talks about trade resumed.</p>")
    assert found('"trade talks"') == {phrase.pk}
    assert len(found("trade talks")) == 2


def test_or_finds_either_word(sample):
    assert found("summit or grain") == {sample["headline"].pk, sample["standfirst"].pk}
    assert found("summit OR grain") == {sample["headline"].pk, sample["standfirst"].pk}


def test_or_binds_looser_than_and_as_in_postgresql_websearch(sample):
    # "a b or c" is (a AND b) OR c on both databases.
    assert found("summit rain or grain") == {sample["standfirst"].pk}


def test_minus_excludes_a_word_or_phrase(sample):
    assert found("talk -summit") == {sample["body"].pk}
    assert found('talk -"summit talks"') == {sample["body"].pk}


def test_unknown_word_finds_nothing(sample):
    assert found("zyxwvut") == set()


# Ranking -----------------------------------------------------------------------


def test_headline_match_ranks_above_body_only_match():
    body_only = ArticleFactory(
        headline="Week in review", body_html="<p>Sanctions were discussed.</p>", published_at=days_ago(1)
    )
    in_headline = ArticleFactory(
        headline="Sanctions widened", body_html="<p>Ministers agreed.</p>", published_at=days_ago(30)
    )
    assert ranked("sanctions") == [in_headline.pk, body_only.pk]
    assert ranked("sanctions", rank_window=None) == [in_headline.pk, body_only.pk]


def test_equal_rank_falls_back_to_newest_first():
    older = ArticleFactory(headline="Drought", body_html="<p>x</p>", published_at=days_ago(9))
    newer = ArticleFactory(headline="Drought", body_html="<p>y</p>", published_at=days_ago(2))
    assert ranked("drought") == [newer.pk, older.pk]


def test_relevance_ranks_only_within_the_newest_matches():
    best_but_old = ArticleFactory(headline="Floods floods", body_html="<p>Floods.</p>", published_at=days_ago(50))
    newest = ArticleFactory(headline="Rain", body_html="<p>Some floods.</p>", published_at=days_ago(1))
    middle = ArticleFactory(headline="Rivers", body_html="<p>More floods.</p>", published_at=days_ago(5))
    assert ranked("floods", rank_window=2) == [newest.pk, middle.pk] or ranked("floods", rank_window=2) == [
        middle.pk,
        newest.pk,
    ]
    assert best_but_old.pk not in ranked("floods", rank_window=2)
    assert ranked("floods", rank_window=None)[0] == best_but_old.pk


def test_the_ranked_window_ranks_its_rows_as_ordering_by_relevance_does():
    # Ids out of date order, so that the window's rows are not simply the highest ids.
    weights = ["Floods", "Floods floods", "Rain", "Floods floods floods", "Rivers", "Floods"]
    made = [
        ArticleFactory(headline=headline, body_html=f"<p>Some floods, report {age}.</p>", published_at=days_ago(age))
        for headline, age in zip(weights, [3, 40, 8, 1, 60, 20])
    ]
    ArticleFactory(headline="Drought", body_html="<p>Dry.</p>", published_at=days_ago(2))  # not a match
    floods = Article.objects.published().search("floods")
    window = search.newest_matches(floods, 4, ranked=True, query="floods")
    newest_four = sorted((a for a in made), key=lambda a: a.published_at, reverse=True)[:4]
    assert [row[0] for row in window] == [a.pk for a in newest_four]
    assert search.by_rank(window) == list(
        search.order_by_relevance(floods, rank_window=4).values_list("id", "published_at")
    )
    assert window[0][1].tzinfo is not None  # dates as the ORM gives them, whichever way they were read
    assert len({row[2] for row in window}) > 1  # really ranked, not all equal


def test_by_rank_puts_the_best_match_first_then_the_newest_then_the_highest_id():
    early, late = (datetime.datetime(2024, 5, day, tzinfo=datetime.timezone.utc) for day in (1, 2))
    rows = [(1, early, 0.5), (7, late, 0.25), (2, early, 0.5), (3, late, 0.5), (4, early, 0.75)]
    assert search.by_rank(rows) == [(4, early), (3, late), (2, early), (1, early), (7, late)]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan; PostgreSQL chooses from its statistics")
def test_sqlite_reads_a_searchs_window_newest_first_from_the_date_index():
    # Fetching every match by its id and sorting them cost a common word 0.5 s at 100,000 articles;
    # walking the (status, date) index stops at the window (BENCHMARKS.md, issue 17).
    china = CountryFactory(name="China", iso_code="CN")
    ArticleFactory(headline="Floods", entities=[china])
    author = AuthorFactory()
    narrowed = Article.objects.published().search("floods").tagged_with_any([china.pk]).credited_to(author.pk)
    for queryset in (Article.objects.published().search("floods"), narrowed):
        window = queryset.order_by("-published_at", "-id").values_list("id", "published_at")[:1000]
        sql, params = window.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " / ".join(row[-1] for row in cursor.fetchall())
        assert "USING COVERING INDEX article_status_published_idx" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_search_rank_is_an_alias_not_a_selected_column(sample):
    row = Article.objects.search("summit").values()[0]
    assert "search_rank" not in row


# Combining with filters ---------------------------------------------------------------


def test_search_combines_with_status_country_and_dates_in_one_query(django_assert_num_queries):
    russia = CountryFactory(name="Russia", iso_code="RU")
    china = CountryFactory(name="China", iso_code="CN")
    december = timezone.make_aware(datetime.datetime(2022, 12, 10, 12))
    wanted = ArticleFactory(body_html="<p>Energy cooperation 1.</p>", entities=[russia], published_at=december)
    ArticleFactory(body_html="<p>Energy cooperation 2.</p>", entities=[china], published_at=december)
    ArticleFactory(body_html="<p>Energy cooperation 3.</p>", entities=[russia], published_at=days_ago(3))
    ArticleFactory(body_html="<p>Energy cooperation 4.</p>", entities=[russia], published_at=december, status="draft")
    ArticleFactory(body_html="<p>Grain exports.</p>", entities=[russia], published_at=december)

    results = (
        Article.objects.published()
        .in_country("ru")
        .published_in_days(datetime.date(2022, 12, 1), datetime.date(2022, 12, 31))
        .search("cooperation")
    )
    with django_assert_num_queries(1):
        assert [a.pk for a in search.order_by_relevance(results)] == [wanted.pk]
    with django_assert_num_queries(1):
        assert [a.pk for a in results.order_by("-published_at")] == [wanted.pk]


def test_search_can_come_before_the_other_filters():
    russia = CountryFactory(name="Russia", iso_code="RU")
    wanted = ArticleFactory(body_html="<p>Nuclear talks in Moscow.</p>", entities=[russia])
    ArticleFactory(body_html="<p>Nuclear talks in Vienna.</p>")
    results = search.order_by_relevance(Article.objects.search("nuclear").published().in_country("RU"))
    assert [a.pk for a in results] == [wanted.pk]


def test_searched_queryset_works_as_a_subquery(sample):
    inner = Article.objects.search("summit").values("pk")
    assert set(Article.objects.filter(pk__in=inner).values_list("pk", flat=True)) == {sample["headline"].pk}


# Snippets and highlighting ------------------------------------------------------------


def test_snippets_mark_matched_words_in_the_body():
    article = ArticleFactory(body_html="<p>Officials said the talks would continue next week in Geneva.</p>")
    [snippet] = search.snippets([article], "talk").values()
    assert isinstance(snippet, SafeString)
    assert "<mark>talks</mark>" in snippet
    assert "Geneva" in snippet


def test_snippets_escape_html_in_the_text_and_add_only_mark_tags():
    article = ArticleFactory(body_html="<p>A post read &lt;script&gt;alert(1)&lt;/script&gt; &amp; cheese talks.</p>")
    assert "<script>" in Article.objects.get(pk=article.pk).body_text
    snippet = search.snippets([article], "talks")[article.pk]
    assert "&lt;script&gt;" in snippet and "&amp;" in snippet
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_snippets_fall_back_to_standfirst_then_to_the_start_of_the_body():
    headline_only = ArticleFactory(headline="Blizzard", standfirst="Snow <b>everywhere</b>", body_html="<p>Cold.</p>")
    no_standfirst = ArticleFactory(headline="Blizzard again", standfirst="", body_html="<p>Roads & rails closed.</p>")
    result = search.snippets([headline_only, no_standfirst], "blizzard")
    assert result[headline_only.pk] == "Snow everywhere"
    assert result[no_standfirst.pk] == "Roads &amp; rails closed."


def test_snippets_cost_one_query_for_a_whole_page(django_assert_num_queries):
    articles = [ArticleFactory(body_html=f"<p>Harvest report {n}.</p>") for n in range(5)]
    page = list(Article.objects.filter(pk__in=[a.pk for a in articles]).defer("body_html"))
    with django_assert_num_queries(1):
        result = search.snippets(page, "harvest")
    assert set(result) == {a.pk for a in articles}
    assert all("<mark>Harvest</mark>" in html for html in result.values())
    assert search.snippets([], "harvest") == {}


def test_snippets_with_an_unsearchable_query_fall_back_without_error():
    article = ArticleFactory(standfirst="Summary here.")
    assert search.snippets([article], '"') == {article.pk: "Summary here."}


def test_highlight_marks_words_and_their_forms_and_escapes_the_rest():
    marked = search.highlight("Talks & <b>talk</b> on Cooperating, not coordinating", "talk cooperation")
    assert isinstance(marked, SafeString)
    assert marked == (
        "<mark>Talks</mark> &amp; &lt;b&gt;<mark>talk</mark>&lt;/b&gt; on <mark>Cooperating</mark>, not coordinating"
    )


def test_highlight_ignores_excluded_words_and_common_words():
    assert search.highlight("The summit and the talks", 'the summit -talks') == "The <mark>summit</mark> and the talks"


def test_parse_terms_returns_wanted_words_and_phrases():
    assert search.parse_terms('"trade talks" China or Russia -Iran') == ["trade talks", "China", "Russia"]
    assert search.parse_terms('') == []
    assert search.parse_terms('"') == []


# Search data follows every write path ----------------------------------------------------


def test_edited_headline_is_searched_by_its_new_words_only():
    article = ArticleFactory(headline="Volcano erupts")
    article.headline = "Glacier melts"
    article.save()
    assert found("volcano") == set()
    assert found("glacier") == {article.pk}


def test_saving_a_stale_instance_keeps_the_search_data():
    article = ArticleFactory(headline="Volcano erupts")
    stale = Article.objects.get(pk=article.pk)
    Article.objects.filter(pk=article.pk).update(status="draft")
    stale.save()
    assert found("volcano") == {article.pk}


def test_deleted_articles_leave_the_index():
    article = ArticleFactory(headline="Volcano erupts")
    keep = ArticleFactory(headline="Volcano sleeps")
    article.delete()
    assert found("volcano") == {keep.pk}


def test_queryset_update_of_search_names_is_searchable():
    article = ArticleFactory(headline="Visit")
    Article.objects.filter(pk=article.pk).update(search_names="Wojciech Brzęczyszczykiewicz")
    assert found("Brzęczyszczykiewicz") == {article.pk}
    Article.objects.filter(pk=article.pk).update(search_names="")
    assert found("Brzęczyszczykiewicz") == set()


def test_bulk_created_articles_are_searchable():
    Article.objects.bulk_create(
        [Article(headline=f"Bulk {n}", slug=f"bulk-{n}", body_text=f"pelican number {n}") for n in range(3)]
    )
    assert len(found("pelican")) == 3


# Text that looks like markup ------------------------------------------------------------

QUOTING_MARKUP = "<p>The attackers hid a &lt;script&gt; tag in the page, and the malware spread when 2&lt;3.</p>"


def test_words_after_a_quoted_script_tag_are_still_searchable():
    article = ArticleFactory(headline="How the <style> of an attack changed", body_html=QUOTING_MARKUP)
    assert "<script>" in article.body_text
    for word in ("attackers", "script", "malware", "spread", "attack", "changed"):
        assert found(word) == {article.pk}, word


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the search vector column exists only on PostgreSQL")
def test_migration_0006_recomputes_vectors_stored_before_it():
    article = ArticleFactory(body_html=QUOTING_MARKUP)
    ArticleFactory(headline="Untouched", body_html="<p>No brackets here.</p>")
    migration = MigrationLoader(connection).get_migration("articles", "0006_search_document_literal_angle_brackets")
    with connection.cursor() as cursor:  # the vector as it was stored before 0006: nothing after <script>
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending foreign-key checks, so the table can be altered
        cursor.execute("ALTER TABLE articles_article DISABLE TRIGGER articles_article_search_vector_update")
        cursor.execute("UPDATE articles_article SET search_vector = to_tsvector('articles_english', body_text)")
        cursor.execute("ALTER TABLE articles_article ENABLE TRIGGER articles_article_search_vector_update")
    assert found("malware") == set()
    with connection.schema_editor() as editor:
        migration.operations[0].code(None, editor)
    assert found("malware") == {article.pk}


# Renaming an entity ----------------------------------------------------------------------


@pytest.fixture
def kostenko_articles(django_capture_on_commit_callbacks):
    person = EntityFactory(name="Wladimir Kostenko")
    tagged = [ArticleFactory(headline=f"Visit {n}", body_html=f"<p>No names here, {n}.</p>", entities=[person]) for n in range(2)]
    ArticleFactory(headline="Other", body_html="<p>Nothing.</p>")
    person = Entity.objects.get(pk=person.pk)  # as the admin loads it
    return person, {article.pk for article in tagged}


def test_a_renamed_entitys_articles_are_found_by_the_new_name_not_the_old(
    kostenko_articles, django_capture_on_commit_callbacks
):
    person, tagged = kostenko_articles
    assert found("Wladimir") == tagged
    person.name = "Volodymyr Kostenko"
    with django_capture_on_commit_callbacks(execute=True):
        person.save()
    assert person.articles_with_old_name == 0
    assert found("Volodymyr") == tagged
    assert found("Wladimir") == set()


def test_saving_an_entity_without_renaming_it_rewrites_nothing(kostenko_articles, django_capture_on_commit_callbacks):
    person, _ = kostenko_articles
    Article.objects.update(search_names="stale")
    person.description = "A diplomat"
    with django_capture_on_commit_callbacks(execute=True):
        person.save()
    assert person.articles_with_old_name == 0
    assert set(Article.objects.values_list("search_names", flat=True)) == {"stale"}


def test_a_rename_past_the_inline_limit_is_left_for_the_command(
    kostenko_articles, django_capture_on_commit_callbacks, settings,
):
    person, tagged = kostenko_articles
    settings.NEWSARCHIVE_RENAME_REFRESH_INLINE_LIMIT = 1
    person.name = "Volodymyr Kostenko"
    with django_capture_on_commit_callbacks(execute=True):
        person.save()
    assert person.articles_with_old_name == 2
    assert found("Volodymyr") == set()  # not yet: the command does it
    out = io.StringIO()
    call_command("refresh_search_names", "--entity", person.slug, "--no-progress", stdout=out)
    assert out.getvalue().strip() == "Search names rewritten: 2 of 2 articles."
    assert found("Volodymyr") == tagged
    assert found("Wladimir") == set()


def test_refresh_search_names_mends_every_article_in_batches_and_then_finds_nothing_to_do():
    russia = CountryFactory(name="Russia", iso_code="RU")
    articles = [ArticleFactory(headline=f"Report {n}", byline="By Olwen Pryce", entities=[russia]) for n in range(5)]
    Article.objects.update(search_names="stale")
    out = io.StringIO()
    call_command("refresh_search_names", "--batch-size", "2", "--no-progress", stdout=out)
    assert out.getvalue().strip() == "Search names rewritten: 5 of 5 articles."
    assert set(Article.objects.values_list("search_names", flat=True)) == {
        f"Russia {country_tag_word(russia.pk)} By Olwen Pryce"
    }
    assert found("stale") == set()
    assert found("Pryce") == {article.pk for article in articles}
    call_command("refresh_search_names", "--no-progress", stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "Search names rewritten: 0 of 5 articles."


def test_refresh_search_names_refuses_an_unknown_entity():
    with pytest.raises(CommandError, match="No entity with the slug nobody"):
        call_command("refresh_search_names", "--entity", "nobody", "--no-progress")


def test_search_names_put_tags_in_order_of_first_mention_and_editors_tags_last():
    article = ArticleFactory(byline="By Ann Able")
    for name, offset in [("Editor Added", None), ("Second Named", 30), ("First Named", 2)]:
        ArticleEntity.objects.create(article=article, entity=EntityFactory(name=name), first_offset=offset)
    expected = "First Named Second Named Editor Added By Ann Able"
    Article.objects.update(search_names="")
    assert Article.objects.refresh_search_names() == 1
    assert Article.objects.get(pk=article.pk).search_names == expected
    Article.objects.update(search_names="")
    article.refresh_search_names()  # one article: the same order on both databases
    assert Article.objects.get(pk=article.pk).search_names == expected


def test_refreshing_search_names_costs_the_same_queries_for_2_or_6_stale_articles():
    russia = CountryFactory(name="Russia", iso_code="RU")

    def queries_to_refresh(count):
        Article.objects.all().delete()
        for n in range(count):
            ArticleFactory(headline=f"Report {n}", entities=[russia])
        Article.objects.update(search_names="stale")
        with CaptureQueriesContext(connection) as queries:
            assert Article.objects.refresh_search_names(batch_size=100) == count
        return len(queries)

    assert queries_to_refresh(2) == queries_to_refresh(6)


# Bad input ---------------------------------------------------------------------------------

NASTY_QUERIES = [
    '"', '""', '"""', "'", "*", "**", "(", ")", "()", "AND", "OR", "NOT", "and or not", "NEAR(", "NEAR(a b)",
    "col:val", "headline:summit", "^", "^summit", "summit*", "-", "--", "- -", "-summit", "summit or", "or summit",
    "or", "or or", "a:b:c", "{a b}", "a + b", "a & b | !c", "<->", "a <-> b", "a:* & b", "!summit", "\\", '\\"',
    'summit "unbalanced', '-"unbalanced', "ü", "日本語 ニュース", "🙂", "summit 🙂", "\x00", "sum\x00mit", "\ud800",
    "\ue000summit\ue001", " ", "\t\n", "the", "the of and", "'; DROP TABLE articles_article; --", "%", "%s",
    "summit%", "_", "a" * 1000, "summit " * 142, "x" * 1001, '"' * 1000, "(" * 500, "-a " * 300,
]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_nasty_queries_search_or_raise_the_documented_error(sample, query):
    try:
        results = search.order_by_relevance(Article.objects.published().search(query))
    except search.SearchQueryError as error:
        assert str(error)
        return
    list(results)
    list(Article.objects.search(query).order_by("-published_at")[:20])
    search.snippets(list(Article.objects.all()), query)
    search.highlight("Summit talks <end>", query)


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "Enter a word"),
        ('"*" ( ^', "Enter a word"),
        ("the of", "too common"),
        ("-summit", "only excludes"),
        ("talk or -summit", "only excludes"),
        ("summit " * 200, "under 1,000 characters"),
    ],
)
def test_unsearchable_queries_raise_a_reader_facing_value_error(query, message):
    with pytest.raises(ValueError, match=message):
        Article.objects.search(query)
    with pytest.raises(search.SearchQueryError, match=message):
        search.validate_query(query)


def test_syntax_characters_are_searched_as_text(sample):
    assert found("summit*") == {sample["headline"].pk}
    assert found("(summit") == {sample["headline"].pk}
    assert found("summit^") == {sample["headline"].pk}
    assert found("NEAR(summit") == set()  # the words "near" and "summit", not an operator
    assert found("headline:summit") == set()  # "headline" AND "summit" as a phrase, not a column filter


# Schema --------------------------------------------------------------------------------------


def test_search_index_exists_under_its_name():
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        constraints = connection.introspection.get_constraints(cursor, "articles_article")
    expected = {"postgresql": "article_search_vector_idx" in constraints, "sqlite": "articles_article_fts" in tables}
    assert expected[connection.vendor]


def test_models_and_migrations_agree():
    call_command("makemigrations", "articles", "--check", "--dry-run", stdout=io.StringIO())


@pytest.mark.django_db(transaction=True)
def test_search_migration_reverses_and_reindexes_existing_articles_when_reapplied():
    call_command("migrate", "articles", "0001", verbosity=0)
    try:
        with connection.cursor() as cursor:
            assert "articles_article_fts" not in connection.introspection.table_names(cursor)
            columns = [c.name for c in connection.introspection.get_table_description(cursor, "articles_article")]
        assert "search_vector" not in columns
        # The article as it was stored then: through the model of migration 0001, whose table this is now.
        then = MigrationLoader(connection).project_state(("articles", "0001_initial")).apps
        article = then.get_model("articles", "Article").objects.create(
            headline="Archipelago", slug="archipelago", status="published", published_at=timezone.now(),
            created_at=timezone.now(), updated_at=timezone.now(),
        )
    finally:
        call_command("migrate", "articles", verbosity=0)
    assert found("archipelago") == {article.pk}
    article = Article.objects.get(pk=article.pk)
    article.headline = "Peninsula"
    article.save()
    assert found("peninsula") == {article.pk}


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 triggers exist only on SQLite")
def test_fts_triggers_dropped_by_a_table_rebuild_come_back_after_migrate():
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER articles_article_fts_insert")
    call_command("migrate", verbosity=0)
    ArticleFactory(headline="Zanzibar clove harvest")
    assert Article.objects.search("zanzibar").count() == 1


# Plan steering (PostgreSQL): the query's shape changes, never its matches ----------


def test_a_country_tag_word_is_letters_only_and_differs_for_every_country():
    words = [country_tag_word(pk) for pk in range(1, 2000)]
    assert len(set(words)) == len(words)
    assert all(word.isalpha() and word.islower() for word in words)
    assert country_tag_word(17) == "zzcountrybhzz"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text search configuration")
def test_a_country_tag_word_is_one_lexeme_that_stemming_leaves_whole():
    words = [country_tag_word(pk) for pk in (1, 9, 10, 17, 250, 1234567)]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT w, array_agg(lexeme) FROM unnest(%s::text[]) AS w, unnest(to_tsvector(%s::regconfig, w)) "
            "GROUP BY w",
            [words, CONFIG],
        )
        assert dict(cursor.fetchall()) == {word: [word] for word in words}


def test_articles_tagged_with_a_country_carry_its_tag_word_in_their_search_names(django_capture_on_commit_callbacks):
    nigeria, ghana = CountryFactory(name="Nigeria", iso_code="NG"), CountryFactory(name="Ghana", iso_code="GH")
    article = ArticleFactory(headline="Trade", byline="By Ada Obi", entities=[nigeria])
    article.refresh_from_db()
    assert article.search_names == f"Nigeria {country_tag_word(nigeria.pk)} By Ada Obi"
    with django_capture_on_commit_callbacks(execute=True):
        ArticleEntity.objects.filter(article=article).delete()  # untagged: the word goes with the tag
    article.refresh_from_db()
    assert country_tag_word(nigeria.pk) not in article.search_names
    assert country_tag_word(ghana.pk) not in article.search_names


def listing_ids(params):
    query = QueryDict(mutable=True)
    for key, values in params.items():
        query.setlist(key, values if isinstance(values, list) else [values])
    filterset = public_filter(query)
    assert filterset.is_valid(), filterset.errors
    return {pk for pk, _ in filterset.newest_rows(100)}, set(filterset.qs.values_list("pk", flat=True))


@pytest.mark.parametrize("common", [True, False], ids=["common-word-plan", "rare-word-plan"])
def test_a_search_within_countries_finds_what_the_tags_say_whatever_the_plan(monkeypatch, common):
    # Patched: which plan runs follows the database's word statistics; each plan is forced in turn (no-op on SQLite).
    monkeypatch.setattr(search.postgresql, "_share", lambda alternatives, country_words, alias: 1.0 if common else 0.0)
    nigeria, ghana = CountryFactory(name="Nigeria", iso_code="NG"), CountryFactory(name="Ghana", iso_code="GH")
    in_nigeria = ArticleFactory(headline="Cocoa harvest", status="published", entities=[nigeria])
    in_both = ArticleFactory(headline="Cocoa prices", status="published", entities=[nigeria, ghana])
    ArticleFactory(headline="Cocoa in Nigeria", status="published")  # names the country, not tagged with it
    ArticleFactory(headline="Fuel queues", status="published", entities=[nigeria])  # tagged, without the word
    in_ghana = ArticleFactory(headline="Cocoa farmers", status="published", entities=[ghana])

    assert listing_ids({"q": "cocoa", "country": "NG"}) == ({in_nigeria.pk, in_both.pk},) * 2
    assert listing_ids({"q": "cocoa", "country": "GH"}) == ({in_both.pk, in_ghana.pk},) * 2
    assert listing_ids({"q": "cocoa", "country": ["NG", "GH"]}) == ({in_nigeria.pk, in_both.pk, in_ghana.pk},) * 2
    assert listing_ids({"q": '"cocoa prices"', "country": "NG"}) == ({in_both.pk},) * 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only PostgreSQL looks the country up in its search index")
def test_on_postgresql_a_search_within_a_country_looks_its_tag_word_up_with_the_words():
    nigeria = CountryFactory(name="Nigeria", iso_code="NG")
    filterset = public_filter(QueryDict("q=cocoa&country=NG"))
    assert filterset.is_valid()
    assert country_tag_word(nigeria.pk) in str(filterset.qs.query)
    assert country_tag_word(nigeria.pk) not in str(public_filter(QueryDict("q=cocoa")).qs.query)


def test_the_migration_gives_articles_written_before_it_their_country_tag_words():
    migration = MigrationLoader(None, ignore_no_migrations=True).get_migration("articles", "0016_country_tag_words")
    nigeria = CountryFactory(name="Nigeria", iso_code="NG")
    article = ArticleFactory(headline="Trade", byline="By Ada Obi", entities=[nigeria])
    untagged = ArticleFactory(headline="Weather", byline="By Ada Obi")
    Article.objects.filter(pk=article.pk).update(search_names="Nigeria By Ada Obi")  # as written before 0016
    Article.objects.filter(pk=untagged.pk).update(search_names="By Ada Obi")

    migration.operations[0].code(None, type("SchemaEditor", (), {"connection": connection})())

    assert Article.objects.get(pk=article.pk).search_names == f"Nigeria {country_tag_word(nigeria.pk)} By Ada Obi"
    assert Article.objects.get(pk=untagged.pk).search_names == "By Ada Obi"
    assert found(country_tag_word(nigeria.pk)) == {article.pk}


def test_share_estimate_takes_the_rarest_word_of_each_alternative_and_adds_alternatives():
    frequencies = {"today": 0.19, "common": 0.1, "turn": 0.18, "fortress": 0.004}
    share = lambda query: search.estimated_share(search._parsed(query), frequencies)  # noqa: E731
    assert share("today") == 0.19
    assert share("today fortress") == 0.004
    assert share('"common turn"') == 0.1  # a phrase matches at most as often as its rarest word
    assert share("fortress or common") == pytest.approx(0.104)
    assert share("today -fortress") == 0.19  # excluded words do not narrow the estimate
    assert share("unlisted") == 0.0


@pytest.mark.parametrize("common", [True, False], ids=["common-word-plan", "rare-word-plan"])
def test_both_plans_find_the_same_articles(monkeypatch, common):
    # Patched: which plan runs follows the database's word statistics; each plan is forced in turn (no-op on SQLite).
    monkeypatch.setattr(search.postgresql, "_share", lambda alternatives, country_words, alias: 1.0 if common else 0.0)
    phrase = ArticleFactory(headline="x", body_html="<p>The trade talks resumed.</p>")
    apart = ArticleFactory(headline="y", body_html="<p>Talks on trade resumed.</p>")
    other = ArticleFactory(headline="z", body_html="<p>Trade fell.</p>")
    assert found('"trade talks"') == {phrase.pk}
    assert found('trade -"trade talks"') == {apart.pk, other.pk}
    assert found('"trade talks" or fell') == {phrase.pk, other.pk}
    assert found("talks") == {phrase.pk, apart.pk}
    assert ranked("trade")[:1] and set(ranked("trade")) == {phrase.pk, apart.pk, other.pk}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statistics steer its plans")
@pytest.mark.django_db(transaction=True)  # closes the connection, as a new worker process starts without one
def test_a_new_process_first_search_already_knows_which_words_are_common(monkeypatch):
    for _ in range(30):
        ArticleFactory()  # every body says "cooperation"
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    # Patched: a new process, which has read no statistics yet.
    monkeypatch.setattr(search.postgresql, "_lexeme_stats", {})
    connection.close()

    common = str(Article.objects.published().search("cooperation").query)
    rare = str(Article.objects.published().search("zanzibar").query)  # in no article
    assert common.count("cooper") == 1  # the plain condition: the planner's estimate is the word's share
    assert rare.count("zanzibar") == 2  # the squared one, which steers a rare word to the GIN index


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only PostgreSQL stops a count at a time budget")
@pytest.mark.django_db(transaction=True)  # in autocommit, as a request runs: a stopped count aborts nothing
def test_a_count_that_outlasts_its_budget_gives_way_and_leaves_the_connection_as_it_was():
    for _ in range(4):
        ArticleFactory()
    assert search.capped_count_within(Article.objects.all(), 10, milliseconds=1000) == 4
    assert search.capped_count_within(Article.objects.all(), 2, milliseconds=1000) == 3  # stops at cap + 1
    slow = Article.objects.extra(where=["pg_sleep(0.1) IS NOT NULL"])  # 0.1 s a row
    assert search.capped_count_within(slow, 10, milliseconds=50) is None
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"  # the budget was the count's alone
    assert Article.objects.count() == 4


def test_a_search_past_its_window_reports_the_planners_estimate_without_counting(monkeypatch, db, django_assert_num_queries, settings):
    from django.http import QueryDict

    from articles.public import listing
    from articles.tests.factories import ArticleFactory
    from articles.public.filters import ArticleFilter

    for _ in range(3):
        ArticleFactory()
    settings.NEWSARCHIVE_RANK_WINDOW = 2
    # Patched: the database's statistics, outside the product (read for real in the test below, on PostgreSQL).
    monkeypatch.setattr(search, "planner_estimate", lambda queryset: 12_345)
    filterset = ArticleFilter(QueryDict("q=cooperation&sort=newest"), queryset=Article.objects.published())
    assert filterset.is_valid()
    with django_assert_num_queries(1):  # the window; the estimate is mocked, and nothing is counted
        tally = listing.Listing(filterset, QueryDict(), {"path": "/", "filter": []}).tally
    assert (tally.value, tally.exact, tally.at_least) == (12_000, False, False)  # "About 12,000 articles"


def test_planner_estimates_come_from_postgresqls_statistics_and_sqlite_has_none(db):
    from articles import search
    from articles.tests.factories import ArticleFactory
    from articles.models import Article

    for _ in range(30):
        ArticleFactory()
    published = Article.objects.published()
    if connection.vendor == "sqlite":
        assert search.planner_estimate(published) is None
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    assert 15 <= search.planner_estimate(published) <= 60  # read from the statistics ANALYZE just gathered
    assert search.planner_estimate(published.filter(status="draft")) <= 2


def test_an_id_list_is_one_parameter_and_selects_exactly_those_ids(db):
    from articles import search
    from articles.tests.factories import ArticleFactory
    from articles.models import Article

    first, _, third = ArticleFactory(), ArticleFactory(), ArticleFactory()
    chosen = Article.objects.filter(id__in=search.id_list([third.pk, first.pk, 10**9]))
    assert sorted(chosen.values_list("pk", flat=True)) == sorted([first.pk, third.pk])
    sql, params = chosen.values("pk").query.sql_with_params()
    assert len(params) == 1
    assert not Article.objects.filter(id__in=search.id_list([])).exists()


# Aliases --------------------------------------------------------------------------------


@pytest.fixture
def zelensky(django_capture_on_commit_callbacks):
    person = EntityFactory(name="Volodymyr Zelensky")
    tagged = {ArticleFactory(headline=f"Talks {n}", body_html=f"<p>No names here, {n}.</p>", entities=[person]).pk
              for n in range(2)}
    ArticleFactory(headline="Other", body_html="<p>Nothing.</p>")
    return person, tagged


def test_an_alias_finds_the_articles_tagged_with_its_entity(zelensky, django_capture_on_commit_callbacks):
    from articles.models import EntityAlias

    person, tagged = zelensky
    assert found("Zelenskyy") == set()
    with django_capture_on_commit_callbacks(execute=True):
        alias = EntityAlias.objects.create(entity=person, name="Zelenskyy")
    assert found("Zelenskyy") == tagged
    assert found("Zelensky") == tagged  # the name still does
    with django_capture_on_commit_callbacks(execute=True):
        alias.delete()
    assert found("Zelenskyy") == set()


def test_an_alias_made_of_the_names_words_adds_nothing(zelensky, django_capture_on_commit_callbacks):
    from articles.models import EntityAlias

    person, tagged = zelensky
    with django_capture_on_commit_callbacks(execute=True):
        EntityAlias.objects.create(entity=person, name="Zelensky")
    assert set(Article.objects.filter(pk__in=tagged).values_list("search_names", flat=True)) == {"Volodymyr Zelensky"}


def test_a_countrys_aliases_are_not_searched():
    from articles.models import EntityAlias

    ukraine = CountryFactory(name="Ukraine", iso_code="UA")
    EntityAlias.objects.create(entity=ukraine, name="Kyiv")
    ArticleFactory(headline="Grain", body_html="<p>Harvest.</p>", entities=[ukraine])
    assert found("Kyiv") == set() and len(found("Ukraine")) == 1


def test_after_a_merge_the_old_name_finds_the_kept_entitys_articles(
    zelensky, client, django_capture_on_commit_callbacks
):
    keep, tagged = zelensky
    dupe = EntityFactory(name="Wolodymyr Selenskyj")
    moved = ArticleFactory(headline="Visit", body_html="<p>A visit to the front.</p>", entities=[dupe]).pk
    old_slug = dupe.slug
    with django_capture_on_commit_callbacks(execute=True):
        merge_entities(keep, [dupe])
    everything = tagged | {moved}
    assert found("Selenskyj") == everything  # full text: the old name is an alias now
    assert found("Zelensky") == everything
    listing = client.get("/articles/", {"entity": old_slug})  # the entity filter, by the old name
    assert listing.status_code == 200
    assert {a.pk for a in listing.context["articles"]} == everything
    page = client.get(f"/entities/{old_slug}/")  # the old address
    assert page.status_code == 301 and page["Location"] == keep.get_absolute_url()


def test_an_unknown_entity_slug_is_still_refused(client):
    assert client.get("/articles/", {"entity": "nobody-at-all"}).status_code == 400
    assert client.get("/entities/nobody-at-all/").status_code == 404


# RUM (PostgreSQL with the extension): the indexes change the plan, never the matches or their order -----


def rum_indexes_present():
    from articles.search.sql import RUM_INDEXES

    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = ANY(%s)", [list(RUM_INDEXES)])
        return cursor.fetchone()[0] == len(RUM_INDEXES)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the RUM indexes are PostgreSQL's")
@pytest.mark.parametrize("rum", [False, True], ids=["gin", "rum"])
def test_the_gin_and_rum_plans_find_and_order_the_same_articles(monkeypatch, settings, rum):
    from articles.search.sql import RUM_INDEXES

    if rum and not rum_indexes_present():
        pytest.skip("the rum extension is not installed on this database server (postgresql-15-rum)")
    monkeypatch.setitem(search.postgresql._rum_indexes, connection.alias, set(RUM_INDEXES) if rum else set())
    phrase = ArticleFactory(headline="x", body_html="<p>The trade talks resumed.</p>", published_at=days_ago(3))
    apart = ArticleFactory(headline="y", body_html="<p>Talks on trade resumed.</p>", published_at=days_ago(2))
    other = ArticleFactory(headline="z", body_html="<p>Trade fell.</p>", published_at=days_ago(1))
    assert found('"trade talks"') == {phrase.pk}
    assert found('trade -"trade talks"') == {apart.pk, other.pk}
    assert found('"trade talks" or fell') == {phrase.pk, other.pk}
    # "trade" as a word in 5% of articles: the dated RUM index's band, where it is present.
    monkeypatch.setitem(search.postgresql._lexeme_stats, connection.alias, (time.monotonic(), {"trade": 0.05}))
    trade = Article.objects.published().search("trade")
    newest = search.newest_matches(trade, ranked=True, query="trade")
    assert [row[0] for row in newest] == [other.pk, apart.pk, phrase.pk]
    assert search.by_rank(newest) == list(search.order_by_relevance(trade).values_list("id", "published_at"))
    with CaptureQueriesContext(connection) as statements:
        search.newest_matches(trade, query="trade")
    assert any("<=|" in statement["sql"] for statement in statements) == rum  # from the dated RUM index in date order
    # A word in 0.5% of articles, whose estimate match() squares: the dated index too, with no bitmap or sort.
    monkeypatch.setitem(search.postgresql._lexeme_stats, connection.alias, (time.monotonic(), {"trade": 0.005}))
    trade = Article.objects.published().search("trade")
    with CaptureQueriesContext(connection) as statements:
        assert [row[0] for row in search.newest_matches(trade, query="trade")] == [other.pk, apart.pk, phrase.pk]
    assert any("<=|" in statement["sql"] for statement in statements) == rum
    assert any("enable_sort = off" in statement["sql"] for statement in statements) == rum
    phrased = Article.objects.published().search('"trade talks"')
    with CaptureQueriesContext(connection) as statements:
        assert [row[0] for row in search.newest_matches(phrased, query='"trade talks"')] == [phrase.pk]
    assert ("<=>" in statements[0]["sql"]) == rum  # matched in the positions RUM index, no article re-checked
    # Articles published at the same instant: by id, newest first, whichever of them the index reads first.
    moment = days_ago(0.5)
    tied = [ArticleFactory(headline="Trade", published_at=moment).pk for _ in range(3)]
    assert [row[0] for row in search.newest_matches(trade, 2, query="trade")] == sorted(tied, reverse=True)[:2]
    assert [row[0] for row in search.newest_matches(trade, 4, query="trade")] == [*sorted(tied, reverse=True), other.pk]
    # A phrase with more matches than the positions index's read holds: newest first from the dated index.
    again = ArticleFactory(headline="w", body_html="<p>More trade talks.</p>", published_at=days_ago(0.7))
    settings.NEWSARCHIVE_PHRASE_WINDOW_READ = 1
    with CaptureQueriesContext(connection) as statements:
        assert [row[0] for row in search.newest_matches(phrased, query='"trade talks"')] == [again.pk, phrase.pk]
    assert any("<=|" in statement["sql"] for statement in statements) == rum
    assert any("enable_bitmapscan = off" in statement["sql"] for statement in statements) == rum
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_bitmapscan")
        assert cursor.fetchone()[0] == "on"  # as it was, for the rest of the transaction


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only PostgreSQL's reads have a time budget")
@pytest.mark.django_db(transaction=True)  # in autocommit, as a request runs: a read that gives up aborts nothing
def test_a_window_read_that_outlasts_its_budget_gives_way_and_leaves_the_connection_as_it_was():
    for _ in range(3):
        ArticleFactory()
    rows = Article.objects.order_by("-published_at").values_list("id", "published_at")
    quick = search.postgresql.WindowRead([], None, milliseconds=1000, turned_off=search.postgresql.DATE_ORDER_ONLY)
    assert len(search.postgresql.read_window(quick, rows[:10])) == 3
    slow = Article.objects.extra(where=["pg_sleep(0.1) IS NOT NULL"]).values_list("id", "published_at")  # 0.1 s a row
    assert search.postgresql.read_window(search.postgresql.WindowRead([], None, milliseconds=50), slow[:10]) is None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('statement_timeout'), current_setting('enable_bitmapscan'), current_setting('enable_sort')"
        )
        assert cursor.fetchone() == ("0", "on", "on")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="only PostgreSQL reads a window from the RUM indexes")
def test_a_phrase_whose_budgeted_reads_give_up_is_read_to_its_end_from_the_positions_index(monkeypatch):
    """Never the date index's walk, which looks through the whole archive for a rare phrase of common words."""
    from articles.search.sql import RUM_INDEXES

    monkeypatch.setitem(search.postgresql._rum_indexes, connection.alias, set(RUM_INDEXES))
    reads = search.postgresql.window_reads(parsed('"looking great"'), connection.alias)
    assert [read.milliseconds for read in reads] == [
        search.postgresql.PHRASE_POSITIONS_READ_MILLISECONDS, search.postgresql.DATED_READ_MILLISECONDS, None
    ]
    assert reads[-1].order == reads[0].order and reads[-1].every_match_within == caps.PHRASE_WINDOW_READ


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no extensions: the migration does nothing there")
def test_the_rum_migration_does_nothing_where_the_extension_cannot_be_had():
    import sys

    migration = MigrationLoader(connection).get_migration("articles", "0014_search_rum_indexes")
    create = sys.modules[migration.__module__].create_rum_indexes
    statements = []

    def without_rum(execute, sql, params, many, context):
        statements.append(sql)
        if "pg_available_extensions" in sql:
            sql = sql.replace("name = 'rum'", "false")  # as on a server without the package
        return execute(sql, params, many, context)

    with connection.execute_wrapper(without_rum), connection.schema_editor(atomic=False) as editor:
        create(None, editor)
    assert len(statements) == 1 and not any("CREATE" in sql for sql in statements)
