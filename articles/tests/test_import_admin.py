"""The admin Import articles page, used through the client the way an editor would."""


import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.admin.editors import ensure_editors_group
from articles.admin.imports import SESSION_KEY
from articles.models import Article, Entity

from .import_helpers import (
    SEED_ARTICLE, generated_article, jsonl_with_three_bad_lines, make_vocabulary, mixed_batch, rendered_form_data,
    zip_of,
)

pytestmark = pytest.mark.django_db

IMPORT = "/admin/articles/article/import/"
SEED_TEXT = SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def editor_client(editor_client, vocabulary):
    return editor_client


def save_data(response, **changes):
    """What the browser would send back from the preview page, untouched, plus ``changes``."""
    data = {"token": response.context["token"]}
    for form in response.context["forms"]:
        for field in form:
            value = field.value()
            if field.name == "keep":
                if value:
                    data[field.html_name] = "on"
            elif field.name == "published":
                data[field.html_name] = value.strftime("%Y-%m-%d %H:%M") if value else ""
            elif value is not None:
                data[field.html_name] = value
    data.update(changes)
    return data


def test_the_article_list_has_an_import_button(editor_client):
    response = editor_client.get("/admin/articles/article/")
    assert IMPORT.encode() in response.content and b"Import articles" in response.content


def test_staff_without_add_permission_cannot_import(client):
    client.force_login(get_user_model().objects.create_user("viewer", password="x-long-password-1", is_staff=True))
    assert client.get(IMPORT).status_code == 403
    assert client.post(IMPORT, {"text": SEED_TEXT}).status_code == 403


def test_pasting_the_sample_shows_what_was_found(editor_client):
    response = editor_client.post(IMPORT, {"text": SEED_TEXT, "status": "published"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Headline proposed by the importer" in page
    assert 'value="2022-12-21 09:11"' in page
    assert "Matthew Roscoe" in page and "Anton Veselov/Shutterstock.com" in page
    form = response.context["forms"][0]
    assert sorted(form.preview.countries) == ["CN", "RU", "UA"]
    tagged = {name for entity, widget in form.entity_rows() for name in [entity["name"]]}
    assert {"Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin"} <= tagged
    assert "Dmitry Medvedev" in [candidate["name"] for candidate, field in form.candidate_fields()]
    assert not Article.objects.exists()  # nothing saved before the editor says so


def test_saving_the_sample_accepting_medvedev_files_it_under_russia_and_china(editor_client):
    preview = editor_client.post(IMPORT, {"text": SEED_TEXT, "status": "published"})
    candidates = [c["name"] for c in preview.context["forms"][0].preview.candidates]
    medvedev = f"a0-candidate_{candidates.index('Dmitry Medvedev')}"
    response = editor_client.post(IMPORT, save_data(preview, **{medvedev: "person"}))
    assert response.status_code == 200 and len(response.context["created"]) == 1
    article = Article.objects.get()
    assert article.status == "published" and article.created_by.username == "editor"
    names = set(article.tags.values_list("entity__name", flat=True))
    assert {"Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin", "Dmitry Medvedev"} <= names
    assert Entity.objects.get(name="Dmitry Medvedev").kind == "person"
    assert list(Article.objects.published().in_country("RU")) == [article]
    assert list(Article.objects.published().in_country("CN")) == [article]
    assert f"/admin/articles/article/{article.pk}/change/" in response.content.decode()


def test_an_imported_article_is_on_the_public_country_pages(editor_client):
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": SEED_TEXT, "status": "published"})))
    headline = Article.objects.get().headline
    for code in ("ru", "cn"):
        public = editor_client.get(f"/countries/{code}/")
        assert public.status_code == 200 and headline in public.content.decode()


def test_importing_the_same_text_again_reports_a_duplicate_and_stores_nothing(editor_client):
    first = editor_client.post(IMPORT, {"text": SEED_TEXT, "status": "published"})
    editor_client.post(IMPORT, save_data(first))
    existing = Article.objects.get()
    again = editor_client.post(IMPORT, {"text": SEED_TEXT.replace("’", "'"), "status": "published"})
    assert again.context["forms"][0].preview.duplicate.article_id == existing.pk
    assert f"/admin/articles/article/{existing.pk}/change/" in again.content.decode()
    done = editor_client.post(IMPORT, save_data(again))
    assert len(done.context["duplicate"]) == 1 and not done.context["created"]
    assert Article.objects.count() == 1


def test_the_editors_corrections_apply(editor_client):
    preview = editor_client.post(IMPORT, {"text": SEED_TEXT})
    data = save_data(
        preview,
        **{"a0-headline": "Medvedev meets Xi in Beijing", "a0-published": "2022-12-21 10:30",
           "a0-authors": "Matthew Roscoe\nAnn Other", "a0-entities": ["russia"], "a0-status": "draft"},
    )
    editor_client.post(IMPORT, data)
    article = Article.objects.get()
    assert article.headline == "Medvedev meets Xi in Beijing" and not article.headline_proposed
    assert article.published_at.hour == 10 and article.published_source == "editor"  # the editor changed it
    assert [a.name for a in article.ordered_authors()] == ["Matthew Roscoe", "Ann Other"]
    assert list(article.tags.values_list("entity__name", flat=True)) == ["Russia"]
    assert article.status == "draft"


def test_an_unticked_article_is_not_saved(editor_client):
    preview = editor_client.post(IMPORT, {"text": SEED_TEXT})
    data = save_data(preview)
    del data["a0-keep"]
    editor_client.post(IMPORT, data)
    assert not Article.objects.exists()


def test_a_bad_correction_is_a_400_with_the_forms_message(editor_client):
    preview = editor_client.post(IMPORT, {"text": SEED_TEXT})
    response = editor_client.post(IMPORT, save_data(preview, **{"a0-published": "yesterday-ish", "a0-headline": ""}))
    assert response.status_code == 400
    assert "Enter a valid date/time." in response.content.decode()
    assert "An article needs a headline." in response.content.decode()
    assert not Article.objects.exists()


def test_a_zip_stores_the_good_file_and_reports_the_others(editor_client):
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    upload = zip_of({
        "good.txt": generated_article(1),
        "notes.pdf": b"%PDF-1.4",
        "huge.txt": b"x" * (2 * 1024 * 1024 + 1),
        "again.txt": SEED_TEXT,
        "__MACOSX/._good.txt": b"junk",
        "folder/": b"",
    })
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("batch.zip", upload)]})
    rejected = {r.name: r.reason for r in preview.context["rejected"]}
    assert set(rejected) == {"batch.zip: notes.pdf", "batch.zip: huge.txt"}
    assert "unsupported file type .pdf" in rejected["batch.zip: notes.pdf"]
    assert "too large" in rejected["batch.zip: huge.txt"]
    done = editor_client.post(IMPORT, save_data(preview))
    assert [r.source_name for r in done.context["created"]] == ["batch.zip: good.txt"]
    assert [r.source_name for r in done.context["duplicate"]] == ["batch.zip: again.txt"]
    assert len(done.context["failed"]) == 2 and "too large" in done.content.decode()
    assert Article.objects.count() == 2


def test_zip_slip_names_are_refused_and_nothing_is_written(editor_client, tmp_path):
    upload = zip_of({"../../etc/passwd.txt": generated_article(2), "/abs/evil.txt": generated_article(3)})
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("evil.zip", upload)]})
    reasons = [r.reason for r in preview.context["rejected"]]
    assert len(reasons) == 2 and all("unsafe name" in r for r in reasons)
    assert preview.context["forms"] == []


def test_a_zip_bomb_is_refused(editor_client):
    bomb = zip_of({"bomb.txt": b"a" * (60 * 1024 * 1024)})
    assert len(bomb) < 200 * 1024
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("bomb.zip", bomb)]})
    [rejected] = preview.context["rejected"]
    assert rejected.name == "bomb.zip" and "zip expands to" in rejected.reason


def test_a_zip_that_expands_a_thousandfold_is_refused_even_under_the_size_limit(editor_client):
    bomb = zip_of({f"part{n}.txt": b"a" * (1024 * 1024) for n in range(12)})
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("bomb.zip", bomb)]})
    [rejected] = preview.context["rejected"]
    assert "refused as a zip bomb" in rejected.reason


def test_a_zip_inside_a_zip_is_refused(editor_client):
    upload = zip_of({"inner.zip": zip_of({"a.txt": generated_article(4)})})
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("outer.zip", upload)]})
    assert "zip inside a zip" in preview.context["rejected"][0].reason


def test_several_files_at_once(editor_client):
    files = [SimpleUploadedFile(f"a{n}.txt", generated_article(n).encode()) for n in range(3)]
    preview = editor_client.post(IMPORT, {"files": files, "status": "published"})
    done = editor_client.post(IMPORT, save_data(preview))
    assert len(done.context["created"]) == 3
    assert Article.objects.filter(status="published").count() == 3


def test_an_empty_form_is_a_400_with_a_message(editor_client):
    response = editor_client.post(IMPORT, {"text": "  "})
    assert response.status_code == 400
    assert "Paste an article or choose at least one file." in response.content.decode()


def test_too_many_files_is_a_400_with_a_message(editor_client):
    files = [SimpleUploadedFile(f"a{n}.txt", b"x") for n in range(201)]
    response = editor_client.post(IMPORT, {"files": files})
    assert response.status_code == 400 and "Too many files (201)" in response.content.decode()


def test_an_unknown_or_used_token_saves_nothing(editor_client):
    preview = editor_client.post(IMPORT, {"text": SEED_TEXT})
    data = save_data(preview)
    editor_client.post(IMPORT, data)
    again = editor_client.post(IMPORT, data)  # a second submit of the same preview
    assert again.status_code == 400 and "expired or was already saved" in again.content.decode()
    forged = editor_client.post(IMPORT, {**data, "token": "not-a-token"})
    assert forged.status_code == 400
    assert Article.objects.count() == 1


def test_pending_previews_live_in_the_session_not_the_page(editor_client):
    preview = editor_client.post(IMPORT, {"text": SEED_TEXT})
    token = preview.context["token"]
    assert token in editor_client.session[SESSION_KEY]
    assert "Dmitry Medvedev" not in preview.content.decode().split('name="token"')[1].split(">")[0]


def test_html_upload_is_sanitised(editor_client):
    page = (
        b"<html><head><title>x</title></head><body><h1>Talks in France</h1>"
        b"<p>Officials <img src=x onerror=alert(1)>said the talks in France went well.</p>"
        b"<script>alert(1)</script><p>Another paragraph about Germany follows.</p></body></html>"
    )
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("page.html", page)]})
    assert b"onerror" not in preview.content and b"<script>alert" not in preview.content
    editor_client.post(IMPORT, save_data(preview))
    body = Article.objects.get().body_html
    assert "onerror" not in body and "<script" not in body and "alert" not in body


def test_retag_action_keeps_editor_tags(editor_client):
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    article = Article.objects.get()
    article.tags.all().delete()
    response = editor_client.post(
        "/admin/articles/article/", {"action": "retag_articles", "_selected_action": [article.pk]}, follow=True
    )
    assert "Re-tagged 1 article." in response.content.decode()
    assert article.tags.filter(entity__iso_code="RU").exists()


def test_a_candidate_can_be_accepted_later_from_the_article_page(editor_client, django_capture_on_commit_callbacks):
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    article = Article.objects.get()
    change_page = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    url = f"/admin/articles/article/{article.pk}/candidates/"
    assert url in change_page.content.decode()
    page = editor_client.get(url)
    names = [candidate["name"] for candidate, field in page.context["form"].rows()]
    assert "Dmitry Medvedev" in names
    with django_capture_on_commit_callbacks(execute=True):  # the new entity reaches the tagger on commit
        response = editor_client.post(url, {f"candidate_{names.index('Dmitry Medvedev')}": "person"})
    assert response.status_code == 302
    assert article.tags.filter(entity__name="Dmitry Medvedev", entity__kind="person").exists()
    assert "Dmitry Medvedev" not in [c["name"] for c, f in editor_client.get(url).context["form"].rows()]


def test_the_candidates_page_shows_what_each_name_looks_like(editor_client):
    text = ("Talks in Kestrel Bay\n\nMara Obinwe of the Harbourview Courier met officials of the Kestrel Ferry Union"
            " in Port Harcourt.\n")
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": text})))
    article = Article.objects.get()
    page = editor_client.get(f"/admin/articles/article/{article.pk}/candidates/").content.decode()
    assert "Looks like" in page
    for name, looks_like in (("Mara Obinwe", "person"), ("Harbourview Courier", "organization"),
                             ("Kestrel Ferry Union", "organization"), ("Port Harcourt", "place in NG")):
        assert f"{name}</label></td><td>1</td><td>{looks_like}</td>" in page, name


def test_the_candidates_page_leaves_out_the_articles_own_reporter(editor_client):
    text = ("Ferry strike ends in Kestrel Bay\n\nBy Mara Obinwe\n\nThe ferry crews went back to work after Tomas"
            " Verhulst of the crews' union signed the deal.\n\nOur reporter Mara Obinwe was on the first boat.\n")
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": text})))
    article = Article.objects.get()
    assert [a.name for a in article.ordered_authors()] == ["Mara Obinwe"]
    page = editor_client.get(f"/admin/articles/article/{article.pk}/candidates/")
    names = [candidate["name"] for candidate, field in page.context["form"].rows()]
    assert "Tomas Verhulst" in names and "Mara Obinwe" not in names


def test_accepting_a_candidate_with_an_unknown_kind_is_a_400(editor_client):
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    article = Article.objects.get()
    response = editor_client.post(f"/admin/articles/article/{article.pk}/candidates/", {"candidate_0": "country"})
    assert response.status_code == 400 and not Entity.objects.filter(kind="person", name="Dmitry Medvedev").exists()


def test_the_candidates_page_of_a_missing_article_is_a_404(editor_client):
    assert editor_client.get("/admin/articles/article/999999/candidates/").status_code == 404


def test_the_same_article_twice_in_one_upload_is_stored_once(editor_client):
    files = [SimpleUploadedFile(name, generated_article(7).encode()) for name in ("one.txt", "two.txt")]
    preview = editor_client.post(IMPORT, {"files": files})
    done = editor_client.post(IMPORT, save_data(preview))
    assert [r.source_name for r in done.context["created"]] == ["one.txt"]
    assert [r.source_name for r in done.context["duplicate"]] == ["two.txt"]
    assert Article.objects.count() == 1


def test_published_without_a_date_is_saved_as_a_draft_and_the_summary_says_so(editor_client):
    preview = editor_client.post(IMPORT, {"text": SEED_TEXT, "status": "published"})
    done = editor_client.post(IMPORT, save_data(preview, **{"a0-published": ""}))
    assert Article.objects.get().status == "draft"
    assert "no publication date: stored as a draft" in done.content.decode()


def test_done_when_with_the_shipped_country_list_and_starter_vocabulary(client, django_capture_on_commit_callbacks):
    """The issue's acceptance path, end to end, with the vocabulary `make run` loads."""
    from django.core.management import call_command

    call_command("load_countries", verbosity=0)
    call_command("load_entities", verbosity=0)
    user = get_user_model().objects.create_user("editor", password="a-long-test-password", is_staff=True)
    user.groups.add(ensure_editors_group())
    assert not user.is_superuser
    client.force_login(user)

    preview = client.post(IMPORT, {"text": SEED_TEXT, "status": "published"})
    page = preview.content.decode()
    assert "Headline proposed by the importer" in page and 'value="2022-12-21 09:11"' in page
    assert "Matthew Roscoe" in page and "Anton Veselov/Shutterstock.com" in page
    form = preview.context["forms"][0]
    assert form.preview.countries == ["CN", "RU", "UA"]
    assert {"Xi Jinping", "Vladimir Putin"} <= {e["name"] for e in form.preview.entities}
    candidates = [c["name"] for c in form.preview.candidates]
    assert "Dmitry Medvedev" in candidates

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(IMPORT, save_data(preview, **{f"a0-candidate_{candidates.index('Dmitry Medvedev')}": "person"}))
    article = done.context["created"][0].article
    names = set(article.tags.values_list("entity__name", flat=True))
    assert {"Russia", "China", "Ukraine", "Xi Jinping", "Vladimir Putin", "Dmitry Medvedev"} <= names
    for code in ("RU", "CN"):
        assert article in Article.objects.published().in_country(code)
        assert article.headline in client.get(f"/countries/{code.lower()}/").content.decode()

    again = client.post(IMPORT, {"text": SEED_TEXT})
    assert again.context["forms"][0].preview.duplicate.article_id == article.pk
    assert client.post(IMPORT, save_data(again)).context["duplicate"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize("count", [1, 4])
def test_preview_and_save_queries_grow_by_a_fixed_amount_per_article(editor_client, count, django_assert_max_num_queries):
    files = lambda: [SimpleUploadedFile(f"a{n}.txt", generated_article(n).encode()) for n in range(count)]  # noqa: E731
    editor_client.post(IMPORT, {"text": generated_article(99)})  # the matcher is built and Jane Doe exists
    editor_client.post(IMPORT, save_data(editor_client.post(IMPORT, {"text": generated_article(99)})))
    # Session, user and permissions (4), the outlets' time zones (1), saving the session (3), the near-duplicate
    # lookup for the batch (2: the shared bands, the texts sharing them), then one duplicate check per article.
    with django_assert_max_num_queries(10 + count):
        preview = editor_client.post(IMPORT, {"files": files()})
    # Per article: its savepoint pair, slug check, insert, authors, credits, tags, text signature bands, search
    # names; for them all, their first revisions (2: the articles', a copy of their tags).
    with django_assert_max_num_queries(9 + 9 * count):
        done = editor_client.post(IMPORT, save_data(preview))
    assert len(done.context["created"]) == count


def test_without_permission_to_add_entities_candidates_are_shown_but_not_accepted(client):
    from django.contrib.auth.models import Permission

    make_vocabulary()
    user = get_user_model().objects.create_user("importer", password="a-long-test-password", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["add_article", "view_article"]))
    client.force_login(user)
    preview = client.post(IMPORT, {"text": SEED_TEXT})
    assert "Dmitry Medvedev" in preview.content.decode() and "you may not add entities" in preview.content.decode()
    client.post(IMPORT, save_data(preview, **{"a0-candidate_0": "person"}))
    assert Article.objects.count() == 1 and not Entity.objects.filter(name="Dmitry Medvedev").exists()


def test_a_city_candidate_is_offered_as_a_place_in_its_country_and_accepted_there(editor_client):
    text = SEED_TEXT + "\n\nOfficials later flew on to Port Harcourt for more talks.\n"
    preview = editor_client.post(IMPORT, {"text": text, "status": "published"})
    candidates = {c["name"]: c for c in preview.context["forms"][0].preview.candidates}
    assert (candidates["Port Harcourt"]["suggested_kind"], candidates["Port Harcourt"]["country"]) == ("place", "NG")
    assert "place in NG" in preview.content.decode()
    field = f"a0-candidate_{list(candidates).index('Port Harcourt')}"
    Entity.objects.create(name="Nigeria", kind="country", iso_code="NG")
    editor_client.post(IMPORT, save_data(preview, **{field: "place"}))
    assert Entity.objects.get(name="Port Harcourt").country.iso_code == "NG"


def test_a_jsonl_upload_with_a_nul_a_surrogate_and_a_broken_line_saves_the_rest_and_reports_the_three(editor_client):
    upload = SimpleUploadedFile("batch.jsonl", jsonl_with_three_bad_lines())
    preview = editor_client.post(IMPORT, {"files": [upload]})
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "batch.jsonl line 2" in page and "contains NUL characters" in page
    assert "batch.jsonl line 4" in page and "lone surrogate" in page
    assert "batch.jsonl line 5" in page and "not valid JSON" in page
    done = editor_client.post(IMPORT, rendered_form_data(preview))
    assert done.status_code == 200
    assert [len(done.context[o]) for o in ("created", "duplicate", "failed")] == [3, 0, 3]
    assert sorted(Article.objects.values_list("source_url", flat=True)) == [
        f"https://news.example.org/report-{n}" for n in (1, 3, 6)
    ]


@pytest.mark.parametrize(
    "url, message",
    [("javascript:alert(document.domain)//", "Enter a valid URL."), (" JAVASCRIPT:alert(1)", "Enter a valid URL."),
     ("ftp://files.example.org/a", "Only an http:// or https:// address can be stored here.")],
)
def test_a_source_url_that_is_not_http_is_refused_by_the_admin_form(admin_client, url, message):
    form = admin_client.get("/admin/articles/article/add/")
    response = admin_client.post("/admin/articles/article/add/", rendered_form_data(
        form, "headline", headline="A headline", source_url=url, body_html="<p>Text.</p>",
    ))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"source_url": [message]}
    assert not Article.objects.exists()


# --- through the page as rendered: the form parsed from the HTML and posted back -------------------------


def test_a_batch_with_a_duplicate_and_a_binary_file_saves_the_rest_posting_only_what_the_page_renders(editor_client):
    editor_client.post(IMPORT, rendered_form_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    existing = Article.objects.get()
    upload = zip_of(mixed_batch(SEED_TEXT))
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("batch.zip", upload)]})
    page = preview.content.decode()
    assert "5 articles found, 4 new" in page
    assert f'href="/admin/articles/article/{existing.pk}/change/"' in page  # the duplicate row links the original
    assert "batch.zip: junk.txt" in page and "not text" in page

    done = editor_client.post(IMPORT, rendered_form_data(preview))

    assert done.status_code == 200
    assert [r.source_name for r in done.context["created"]] == [
        "batch.zip: new-1.txt", "batch.zip: new-2.txt", "batch.zip: utf16.txt", "batch.zip: latin1.txt",
    ]
    [duplicate] = done.context["duplicate"]
    assert duplicate.duplicate.article_id == existing.pk
    [failed] = done.context["failed"]
    assert failed.source_name == "batch.zip: junk.txt" and failed.reason.startswith("not text")
    assert "Created 4, duplicates 1, failed 1" in done.content.decode()
    assert Article.objects.filter(headline="Report 104 on the café council budget talks").exists()
    assert Article.objects.filter(headline="Report 103 on the council budget talks").exists()
    assert Article.objects.count() == 5


def test_every_rendered_row_posts_its_fields_and_a_duplicate_row_posts_none(editor_client):
    editor_client.post(IMPORT, rendered_form_data(editor_client.post(IMPORT, {"text": SEED_TEXT})))
    upload = zip_of({"new.txt": generated_article(7), "again.txt": SEED_TEXT})
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("batch.zip", upload)]})
    posted = rendered_form_data(preview)
    rows = {form.preview.source_name: form.prefix for form in preview.context["forms"]}
    new, again = rows["batch.zip: new.txt"], rows["batch.zip: again.txt"]
    for field in ("keep", "headline", "standfirst", "published", "byline", "authors", "image_caption",
                  "image_credit", "status"):
        assert f"{new}-{field}" in posted, field
    assert not [name for name in posted if name.startswith(f"{again}-")]


def test_a_rows_bad_correction_says_so_at_the_top_and_saves_nothing_yet(editor_client):
    preview = editor_client.post(IMPORT, {"files": [SimpleUploadedFile("batch.zip", zip_of({
        "one.txt": generated_article(1), "two.txt": generated_article(2),
    }))]})
    second = preview.context["forms"][1].prefix
    response = editor_client.post(IMPORT, rendered_form_data(preview, **{f"{second}-headline": ""}))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was saved yet: correct article 2 below" in page and "An article needs a headline." in page
    assert not Article.objects.exists()
    fixed = editor_client.post(IMPORT, rendered_form_data(response, **{f"{second}-headline": "Two, corrected"}))
    assert len(fixed.context["created"]) == 2
    assert Article.objects.filter(headline="Two, corrected").exists()


def test_an_article_in_a_right_to_left_script_is_edited_and_read_in_its_direction(editor_client):
    """An Arabic headline and caption: the preview's fields and the public page let the browser set the direction
    from the text (dir="auto"), so the editor's caret and the reader's lines run right to left."""
    from lxml import html as lxml_html

    text = ("قمة إقليمية في القاهرة لبحث أزمة المياه\n\nبقلم: سامي الخطيب\n\n2024-05-06 10:00 UTC\n\n"
            "اجتمع وزراء من مصر والسودان في القاهرة يوم الاثنين لبحث أزمة المياه في المنطقة.\n\n"
            "وقال المتحدث إن الاجتماع المقبل سيعقد في الخرطوم الشهر القادم.\n")
    preview = editor_client.post(IMPORT, {"text": text, "status": "published"})
    page = lxml_html.fromstring(preview.content.decode())
    headline_input = page.xpath("//input[contains(@name, 'headline')]")[0]
    assert headline_input.get("dir") == "auto" and "القاهرة" in headline_input.get("value")
    assert {page.xpath(f"//*[contains(@name, '{name}')]")[0].get("dir") for name in
            ("standfirst", "byline", "authors", "image_caption", "image_credit")} == {"auto"}
    editor_client.post(IMPORT, save_data(preview))
    article = Article.objects.get()
    assert article.status == "published" and "القاهرة" in article.headline
    public = lxml_html.fromstring(editor_client.get(article.get_absolute_url()).content.decode())
    assert public.xpath("//h1")[0].get("dir") == "auto" and "القاهرة" in public.xpath("//h1")[0].text_content()
    assert public.xpath("//div[contains(@class, 'story__body')]")[0].get("dir") == "auto"
