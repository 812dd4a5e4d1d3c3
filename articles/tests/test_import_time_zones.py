"""Times printed without a zone: read in the zone an editor sets for the import, remembered for the outlet."""

from datetime import datetime, timezone

import pytest
from django.core.management import call_command

from articles.models import Article, OutletTimeZone

from .import_helpers import rendered_form_data

IMPORT = "/admin/articles/article/import/"
PAGE = """Skip to main content
Home / News / Politics

Council backs night buses for the outer districts

By Ana Ruiz
14 March 2024, 17:20

Source: https://www.metro-daily.example/night-buses-{n}

The regional council voted on Tuesday to extend the night bus service to the outer districts, after a year of
complaints from shift workers in the Eastfield and Northgate estates{n}.

Officials said the extension would cost less than expected because two depots already stand nearby.
"""


def _upload(client, text, **choices):
    """Fill in the upload form as the page renders it, then submit it."""
    form = client.get(IMPORT)
    return client.post(IMPORT, rendered_form_data(form, "text", text=text, **choices))


@pytest.mark.django_db
def test_the_editor_sets_the_zone_it_is_used_shown_and_remembered_for_the_outlet(editor_client):
    preview = _upload(editor_client, PAGE.format(n=1), source_tz="Africa/Nairobi")
    page = preview.content.decode()
    assert "printed “14 March 2024, 17:20”, read in Africa/Nairobi" in page
    assert "left out as page furniture" in page and "Home / News / Politics" in page
    editor_client.post(IMPORT, rendered_form_data(preview))
    article = Article.objects.get()
    assert article.published_at == datetime(2024, 3, 14, 14, 20, tzinfo=timezone.utc)
    assert article.published_as_printed == "14 March 2024, 17:20"
    assert OutletTimeZone.objects.get().outlet == "metro-daily.example"

    # The next import from the outlet needs no choice: its zone is remembered.
    again = _upload(editor_client, PAGE.format(n=2))
    assert "read in Africa/Nairobi" in again.content.decode()
    editor_client.post(IMPORT, rendered_form_data(again))
    assert Article.objects.latest("id").published_at == datetime(2024, 3, 14, 14, 20, tzinfo=timezone.utc)


@pytest.mark.django_db
def test_without_a_zone_the_time_is_read_as_utc_and_the_editor_is_told(editor_client):
    preview = _upload(editor_client, PAGE.format(n=3))
    assert "has no time zone; read as UTC" in preview.content.decode()
    editor_client.post(IMPORT, rendered_form_data(preview))
    assert Article.objects.get().published_at == datetime(2024, 3, 14, 17, 20, tzinfo=timezone.utc)
    assert not OutletTimeZone.objects.exists()


@pytest.mark.django_db
def test_a_time_printed_with_its_zone_keeps_it_and_nothing_is_remembered(editor_client):
    preview = _upload(editor_client, PAGE.format(n=4).replace("17:20", "17:20 GMT"), source_tz="Asia/Tokyo")
    editor_client.post(IMPORT, rendered_form_data(preview))
    assert Article.objects.get().published_at == datetime(2024, 3, 14, 17, 20, tzinfo=timezone.utc)
    assert not OutletTimeZone.objects.exists()


@pytest.mark.django_db
def test_the_import_command_takes_a_source_time_zone_and_remembers_it(tmp_path):
    (tmp_path / "one.txt").write_text(PAGE.format(n=5))
    call_command("import_articles", str(tmp_path), "--source-tz", "Asia/Kolkata", "--no-progress")
    assert Article.objects.get().published_at == datetime(2024, 3, 14, 11, 50, tzinfo=timezone.utc)
    assert OutletTimeZone.objects.get().time_zone == "Asia/Kolkata"


@pytest.mark.django_db
def test_the_import_command_refuses_an_unknown_zone(tmp_path):
    from django.core.management.base import CommandError

    (tmp_path / "one.txt").write_text(PAGE.format(n=6))
    with pytest.raises(CommandError, match="not a time zone name"):
        call_command("import_articles", str(tmp_path), "--source-tz", "Mars/Olympus")


@pytest.mark.django_db
def test_the_preview_shows_where_the_importer_was_unsure_and_not_a_zone_the_editor_chose(editor_client):
    page = PAGE.format(n=3).replace("By Ana Ruiz", "Ana Ruiz Senior Reporter") + (
        "\nDrivers at the Eastfield depot on Tuesday. (Yonhap)\n")
    text = _upload(editor_client, page, source_tz="Africa/Nairobi").content.decode()
    assert "Byline found only in a line holding a name and a role, without “By” (“Ana Ruiz Senior Reporter”)" in text
    assert "No image credit recorded, but the text holds what looks like one (“(Yonhap)”)" in text
    assert "read in Africa/Nairobi" in text and "has no time zone" not in text
