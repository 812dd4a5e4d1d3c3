"""Layouts of agencies', aggregators' and magazines' pages (batch s14d of the real-world set): a title-case
headline ending in a role word, dates set apart by spaced hyphens, a byline in capitals run into the story after
a dash, a search page's count of results, a gallery's headline behind a "PHOTOS:" label.

Each test states one general rule, with a small page written for it (no real article's text).
"""

from datetime import date

import pytest

from articles.ingest.byline_name_lines import name_line_byline
from articles.ingest.credits import split_credit
from articles.ingest.dates import find_dates
from articles.ingest.parsing import parse_text
from articles.ingest.parsing_site_controls import is_site_control

BODY = (
    "Head teachers in the lake district have been asked to send their exam results to the education office "
    "within a week of marking, officials said on Monday.\n\n"
    "The office said late reports had held up bursary payments in each of the last three years.\n\n"
    "Parents' associations welcomed the change but asked for the results to be published online as well."
)


def test_a_title_case_headline_ending_in_a_role_word_is_no_byline():
    headline = "Farmers Asked To Adopt Modern Irrigation Reporting"
    assert name_line_byline(headline) is None
    article = parse_text(f"{headline}\n\n{BODY}")
    assert article.headline == headline
    assert article.authors == []


def test_a_name_with_its_role_unpunctuated_is_still_a_byline():
    assert name_line_byline("Tafadzwa Moyo Senior Reporter").authors == ["Tafadzwa Moyo"]


@pytest.mark.parametrize("printed, day", [
    ("09 - Mars - 2022", date(2022, 3, 9)), ("17 - May - 2023", date(2023, 5, 17)),
    ("3 – Juni – 2021", date(2021, 6, 3)), ("10-Jan-2021", date(2021, 1, 10)),
])
def test_a_date_with_spaced_hyphens_between_day_month_and_year_is_read(printed, day):
    found = find_dates(f"Mis en ligne {printed}", None)
    assert found and found[0].value.date() == day


def test_the_date_line_with_spaced_hyphens_under_the_headline_dates_the_article():
    article = parse_text(f"Exam results to reach the office within a week\n09 - Mars - 2022\n\n{BODY}")
    assert article.published.date() == date(2022, 3, 9)


def test_a_byline_in_capitals_run_into_the_story_after_a_dash_is_the_byline():
    article = parse_text(
        "Exam results to reach the office within a week\n\n"
        "BY JANE ROE – Lake district head teachers have been asked to send their exam results to the education "
        "office within a week of marking.\n\n" + BODY)
    assert article.authors == ["Jane Roe"]
    assert article.paragraphs[0].startswith("Lake district head teachers have been asked")


def test_a_sentence_opening_with_by_and_a_dash_later_is_no_byline():
    article = parse_text(
        "Exam results to reach the office within a week\n\n"
        "By Monday – the deadline set last year – every school had sent its results to the education office.\n\n"
        + BODY)
    assert article.authors == []


@pytest.mark.parametrize("line", ["974 results found with an empty search", "12 résultats pour « examens »",
                                  "3 Treffer für Prüfungen", "Search Results",
                                  "top of page", "Back to top"])
def test_a_search_pages_count_of_results_is_page_chrome(line):
    assert is_site_control(line)


def test_the_headline_under_a_search_pages_count_is_the_story_s():
    headline = "Exam results to reach the office within a week"
    article = parse_text(f"top of page\n\nSearch Results\n\n41 results found with an empty search\n\n{headline}\n\n{BODY}")
    assert article.headline == headline


@pytest.mark.parametrize("line", ["PHOTOS: Traders clear stalls as the river floods the market",
                                  "VIDEO: Crowds cheer as the new ferry reaches the island"])
def test_a_gallerys_headline_behind_a_media_label_is_no_credit(line):
    assert split_credit(line) is None


@pytest.mark.parametrize("line, credit", [("PHOTOS: Jane Roe", "Jane Roe"),
                                          ("PHOTO: Sam Reid/Harbour Pictures", "Sam Reid/Harbour Pictures")])
def test_a_credit_behind_a_media_label_is_still_a_credit(line, credit):
    found = split_credit(line)
    assert found and found.credit == credit


@pytest.mark.parametrize("heading", ["Autres actualités", "Weitere Nachrichten", "Otras noticias", "Altre notizie",
                                     "Outras notícias", "Meer nieuws"])
def test_a_heading_over_other_stories_in_another_language_ends_the_story(heading):
    article = parse_text(
        "Examens : les résultats attendus sous huit jours\n04 - Mars - 2021\n\n"
        "Les directeurs d'école du district des lacs devront envoyer les résultats des examens au bureau de "
        "l'éducation dans la semaine qui suit la correction, ont indiqué lundi les responsables.\n\n"
        "Le bureau explique que les retards ont bloqué le paiement des bourses ces trois dernières années.\n\n"
        f"{heading}\n\n11 - Mars - 2021\nLe Portugal rouvre ses écoles\nLe gouvernement portugais a annoncé..."
    )
    assert not any("Portugal" in paragraph for paragraph in article.paragraphs)



def test_a_kicker_in_capitals_with_the_date_in_brackets_dates_the_article():
    article = parse_text(f"REGIONAL NEWS (14/5/2019)\n\nExam results to reach the office within a week\n\n{BODY}")
    assert article.headline == "Exam results to reach the office within a week"
    assert article.published.date() == date(2019, 5, 14)


def test_a_headline_in_capitals_with_a_bracketed_date_is_still_the_headline():
    article = parse_text(f"EXAM RESULTS DUE AT THE OFFICE WITHIN A WEEK (14/5/2019)\n\n{BODY}")
    assert article.headline.startswith("EXAM RESULTS DUE AT THE OFFICE WITHIN A WEEK")


def test_a_magazines_credits_block_gives_the_writer_and_the_pictures_credit():
    article = parse_text(
        "Exam results to reach the office within a week\n"
        "Words Tendai Roe\nPhotographer Sam Reid\nModel Ann Poe\n\n" + BODY)
    assert article.authors == ["Tendai Roe"]
    assert article.image_credit == "Sam Reid"


def test_a_single_line_of_a_label_and_a_name_is_no_credits_block():
    article = parse_text("Exam results to reach the office within a week\nPhotographer Sam Reid\n\n" + BODY)
    assert article.authors == []



@pytest.mark.parametrize("title", ["Agence France-Presse . Nairobi", "Reuters . Nairobi"])
def test_a_wire_and_its_place_on_top_of_a_credits_page_is_no_headline(title):
    headline = "Exam results to reach the office within a week"
    article = parse_text(f"{title}\n\n  • Images\n\n    {headline}\n\n"
                         f"    {title} | Updated at 12:19am on February 11, 2021\n\n    {BODY}")
    assert article.headline == headline
