import dataclasses
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.core.history import imports_recorded
from articles.ingest.parsing import parse_file, parse_html, parse_text
from articles.ingest.service import StoredResult, find_duplicate, prepare, retag, store
from articles.ingest.current_matcher import invalidate_matcher
from articles.models import Article, ArticleEntity, Entity, EntityAlias

from .import_helpers import SEED_ARTICLE, generated_article, make_vocabulary

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed():
    return parse_file("seed-article.txt", SEED_ARTICLE.read_bytes())[0]


def test_prepare_tags_the_seed_article_and_offers_medvedev_as_a_candidate(vocabulary, seed):
    preview = prepare(seed, source_name="seed-article.txt")
    names = {e["name"]: e for e in preview.entities}
    assert {"Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin"} <= set(names)
    assert preview.countries == ["CN", "RU", "UA"]
    assert names["Russia"]["mentions"] > 3
    assert "Dmitry Medvedev" in [c["name"] for c in preview.candidates]
    assert preview.duplicate is None
    assert preview.headline_proposed and preview.image_credit == "Anton Veselov/Shutterstock.com"


def test_store_creates_the_article_with_authors_tags_and_search_names(vocabulary, seed):
    result = store(prepare(seed), status="published")
    assert result.outcome == StoredResult.CREATED
    article = Article.objects.get()
    assert article.headline_proposed and article.published_source == "parsed"
    assert article.published_at == datetime.datetime(2022, 12, 21, 9, 11, tzinfo=datetime.timezone.utc)
    assert [a.name for a in article.ordered_authors()] == ["Matthew Roscoe"]
    tags = {t.entity.name: t for t in article.tags.select_related("entity")}
    assert {"Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin"} <= set(tags)
    assert all(t.origin == ArticleEntity.Origin.AUTOMATIC and t.article_is_published for t in tags.values())
    assert tags["Russia"].first_offset == article.body_text.index("RUSSIA")
    assert "Xi Jinping" in article.search_names and "Matthew Roscoe" in article.search_names
    assert list(Article.objects.published().in_country("RU")) == [article]
    assert not Entity.objects.filter(name="Dmitry Medvedev").exists()  # never created silently


def test_accepted_candidate_becomes_an_entity_with_surname_alias_and_is_tagged(vocabulary, seed):
    result = store(prepare(seed), status="draft", accepted_candidates=[("Dmitry Medvedev", "person")])
    medvedev = Entity.objects.get(name="Dmitry Medvedev")
    assert medvedev.kind == "person"
    assert set(medvedev.aliases.values_list("name", flat=True)) == {"Dmitry Medvedev", "Medvedev"}
    assert result.article.tags.filter(entity=medvedev, origin="auto").exists()


def test_accepting_a_known_name_again_reuses_the_entity(vocabulary, seed):
    store(prepare(seed), status="draft", accepted_candidates=[("Dmitry Medvedev", "person")])
    other = parse_text("Moscow talks\n\nDmitry Medvedev spoke in Moscow on Monday about the talks.")
    store(prepare(other), status="draft", accepted_candidates=[("Dmitry Medvedev", "person")])
    assert Entity.objects.filter(name="Dmitry Medvedev").count() == 1


def test_entity_overrides_keep_only_the_chosen_tags(vocabulary, seed):
    result = store(prepare(seed), status="draft", entity_overrides={"russia"})
    assert list(result.article.tags.values_list("entity__name", flat=True)) == ["Russia"]


def test_same_text_is_a_duplicate_with_the_existing_article(vocabulary, seed):
    first = store(prepare(seed), status="published")
    preview = prepare(seed)
    assert preview.duplicate.article_id == first.article.pk and preview.duplicate.reason == "same text"
    assert f"/admin/articles/article/{first.article.pk}/change/" == preview.duplicate.admin_url
    # Even when the pre-check is bypassed (a race), the database constraint makes it a duplicate.
    again = store(seed, status="published")
    assert again.outcome == StoredResult.DUPLICATE and again.duplicate.article_id == first.article.pk
    assert Article.objects.count() == 1


def test_same_source_url_is_a_duplicate_even_with_other_text(vocabulary):
    page = '<html><head><link rel="canonical" href="https://www.example.org/news/1?utm_source=x"></head>' \
           "<body><h1>Talks</h1><p>{}</p></body></html>"
    first = store(parse_html(page.format("First version of the story about talks."), url="https://example.org/news/1"), status="draft")
    assert first.outcome == StoredResult.CREATED
    second = parse_html(page.format("Second, edited version of the story."), url="http://example.org/news/1/")
    assert find_duplicate(second.source_url, "").reason == "same source URL"
    assert store(second, status="draft").outcome == StoredResult.DUPLICATE


def test_published_without_a_date_is_stored_as_a_draft_with_the_reason(vocabulary):
    parsed = parse_text("Talks resume\n\nThe talks resumed with no date anywhere in this text at all.")
    parsed.published = None
    result = store(parsed, status="published")
    assert result.article.status == "draft" and result.article.published_at is None
    assert result.notes == ["no publication date: stored as a draft"]


def test_html_input_is_sanitised_before_storing(vocabulary):
    page = (
        "<html><body><h1>Attack</h1><p>Officials in France said <img src=x onerror=alert(1)> "
        "the talks went well.</p><script>alert('x')</script><p>More text follows here.</p></body></html>"
    )
    article = store(parse_html(page), status="draft").article
    assert "<script" not in article.body_html and "onerror" not in article.body_html
    assert "alert" not in article.body_html


def test_an_article_with_no_text_fails_alone_with_a_reason(vocabulary):
    parsed = parse_text("Only a headline")
    parsed.paragraphs = []
    result = store(parsed, status="draft")
    assert result.outcome == StoredResult.FAILED and result.reason == "no article text found"
    assert not Article.objects.exists()


def test_store_uses_a_fixed_number_of_queries_whatever_the_number_of_tags(vocabulary):
    store(parse_text(generated_article(0)), status="published")  # Jane Doe exists now
    parsed = parse_text(generated_article(1) + "\nRussia, China, Ukraine, the UN and BRICS.\n")
    preview = prepare(parsed)
    assert len(preview.entities) >= 7
    # As the importers store: the first revisions are written for the batch, after this.
    with imports_recorded(Article), CaptureQueriesContext(connection) as queries:
        store(preview, status="published")
    assert len(queries) <= 11, [q["sql"] for q in queries]


def test_retag_replaces_automatic_tags_and_keeps_editor_tags(vocabulary, seed):
    article = store(prepare(seed), status="published").article
    editor_pick = Entity.objects.get(name="Germany")
    ArticleEntity.objects.create(article=article, entity=editor_pick, origin="editor")
    article.tags.filter(entity__name="Russia").delete()
    retag(article, accepted_candidates=[("Dmitry Medvedev", "person")])
    names = set(article.tags.values_list("entity__name", flat=True))
    assert {"Russia", "Germany", "Dmitry Medvedev", "Xi Jinping"} <= names
    assert article.tags.get(entity=editor_pick).origin == "editor"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["RUSSIA’S  president\tmet\u00a0Xi.", "  ", "Tom & Jerry <b>not a tag</b> www.example.org"],
        ["Line one\nline two", "Para\n\n\nsplit in two", "a\r\nb \x00 c"],
    ],
)
def test_the_text_tagged_before_saving_is_the_text_stored(vocabulary, paragraphs):
    from articles.ingest.article_text import body_markup, plain_body_text
    from articles.core.sanitize import html_to_text, sanitize_html

    parsed = parse_text("Headline\n\nBody.")
    parsed.paragraphs = paragraphs
    article = store(parsed, status="draft").article
    assert article.body_html == sanitize_html(body_markup(paragraphs))
    assert article.body_text == html_to_text(sanitize_html(body_markup(paragraphs)))
    if "\r" not in "".join(paragraphs) and "\x00" not in "".join(paragraphs):
        assert plain_body_text(paragraphs) == article.body_text
    for tag in article.tags.select_related("entity"):
        assert tag.first_offset is not None and tag.first_offset < len(article.body_text)


def test_find_duplicates_checks_many_articles_in_one_query(vocabulary, seed, django_assert_num_queries):
    from articles.ingest.article_text import plain_body_text
    from articles.ingest.duplicates import find_duplicates

    stored = store(prepare(seed), status="draft").article
    linked = store(parse_html("<h1>Linked</h1><p>Some other story text.</p>", url="https://example.org/a"), status="draft")
    items = [
        (seed.source_url, plain_body_text(seed.paragraphs)),
        ("http://www.example.org/a/?utm_source=feed", "A new text about something else."),
        ("", "Nothing like it in the archive."),
    ]
    with django_assert_num_queries(1):
        found = find_duplicates(items)
    assert [d and (d.article_id, d.reason) for d in found] == [
        (stored.pk, "same text"), (linked.article.pk, "same source URL"), None,
    ]


# --- storing fast: one insert per table, the search vector once, slugs reserved ----------------

from articles.ingest.slugs import SlugReservations  # noqa: E402


def test_store_inserts_the_article_once_and_never_updates_it(vocabulary):
    """The search names go in with the insert, so the search trigger computes the vector once."""
    store(parse_text(generated_article(0)), status="published")  # the authors exist now
    preview = prepare(parse_text(generated_article(1)))
    # As the importers store: the first revision is written with the batch's, after this.
    with imports_recorded(Article), CaptureQueriesContext(connection) as queries:
        article = store(preview, status="published").article
    statements = [q["sql"].split()[0].upper() for q in queries if not q["sql"].upper().startswith(("SAVEPOINT", "RELEASE"))]
    assert statements.count("UPDATE") == 0, [q["sql"] for q in queries]
    if connection.vendor == "postgresql":  # the article, its author credits, tags and text bands in one statement
        assert statements.count("WITH") == 1 and statements.count("INSERT") == 0
    else:  # the article, its author credits, its tags, its text signature's bands
        assert statements.count("INSERT") == 4
    assert Article.objects.get(pk=article.pk).author_credits.count() == 1
    stored = Article.objects.get(pk=article.pk)
    assert stored.search_names == article.search_names
    article.refresh_search_names()  # what reading the tags back gives
    assert Article.objects.get(pk=article.pk).search_names == stored.search_names
    assert "Jane Doe" in stored.search_names


def test_tags_and_credits_stored_in_one_statement_hold_the_values_the_orm_would(vocabulary, seed):
    preview = prepare(seed)
    article = store(preview, status="published", accepted_candidates=[("Nobody Mentioned", "person")]).article
    tags = {t.entity.name: t for t in article.tags.select_related("entity")}
    assert tags["Nobody Mentioned"].first_offset is None and tags["Nobody Mentioned"].mentions == 1
    assert tags["Russia"].first_offset == next(e["first_offset"] for e in preview.entities if e["name"] == "Russia")
    assert all(t.article_published_at == article.published_at and t.article_is_published for t in tags.values())
    assert all(t.origin == ArticleEntity.Origin.AUTOMATIC for t in tags.values())
    assert [a.name for a in article.ordered_authors()] == ["Matthew Roscoe"]
    assert Article.objects.filter(entities__name="Russia", pk=article.pk).exists()


def test_reserved_slugs_skip_taken_ones_and_never_repeat_within_a_run(vocabulary):
    store(parse_text(generated_article(0)), status="draft")
    existing = Article.objects.get()
    taken = existing.slug
    reservations = SlugReservations()
    with CaptureQueriesContext(connection) as queries:
        slugs = reservations.reserve([existing.headline, "Brand new story", "Brand new story"])
    assert len(queries) == 1
    assert slugs == [f"{taken}-2", "brand-new-story", "brand-new-story-2"]
    assert reservations.reserve(["Brand new story"]) == ["brand-new-story-3"]


def test_a_reserved_slug_taken_meanwhile_costs_a_retry_not_the_article(vocabulary):
    store(parse_text(generated_article(0)), status="draft")
    taken = Article.objects.get().slug
    result = store(prepare(parse_text(generated_article(1))), status="draft", slug=taken)
    assert result.outcome == StoredResult.CREATED
    assert result.article.slug not in ("", taken) and Article.objects.count() == 2


def test_names_in_the_headline_standfirst_and_caption_are_tagged_not_only_the_body(vocabulary):
    parsed = parse_text(
        "Putin meets Xi in Moscow\n"
        "Russian and Chinese leaders sign a trade pact.\n"
        "By Jane Doe\n"
        "Published 3 March 2023\n"
        "Vladimir Putin and Xi Jinping at the Kremlin. Photo: Jane Roe/Reuters\n"
        "The two leaders agreed on a pact covering energy and grain.\n"
        "Officials said talks would continue next year.\n"
    )
    preview = prepare(parsed)
    found = {e["name"] for e in preview.entities}
    assert {"Vladimir Putin", "Xi Jinping", "Russia", "China"} <= found
    # Nothing in the body names them: the tags come from the headline, standfirst and caption.
    assert "Putin" not in parsed.body_text and "Russia" not in parsed.body_text


def test_a_proposed_headline_does_not_count_its_names_twice(vocabulary, seed):
    def russia_mentions(parsed):
        return next(e["mentions"] for e in prepare(parsed).entities if e["name"] == "Russia")

    assert seed.headline_proposed and seed.headline.count("Russia") == 1
    as_if_given = dataclasses.replace(seed, headline_proposed=False)
    assert russia_mentions(as_if_given) == russia_mentions(seed) + 1


@pytest.mark.django_db
def test_an_empty_vocabulary_is_a_warning_not_a_silent_lack_of_tags(seed):
    preview = prepare(seed)
    assert preview.entities == []
    assert any("vocabulary is empty" in warning for warning in preview.warnings)


def test_a_loaded_vocabulary_gives_no_such_warning(vocabulary, seed):
    assert not any("vocabulary is empty" in warning for warning in prepare(seed).warnings)


def _article_with_everything_to_derive(**changes):
    values = dict(
        headline="Talks in Paris", standfirst="<b>Short</b> &amp; <script>x()</script>sweet",
        body_html='<p onclick="x()">First <a href="http://example.com/x">link</a></p><script>bad()</script><p>Second</p>',
        image_caption="A <i>caption</i>", image_credit="Someone/Agency", byline="By Jane Doe",
        source_url="http://www.Example.com/story/?utm_source=x&id=7", outlet="The Paper", language="fr",
        published_at=datetime.datetime(2021, 3, 3, 10, 15, tzinfo=datetime.timezone.utc),
        published_source=Article.DateSource.PARSED, status=Article.Status.PUBLISHED, search_names="France Jane Doe",
    )
    return Article(**{**values, **changes})


def test_the_importers_insert_stores_what_save_stores_and_is_heard_as_a_save(vocabulary):
    from django.db.models.signals import post_save

    from articles.ingest.rows import insert_new

    heard = []

    def receiver(sender, instance, created, **kwargs):
        heard.append((instance.pk, created))

    columns = [f.attname for f in Article._meta.concrete_fields if f.attname not in ("id", "created_at", "updated_at")]
    saved = _article_with_everything_to_derive()
    saved.save()
    by_save = Article.objects.filter(pk=saved.pk).values(*columns).get()
    saved.delete()
    inserted = _article_with_everything_to_derive()
    post_save.connect(receiver, sender=Article)
    try:
        inserted.derive_fields()
        insert_new(inserted)
    finally:
        post_save.disconnect(receiver, sender=Article)
    assert heard == [(inserted.pk, True)] and not inserted._state.adding
    stored = Article.objects.get(pk=inserted.pk)
    assert Article.objects.filter(pk=inserted.pk).values(*columns).get() == by_save
    assert "<script>" not in stored.body_html and stored.source_url_key == "https://example.com/story?id=7"
    assert stored.created_at is not None and stored.updated_at is not None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="one statement per article only on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_an_article_is_one_statement_and_all_or_nothing(monkeypatch):
    from articles.ingest import service
    from articles.ingest.entities_and_authors import authors_named

    make_vocabulary()
    memo = {}
    assert store(parse_text(generated_article(0)), status="draft", author_memo=memo).outcome == StoredResult.CREATED
    _ = authors_named(["Jane Doe"], memo)  # found committed: known from now on
    preview = prepare(parse_text(generated_article(1)))
    # As the importers store: the first revision is written with the batch's, after this.
    with imports_recorded(Article), CaptureQueriesContext(connection) as queries:
        result = store(preview, status="draft", author_memo=memo, slug="report-1")
    writes = [q["sql"] for q in queries if not q["sql"].upper().startswith("SELECT")]
    assert result.outcome == StoredResult.CREATED and len(writes) == 1 and writes[0].startswith("WITH")
    assert result.article.tags.exists() and result.article.author_credits.count() == 1
    # A tag the database refuses (no such entity) takes the article and its credits down with it.
    real_ids = service.entity_ids
    # Patched: an entity deleted between the look-up and the insert (a race); the database itself refuses the tag.
    monkeypatch.setattr(service, "entity_ids", lambda keys: {key: 10**9 for key in real_ids(keys)})
    result = store(prepare(parse_text(generated_article(2))), status="draft", author_memo=memo, slug="report-2")
    assert result.outcome == StoredResult.FAILED and "refused" in result.reason
    assert Article.objects.count() == 2 and not Article.objects.filter(body_text__contains="report number 2.").exists()


def test_stored_search_names_carry_the_tagged_entities_aliases(vocabulary, seed):
    person = Entity.objects.get(name="Xi Jinping")
    EntityAlias.objects.create(entity=person, name="Chairman Xi")
    invalidate_matcher()
    article = store(prepare(seed), status="published").article
    assert "Xi Jinping Chairman Xi" in article.search_names  # the alias adds a word; "Xi" alone adds none
    stored = Article.objects.get(pk=article.pk)
    stored.refresh_search_names()  # reading the tags back gives the same
    assert Article.objects.get(pk=article.pk).search_names == article.search_names


def test_the_articles_own_reporter_named_in_the_story_is_not_offered_as_a_name_it_is_about(vocabulary):
    text = ("Ferry strike ends in Kestrel Bay\n\nBy Mara Obinwe\n\nThe ferry crews went back to work on Monday after "
            "Tomas Verhulst of the crews' union signed the deal.\n\nOur reporter Mara Obinwe was on the first boat.\n")
    preview = prepare(parse_text(text))
    assert preview.authors == ["Mara Obinwe"]
    names = [c["name"] for c in preview.candidates]
    assert "Tomas Verhulst" in names and "Mara Obinwe" not in names


def test_a_page_dated_only_by_a_relative_time_is_dated_that_long_before_the_import_as_a_guess(vocabulary):
    text = ("Ferry crews return to work after strike\n\nBy Mara Obinwe\n\n3 hours ago\n\nThe ferry crews of Kestrel Bay "
            "went back to work on Monday morning after the union signed a new pay deal with the operator.\n")
    before = datetime.datetime.now(datetime.timezone.utc)
    preview = prepare(parse_text(text))
    after = datetime.datetime.now(datetime.timezone.utc)
    three_hours = datetime.timedelta(hours=3)
    assert before - three_hours - datetime.timedelta(minutes=1) <= preview.published <= after - three_hours
    assert preview.published_source == "guessed" and preview.published_printed == "3 hours ago"
    assert any("counted back from the time of import" in w for w in preview.warnings)
