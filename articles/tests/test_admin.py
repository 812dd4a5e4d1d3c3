"""The editors' admin, used through the test client the way an editor would."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.admin.editors import editor_permission_codenames
from articles.models import Article, ArticleEntity, Entity
from articles.tests.factories import ArticleFactory, AuthorFactory, CountryFactory, EntityAliasFactory, EntityFactory

pytestmark = pytest.mark.django_db


CHANGELIST = "/admin/articles/article/"


# --- access -------------------------------------------------------------------


def test_an_editor_is_staff_but_not_superuser_with_exactly_the_editors_permissions(editor):
    assert editor.is_staff and not editor.is_superuser
    granted = {perm.split(".", 1)[1] for perm in editor.get_all_permissions()}
    assert granted == editor_permission_codenames()
    assert all(perm.startswith("articles.") for perm in editor.get_all_permissions())


def test_an_editor_cannot_manage_users_or_groups(editor_client):
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert editor_client.get("/admin/auth/group/").status_code == 403


def test_a_non_staff_user_is_sent_to_the_login_page(client):
    client.force_login(get_user_model().objects.create_user("reader", password="a-long-test-password"))
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_an_editor_logs_in_with_a_password(client, editor):
    response = client.post("/admin/login/", {"username": "editor", "password": "a-long-test-password", "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


# --- article list -------------------------------------------------------------


@pytest.fixture
def tagged_articles():
    russia = CountryFactory(name="Russia", iso_code="RU")
    ann = AuthorFactory(name="Ann Able")
    about_russia = ArticleFactory(headline="Talks in Moscow", authors=[ann], entities=[russia])
    other = ArticleFactory(headline="Harvest report", byline="By Ben Baker")
    return {"russia": russia, "ann": ann, "about_russia": about_russia, "other": other}


def changelist_rows(response):
    return list(response.context["cl"].result_list)


def test_article_search_by_headline_and_byline(editor_client, tagged_articles):
    assert changelist_rows(editor_client.get(CHANGELIST, {"q": "moscow"})) == [tagged_articles["about_russia"]]
    assert changelist_rows(editor_client.get(CHANGELIST, {"q": "Baker"})) == [tagged_articles["other"]]


@pytest.mark.parametrize(
    "params",
    [
        {"state": "live"},
        {"state": "draft"},
        {"state": "scheduled"},
        {"state": "withdrawn"},
        {"published_source__exact": "guessed"},
        {"country": "RU"},
        {"published_at__year": "2024"},
        {"published_at__year": "2024", "published_at__month": "3"},
    ],
)
def test_article_filters_answer(editor_client, tagged_articles, params):
    assert editor_client.get(CHANGELIST, params).status_code == 200


def test_the_article_list_tells_drafts_scheduled_live_and_withdrawn_articles_apart(editor_client):
    soon = timezone.now() + datetime.timedelta(hours=3)
    articles = {
        "draft": ArticleFactory(headline="Draft", status=Article.Status.DRAFT),
        "scheduled": ArticleFactory(headline="Embargoed until noon", published_at=soon),
        "live": ArticleFactory(headline="Out already"),
        "withdrawn": ArticleFactory(
            headline="Taken down", status=Article.Status.WITHDRAWN, withdrawal_note="The source was forged."
        ),
    }
    response = editor_client.get(CHANGELIST)
    states = {row.headline: response.context["cl"].model_admin.state(row) for row in changelist_rows(response)}
    assert states == {
        "Draft": "Draft", "Embargoed until noon": "Scheduled", "Out already": "Live", "Taken down": "Withdrawn"
    }
    for state, article in articles.items():
        assert changelist_rows(editor_client.get(CHANGELIST, {"state": state})) == [article]


def test_article_filter_by_country_and_author(editor_client, tagged_articles):
    with CaptureQueriesContext(connection) as queries:
        by_country = editor_client.get(CHANGELIST, {"country": "RU"})
    assert changelist_rows(by_country) == [tagged_articles["about_russia"]]
    # A semi-join on the country's id: a DISTINCT over the joined tags sorted 390,000 articles for the US.
    assert not [q["sql"] for q in queries.captured_queries if 'SELECT DISTINCT "articles_article"."id"' in q["sql"]]
    by_author = editor_client.get(CHANGELIST, {"authors__id__exact": tagged_articles["ann"].pk})
    assert by_author.status_code == 200
    assert changelist_rows(by_author) == [tagged_articles["about_russia"]]


def test_article_search_is_the_archives_full_text_search(editor_client):
    harbour = ArticleFactory(headline="Port news", body_html="<p>The harbours reopened after the storm.</p>")
    budget = ArticleFactory(headline="Budget vote", body_html="<p>Parliament met.</p>")
    assert changelist_rows(editor_client.get(CHANGELIST, {"q": "harbour"})) == [harbour]  # the body, stemmed
    assert changelist_rows(editor_client.get(CHANGELIST, {"q": '"budget vote"'})) == [budget]
    assert changelist_rows(editor_client.get(CHANGELIST, {"q": "harbour -storm"})) == []


def test_article_search_falls_back_to_the_headline_for_what_full_text_cannot_search(editor_client):
    # "the" alone is a stop word: no full-text search, so the headline and byline substring search answers.
    of_the_people = ArticleFactory(headline="Of the people", byline="By Ann Able")
    ArticleFactory(headline="Budget vote", byline="By Ann Able")
    assert changelist_rows(editor_client.get(CHANGELIST, {"q": "the"})) == [of_the_people]


def test_the_article_list_offers_no_per_filter_counts(editor_client, tagged_articles, django_assert_max_num_queries):
    # Django's "Show counts" counted every country, author and state over the whole archive: minutes at a million.
    assert "Show counts" not in editor_client.get(CHANGELIST).content.decode()
    with django_assert_max_num_queries(12):
        assert editor_client.get(CHANGELIST, {"_facets": "True"}).status_code == 200


def test_the_filters_offer_the_tagged_country_and_the_author(editor_client, tagged_articles):
    body = editor_client.get(CHANGELIST).content.decode()
    assert "?country=RU" in body and "Ann Able" in body


def count_changelist_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(CHANGELIST)
    assert response.status_code == 200
    return len(queries), len(changelist_rows(response))


def test_the_article_list_costs_the_same_queries_for_5_or_30_articles(editor_client):
    russia = CountryFactory(name="Russia", iso_code="RU")
    authors = AuthorFactory.create_batch(2)
    ArticleFactory.create_batch(5, authors=authors, entities=[russia, EntityFactory()])
    few, shown = count_changelist_queries(editor_client)
    assert shown == 5
    ArticleFactory.create_batch(25, authors=authors, entities=[russia, EntityFactory()])
    many, shown = count_changelist_queries(editor_client)
    assert shown == 30
    assert many == few


# --- adding an article --------------------------------------------------------


def inline_management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_an_editor_adds_an_article_with_two_authors_three_tags_and_an_image_credit(editor_client, editor):
    ann, ben = AuthorFactory(name="Ann Able"), AuthorFactory(name="Ben Baker")
    russia = CountryFactory(name="Russia", iso_code="RU")
    putin = EntityFactory(name="Vladimir Putin")
    gazprom = EntityFactory(name="Gazprom", kind=Entity.Kind.ORGANIZATION)
    data = {
        "headline": "Talks resume in Geneva",
        "slug": "",
        "standfirst": "Ministers meet again.",
        "body_html": '<p>Ministers met.</p><script>alert(1)</script><p onclick="x()">Again.</p>',
        "status": "published",
        "published_at_0": "2024-03-05",
        "published_at_1": "09:30:00",
        "published_source": "given",
        "byline": "By Ben Baker and Ann Able",
        "outlet": "The Example Times",
        "language": "en",
        "source_url": "https://example.org/talks",
        "image_caption": "The ministers.",
        "image_credit": "Jane Doe/Agency",
        **inline_management("author_credits", 2),
        "author_credits-0-author": ben.pk,
        "author_credits-0-position": "0",
        "author_credits-1-author": ann.pk,
        "author_credits-1-position": "1",
        **inline_management("tags", 3),
        **inline_management("corrections", 0),
        "tags-0-entity": russia.pk,
        "tags-0-mentions": "2",
        "tags-0-first_offset": "0",
        "tags-1-entity": putin.pk,
        "tags-1-mentions": "1",
        "tags-1-first_offset": "10",
        "tags-2-entity": gazprom.pk,
        "tags-2-mentions": "1",
        "tags-2-first_offset": "",
    }
    response = editor_client.post("/admin/articles/article/add/", data)
    assert response.status_code == 302, response.context and [
        f.errors for f in [response.context["adminform"].form]
    ] + [fs.errors for fs in response.context["inline_admin_formsets"]]

    article = Article.objects.get()
    assert article.slug == "talks-resume-in-geneva"
    assert article.ordered_authors() == [ben, ann]
    assert article.image_credit == "Jane Doe/Agency"
    assert article.created_by == editor
    assert article.body_html == "<p>Ministers met.</p><p>Again.</p>"
    tags = {tag.entity: tag for tag in article.tags.all()}
    assert set(tags) == {russia, putin, gazprom}
    assert {tag.origin for tag in tags.values()} == {ArticleEntity.Origin.EDITOR}
    assert tags[russia].mentions == 2
    assert "Vladimir Putin" in article.search_names and "Russia" in article.search_names


def test_an_invalid_article_is_shown_again_with_the_error_not_a_crash(editor_client):
    data = {
        "headline": "No date",
        "body_html": "<p>x</p>",
        "status": "published",
        "published_source": "given",
        "language": "en",
        **inline_management("author_credits", 0),
        **inline_management("tags", 0),
        **inline_management("corrections", 0),
    }
    response = editor_client.post("/admin/articles/article/add/", data)
    assert response.status_code == 200
    assert "A published article needs a publication date." in response.content.decode()
    assert not Article.objects.exists()


def test_the_change_page_shows_view_on_site_and_the_tag_origin(editor_client):
    article = ArticleFactory(entities=[EntityFactory(name="Gazprom")])
    response = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "View on site" in body
    assert "Automatic" in body
    on_site = editor_client.get(f"/admin/r/{response.context['content_type_id']}/{article.pk}/")
    assert on_site.status_code == 302 and on_site["Location"].endswith(article.get_absolute_url())


def test_derived_fields_are_not_editable_in_the_form(editor_client):
    article = ArticleFactory()
    form = editor_client.get(f"/admin/articles/article/{article.pk}/change/").context["adminform"].form
    assert not {"body_text", "fingerprint", "search_names", "source_url_key", "created_by"} & set(form.fields)


def test_editing_through_the_admin_sanitises_the_body(editor_client):
    article = ArticleFactory(headline="Kept")
    url = f"/admin/articles/article/{article.pk}/change/"
    form = editor_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name in form.fields}
    data.update(
        {
            "body_html": '<p>Edited</p><img src="https://x.org/a.jpg" onerror="alert(1)"><a href="javascript:alert(1)">x</a>',
            "published_at_0": article.published_at.strftime("%Y-%m-%d"),
            "published_at_1": article.published_at.strftime("%H:%M:%S"),
            **inline_management("author_credits", 0),
            **inline_management("tags", 0),
            **inline_management("corrections", 0),
        }
    )
    data.pop("published_at", None)
    data.pop("image", None)
    response = editor_client.post(url, data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body_html == '<p>Edited</p><img src="https://x.org/a.jpg"><a>x</a>'


# --- entities -----------------------------------------------------------------


ENTITIES = "/admin/articles/entity/"


def test_entity_search_finds_names_and_aliases(editor_client):
    putin = EntityFactory(name="Vladimir Putin")
    EntityAliasFactory(entity=putin, name="President Putin")
    EntityAliasFactory(entity=putin, name="Putin V.")
    assert changelist_rows(editor_client.get(ENTITIES, {"q": "putin"})) == [putin]
    assert changelist_rows(editor_client.get(ENTITIES, {"q": "president"})) == [putin]


def test_the_entity_and_author_lists_count_articles_only_for_the_rows_they_show(editor_client):
    putin = EntityFactory(name="Vladimir Putin")
    ann = AuthorFactory(name="Ann Able")
    for _ in range(3):
        ArticleFactory(entities=[putin], authors=[ann])
    lists = (
        (ENTITIES, "vladimir", "tag_count", "articles_articleentity"),
        ("/admin/articles/author/", "ann", "article_count", "articles_articleauthor"),
    )
    for url, query, attribute, links in lists:
        with CaptureQueriesContext(connection) as queries:
            [row] = changelist_rows(editor_client.get(url, {"q": query}))
        assert getattr(row, attribute) == 3
        # A subquery per row shown; joining the links aggregated every tag in the archive first.
        assert not [q["sql"] for q in queries.captured_queries if f'JOIN "{links}"' in q["sql"]]


def test_entity_search_matching_two_aliases_counts_each_article_once(editor_client):
    putin = EntityFactory(name="Vladimir Putin")
    EntityAliasFactory(entity=putin, name="President Putin")
    EntityAliasFactory(entity=putin, name="Putin V.")
    ArticleFactory(entities=[putin])
    [row] = changelist_rows(editor_client.get(ENTITIES, {"q": "putin"}))
    assert row.tag_count == 1


def test_entity_filters_answer(editor_client):
    russia = CountryFactory(name="Russia", iso_code="RU")
    moscow = EntityFactory(name="Moscow", kind=Entity.Kind.PLACE, country=russia)
    assert changelist_rows(editor_client.get(ENTITIES, {"kind__exact": "place"})) == [moscow]
    assert changelist_rows(editor_client.get(ENTITIES, {"country__id__exact": russia.pk})) == [moscow]


def test_the_entity_list_costs_the_same_queries_for_5_or_30_entities(editor_client):
    russia = CountryFactory(name="Russia", iso_code="RU")
    EntityFactory.create_batch(5, country=russia)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.get(ENTITIES).status_code == 200
        return len(queries)

    few = count()
    EntityFactory.create_batch(25, country=russia)
    assert count() == few


@pytest.mark.filterwarnings("error::django.core.paginator.UnorderedObjectListWarning")
def test_entity_autocomplete_returns_json(editor_client):
    gazprom = EntityFactory(name="Gazprom", kind=Entity.Kind.ORGANIZATION)
    EntityFactory(name="Rosneft", kind=Entity.Kind.ORGANIZATION)
    response = editor_client.get(
        "/admin/autocomplete/",
        {"app_label": "articles", "model_name": "articleentity", "field_name": "entity", "term": "gaz"},
    )
    assert response.status_code == 200
    payload = json.loads(response.content)
    assert [item["id"] for item in payload["results"]] == [str(gazprom.pk)]


@pytest.mark.filterwarnings("error::django.core.paginator.UnorderedObjectListWarning")
def test_author_autocomplete_returns_json(editor_client):
    ann = AuthorFactory(name="Ann Able")
    response = editor_client.get(
        "/admin/autocomplete/",
        {"app_label": "articles", "model_name": "articleauthor", "field_name": "author", "term": "ann"},
    )
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["results"]] == [str(ann.pk)]


@pytest.fixture
def two_putins():
    keep = EntityFactory(name="Vladimir Putin")
    dupe = EntityFactory(name="V. Putin")
    EntityAliasFactory(entity=dupe, name="President Putin")
    article = ArticleFactory(entities=[dupe])
    return keep, dupe, article


def test_merge_action_asks_for_confirmation_listing_the_entities(editor_client, two_putins):
    keep, dupe, _ = two_putins
    response = editor_client.post(ENTITIES, {"action": "merge_entities", "_selected_action": [keep.pk, dupe.pk]})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Vladimir Putin" in body and "V. Putin" in body
    assert Entity.objects.filter(pk=dupe.pk).exists()


def test_merge_confirmation_proposes_to_keep_the_most_tagged_entity(editor_client, two_putins):
    keep, dupe, _ = two_putins
    response = editor_client.post(ENTITIES, {"action": "merge_entities", "_selected_action": [keep.pk, dupe.pk]})
    assert [entity.pk for entity in response.context["entities"]] == [dupe.pk, keep.pk]
    assert f'value="{dupe.pk}" required checked' in response.content.decode()
    assert "President Putin" in response.content.decode()


def test_merge_refuses_entities_of_different_kinds(editor_client):
    russia = CountryFactory(name="Russia", iso_code="RU")
    moscow = EntityFactory(name="Moscow", kind=Entity.Kind.PLACE, country=russia)
    response = editor_client.post(
        ENTITIES, {"action": "merge_entities", "_selected_action": [russia.pk, moscow.pk], "apply": "1", "keep": moscow.pk},
        follow=True,
    )
    assert "Only entities of one kind can be merged" in response.content.decode()
    assert Entity.objects.filter(pk=russia.pk).exists()
    assert Entity.objects.get(pk=moscow.pk).country == russia


def test_merge_action_applies_after_confirmation(editor_client, two_putins, django_capture_on_commit_callbacks):
    keep, dupe, article = two_putins
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            ENTITIES,
            {"action": "merge_entities", "_selected_action": [keep.pk, dupe.pk], "apply": "1", "keep": keep.pk},
        )
    assert response.status_code == 302
    assert not Entity.objects.filter(pk=dupe.pk).exists()
    assert list(article.tags.values_list("entity", flat=True)) == [keep.pk]
    assert sorted(keep.aliases.values_list("name", flat=True)) == ["President Putin", "V. Putin"]
    article.refresh_from_db()
    assert article.search_names == "Vladimir Putin President Putin V. Putin"  # the old name, an alias, finds it


def test_merging_more_articles_than_can_wait_tells_the_editor_what_to_run(
    editor_client, two_putins, django_capture_on_commit_callbacks, settings,
):
    keep, dupe, article = two_putins
    ArticleFactory(entities=[dupe])
    settings.NEWSARCHIVE_RENAME_REFRESH_INLINE_LIMIT = 1
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            ENTITIES,
            {"action": "merge_entities", "_selected_action": [keep.pk, dupe.pk], "apply": "1", "keep": keep.pk},
            follow=True,
        )
    text = response.content.decode()
    assert "2 articles moved to “Vladimir Putin”" in text
    assert f"refresh_search_names --entity {keep.slug}" in text
    article.refresh_from_db()
    assert "Vladimir" not in article.search_names  # left for the command, as the message says
    assert list(article.tags.values_list("entity", flat=True)) == [keep.pk]


def test_merge_action_with_one_entity_only_warns(editor_client, two_putins):
    keep, dupe, _ = two_putins
    response = editor_client.post(ENTITIES, {"action": "merge_entities", "_selected_action": [keep.pk]}, follow=True)
    assert response.status_code == 200
    assert "Select at least two entities" in response.content.decode()
    assert Entity.objects.count() == 2


def test_merge_action_with_a_bad_choice_shows_the_form_again(editor_client, two_putins):
    keep, dupe, _ = two_putins
    stranger = EntityFactory(name="Someone else")
    response = editor_client.post(
        ENTITIES,
        {"action": "merge_entities", "_selected_action": [keep.pk, dupe.pk], "apply": "1", "keep": stranger.pk},
    )
    assert response.status_code == 200
    assert Entity.objects.count() == 3


def test_an_editor_without_change_permission_cannot_merge(client, two_putins):
    keep, dupe, _ = two_putins
    viewer = get_user_model().objects.create_user("viewer", password="a-long-test-password", is_staff=True)
    viewer.user_permissions.set(Permission.objects.filter(codename="view_entity"))
    client.force_login(viewer)
    client.post(ENTITIES, {"action": "merge_entities", "_selected_action": [keep.pk, dupe.pk], "apply": "1", "keep": keep.pk})
    assert Entity.objects.filter(pk=dupe.pk).exists()


# --- renaming an entity -------------------------------------------------------


def rename_in_admin(client, entity, new_name):
    return client.post(
        f"{ENTITIES}{entity.pk}/change/",
        {
            "name": new_name, "slug": entity.slug, "kind": entity.kind, "iso_code": "", "country": "",
            "wikidata_id": "", "description": "", **inline_management("aliases", 0),
        },
        follow=True,
    )


@pytest.fixture
def tagged_person():
    person = EntityFactory(name="Wladimir Kostenko", kind=Entity.Kind.PERSON)
    articles = [ArticleFactory(body_html=f"<p>Text {n}.</p>", entities=[person]) for n in range(3)]
    return person, articles


def test_renaming_an_entity_in_the_admin_renames_it_in_its_articles_search_names(
    editor_client, tagged_person, django_capture_on_commit_callbacks
):
    person, articles = tagged_person
    with django_capture_on_commit_callbacks(execute=True):
        response = rename_in_admin(editor_client, person, "Volodymyr Kostenko")
    assert response.status_code == 200
    assert not [m for m in response.context["messages"] if m.level_tag == "warning"]
    assert set(Article.objects.values_list("search_names", flat=True)) == {"Volodymyr Kostenko"}


def test_a_rename_too_big_to_wait_for_tells_the_editor_what_is_left(
    editor_client, tagged_person, django_capture_on_commit_callbacks, settings,
):
    person, _ = tagged_person
    settings.NEWSARCHIVE_RENAME_REFRESH_INLINE_LIMIT = 2
    with django_capture_on_commit_callbacks(execute=True):
        response = rename_in_admin(editor_client, person, "Volodymyr Kostenko")
    warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
    assert warnings == [
        "“Volodymyr Kostenko” is tagged in 3 articles, too many to update while you wait: full-text search finds "
        "them by the old name until an administrator runs “manage.py refresh_search_names --entity "
        f"{person.slug}”. Its tags, pages and counts are already up to date."
    ]
    assert set(Article.objects.values_list("search_names", flat=True)) == {"Wladimir Kostenko"}
