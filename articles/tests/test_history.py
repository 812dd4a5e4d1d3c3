"""Revision history, restoring, merges undone and the date's provenance, used through the admin as an editor would:
each form is read from the rendered page and posted back with the editor's changes."""

import datetime
import io
import json
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from lxml import html as lxml_html

from articles.core.history import record_revision
from articles.models import Article, ArticleEntity, Entity, EntityAlias, EntityMerge
from articles.tests.factories import ArticleFactory, CountryFactory, EntityAliasFactory, EntityFactory

from .import_helpers import SEED_ARTICLE, make_vocabulary, rendered_form_data

pytestmark = pytest.mark.django_db

ENTITIES = "/admin/articles/entity/"
MERGES = "/admin/articles/entitymerge/"
SEED_TEXT = SEED_ARTICLE.read_text(encoding="utf-8")


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


@pytest.fixture
def editor(editor):
    editor.first_name, editor.last_name = "Edna", "Editor"
    editor.save(update_fields=["first_name", "last_name"])
    return editor


@pytest.fixture
def article():
    kenya = CountryFactory(name="Kenya", iso_code="KE")
    article = ArticleFactory(
        headline="Rains return to the Rift Valley",
        body_html="<p>The long rains came early.</p>\n<p>Farmers planted maize.</p>",
        published_at=datetime.datetime(2024, 3, 14, 17, 20, 5, 123456, tzinfo=datetime.UTC),
        published_source=Article.DateSource.PARSED,
        image_credit="Anton Veselov/Shutterstock.com",
        entities=[kenya],
    )
    # One first version with its tags, as an import records it (the factory tags the article after saving it).
    article.history.all().delete()
    record_revision(article, reason="as imported")
    return article


def post_change_form(client, url, **changes):
    """GET the change form, post back what it renders with ``changes``; the response (a redirect when saved)."""
    data = rendered_form_data(client.get(url), field="_save", **changes)
    data.pop("_addanother", None), data.pop("_continue", None)
    return client.post(url, data)


def history_rows(client, obj):
    """The history page's rows: ``{"reason", "by", "changes": {field: (before, after)}, "view": url}``, newest first."""
    page = lxml_html.fromstring(client.get(f"/admin/articles/{obj._meta.model_name}/{obj.pk}/history/").content.decode())
    rows = []
    for tr in page.xpath("//table[@id='change-history']/tbody/tr"):
        cells = tr.xpath("./td")
        changes = {}
        for dt in cells[6].xpath(".//dt"):
            dd = dt.getnext()
            old, new = dd.xpath("./span[@class='history-old']")[0], dd.xpath("./span[@class='history-new']")[0]
            changes[dt.text_content().strip()] = (old.text_content().strip(), new.text_content().strip())
        rows.append({
            "view": cells[2].xpath(".//a/@href")[0], "by": cells[4].text_content().strip(),
            "reason": cells[5].text_content().strip(), "changes": changes,
            "older": cells[0].xpath(".//input/@value")[0],
        })
    return rows


# --- articles -----------------------------------------------------------------------------------------------


def test_an_editor_changes_the_date_and_credit_sees_both_in_the_history_and_restores_the_earlier_version(
    editor_client, article
):
    response = post_change_form(
        editor_client, change_url(article),
        published_at_0="2024-03-15", published_at_1="09:00:00", image_credit="Jane Photographer/Agency",
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.published_at == datetime.datetime(2024, 3, 15, 9, 0, tzinfo=datetime.UTC)
    assert article.published_source == Article.DateSource.EDITOR and article.published_set_at is not None

    newest, first = history_rows(editor_client, article)
    assert newest["by"] == "Edna Editor"
    assert newest["changes"]["Image credit"] == ("Anton Veselov/Shutterstock.com", "Jane Photographer/Agency")
    before, after = newest["changes"]["Published"]
    assert before.startswith("2024-03-14 17:20:05") and after.startswith("2024-03-15 09:00:00")
    assert newest["changes"]["Date obtained"] == ("parsed", "editor")
    assert first["reason"] == "as imported"

    # Restore the first version from its page in the history, as rendered.
    restore_page = editor_client.get(first["view"])
    assert "Revert" in restore_page.content.decode()
    restored = editor_client.post(first["view"], rendered_form_data(restore_page, field="_save"))
    assert restored.status_code == 302
    article.refresh_from_db()
    assert article.published_at == datetime.datetime(2024, 3, 14, 17, 20, 5, 123456, tzinfo=datetime.UTC)
    assert article.image_credit == "Anton Veselov/Shutterstock.com"
    assert article.published_source == Article.DateSource.PARSED and article.published_set_at is None
    assert list(article.tags.values_list("entity__name", flat=True)) == ["Kenya"]

    latest = history_rows(editor_client, article)[0]
    assert latest["reason"].startswith("restored the version of ") and latest["reason"].endswith("by Edna Editor")
    assert latest["changes"]["Image credit"] == ("Jane Photographer/Agency", "Anton Veselov/Shutterstock.com")
    assert article.history.count() == 3


def test_a_save_that_changes_nothing_records_nothing(editor_client, article):
    before = article.history.count()
    form = rendered_form_data(editor_client.get(change_url(article)), field="_save")
    # A browser sends a textarea's line breaks as CRLF.
    form["body_html"] = [value.replace("\n", "\r\n") for value in form["body_html"]]
    assert editor_client.post(change_url(article), form).status_code == 302
    assert article.history.count() == before
    article.refresh_from_db()
    assert article.published_source == Article.DateSource.PARSED  # the date was not touched


def test_a_tag_added_by_an_editor_is_in_the_history_with_before_and_after(editor_client, article):
    uganda = CountryFactory(name="Uganda", iso_code="UG")
    response = post_change_form(editor_client, change_url(article), **{"tags-1-entity": str(uganda.pk), "tags-1-mentions": "2"})
    assert response.status_code == 302
    newest = history_rows(editor_client, article)[0]
    before, after = newest["changes"]["Entity tags"]
    assert "Uganda" not in before and "Kenya" in before
    assert "Uganda (country, 2 mentions, editor)" in after and "Kenya" in after
    assert list(newest["changes"]) == ["Entity tags"]  # nothing else changed, nothing else is listed


def test_two_versions_are_compared_field_by_field(editor_client, article):
    post_change_form(editor_client, change_url(article), image_credit="Second credit")
    post_change_form(editor_client, change_url(article), headline="A new headline", image_credit="Third credit")
    rows = history_rows(editor_client, article)
    compare = editor_client.get(
        f"/admin/articles/article/{article.pk}/history/compare/", {"older": rows[-1]["older"], "newer": rows[0]["older"]}
    )
    page = lxml_html.fromstring(compare.content.decode())
    table = {tr.xpath("./th")[0].text_content(): [td.text_content() for td in tr.xpath("./td")] for tr in page.xpath("//tbody/tr")}
    assert table["Image credit"] == ["Anton Veselov/Shutterstock.com", "Third credit"]
    assert table["Headline"] == ["Rains return to the Rift Valley", "A new headline"]
    assert "Byline" not in table
    assert editor_client.get(f"/admin/articles/article/{article.pk}/history/compare/", {"older": "x"}).status_code == 400


def test_the_history_page_has_no_inline_style(editor_client, article):
    post_change_form(editor_client, change_url(article), image_credit="Second credit")
    content = editor_client.get(f"/admin/articles/article/{article.pk}/history/").content.decode()
    assert "Second credit" in content and not re.search(r"\sstyle=", content)


def test_an_import_through_the_admin_is_the_first_version_with_its_file_editor_and_warnings(editor_client):
    make_vocabulary()
    preview = editor_client.post("/admin/articles/article/import/", {"text": SEED_TEXT})
    warnings = preview.context["forms"][0].preview.warnings
    editor_client.post("/admin/articles/article/import/", rendered_form_data(preview))
    article = Article.objects.get()
    [revision] = article.history.all()
    assert revision.history_type == "+" and revision.history_user.username == "editor"
    assert revision.history_change_reason.startswith("imported from pasted text.txt by Edna Editor")
    for warning in warnings:
        assert warning in revision.history_change_reason
    assert sorted(revision.entities.values_list("entity__name", flat=True)) == sorted(
        article.tags.values_list("entity__name", flat=True)
    )
    assert history_rows(editor_client, article)[0]["reason"] == revision.history_change_reason


def test_the_import_command_records_each_article_s_first_version(tmp_path):
    make_vocabulary()
    (tmp_path / "talks.txt").write_text(SEED_TEXT, encoding="utf-8")
    call_command("import_articles", str(tmp_path / "talks.txt"), "--no-progress", stdout=io.StringIO())
    [revision] = Article.objects.get().history.all()
    assert revision.history_change_reason.startswith(f"imported from {tmp_path / 'talks.txt'} by manage.py import_articles")
    assert revision.entities.exists()


def test_an_import_s_first_versions_hold_what_simple_history_itself_would_write(editor, monkeypatch):
    """The database copies a batch's first versions from the stored rows; they must be what
    ``bulk_history_create`` (which sends every value again) writes, field for field."""
    from articles.core.history import ImportRevisions

    kenya = CountryFactory(name="Kenya", iso_code="KE")
    articles = [
        ArticleFactory(headline="Rains return", image="photos/rain.jpg", image_credit="A. Lens", entities=[kenya],
                       published_at=datetime.datetime(2024, 3, 14, 17, 20, 5, 123456, tzinfo=datetime.UTC)),
        ArticleFactory(headline="Maize planted", status=Article.Status.DRAFT, published_at=None, created_by=editor),
    ]
    Article.history.all().delete()
    when = timezone.now()
    for number, article in enumerate(articles):
        article._change_reason = f"imported from file{number}.txt by Edna Editor"
        article._history_user = editor
    Article.history.bulk_history_create(articles, default_date=when)
    expected = {row.pop("id"): row for row in Article.history.values()}
    Article.history.all().delete()
    # Patched: the clock.
    monkeypatch.setattr("articles.core.history.timezone.now", lambda: when)
    ImportRevisions(model=Article, user=editor, by="Edna Editor", articles=list(articles)).write()
    copied = {row.pop("id"): row for row in Article.history.values()}
    for row in [*expected.values(), *copied.values()]:
        row.pop("history_id")
    assert copied == expected
    assert {row["history_change_reason"] for row in copied.values()} == {
        "imported from file0.txt by Edna Editor", "imported from file1.txt by Edna Editor"}
    [first] = Article.history.filter(id=articles[0].pk)
    assert list(first.entities.values_list("entity__name", flat=True)) == ["Kenya"]  # with its tags


# --- entities -------------------------------------------------------------------------------------------------


@pytest.fixture
def two_putins():
    russia = CountryFactory(name="Russia", iso_code="RU")
    keep = EntityFactory(name="Vladimir Putin", kind=Entity.Kind.PERSON, country=russia)
    dupe = EntityFactory(name="V. Putin", kind=Entity.Kind.PERSON, wikidata_id="Q7747")
    EntityAliasFactory(entity=dupe, name="Putin V.")
    both = ArticleFactory(headline="Both names")
    only_dupe = ArticleFactory(headline="Only the duplicate")
    ArticleEntity.objects.create(article=both, entity=keep, mentions=2, first_offset=10, origin="auto")
    ArticleEntity.objects.create(article=both, entity=dupe, mentions=3, first_offset=4, origin="editor")
    ArticleEntity.objects.create(article=only_dupe, entity=dupe, mentions=1, first_offset=0, origin="auto")
    return {"keep": keep, "dupe": dupe, "both": both, "only_dupe": only_dupe}


def tags_of(entity):
    return sorted(ArticleEntity.objects.filter(entity=entity).values_list("article__headline", "mentions", "first_offset", "origin"))


def test_a_merge_is_recorded_and_undone_through_the_admin(editor_client, two_putins, django_capture_on_commit_callbacks):
    keep, dupe = two_putins["keep"], two_putins["dupe"]
    dupe_slug, dupe_pk = dupe.slug, dupe.pk
    before = {"keep": tags_of(keep), "dupe": tags_of(dupe)}
    confirm = editor_client.post(ENTITIES, {"action": "merge_entities", "_selected_action": [keep.pk, dupe.pk]})
    with django_capture_on_commit_callbacks(execute=True):
        done = editor_client.post(ENTITIES, rendered_form_data(confirm, field="apply", keep=str(keep.pk)), follow=True)
    assert "Entity merges" in done.content.decode()
    assert not Entity.objects.filter(pk=dupe_pk).exists()
    assert tags_of(keep) == [("Both names", 5, 4, "editor"), ("Only the duplicate", 1, 0, "auto")]

    merge = EntityMerge.objects.get()
    assert merge.kept == keep and merge.merged_names == "V. Putin" and merge.merged_by.username == "editor"
    assert history_rows(editor_client, keep)[0]["reason"] == f"merged V. Putin into it (merge {merge.pk})"
    deleted = Entity.history.filter(id=dupe_pk).latest("history_date")
    assert deleted.history_type == "-" and deleted.history_change_reason.startswith("merged into Vladimir Putin")

    merges = editor_client.get(MERGES)
    assert "V. Putin" in merges.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        undone = editor_client.post(
            MERGES, rendered_form_data(merges, field="action", action="undo_merges", _selected_action=[str(merge.pk)]),
            follow=True,
        )
    assert "V. Putin are back" in undone.content.decode()
    dupe = Entity.objects.get(slug=dupe_slug)
    keep.refresh_from_db()
    assert dupe.pk == dupe_pk and dupe.wikidata_id == "Q7747" and keep.wikidata_id == ""
    assert {"keep": tags_of(keep), "dupe": tags_of(dupe)} == before
    assert list(dupe.aliases.values_list("name", flat=True)) == ["Putin V."]
    assert not keep.aliases.filter(name__in=["V. Putin", "Putin V."]).exists()
    merge.refresh_from_db()
    assert merge.undone_at is not None and merge.undone_by.username == "editor"
    assert "undone by Edna Editor" in history_rows(editor_client, keep)[0]["reason"]
    # The articles answer to each name as before the merge.
    two_putins["only_dupe"].refresh_from_db()
    assert "V. Putin" in two_putins["only_dupe"].search_names and "Vladimir Putin" not in two_putins["only_dupe"].search_names

    again = editor_client.post(MERGES, {"action": "undo_merges", "_selected_action": [merge.pk]}, follow=True)
    assert "already undone" in again.content.decode()
    assert Entity.objects.filter(name="V. Putin").count() == 1


def test_a_rename_is_in_the_entity_s_history_and_restoring_it_renames_it_back(editor_client, two_putins):
    keep = two_putins["keep"]
    url = f"{ENTITIES}{keep.pk}/change/"
    assert post_change_form(editor_client, url, name="Vladimir V. Putin").status_code == 302
    newest, first = history_rows(editor_client, keep)
    assert newest["changes"]["Name"] == ("Vladimir Putin", "Vladimir V. Putin") and newest["by"] == "Edna Editor"
    page = editor_client.get(first["view"])
    assert editor_client.post(first["view"], rendered_form_data(page, field="_save")).status_code == 302
    keep.refresh_from_db()
    assert keep.name == "Vladimir Putin"
    assert history_rows(editor_client, keep)[0]["changes"]["Name"] == ("Vladimir V. Putin", "Vladimir Putin")


def test_an_entity_saved_unchanged_records_nothing(editor_client, two_putins):
    keep = two_putins["keep"]
    before = keep.history.count()
    assert post_change_form(editor_client, f"{ENTITIES}{keep.pk}/change/").status_code == 302
    assert keep.history.count() == before


# --- the date's provenance --------------------------------------------------------------------------------------


def test_a_date_corrected_by_an_editor_is_said_so_on_the_page_in_json_ld_and_in_the_api(editor_client, client, article):
    yesterday = timezone.localtime() - datetime.timedelta(days=1)
    post_change_form(
        editor_client, change_url(article),
        published_at_0=yesterday.strftime("%Y-%m-%d"), published_at_1="08:15:00",
    )
    article.refresh_from_db()
    assert article.published_source == "editor"
    page = client.get(article.get_absolute_url())
    html = lxml_html.fromstring(page.content.decode())
    [note] = html.xpath("//*[@class='story__date-source']")
    assert note.text_content().startswith("Date corrected by the editors on ")
    [script] = html.xpath("//script[@type='application/ld+json']")
    properties = {p["propertyID"]: p for p in json.loads(script.text)["additionalProperty"]}
    assert properties["datePublishedSource"]["value"] == "editor"
    assert properties["datePublishedCorrected"]["value"] == article.published_set_at.isoformat()
    item = client.get(f"/api/v1/articles/{article.pk}/").json()
    assert item["published_source"] == "editor" and item["published_corrected"] == article.published_set_at.isoformat()


def test_a_parsed_date_is_said_so_in_json_ld_and_the_api_and_the_page_says_nothing(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert "story__date-source" not in page and '"datePublishedSource"' in page and '"parsed"' in page
    item = client.get(f"/api/v1/articles/{article.pk}/").json()
    assert item["published_source"] == "parsed" and item["published_corrected"] is None


def test_an_article_added_by_hand_has_its_date_set_by_the_editor(editor_client):
    add = editor_client.get("/admin/articles/article/add/")
    data = rendered_form_data(
        add, field="_save", headline="Written here", body_html="<p>Text.</p>", status="draft",
        published_at_0="2024-01-02", published_at_1="10:00:00",
    )
    assert editor_client.post("/admin/articles/article/add/", data).status_code == 302
    article = Article.objects.get()
    assert article.published_source == "editor" and article.history.get().history_type == "+"


def test_aliases_do_not_touch_the_entity_history(two_putins):
    keep = two_putins["keep"]
    before = keep.history.count()
    EntityAlias(entity=keep, name="VVP").save()
    assert keep.history.count() == before


def test_a_version_that_is_not_a_number_is_a_404(editor_client, article):
    assert editor_client.get(f"/admin/articles/article/{article.pk}/history/abc/").status_code == 404


def test_re_tagging_from_the_list_is_a_version_with_the_new_tags(editor_client):
    make_vocabulary()
    article = ArticleFactory(body_html="<p>Officials in Russia and China met on Tuesday.</p>")
    before = article.history.count()
    changelist = editor_client.get("/admin/articles/article/")
    editor_client.post(
        "/admin/articles/article/",
        rendered_form_data(changelist, field="action", action="retag_articles", _selected_action=[str(article.pk)]),
    )
    latest = article.history.latest("history_date")
    assert article.history.count() == before + 1 and latest.history_change_reason == "re-tagged"
    assert {"Russia", "China"} <= set(latest.entities.values_list("entity__name", flat=True))
    # Again: the same tags, no new version.
    editor_client.post("/admin/articles/article/", {"action": "retag_articles", "_selected_action": [article.pk]})
    assert article.history.count() == before + 1
