"""Near-duplicates met by editors: the admin import preview's choice, and import_articles' report."""

import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from lxml import html as lxml_html

from articles.ingest.parsing import parse_file
from articles.ingest.service import prepare, store
from articles.models import Article

from .import_helpers import make_vocabulary, rendered_form_data, zip_of

pytestmark = pytest.mark.django_db

IMPORT = "/admin/articles/article/import/"
FIXTURES = Path(__file__).parent / "fixtures" / "near_duplicates"


def fixture(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def archived(name):
    [parsed] = parse_file(name, (FIXTURES / name).read_bytes())
    return store(prepare(parsed), status="published").article


@pytest.fixture
def editor_client(editor_client, vocabulary):
    return editor_client


def near_duplicate_notice(response, row=0):
    """The rendered notice of preview row ``row``: its text and its link."""
    page = lxml_html.fromstring(response.content.decode())
    [notice] = page.xpath(f"//fieldset[@id='a{row}']//*[contains(@class, 'near-duplicate')]/p")
    [link] = notice.xpath(".//a")
    return " ".join(notice.text_content().split()), link.get("href")


def choices(response, row=0):
    page = lxml_html.fromstring(response.content.decode())
    return page.xpath(f"//input[@name='a{row}-near_duplicate']/@value")


def test_the_preview_says_what_a_pasted_copy_looks_like_and_skips_it_unless_told(editor_client):
    original = archived("story.txt")
    preview = editor_client.post(IMPORT, {"text": fixture("story-paragraph-removed.txt")})
    text, href = near_duplicate_notice(preview)
    percent = preview.context["forms"][0].preview.near_duplicate.percent
    assert 90 <= percent < 100
    assert text == f"Looks like {original.headline} ({percent}% the same)."
    assert href == f"/admin/articles/article/{original.pk}/change/"
    assert choices(preview) == ["skip", "import", "replace"]
    done = editor_client.post(IMPORT, rendered_form_data(preview))  # as rendered: "skip" is checked
    assert done.status_code == 200 and Article.objects.count() == 1


def test_import_anyway_stores_the_copy_as_a_new_article(editor_client):
    original = archived("story.txt")
    preview = editor_client.post(IMPORT, {"text": fixture("story-paragraph-removed.txt")})
    done = editor_client.post(IMPORT, rendered_form_data(preview, **{"a0-near_duplicate": ["import"]}))
    [created] = done.context["created"]
    assert Article.objects.count() == 2 and created.article.pk != original.pk


def test_replace_puts_the_copy_into_the_older_article_keeping_its_id_and_address(editor_client):
    original = archived("story-footer-a.txt")
    address, slug = original.get_absolute_url(), original.slug
    preview = editor_client.post(IMPORT, {"text": fixture("story-footer-b.txt")})
    done = editor_client.post(IMPORT, rendered_form_data(
        preview, **{"a0-near_duplicate": ["replace"], "a0-byline": ["By Anna Keller in Beijing"]},
    ))
    [replaced] = done.context["replaced"]
    assert replaced.article.pk == original.pk and "replaced 1" in done.content.decode()
    article = Article.objects.get()
    assert article.pk == original.pk and article.slug == slug and article.get_absolute_url() == address
    assert "first published by Eastern Wire" in article.body_text and "Additional reporting" not in article.body_text
    assert article.byline == "By Anna Keller in Beijing"
    assert article.tags.filter(entity__name="Xi Jinping").exists()
    revision = article.history.first()  # one revision for the replacement, with its tags, by the editor
    assert revision.history_change_reason == "replaced with a newer copy from pasted text.txt by editor"
    assert revision.history_user.username == "editor"
    assert revision.entities.filter(entity__name="Xi Jinping").exists()
    # Its bands follow the new text: the old closing line's copy now looks like it through the new one.
    again = editor_client.post(IMPORT, {"text": fixture("story-footer-a.txt")})
    assert again.context["forms"][0].preview.near_duplicate.article_id == original.pk


def test_an_editor_who_may_not_change_articles_is_not_offered_replace(client):
    make_vocabulary()
    archived("story.txt")
    user = get_user_model().objects.create_user("importer", password="a-long-test-password", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["add_article", "view_article"]))
    client.force_login(user)
    preview = client.post(IMPORT, {"text": fixture("story-paragraph-removed.txt")})
    assert choices(preview) == ["skip", "import"]
    client.post(IMPORT, rendered_form_data(preview, **{"a0-near_duplicate": ["replace"]}))
    assert Article.objects.count() == 1 and "He told reporters" in Article.objects.get().body_text


def test_two_near_copies_in_one_upload_are_caught_and_the_unrelated_article_is_not(editor_client):
    names = ("story.txt", "same-subject.txt", "story-paragraph-removed.txt")
    upload = SimpleUploadedFile("batch.zip", zip_of({name: fixture(name) for name in names}))
    preview = editor_client.post(IMPORT, {"files": [upload]})
    forms = preview.context["forms"]
    assert [f.preview.near_duplicate is not None for f in forms] == [False, False, True]
    text, href = near_duplicate_notice(preview, row=2)
    assert href == "#a0" and text.startswith(f"Looks like 1. {forms[0].preview.headline} above (")
    assert choices(preview, row=2) == ["skip", "import"]  # nothing to replace until it is stored
    done = editor_client.post(IMPORT, rendered_form_data(preview))
    assert len(done.context["created"]) == 2 and Article.objects.count() == 2


def run_import(*paths, **options):
    out = io.StringIO()
    call_command("import_articles", *map(str, paths), progress=False, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue().splitlines()


def test_the_command_reports_near_duplicates_and_skips_them(tmp_path):
    make_vocabulary()
    original = archived("story.txt")
    for name in ("story-paragraph-removed.txt", "same-subject.txt"):
        (tmp_path / name).write_text(fixture(name), encoding="utf-8")
    lines = run_import(tmp_path)
    assert lines[0] == "created 1, duplicates 0, near-duplicates 1, failed 0"
    [line] = [line for line in lines if "story-paragraph-removed.txt" in line]
    assert f"skipped, looks like #{original.pk} “{original.headline}” (" in line and "% the same)" in line
    assert Article.objects.count() == 2


def test_the_command_imports_near_duplicates_when_told_and_still_reports_them(tmp_path):
    make_vocabulary()
    original = archived("story.txt")
    (tmp_path / "copy.txt").write_text(fixture("story-paragraph-removed.txt"), encoding="utf-8")
    lines = run_import(tmp_path, allow_near_duplicates=True)
    assert lines[0] == "created 1, duplicates 0, failed 0"
    assert any(f"/copy.txt: imported anyway: looks like #{original.pk} “" in line for line in lines)
    assert Article.objects.count() == 2


def test_the_command_catches_two_near_copies_within_one_batch(tmp_path):
    make_vocabulary()
    (tmp_path / "a.txt").write_text(fixture("story.txt"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(fixture("story-paragraph-removed.txt"), encoding="utf-8")
    lines = run_import(tmp_path)
    assert lines[0] == "created 1, duplicates 0, near-duplicates 1, failed 0"
    stored = Article.objects.get()
    assert f"/b.txt: skipped, looks like #{stored.pk} “{stored.headline}” (" in "\n".join(lines)
    assert run_import(tmp_path, dry_run=True)[0].startswith("created 0, duplicates 1, near-duplicates 1")


def test_deleting_an_article_lists_what_the_editor_knows_and_takes_its_bands_along(editor_client):
    article = archived("story.txt")
    confirm = editor_client.get(f"/admin/articles/article/{article.pk}/delete/")
    page = confirm.content.decode()
    assert "Entity tag: " in page and "signature band" not in page.lower()
    editor_client.post(f"/admin/articles/article/{article.pk}/delete/", rendered_form_data(confirm, "post"))
    assert not Article.objects.exists() and not article.near_duplicate_bands.exists()
