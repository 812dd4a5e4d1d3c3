"""Layouts of African and Middle Eastern pages (batch s15a of the real-world set): an author archive's heading
over the latest story, a theme's counters beside the headline, "Publication" as a date's label, a writer "de" her
outlet closed by a bar, a listing's next item dated another day, a category line or a headline's words read as a
name, a screen capture's credit label, an aggregator's source after the headline, a caption naming only the
picture's kind.

Each test states one general rule, with a small page written for it (no real article's text).
"""

from datetime import date

import pytest

from articles.ingest.byline_name_lines import name_line_byline, writer_of_outlet
from articles.ingest.credits import split_credit
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_site_controls import is_site_control

BODY = (
    "The river authority has opened two new ferry landings on the eastern bank, cutting the crossing for "
    "market traders by almost an hour, officials said on Tuesday.\n\n"
    "The landings were paid for from the district's roads budget and will be staffed from six in the morning.\n\n"
    "Traders said the old landing had been closed for repairs since the rains."
)


@pytest.mark.parametrize("heading", [
    "Author Archives: Desk Writer", "Articles Posted by Valley Radio News", "Auteurs Articles de La Rédaction",
    "Tous les articles de Jean Dupont", "Alle Artikel von Max Muster", "Todos los artículos de Redacción Central",
])
def test_an_author_archives_heading_is_site_chrome(heading):
    assert is_site_control(heading)


@pytest.mark.parametrize("line", [
    "10 views 6 mins 0 comments", "1,204 vues · 3 commentaires", "512 ARTICLES 0 COMMENTAIRES", "4 min read",
])
def test_a_line_of_counters_is_site_chrome(line):
    assert is_site_control(line)


@pytest.mark.parametrize("headline", [
    "Stories by candlelight: the lamp makers of the old town", "10 killed as ferry capsizes on the lake",
    "Articles de presse : la justice saisie", "Artículos de primera necesidad suben", "3 comments that changed the debate",
])
def test_headlines_with_the_same_words_are_not_chrome(headline):
    assert not is_site_control(headline)


def test_the_story_under_an_author_archives_heading_keeps_its_headline():
    article = parse_text(f"Author Archives: Desk Writer\n\nFerry landings open on the eastern bank\n\n{BODY}")
    assert article.headline == "Ferry landings open on the eastern bank"


def test_a_line_of_counters_above_the_headline_is_never_taken_for_it():
    article = parse_text(f"10 views 6 mins 0 comments\n\nFerry landings open on the eastern bank\n\n{BODY}")
    assert article.headline == "Ferry landings open on the eastern bank"


@pytest.mark.parametrize("label", ["Publication", "Date de publication :", "Fecha de publicación:"])
def test_publication_as_a_noun_labels_the_date_line(label):
    article = parse_text(f"Ferry landings open on the eastern bank\n{label} 21/03/2024\n\n{BODY}")
    assert article.published.date() == date(2024, 3, 21)


def test_a_writer_of_her_outlet_closed_by_a_bar_is_the_byline_over_the_date():
    article = parse_text(
        "FERRY LANDINGS OPEN ON THE EASTERN BANK\n"
        "Two landings, paid from the roads budget, cut the traders' crossing by an hour\n"
        "Awa Ndiaye de RiverPost |\nPublication 21/03/2024\n\n" + BODY)
    assert article.headline == "FERRY LANDINGS OPEN ON THE EASTERN BANK"
    assert article.authors == ["Awa Ndiaye"]
    assert article.published.date() == date(2024, 3, 21)


@pytest.mark.parametrize("line, authors", [
    ("Awa Ndiaye de RiverPost |", ["Awa Ndiaye"]), ("Jane Roe of The Valley Star |", ["Jane Roe"]),
    ("Jean de La Fontaine", None), ("Rain Stops for Now |", None),
])
def test_only_a_name_then_of_and_an_outlet_before_a_bar_is_a_writer_of_her_outlet(line, authors):
    found = writer_of_outlet(line)
    assert (found.authors if found else None) == authors


def test_a_listings_next_item_dated_another_day_with_a_time_does_not_date_the_first_story():
    article = parse_text(
        "Ferry landings open on the eastern bank\nDate : 08/11/2012 | - Wire\n"
        "The river authority has opened two new ferry landings on the eastern bank, cutting the crossing for "
        "market traders by almost an hour, officials said on Tuesday.\n"
        "Council approves new market hall\nDate : 29/06/2016 | 2:33 -\n\n"
        "The council approved the plans for a covered market hall by the bus station at its sitting yesterday.")
    assert article.published.date() == date(2012, 11, 8)


def test_the_same_days_time_further_down_still_completes_the_date():
    article = parse_text(
        "Ferry landings open on the eastern bank\nPublished 08/11/2012\n\n" + BODY + "\n\n08/11/2012 14:05")
    assert (article.published.date(), article.published.hour) == (date(2012, 11, 8), 14)


@pytest.mark.parametrize("line, authors", [
    ("Singer Not An Akan – Chief", None), ("In Business – Editor", None),
    ("Jane Roe – Chief Correspondent", ["Jane Roe"]),
])
def test_a_name_before_a_role_is_a_persons_name(line, authors):
    found = name_line_byline(line)
    assert (found.authors if found else None) == authors


def test_a_category_line_under_the_headline_is_no_writer():
    article = parse_text(f"Ferry landings open on the eastern bank\n\nIn Business\nmai 28, 2025\n\n{BODY}")
    assert article.authors == []


@pytest.mark.parametrize("line, caption, credit", [
    ("Crowds at the landing. – Screenshot: Valley TV documentary", "Crowds at the landing.", "Valley TV documentary"),
    ("Le ministre au quai. Capture d’écran : Télé Nord", "Le ministre au quai.", "Télé Nord"),
    ("Los comerciantes. Captura de pantalla: Canal 9", "Los comerciantes.", "Canal 9"),
])
def test_a_screen_captures_label_introduces_the_pictures_credit(line, caption, credit):
    found = split_credit(line)
    assert (found.caption, found.credit) == (caption, credit)


def test_a_sentence_about_a_screenshot_is_no_credit():
    assert split_credit("A screenshot of the video was shared widely on Monday.") is None


def test_an_aggregators_source_after_the_headline_goes_when_the_source_line_names_it_again():
    article = parse_text(
        "Valley News Digest\n\nFerry landings open on the eastern bank – River Times\n\n"
        "Rivertimes - 2019-09-09 09:49\n\n" + BODY)
    assert article.headline == "Ferry landings open on the eastern bank"


def test_a_headlines_own_words_after_a_dash_stay():
    article = parse_text(
        "Ferry landings open on the eastern bank – at last\n\nRivertimes - 2019-09-09 09:49\n\n" + BODY)
    assert article.headline == "Ferry landings open on the eastern bank – at last"


@pytest.mark.parametrize("caption", ["Photo de famille", "Group photo", "Photo d'illustration", "Foto de archivo"])
def test_a_caption_naming_only_the_pictures_kind_is_never_the_headline(caption):
    article = parse_text(f"{caption}\n\nFerry landings open on the eastern bank\n\n{BODY}")
    assert article.headline == "Ferry landings open on the eastern bank"


def test_a_headline_about_a_family_photo_stays():
    article = parse_text(f"Family photo found in flooded archive returned to owner\n\n{BODY}")
    assert article.headline == "Family photo found in flooded archive returned to owner"


def test_a_name_under_the_headline_that_the_headline_names_is_its_subject_not_its_writer():
    page = ("Harbour council at 50: the Marlowe dredging affair and 20 more stories\n\n"
            "Tomas Marlowe Tomas Marlowe\n\n"
            "This week the Harbour Council marks fifty years, and we look back at the stories that shaped the port "
            "and its people over those decades.\n\n"
            "The dredging contracts of the 1990s, which the council later reviewed, head the list of what we chose.")
    article = parse_text(page)
    assert article.authors == []


def test_a_writers_name_printed_twice_on_its_line_is_one_name():
    from articles.ingest.byline_names import name_once, surname_in
    assert name_once("Jane Doe Jane Doe") == "Jane Doe"
    assert name_once("Jane Doe") == "Jane Doe"
    assert name_once("Ali Ali") == "Ali Ali"  # one word twice is a name of its own
    assert surname_in("Tomas Marlowe", "The Marlowe dredging affair")
    assert not surname_in("Jane Doe", "Harbour council votes on night buses")


def test_a_name_printed_twice_in_a_row_is_offered_once_as_a_candidate():
    from articles.ingest.tagging import Matcher, country_vocabulary, starter_vocabulary
    text = "Tomas Marlowe Tomas Marlowe\n\nThe council reviewed the dredging contracts that Tomas Marlowe signed."
    found = Matcher(country_vocabulary() + starter_vocabulary()).tag(text).candidates
    assert [(candidate.name, candidate.mentions) for candidate in found] == [("Tomas Marlowe", 2)]
